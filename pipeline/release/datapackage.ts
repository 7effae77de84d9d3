// datapackage.json: a Frictionless Data Package that describes every CSV of the
// release with its Table Schema (from the registry), its size and its sha256.
import { lexicon } from '../lexicon/index.js';
import type { RunMeta } from '../core/model.js';
import type { Written } from './assemble.js';

export function dataPackage(meta: RunMeta, written: Written[], opts: { bom: boolean }) {
  return {
    profile: 'tabular-data-package',
    name: 'yoy-release',
    title: 'Targets and actuals from Chinese government work reports',
    version: meta.tool.version,
    ...(meta.created ? { created: meta.created } : {}),
    sources: meta.reports.map((r) => ({
      title: `${r.jurisdiction_name} ${r.report_year} ${lexicon().data.text.work_report}`,
      path: r.path,
      ...(r.source_url ? { url: r.source_url } : {}),
    })),
    resources: written.map(({ table, bytes, sha256 }) => ({
      name: table.name,
      path: table.file,
      title: table.title,
      description: table.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: opts.bom ? 'utf-8-sig' : 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.fields.map((fd) => ({ name: fd.name, type: fd.type, description: fd.description })),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
}

// One document of the manifest: its meta from the entry, and where its bytes are.
// Only the size is checked here; the file is read, hashed and decoded when its turn comes.
import path from 'node:path';
import { YoyError } from '../core/errors.js';
import type { Encoding } from './decode.js';
import type { SourceRef } from './read.js';
import { statSignature } from './stat-signature.js';
import { insideInput, relPath } from './paths.js';
import type { DocKind, Level } from '../core/model.js';
import type { LoadOptions, ReportMeta } from './index.js';

export function loadSingle(
  dir: string,
  realDir: string,
  e: Record<string, unknown>,
  manifestFile: string,
  opts: LoadOptions,
): { meta: ReportMeta; ref: SourceRef } {
  const rel = relPath(e.path as string);
  const { file, stat } = insideInput(dir, realDir, rel, manifestFile);
  const display = path.join(dir, rel);
  const doc_kind = (e.kind as DocKind | undefined) ?? 'work_report';
  const meta: ReportMeta = {
    id: e.id as string,
    doc_kind,
    jurisdiction: e.jurisdiction as string,
    jurisdiction_name: e.jurisdiction_name as string,
    level: e.level as Level,
    report_year:
      doc_kind === 'work_report' ? (e.report_year as number) : doc_kind === 'series' ? 0 : (e.covers_year as number),
    as_of: e.as_of as string | undefined,
    parent: e.parent as string | undefined,
    division_code: (e.division_code as string | null | undefined) ?? null,
    path: rel,
    excerpt: Boolean(e.excerpt),
    delivered_on: e.delivered_on as string | undefined,
    source_url: e.source_url as string | undefined,
    publisher: e.publisher as string | undefined,
  };
  // only the size is checked now: the file is read, hashed and decoded when its turn comes
  const size = Number(stat.size);
  if (size > opts.maxFileBytes) {
    throw new YoyError(
      'FILE_TOO_LARGE',
      `the file is ${(size / 1e6).toFixed(1)} MB, over the limit of ${(opts.maxFileBytes / 1e6).toFixed(1)} MB (--max-file-mb)`,
      display,
    );
  }
  const html = e.format === 'html' || /\.html?$/i.test(rel);
  return {
    meta,
    ref: {
      kind: 'file',
      file,
      display,
      encoding: e.encoding as Encoding | undefined,
      html,
      maxBytes: opts.maxFileBytes,
      stat: statSignature(stat),
      size,
    },
  };
}

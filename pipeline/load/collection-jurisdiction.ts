// Whose report a collection's line or row is: the manifest entry's jurisdiction, or
// the name in the row's `fields.jurisdiction_name` column with the id the entry's
// `jurisdictions` map gives it or, failing that, the id made from the name.
import { YoyError } from '../core/errors.js';
import type { ManifestCollection } from '../core/model.js';
import type { ReportMeta } from './index.js';
import { slugOf } from './jurisdiction-slug.js';

export interface RowJurisdiction {
  jurisdiction: string;
  jurisdiction_name: string;
}

/** Refuse an entry that names no jurisdiction at all, before any row is read. */
export function checkCollectionJurisdiction(e: ManifestCollection, manifestFile: string) {
  if (e.fields.jurisdiction_name) return;
  if (!e.jurisdiction || !e.jurisdiction_name)
    throw new YoyError(
      'MANIFEST_INVALID',
      `the collection "${e.path}" names no jurisdiction: give "jurisdiction" and "jurisdiction_name", or the column that holds each row's jurisdiction name as "fields": { "jurisdiction_name": … }`,
      manifestFile,
    );
}

/** The jurisdiction of one row; `where` names the row for an error (file and row). */
export function rowJurisdiction(
  e: ManifestCollection,
  row: Record<string, unknown>,
  display: string,
  where: string,
): RowJurisdiction {
  const column = e.fields.jurisdiction_name;
  if (!column) return { jurisdiction: e.jurisdiction!, jurisdiction_name: e.jurisdiction_name! };
  const raw = row[column];
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!name)
    throw new YoyError(
      'COLLECTION_INVALID',
      `${where} has no jurisdiction name in "${column}" (the manifest's fields.jurisdiction_name)`,
      display,
      `${where}, column "${column}"`,
    );
  const jurisdiction = e.jurisdictions?.[name] ?? e.jurisdiction ?? slugOf(name);
  if (!jurisdiction)
    throw new YoyError(
      'COLLECTION_INVALID',
      `no id can be made from the jurisdiction name "${name}": give it in the collection's "jurisdictions" map in manifest.json ({ "${name}": "an-id" })`,
      display,
      `${where}, column "${column}"`,
    );
  return { jurisdiction, jurisdiction_name: name };
}

/** A collection's report: a work report of the row's jurisdiction and year, with the entry's level, parent and publisher. */
export function collectionMeta(
  e: ManifestCollection,
  who: RowJurisdiction,
  year: number,
  path: string,
  row: { url?: string; title?: string },
): ReportMeta {
  return {
    id: `${who.jurisdiction}-${year}`,
    doc_kind: 'work_report',
    parent: e.parent,
    ...who,
    level: e.level!,
    division_code: e.division_code ?? null,
    report_year: year,
    path,
    excerpt: false,
    source_url: row.url,
    publisher: e.publisher,
    title: row.title,
  };
}

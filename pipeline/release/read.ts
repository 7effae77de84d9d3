// The release read back from the files just written, as objects: for the views,
// the eval and the tests. Every array of the bundle and every pivot is found
// through the registry of tables.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Derived } from '../derive/index.js';
import type { Pivot } from '../derive/pivot.js';
import type { Observation, RunMeta } from '../core/model.js';
import { BUNDLE_TABLES, PIVOT_TABLES, reviewRows, type UnitRows } from '../format/tables.js';

export interface Release extends UnitRows {
  meta: RunMeta;
}

export function readRelease(dir: string): Release {
  const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
  const { counts: _counts, ...rest } = bundle;
  const meta = Object.fromEntries(
    Object.entries(rest).filter(([k]) => !BUNDLE_TABLES.some((t) => t.name === k)),
  ) as unknown as RunMeta;
  const observations = bundle.observations as Observation[];
  const threshold = meta.settings.review_threshold as number;
  const review = reviewRows(observations, threshold);
  const derived = {
    ...Object.fromEntries(BUNDLE_TABLES.filter((t) => t.name !== 'observations').map((t) => [t.name, bundle[t.name]])),
    ...Object.fromEntries(PIVOT_TABLES.map((t) => [t.name, readPivot(path.join(dir, t.file))])),
  } as Derived;
  return { meta, observations, review, derived };
}

/** A pivot read back from its CSV (csv-parse), its year columns as numbers. */
export function readPivot(file: string): Pivot {
  const [header, ...rows] = parse(fs.readFileSync(file), { bom: true, record_delimiter: '\r\n' }) as string[][];
  const years = header.filter((h) => /^\d+$/.test(h)).map(Number);
  return {
    years,
    rows: rows.map((r) =>
      Object.fromEntries(header.map((h, i) => [h, /^\d+$/.test(h) ? (r[i] === '' ? null : Number(r[i])) : r[i]])),
    ),
  };
}

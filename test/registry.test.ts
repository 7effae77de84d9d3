// The registry of tables (pipeline/format/tables.ts) is the one description of the
// release: every file it names is written with exactly its columns, every bundle
// array holds rows with exactly those fields, and the data package says the same.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { RELEASE } from './helpers.js';
import { TABLES, BUNDLE_TABLES } from '../pipeline/format/tables.js';

const bundle = JSON.parse(fs.readFileSync(path.join(RELEASE, 'bundle.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(RELEASE, 'datapackage.json'), 'utf8'));

describe('the registry of tables against the release it describes', () => {
  for (const t of TABLES) {
    it(`${t.file}: the header is the registry's columns, and the data package lists them`, () => {
      const [header] = parse(fs.readFileSync(path.join(RELEASE, t.file)), { bom: true, to_line: 1 }) as string[][];
      const fixed = header.filter((h) => !/^\d{4}$/.test(h));
      expect(fixed).toEqual(t.fields.map((f) => f.name));
      if (t.pivot) expect(header.length).toBeGreaterThan(fixed.length);
      const resource = pkg.resources.find((r: { name: string }) => r.name === t.name);
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    });
  }

  // no later work report of the default input restates an outcome with another figure
  const mayBeEmpty = new Set(['revisions']);
  for (const t of BUNDLE_TABLES) {
    it(`bundle.json ${t.name}: every row has each of the registry's fields`, () => {
      const rows = bundle[t.name] as Array<Record<string, unknown>>;
      if (!mayBeEmpty.has(t.name)) expect(rows.length, `${t.name} is empty in the default release`).toBeGreaterThan(0);
      const names = t.fields.map((f) => f.name).sort();
      // the bundle may carry more than the CSV (a review reason lives only in review.csv), never less
      for (const r of rows.slice(0, 50))
        for (const n of names) expect(Object.keys(r), `${t.name} row lacks ${n}`).toContain(n);
    });
  }
});

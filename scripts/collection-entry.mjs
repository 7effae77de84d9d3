// The national collection (one .jsonl file of reports) as an entry of a manifest, read the way the
// default manifest reads it: its fields and skip rules are taken from the .jsonl entry of
// input/manifest.json, so the held-out scripts and the default release cannot drift apart.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The years the collection at `source` holds. */
export function collectionYears(source) {
  return new Set(
    fs
      .readFileSync(source, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => Number(JSON.parse(l).year)),
  );
}

/** Copies the collection into `input` and returns its manifest entry for the years [first, last]. */
export function collectionEntry(source, input, { jurisdiction, name, level = 'national', years }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'input', 'manifest.json'), 'utf8'));
  const model = manifest.reports.find((r) => r.format === 'jsonl');
  const file = path.basename(source);
  fs.copyFileSync(source, path.join(input, file));
  return {
    id: jurisdiction,
    format: 'jsonl',
    path: file,
    fields: model.fields,
    jurisdiction,
    jurisdiction_name: name,
    level,
    years,
    skip: model.skip,
  };
}

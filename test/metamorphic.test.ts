// The same document in other clothes reads the same (issue 22): real documents, as they
// are and as a PDF's text layer, a traditional-script re-publication or a full-width
// typesetting gives them (scripts/transforms.mjs, seeded), each run through the CLI, give
// the same observations and commitments. The whole corpus is checked by scripts/metamorphic.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, ROOT, tmpdir } from './helpers.js';
import { TRANSFORMS, canonical } from '../scripts/transforms.mjs';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SEED = 20260101;

interface Doc {
  id: string;
  text: string;
  entry: Record<string, unknown>;
}

/** The local texts with their sidecars, and two communiqués. */
function documents(): Doc[] {
  const dir = path.join(FIXTURES, 'metamorphic');
  const docs: Doc[] = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const side = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const report = side.kind === 'work_report';
      return {
        id: f.replace(/\.json$/, ''),
        text: fs.readFileSync(path.join(dir, f.replace(/\.json$/, '.txt')), 'utf8'),
        entry: {
          ...(report ? { report_year: side.year } : { kind: side.kind, covers_year: side.year }),
          jurisdiction: f.split('-')[0],
          jurisdiction_name: side.jurisdiction_name,
          level: side.level,
        },
      };
    });
  const communique = (file: string, year: number) => ({
    id: `china-${year}-communique`,
    text: fs.readFileSync(file, 'utf8'),
    entry: {
      kind: 'statistical_communique',
      covers_year: year,
      jurisdiction: 'china',
      jurisdiction_name: '中华人民共和国',
      level: 'national',
    },
  });
  docs.push(communique(path.join(dir, 'china-2018-communique-opening.txt'), 2018));
  docs.push(communique(path.join(FIXTURES, 'statistics', 'china-2024-communique.txt'), 2024));
  return docs;
}

interface Read {
  observations: string[];
  commitments: string[];
  spans: Array<{ text: string; slice: string }>;
}

/** The clothes: the documents as they are, then each transformation. */
const VERSIONS: Array<[string, (t: string, seed: number) => string]> = [
  ['original', (t) => t],
  ...Object.entries(TRANSFORMS),
];

/**
 * Every version of every document read by one CLI run (one run costs less than ten): each
 * version's documents under jurisdictions of their own (slug-v3), so that a list's outcomes
 * are matched within one version. What was read, by version, as sorted lines.
 */
function readAll(docs: Doc[]): Map<string, Read> {
  const input = tmpdir('yoy-metamorphic-');
  const output = path.join(tmpdir('yoy-metamorphic-out-'), 'release');
  const texts = new Map<string, string>();
  const reports = VERSIONS.flatMap(([, transform], v) =>
    docs.map((d, k) => {
      const id = `${d.id}--v${v}`;
      const text = transform(d.text, SEED + k);
      texts.set(id, text);
      fs.writeFileSync(path.join(input, `${id}.txt`), text);
      return { id, ...d.entry, jurisdiction: `${d.entry.jurisdiction}-v${v}`, path: `${id}.txt` };
    }),
  );
  fs.writeFileSync(path.join(input, 'manifest.json'), JSON.stringify({ reports }));
  const r = cli(['--input', input, '--output', output, '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  const csv = (f: string) =>
    parse(fs.readFileSync(path.join(output, f)), { columns: true, bom: true }) as Record<string, string>[];
  const reads = new Map<string, Read>(
    VERSIONS.map(([name]) => [name, { observations: [], commitments: [], spans: [] }]),
  );
  const versionOf = (id: string) => {
    const [doc, v] = id.split('--v');
    return { doc, read: reads.get(VERSIONS[Number(v)][0])! };
  };
  for (const o of csv('observations.csv')) {
    const { doc, read } = versionOf(o.report_id);
    read.observations.push(
      [doc, o.indicator, o.kind, o.period, o.measure, o.value, o.unit, o.value_low, o.value_high, o.qualifier].join(
        '|',
      ),
    );
    // a CSV cell sets a span's line breaks as one space
    if (o.start !== '')
      read.spans.push({
        text: o.text,
        slice: texts
          .get(o.report_id)!
          .slice(Number(o.start), Number(o.end))
          .replace(/[\r\n]+/g, ' '),
      });
  }
  for (const c of csv('commitments.csv')) {
    const { doc, read } = versionOf(c.report_id);
    read.commitments.push(
      [doc, c.year, c.value, c.unit, canonical(c.object), c.status, c.outcome_value, c.outcome_unit].join('|'),
    );
  }
  for (const read of reads.values()) (read.observations.sort(), read.commitments.sort());
  return reads;
}

describe('the same documents in other clothes read the same', () => {
  let reads: Map<string, Read>;
  beforeAll(() => {
    reads = readAll(documents());
  });

  it('the documents as they are give observations and commitments to compare', () => {
    const original = reads.get('original')!;
    expect(original.observations.length).toBeGreaterThan(60);
    expect(original.commitments.length).toBeGreaterThan(10);
    // a list with its outcomes: some commitments are matched to what the notice says was done
    expect(original.commitments.some((c) => c.split('|')[6] !== '')).toBe(true);
  });

  for (const name of Object.keys(TRANSFORMS)) {
    it(`${name}: the same observations and commitments, every span the document's own`, () => {
      const original = reads.get('original')!;
      const got = reads.get(name)!;
      expect(got.observations).toEqual(original.observations);
      expect(got.commitments).toEqual(original.commitments);
      for (const s of got.spans) expect(s.slice).toBe(s.text);
    });
  }
});

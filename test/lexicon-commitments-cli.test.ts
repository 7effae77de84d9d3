// An input directory's own lexicon/commitments.json extends the commitments reader's
// words as lexicon/<topic>.json extends the others: a real list of promises (Zhejiang's
// 2026 民生实事, from its work report) holds two promises whose verbs the project's lexicon does
// not know (开设…课堂1万期, read with the verb of the clause before it; 选送1000场…, read with 送 found
// inside it). Read without the user's file both take a wrong verb; with it, both are read with their
// own, in the main thread and in the workers, and the cache does not serve the reading of the other
// lexicon. (Its earlier words, 引育, 适配 and 例, are the project's since the 2026 plans were read.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ROOT, cli, events, tmpdir } from './helpers.js';
import { loadLexicon } from '../pipeline/lexicon/index.js';
import { YoyError } from '../pipeline/core/errors.js';

const REPORT = path.join(ROOT, 'test', 'fixtures', 'provinces-2026', '2026_浙江省_政府工作报告.csv');

/** The report's list of practical projects: the line that announces it and its numbered items. */
const list = (() => {
  const [row] = parse(fs.readFileSync(REPORT), { columns: true, bom: true }) as Array<{ full_text: string }>;
  const lines = row.full_text.split(/\r?\n/);
  const first = lines.findIndex((l, i) => l.includes('民生实事') && /^1\./.test(lines[i + 1] ?? ''));
  let last = first + 1;
  while (/^\d+\./.test(lines[last + 1] ?? '')) last++;
  return lines.slice(first, last + 1).join('\n');
})();

/** The user's words: verbs of doing. */
const EXTENSION = {
  words: { verbs: { words: ['开设', '选送'] } },
};

function input(jurisdictions = ['zhejiang']): string {
  const dir = tmpdir('yoy-lexicon-');
  fs.writeFileSync(path.join(dir, 'list.txt'), `${list}\n`);
  const reports = jurisdictions.map((j) => ({
    id: `${j}-2026-list`,
    kind: 'commitments',
    covers_year: 2026,
    jurisdiction: j,
    jurisdiction_name: '浙江省',
    level: 'province',
    path: 'list.txt',
    excerpt: true,
  }));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports }));
  return dir;
}

function writeLexicon(dir: string, data: unknown): void {
  fs.mkdirSync(path.join(dir, 'lexicon'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lexicon', 'commitments.json'), JSON.stringify(data));
}

type Row = { jurisdiction: string; verb: string; object: string; value: string; unit: string; text: string };
const commitments = (out: string): Row[] =>
  parse(fs.readFileSync(path.join(out, 'commitments.csv')), { columns: true, bom: true }) as Row[];
/** The promises that need the user's words, as read: verb, value and unit. */
const needingWords = (rows: Row[]) =>
  rows
    .filter((r) => r.verb === '开设' || r.verb === '选送')
    .map((r) => `${r.jurisdiction} ${r.verb} ${r.object} ${r.value}${r.unit}`);

describe("an input directory's own commitments lexicon", () => {
  it('the list is the real one, and its other promises are read either way', () => {
    expect(list.split('\n')).toHaveLength(11);
    expect(list).toContain('开设“幸福家长”亲子关系成长课堂1万期');
    expect(list).toContain('选送1000场');
  });

  it('adds verbs: the promises read with a wrong verb without them are read with their own (the cache keyed by the lexicon)', () => {
    const dir = input();
    const cache = tmpdir('yoy-cache-');
    const before = path.join(tmpdir(), 'release');
    const r0 = cli(['--input', dir, '--output', before, '--cache-dir', cache]);
    expect(r0.status, r0.stderr).toBe(0);
    const rowsBefore = commitments(before);
    expect(rowsBefore.length).toBeGreaterThan(20);
    expect(needingWords(rowsBefore)).toEqual([]);
    // the two promises read with a wrong verb: the clause before's (提供), and 送 inside 选送
    const wrongVerbs = (rows: Row[]) =>
      rows.filter((r) => r.value === '1' && r.unit === '万期').map((r) => `${r.verb} ${r.value}${r.unit}`);
    expect(wrongVerbs(rowsBefore)).toEqual(['提供 1万期']);
    expect(rowsBefore.filter((r) => r.value === '1000' && r.unit === '场' && r.verb === '送')).toHaveLength(1);

    writeLexicon(dir, EXTENSION);
    const after = path.join(tmpdir(), 'release');
    const r1 = cli(['--input', dir, '--output', after, '--cache-dir', cache]);
    expect(r1.status, r1.stderr).toBe(0);
    const rowsAfter = commitments(after);
    expect(needingWords(rowsAfter)).toEqual([
      'zhejiang 开设 “幸福家长”亲子关系成长课堂 1万期',
      'zhejiang 选送 品质戏曲进社区进乡村 1000场',
    ]);
    // nothing else changes: the same promises, two with their own verbs
    expect(rowsAfter.length).toBe(rowsBefore.length);
    const bundle = JSON.parse(fs.readFileSync(path.join(after, 'bundle.json'), 'utf8'));
    expect(bundle.inputs.map((i: { path: string }) => i.path)).toContain('lexicon/commitments.json');
  });

  it("reaches the workers: two jurisdictions read in two threads both read the user's words", () => {
    const dir = input(['zhejiang', 'hangzhou']);
    writeLexicon(dir, EXTENSION);
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out, '--jobs', '2', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(events(r.stdout).find((e) => e.event === 'plan')?.jobs).toBe(2);
    expect(needingWords(commitments(out)).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'hangzhou 开设',
      'hangzhou 选送',
      'zhejiang 开设',
      'zhejiang 选送',
    ]);
  });

  it('a bad file fails the run with LEXICON_INVALID, naming the file and the place', () => {
    const dir = input();
    // a list the reader does not have: its words would never be used
    writeLexicon(dir, { words: { verb: { words: ['开设'] } } });
    const r = cli(['--input', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /lexicon\/commitments\.json \(\/words\/verb\): LEXICON_INVALID: words\.verb is not a list of the commitments lexicon/,
    );
    expect(r.stderr).not.toContain('internal error');
  });

  it('the other faults of a file are named by the loader the run uses, with their place', () => {
    const dir = input();
    const fault = (data: unknown): string => {
      writeLexicon(dir, data);
      try {
        loadLexicon(dir);
      } catch (e) {
        if (e instanceof YoyError) return e.toString();
        throw e;
      }
      return 'no error';
    };
    const file = /lexicon\/commitments\.json/.source;
    // a row of a table without its factor
    expect(fault({ units: [{ word: '支', base: 'count' }] })).toMatch(
      new RegExp(`${file} \\(/units/0\\): LEXICON_INVALID: .*factor`),
    );
    // a pattern that is not a regular expression
    expect(fault({ patterns: { done: { pattern: '(?:已' } } })).toMatch(
      new RegExp(`${file} \\(/patterns/done\\): LEXICON_INVALID: patterns\\.done is not a regular expression`),
    );
    // a word written twice
    expect(fault({ words: { verbs: { words: ['开设', '开设'] } } })).toMatch(
      new RegExp(`${file}: LEXICON_INVALID: words\\.verbs lists "开设" twice`),
    );
    // a synonym group that joins two of the project's: one word would name two things
    const project = JSON.parse(fs.readFileSync(path.join(ROOT, 'input', 'lexicon', 'commitments.json'), 'utf8'));
    const [a, b] = project.head_synonyms as string[][];
    expect(fault({ head_synonyms: [[a[0], b[0]]] })).toMatch(
      new RegExp(`${file}: LEXICON_INVALID: head_synonyms .*twice`),
    );
    // and the words it adds are valid: no error
    expect(fault(EXTENSION)).toBe('no error');
  });
});

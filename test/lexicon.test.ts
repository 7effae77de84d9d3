// The lexicon is the one home of the readers' words: each word once per concept, no
// Chinese word in the code outside it, and a user's lexicon/ folder extends it the way
// indicators.json extends the dictionary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, events, national, tmpdir } from './helpers.js';
import { TOPICS } from '../pipeline/lexicon/types.js';
import { defaultLexicon } from '../pipeline/lexicon/index.js';

const LEXICON_DIR = path.join(ROOT, 'input', 'lexicon');
const SCHEMA_DIR = path.join(ROOT, 'schemas', 'lexicon');

/** Every object's keys as written, in order (JSON.parse keeps only the last of a repeated key). */
function keysAsWritten(text: string): string[][] {
  const objects: string[][] = [];
  const stack: Array<string[] | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const keys: string[] = [];
      objects.push(keys);
      stack.push(keys);
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') expectKey = stack[stack.length - 1] !== null;
    else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)) as string;
      const top = stack[stack.length - 1];
      if (expectKey && top) top.push(s);
      expectKey = false;
      i = j;
    }
  }
  return objects;
}

const repeated = (words: string[]) => words.filter((w, i) => words.indexOf(w) !== i);

/** The words a concept lists: a list's items, a map's keys, a string of characters' characters. */
function wordsOf(value: unknown, chars: boolean): string[] {
  if (Array.isArray(value)) return value as string[];
  if (value && typeof value === 'object') return Object.keys(value);
  return chars && typeof value === 'string' ? [...value] : [];
}

describe('the lexicon', () => {
  const files = TOPICS.map((t) => ({ topic: t, file: path.join(LEXICON_DIR, `${t}.json`) }));

  it('has a file and a schema for each topic, and the file names every concept of its schema', () => {
    for (const { topic, file } of files) {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${topic}.schema.json`), 'utf8'));
      expect(data.$schema).toBe(`../../schemas/lexicon/${topic}.schema.json`);
      const concepts = Object.keys(schema.properties).filter((k) => k !== '$schema');
      expect(
        Object.keys(data)
          .filter((k) => k !== '$schema')
          .sort(),
        topic,
      ).toEqual(concepts.sort());
    }
    // and no other file
    expect(fs.readdirSync(LEXICON_DIR).sort()).toEqual(TOPICS.map((t) => `${t}.json`).sort());
  });

  it('lists no word twice within a concept (a repeated key of a map counts too)', () => {
    for (const { topic, file } of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const keys of keysAsWritten(text)) expect(repeated(keys), `${topic}: a key written twice`).toEqual([]);
      const data = JSON.parse(text) as Record<string, unknown>;
      for (const [concept, value] of Object.entries(data)) {
        const chars = typeof value === 'string' && /_chars$|^list_markers$/.test(concept);
        expect(repeated(wordsOf(value, chars)), `${topic}.${concept}`).toEqual([]);
      }
    }
  });

  it('lists no word under two concepts that exclude each other, across files', () => {
    const lx = defaultLexicon().data;
    // each group: concepts of which a word may be one only (a rise is no fall; a word before a figure is not one after it)
    const groups: Array<Array<[string, string[]]>> = [
      [
        ['figures.rise', lx.figures.rise],
        ['figures.fall', lx.figures.fall],
      ],
      [
        ['qualifiers.before', Object.keys(lx.qualifiers.before)],
        ['qualifiers.after', Object.keys(lx.qualifiers.after)],
        ['qualifiers.approx_after', lx.qualifiers.approx_after],
      ],
      [
        ['units.multipliers', Object.keys(lx.units.multipliers)],
        ['units.base_units', Object.keys(lx.units.base_units)],
        ['units.percent_units', Object.keys(lx.units.percent_units)],
      ],
      [
        ['figures.links', lx.figures.links],
        ['qualifiers.before', Object.keys(lx.qualifiers.before)],
        ['figures.fall', lx.figures.fall],
      ],
      [
        ['figures.range_separators', lx.figures.range_separators],
        ['numerals.range_words', lx.numerals.range_words],
        ['figures.joins', lx.figures.joins],
      ],
    ];
    for (const group of groups) {
      const seen = new Map<string, string>();
      for (const [concept, words] of group)
        for (const w of words) {
          expect(seen.get(w), `"${w}" in ${concept} and ${seen.get(w)}`).toBeUndefined();
          seen.set(w, concept);
        }
    }
  });
});

// A port of ../shared/tools/lexicon_literals.py: runs of CJK characters in string and
// regular-expression literals of pipeline/**/*.ts (comments stripped), outside the views'
// labels. Stricter than the script: pipeline/lexicon/ is counted too (its code holds no words,
// the words are in input/lexicon/).
const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/g;
function stripComments(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s.startsWith('//', i)) {
      const j = s.indexOf('\n', i);
      i = j < 0 ? s.length : j;
    } else if (s.startsWith('/*', i)) {
      const j = s.indexOf('*/', i + 2);
      i = j < 0 ? s.length : j + 2;
    } else if (`'"\``.includes(s[i])) {
      let j = i + 1;
      while (j < s.length && s[j] !== s[i]) j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
    } else out += s[i++];
  }
  return out;
}
function literalCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const rel = path.relative(ROOT, p).split(path.sep).join('/');
      if (fs.statSync(p).isDirectory()) {
        if (rel !== 'pipeline/release/views') walk(p);
      } else if (name.endsWith('.ts') && !name.endsWith('.generated.ts')) {
        const n = (stripComments(fs.readFileSync(p, 'utf8')).match(CJK) ?? []).length;
        if (n) counts.set(rel, n);
      }
    }
  };
  walk(path.join(ROOT, 'pipeline'));
  return counts;
}

/** The code that still holds words: none. Nothing may hold a Chinese literal, and no file may be added here. */
const NOT_YET_MOVED: Record<string, number> = {};

describe('Chinese literals in the code', () => {
  it('counts a word in a string or a regular expression, not in a comment', () => {
    expect(stripComments("const a = '增长'; // 下降\n/* 回落 */ const b = /上涨/;").match(CJK)).toEqual([
      '增长',
      '上涨',
    ]);
  });

  it('stand nowhere in pipeline/ (pipeline/lexicon/ included) outside the views', () => {
    const over: string[] = [];
    for (const [file, n] of literalCounts())
      if (n > (NOT_YET_MOVED[file] ?? 0)) over.push(`${file}: ${n} (allowed ${NOT_YET_MOVED[file] ?? 0})`);
    expect(over).toEqual([]);
  });
});

describe("an input directory's own lexicon", () => {
  // a real report with a figure after a word the project's lexicon does not link: 将 (粮食产量将要达到3,989亿斤,
  // the 1956 plan's grain), which the project leaves out because it also means "to take" (将…纳入), and which a
  // user of the plan reports of the 1950s may want as a link
  const year = [...national.keys()].find((y) => national.get(y)!.includes('粮食产量将要达到'))!;
  const input = () => {
    const dir = tmpdir('yoy-lexicon-');
    // the whole report: its plan makes the figure a target
    fs.writeFileSync(path.join(dir, 'china.txt'), national.get(year)!);
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: `china-${year}`,
            jurisdiction: 'china',
            jurisdiction_name: '中华人民共和国',
            level: 'national',
            report_year: year,
            path: 'china.txt',
            excerpt: true,
          },
        ],
      }),
    );
    return dir;
  };
  const planned = (out: string) =>
    fs
      .readFileSync(path.join(out, 'observations.csv'), 'utf8')
      .split('\n')
      .filter((l) => l.includes(',grain_output,') && l.includes('将要达到'));

  it('adds a word, and a figure the project does not read is read (the cache keyed by the lexicon)', () => {
    const dir = input();
    const cache = tmpdir('yoy-cache-');
    const before = path.join(tmpdir(), 'release');
    expect(cli(['--input', dir, '--output', before, '--cache-dir', cache]).status).toBe(0);
    expect(planned(before)).toEqual([]);

    fs.mkdirSync(path.join(dir, 'lexicon'));
    fs.writeFileSync(path.join(dir, 'lexicon', 'figures.json'), JSON.stringify({ links: ['将'] }));
    const after = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', after, '--cache-dir', cache]);
    expect(r.status).toBe(0);
    const rows = planned(after);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',3989,');
    expect(rows[0]).toContain(',target,');
    // the file is part of the input: the release lists it
    const bundle = JSON.parse(fs.readFileSync(path.join(after, 'bundle.json'), 'utf8'));
    expect(bundle.inputs.map((i: { path: string }) => i.path)).toContain('lexicon/figures.json');
  });

  it("reaches the workers: two jurisdictions read in two threads both read the user's word", () => {
    const dir = input();
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    fs.copyFileSync(path.join(dir, 'china.txt'), path.join(dir, 'guizhou.txt'));
    manifest.reports.push({
      ...manifest.reports[0],
      id: `guizhou-${year}`,
      jurisdiction: 'guizhou',
      jurisdiction_name: '贵州省',
      level: 'province',
      parent: 'china',
      path: 'guizhou.txt',
    });
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    fs.mkdirSync(path.join(dir, 'lexicon'));
    fs.writeFileSync(path.join(dir, 'lexicon', 'figures.json'), JSON.stringify({ links: ['将'] }));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out, '--jobs', '2', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(events(r.stdout).find((e) => e.event === 'plan')?.jobs).toBe(2);
    expect(planned(out).map((l) => l.split(',')[1])).toEqual(['china', 'guizhou']);
  });

  it('is checked against its schema: a bad file fails the run, naming the file', () => {
    const dir = input();
    fs.mkdirSync(path.join(dir, 'lexicon'));
    fs.writeFileSync(path.join(dir, 'lexicon', 'qualifiers.json'), JSON.stringify({ before: { 逼近: 'nearly' } }));
    const r = cli(['--input', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/lexicon\/qualifiers\.json \(\/before\/逼近\): LEXICON_INVALID: .*allowed values/);
    expect(r.stderr).not.toContain('internal error');

    fs.rmSync(path.join(dir, 'lexicon', 'qualifiers.json'));
    fs.writeFileSync(path.join(dir, 'lexicon', 'verbs.json'), '{}');
    const unknown = cli(['--input', dir]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/verbs\.json: LEXICON_INVALID: "verbs\.json" is not a topic of the lexicon/);
  });
});

// The load stage on real files, in this process: bad input is refused with the
// error's code, the file and the problem (the CLI turns it into exit 1 or 2; the
// end-to-end runs are in cli.test.ts); encodings and HTML read the same figures.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { loadInput, type Input } from '../pipeline/load/index.js';
import { runTask, type TaskResult } from '../pipeline/run/task.js';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { YoyError } from '../pipeline/core/errors.js';
import { tmpdir, shangchengInput, ROOT, seed } from './helpers.js';

const MAX = 200e6;
type Manifest = { reports: Array<Record<string, unknown>> };

/** A Shangcheng input of its own, its manifest edited. */
function inputWith(edit: (m: Manifest, dir: string) => void = () => {}): string {
  const dir = shangchengInput();
  const file = path.join(dir, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  edit(m, dir);
  fs.writeFileSync(file, JSON.stringify(m, null, 2));
  return dir;
}

/** The YoyError that loading throws (failing the test if it throws nothing or something else). */
function loadError(dir: string, maxFileBytes = MAX): YoyError {
  try {
    loadInput(dir, { maxFileBytes });
  } catch (e) {
    if (e instanceof YoyError) return e;
    throw e;
  }
  throw new Error(`loading ${dir} did not fail`);
}

/** Every report of an input read and extracted, as the runner's tasks do it. */
function readAll(input: Input): TaskResult[] {
  const dict = compileDictionary(input.dictionary);
  return input.reports.map(({ meta, ref }, index) => runTask({ index, meta, ref }, dict));
}

describe('the manifest', () => {
  it('that is not JSON: MANIFEST_NOT_JSON with the file, the line and the column', () => {
    const dir = shangchengInput();
    const manifest = path.join(dir, 'manifest.json');
    fs.writeFileSync(manifest, '{\n  "reports": [\n    { "id": "x", }\n  ]\n}\n');
    const e = loadError(dir);
    expect(e).toMatchObject({ code: 'MANIFEST_NOT_JSON', file: manifest });
    expect(e.location).toMatch(/^line 3, column \d+$/);
    expect(e.message).toMatch(/^is not valid JSON/);
    expect(e.exitCode).toBe(1);
  });

  it('that breaks the schema: MANIFEST_INVALID naming the field and what it may be', () => {
    const dir = inputWith((m) => {
      m.reports[0].level = 'galaxy';
    });
    expect(loadError(dir)).toMatchObject({
      code: 'MANIFEST_INVALID',
      file: path.join(dir, 'manifest.json'),
      message: 'reports[0].level: "galaxy" is not one of national, province, city, district, county',
    });
  });

  it('that is missing: FILE_MISSING', () => {
    const dir = tmpdir('yoy-input-');
    expect(loadError(dir)).toMatchObject({ code: 'FILE_MISSING', file: path.join(dir, 'manifest.json') });
  });

  it('duplicate report ids: DUPLICATE_ID naming the id', () => {
    const dir = inputWith((m) => {
      m.reports[1].id = m.reports[0].id;
    });
    const e = loadError(dir);
    expect(e).toMatchObject({ code: 'DUPLICATE_ID', file: path.join(dir, 'manifest.json') });
    expect(e.message).toMatch(/report id "shangcheng-2015" is used twice/);
  });

  it('two reports for one jurisdiction and year are both loaded (a report and a reprint), each a document', () => {
    const dir = inputWith((m) => {
      m.reports[1].report_year = 2015;
    });
    const ids = loadInput(dir, { maxFileBytes: 200e6 })
      .reports.filter((r) => r.meta.jurisdiction === 'shangcheng' && r.meta.report_year === 2015)
      .map((r) => r.meta.id);
    expect(ids).toEqual(['shangcheng-2015', 'shangcheng-2016']);
  });

  it('an input directory that does not exist is a usage error (exit 2)', () => {
    const e = loadError(path.join(tmpdir(), 'nowhere'));
    expect(e.code).toBe('USAGE');
    expect(e.exitCode).toBe(2);
  });
});

describe('report paths', () => {
  it('a missing report file: FILE_MISSING naming the file', () => {
    const dir = inputWith((m) => {
      m.reports[0].path = 'nowhere.txt';
    });
    const e = loadError(dir);
    expect(e).toMatchObject({ code: 'FILE_MISSING', file: path.join(dir, 'nowhere.txt') });
    expect(e.message).toBe('the report file "nowhere.txt" does not exist');
  });

  it('a path outside the input directory is refused', () => {
    const dir = inputWith((m) => {
      m.reports[0].path = '../../etc/passwd';
    });
    expect(loadError(dir)).toMatchObject({
      code: 'PATH_OUTSIDE_INPUT',
      file: path.join(dir, 'manifest.json'),
      message: 'path "../../etc/passwd" leads outside the input directory',
    });
  });

  it('a symlink leading out of the input directory is refused', () => {
    const dir = inputWith((m, d) => {
      fs.symlinkSync(path.join(ROOT, 'package.json'), path.join(d, 'link.txt'));
      m.reports[0].path = 'link.txt';
    });
    const e = loadError(dir);
    expect(e.code).toBe('PATH_OUTSIDE_INPUT');
    expect(e.message).toBe(`path "link.txt" leads outside the input directory (to ${path.join(ROOT, 'package.json')})`);
  });

  it('a symlink that stays inside the input directory is read', () => {
    const dir = inputWith((m, d) => {
      fs.symlinkSync(path.join(d, 'shangcheng-2015.txt'), path.join(d, 'link.txt'));
      m.reports[0].path = 'link.txt';
    });
    expect(loadInput(dir, { maxFileBytes: MAX }).reports.map((r) => r.meta.path)).toEqual([
      'link.txt',
      'shangcheng-2016-excerpt.txt',
    ]);
  });

  it('a file over the size limit: FILE_TOO_LARGE with the size and the limit', () => {
    const dir = shangchengInput();
    const e = loadError(dir, 0.01e6);
    expect(e).toMatchObject({ code: 'FILE_TOO_LARGE', file: path.join(dir, 'shangcheng-2015.txt') });
    expect(e.message).toMatch(/^the file is \d+\.\d MB, over the limit of 0\.0 MB \(--max-file-mb\)$/);
  });

  it('--keep-going skips a missing report but never a path outside the input', () => {
    const missing = inputWith((m) => {
      m.reports[0].path = 'nowhere.txt';
    });
    const input = loadInput(missing, { maxFileBytes: MAX, keepGoing: true });
    expect(input.reports.map((r) => r.meta.id)).toEqual(['shangcheng-2016']);
    expect(input.skipped).toEqual([
      { file: 'nowhere.txt', code: 'FILE_MISSING', message: 'the report file "nowhere.txt" does not exist' },
    ]);
    const outside = inputWith((m) => {
      m.reports[0].path = '../../etc/passwd';
    });
    expect(() => loadInput(outside, { maxFileBytes: MAX, keepGoing: true })).toThrow(
      /leads outside the input directory/,
    );
  });
});

describe('report files that cannot be read (found when the report is read)', () => {
  const failure = (bytes: Buffer | string) => {
    const dir = inputWith((m, d) => {
      fs.writeFileSync(path.join(d, 'bad.txt'), bytes);
      m.reports[0].path = 'bad.txt';
    });
    const results = readAll(loadInput(dir, { maxFileBytes: MAX }));
    // the other report is read as usual
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    return { dir, error: (results[0] as Extract<TaskResult, { ok: false }>).error };
  };

  it('an empty file: FILE_EMPTY', () => {
    const { dir, error } = failure('');
    expect(error).toMatchObject({ code: 'FILE_EMPTY', file: path.join(dir, 'bad.txt'), message: 'the file is empty' });
  });

  it('a file of white space: FILE_EMPTY', () => {
    expect(failure(' \n\u3000\n').error).toMatchObject({ code: 'FILE_EMPTY', message: 'the file holds no text' });
  });

  it('a binary file: FILE_BINARY', () => {
    const { dir, error } = failure(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    expect(error).toMatchObject({ code: 'FILE_BINARY', file: path.join(dir, 'bad.txt') });
  });
});

describe('the dictionary and the overrides', () => {
  it('an indicators.json that breaks its schema: DICTIONARY_INVALID naming the file and the path', () => {
    const dir = shangchengInput();
    const file = path.join(dir, 'indicators.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ indicators: [{ id: 'Bad Id', label: 'x', names: [], measures: ['level'] }] }),
    );
    expect(loadError(dir)).toMatchObject({ code: 'DICTIONARY_INVALID', file, location: '/indicators/0/id' });
  });

  it('an overrides.json that breaks its schema: OVERRIDES_INVALID', () => {
    const dir = shangchengInput();
    const file = path.join(dir, 'overrides.json');
    fs.writeFileSync(file, JSON.stringify({ overrides: [{ action: 'suppress', report_id: 'shangcheng-2015' }] }));
    const e = loadError(dir);
    expect(e).toMatchObject({ code: 'OVERRIDES_INVALID', file });
    expect(e.message).toMatch(/reason/);
  });

  it('an overrides.json that is not JSON: OVERRIDES_INVALID with the line', () => {
    const dir = shangchengInput();
    const file = path.join(dir, 'overrides.json');
    fs.writeFileSync(file, '{ "overrides": [],\n}\n');
    const e = loadError(dir);
    expect(e).toMatchObject({ code: 'OVERRIDES_INVALID', file });
    expect(e.location).toMatch(/^line 2, column \d+$/);
  });
});

describe('a JSON Lines collection', () => {
  const collection = (lines: string[]) => {
    const dir = tmpdir('yoy-input-');
    fs.writeFileSync(path.join(dir, 'reports.jsonl'), lines.join('\n') + '\n');
    const manifest = {
      reports: [
        {
          id: 'x',
          format: 'jsonl',
          path: 'reports.jsonl',
          fields: { text: 'content', year: 'year', title: 'title' },
          jurisdiction: 'shangcheng',
          jurisdiction_name: '上城区',
          level: 'district',
        },
      ],
    };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  };

  it('a line without a year is skipped with a warning; the others are reports', () => {
    const input = loadInput(
      collection([
        JSON.stringify({ year: '2015', title: 'a', content: seed }),
        JSON.stringify({ title: '无年份', content: seed }),
      ]),
      { maxFileBytes: MAX },
    );
    expect(input.reports.map((r) => r.meta.id)).toEqual(['shangcheng-2015']);
    expect(input.warnings).toEqual([
      {
        type: 'collection-line-without-year',
        file: 'reports.jsonl',
        message:
          'line 2 has no year ("无年份"); skipped (if such lines are not reports, say so with a "skip" rule on the collection in manifest.json)',
      },
    ]);
  });

  it('a line that is not JSON names the file and the line', () => {
    const dir = collection([JSON.stringify({ year: '2015', content: seed }), '{"year": 2016, "content": ']);
    const e = loadError(dir);
    expect(e.code).toBe('MANIFEST_NOT_JSON');
    expect(e.file).toBe(`${path.join(dir, 'reports.jsonl')} (line 2)`);
  });
});

describe('encodings and HTML read the same figures', () => {
  const read = (files: Record<string, Buffer | string>, pathName: string) => {
    const dir = tmpdir('yoy-input-');
    for (const [n, b] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), b);
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: 'shangcheng-2015',
            jurisdiction: 'shangcheng',
            jurisdiction_name: '上城区',
            level: 'district',
            report_year: 2015,
            path: pathName,
          },
        ],
      }),
    );
    const [r] = readAll(loadInput(dir, { maxFileBytes: MAX }));
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r;
  };
  const key = (o: { indicator: string; kind: string; measure: string; value: number | null }) =>
    `${o.indicator}|${o.kind}|${o.measure}|${o.value}`;
  const utf8 = read({ 'r.txt': seed }, 'r.txt');

  it('plain UTF-8 reads the seed report', () => {
    expect(utf8.encoding).toBe('utf-8');
    // its headline figures as observations, its work plan's numbered promises as commitments
    expect(utf8.observations.length).toBeGreaterThan(25);
    expect(utf8.commitments.length).toBeGreaterThan(20);
  });

  it('GB18030 without a declaration is detected', () => {
    const r = read({ 'r.txt': iconv.encode(seed, 'gb18030') }, 'r.txt');
    expect(r.encoding).toBe('gb18030');
    expect(r.observations.map(key)).toEqual(utf8.observations.map(key));
  });

  it('UTF-8 with a BOM and UTF-16 with a BOM are read correctly', () => {
    const bom = read({ 'r.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]) }, 'r.txt');
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.observations.map(key)).toEqual(utf8.observations.map(key));
    const u16 = read({ 'r.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf-16le')]) }, 'r.txt');
    expect(u16.encoding).toBe('utf-16le');
    expect(u16.observations.map(key)).toEqual(utf8.observations.map(key));
  });

  it('an HTML page: visible text only, offsets into the decoded file', () => {
    const paras = seed
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;')}</p>`)
      .join('\n');
    const html = `<!doctype html><html><head><title>报告</title><style>p{color:red}</style><script>var x = "地区生产总值999亿元";</script></head><body>${paras}</body></html>`;
    const r = read({ 'r.html': html }, 'r.html');
    expect(r.observations.map(key)).toEqual(utf8.observations.map(key));
    for (const o of r.observations) expect(html.slice(o.start, o.end)).toBe(o.text);
  });
});

// Collections as people keep them: a folder of CSV files, one report per row, read
// as they are with one manifest entry, on the 20 provincial reports of 2026.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { cli, tmpdir, ROOT } from './helpers.js';
import { readRelease } from '../pipeline/release/read.js';
import { slugOf } from '../pipeline/load/jurisdiction-slug.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'provinces-2026');
const FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));
// the ids the corpus README gives the provinces
const IDS = [
  'beijing',
  'shanghai',
  'chongqing',
  'hebei',
  'neimenggu',
  'jilin',
  'heilongjiang',
  'jiangsu',
  'zhejiang',
  'anhui',
  'fujian',
  'shandong',
  'hubei',
  'hunan',
  'guangxi',
  'sichuan',
  'yunnan',
  'xizang',
  'shaanxi',
  'qinghai',
];

const ENTRY = {
  format: 'csv',
  path: 'provinces-2026/*.csv',
  fields: { text: 'full_text', year: 'year', title: 'title', url: 'source_url', jurisdiction_name: 'province' },
  level: 'province',
  parent: 'china',
};

/** An input directory with the collection's files (as they are, or as `edit` makes them) and one manifest entry. */
function input(
  entry: Record<string, unknown> = ENTRY,
  edit?: (name: string, bytes: Buffer) => Buffer,
  files: string[] = FILES,
): string {
  const dir = tmpdir('yoy-csv-');
  fs.mkdirSync(path.join(dir, 'provinces-2026'));
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(FIXTURES, f));
    fs.writeFileSync(path.join(dir, 'provinces-2026', f), edit ? edit(f, bytes) : bytes);
  }
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      reports: [entry],
      jurisdictions: [{ jurisdiction: 'china', jurisdiction_name: '中华人民共和国', level: 'national' }],
    }),
  );
  return dir;
}

describe('a CSV collection', () => {
  it('reads the 20 provincial files with one entry, every span slicing its full_text column', () => {
    expect(FILES.length).toBe(20);
    const dir = input();
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const rel = readRelease(out);
    const reports = rel.meta.reports;
    expect(reports.map((x) => x.jurisdiction).sort()).toEqual([...IDS].sort());
    for (const rep of reports) {
      expect(rep.id).toBe(`${rep.jurisdiction}-2026`);
      expect(rep).toMatchObject({ kind: 'work_report', level: 'province', parent: 'china', report_year: 2026 });
      expect(rep.path).toMatch(/^provinces-2026\/2026_.+_政府工作报告\.csv#row 1$/);
      expect(rep.text_field).toBe('full_text');
    }
    // each file as an independent reader sees it: the row's columns
    const rows = new Map(
      reports.map((rep) => {
        const file = path.join(dir, rep.path.split('#')[0]);
        const [row] = parse(fs.readFileSync(file), { bom: true, columns: true }) as Array<Record<string, string>>;
        return [rep.id, row];
      }),
    );
    for (const rep of reports) {
      const row = rows.get(rep.id)!;
      expect(rep.jurisdiction_name).toBe(row.province);
      expect(rep.source_url).toBe(row.source_url);
    }
    const obs = rel.observations;
    expect(obs.length).toBeGreaterThan(200);
    for (const o of obs) expect(rows.get(o.report_id)!.full_text.slice(o.start, o.end)).toBe(o.text);
    // every province has observations, and 北京's 2026 GDP target is read from its own paragraph
    expect(new Set(obs.map((o) => o.jurisdiction)).size).toBe(20);
    expect(obs.find((o) => o.jurisdiction === 'beijing' && o.indicator === 'gdp' && o.kind === 'target')).toMatchObject(
      { value: 5, qualifier: 'about', period: 2026, text: expect.stringContaining('5%左右') },
    );
    // the files themselves are in the bundle's inputs, each with its hash
    const inputs = rel.meta.inputs.map((i) => i.path);
    for (const f of FILES) expect(inputs).toContain(`provinces-2026/${f}`);
  });

  it('takes an id from the entry\'s "jurisdictions" map before making one from the name', () => {
    const dir = input(
      {
        ...ENTRY,
        path: 'provinces-2026/2026_陕西省_*.csv',
        jurisdictions: { 陕西省: 'shaanxi-prov' },
      },
      undefined,
      FILES.filter((f) => /陕西|山西/.test(f)),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readRelease(out).meta.reports.map((x) => x.id)).toEqual(['shaanxi-prov-2026']);
  });

  it('reads a second copy of a report (a reprint under another name) as its own document, once, with a note', () => {
    const dir = input(
      { ...ENTRY, path: 'provinces-2026/2026_北京市_*.csv' },
      undefined,
      FILES.filter((f) => /北京/.test(f)),
    );
    const file = path.join(dir, 'provinces-2026', '2026_北京市_政府工作报告.csv');
    fs.copyFileSync(file, path.join(dir, 'provinces-2026', '2026_北京市_政府工作报告（转载）.csv'));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/beijing-2026-2 .* has the same text as beijing-2026: read once/);
    const rel = readRelease(out);
    expect(rel.meta.reports.map((x) => x.id)).toEqual(['beijing-2026', 'beijing-2026-2']);
    expect(new Set(rel.observations.map((o) => o.report_id))).toEqual(new Set(['beijing-2026']));
  });

  it('reads several rows of one file, its records ended by CRLF and its texts unquoted, as the whole file parses', () => {
    const dir = tmpdir('yoy-rows-');
    const rows = ['北京市', '陕西省', '青海省'].map(
      (n) => parse(fs.readFileSync(path.join(FIXTURES, `2026_${n}_政府工作报告.csv`)), { bom: true, columns: true })[0],
    );
    // csv-stringify quotes a field only when it holds the record delimiter: the texts' LF line breaks stay unquoted
    const file = '\ufeff' + stringify(rows, { header: true, record_delimiter: '\r\n' });
    fs.writeFileSync(path.join(dir, 'all.csv'), file);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: [{ ...ENTRY, path: 'all.csv' }] }));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const rel = readRelease(out);
    expect(rel.meta.reports.map((x) => x.path).sort()).toEqual(['all.csv#row 1', 'all.csv#row 2', 'all.csv#row 3']);
    const texts = new Map(
      (parse(file, { bom: true, columns: true }) as Array<Record<string, string>>).map((row) => [
        row.province,
        row.full_text,
      ]),
    );
    const names = new Map(rel.meta.reports.map((x) => [x.id, x.jurisdiction_name]));
    expect(rel.observations.length).toBeGreaterThan(20);
    for (const o of rel.observations) expect(texts.get(names.get(o.report_id)!)!.slice(o.start, o.end)).toBe(o.text);
  });

  it("takes each line's jurisdiction from fields.jurisdiction_name in a JSON Lines collection too", () => {
    const dir = tmpdir('yoy-jsonl-');
    // two provinces' rows as JSON lines, their names in a "province" key
    const lines = ['2026_陕西省_政府工作报告.csv', '2026_内蒙古自治区_政府工作报告.csv'].map((f) => {
      const [row] = parse(fs.readFileSync(path.join(FIXTURES, f)), { bom: true, columns: true });
      return JSON.stringify(row);
    });
    fs.writeFileSync(path.join(dir, 'provinces.jsonl'), lines.join('\n') + '\n');
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ reports: [{ ...ENTRY, format: 'jsonl', path: 'provinces.jsonl', parent: undefined }] }),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const reports = readRelease(out).meta.reports;
    expect(reports.map((x) => [x.id, x.jurisdiction_name, x.path])).toEqual([
      ['neimenggu-2026', '内蒙古自治区', 'provinces.jsonl#line 2'],
      ['shaanxi-2026', '陕西省', 'provinces.jsonl#line 1'],
    ]);
  });

  it('makes ids from names without the administrative suffix, in pinyin, the conventional spelling where it differs', () => {
    expect(slugOf('陕西省')).toBe('shaanxi');
    expect(slugOf('山西省')).toBe('shanxi');
    expect(slugOf('广西壮族自治区')).toBe('guangxi');
    expect(slugOf('新疆维吾尔自治区')).toBe('xinjiang');
    expect(slugOf('宁夏回族自治区')).toBe('ningxia');
    expect(slugOf('重庆市')).toBe('chongqing');
    expect(slugOf('上城区')).toBe('shangcheng');
    expect(slugOf('城区')).toBe('chengqu');
  });

  const beijing = (f: string) => f.includes('北京');
  const bad: Array<[string, Record<string, unknown>, ((f: string, b: Buffer) => Buffer) | undefined, RegExp]> = [
    [
      'an unterminated quote',
      ENTRY,
      (f, b) => (beijing(f) ? Buffer.from(b.toString('utf8').replace(/"\s*$/, '\n')) : b),
      /2026_北京市_政府工作报告\.csv \(row 1 \(line 2\), column "full_text"\): COLLECTION_INVALID: the file is not valid CSV: a quoted field is never closed/,
    ],
    [
      'a row with a column missing',
      ENTRY,
      (f, b) => (beijing(f) ? Buffer.from(b.toString('utf8').replace(',2026-02-02,"', ',"')) : b),
      /2026_北京市_政府工作报告\.csv \(row 1 \(line 2\), column "full_text"\): COLLECTION_INVALID: row 1 has 5 columns where the header has 6: a column is missing/,
    ],
    [
      'a year that is not a number',
      ENTRY,
      (f, b) => (beijing(f) ? Buffer.from(b.toString('utf8').replace('北京市,2026,', '北京市,二〇二六,')) : b),
      /2026_北京市_政府工作报告\.csv \(row 1 \(line 2\), column "year"\): COLLECTION_INVALID: row 1: the year "二〇二六" is not a number/,
    ],
    [
      'a column the entry names that the header lacks',
      { ...ENTRY, fields: { ...ENTRY.fields, text: 'content' } },
      undefined,
      /\(line 1\): COLLECTION_INVALID: the header has no column "content" \(the manifest's fields\.text\)/,
    ],
    [
      'an entry that names no jurisdiction, nor the column that holds it',
      { ...ENTRY, fields: { text: 'full_text', year: 'year' } },
      undefined,
      /MANIFEST_INVALID: the collection "provinces-2026\/\*\.csv" names no jurisdiction/,
    ],
    [
      'a file saved in GB18030 (as Excel saves CSV on Chinese Windows)',
      ENTRY,
      (f, b) => (beijing(f) ? iconv.encode(b.toString('utf8').replace(/^\ufeff/, ''), 'gb18030') : b),
      /2026_北京市_政府工作报告\.csv: COLLECTION_INVALID: the file is gb18030, not UTF-8/,
    ],
    ['a glob that matches nothing', { ...ENTRY, path: 'provinces-2025/*.csv' }, undefined, /no file matches/],
    [
      'a glob that leaves the input directory',
      { ...ENTRY, path: '../*/provinces-2026/*.csv' },
      undefined,
      /PATH_OUTSIDE_INPUT/,
    ],
  ];
  it.each(bad)('refuses %s with exit 1, naming the file and the place', (_, entry, edit, message) => {
    const out = path.join(tmpdir(), 'release');
    // 北京's file, and one more that the glob reads too
    const files = FILES.filter((f) => /北京|上海/.test(f));
    const r = cli(['--input', input(entry, edit, files), '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});

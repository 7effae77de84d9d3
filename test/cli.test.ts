// The real CLI on real files: the default release, determinism in another time
// zone, --check, and bad input that must fail with the right exit status and leave
// the last good output untouched. (The loader's bad-input cases one by one are in
// load.test.ts, in-process.)
import { describe, it, expect, beforeAll, inject } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Observation } from '../pipeline/core/model.js';
import {
  cli,
  differences,
  events,
  leftovers,
  snapshot,
  tmpdir,
  shangchengInput,
  shangchengRelease,
  OUTPUT,
  RELEASE,
  DEFAULT_REPORTS,
  national,
} from './helpers.js';

describe('npm start on the default input (the shared release, built once by the CLI)', () => {
  it('exits 0 and writes the release', () => {
    expect(inject('releaseLog')).toMatch(new RegExp(`${DEFAULT_REPORTS} reports, \\d+ observations`));
    // the headline counts every status, so that silence is not read as success
    expect(inject('releaseLog')).toMatch(
      /\d+ targets: met \d+, near \d+, missed \d+; not stated in the input \d+, not yet due at the input's date \d+, declined \d+; \d+ outcomes without a target/,
    );
    for (const f of [
      'observations.csv',
      'targets_vs_actuals.csv',
      'growth_deltas.csv',
      'summary.csv',
      'bundle.json',
      'datapackage.json',
      'review.csv',
      'revisions.csv',
      'report.html',
      'yoy.xlsx',
    ]) {
      expect(fs.existsSync(path.join(RELEASE, f)), f).toBe(true);
    }
  });

  it('writes CSVs with a BOM, CRLF records and the contract columns', () => {
    const csv = fs.readFileSync(path.join(RELEASE, 'observations.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    for (const c of 'report_id,jurisdiction,report_year,indicator,indicator_label,kind,period,measure,value,unit,value_low,value_high,qualifier,estimated,value_base,unit_base,text,start,end,confidence'.split(
      ',',
    )) {
      expect(header).toContain(c);
    }
    const tva = fs.readFileSync(path.join(RELEASE, 'targets_vs_actuals.csv'), 'utf8');
    for (const c of 'jurisdiction,indicator,measure,year,target_qualifier,target_low,target_high,actual,unit,gap,shortfall,attainment_pct,status,target_report_id,actual_report_id'.split(
      ',',
    )) {
      expect(tva.split('\r\n')[0]).toContain(c);
    }
  });

  it('describes every CSV in datapackage.json with a Table Schema whose fields match the header', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(RELEASE, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    for (const r of pkg.resources) {
      const header = fs
        .readFileSync(path.join(RELEASE, r.path), 'utf8')
        .replace(/^\ufeff/, '')
        .split('\r\n')[0];
      expect(header).toBe(r.schema.fields.map((f: { name: string }) => f.name).join(','));
    }
  });

  it('is the committed output/ byte for byte, though built cold from another directory, time zone and locale', () => {
    // output/ was built in UTC and the C locale from input/; the shared release was built from a copy of input/
    // elsewhere, in UTC+14 and Turkish, with a cold cache of its own (test/global-setup.ts), so a label that depends
    // on the time zone or the locale, a workbook dated by the clock, or a path in the release cannot pass. (--check
    // itself, which builds a release and compares it so, is tested on a small input in command-line.test.ts.)
    const tree = (dir: string) =>
      new Map(
        (fs.readdirSync(dir, { recursive: true }) as string[])
          .filter((f) => fs.statSync(path.join(dir, f)).isFile())
          .sort()
          .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(dir, f))]),
      );
    const committed = tree(OUTPUT);
    expect([...committed.keys()]).toEqual(
      expect.arrayContaining(['report.html', 'yoy.xlsx', expect.stringMatching(/^review\//)]),
    );
    expect(differences(tree(RELEASE), committed)).toEqual([]);
  });

  it('--no-bom omits the byte-order mark', () => {
    const nobom = path.join(tmpdir(), 'release');
    expect(cli(['--input', shangchengInput(), '--output', nobom, '--no-bom']).status).toBe(0);
    for (const f of fs.readdirSync(nobom).filter((n) => n.endsWith('.csv'))) {
      expect(fs.readFileSync(path.join(nobom, f)).subarray(0, 3), f).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    expect(fs.readFileSync(path.join(nobom, 'summary.csv'), 'utf8').startsWith('jurisdiction,')).toBe(true);
  });
});

describe('a failed run says why, exits 1 or 2, and keeps the last good output', () => {
  let input: string;
  let out: string;
  let good: Map<string, Buffer>;
  beforeAll(() => {
    ({ input, out } = shangchengRelease());
    good = snapshot(out);
  });
  const editManifest = (edit: (m: { reports: Array<Record<string, unknown>> }) => void): string => {
    const dir = tmpdir('yoy-input-');
    fs.cpSync(input, dir, { recursive: true });
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    edit(m);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
    return dir;
  };
  const expectFailure = (args: string[], status: number, pattern: RegExp) => {
    const r = cli([...args, '--output', out]);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(status);
    expect(differences(snapshot(out), good)).toEqual([]);
    expect(leftovers(out)).toEqual([]);
  };

  it('bad data found while loading (a manifest that is not JSON): exit 1, the file, the line and the column', () => {
    const dir = tmpdir('yoy-input-');
    fs.cpSync(input, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{\n  "reports": [\n    { "id": "x", }\n  ]\n}\n');
    expectFailure(['--input', dir], 1, /manifest\.json \(line 3, column \d+\): MANIFEST_NOT_JSON/);
  });

  it('bad data found while extracting (a binary report), after the new release was begun: exit 1', () => {
    const dir = editManifest((m) => {
      m.reports[1].path = 'binary.txt';
    });
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    expectFailure(['--input', dir], 1, /binary\.txt: FILE_BINARY: the file is binary/);
  });

  it('the same failure with the views on: the workbook thread, begun with the run, is stopped and the run exits 1', () => {
    const dir = editManifest((m) => {
      m.reports[1].path = 'binary.txt';
    });
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const r = cli(['--input', dir, '--output', out], { views: true });
    expect(r.stderr).toMatch(/binary\.txt: FILE_BINARY/);
    expect(r.status).toBe(1);
    expect(differences(snapshot(out), good)).toEqual([]);
    expect(leftovers(out)).toEqual([]);
  });

  it('an input directory that does not exist is a usage error: exit 2', () => {
    expectFailure(['--input', path.join(tmpdir(), 'nowhere')], 2, /USAGE: input directory ".*nowhere" does not exist/);
  });

  it('an unknown option is a usage error: exit 2', () => {
    expectFailure(['--input', input, '--frobnicate'], 2, /Unknown option '--frobnicate'/);
  });

  it('--keep-going skips the bad report, finishes the release, lists it and exits 1', () => {
    const dir = editManifest((m) => {
      m.reports.push({
        ...m.reports[0],
        id: 'broken-2017',
        jurisdiction: 'broken',
        report_year: 2017,
        path: 'empty.txt',
      });
    });
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const other = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', other, '--keep-going']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/skipped 1 report\(s\):\n  empty\.txt: FILE_EMPTY/);
    expect(fs.existsSync(path.join(other, 'observations.csv'))).toBe(true);
    const bundle = JSON.parse(fs.readFileSync(path.join(other, 'bundle.json'), 'utf8'));
    expect(bundle.skipped).toEqual([{ file: 'empty.txt', code: 'FILE_EMPTY', message: 'the file is empty' }]);
    expect(bundle.reports.map((x: { id: string }) => x.id)).toEqual(['shangcheng-2015', 'shangcheng-2016']);
  });
});

describe('text cells as people read them', () => {
  const BREAK = /[\r\n\u2028\u2029]/;
  const cellsWithBreaks = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .flatMap((f) =>
        (parse(fs.readFileSync(path.join(dir, f)), { bom: true, relax_column_count: true }) as string[][]).flatMap(
          (row) => row.filter((c) => BREAK.test(c)).map((c) => `${f}: ${c}`),
        ),
      );

  it('no cell of any CSV of the default release holds a line break', () => {
    expect(cellsWithBreaks(RELEASE)).toEqual([]);
  });

  it('a figure broken over lines (广义货币M\\n2\\n增长13.6%) is one line in the CSV and the workbook, exact in bundle.json (the real CLI)', async () => {
    const dir = tmpdir('yoy-input-');
    const source = national.get(2014)!;
    fs.writeFileSync(path.join(dir, 'china-2014.txt'), source);
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: 'china-2014',
            jurisdiction: 'china',
            jurisdiction_name: '中华人民共和国',
            level: 'national',
            report_year: 2014,
            path: 'china-2014.txt',
          },
        ],
      }),
    );
    const out = path.join(tmpdir('yoy-out-'), 'release');
    const r = cli(['--input', dir, '--output', out], { views: true });
    expect(r.status, r.stderr).toBe(0);
    expect(cellsWithBreaks(out)).toEqual([]);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const broken = (bundle.observations as Observation[]).filter((o) => BREAK.test(o.text));
    expect(broken.map((o) => o.indicator)).toContain('m2');
    const rows = parse(fs.readFileSync(path.join(out, 'observations.csv')), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    for (const o of bundle.observations as Observation[]) {
      // bundle.json keeps the span exactly; the CSV cell is the span with each run of line breaks one space
      expect(source.slice(o.start, o.end)).toBe(o.text);
      const row = rows.find((x) => x.start === String(o.start) && x.end === String(o.end))!;
      expect(row.text).toBe(o.text.replace(/[\r\n\u2028\u2029]+/g, ' '));
    }
    const m2 = rows.find((x) => x.indicator === 'm2' && x.period === '2013')!;
    expect(m2.text).toBe('广义货币M 2 增长13.6%');
    // the workbook's sheets too
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, 'yoy.xlsx'));
    const inSheets: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string' && BREAK.test(c.value) && sheet.name !== 'README') inSheets.push(c.value);
        }),
      ),
    );
    expect(inSheets).toEqual([]);
    expect(
      JSON.parse(fs.readFileSync(path.join(out, 'datapackage.json'), 'utf8'))
        .resources.find((x: { name: string }) => x.name === 'observations')
        .schema.fields.find((x: { name: string }) => x.name === 'text').description,
    ).toMatch(/each run of line breaks .* is one space.*bundle\.json keeps the exact text/);
  });
});

describe('a re-run writes yoy.xlsx only when what it shows changed', () => {
  it('the same tables: the workbook of the run before, from the cache, byte for byte; a changed report: written again', () => {
    const input = shangchengInput();
    const cache = tmpdir('yoy-cache-');
    const run = () => {
      const out = path.join(tmpdir(), 'release');
      const r = cli(['--input', input, '--output', out, '--cache-dir', cache, '--json'], { views: true });
      expect(r.status, r.stderr).toBe(0);
      return {
        reused: events(r.stdout).find((e) => e.event === 'workbook')?.reused,
        xlsx: fs.readFileSync(path.join(out, 'yoy.xlsx')),
      };
    };
    const first = run();
    expect(first.reused).toBe(false);
    const again = run();
    expect(again.reused).toBe(true);
    expect(again.xlsx.equals(first.xlsx)).toBe(true);
    // the GDP growth target of 2015: a row of targets_vs_actuals changes
    const seed = path.join(input, 'shangcheng-2015.txt');
    fs.writeFileSync(seed, fs.readFileSync(seed, 'utf8').replace('地区生产总值增长7.5%', '地区生产总值增长7.6%'));
    const changed = run();
    expect(changed.reused).toBe(false);
    expect(changed.xlsx.equals(first.xlsx)).toBe(false);
  });
});

// The real CLI on real files: the default release, determinism, --check, and
// bad input that must fail clearly and leave the last good output untouched.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { cli, snapshot, tmpdir, shangchengInput, ROOT, seed, DEFAULT_REPORTS } from './helpers.js';

describe('npm start on the default input', () => {
  let out: string;
  let first: ReturnType<typeof cli>;
  beforeAll(() => {
    out = path.join(tmpdir(), 'release');
    first = cli(['--output', out]);
  });

  it('exits 0 and writes the release', () => {
    expect(first.stderr).toMatch(new RegExp(`${DEFAULT_REPORTS} reports, \\d+ observations`));
    // the headline counts every status, so that silence is not read as success
    expect(first.stderr).toMatch(/\d+ targets: met \d+, near \d+, missed \d+; no outcome stated \d+, not yet reported \d+, declined \d+; \d+ outcomes without a target/);
    expect(first.status).toBe(0);
    for (const f of ['observations.csv', 'targets_vs_actuals.csv', 'growth_deltas.csv', 'summary.csv', 'bundle.json', 'datapackage.json', 'review.csv', 'revisions.csv']) {
      expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  it('writes CSVs with a BOM, CRLF records and the contract columns', () => {
    const csv = fs.readFileSync(path.join(out, 'observations.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    for (const c of 'report_id,jurisdiction,report_year,indicator,indicator_label,kind,period,measure,value,unit,value_low,value_high,qualifier,estimated,value_base,unit_base,text,start,end,confidence'.split(',')) {
      expect(header).toContain(c);
    }
    const tva = fs.readFileSync(path.join(out, 'targets_vs_actuals.csv'), 'utf8');
    for (const c of 'jurisdiction,indicator,measure,year,target_qualifier,target_low,target_high,actual,unit,gap,shortfall,attainment_pct,status,target_report_id,actual_report_id'.split(',')) {
      expect(tva.split('\r\n')[0]).toContain(c);
    }
  });

  it('describes every CSV in datapackage.json with a Table Schema whose fields match the header', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    for (const r of pkg.resources) {
      const header = fs.readFileSync(path.join(out, r.path), 'utf8').replace(/^\ufeff/, '').split('\r\n')[0];
      expect(header).toBe(r.schema.fields.map((f: { name: string }) => f.name).join(','));
    }
  });

  it('is byte-identical on a second run from another directory, time zone and locale', () => {
    const elsewhere = path.join(tmpdir(), 'input');
    fs.cpSync(path.join(ROOT, 'input'), elsewhere, { recursive: true });
    const again = path.join(tmpdir(), 'release');
    expect(cli(['--input', elsewhere, '--output', again], { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }).status).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
    expect(fs.readFileSync(path.join(again, 'bundle.json'), 'utf8')).not.toContain(elsewhere);
  });

  it('--check passes on the committed output/', () => {
    const r = cli(['--check']);
    expect(r.stderr).toContain('up to date');
    expect(r.status).toBe(0);
  });

  it('--check fails with a short diff summary when the output is stale', () => {
    const stale = path.join(tmpdir(), 'release');
    fs.cpSync(out, stale, { recursive: true });
    fs.appendFileSync(path.join(stale, 'summary.csv'), 'x\r\n');
    const r = cli(['--check', '--output', stale]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/summary\.csv: differs/);
  });

  it('--no-views writes the data release without report.html and yoy.xlsx', () => {
    const data = path.join(tmpdir(), 'release');
    expect(cli(['--output', data, '--no-views']).status).toBe(0);
    expect(fs.existsSync(path.join(data, 'report.html'))).toBe(false);
    expect(fs.existsSync(path.join(data, 'yoy.xlsx'))).toBe(false);
    expect(fs.readFileSync(path.join(data, 'targets_vs_actuals.csv'))).toEqual(fs.readFileSync(path.join(out, 'targets_vs_actuals.csv')));
  });

  it('--no-bom omits the byte-order mark', () => {
    const nobom = path.join(tmpdir(), 'release');
    expect(cli(['--output', nobom, '--no-bom']).status).toBe(0);
    expect(fs.readFileSync(path.join(nobom, 'summary.csv'), 'utf8').startsWith('jurisdiction,')).toBe(true);
  });
});

describe('bad input fails clearly and keeps the last good output', () => {
  let input: string;
  let out: string;
  let good: Map<string, Buffer>;
  beforeAll(() => {
    input = shangchengInput();
    out = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', out]).status).toBe(0);
    good = snapshot(out);
  });
  const manifestPath = () => path.join(input, 'manifest.json');
  const withManifest = (text: string, fn: () => void) => {
    const saved = fs.readFileSync(manifestPath(), 'utf8');
    fs.writeFileSync(manifestPath(), text);
    try {
      fn();
    } finally {
      fs.writeFileSync(manifestPath(), saved);
    }
  };
  const editManifest = (edit: (m: { reports: Array<Record<string, unknown>> }) => void, fn: () => void) => {
    const m = JSON.parse(fs.readFileSync(manifestPath(), 'utf8'));
    edit(m);
    withManifest(JSON.stringify(m, null, 2), fn);
  };
  const expectFailure = (status: number, pattern: RegExp) => {
    const r = cli(['--input', input, '--output', out]);
    expect(r.stderr).toMatch(pattern);
    expect(r.status).toBe(status);
    expect(snapshot(out)).toEqual(good);
  };

  it('a manifest that is not JSON: exit 1, the file, the line and the column', () => {
    withManifest('{\n  "reports": [\n    { "id": "x", }\n  ]\n}\n', () => expectFailure(1, /manifest\.json \(line 3, column \d+\): MANIFEST_NOT_JSON/));
  });

  it('a manifest that breaks the schema: exit 1, the JSON path and the rule', () => {
    editManifest((m) => { m.reports[0].level = 'galaxy'; }, () => expectFailure(1, /manifest\.json.*MANIFEST_INVALID.*reports\[0\]\.level: "galaxy" is not one of/));
  });

  it('a missing report file: exit 1 naming the file', () => {
    editManifest((m) => { m.reports[0].path = 'nowhere.txt'; }, () => expectFailure(1, /nowhere\.txt.*FILE_MISSING/));
  });

  it('a path outside the input directory is refused', () => {
    editManifest((m) => { m.reports[0].path = '../../etc/passwd'; }, () => expectFailure(1, /PATH_OUTSIDE_INPUT/));
  });

  it('a symlink leading out of the input directory is refused', () => {
    const link = path.join(input, 'link.txt');
    fs.symlinkSync(path.join(ROOT, 'package.json'), link);
    try {
      editManifest((m) => { m.reports[0].path = 'link.txt'; }, () => expectFailure(1, /PATH_OUTSIDE_INPUT: path "link\.txt" leads outside/));
    } finally {
      fs.rmSync(link);
    }
  });

  it('duplicate report ids and two reports for one jurisdiction and year', () => {
    editManifest((m) => { m.reports[1].id = m.reports[0].id; }, () => expectFailure(1, /DUPLICATE_ID.*shangcheng-2015/));
    editManifest((m) => { m.reports[1].report_year = 2015; }, () => expectFailure(1, /DUPLICATE_REPORT_YEAR/));
  });

  it('an empty file and a binary file', () => {
    fs.writeFileSync(path.join(input, 'empty.txt'), '');
    editManifest((m) => { m.reports[0].path = 'empty.txt'; }, () => expectFailure(1, /empty\.txt.*FILE_EMPTY/));
    fs.writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    editManifest((m) => { m.reports[0].path = 'binary.txt'; }, () => expectFailure(1, /binary\.txt.*FILE_BINARY/));
  });

  it('a file over the size limit', () => {
    const r = cli(['--input', input, '--output', out, '--max-file-mb', '0.01']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/shangcheng-2015\.txt.*FILE_TOO_LARGE/);
    expect(snapshot(out)).toEqual(good);
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const r = cli(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('--keep-going skips the bad report, finishes the release, lists it and exits 1', () => {
    fs.writeFileSync(path.join(input, 'empty.txt'), '');
    const other = path.join(tmpdir(), 'release');
    editManifest((m) => { m.reports.push({ ...m.reports[0], id: 'broken-2017', jurisdiction: 'broken', report_year: 2017, path: 'empty.txt' }); }, () => {
      const r = cli(['--input', input, '--output', other, '--keep-going']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/skipped 1 report/);
      expect(fs.existsSync(path.join(other, 'observations.csv'))).toBe(true);
      const bundle = JSON.parse(fs.readFileSync(path.join(other, 'bundle.json'), 'utf8'));
      expect(bundle.skipped[0].code).toBe('FILE_EMPTY');
    });
  });
});

describe('encodings and HTML read the same figures', () => {
  const run = (files: Record<string, Buffer | string>, pathName: string) => {
    const input = tmpdir('yoy-input-');
    for (const [n, b] of Object.entries(files)) fs.writeFileSync(path.join(input, n), b);
    fs.writeFileSync(path.join(input, 'manifest.json'), JSON.stringify({ reports: [{ id: 'shangcheng-2015', jurisdiction: 'shangcheng', jurisdiction_name: '上城区', level: 'district', report_year: 2015, path: pathName }] }));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    return { bundle, source: files[pathName] };
  };
  const key = (o: { indicator: string; kind: string; measure: string; value: number }) => `${o.indicator}|${o.kind}|${o.measure}|${o.value}`;
  const utf8 = run({ 'r.txt': seed }, 'r.txt').bundle;

  it('GB18030 without a declaration is detected', () => {
    const { bundle } = run({ 'r.txt': iconv.encode(seed, 'gb18030') }, 'r.txt');
    expect(bundle.reports[0].encoding).toBe('gb18030');
    expect(bundle.observations.map(key)).toEqual(utf8.observations.map(key));
  });

  it('UTF-8 with a BOM and UTF-16 with a BOM are read correctly', () => {
    const bom = run({ 'r.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]) }, 'r.txt').bundle;
    expect(bom.observations.map(key)).toEqual(utf8.observations.map(key));
    const u16 = run({ 'r.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf-16le')]) }, 'r.txt').bundle;
    expect(u16.reports[0].encoding).toBe('utf-16le');
    expect(u16.observations.map(key)).toEqual(utf8.observations.map(key));
  });

  it('an HTML page: visible text only, offsets into the decoded file', () => {
    const paras = seed.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;')}</p>`).join('\n');
    const html = `<!doctype html><html><head><title>报告</title><style>p{color:red}</style><script>var x = "地区生产总值999亿元";</script></head><body>${paras}</body></html>`;
    const { bundle } = run({ 'r.html': html }, 'r.html');
    expect(bundle.observations.map(key)).toEqual(utf8.observations.map(key));
    for (const o of bundle.observations) expect(html.slice(o.start, o.end)).toBe(o.text);
  });
});

// Unattended runs: crashes, locks, order, warnings, corrections and spreadsheet
// safety, each through the real CLI on real files (one refused override in-process).
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  cli,
  differences,
  cliArgs,
  cliEnv,
  leftovers,
  snapshot,
  tmpdir,
  shangchengInput,
  shangchengRelease,
  ROOT,
  TMP_ROOT,
  seed,
} from './helpers.js';
import { LOCAL } from './commitments-measure.js';
import { toCsv, textCell } from '../pipeline/format/csv.js';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { OBSERVATIONS } from '../pipeline/format/tables.js';
import { runInto } from '../pipeline/run/index.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a run killed while writing leaves the last release intact', () => {
  it('SIGKILL during emit: previous release byte-for-byte, the next run clean', async () => {
    const { input, out } = shangchengRelease();
    const good = snapshot(out);
    // change the input so the next release would differ
    fs.appendFileSync(path.join(input, 'shangcheng-2016-excerpt.txt'), '\n全区实现地区生产总值862亿元。\n');
    const child = spawn(process.execPath, cliArgs(['--input', input, '--output', out]), {
      cwd: TMP_ROOT,
      env: cliEnv({ YOY_EMIT_PAUSE_MS: '3000' }),
      stdio: 'ignore',
    });
    const parent = path.dirname(out);
    let tmp: string | undefined;
    for (let i = 0; i < 200 && !tmp; i++) {
      await sleep(50);
      const t = fs.readdirSync(parent).find((n) => n.startsWith('release.tmp-'));
      if (t && fs.readdirSync(path.join(parent, t)).length > 0) tmp = t;
    }
    expect(tmp, 'the run reached emit').toBeDefined();
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(differences(snapshot(out), good)).toEqual([]);
    // the next run takes over the dead run's lock, clears its temporary directory and publishes
    const next = cli(['--input', input, '--output', out]);
    expect(next.status, next.stderr).toBe(0);
    expect(fs.readdirSync(parent).sort()).toEqual(['release']);
    expect(snapshot(out)).not.toEqual(good);
  });

  it('a swap interrupted between its renames is recovered by the next run', () => {
    const { input, out } = shangchengRelease();
    const good = snapshot(out);
    fs.renameSync(out, `${out}.old-99999`); // as if killed after the first rename
    expect(cli(['--input', input, '--output', out, '--check']).status).toBe(1); // nothing there yet
    expect(cli(['--input', input, '--output', out]).status).toBe(0);
    expect(differences(snapshot(out), good)).toEqual([]);
    expect(leftovers(out)).toEqual([]);
  });
});

describe('locking', () => {
  it('a second run fails clearly while another holds the lock; a dead holder is taken over', () => {
    const input = shangchengInput();
    const out = path.join(tmpdir(), 'release');
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(`${out}.lock`, String(holder.pid));
      const r = cli(['--input', input, '--output', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/OUTPUT_LOCKED: another run \(pid \d+\)/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      holder.kill();
    }
    fs.writeFileSync(`${out}.lock`, '999999'); // no such process
    expect(cli(['--input', input, '--output', out]).status).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it('refuses to replace a directory that holds something other than a release', () => {
    const input = shangchengInput();
    const out = tmpdir();
    fs.writeFileSync(path.join(out, 'thesis.docx'), 'precious');
    const r = cli(['--input', input, '--output', out]);
    expect(r.status).toBe(2);
    expect(fs.readFileSync(path.join(out, 'thesis.docx'), 'utf8')).toBe('precious');
  });
});

describe('determinism', () => {
  it('the order of reports in the manifest does not change the release', () => {
    const { input, out: a } = shangchengRelease();
    const m = JSON.parse(fs.readFileSync(path.join(input, 'manifest.json'), 'utf8'));
    m.reports.reverse();
    fs.writeFileSync(path.join(input, 'manifest.json'), JSON.stringify(m));
    const b = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', b]).status).toBe(0);
    const sa = snapshot(a),
      sb = snapshot(b);
    sa.delete('bundle.json');
    sb.delete('bundle.json'); // the manifest's own hash differs
    sa.delete('datapackage.json');
    sb.delete('datapackage.json');
    expect(sb).toEqual(sa);
    const ja = JSON.parse(fs.readFileSync(path.join(a, 'bundle.json'), 'utf8'));
    const jb = JSON.parse(fs.readFileSync(path.join(b, 'bundle.json'), 'utf8'));
    expect(jb.observations).toEqual(ja.observations);
  });
});

describe('warnings and corrections', () => {
  let input: string;
  beforeAll(() => {
    input = shangchengInput();
  });

  it('a document from which nothing is read, or whose progress has no commitments to meet, is a warning in the summary and the bundle', () => {
    const closing = seed.slice(seed.lastIndexOf('各位代表，时代赋予重托'));
    const dir = tmpdir('yoy-input-');
    fs.cpSync(input, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'closing.txt'), closing);
    // a real progress notice: it states how far projects went (statements), no headline figure
    fs.copyFileSync(path.join(LOCAL, 'lianyungang-2022-progress.txt'), path.join(dir, 'progress.txt'));
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const at = { jurisdiction_name: '上城区', level: 'district' };
    m.reports.push(
      { id: 'closing-2015', jurisdiction: 'closing', ...at, report_year: 2015, path: 'closing.txt', excerpt: true },
      {
        id: 'closing-list',
        jurisdiction: 'closing',
        ...at,
        kind: 'commitments',
        covers_year: 2015,
        path: 'closing.txt',
      },
      { id: 'lyg-progress', jurisdiction: 'lyg', ...at, kind: 'progress', covers_year: 2022, path: 'progress.txt' },
    );
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no figures found in report closing-2015');
    expect(r.stderr).toContain('no commitments found in list closing-list');
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const nothing = bundle.warnings
      .filter((w: { type: string }) => w.type === 'nothing-found')
      .map((w: { report_id: string }) => w.report_id);
    expect(nothing.sort()).toEqual(['closing-2015', 'closing-list']);
    // the notice was read, but no list of its commitments is in the input: said as such, not as empty
    const unheld = bundle.warnings.filter((w: { type: string }) => w.type === 'nothing-to-match');
    expect(unheld.map((w: { report_id: string }) => w.report_id)).toEqual(['lyg-progress']);
    expect(unheld[0].message).toMatch(
      /^lyg-progress: \d+ progress statements on 2022's commitments, but the input has no commitments of lyg for 2022/,
    );
    expect(r.stderr).toContain('progress statements on 2022');
  });

  it('overrides add, correct and suppress observations, each recorded in the bundle', () => {
    const dir = tmpdir('yoy-input-');
    fs.cpSync(input, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'overrides.json'),
      JSON.stringify({
        overrides: [
          {
            action: 'suppress',
            report_id: 'shangcheng-2015',
            reason: 'the same jobs as 30899个, stated again in persons',
            match: { indicator: 'new_jobs', value: 3.09 },
          },
          {
            action: 'correct',
            report_id: 'shangcheng-2015',
            reason: 'the jobs target is exact, with confidence',
            match: { indicator: 'new_jobs', value: 23400 },
            set: { qualifier: 'exact' },
          },
          {
            action: 'add',
            report_id: 'shangcheng-2015',
            reason: "the fund town's own tax, kept for a series of the town",
            set: {
              indicator: 'tax_revenue',
              kind: 'actual',
              period: 2014,
              measure: 'level',
              value: 2.4,
              unit: '亿元',
              text: '基金小镇实现税收2.4亿元',
            },
          },
        ],
      }),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    expect(bundle.overrides_applied.map((o: { result: string }) => o.result)).toEqual([
      '1 suppressed',
      '1 corrected',
      '1 added',
    ]);
    const jobs = bundle.observations.filter(
      (o: { indicator: string; report_id: string }) => o.indicator === 'new_jobs' && o.report_id === 'shangcheng-2015',
    );
    expect(jobs.map((o: { value: number }) => o.value)).toEqual([30899, 23400]);
    expect(jobs[1]).toMatchObject({
      value: 23400,
      confidence: 1,
      override: 'the jobs target is exact, with confidence',
    });
    const added = bundle.observations.find((o: { rule: string }) => o.rule === 'override');
    expect(seed.slice(added.start, added.end)).toBe(added.text);
  });

  it('an override whose text is not in the report is refused, naming the file and the override', async () => {
    const dir = tmpdir('yoy-input-');
    fs.cpSync(input, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'overrides.json'),
      JSON.stringify({
        overrides: [
          {
            action: 'add',
            report_id: 'shangcheng-2015',
            reason: 'made up',
            set: {
              indicator: 'gdp',
              kind: 'actual',
              period: 2014,
              measure: 'level',
              value: 1,
              text: '地区生产总值1亿元',
            },
          },
        ],
      }),
    );
    const run = runInto(tmpdir(), {
      input: dir,
      bom: true,
      reviewThreshold: 0.6,
      maxFileBytes: 200e6,
      keepGoing: false,
      tolerance: DEFAULT_TOLERANCE,
      jobs: 1,
      cacheDir: null,
      views: false,
    });
    await expect(run).rejects.toMatchObject({
      code: 'OVERRIDES_INVALID',
      file: path.join(dir, 'overrides.json'),
      location: 'overrides[0]',
      message: 'overrides[0]: text "地区生产总值1亿元" is not in report shangcheng-2015',
    });
  });
});

describe('spreadsheet safety', () => {
  it('text cells starting with = + - @ tab or CR are neutralised; numeric cells stay numeric', () => {
    const row = {
      report_id: '=HYPERLINK("http://x")',
      value: -7.3,
      text: '+1',
      sentence: '@SUM(A1)',
      indicator: '-x',
      unit: '\tx',
      rule: '\rr',
    };
    const csv = toCsv(OBSERVATIONS, [row], { bom: false });
    const cells = csv.split('\r\n')[1];
    expect(cells).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(cells).toContain(',-7.3,');
    expect(cells).toContain("'+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain("'-x");
  });

  it('a text cell is quoted exactly when it holds a quote, a comma, a line break, or starts or ends with a space of any kind', () => {
    // the rule as a regular expression over every cell (csv-stringify's quoted_match, as it was), against the cast that replaced it
    const reference = (cells: string[]) =>
      stringify([cells], { record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/ });
    const chars = [...'a年,"\' \t\u00a0\u3000\u2003\u2028\ufeff\u200b\u0085x'];
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...chars), maxLength: 6 }), { maxLength: 4 }), (cells) => {
        const row = Object.fromEntries(
          OBSERVATIONS.fields.map((f, i) => [f.name, f.type === 'string' ? cells[i] : null]),
        );
        const mine = toCsv(OBSERVATIONS, [row], { bom: false }).split('\r\n')[1];
        const theirs = reference(
          OBSERVATIONS.fields.map((f, i) => (f.type === 'string' && cells[i] !== undefined ? textCell(cells[i]) : '')),
        ).slice(0, -2);
        expect(mine).toBe(theirs);
      }),
      { seed: 25, numRuns: 300 },
    );
  });

  it('a report line that starts like a formula reaches the CSV neutralised', () => {
    const dir = tmpdir('yoy-input-');
    fs.writeFileSync(
      path.join(dir, 'r.txt'),
      '一、2014年工作回顾\n=1+1,全区实现地区生产总值807.62亿元,同比增长8.1%。\n',
    );
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: 'x-2015',
            jurisdiction: 'x',
            jurisdiction_name: 'x',
            level: 'district',
            report_year: 2015,
            path: 'r.txt',
          },
        ],
      }),
    );
    const out = path.join(tmpdir(), 'release');
    expect(cli(['--input', dir, '--output', out]).status).toBe(0);
    const csv = fs.readFileSync(path.join(out, 'observations.csv'), 'utf8');
    expect(csv).toContain("'=1+1,全区实现地区生产总值");
    expect(csv).not.toMatch(/,=1\+1/);
  });
});

describe('usage', () => {
  it('an output that cannot be written is a clear usage error, not a crash', () => {
    const file = path.join(tmpdir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const r = cli(['--input', shangchengInput(), '--output', path.join(file, 'release')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/OUTPUT_UNWRITABLE: cannot write the output directory/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('--help exits 0 and --version prints the version', () => {
    const r = cli(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(cli(['--help']).status).toBe(0);
  });
  it('a bad option value is a usage error', () => {
    const r = cli(['--review-threshold', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--review-threshold needs a number');
  });
});

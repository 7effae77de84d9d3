// Outcomes from more than work reports: the series reader, the precedence of
// sources, and statuses that tell silence from a miss, on real input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, tmpdir, INPUT, RELEASE, ROOT, compiled, national } from './helpers.js';
import { buildRelease } from '../pipeline/run/index.js';
import { readRelease } from '../pipeline/release/read.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';
import { readSeriesFile } from '../pipeline/extract/series-file.js';
import { YoyError } from '../pipeline/core/errors.js';

/** A CSV's rows by column name. */
const rowsOf = (file: string) =>
  parse(fs.readFileSync(file), { columns: true, bom: true }) as Array<Record<string, string>>;

const SERIES = fs.readFileSync(path.join(INPUT, 'statistics', 'china-headline-outcomes.csv'), 'utf8');
// the default release: the shared one, built once by the CLI (test/global-setup.ts)
const release = readRelease(RELEASE);
const tva = release.derived.targets_vs_actuals;
const row = (j: string, ind: string, m: string, y: number) =>
  tva.find((r) => r.jurisdiction === j && r.indicator === ind && r.measure === m && r.year === y);

describe('the series reader', () => {
  const read = (source: string) =>
    readSeriesFile({ id: 'outcomes', jurisdiction: 'china', source, display: 'outcomes.csv' }, compiled.byId);

  it('reads every row of the real file, each grounded in its own row', () => {
    const obs = read(SERIES);
    expect(obs.length).toBe(SERIES.trim().split('\n').length - 1);
    for (const o of obs) {
      expect(SERIES.slice(o.start, o.end)).toBe(o.text);
      expect(o.text.startsWith(`china,${o.indicator},${o.period},${o.measure},`)).toBe(true);
    }
    const cpi2008 = obs.find((o) => o.indicator === 'cpi' && o.period === 2008)!;
    expect(cpi2008).toMatchObject({
      value: 5.9,
      unit: '%',
      kind: 'actual',
      doc_kind: 'series',
      source_url: expect.stringMatching(/^http/),
    });
    expect(obs.find((o) => o.indicator === 'grain_output' && o.period === 2024)).toMatchObject({
      value: 70650,
      unit: '万吨',
      unit_base: 'kg',
      value_base: 706500000000,
    });
  });

  const lines = SERIES.split('\n');
  const bad: Array<[string, string, RegExp]> = [
    [
      'a value that is not a number',
      lines.map((l, i) => (i === 3 ? l.replace(/,growth,[\d.]+,/, ',growth,about 4,') : l)).join('\n'),
      /line 4.*column value: "about 4" is not a number/,
    ],
    [
      'an unknown indicator',
      lines.map((l, i) => (i === 5 ? l.replace(/^china,cpi,/, 'china,happiness,') : l)).join('\n'),
      /line 6.*column indicator: unknown indicator "happiness"/,
    ],
    [
      'a duplicate row',
      [...lines.slice(0, 3), lines[2], ...lines.slice(3)].join('\n'),
      /line 4.*a second row for cpi growth 2004 \(the first is on line 3\)/,
    ],
    [
      'a missing column',
      lines
        .map((l) =>
          l
            .split(',')
            .filter((_, i) => i !== 5)
            .join(','),
        )
        .join('\n'),
      /line 1.*column unit: the header has no column "unit"/,
    ],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what}, naming the line and the column`, () => {
      let err: unknown;
      try {
        read(text);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(YoyError);
      expect((err as YoyError).code).toBe('SERIES_INVALID');
      expect(`${(err as YoyError).location}: ${(err as YoyError).message}`).toMatch(message);
    });
  }

  it('a bad series file ends the real CLI run with exit 1, the file, line and column, and leaves the last release alone', () => {
    const dir = tmpdir('yoy-input-');
    fs.writeFileSync(path.join(dir, 'outcomes.csv'), bad[0][1]);
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: 'outcomes',
            kind: 'series',
            format: 'csv',
            path: 'outcomes.csv',
            jurisdiction: 'china',
            jurisdiction_name: '中华人民共和国',
            level: 'national',
          },
        ],
      }),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out, '--no-views']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/outcomes\.csv \(line 4\): SERIES_INVALID: column value: "about 4" is not a number/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('the outcome chosen, and where it came from', () => {
  it('CPI 2007, 2008 and 2011 are missed, each against its series outcome and its source', () => {
    for (const [year, target, actual] of [
      [2007, 3, 4.8],
      [2008, 4.8, 5.9],
      [2011, 4, 5.4],
    ]) {
      expect(row('china', 'cpi', 'growth', year)).toMatchObject({
        target_value: target,
        actual,
        status: 'missed',
        actual_source: 'series',
        actual_url: expect.stringMatching(/^http/),
      });
    }
  });

  it('a work report that restates an outcome the series states is listed beside it, with the difference', () => {
    const os = release.derived.outcome_sources.filter(
      (r) => r.jurisdiction === 'china' && r.indicator === 'cpi' && r.year === 2007,
    );
    expect(os.map((r) => [r.source, r.chosen])).toEqual([
      ['series', true],
      ['work_report', false],
    ]);
    expect(os[1]).toMatchObject({ report_id: 'china-2008', value: 4.8, difference: 0, same_figure: true });
    expect(row('china', 'cpi', 'growth', 2007)!.sources).toBe(2);
  });

  it('every national target of 2003-2024 whose outcome a document states has it; the rest say no_actual', () => {
    const national = tva.filter((r) => r.jurisdiction === 'china' && r.target_value !== null && r.year <= 2024);
    const stated = new Set(
      release.observations
        .filter((o) => o.jurisdiction === 'china' && o.kind === 'actual')
        .map((o) => `${o.indicator}|${o.measure}|${o.period}`),
    );
    for (const r of national) {
      if (r.actual === null)
        expect([r.indicator, r.year, r.status, stated.has(`${r.indicator}|${r.measure}|${r.year}`)]).toEqual([
          r.indicator,
          r.year,
          'no_actual',
          false,
        ]);
    }
    expect(national.filter((r) => r.actual !== null).length).toBeGreaterThan(80);
  });
});

describe('statuses that tell silence from a miss, on real input', () => {
  it('met, near, missed, no_actual, no_target and no_report are all in the default release', () => {
    expect(row('china', 'gdp', 'growth', 2016)!.status).toBe('met');
    expect(row('china', 'gdp', 'growth', 2014)!.status).toBe('near');
    expect(row('china', 'gdp', 'growth', 2022)!.status).toBe('missed');
    // the 2012 report is in the input and states no 2011 deficit ratio as an outcome
    expect(row('china', 'deficit_ratio', 'rate', 2011)!.status).toBe('no_actual');
    // the 2021 report sets no target for trade; the series states its outcome
    expect(row('china', 'trade', 'growth', 2003)!.status).toBe('no_target');
    expect(row('china', 'gdp', 'growth', 2020)!.status).toBe('no_report');
    expect(release.meta).toBeDefined();
    // the input's date: the series file's 2025 rows, published in 2026
    expect(release.meta.input_date).toBe('2026-03-01');
    // targets whose outcomes were published years ago and are only missing from the input
    // (Changzhou has no later document in the input; Yunnan's and Fujian's 2026 reports are there and silent on them)
    for (const [j, y, why] of [
      ['changzhou', 2015, 'no_later_document'],
      ['yunnan', 2019, 'later_documents_silent'],
      ['fujian', 2022, 'later_documents_silent'],
    ] as const) {
      const rows = tva.filter((r) => r.jurisdiction === j && r.year === y);
      expect(rows.length, j).toBeGreaterThan(3);
      for (const r of rows)
        if (r.actual === null) expect([j, r.status, r.missing_reason]).toEqual([j, 'no_actual', why]);
    }
    // pending only for what was not yet due: 2025, less than three months before the input's date, and 2026
    expect(new Set(tva.filter((r) => r.status === 'pending').map((r) => r.year))).toEqual(new Set([2025, 2026]));
  });

  it('a target with nothing published after its year is pending, not no_actual', async () => {
    const dir = tmpdir('yoy-input-');
    fs.copyFileSync(path.join(INPUT, 'shangcheng-2015.txt'), path.join(dir, 'shangcheng-2015.txt'));
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
            path: 'shangcheng-2015.txt',
          },
        ],
      }),
    );
    const alone = await buildRelease({
      input: dir,
      bom: true,
      reviewThreshold: 0.6,
      maxFileBytes: 200e6,
      keepGoing: false,
      tolerance: DEFAULT_TOLERANCE,
      cacheDir: null,
    });
    const rows = alone.derived.targets_vs_actuals.filter((r) => r.year === 2015);
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['pending']));
    // and so are its commitments (the work plan and the practical projects)
    expect(alone.derived.commitments.length).toBeGreaterThan(20);
    expect(new Set(alone.derived.commitments.map((c) => c.status))).toEqual(new Set(['pending']));
    // the 2014 outcomes the report reviews had no report of their own year in the input
    expect(alone.derived.targets_vs_actuals.find((r) => r.year === 2014 && r.indicator === 'gdp')!.status).toBe(
      'no_report',
    );
  });

  it('a 2015 district target beside a national report of 2018 is no_actual, never pending (the real CLI)', () => {
    const dir = tmpdir('yoy-input-');
    fs.copyFileSync(path.join(INPUT, 'shangcheng-2015.txt'), path.join(dir, 'shangcheng-2015.txt'));
    for (const y of [2016, 2018]) fs.writeFileSync(path.join(dir, `china-${y}.txt`), national.get(y)!);
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
            path: 'shangcheng-2015.txt',
          },
          ...[2016, 2018].map((y) => ({
            id: `china-${y}`,
            jurisdiction: 'china',
            jurisdiction_name: '中华人民共和国',
            level: 'national',
            report_year: y,
            path: `china-${y}.txt`,
          })),
        ],
      }),
    );
    const out = path.join(tmpdir('yoy-out-'), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const got = readRelease(out);
    // the input's date: the 2018 report, delivered (without a date of its own) on 1 March 2018
    expect(got.meta.input_date).toBe('2018-03-01');
    const rows = got.derived.targets_vs_actuals;
    const district = rows.filter((x) => x.jurisdiction === 'shangcheng' && x.year === 2015);
    expect(district.length).toBeGreaterThan(5);
    // published long ago, and no document of Shangcheng after 2015 is in the input
    expect(new Set(district.map((x) => [x.status, x.missing_reason].join(' ')))).toEqual(
      new Set(['no_actual no_later_document']),
    );
    // the nation's 2016 targets the 2018 report (reviewing 2017) does not restate: later documents are silent
    const silent = rows.filter((x) => x.jurisdiction === 'china' && x.year === 2016 && x.actual === null);
    expect(silent.length).toBeGreaterThan(3);
    for (const x of silent) expect([x.status, x.missing_reason]).toEqual(['no_actual', 'later_documents_silent']);
    const y2018 = rows.filter((x) => x.jurisdiction === 'china' && x.year === 2018 && x.target_value !== null);
    expect(y2018.length).toBeGreaterThan(5);
    expect(new Set(y2018.map((x) => x.status))).toEqual(new Set(['pending']));
    // the district's commitments likewise: their year's account was due long before
    const promised = got.derived.commitments.filter((c) => c.jurisdiction === 'shangcheng');
    expect(promised.length).toBeGreaterThan(20);
    expect(new Set(promised.map((c) => `${c.status} ${c.missing_reason}`))).toEqual(
      new Set(['not_stated no_later_document']),
    );
    // and the CSV says so in its own column
    const csv = fs.readFileSync(path.join(out, 'targets_vs_actuals.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(',missing_reason');
    expect(r.stdout + r.stderr).toMatch(/not stated in the input \d+, not yet due at the input.s date \d+/);
  });
});

describe('the body that publishes an outcome, and where it was read', () => {
  it('a series row names its publisher, which reaches targets_vs_actuals, outcome_sources and the page before the URL (the real CLI)', () => {
    const dir = tmpdir('yoy-input-');
    const fixtures = path.join(ROOT, 'test', 'fixtures', 'statistics');
    fs.writeFileSync(path.join(dir, 'china-2008.txt'), national.get(2008)!);
    for (const f of ['china-headline-outcomes.csv', 'china-2018-communique-opening.txt'])
      fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
    const nation = { jurisdiction: 'china', jurisdiction_name: '中华人民共和国', level: 'national' };
    const repost = 'http://m.iverstown.com/Article/news/politics/2019-03-02/193948.html';
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          { id: 'china-2008', ...nation, report_year: 2008, path: 'china-2008.txt' },
          { id: 'outcomes', kind: 'series', format: 'csv', ...nation, path: 'china-headline-outcomes.csv' },
          {
            id: 'communique-2018',
            kind: 'statistical_communique',
            covers_year: 2018,
            ...nation,
            path: 'china-2018-communique-opening.txt',
            source_url: repost,
            publisher: '国家统计局',
          },
        ],
      }),
    );
    const out = path.join(tmpdir('yoy-out-'), 'release');
    const r = cli(['--input', dir, '--output', out], { views: true });
    expect(r.status, r.stderr).toBe(0);
    const rows = rowsOf(path.join(out, 'targets_vs_actuals.csv'));
    const cpi = rows.find((x) => x.indicator === 'cpi' && x.year === '2008');
    // the 2008 CPI outcome (5.9%) is the statistics bureau's, read at a repost the row names
    const shared = rowsOf(path.join(fixtures, 'china-headline-outcomes.csv')).find(
      (x) => x.indicator === 'cpi' && x.year === '2008',
    );
    expect(cpi).toMatchObject({
      actual: '5.9',
      actual_source: 'series',
      actual_publisher: '国家统计局',
      actual_url: shared!.source_url,
    });
    // trade is the customs administration's
    const trade = rows.find((x) => x.indicator === 'trade' && x.actual !== '');
    expect(trade!.actual_publisher).toBe('海关总署');
    const os = rowsOf(path.join(out, 'outcome_sources.csv'));
    // a work report without a publisher in the manifest names none: nothing is guessed
    expect(new Set(os.map((x) => `${x.source} ${x.publisher}`))).toContain('work_report ');
    expect(new Set(os.map((x) => `${x.source} ${x.publisher}`))).toContain('statistical_communique 国家统计局');
    // the page: each source entry carries its publisher, and a document is listed by its publisher, then "read at" its URL
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    const sources = JSON.parse(html.match(/<script[^>]*id="sources"[^>]*>([\s\S]*?)<\/script>/)![1]);
    expect(sources.some((s: { publisher: string; url: string }) => s.publisher === '国家统计局' && s.url)).toBe(true);
    expect(html).toContain(
      `published by 国家统计局 · read at <a href="${repost}" rel="noopener noreferrer">${repost}</a>`,
    );
    expect(html).not.toContain('>source</a>');
  });
});

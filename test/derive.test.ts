// The comparison rules: the attainment table row by row, decimal safety, and the
// rows the end-to-end issue names, read from the shared release (the CLI's run on
// the real default input).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { attain, bounds } from '../pipeline/derive/attainment.js';
import { sub, plain, growthPct } from '../pipeline/derive/decimal.js';
import { readRelease } from '../pipeline/release/read.js';
import { RELEASE } from './helpers.js';
import type { Observation } from '../pipeline/core/model.js';

function target(
  measure: Observation['measure'],
  qualifier: Observation['qualifier'],
  value: number,
  low: number | null = null,
  high: number | null = null,
): Observation {
  return {
    report_id: 't',
    jurisdiction: 'j',
    report_year: 2020,
    indicator: 'gdp',
    indicator_label: '',
    kind: 'target',
    period: 2020,
    period_source: 'stated',
    measure,
    value,
    unit: measure === 'level' ? '亿元' : '%',
    value_low: low,
    value_high: high,
    qualifier,
    estimated: false,
    value_base: null,
    publisher: null,
    unit_base: null,
    text: 'x',
    start: 0,
    end: 1,
    sentence: 'x',
    confidence: 1,
    rule: 'test',
    override: null,
    doc_kind: 'work_report',
    source_url: null,
    as_of: null,
    notes: null,
  };
}

describe('attainment table', () => {
  const cases: Array<[string, Observation, number, boolean, string, number | null, number | null]> = [
    // name, target, actual, higherIsBetter, status, gap, shortfall
    ['growth exact met', target('growth', 'exact', 7.5), 9.2, true, 'met', 1.7, 0],
    ['growth exact missed', target('growth', 'exact', 7.5), 7.4, true, 'missed', -0.1, 0.1],
    ['growth about near', target('growth', 'about', 7.5), 7.4, true, 'near', -0.1, 0.1],
    ['growth about missed beyond tolerance', target('growth', 'about', 5.5), 3, true, 'missed', -2.5, 2.5],
    ['growth at_least met', target('growth', 'at_least', 6), 8.1, true, 'met', 2.1, 0],
    ['growth at_least missed', target('growth', 'at_least', 6), 5.9, true, 'missed', -0.1, 0.1],
    ['growth range met inside', target('growth', 'range', 6.5, 6.5, 7), 6.9, true, 'met', 0.4, 0],
    ['growth range missed below', target('growth', 'range', 6, 6, 6.5), 5.9, true, 'missed', -0.1, 0.1],
    ['rate at_most met', target('rate', 'at_most', 4.6), 4.1, false, 'met', -0.5, 0],
    ['rate at_most missed', target('rate', 'at_most', 4.5), 4.6, false, 'missed', 0.1, 0.1],
    ['rate at_least met', target('rate', 'at_least', 96), 97.7, true, 'met', 1.7, 0],
    ['cpi about (lower is better) met below', target('growth', 'about', 3), 2, false, 'met', -1, 0],
    ['cpi about near above', target('growth', 'about', 3), 3.3, false, 'near', 0.3, 0.3],
    ['fall at_least (下降3.1%以上) met', target('growth', 'at_least', -3.1), -4.8, false, 'met', -1.7, 0],
    ['fall at_least (下降3.4%以上) missed', target('growth', 'at_least', -3.4), -3, false, 'missed', 0.4, 0.4],
    ['fall about (降低3%左右) near', target('growth', 'about', -3), -2.7, false, 'near', 0.3, 0.3],
    ['level exact met', target('level', 'exact', 50), 88.6, true, 'met', 38.6, 0],
    ['level at_least missed', target('level', 'at_least', 1000), 990, true, 'missed', -10, 10],
    ['level about near (5% of target)', target('level', 'about', 1000), 960, true, 'near', -40, 40],
  ];
  for (const [name, t, actual, hib, status, gap, shortfall] of cases) {
    it(name, () => {
      const r = attain(t, actual, hib);
      expect(r.status).toBe(status);
      expect(r.gap).toBe(gap);
      expect(r.shortfall).toBe(shortfall);
    });
  }
  it('attainment_pct for levels: 88.6 against 50 is 177.2', () => {
    expect(attain(target('level', 'exact', 50), 88.6, true).attainment_pct).toBe(177.2);
    expect(attain(target('growth', 'exact', 7.5), 9.2, true).attainment_pct).toBeNull();
  });
  it('bounds of a fall read the qualifier on the size of the fall', () => {
    expect(bounds(target('growth', 'at_least', -3.1))).toEqual({ low: null, high: -3.1 });
    expect(bounds(target('growth', 'at_most', 4.5))).toEqual({ low: null, high: 4.5 });
  });
});

describe('properties', () => {
  const dec = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 10);
  const nonNegative = fc.integer({ min: 0, max: 2000 }).map((n) => n / 10);
  const fall = fc.integer({ min: 1, max: 2000 }).map((n) => -n / 10);
  const step = fc.integer({ min: 0, max: 500 }).map((n) => n / 10);
  // a rise or a rate: the qualifier bounds the value itself
  it('at_least: raising the actual never turns met into missed', () => {
    fc.assert(
      fc.property(nonNegative, dec, step, (t, a, up) => {
        const tt = target('growth', 'at_least', t);
        return !(attain(tt, a, true).status === 'met' && attain(tt, a + up, true).status === 'missed');
      }),
    );
  });
  it('at_most: lowering the actual never turns met into missed', () => {
    fc.assert(
      fc.property(nonNegative, dec, step, (t, a, down) => {
        const tt = target('rate', 'at_most', t);
        return !(attain(tt, a, false).status === 'met' && attain(tt, a - down, false).status === 'missed');
      }),
    );
  });
  // a fall: the qualifier bounds the size of the fall (下降3.1%以上 is −3.1 or lower)
  it('a fall at_least: a deeper fall never turns met into missed', () => {
    fc.assert(
      fc.property(fall, dec, step, (t, a, down) => {
        const tt = target('growth', 'at_least', t);
        return !(attain(tt, a, false).status === 'met' && attain(tt, a - down, false).status === 'missed');
      }),
    );
  });
  it('gap is antisymmetric when target and actual of an exact growth target swap', () => {
    fc.assert(
      fc.property(
        dec,
        dec,
        (t, a) =>
          attain(target('growth', 'exact', t), a, true).gap === -attain(target('growth', 'exact', a), t, true).gap! ||
          t === a,
      ),
    );
  });
  it('unit harmonisation round-trips: 3.09万人 and 30899个 are one figure; 亿元 against 万亿元', async () => {
    const { inUnitOf } = await import('../pipeline/derive/series.js');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        const yi = { ...target('level', 'exact', n / 100), unit: '亿元', value_base: n * 1e6, unit_base: 'CNY' };
        const wanyi = { ...target('level', 'exact', 0), unit: '万亿元', value_base: 0, unit_base: 'CNY' };
        wanyi.value = 1;
        wanyi.value_base = 1e12;
        const there = inUnitOf(yi, wanyi)!;
        const back = inUnitOf({ ...wanyi, value: there, value_base: there * 1e12 }, yi)!;
        return Math.abs(back - n / 100) < 1e-6;
      }),
    );
  });
});

describe('decimal safety', () => {
  it('8.1 − 7.5 is 0.6', () => {
    expect(sub(8.1, 7.5)).toBe(0.6);
    expect(plain(sub(9.2, 8.1))).toBe('1.1');
  });
  it('861 against 807.62 is a 6.61% rise', () => {
    expect(growthPct(861, 807.62)).toBe(6.61);
  });
  it('plain decimals never use an exponent', () => {
    expect(plain(1.349e14)).toBe('134900000000000');
    expect(plain(1e-7)).toBe('0.0000001');
  });
});

const release = readRelease(RELEASE);

describe('the default release', () => {
  const tva = release.derived.targets_vs_actuals;
  const row = (j: string, ind: string, m: string, y: number) =>
    tva.find((r) => r.jurisdiction === j && r.indicator === ind && r.measure === m && r.year === y)!;

  it('Shangcheng 2015: every headline target met, as the 2016 report says', () => {
    expect(row('shangcheng', 'gdp', 'growth', 2015)).toMatchObject({
      target_value: 7.5,
      actual: 9.2,
      gap: 1.7,
      status: 'met',
    });
    expect(row('shangcheng', 'services_value_added', 'growth', 2015)).toMatchObject({
      target_value: 8,
      actual: 12.2,
      status: 'met',
    });
    expect(row('shangcheng', 'retail_sales', 'growth', 2015)).toMatchObject({
      target_value: 11,
      actual: 11.6,
      status: 'met',
    });
    expect(row('shangcheng', 'fixed_asset_investment', 'level', 2015)).toMatchObject({
      target_value: 50,
      actual: 88.6,
      attainment_pct: 177.2,
      status: 'met',
    });
    expect(row('shangcheng', 'local_fiscal_revenue', 'growth', 2015)).toMatchObject({
      target_value: 7.5,
      actual: 14.5,
      status: 'met',
      target_report_id: 'shangcheng-2015',
      actual_report_id: 'shangcheng-2016',
    });
    expect(row('shangcheng', 'new_jobs', 'level', 2015)).toMatchObject({
      target_value: 23400,
      actual: 32920,
      unit: '个',
      status: 'met',
    });
    expect(row('shangcheng', 'family_planning_compliance', 'rate', 2015)).toMatchObject({
      target_qualifier: 'at_least',
      target_value: 96,
      actual: 97.7,
      status: 'met',
    });
  });

  it('Shangcheng 2014→2015 growth deltas: +1.1 pp, and a 6.61% level rise 2.59 pp under the comparable-price growth', () => {
    const d = release.derived.growth_deltas;
    expect(
      d.find(
        (r) => r.jurisdiction === 'shangcheng' && r.indicator === 'gdp' && r.measure === 'growth' && r.year === 2015,
      ),
    ).toMatchObject({ prev_value: 8.1, value: 9.2, delta: 1.1 });
    expect(
      d.find(
        (r) => r.jurisdiction === 'shangcheng' && r.indicator === 'gdp' && r.measure === 'level' && r.year === 2015,
      ),
    ).toMatchObject({
      prev_value: 807.62,
      value: 861,
      delta_pct: 6.61,
      reported_growth: 9.2,
      implied_minus_reported_pp: -2.59,
      growth_basis: 'comparable_prices',
    });
  });

  it('national GDP growth: one row per year 2003-2026, no_report for 2020, outcomes from the series file', () => {
    const years = tva
      .filter((r) => r.jurisdiction === 'china' && r.indicator === 'gdp' && r.measure === 'growth')
      .map((r) => r.year);
    expect(years).toEqual(Array.from({ length: 24 }, (_, i) => 2003 + i));
    // 2026's target from the series of targets (4.5%-5%), its outcome not yet due at the input's date
    expect(row('china', 'gdp', 'growth', 2026)).toMatchObject({
      status: 'pending',
      target_qualifier: 'range',
      target_low: 4.5,
      target_high: 5,
      actual: null,
    });
    // the collection has no 2020 report: the year's outcome is there, its target cannot be
    expect(row('china', 'gdp', 'growth', 2020)).toMatchObject({
      status: 'no_report',
      actual: 2.3,
      actual_source: 'series',
    });
    expect(row('china', 'gdp', 'growth', 2025)).toMatchObject({
      status: 'met',
      target_value: 5,
      actual: 5,
      actual_source: 'series',
    });
    // the 2008 and 2009 reports restate nothing of 2007 as a one-year figure; the series does
    expect(row('china', 'gdp', 'growth', 2007)).toMatchObject({
      status: 'met',
      actual: 11.4,
      actual_source: 'series',
      actual_url: expect.stringMatching(/^http/),
    });
    expect(row('china', 'gdp', 'growth', 2022)).toMatchObject({
      target_value: 5.5,
      actual: 3,
      status: 'missed',
      shortfall: 2.5,
    });
    expect(row('china', 'gdp', 'growth', 2016)).toMatchObject({
      target_qualifier: 'range',
      target_low: 6.5,
      target_high: 7,
      actual: 6.7,
      status: 'met',
    });
  });

  it('the pivots agree with targets_vs_actuals, one column per year', () => {
    const pa = release.derived.pivot_actuals;
    expect(pa.years).toEqual(Array.from({ length: pa.years.length }, (_, i) => pa.years[0] + i));
    const gdp = pa.rows.find((r) => r.jurisdiction === 'china' && r.indicator === 'gdp' && r.measure === 'growth')!;
    for (const r of tva.filter((x) => x.jurisdiction === 'china' && x.indicator === 'gdp' && x.measure === 'growth')) {
      expect(gdp[String(r.year)] ?? null).toBe(r.actual);
    }
    const pt = release.derived.pivot_targets.rows.find(
      (r) => r.jurisdiction === 'shangcheng' && r.indicator === 'new_jobs',
    )!;
    expect(pt['2015']).toBe(23400);
  });

  it("the README's table of China's GDP growth targets is the release's summary row", async () => {
    const fs = await import('node:fs');
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const s = release.derived.summary.find(
      (r) => r.jurisdiction === 'china' && r.indicator === 'gdp' && r.measure === 'growth',
    )!;
    const sign = (x: number) => (x > 0 ? `+${x}` : `−${Math.abs(x)}`);
    const line = `| ${s.years_compared} | ${s.met} | ${s.near} | ${s.missed} | ${s.hit_rate!.toFixed(2)} | ${sign(Number(s.mean_gap!.toFixed(1)))} pp | ${sign(Number(s.median_gap!.toFixed(1)))} pp | ${s.sd_gap!.toFixed(2)} pp | ${sign(Number(s.actual_trend_per_year!.toFixed(2)))} pp per year |`;
    expect(readme).toContain(line);
  });

  it('stated attainment beside computed status: the 2023 report says all targets met while GDP growth missed 2022', () => {
    const st = release.derived.stated_attainment;
    expect(
      st.find((r) => r.jurisdiction === 'china' && r.year === 2022 && r.indicator === 'gdp' && r.measure === 'growth'),
    ).toMatchObject({ stated: 'met', computed_status: 'missed', agrees: false });
    const sc = st.filter((r) => r.jurisdiction === 'shangcheng' && r.year === 2015);
    expect(sc.length).toBeGreaterThanOrEqual(7);
    expect(sc.every((r) => r.agrees === true)).toBe(true);
  });
});

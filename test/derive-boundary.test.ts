// The derive boundary (pipeline/derive/check.ts): no NaN, Infinity, null where a
// number is required, or unrounded binary fraction reaches a table; the error names
// the table, the row and the field. And the passage of issue 16 that reached big.js.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { cli, dictionary, extract, tmpdir } from './helpers.js';
import { derive } from '../pipeline/derive/index.js';
import { numberProblem, checkDerived } from '../pipeline/derive/check.js';
import { YoyError } from '../pipeline/core/errors.js';
import type { Observation } from '../pipeline/core/model.js';

const PASSAGE =
  '预计2019年全市生产总值比上年增长6.2%,建议2020年经济社会发展的主要预期目标是:全市生产总值增长6%左右,一般公共预算收入增长5%。';

function deriveError(observations: Observation[]): YoyError {
  try {
    derive(observations, dictionary.indicators);
  } catch (e) {
    if (e instanceof YoyError) return e;
    throw e;
  }
  throw new Error('derive accepted it');
}

describe('numberProblem', () => {
  it('accepts finite decimals and null where allowed', () => {
    for (const v of [0, -3.1, 807.62, 0.6, 63.6e12, 1e-7, 123456.123456])
      expect(numberProblem(v, 'num')).toBeUndefined();
    expect(numberProblem(null, 'num?')).toBeUndefined();
    expect(numberProblem(2015, 'int')).toBeUndefined();
  });
  it('refuses NaN, Infinity, null where required, strings, fractions where an integer is due, unrounded fractions', () => {
    expect(numberProblem(NaN, 'num')).toMatch(/NaN, not a finite number/);
    expect(numberProblem(-Infinity, 'num?')).toMatch(/-Infinity, not a finite number/);
    expect(numberProblem(null, 'int')).toMatch(/null where a number is required/);
    expect(numberProblem(undefined, 'num')).toMatch(/undefined where a number is required/);
    expect(numberProblem('6.2', 'num')).toMatch(/"6.2" \(a string, not a number\)/);
    expect(numberProblem(2015.5, 'int')).toMatch(/not an integer/);
    expect(numberProblem(0.1 + 0.2, 'num')).toMatch(/never rounded/);
  });
});

describe('derive names the row and field it cannot write', () => {
  const obs = extract(PASSAGE, 2020, 'x-2020');

  it('an observation with a value that is not a number', () => {
    const bad = obs.map((o, i) => (i === 1 ? { ...o, value: NaN } : o));
    const e = deriveError(bad);
    expect(e.code).toBe('DERIVED_INVALID');
    expect(e.file).toBe('observations.csv');
    expect(e.location).toBe(
      'jurisdiction x, indicator gdp, measure growth, year 2020, report x-2020, span 45-57 "全市生产总值增长6%左右", field value',
    );
    expect(e.message).toMatch(/^NaN, not a finite number/);
  });

  it('a derived row: the summary of issue 16 (first_year Infinity) and a gap that is NaN', () => {
    const d = derive(obs, dictionary.indicators);
    const thrown = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return e as YoyError;
      }
      throw new Error('accepted');
    };
    const summary = structuredClone(d);
    summary.summary[0].first_year = Infinity;
    expect(thrown(() => checkDerived(summary)).toString()).toBe(
      'summary.csv (jurisdiction x, indicator gdp, measure growth, field first_year): DERIVED_INVALID: Infinity, not a finite number; no table may hold it. This is a fault in yoy: please report it',
    );
    const tva = structuredClone(d);
    tva.targets_vs_actuals[1].gap = NaN;
    const e = thrown(() => checkDerived(tva));
    expect(e.location).toBe('jurisdiction x, indicator gdp, measure growth, year 2020, field gap');
    expect(e.message).toMatch(/^NaN, not a finite number; .* with the text of x-2020$/);
    const pivot = structuredClone(d);
    pivot.pivot_actuals.rows[0]['2019'] = '6.2';
    expect(thrown(() => checkDerived(pivot)).toString()).toMatch(
      /^pivot_actuals\.csv \(jurisdiction x, indicator gdp, measure growth, field 2019\): DERIVED_INVALID: "6\.2" \(a string, not a number\)/,
    );
  });

  it('an unrounded fraction', () => {
    // 0.1 + 0.2 is not a decimal anyone wrote
    const e = deriveError([{ ...obs[0], value: 0.1 + 0.2 }]);
    expect(e.message).toMatch(/0\.30000000000000004, a binary fraction that was never rounded/);
  });
});

describe('the passage of issue 16', () => {
  it('the targets are for 2020, the estimate for 2019', () => {
    const obs = extract(PASSAGE, 2020, 'x-2020');
    expect(obs.map((o) => [o.indicator, o.kind, o.period, o.value, o.qualifier, o.estimated])).toEqual([
      ['gdp', 'actual', 2019, 6.2, 'exact', true],
      ['gdp', 'target', 2020, 6, 'about', false],
      ['local_fiscal_revenue', 'target', 2020, 5, 'exact', false],
    ]);
    for (const o of obs) expect(PASSAGE.slice(o.start, o.end)).toBe(o.text);
  });

  it('a targets header names the year of its own sentence, not one of an earlier sentence', () => {
    const obs = extract(
      '2019年全市生产总值增长6.2%。今年经济社会发展的主要预期目标是:全市生产总值增长6%左右。',
      2020,
      'x-2020',
    );
    expect(obs.map((o) => [o.kind, o.period])).toEqual([
      ['actual', 2019],
      ['target', 2020],
    ]);
  });

  it('the real CLI reads it and writes the release (it ended in "[big.js] Invalid number")', () => {
    const input = tmpdir('yoy-input-');
    fs.writeFileSync(path.join(input, 'r.txt'), PASSAGE);
    fs.writeFileSync(
      path.join(input, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            id: 'x-2020',
            jurisdiction: 'x',
            jurisdiction_name: '某市',
            level: 'city',
            report_year: 2020,
            path: 'r.txt',
          },
        ],
      }),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out, '--cache-dir', tmpdir('yoy-cache-'), '--no-views']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    expect(
      bundle.targets_vs_actuals.map(
        (t: { indicator: string; year: number; status: string }) => `${t.indicator} ${t.year} ${t.status}`,
      ),
    ).toEqual([
      // the input holds only the 2020 report: no report for 2019, nothing published after 2020
      'gdp 2019 no_report',
      'gdp 2020 pending',
      'local_fiscal_revenue 2020 pending',
    ]);
    expect(
      bundle.summary.map(
        (s: { indicator: string; first_year: number; last_year: number }) =>
          `${s.indicator} ${s.first_year}-${s.last_year}`,
      ),
    ).toEqual(['gdp 2019-2020', 'local_fiscal_revenue 2020-2020']);
  });
});

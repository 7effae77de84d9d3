// Targets in a series file: a table of targets a user already has (the national
// targets of 2026), read through the real CLI, each grounded in its row, standing
// beside the targets read from the provinces' reports (amplification).
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, tmpdir, ROOT, compiled } from './helpers.js';
import { readSeriesFile } from '../pipeline/extract/series-file.js';
import { YoyError } from '../pipeline/core/errors.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const TARGETS = fs.readFileSync(path.join(FIXTURES, 'statistics', 'china-2026-targets.csv'), 'utf8');
const csv = (dir: string, file: string) =>
  parse(fs.readFileSync(path.join(dir, file)), { bom: true, columns: true }) as Array<Record<string, string>>;
const SERIES = {
  id: 'china-2026-targets',
  kind: 'series',
  format: 'csv',
  path: 'china-2026-targets.csv',
  jurisdiction: 'china',
  jurisdiction_name: '中华人民共和国',
  level: 'national',
};

function run(reports: object[], withProvinces = false): string {
  const dir = tmpdir('yoy-targets-');
  fs.writeFileSync(path.join(dir, 'china-2026-targets.csv'), TARGETS);
  if (withProvinces) {
    fs.mkdirSync(path.join(dir, 'provinces-2026'));
    for (const f of fs.readdirSync(path.join(FIXTURES, 'provinces-2026')).filter((f) => f.endsWith('.csv')))
      fs.copyFileSync(path.join(FIXTURES, 'provinces-2026', f), path.join(dir, 'provinces-2026', f));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports }));
  const out = path.join(tmpdir(), 'release');
  const r = cli(['--input', dir, '--output', out]);
  expect(r.status, r.stderr).toBe(0);
  return out;
}

describe('targets in a series file', () => {
  it('gives the national 2026 targets with their qualifiers, each grounded in its row', () => {
    const out = run([SERIES]);
    const tva = csv(out, 'targets_vs_actuals.csv');
    const t = (indicator: string) => tva.find((r) => r.indicator === indicator && r.year === '2026')!;
    expect(t('gdp')).toMatchObject({ target_qualifier: 'range', target_low: '4.5', target_high: '5' });
    expect(t('surveyed_unemployment_rate')).toMatchObject({ target_qualifier: 'about', target_low: '5.5' });
    expect(t('new_jobs')).toMatchObject({ target_qualifier: 'at_least', target_low: '1200', unit: '万人' });
    expect(t('cpi')).toMatchObject({ target_qualifier: 'about', target_low: '2' });
    expect(t('disposable_income')).toMatchObject({ target_qualifier: 'in_step_with', target_ref: 'gdp' });
    expect(t('grain_output')).toMatchObject({ target_qualifier: 'about', target_low: '70000', unit: '万吨' });
    expect(t('co2_intensity')).toMatchObject({ target_qualifier: 'about', target_low: '-3.8', measure: 'growth' });
    expect(t('deficit_ratio')).toMatchObject({ target_qualifier: 'about', target_low: '4', measure: 'rate' });
    // the year is not over at the input's date: every target waits for its outcome
    expect(new Set(tva.map((r) => r.status))).toEqual(new Set(['pending']));
    const obs = csv(out, 'observations.csv');
    expect(obs.length).toBe(TARGETS.trim().split('\n').length - 1);
    for (const o of obs) {
      expect(o).toMatchObject({ kind: 'target', report_id: 'china-2026-targets', period: '2026' });
      expect(TARGETS.slice(Number(o.start), Number(o.end))).toBe(o.text);
      expect(o.text.startsWith(`china,${o.indicator},2026,`)).toBe(true);
    }
  });

  it('stands beside the targets of the provinces’ own reports: amplification against the national target', () => {
    const out = run(
      [
        SERIES,
        {
          format: 'csv',
          path: 'provinces-2026/*.csv',
          fields: { text: 'full_text', year: 'year', url: 'source_url', jurisdiction_name: 'province' },
          level: 'province',
          parent: 'china',
        },
      ],
      true,
    );
    const amp = csv(out, 'amplification.csv');
    const gdp = (j: string) => amp.find((r) => r.jurisdiction === j && r.indicator === 'gdp' && r.year === '2026');
    // 北京 5%左右 against the nation's 4.5%-5%: a quarter of a point above its midpoint
    expect(gdp('beijing')).toMatchObject({ parent: 'china', parent_target_low: '4.5', parent_target_high: '5' });
    expect(Number(gdp('beijing')!.amplification)).toBeCloseTo(0.25, 10);
    // 黑龙江 sets its CO2 target in the nation's words: 单位地区生产总值二氧化碳排放降低3.8%左右
    const co2 = amp.find((r) => r.jurisdiction === 'heilongjiang' && r.indicator === 'co2_intensity')!;
    expect(co2).toMatchObject({ target_low: '-3.8', parent_target_low: '-3.8', amplification: '0' });
    expect(amp.filter((r) => r.indicator === 'gdp').length).toBeGreaterThanOrEqual(15);
  });

  const read = (source: string) =>
    readSeriesFile({ id: 'targets', jurisdiction: 'china', source, display: 'targets.csv' }, compiled.byId);
  const lines = TARGETS.split('\n');
  const bad: Array<[string, string, RegExp]> = [
    ['an unknown qualifier', lines[1].replace(',range,', ',roughly,'), /column qualifier: "roughly" is not one of/],
    ['a range without its low end', lines[1].replace(',4.5,5,', ',,5,'), /column low: "" is not a number/],
    [
      'a target in step with nothing',
      lines[5].replace(',%,gdp,', ',%,,'),
      /column target_ref: .*names it in target_ref/,
    ],
    [
      'a kind that is neither',
      lines[2].replace(',target,', ',forecast,'),
      /column kind: "forecast" is not one of actual, target/,
    ],
    [
      'an actual with a qualifier',
      lines[2].replace(',target,', ',actual,'),
      /column qualifier: "about" qualifies a target/,
    ],
  ];
  it.each(bad)('refuses %s, naming the line and the column', (_, row, message) => {
    let err: unknown;
    try {
      read([lines[0], row].join('\n'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(YoyError);
    expect(`${(err as YoyError).location}: ${(err as YoyError).message}`).toMatch(message);
  });
});

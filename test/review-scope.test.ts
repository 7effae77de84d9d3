// The time scope of review paragraphs in the 2026 provincial reports, which review both
// 2025 and the whole 14th five-year plan: a five-year figure must not be read as 2025's
// (山东 碳排放强度下降20.5%), and 2025's own figures must not be set aside because their
// paragraph names the plan's last year (黑龙江 2025年是“十四五”收官之年。…地区生产总值增长4.2%).
// On the real texts of test/fixtures/provinces-2026.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, compiled, tmpdir, ROOT } from './helpers.js';
import { extractReport } from '../pipeline/extract/index.js';
import { buildContext, openingScope } from '../pipeline/extract/context.js';
import { readRelease } from '../pipeline/release/read.js';
import type { Observation } from '../pipeline/core/model.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'provinces-2026');
const FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));

/** The full_text and province of one fixture file (2026_山东省_政府工作报告.csv). */
function report(province: string): { text: string; name: string } {
  const file = FILES.find((f) => f.includes(province));
  if (!file) throw new Error(`no fixture for ${province}`);
  const [row] = parse(fs.readFileSync(path.join(FIXTURES, file)), { bom: true, columns: true }) as Array<
    Record<string, string>
  >;
  return { text: row.full_text, name: row.province };
}

function read(province: string) {
  const { text, name } = report(province);
  return extractReport(
    { id: 'x-2026', jurisdiction: 'x', jurisdiction_name: name, report_year: 2026, source: text },
    compiled,
    { explain: true },
  );
}
/** "indicator measure value" of each 2025 outcome. */
const outcomes2025 = (obs: Observation[]) =>
  obs
    .filter((o) => o.kind === 'actual' && o.period === 2025)
    .map((o) => `${o.indicator} ${o.measure} ${o.value}${o.measure === 'level' ? o.unit : ''}`);

/** The first paragraph of the text that starts with `start`. */
function paragraphStarting(text: string, start: string): string {
  const p = text.split('\n').find((line) => line.trim().startsWith(start));
  if (!p) throw new Error(`no paragraph starts with ${start}`);
  return p.trim();
}

describe('how a review paragraph opens (the real openings)', () => {
  it('turns to five years after a salutation and a sentence on the plan’s last year', () => {
    const shandong = report('山东').text;
    expect(openingScope(paragraphStarting(shandong, '各位代表！2025年是“十四五”收官之年。五年来'))).toBe('several');
    const xizang = report('西藏').text;
    expect(openingScope(paragraphStarting(xizang, '各位代表！2025年主要目标的完成，标志着“十四五”圆满收官'))).toBe(
      'several',
    );
    const jiangsu = report('江苏').text;
    expect(openingScope(paragraphStarting(jiangsu, '“十四五”时期是江苏发展历程中极不平凡的五年'))).toBe('several');
  });

  it('stays with one year where the plan’s last year is named and no word of several years follows', () => {
    const heilongjiang = report('黑龙江').text;
    expect(openingScope(paragraphStarting(heilongjiang, '2025年是“十四五”收官之年。'))).toBe('one');
    const hubei = report('湖北').text;
    expect(openingScope(paragraphStarting(hubei, '刚刚过去的2025年，是“十四五”收官之年。一年来'))).toBe('one');
    const shandong = report('山东').text;
    expect(openingScope(paragraphStarting(shandong, '2025年是很不平凡的一年。'))).toBe('one');
  });

  it('carries a five-year lead into the —— bullets after it, until a paragraph returns to one year', () => {
    const { text } = report('湖北');
    const paras = buildContext(text).paragraphs.map((p) => ({ p, body: text.slice(p.from, p.to).trim() }));
    const bullet = paras.find(({ body }) => body.startsWith('——经济实力实现整体跃升'))!;
    expect(bullet.p.multiYear).toBe(true);
    const back = paras.find(({ body }) => body.startsWith('刚刚过去的2025年'))!;
    expect(back.p.multiYear).toBe(false);
    // and the bullets after the one-year paragraph are the year's again
    const after = paras.find(({ body }) => body.startsWith('——扎实抓好稳增长'))!;
    expect(after.p.multiYear).toBe(false);
  });
});

describe('2025 outcomes in reports that review the five-year plan too', () => {
  it('does not read the five-year figures of the bullets after 五年来 as 2025’s (山东)', () => {
    const x = read('山东');
    const got = outcomes2025(x.observations);
    expect(got).not.toContain('co2_intensity growth -20.5');
    expect(got).not.toContain('disposable_income growth 34.3');
    // set aside, and said why
    const why = x.dropped!.filter((d) => /碳排放强度下降20.5%|居民人均可支配收入增长34.3%/.test(d.text));
    expect(why.map((d) => d.reason)).toEqual(['in a passage about several years', 'in a passage about several years']);
    // the review of 2025 before it keeps its figures
    expect(got).toEqual(expect.arrayContaining(['gdp growth 5.5', 'new_jobs level 124.9万人', 'trade growth 4.5']));
  });

  it('does not read 城镇新增就业超690万人 under “十四五”时期是…的五年 as 2025’s (江苏)', () => {
    const got = outcomes2025(read('江苏').observations);
    expect(got).not.toContain('new_jobs level 690万人');
    expect(got).toContain('new_jobs level 141万人');
  });

  it('keeps the figures of a paragraph that opens 2025年是“十四五”收官之年 (黑龙江)', () => {
    const got = outcomes2025(read('黑龙江').observations);
    expect(got).toEqual(
      expect.arrayContaining([
        'gdp growth 4.2',
        'grain_output level 1640.06亿斤',
        'new_jobs level 35.8万人',
        'local_fiscal_revenue growth 5.7',
        'disposable_income growth 5.1',
      ]),
    );
  });

  it('keeps them after 刚刚过去的一年，是“十四五”收官之年 too (陕西, with ％)', () => {
    const got = outcomes2025(read('陕西').observations);
    expect(got).toEqual(
      expect.arrayContaining([
        'gdp growth 5.1',
        'new_jobs level 44.1万人',
        'grain_output level 1347万吨',
        'disposable_income growth 5.6',
      ]),
    );
  });

  it('reads the year’s figures in a part headed 2025年主要工作和“十四五”发展成就 (浙江)', () => {
    const got = outcomes2025(read('浙江').observations);
    expect(got).toEqual(
      expect.arrayContaining(['gdp growth 5.5', 'new_jobs level 115.8万人', 'retail_sales growth 4']),
    );
  });

  it('reads a growth after a figureless 、 clause: 达到5.53万亿元、稳居全国前十强、增长4.8% (湖南)', () => {
    const got = outcomes2025(read('湖南').observations);
    expect(got).toEqual(expect.arrayContaining(['gdp level 5.53万亿元', 'gdp growth 4.8']));
  });
});

describe('the 20 provincial reports end to end', () => {
  it('reads no 2025 outcome from a sentence about several years', () => {
    const dir = tmpdir('yoy-scope-');
    fs.mkdirSync(path.join(dir, 'provinces-2026'));
    for (const f of FILES) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, 'provinces-2026', f));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        reports: [
          {
            format: 'csv',
            path: 'provinces-2026/*.csv',
            fields: {
              text: 'full_text',
              year: 'year',
              title: 'title',
              url: 'source_url',
              jurisdiction_name: 'province',
            },
            level: 'province',
            parent: 'china',
          },
        ],
        jurisdictions: [{ jurisdiction: 'china', jurisdiction_name: '中华人民共和国', level: 'national' }],
      }),
    );
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', dir, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    const outcomes = readRelease(out).observations.filter((o) => o.kind === 'actual' && o.period === 2025);
    expect(outcomes.length).toBeGreaterThan(140);
    // the sentence up to the figure (单位生产总值能耗累计降幅… after 地区生产总值增长5.1％ is another clause's)
    const upTo = (o: Observation) => o.sentence.slice(0, o.sentence.indexOf(o.text) + o.text.length);
    const several = outcomes.filter((o) => /年均|累计|五年|“十四五”时期/.test(upTo(o)));
    expect(several.map((o) => `${o.report_id} ${o.text}`)).toEqual([]);
    // every province with a review of 2025 gives its GDP growth or level for 2025
    const withGdp = new Set(outcomes.filter((o) => o.indicator === 'gdp').map((o) => o.jurisdiction));
    for (const j of ['heilongjiang', 'shaanxi', 'hunan', 'jilin', 'shandong', 'zhejiang']) expect(withGdp).toContain(j);
  });
});

describe('a target in the same reports', () => {
  it('reads 地区生产总值按增长5%安排 as the GDP target (江苏)', () => {
    const gdp = read('江苏').observations.filter((o) => o.kind === 'target' && o.indicator === 'gdp');
    expect(gdp).toEqual([
      expect.objectContaining({
        period: 2026,
        measure: 'growth',
        value: 5,
        qualifier: 'exact',
        text: '地区生产总值按增长5%',
      }),
    ]);
  });
});

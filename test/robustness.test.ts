// Extraction on random and adversarial text: it never throws, never leaves the
// text's bounds, and never slows down catastrophically.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extract, seed } from './helpers.js';
import { WORD_QUALIFIERS } from '../pipeline/core/model.js';

const words = [
  '地区生产总值',
  '增长',
  '下降',
  '分别',
  '和',
  '、',
  '%',
  '亿元',
  '万人',
  '以上',
  '左右',
  '控制在',
  '预期目标为',
  '：',
  '，',
  '。',
  '\n',
  '2014年',
  '去年',
  '今年',
  '７.５％',
  '\u200b',
  '\u00a0',
  '(',
  ')',
  '－',
  '一、2015年工作回顾\n',
  '城镇登记失业率',
  '6.5%－7%',
];
const chunk = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.integer({ min: 0, max: 99999 }).map(String),
);
const text = fc.array(chunk, { maxLength: 80 }).map((a) => a.join(''));

function wellFormed(source: string) {
  for (const o of extract(source, 2015)) {
    expect(o.start).toBeGreaterThanOrEqual(0);
    expect(o.end).toBeLessThanOrEqual(source.length);
    expect(o.start).toBeLessThan(o.end);
    expect(source.slice(o.start, o.end)).toBe(o.text);
    // a target in words (the seed's quotas) has no value
    if (WORD_QUALIFIERS.has(o.qualifier)) expect(o.value).toBeNull();
    else expect(Number.isFinite(o.value)).toBe(true);
  }
}

describe('random text', () => {
  it('report-like random text: no throw, spans within the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        wellFormed(s);
      }),
      { numRuns: 400 },
    );
  });
  it('arbitrary Unicode: no throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        wellFormed(s);
      }),
      { numRuns: 300 },
    );
  });
  it('real report text with random insertions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seed.length }), fc.constantFrom(...words), (at, w) => {
        wellFormed(seed.slice(0, at) + w + seed.slice(at));
      }),
      { numRuns: 60 },
    );
  });
});

describe('adversarial text stays linear', () => {
  const cases: Array<[string, string]> = [
    ['a one-megabyte digit run', '地区生产总值' + '9'.repeat(1_000_000)],
    ['增长 repeated', '地区生产总值' + '增长'.repeat(300_000)],
    ['nested brackets', '地区生产总值' + '('.repeat(200_000) + '7.5%' + ')'.repeat(200_000)],
    ['names and joiners', '地区生产总值和服务业增加值、'.repeat(40_000) + '分别增长7%'],
    ['figures joined without end', '地区生产总值' + '7.5%和'.repeat(100_000)],
    ['a one-megabyte line of the seed', seed.replace(/\n/g, '').repeat(30).slice(0, 1_000_000)],
  ];
  for (const [name, s] of cases) {
    it(name, () => {
      const t0 = performance.now();
      wellFormed(s);
      // generous: the guard catches catastrophic backtracking (minutes), not a slow machine
      expect(performance.now() - t0).toBeLessThan(20_000);
    });
  }
});

// The project's own accuracy test: the default input's extraction (the shared
// release, built by the CLI) scored against the hand-labelled gold
// (test/fixtures/gold, copied from ../shared/gold).
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readRelease } from '../pipeline/release/read.js';
import { loadGold, score, overall } from '../pipeline/cli/score.js';
import { ROOT, RELEASE } from './helpers.js';

const release = readRelease(RELEASE);
const golds = loadGold(path.join(ROOT, 'test', 'fixtures', 'gold'));
const scores = score(release.observations, golds);

describe('extraction against the gold files', () => {
  it('covers all sixteen gold reports: national, Shangcheng, and the provincial and city target paragraphs', () => {
    expect(scores.map((s) => s.report_id).sort()).toEqual([
      'beijing-2022',
      'changzhou-2015',
      'chaozhou-2015',
      'china-2014',
      'china-2015',
      'china-2016',
      'china-2017',
      'fujian-2022',
      'hubei-2025',
      'jiangsu-2023',
      'jinan-2025',
      'shandong-2016',
      'shangcheng-2015',
      'shangcheng-2016',
      'sichuan-2024',
      'yunnan-2019',
    ]);
  });
  for (const s of scores) {
    it(`${s.report_id}: recall 100%, precision at least 98%, no qualifier misses, no forbidden hits`, () => {
      expect(s.misses).toEqual([]);
      expect(s.recall).toBe(1);
      expect(s.precision, s.wrongRows.join('\n')).toBeGreaterThanOrEqual(0.98);
      expect(s.qualifierMisses).toEqual([]);
      expect(s.forbidden).toEqual([]);
      // the targets set in words (in_step_with with its reference, quota, declined): every one found, none wrong
      expect(s.words.misses).toEqual([]);
      expect(s.words.wrongRows).toEqual([]);
    });
  }
  it('overall', () => {
    const o = overall(scores);
    expect(o.recall).toBe(1);
    expect(o.precision).toBeGreaterThanOrEqual(0.98);
  });
});

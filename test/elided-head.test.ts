// A second noun that leaves out the head it shares with the first (parsers/elided-head.ts):
// 粮食播种面积…、总产量853.2亿斤 is grain output, on real sentences of a 2025 provincial
// report in the default input; and a bare tail with no head before it is not read.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { INPUT, extract, sentenceWith } from './helpers.js';
import { docxText } from '../pipeline/load/docx.js';

const jilin = (() => {
  const file = path.join(INPUT, 'provinces-2025', '2025年吉林省政府工作报告.docx');
  return docxText(fs.readFileSync(file), file);
})();

describe('a head left out of the second item of a list', () => {
  it('粮食播种面积…、总产量…: the output is the grain’s, with its own figure and span', () => {
    const sentence = sentenceWith(jilin, '总产量达到853.2亿斤');
    const grain = extract(sentence, 2025).filter((o) => o.indicator === 'grain_output');
    expect(grain.map((o) => [o.kind, o.period, o.value, o.unit, o.text])).toEqual([
      ['actual', 2024, 853.2, '亿斤', '总产量达到853.2亿斤'],
    ]);
  });

  it('a tail with no head in its clause, or with a head and no figure, is not read', () => {
    const sentence = sentenceWith(jilin, '总产量达到853.2亿斤');
    const at = sentence.indexOf('总产量');
    // the same tail after a clause that does not open with the grain
    const headless = `全省工业增加值增长6%、${sentence.slice(at)}`;
    expect(extract(headless, 2025).filter((o) => o.indicator === 'grain_output')).toEqual([]);
  });
});

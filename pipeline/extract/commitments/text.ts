// The text the commitments reader reads, one step on from normalize(): what a
// repost inserts into words is taken out, so that 新改擴(kuò)建 reads as 新改扩建
// and an object is compared whole. Pinyin debris of a conversion (發(fā)展), HTML
// residue (?/p>, ?/span>), page furniture inside a line and the marks a post puts
// round a figure (「6038亿元」) are taken out; every unit kept points into the
// normalised text, so spans map back to the source.
import { normalize, sourceSpan, type NormalText } from '../normalize.js';
import type { Segment } from '../../core/model.js';

const table = (chars: string) => {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
/** What ends a clause: , ， ; ； 。, a line end, and a table's cell border (| in a table copied as text). */
export const CLAUSE_END = table(',，;；。\n|】');
/** The same, and a colon (a clause that introduces what follows). */
export const CLAUSE_OR_COLON = table(',，;；。\n:：|】');
/** Every boundary of a clause or a sentence. */
export const BOUNDARY_CHARS = table(',，。；;:：\n!?！？|】');

export interface ReadText {
  norm: NormalText;
  /** the text the rules read */
  text: string;
  /** toNorm[i]: the normalised unit that unit i stands for; toNorm[text.length] is the normalised length; null where each unit stands for itself */
  toNorm: Int32Array | null;
}

/** (xiàn), (fā): a syllable in Latin letters with a tone mark, in brackets. */
const PINYIN = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)/g;
/** ?/p>, </span>, ?/div>: the end of a tag that a conversion left in the text. */
const TAG_RESIDUE = /\??<?\/(?:p|span|div|br|a|td|tr|li|strong|b|font)>/g;

/**
 * #植树造林#, #2026内蒙古成绩单#: a post's hashtag, a label of the post and no word of its sentence (left in, it is the
 * thing of the figure before it). Not a number sign after a figure (1#楼, 3#主变4#).
 */
const HASHTAG = /(?<![\dA-Za-z#])#(?=[^#\n]*[\u4e00-\u9fff][^#\n]*[\u4e00-\u9fff])[^#\s，。,、；;]{2,30}#/g;

export function readText(
  source: string,
  segments?: Segment[],
  normalised?: NormalText,
  /** more units to take out of the normalised text (the marks round a figure: quantities.ts) */
  more?: (text: string) => number[],
): ReadText {
  const norm = normalised ?? normalize(source, segments);
  const src = norm.text;
  const out: number[] = more?.(src) ?? [];
  for (const re of [PINYIN, TAG_RESIDUE, HASHTAG])
    for (const m of src.matchAll(re)) for (let i = 0; i < m[0].length; i++) out.push(m.index! + i);
  // nothing taken out: every unit stands for itself, and no map is made
  if (!out.length) return { norm, text: src, toNorm: null };
  out.sort((a, b) => a - b);
  const parts: string[] = [];
  // filled in place: a number pushed per character cost more than the rest of the reading
  const toNorm = new Int32Array(src.length + 1);
  let n = 0;
  let last = 0;
  for (const i of out) {
    if (i < last) continue;
    parts.push(src.slice(last, i));
    for (let k = last; k < i; k++) toNorm[n++] = k;
    last = i + 1;
  }
  parts.push(src.slice(last));
  for (let k = last; k < src.length; k++) toNorm[n++] = k;
  toNorm[n++] = src.length;
  return { norm, text: parts.join(''), toNorm: toNorm.subarray(0, n) };
}

/** A span of the read text as offsets of the source. */
export function toSource(t: ReadText, from: number, to: number): { start: number; end: number } {
  const map = t.toNorm;
  const a = map ? map[from] : from;
  const b = to > from ? (map ? map[to - 1] : to - 1) + 1 : a;
  return sourceSpan(t.norm, a, Math.max(b, a + 1));
}

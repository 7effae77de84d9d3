// The text a communiqué's rules read, one step on from normalize(): footnote
// markers taken out (国内生产总值[2]1349084亿元, 比上年增长[41]3.1%) and a few
// idioms of the statistics bureaus written in the words the figure reader knows
// (增产1.6% reads as 增长1.6%, 比上年末增长 as 比上年增长). Every unit keeps a
// pointer into the normalised text, so spans still map back to the source.
import { lexicon, perLexicon } from '../../lexicon/index.js';
import type { NormalText } from '../normalize.js';

export interface WorkingText {
  text: string;
  /** toNorm[i]: the normalised unit that working unit i stands for; toNorm[text.length] is the normalised length */
  toNorm: Int32Array;
}

/** Taken out: footnote markers of the bureau's text ([2], [41]) and circled numbers (①). */
const FOOTNOTE = /\[\d{1,3}\]|[\u2460-\u2473]/g;

/**
 * Same-length rewrites: the meaning is the one the reader already has a word for.
 * 比上年末 compares with the end of the year before, which for a year-end stock is the year-over-year change.
 */
const MINUS: [RegExp, string] = [/\u2212/g, '-'];

/** The rewrite of 比2023年 as 比上年 for a communiqué of 2024, made once per year and lexicon. */
const yearBefore = perLexicon(() => new Map<number, [RegExp, string]>());
function yearBeforeOf(coversYear: number): [RegExp, string] {
  const kept = yearBefore().get(coversYear);
  if (kept) return kept;
  const { communique, sections } = lexicon();
  const compared = `${coversYear - 1}${sections.yearSuffix}`;
  const rewrite: [RegExp, string] = [
    new RegExp(`([${communique.compareClass}])${compared}`, 'g'),
    `$1${communique.yearBeforeWord}${' '.repeat(Math.max(0, compared.length - communique.yearBeforeWord.length))}`,
  ];
  yearBefore().set(coversYear, rewrite);
  return rewrite;
}

export function workingText(norm: NormalText, coversYear: number): WorkingText {
  const src = norm.text;
  // units taken out, in order
  const out: number[] = [];
  for (const m of src.matchAll(FOOTNOTE)) for (let i = 0; i < m[0].length; i++) out.push(m.index! + i);
  const parts: string[] = [];
  // filled in place: a number pushed per unit, then copied, cost more than the rest of the step
  const map = new Int32Array(src.length + 1);
  let n = 0;
  let last = 0;
  const keep = (from: number, to: number) => {
    parts.push(src.slice(from, to));
    for (let i = from; i < to; i++) map[n++] = i;
  };
  for (const i of out) {
    keep(last, i);
    last = i + 1;
  }
  keep(last, src.length);
  map[n++] = src.length;
  let text = parts.join('');
  // 比2023年 in the communiqué of 2024 is 比上年; a year further back stays, and is not read
  const { communique } = lexicon();
  for (const [re, to] of [...communique.rewrites, MINUS, yearBeforeOf(coversYear)]) {
    text = text.replace(re, (...args) => {
      const out = to.replace(/\$1/g, String(args[1]));
      return out.length === args[0].length ? out : args[0];
    });
  }
  return { text, toNorm: map.subarray(0, n) };
}

/** A span of the working text as a span of the normalised text. */
export function toNormSpan(w: WorkingText, from: number, to: number): { from: number; to: number } {
  return { from: w.toNorm[from], to: to > from ? w.toNorm[to - 1] + 1 : w.toNorm[from] };
}

export interface Title {
  /** the jurisdiction named in the title (中华人民共和国, 杭州市), when it is found */
  name?: string;
  year?: number;
  national: boolean;
}

/**
 * The words every title ends with, where the lexicon's pattern says so plainly (no alternative
 * anywhere in it, and a run of Chinese characters at its end, each standing for itself): a text
 * without them has no title. The pattern opens with optional words before a year, so searching
 * a text that has none tried it at every character (about 3% of a progress notice's reading).
 */
const titleEnd = perLexicon(({ communique }) => {
  const source = communique.title.source;
  if (source.includes('|')) return undefined;
  const end = /[\u4e00-\u9fff]+$/.exec(source);
  return end ? end[0] : undefined;
});

/** The communiqué's own title: 中华人民共和国2024年国民经济和社会发展统计公报, 2024年杭州市国民经济和社会发展统计公报. */
export function readTitle(text: string): Title {
  const end = titleEnd();
  if (end !== undefined && !text.includes(end)) return { year: undefined, national: false };
  // a news dateline stuck to the title (新华社北京2月28日电中华人民共和国…) is not part of the name
  const { title: TITLE, dateline: DATELINE, placeSuffix: PLACE_SUFFIX } = lexicon().communique;
  const NATIONAL_NAMES = lexicon().data.jurisdiction.nation_names;
  let year: number | undefined;
  // a news item may name the communiqué without its jurisdiction before its title does
  for (const m of text.matchAll(TITLE)) {
    year ??= Number(m[2]);
    for (const run of [m[3], m[1]]) {
      if (!run) continue;
      const name = run.replace(DATELINE, '');
      const national = [...NATIONAL_NAMES].find((n) => name.endsWith(n));
      if (national) return { name: national, year: Number(m[2]), national: true };
      // words before the name (国家统计局发布) are not part of it: only a run that ends as a place does
      if (PLACE_SUFFIX.test(name) && name.length <= 12) return { name, year: Number(m[2]), national: false };
    }
  }
  return { year, national: false };
}

/** The ways a text names its own jurisdiction: 杭州市 and 杭州. */
export function ownNames(...names: Array<string | undefined>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (!n || n.length < 2) continue;
    out.add(n);
    const short = n.replace(lexicon().communique.placeSuffix, '');
    if (short.length >= 2 && short !== n) out.add(short);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

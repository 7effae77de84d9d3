// Normalisation with an offset map. Extraction reads the normalised text; every
// span it finds is mapped back to the decoded source, so that
// source.slice(start, end) === text holds for every observation.
import { median } from 'simple-statistics';
import { escapeClass, HAN_CLASS, isHan, perLexicon } from '../lexicon/index.js';
import { lazy } from '../core/lazy.js';
import { pageFurniture } from './page-furniture.js';
import { NO_TABLES, tablesAsLines } from './tables-as-lines.js';
import { endsInItemMarker, endsParagraph, FIELD_OPENING, fieldOfRecord, opensParagraph } from './paragraph-opening.js';
import type { Segment } from '../core/model.js';
import { jsonRecordMarks } from './json-records.js';

export interface NormalText {
  /** normalised, simplified text that the rules read */
  text: string;
  /** where each normalised UTF-16 unit came from in the source */
  map: OffsetMap;
}

/**
 * The offset map, kept sparse: most characters map one to one, so only the start
 * of each run of such characters is stored, and the few units that stand for more
 * than one source character (an HTML entity) or none (a paragraph break between
 * HTML blocks) are stored apart. Memory is a few numbers per paragraph, not per character.
 */
export class OffsetMap {
  constructor(
    private runNorm: Int32Array,
    private runSrc: Int32Array,
    private wide: Map<number, [number, number]>,
  ) {}

  private run(i: number): number {
    let lo = 0,
      hi = this.runNorm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runNorm[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset where normalised unit i starts. */
  start(i: number): number {
    // most texts have no wide unit: no lookup then (every span of every reader comes here)
    const w = this.wide.size ? this.wide.get(i) : undefined;
    if (w) return w[0];
    const r = this.run(i);
    return this.runSrc[r] + (i - this.runNorm[r]);
  }

  /** Source offset where normalised unit i ends. */
  end(i: number): number {
    const w = this.wide.size ? this.wide.get(i) : undefined;
    return w ? w[1] : this.start(i) + 1;
  }
}

/** A visible stretch of the source (all of it for plain text; text nodes for HTML). */

// entities' tables load on the first entity met (HTML input, or a text that kept some)
const entitiesLib = lazy<typeof import('entities')>('entities');
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;

/** What one source character becomes: a code unit, SPACE, NEWLINE or DROP. */
const DROP = -1;
const SPACE = -2;
const NEWLINE = -3;
/** A middle dot, decided where it is written: a decimal point between digits (Writer.middleDot). */
const MIDDLE = -4;
const MIDDLE_DOT = 0xb7;
/** A table's cell border. */
const BAR = 0x7c;

/** 「」『』 as the curly quotes “”‘’ that the readers know. */
const CORNER_QUOTES = new Map([
  [0x300c, 0x201c],
  [0x300d, 0x201d],
  [0x300e, 0x2018],
  [0x300f, 0x2019],
]);

function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width forms to ASCII
  if (c === MIDDLE_DOT) return MIDDLE;
  // the other forms of a dash, a minus and a quote, one unit for one: 5%–5.5% is a range as 5%—5.5% is,
  // −0.99‰ a negative figure, and 「3个100」 a quoted name as “3个100” is (HK and TW texts set corner brackets)
  if (c === 0x2013 || c === 0x2015) return 0x2014;
  if (c === 0x2212) return 0x2d;
  const quote = CORNER_QUOTES.get(c);
  if (quote !== undefined) return quote;
  if (c === 0x0a) return NEWLINE;
  if (c === 0x0d) return DROP;
  if (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f
  )
    return SPACE;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return DROP; // zero-width
  return c;
}

/** fold() for every UTF-16 unit, looked up rather than computed in the hot loop. */
const FOLD = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = fold(c);
  return t;
})();

/** “ ‘ " ' 「 『: a number right after one opens a quoted name, not a figure. */
const OPENING_QUOTES = new Set([0x201c, 0x2018, 0x22, 0x27, 0x300c, 0x300e]);
/** ( - + − — – ~ 、 , ]: what stands right before a figure inside a sentence, in folded form. */
const BEFORE_FIGURE = new Set([0x28, 0x2d, 0x2b, 0x2212, 0x2014, 0x2013, 0x7e, 0x3001, 0x2c, 0x5d]);
const isDigitish = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2e;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// a Chinese character, or % and ‰, which are set like one
const isCjk = (c: number) => isHan(c) || c === 0x25 || c === 0x2030;

/**
 * Normalisation in one pass over typed arrays (it is the hot path of extraction).
 * Whitespace between Chinese characters and digits carries no meaning but breaks
 * numbers apart ("74.4\n\u200b\n万亿元"): a run of spaces is dropped; a run with a
 * line break stays one '\n' (a paragraph boundary) unless it splits a number from
 * its unit; one space stays between Latin words or two numbers, except inside a
 * number set out a digit at a time (1 9 9 7 年).
 */
class Writer {
  units: Uint16Array;
  runNorm: number[] = [];
  runSrc: number[] = [];
  wide = new Map<number, [number, number]>();
  /** source offset just after the last unit written one to one (-1: none) */
  lastEnd = -1;
  n = 0;
  // a pending run of whitespace
  wsFrom = -1;
  wsNewlineFrom = -1;
  wsNewlineTo = -1;
  wsSpaceTo = -1;
  /** where the unit after the last space taken out of a spaced-out number was written (-1: none) */
  spacedAt = -1;
  /** the end of the pending run of whitespace */
  wsTo = -1;
  /** line breaks kept whatever stands round them (a table's rows), in order, and the next one to look at */
  private keep: number[] = [];
  private keepAt = 0;
  constructor(capacity: number, keep: number[] = []) {
    this.units = new Uint16Array(capacity);
    this.keep = keep;
  }
  /** Whether the pending run of whitespace holds a line break that is kept. */
  private keepsNewline(): boolean {
    while (this.keepAt < this.keep.length && this.keep[this.keepAt] < this.wsFrom) this.keepAt++;
    return this.keepAt < this.keep.length && this.keep[this.keepAt] < this.wsTo;
  }
  grow() {
    const u = new Uint16Array(this.units.length * 2 + 16);
    u.set(this.units);
    this.units = u;
  }
  raw(c: number, from: number, to: number) {
    if (this.n === this.units.length) this.grow();
    this.units[this.n] = c;
    if (to - from !== 1) {
      this.wide.set(this.n, [from, to]);
      this.lastEnd = -1; // the next unit starts a run of its own
    } else {
      if (from !== this.lastEnd) {
        this.runNorm.push(this.n);
        this.runSrc.push(from);
      }
      this.lastEnd = to;
    }
    this.n++;
  }
  whitespace(kind: number, from: number, to: number) {
    if (this.wsFrom < 0) this.wsFrom = from;
    if (kind === NEWLINE && this.wsNewlineFrom < 0) {
      this.wsNewlineFrom = from;
      this.wsNewlineTo = to;
    }
    if (this.wsSpaceTo < 0) this.wsSpaceTo = to;
    this.wsTo = to;
  }
  /** Decide what a pending run of whitespace becomes, now that the next character is known (-1 at the end). */
  flush(next: number) {
    if (this.wsFrom < 0) return;
    const prev = this.n ? this.units[this.n - 1] : -1;
    if (this.spacedOut(prev, next)) {
      // 1 9 9 7 年, 7 4 7 7 2 亿元, 8 ．8 ％: one number set out a digit at a time
      this.spacedAt = this.n;
      this.wsFrom = this.wsNewlineFrom = this.wsNewlineTo = this.wsSpaceTo = -1;
      return;
    }
    // (not between two rows of a table: 重大工程投资  亿元  2550  2618\n旧住房成套改造 …)
    const splitsNumber = prev >= 0 && isDigitish(prev) && next >= 0 && isCjk(next) && !this.keepsNewline();
    // a Latin capital written apart from its digit inside Chinese text (广义货币M 2) is one name
    const splitsName =
      prev >= 0x41 && prev <= 0x5a && next >= 0x30 && next <= 0x39 && this.n >= 2 && isCjk(this.units[this.n - 2]);
    if (this.wsNewlineFrom >= 0 && !splitsNumber && !splitsName) {
      this.raw(0x0a, this.wsNewlineFrom, this.wsNewlineTo);
    } else if (
      this.wsNewlineFrom < 0 &&
      prev >= 0 &&
      next >= 0 &&
      !isCjk(prev) &&
      !isCjk(next) &&
      !(isDigitish(prev) && next === 0x25) &&
      !splitsName
    ) {
      this.raw(0x20, this.wsFrom, this.wsSpaceTo);
    }
    this.wsFrom = this.wsNewlineFrom = this.wsNewlineTo = this.wsSpaceTo = -1;
  }
  /**
   * One space between a lone digit and the next digit or point, or continuing such a
   * run: typesetting, not two numbers (2019 2020 keeps its space: its digits are not alone).
   */
  private spacedOut(prev: number, next: number): boolean {
    if (this.wsNewlineFrom >= 0 || this.wsSpaceTo - this.wsFrom !== 1) return false;
    if (!isDigitish(prev) || !isDigitish(next)) return false;
    if (this.spacedAt === this.n - 1 || this.stillSpacedOut()) return true;
    // 807. 62亿元: a stray space after the decimal point of a number that follows a Chinese word (a list's
    // 1. 2025年… keeps it: nothing Chinese stands before its digit)
    if (prev === 0x2e && next !== 0x2e && this.decimalOfNumber()) return true;
    return prev !== 0x2e && (this.n < 2 || !isDigitish(this.units[this.n - 2]));
  }
  /** 1 0 ．0 6 ‰: digits written since the last space taken out of a number continue that number. */
  private stillSpacedOut(): boolean {
    if (this.spacedAt < 0 || this.n - this.spacedAt > 4) return false;
    for (let k = this.spacedAt; k < this.n; k++) if (!isDigitish(this.units[k])) return false;
    return true;
  }
  /**
   * Whether the point just written ends digits that follow a Chinese character, or what
   * stands before a figure inside a sentence: a sign or a range's dash (-0. 99‰, 5%—5. 5%),
   * a list's comma (4.4%、5. 9%), a note's bracket (增长[41]3. 1%) or an opening one ((82. 12公里)).
   */
  private decimalOfNumber(): boolean {
    let k = this.n - 2;
    while (k >= 0 && this.units[k] >= 0x30 && this.units[k] <= 0x39) k--;
    return k < this.n - 2 && k >= 0 && (isCjk(this.units[k]) || BEFORE_FIGURE.has(this.units[k]));
  }
  put(c: number, from: number, to: number) {
    if (c === SPACE || c === NEWLINE) return this.whitespace(c, from, to);
    if (c === DROP) return;
    this.flush(c);
    this.raw(c === MIDDLE ? MIDDLE_DOT : c, from, to);
  }
  /**
   * 增长14·1％: a middle dot between digits is a decimal point (one unit for one, so the
   * offsets hold), unless the digits open a quoted name (“7·20”特大暴雨). `next` is the unit after it.
   */
  middleDot(next: number): number {
    if (this.wsFrom >= 0 || next < 0x30 || next > 0x39) return MIDDLE_DOT;
    let k = this.n - 1;
    while (k >= 0 && this.units[k] >= 0x30 && this.units[k] <= 0x39) k--;
    return k < this.n - 1 && (k < 0 || !OPENING_QUOTES.has(this.units[k])) ? 0x2e : MIDDLE_DOT;
  }
}

// opencc-js carries large dictionaries: load it only when a text is traditional
const opencc = lazy<typeof import('opencc-js')>('opencc-js');
let toSimplified: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  // (once made, the converter is kept: resolving the module again cost a third of each conversion)
  if (toSimplified) return toSimplified;
  const conv = opencc().Converter({ from: 'hk', to: 'cn' });
  toSimplified = conv;
  return conv;
}

/** Characters common in traditional text and absent from simplified text, as a lookup table. */
const traditionalHint = perLexicon(({ data }) => {
  const table = new Uint8Array(0x10000);
  for (const ch of data.markers.traditional_hints) table[ch.charCodeAt(0)] = 1;
  return table;
});

export function looksTraditional(text: string): boolean {
  const n = Math.min(text.length, 5000);
  const TRADITIONAL_HINT = traditionalHint();
  let hits = 0;
  for (let i = 0; i < n; i++) hits += TRADITIONAL_HINT[text.charCodeAt(i)];
  return hits >= 5 || (hits >= 2 && hits / n > 0.002);
}

/** Convert traditional to simplified without moving any character. */
function simplify(text: string): string {
  const conv = converter();
  const whole = conv(text);
  if (whole.length === text.length) return whole;
  // a phrase conversion changed the length: fall back to one character at a time
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = conv(text[i]);
    out += c.length === 1 ? c : text[i];
  }
  return out;
}

/**
 * Conversion debris: a pinyin reading in brackets after a character, left by a
 * traditional-script repost (地區(qū)生產總值, 城鎮(zhèn)). It breaks the names apart
 * and is dropped. Only a bracket of Latin letters with a tone mark, right after a
 * Chinese character, is debris.
 */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** The block every tone mark lies in (U+00E0–U+01DC): a plain range, which a text is searched for six times faster */
const TONE_BLOCK = /[\u00e0-\u01dc]/;
// the letters plain or full-width (ｑū in a text set in full-width forms); a text cut into lines of one
// width may break the bracket (預(y\nù)), set it at the start of a line (預\n(yù)) or put a page number
// inside it (區(\n— 5 —\nqū): debris() reads the text with its page numbers as line breaks)
const PINYIN = 'a-zａ-ｚāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const PINYIN_DEBRIS = new RegExp(`(?<=[${HAN_CLASS}][\r\n]*|\n)[(（][${PINYIN}\r\n]{1,40}[)）]`, 'g');
/** A bracket's letters, at most seven and one at least (line breaks inside it aside). */
const debrisLength = (m: string) => m.replace(/[\r\n]/g, '').length - 2;

/** Where the debris lies: [start, end) pairs in source order (none in a text without a tone mark). */
function debris(source: string, furniture: number[]): number[] {
  if (!TONE_BLOCK.test(source) || !TONE_MARK.test(source)) return [];
  const text = furniture.length ? blanked(source, furniture) : source;
  const out: number[] = [];
  for (const m of text.matchAll(PINYIN_DEBRIS)) {
    const n = debrisLength(m[0]);
    if (n >= 1 && n <= 7 && TONE_MARK.test(m[0])) out.push(m.index!, m.index! + m[0].length);
  }
  return out;
}

/** The text with each of the ranges set as line breaks, one for one (the offsets hold). */
function blanked(source: string, ranges: number[]): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    out += source.slice(from, ranges[k]) + '\n'.repeat(ranges[k + 1] - ranges[k]);
    from = ranges[k + 1];
  }
  return out + source.slice(from);
}

/**
 * A number with thousands separators: 1,349,084亿元, and in older texts 33，212万吨 (the
 * comma full-width, as the clause comma is). Only groups of exactly three digits with
 * no digit after them: 2019，2020年 and 120，5 are not one number.
 */
const GROUPED = /(?<![\d０-９.．,，])[\d０-９]{1,3}(?:[,，][\d０-９]{3})+(?![\d０-９]|[,，][\d０-９])/g;

/** What every grouped number holds: a cheap test first, as GROUPED's look-behind is tried at every position. */
const GROUP = /[\d０-９][,，][\d０-９]{3}/;

/** The separators' places, as [start, end) pairs in source order: dropped, or a reader takes the number for two. */
function separators(source: string): number[] {
  const out: number[] = [];
  if (!GROUP.test(source)) return out;
  for (const m of source.matchAll(GROUPED))
    for (let k = 1; k < m[0].length; k++) {
      const c = m[0].charCodeAt(k);
      if (c === 0x2c || c === 0xff0c) out.push(m.index! + k, m.index! + k + 1);
    }
  return out;
}

/**
 * Pictographs a post sets before its items or among its words (⚙️新增省级智能工厂…32个, 💼职业技能培训…, 🔥): emoji and
 * their joiners and variation selectors, symbols and dingbats. They carry no word, and left in they stand between a
 * verb and the start of its clause. Dropped, but for the list markers every reader knows (▶ ✅ ★, markers.json) and
 * the circled numbers (❶) that number items.
 */
const PICTOGRAPH =
  /[\u{1F000}-\u{1FAFF}\u{23E9}-\u{23FA}\u{2600}-\u{2775}\u{2794}-\u{27BF}\u{2B00}-\u{2BFF}\u{FE0F}\u{200D}\u{20E3}]+/gu;
const markerChars = perLexicon(({ data }) => new Set(data.markers.list_markers));

/**
 * A list marker set after a clause's words, at its line's end or before its comma (新建绿色矿山53座✅, 已完成√): a
 * mark of done, not a marker, that numbers nothing. Left in, it is the word after the figure that a reader takes
 * for what the figure counts. A marker after a cell's border (| ✅) is a cell's whole content and stays.
 */
const closingMarks = perLexicon(
  ({ data }) =>
    new RegExp(
      `[${escapeClass(data.markers.list_markers)}]+(?=[ \\t\\u3000\\u{1F000}-\\u{1FAFF}\\u{FE0F}]*(?:\\r?\\n|$|[，。；,;]))`,
      'gu',
    ),
);
const AFTER_WORDS = new RegExp(`[${HAN_CLASS}\\dA-Za-z%％）)」”]`);

function pictographs(source: string): number[] {
  const out: number[] = [];
  for (const m of source.matchAll(closingMarks()))
    if (m.index! > 0 && AFTER_WORDS.test(source[m.index! - 1])) out.push(m.index!, m.index! + m[0].length);
  if (source.search(PICTOGRAPH) < 0) return out;
  const markers = markerChars();
  const drops: number[] = [];
  for (const m of source.matchAll(PICTOGRAPH)) {
    // a run's list markers stay, the rest of it goes
    let at = m.index!;
    for (const ch of m[0]) {
      if (!markers.has(ch)) drops.push(at, at + ch.length);
      at += ch.length;
    }
  }
  return overlaid(out, drops);
}

/**
 * A gap between two cells of a sheet saved as text: a tab, or two spaces or more (ideographic ones too). Each tab is
 * a gap of its own: two together hold an empty cell between them (a group's name written on its first row only:
 * 2\t\t中小学教师补充\t…), so that the row's cells keep their columns.
 */
const CELL_GAP = /[ \u3000\u00a0]*\t[ \u3000\u00a0]*|[ \u3000\u00a0]{2,}/g;

/**
 * An ideographic space after a figure and its unit, before the next phrase (a caption's 拆违521万平方米　疏解提质…企业83家):
 * the phrases' border, as a line break would be. Taken out as other spaces between words are, it would join the two
 * into one clause.
 */
function phraseGaps(source: string): number[] {
  const out: number[] = [];
  // (by indexOf and a look back, not a regex's look-behind tried at every space of a long text)
  for (let i = source.indexOf(IDEOGRAPHIC_SPACE); i >= 0; i = source.indexOf(IDEOGRAPHIC_SPACE, i + 1)) {
    let end = i;
    while (source[end] === IDEOGRAPHIC_SPACE) end++;
    if (end < source.length && isHan(source.charCodeAt(end)) && afterFigure(source, i)) out.push(i, end);
    i = end - 1;
  }
  return out;
}
const IDEOGRAPHIC_SPACE = '\u3000';
/** The most characters of a unit between a figure's last digit and what follows it (万平方米). */
const UNIT_MAX = 4;

/** Whether a figure's digits, then a unit of a few characters at most, end right before `at`. */
function afterFigure(source: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - 1 - k <= UNIT_MAX; k--) {
    const c = source.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
    if (!isHan(c) && c !== 0x25 && c !== 0xff05) return false;
  }
  return false;
}

/**
 * The gaps between the cells of the lines of a table saved as text (指标名称  单位  年度目标  累计完成, or the same
 * split by tabs): in a line with two such gaps or more between its words, each is a cell's border, written as a bar,
 * as a page's table copied with bars is. Taken out as spaces are, they would join a row's figures into one number
 * (5  5  100.0% as 55100.0%). Returns the borders as [start, end) pairs, and the line break after each such row.
 */
function cellGaps(source: string): { borders: number[]; rowEnds: number[] } {
  const out: number[] = [];
  // the line break after each row, kept though a figure ends the row and a name opens the next line
  const rowEnds: number[] = [];
  if (!source.includes('\t') && !/\S[ \u3000\u00a0]{2,}\S/.test(source)) return { borders: out, rowEnds };
  for (let from = 0; from < source.length;) {
    const nl = source.indexOf('\n', from);
    const to = nl < 0 ? source.length : nl;
    const line = source.slice(from, to).replace(/\r$/, '');
    const gaps: number[] = [];
    // a tab the line opens with, before two gaps more, is the border of an empty first cell (a group's name written
    // on its first row only: 工业\t1\t… / \t2\t…), not indentation; each of several tabs so, one empty cell each
    // (a header's second line under cells of two columns: \t\t数量\t单位\t数量)
    const emptyFirst = /^\t+[ \u3000\u00a0]*(?=\S)/.exec(line);
    const firstBorders: number[] = [];
    const tabs = emptyFirst ? emptyFirst[0].replace(/[ \u3000\u00a0]+$/, '').length : 0;
    // (the last tab's border takes the spaces after it)
    for (let i = 0; i < tabs; i++)
      firstBorders.push(from + i, i < tabs - 1 ? from + i + 1 : from + emptyFirst![0].length);
    for (const m of line.matchAll(CELL_GAP)) {
      const a = m.index!,
        b = a + m[0].length;
      // between two cells' words, not a line's indentation nor what ends it, nor the blank of an empty cell
      // between two bars (年度目标 |  | 完成: one cell, not two)
      if (line[a - 1] === '|' || line[b] === '|') continue;
      if (a > 0 && b < line.length && line.slice(0, a).trim()) gaps.push(from + a, from + b);
    }
    if (gaps.length >= 4) {
      out.push(...firstBorders, ...gaps);
      if (nl >= 0) rowEnds.push(nl);
    }
    from = to + 1;
  }
  return { borders: out, rowEnds };
}

/** Display width of a code unit: CJK and full-width forms take two columns. */
const columns = (c: number) => (c >= 0x2e80 ? 2 : 1);

/**
 * A text set in lines of one width (copied out of a PDF: 全区实现地区生产总值807.62\n亿元)
 * runs on from a full line to the next, and that line break is no paragraph. The width is
 * the display width most lines of some length share (at least five, and two in five of
 * them), or, where a list's short items are most lines, the widest lines' (three at least).
 * The break after a line of that width (a column or three short: a character that does not
 * fit, or may not open a line, goes to the next) is dropped, unless the next line is empty,
 * indented or opens a list item. A text with no such width whose long lines mostly end inside a word is cut
 * where a word would not fit (raggedBreaks). Returns [start, end) pairs of the breaks ("\n" or "\r\n").
 */
function softBreaks(source: string, furniture: number[]): number[] | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let f = 0;
  for (let from = 0; ;) {
    const at = source.indexOf('\n', from);
    let end = at < 0 ? source.length : at;
    if (end > from && source.charCodeAt(end - 1) === 13) end--;
    // a page number's line is no line of the text: the line before it runs on to the line after it
    while (f < furniture.length && furniture[f + 1] <= from) f += 2;
    if (!(f < furniture.length && furniture[f] <= from)) {
      starts.push(from);
      ends.push(end);
    }
    if (at < 0) break;
    from = at + 1;
  }
  // first in characters, which costs nothing: paragraphs a line each are mostly long lines
  let lines = 0;
  let short = 0;
  for (let k = 0; k < starts.length; k++) {
    const n = ends[k] - starts[k];
    if (n >= 15) (lines++, n <= 80 && short++);
  }
  if (lines < 5 || short < 0.6 * lines) return undefined;
  const columnWidths = starts.map((s, k) => {
    let w = 0;
    for (let i = s; i < ends[k]; i++) w += columns(source.charCodeAt(i));
    return w;
  });
  // a text cut every so many characters, whatever their width (a text layer that counts
  // characters, not columns: its lines with figures are narrower), is measured in characters
  const lengths = starts.map((s, k) => ends[k] - s);
  // the width most long lines share; or, where short lines (a list's items) are most, the
  // widest lines' width when at least three lines reach it (a paragraph set before a list):
  // in columns or in characters, whichever more lines agree on
  const stronger = (a?: [number, number], b?: [number, number]) => b !== undefined && (a === undefined || b[1] > a[1]);
  let byColumns = commonest(columnWidths, 30, 0.4);
  let byChars = commonest(lengths, 15, 0.4);
  if (!byColumns && !byChars) {
    byColumns = widest(columnWidths, 40, 3);
    byChars = widest(lengths, 20, 1);
  }
  const inChars = stronger(byColumns, byChars);
  const found = inChars ? byChars : byColumns;
  if (found === undefined) {
    const ragged = raggedBreaks(source, starts, ends);
    return ragged.length ? ragged : undefined;
  }
  const widths = inChars ? lengths : columnWidths;
  const width = found[0];
  // a line a character short of the width in characters, three columns short of it in columns
  const slack = inChars ? 1 : 3;
  // a text cut at a width has few lines past it: where a quarter of its long lines run past the width most share,
  // that width is a kind of line's (a list's headings, 十、技能培训惠民工程（得票数：219票）, above items of any
  // length), not where a text was cut
  if (runPast(widths, width + slack, inChars ? 15 : 30)) {
    const ragged = raggedBreaks(source, starts, ends);
    return ragged.length ? ragged : undefined;
  }
  const out: number[] = [];
  for (let k = 0; k + 1 < widths.length; k++) {
    if (widths[k] < width - slack || widths[k] > width || widths[k + 1] === 0) continue;
    // the rows of a table copied with its bars are lines of one width too, each a row of its own
    if (tableRowBreak(source, starts[k], ends[k], starts[k + 1], ends[k + 1])) continue;
    // 一、 / 二、三产业增加值… (a list of sectors cut after its first marker): a line that ends in a bare marker
    // goes on, whatever opens the next
    if (opensParagraph(source, starts[k + 1]) && !endsInItemMarker(source, starts[k], ends[k])) continue;
    // after a full line that ends in a stop, a short line that ends in none is a heading of its own
    // (名词解释), not the last line of the paragraph (which would end in a stop: 人以上 after 就业70万 does not)
    if (
      widths[k + 1] < width - slack &&
      k + 2 < widths.length &&
      endsParagraph(source, starts[k], ends[k]) &&
      !endsParagraph(source, starts[k + 1], ends[k + 1])
    )
      continue;
    out.push(ends[k], starts[k + 1]);
  }
  // …and, in a text whose long lines mostly end inside a word (raggedBreaks), a long line of any width that ends
  // inside a number (…项目7421\n个, …资金23.\n6亿元) runs on
  const ragged = raggedBreaks(source, starts, ends);
  const numbers: number[] = [];
  for (let i = 0; i < ragged.length; i += 2)
    if (isDigitish(source.charCodeAt(ragged[i] - 1)) && splitNumberGoesOn(source, ragged[i + 1]))
      numbers.push(ragged[i], ragged[i + 1]);
  return numbers.length ? overlaid(out, numbers) : out;
}

/** A line that opens with what goes on from a number cut before it: its digits, or its unit (个, 万亩, %). */
const splitNumberGoesOn = (source: string, from: number) => {
  const c = source.charCodeAt(from);
  return isDigitish(c) || c === 0x25 || (isHan(c) && !opensParagraph(source, from));
};

/** The fewest gaps between cells (bars, or CELL_GAP's tabs and runs of spaces) that make a line a table's row. */
const ROW_GAPS = 2;
const BARS = /\|/g;

/**
 * Whether a line break ends a table's row or opens one (| 1 | 新建… |), or lies between two rows written without
 * outer bars (1 | 疏解提质一般制造业企业 | 80家 | 已疏解提质83家 | 已完成), or with tabs or runs of spaces between their
 * cells (1  打造消费场景  40个  已认定…): each row is a line of its own.
 */
const tableRowBreak = (source: string, from: number, end: number, nextStart: number, nextEnd: number) => {
  const isRow = (a: number, b: number) => {
    const line = source.slice(a, b).trim();
    return (line.match(CELL_GAP)?.length ?? 0) + (line.match(BARS)?.length ?? 0) >= ROW_GAPS;
  };
  return (
    source.charCodeAt(end - 1) === BAR ||
    source.charCodeAt(nextStart) === BAR ||
    (isRow(from, end) && isRow(nextStart, nextEnd)) ||
    sheetRows(source, from, end, nextStart, nextEnd)
  );
};

/**
 * Two lines of a sheet saved as CSV (序号,项目,年度目标,1-11月完成 / 1,引进省级首店,200家以上,236家): as many commas
 * between their cells, two at least, not counting those inside a cell's quotes ("2,187个"), and one of them a row
 * that opens with its number (1,引进…) or a row of empty cells (,,,,,). Prose set in lines of one width, its commas
 * written narrow (a PDF's text layer), has as many commas in two lines often, but opens no line so.
 */
const sheetRows = (source: string, from: number, end: number, nextStart: number, nextEnd: number) => {
  const commas = sheetCommas(source, from, end);
  if (commas < ROW_GAPS || commas !== sheetCommas(source, nextStart, nextEnd)) return false;
  const row = (a: number, b: number) => SHEET_ROW_OPENING.test(source.slice(a, Math.min(b, a + 8)));
  return row(from, end) || row(nextStart, nextEnd);
};

/** What opens a sheet's row: its number and the comma after it (1,引进…), or an empty first cell and a second (,,). */
const SHEET_ROW_OPENING = /^\s*(?:\d{1,3},(?!\d)|,,)/;

function sheetCommas(source: string, from: number, to: number): number {
  let n = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x2c && !quoted) n++;
  }
  return n;
}

/** The shortest line that a text cut into lines of no one width fills before it breaks. */
const RAGGED_MIN = 20;
/** The marks that end a sentence at a line's end. */
const SENTENCE_CLOSE = new Set([...'。！？；!?;'].map((c) => c.charCodeAt(0)));
/** How many lines of whole paragraphs, and how much longer than the open lines, make a text a post's, not a wrapped one. */
const POST_PARAGRAPHS_MIN = 3;
const POST_RATIO = 1.5;

/**
 * A text cut into lines of no one width (a PDF's text layer that breaks where a word would not fit, an e-mail's
 * lines): most of its long lines end where no sentence ends, in the middle of a word or a number (…其中新开工亿元以上项目7421\n个，…).
 * Where at least eight long lines do, and half of them, the break after each such line is no paragraph, unless
 * the next line is empty, indented or opens a list item.
 */
function raggedBreaks(source: string, starts: number[], ends: number[]): number[] {
  const open: number[] = [];
  const closed: number[] = [];
  let long = 0;
  for (let k = 0; k + 1 < starts.length; k++) {
    if (ends[k] - starts[k] < RAGGED_MIN) continue;
    long++;
    const last = source.charCodeAt(ends[k] - 1);
    if (isHan(last) || isDigitish(last) || isLatin(last) || last === 0x300a || last === 0x201c) open.push(k);
    else if (SENTENCE_CLOSE.has(last)) closed.push(ends[k] - starts[k]);
  }
  if (open.length < 8 || open.length < 0.5 * long) return [];
  // (a post sets each paragraph on one line and each figure with its words on a shorter line of its own: where the
  // lines that end a sentence are much longer than those that end open, the open ones end where their writer ended
  // them, no wrap: 提供未成年人假期公益托管服务16.8万人次\n参与志愿者、教师4.2万人次)
  const openLengths = open.map((k) => ends[k] - starts[k]);
  if (closed.length >= POST_PARAGRAPHS_MIN && median(closed) > POST_RATIO * median(openLengths)) return [];
  const out: number[] = [];
  for (const k of open) {
    if (ends[k + 1] === starts[k + 1] || tableRowBreak(source, starts[k], ends[k], starts[k + 1], ends[k + 1]))
      continue;
    if (opensParagraph(source, starts[k + 1]) && !endsInItemMarker(source, starts[k], ends[k])) continue;
    out.push(ends[k], starts[k + 1]);
  }
  return out;
}

/** Whether at least three lines, and a quarter of the lines of at least `min`, are wider than `width`. */
function runPast(widths: number[], width: number, min: number): boolean {
  let long = 0;
  let past = 0;
  for (const w of widths) if (w >= min) (long++, w > width && past++);
  return past >= 3 && past >= 0.25 * long;
}

/**
 * The width of the widest lines and how many lines are within `slack` of it, when at least
 * three lines of `min` or more are.
 */
function widest(widths: number[], min: number, slack: number): [width: number, lines: number] | undefined {
  // a loop, not Math.max(...widths): a long text has more lines than a call takes arguments
  let max = 0;
  for (const w of widths) if (w > max) max = w;
  if (max < min) return undefined;
  let n = 0;
  for (const w of widths) if (w >= max - slack) n++;
  return n >= 3 ? [max, n] : undefined;
}

/**
 * The length most lines of at least `min` share (with the one below it: a closing mark
 * pushed to the next line), and how many lines share it, when at least five and `share` of those lines do.
 */
function commonest(lengths: number[], min: number, share: number): [length: number, lines: number] | undefined {
  const counts = new Map<number, number>();
  let long = 0;
  for (const n of lengths) if (n >= min) (long++, counts.set(n, (counts.get(n) ?? 0) + 1));
  let best: number | undefined;
  let most = 0;
  for (const [n, c] of counts) {
    const near = c + (counts.get(n - 1) ?? 0);
    if (near > most) ((most = near), (best = n));
  }
  return most >= 5 && most >= share * long && best !== undefined ? [best, most] : undefined;
}

/** Two lists of [start, end) pairs merged into source order (they never overlap: debris holds no digit). */
function merged(a: number[], b: number[]): number[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0,
    j = 0;
  while (i < a.length || j < b.length)
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++], a[i++]);
    else out.push(b[j++], b[j++]);
  return out;
}

/**
 * The line breaks before a record's field (…完成值: 112家\n进展说明: …, 导出时间: 16:42:08\n导出人: …): kept, though a
 * figure ends the line and a word opens the next, as a number broken from its unit would be joined.
 */
function fieldBreaks(source: string): number[] {
  const out: number[] = [];
  if (!source.includes(':') && !source.includes('：')) return out;
  for (const m of source.matchAll(BEFORE_FIELD)) if (fieldOfRecord(source, m.index! + 1)) out.push(m.index!);
  return out;
}
const BEFORE_FIELD = new RegExp(`\n(?=${FIELD_OPENING.source.slice(1)})`, 'g');

/** The line breaks inside [start, end) pairs. */
function newlinesIn(source: string, blocks: number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b < blocks.length; b += 2)
    for (let i = source.indexOf('\n', blocks[b] + 1); i >= 0 && i < blocks[b + 1]; i = source.indexOf('\n', i + 1))
      out.push(i);
  return out;
}

/** Two sorted lists of offsets as one. */
function overlaidPoints(a: number[], b: number[]): number[] {
  if (!a.length) return b;
  if (!b.length) return a;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** The [start, end) pairs of `pairs` that start in none of `blocks`. */
function without(pairs: number[], blocks: number[]): number[] {
  if (!blocks.length) return pairs;
  const out: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    let inside = false;
    for (let b = 0; b < blocks.length && !inside; b += 2) inside = pairs[k] >= blocks[b] && pairs[k] <= blocks[b + 1];
    if (!inside) out.push(pairs[k], pairs[k + 1]);
  }
  return out;
}

/** Two lists of [start, end) pairs in source order that may overlap (a soft break beside a page number), as one. */
function overlaid(a: number[], b: number[]): number[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const all = merged(a, b);
  const out: number[] = [];
  for (let k = 0; k < all.length; k += 2) {
    const n = out.length;
    if (n && all[k] <= out[n - 1]) out[n - 1] = Math.max(out[n - 1], all[k + 1]);
    else out.push(all[k], all[k + 1]);
  }
  return out;
}

export function normalize(source: string, segments?: Segment[]): NormalText {
  const segs = segments ?? [{ from: 0, to: source.length }];
  // a page's markup has no lines of one width, nor page numbers: they are looked for in plain text only
  const furniture = segments ? { lines: [], joins: [] } : pageFurniture(source);
  // in a text cut at one width, the widths say whether a paragraph runs on past a page number; in
  // another, the look of the lines around it does (pageFurniture's joins)
  const tables = segments ? NO_TABLES : tablesAsLines(source);
  // a table's rows stay lines of their own, though a row ends with a figure and the next opens with a name
  const cells = cellGaps(source);
  // (an export pasted as JSON objects: their marks dropped, the commas between fields line breaks)
  const json = jsonRecordMarks(source);
  const w = new Writer(
    source.length + 16,
    overlaidPoints(
      overlaidPoints(overlaidPoints(cells.rowEnds, newlinesIn(source, tables.blocks)), fieldBreaks(source)),
      json.keep,
    ),
  );
  const breaks = overlaid(
    without(segments ? [] : (softBreaks(source, furniture.lines) ?? furniture.joins), tables.blocks),
    tables.joins,
  );
  const drops = overlaid(
    overlaid(overlaid(debris(source, furniture.lines), separators(source)), pictographs(source)),
    overlaid(overlaid(furniture.lines, breaks), json.drops),
  );
  let d = 0;
  let nextDrop = drops.length ? drops[0] : -1;
  const cellBorders = overlaid(cells.borders, tables.borders);
  // (a gap that is a table's cell border stays one)
  const phrases = overlaid(without(phraseGaps(source), cellBorders), json.breaks);
  const borders = overlaid(cellBorders, phrases);
  const asBreak = new Set(phrases.filter((_, k) => k % 2 === 0));
  let b = 0;
  let nextBorder = borders.length ? borders[0] : -1;
  for (const seg of segs) {
    // a drop in what a segment leaves out (an HTML tag) is passed over
    while (nextDrop >= 0 && nextDrop < seg.from) {
      d += 2;
      nextDrop = d < drops.length ? drops[d] : -1;
    }
    if (seg.breakBefore && w.n) w.put(NEWLINE, seg.from, seg.from);
    const entities = Boolean(seg.entities);
    const to = seg.to;
    // the writer's state in locals for the common case, handed back for the rest
    let units = w.units;
    let n = w.n;
    let lastEnd = w.lastEnd;
    let i = seg.from;
    while (i < to) {
      if (i === nextDrop) {
        // pinyin debris: nothing of it is written (the next unit starts a run of its own)
        i = Math.min(drops[d + 1], to);
        d += 2;
        nextDrop = d < drops.length ? drops[d] : -1;
        continue;
      }
      // the common case, inline: one character for one (kept, or a full-width form folded), continuing the
      // current run with no whitespace pending; as many as there are, up to the next drop and the room left
      if (i === lastEnd && w.wsFrom < 0) {
        // (…and up to the next border: a comma written as a line break, between a JSON record's fields, folds to itself)
        const stop = Math.min(
          to,
          nextDrop >= 0 ? nextDrop : to,
          nextBorder >= i ? nextBorder : to,
          i + units.length - n,
        );
        let j = i;
        while (j < stop) {
          const c = source.charCodeAt(j);
          const f = FOLD[c];
          if (f < 0 || (entities && c === 0x26)) break;
          units[n++] = f;
          j++;
        }
        if (j > i) {
          i = lastEnd = j;
          continue;
        }
      }
      // a table's cell border (passed over where a drop took it out)
      while (nextBorder >= 0 && nextBorder < i) {
        b += 2;
        nextBorder = b < borders.length ? borders[b] : -1;
      }
      if (i === nextBorder) {
        w.n = n;
        w.lastEnd = lastEnd;
        const end = Math.min(borders[b + 1], to);
        w.put(asBreak.has(i) ? NEWLINE : BAR, i, end);
        i = end;
        units = w.units;
        n = w.n;
        lastEnd = w.lastEnd;
        continue;
      }
      const c = source.charCodeAt(i);
      const f = FOLD[c];
      w.n = n;
      w.lastEnd = lastEnd;
      if (entities && c === 0x26) {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(source);
        if (m && m.index + m[0].length <= to) {
          const decoded = entitiesLib().decodeHTML(m[0]);
          if (decoded !== m[0]) {
            for (let k = 0; k < decoded.length; k++) w.put(fold(decoded.charCodeAt(k)), i, i + m[0].length);
            i += m[0].length;
            // a drop inside the entity is passed over with it
            while (nextDrop >= 0 && nextDrop < i) {
              d += 2;
              nextDrop = d < drops.length ? drops[d] : -1;
            }
            units = w.units;
            n = w.n;
            lastEnd = w.lastEnd;
            continue;
          }
        }
      }
      w.put(f === MIDDLE ? w.middleDot(i + 1 < to ? FOLD[source.charCodeAt(i + 1)] : -1) : f, i, i + 1);
      i++;
      units = w.units;
      n = w.n;
      lastEnd = w.lastEnd;
    }
    w.n = n;
    w.lastEnd = lastEnd;
  }
  w.flush(-1);
  let text = Buffer.from(w.units.buffer, w.units.byteOffset, w.n * 2).toString('utf16le');
  if (looksTraditional(text)) text = simplify(text);
  return {
    text,
    // (the constructor copies an array directly; Int32Array.from walks it as an iterable)
    map: new OffsetMap(
      new Int32Array(w.runNorm.length ? w.runNorm : [0]),
      new Int32Array(w.runSrc.length ? w.runSrc : [0]),
      w.wide,
    ),
  };
}

/** Map a span of the normalised text back to the source. */
export function sourceSpan(norm: NormalText, from: number, to: number): { start: number; end: number } {
  return { start: norm.map.start(from), end: norm.map.end(to - 1) };
}

// The account of a document: every number in it (a run of Arabic digits with its
// decimals, in the text the readers read) ends as exactly one of
//   an observation (a figure read for an indicator), a commitment (or the outcome of
//   one), set aside with a code (by a reader, or as a date or an item's number), or
//   unexplained: next to an indicator's name (in the same clause as a name of the
//   dictionary, and no rule said why it was not read: the ones that matter) or with
//   no name near (counts of meetings, of villages...).
// It decides nothing the readers did not: it only sets what they read and declined
// against every number of the text, so what no rule looked at can be seen and counted.
import { findMentions } from './index.js';
import { sourceSpan, type NormalText } from './normalize.js';
import type { CompiledDictionary } from './dictionary.js';
import { lexicon, perLexicon } from '../lexicon/index.js';
import { firstAtOrAfter } from '../core/sorted.js';
import { commitmentsLexicon } from '../lexicon/commitments.js';
import { CLAUSE_END } from './commitments/text.js';
import { SET_ASIDE_CODES, type SetAsideCode } from './set-aside.js';
import type { Account, AccountOutcome as Outcome, NearName } from '../core/model.js';
import WORDS from '../../input/account-words.json' with { type: 'json' };

export type { Account, Outcome, NearName };

/** The outcomes, in the order the account lists them. */
export const OUTCOMES: Outcome[] = [
  'observation',
  'commitment',
  'set_aside',
  'unexplained_near_name',
  'unexplained_no_name',
];

/** What the readers made of a document, in source offsets. */
export interface AccountInput {
  source: string;
  norm: NormalText;
  observations: ReadonlyArray<{
    start: number;
    end: number;
    value: number | null;
    value_low: number | null;
    value_high: number | null;
  }>;
  /** commitments made, and outcomes of commitments stated */
  commitments: ReadonlyArray<{ start: number; end: number }>;
  /** what a reader set aside: its span ends with its figure, or (whole) is its figure */
  dropped: ReadonlyArray<{ start: number; end: number; code?: SetAsideCode; whole?: boolean }>;
  /** the indicator names the work-report reader found, in order (found here for other documents) */
  names?: ReadonlyArray<{ from: number; to: number; indicator: { id: string } }>;
}

const NUMBER = /\d+(?:\.\d+)?/g;
const alt = (ws: string[]) => ws.map((w) => w.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&')).join('|');
const RANGE = `(?:${alt(WORDS.range)})`;
/** 2025年, 2021—2025年 (both ends), 3月, 15日: the digits of a date. */
const YEAR_AFTER = new RegExp(`^(?:${alt(WORDS.year)})`);
const YEAR_RANGE_AFTER = new RegExp(`^${RANGE}(?:1[89]|2[01])\\d\\d(?:${alt(WORDS.year)})`);
const MONTH_AFTER = new RegExp(`^(?:${alt(WORDS.month)})`);
const DAY_AFTER = new RegExp(`^(?:${alt(WORDS.day)})`);
const ORDINAL_BEFORE = new RegExp(`(?:${alt(WORDS.ordinal)})$`);
/** 图1: a figure's or a table's caption number, at the start of its line. */
const CAPTION_BEFORE = new RegExp(`(?:^|\\n)\\s*(?:${alt(WORDS.caption)})$`);
/** 包括图1、图2: a chart's number, wherever it is referred to. */
const CHART_BEFORE = new RegExp(`(?:${alt(WORDS.chart_reference)})$`);
/** 连续8年, 创近16年新高, 6年来, 18连增: a count of years, not an amount. */
const YEARS_BEFORE = new RegExp(`(?:${alt(WORDS.count_of_years.before)})$`);
const YEARS_AFTER = new RegExp(`^(?:${alt(WORDS.count_of_years.after)})`);
const YEARS_AFTER_ALONE = new RegExp(`^(?:${alt(WORDS.count_of_years.after_alone)})`);
/** 迈上5万亿台阶, 跨越7万亿、8万亿、9万亿三个大台阶, 突破10万亿元: a milestone passed, not a figure of its own. */
const MILESTONE_BEFORE = new RegExp(`(?:${alt(WORDS.milestone.before)})$`);
const MILESTONE_AFTER = new RegExp(
  `^[${WORDS.milestone.between.replace(/[\]\\^-]/g, '\\$&')}]{0,16}?(?:${alt(WORDS.milestone.after)})`,
);
/** 2.04∶1, 1/6: a term of a ratio or a fraction (a share of the whole, not the figure). */
const RATIO = new Set([...WORDS.ratio, ...WORDS.fraction].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** [2], ［2］, 〔2〕: a footnote's mark, set in brackets against the digits. */
// (by character code: a one-character string of the text made for each test cost more than the test)
const FOOTNOTE_OPEN = new Set(['[', '［', '〔'].map((c) => c.charCodeAt(0)));
const FOOTNOTE_CLOSE = new Set([']', '］', '〕'].map((c) => c.charCodeAt(0)));
/** A Latin letter (A-Z, a-z) against the digits: PM2.5, M2, 5G, C919 are names. */
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** What may stand between a figure and the end of its span: a unit, a qualifier (万亿元以上, 个百分点左右). */
const FIGURE_TAIL = 8;
/** Characters of context on each side of an unexplained number. */
const CONTEXT = 12;

interface Num {
  from: number;
  to: number;
  start: number;
  end: number;
  value: number;
  outcome?: Outcome;
  code?: SetAsideCode;
}

/** A date written with digits only: 2026-02-05, 2026/2/5, 2026.02.05. */
const NUMERIC_DATE = /(?<![\d.])(?:1[89]|2[01])\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d.])/g;

function dateOf(text: string, n: Num): boolean {
  const digits = n.to - n.from;
  // what follows is read only for a number that could be a date's (most are not)
  if (digits === 4 && n.value >= 1800 && n.value <= 2199) {
    const after = text.slice(n.to, n.to + 8);
    return YEAR_AFTER.test(after) || YEAR_RANGE_AFTER.test(after);
  }
  if (digits > 2 || !Number.isInteger(n.value) || n.value < 1 || n.value > 31) return false;
  const after = text.slice(n.to, n.to + 8);
  return (n.value <= 12 && MONTH_AFTER.test(after)) || DAY_AFTER.test(after);
}

/** 连续8年: a count of years that no reader took (it may stand in a promise or a figure's span). */
function countOfYears(text: string, n: Num): boolean {
  if (!Number.isInteger(n.value) || n.value >= 100) return false;
  const after = text.slice(n.to, n.to + 3);
  return (
    YEARS_AFTER_ALONE.test(after) ||
    (YEARS_AFTER.test(after) && YEARS_BEFORE.test(text.slice(Math.max(0, n.from - 2), n.from)))
  );
}

/** 高于全部规上工业2.3个百分点 · 快于经济增速1个百分点: percentage points after a word of comparison in the clause. */
const gapWords = perLexicon(({ data }) => ({
  THAN: new RegExp(alt(data.figures.gap.than)),
  // 贡献率达72.9% · 占全线货值的60.8% · 比例持续超过4%: a share's word, then no figure, clause break or verb of change
  SHARE_BEFORE: new RegExp(
    `(?:${alt(data.figures.modified_figures.share_of ?? [])})(?:(?!${alt([...data.figures.rise, ...data.figures.fall])})[^\\d,，;；。、])${'{0,8}'}$`,
  ),
  PERCENT_AFTER: new RegExp(
    `^(?:${alt(Object.entries(data.units.percent_units).flatMap(([u, d]) => (d.base === 'percent' ? [u] : [])))})`,
  ),
  POINTS_AFTER: new RegExp(
    `^(?:${alt(Object.entries(data.units.percent_units).flatMap(([u, d]) => (d.base === 'percentage_points' ? [u] : [])))})`,
  ),
}));

/** A number no reader took that is a milestone passed, a term of a ratio, or a gap to another figure. */
function milestoneOrRatio(text: string, n: Num, clauseFrom: number): SetAsideCode | undefined {
  const { THAN, POINTS_AFTER, SHARE_BEFORE, PERCENT_AFTER } = gapWords();
  if (PERCENT_AFTER.test(text.slice(n.to, n.to + 2)) && SHARE_BEFORE.test(text.slice(clauseFrom, n.from)))
    return 'share_of';
  if (POINTS_AFTER.test(text.slice(n.to, n.to + 6)) && THAN.test(text.slice(clauseFrom, n.from))) return 'gap_to_other';
  if (MILESTONE_BEFORE.test(text.slice(Math.max(0, n.from - 2), n.from))) return 'milestone';
  if (MILESTONE_AFTER.test(text.slice(n.to, n.to + 20))) return 'milestone';
  const before = text.charCodeAt(n.from - 1);
  const after = text.charCodeAt(n.to);
  if (RATIO.has(after) && isDigit(text.charCodeAt(n.to + 1))) return 'share_of';
  if (RATIO.has(before) && isDigit(text.charCodeAt(n.from - 2))) return 'share_of';
  return undefined;
}

function notAFigure(text: string, n: Num): SetAsideCode | undefined {
  if (dateOf(text, n)) return 'date';
  const before = text.slice(Math.max(0, n.from - 4), n.from);
  if (itemNumber(text, n) || CAPTION_BEFORE.test(before) || CHART_BEFORE.test(before)) return 'item_number';
  if (FOOTNOTE_OPEN.has(text.charCodeAt(n.from - 1)) && FOOTNOTE_CLOSE.has(text.charCodeAt(n.to))) return 'footnote';
  if (ORDINAL_BEFORE.test(text.slice(Math.max(0, n.from - 2), n.from))) return 'ordinal';
  if (isLatin(text.charCodeAt(n.from - 1)) || isLatin(text.charCodeAt(n.to))) return 'in_name';
  return undefined;
}

/** The start of the line or clause a position stands in (where a list item's number would be). */
function itemStart(text: string, at: number): number {
  for (let i = at; i >= 0 && at - i <= 6; i--) if (i === 0 || CLAUSE_END[text.charCodeAt(i - 1)]) return i;
  return -1;
}

function itemNumber(text: string, n: Num): boolean {
  const { LIST_MARKER } = commitmentsLexicon();
  const from = itemStart(text, n.from);
  if (from < 0) return false;
  const head = text.slice(from, n.to + 4);
  const m = lexicon().markers.numberedItem.exec(head) ?? LIST_MARKER.exec(head);
  return Boolean(m && from + m.index + m[0].length >= n.to && from + m.index <= n.from);
}

const crossing = new WeakMap<CompiledDictionary, boolean>();
/** Whether a name of the dictionary holds a clause end (a comma, a full stop...), and so may cross a clause's edge. */
function namesCrossClauses(dict: CompiledDictionary): boolean {
  let v = crossing.get(dict);
  if (v === undefined) {
    v = [...dict.byName.keys(), ...dict.byValueFirstName.keys()].some((name) =>
      [...name].some((ch) => CLAUSE_END[ch.charCodeAt(0)]),
    );
    crossing.set(dict, v);
  }
  return v;
}

/** The clause around a position: between clause ends (a comma, a semicolon, a full stop, a line break). */
function clauseOf(text: string, at: number): { from: number; to: number } {
  let from = at;
  while (from > 0 && !CLAUSE_END[text.charCodeAt(from - 1)]) from--;
  let to = at;
  while (to < text.length && !CLAUSE_END[text.charCodeAt(to)]) to++;
  return { from, to };
}

/** M2 in PM2.5: a name that begins with a Latin letter right after another is part of a longer Latin name. */
const insideLatinName = (text: string, at: number) => isLatin(text.charCodeAt(at)) && isLatin(text.charCodeAt(at - 1));

/** The names that lie within [from, to), by binary search over the ordered list. */
function namesWithin(
  text: string,
  names: NonNullable<AccountInput['names']>,
  from: number,
  to: number,
): { indicator: string; at: number }[] {
  const lo = firstAtOrAfter(names, from, (n) => n.from);
  const out: { indicator: string; at: number }[] = [];
  for (let k = lo; k < names.length && names[k].from < to; k++)
    if (names[k].to <= to && !insideLatinName(text, names[k].from))
      out.push({ indicator: names[k].indicator.id, at: names[k].from });
  return out;
}

/** The numbers of the text, in order, with their source spans. */
function numbersOf(input: AccountInput): Num[] {
  const out: Num[] = [];
  for (const m of input.norm.text.matchAll(NUMBER)) {
    const from = m.index!;
    const to = from + m[0].length;
    const { start, end } = sourceSpan(input.norm, from, to);
    // every field from the start: one shape for the code that reads them
    out.push({ from, to, start, end, value: Number(m[0]), outcome: undefined, code: undefined });
  }
  return out;
}

/** The numbers whose span (in the source, or in the text read) lies within [start, end), by binary search over the ordered list. */
function within(nums: Num[], start: number, end: number, of: 'source' | 'norm' = 'source'): Num[] {
  const [a, b] = of === 'source' ? (['start', 'end'] as const) : (['from', 'to'] as const);
  const lo = firstAtOrAfter(nums, start, (n) => n[a]);
  const out: Num[] = [];
  for (let k = lo; k < nums.length && nums[k][a] < end; k++) if (nums[k][b] <= end) out.push(nums[k]);
  return out;
}

/** The figure a set-aside span ends with: its last number, and the one before when the two make a range (6%-7%). */
function figureAtEnd(text: string, inSpan: Num[], normEnd: number): Num[] {
  const last = inSpan[inSpan.length - 1];
  if (!last || normEnd - last.to > FIGURE_TAIL) return [];
  const before = inSpan[inSpan.length - 2];
  if (before && last.from - before.to <= 4 && new RegExp(RANGE).test(text.slice(before.to, last.from)))
    return [before, last];
  return [last];
}

export function accountOf(input: AccountInput, dict: CompiledDictionary): Account {
  const text = input.norm.text;
  const nums = numbersOf(input);
  // an observation: the number within its span that is its value (or an end of its range)
  for (const o of input.observations) {
    const values = [o.value, o.value_low, o.value_high].filter((v): v is number => v !== null).map(Math.abs);
    for (const n of within(nums, o.start, o.end)) if (!n.outcome && values.includes(n.value)) n.outcome = 'observation';
  }
  // a date, an item's number, an ordinal or a part of a name is never a figure, whatever span it stands in
  for (const m of text.matchAll(NUMERIC_DATE))
    for (const n of within(nums, m.index!, m.index! + m[0].length, 'norm'))
      if (!n.outcome) {
        n.outcome = 'set_aside';
        n.code = 'date';
      }
  for (const n of nums) {
    if (n.outcome) continue;
    const code = notAFigure(text, n);
    if (code) {
      n.outcome = 'set_aside';
      n.code = code;
    }
  }
  for (const c of input.commitments)
    for (const n of within(nums, c.start, c.end)) if (!n.outcome) n.outcome = 'commitment';
  for (const d of input.dropped) {
    const inSpan = within(nums, d.start, d.end);
    const normEnd = inSpan.length ? inSpan[inSpan.length - 1].to + (d.end - inSpan[inSpan.length - 1].end) : 0;
    for (const n of d.whole ? inSpan : figureAtEnd(text, inSpan, normEnd))
      if (!n.outcome) {
        n.outcome = 'set_aside';
        n.code = d.code ?? 'unclassified';
      }
  }
  // the rest: next to an indicator's name, or not
  // the names of the whole text: the reader's where it found them, else looked for here, in the clauses
  // that need them where no name can cross a clause's edge (a scan from a clause's start then finds
  // what a scan of the whole text finds there), else in the whole text, once
  const all = input.names ?? (namesCrossClauses(dict) ? findMentions(text, dict) : undefined);
  const clauses = new Map<number, { indicator: string; at: number }[]>();
  const near: NearName[] = [];
  for (const n of nums) {
    if (n.outcome) continue;
    if (countOfYears(text, n)) {
      n.outcome = 'set_aside';
      n.code = 'count_of_years';
      continue;
    }
    const clause = clauseOf(text, n.from);
    const code = milestoneOrRatio(text, n, clause.from);
    if (code) {
      n.outcome = 'set_aside';
      n.code = code;
      continue;
    }
    let names = clauses.get(clause.from);
    if (!names) {
      names = namesWithin(text, all ?? findMentions(text, dict, clause.from, clause.to), clause.from, clause.to);
      clauses.set(clause.from, names);
    }
    if (!names.length) {
      n.outcome = 'unexplained_no_name';
      continue;
    }
    n.outcome = 'unexplained_near_name';
    const nearest = names.reduce((a, b) => (Math.abs(b.at - n.from) < Math.abs(a.at - n.from) ? b : a));
    near.push({
      start: n.start,
      end: n.end,
      text: input.source.slice(n.start, n.end),
      indicator: nearest.indicator,
      context: contextOf(text, n),
    });
  }
  // counted in maps (a string-keyed object is slow to count in), then laid out in the tables' order
  const byOutcome = new Map<Outcome, number>();
  const byCode = new Map<SetAsideCode, number>();
  for (const n of nums) {
    byOutcome.set(n.outcome!, (byOutcome.get(n.outcome!) ?? 0) + 1);
    if (n.code) byCode.set(n.code, (byCode.get(n.code) ?? 0) + 1);
  }
  // (filled by loops: Object.fromEntries took a third of the account's own time on a short document)
  const outcomes = {} as Record<Outcome, number>;
  for (const o of OUTCOMES) outcomes[o] = byOutcome.get(o) ?? 0;
  // codes in the table's order, so two accounts read alike
  const set_aside: Partial<Record<SetAsideCode, number>> = {};
  for (const c of SET_ASIDE_CODES) {
    const count = byCode.get(c);
    if (count) set_aside[c] = count;
  }
  return { numbers: nums.length, outcomes, set_aside, unexplained_near_name: near };
}

/** A few characters either side of a number, within its line: 城镇调查失业率平均为[5.2]%左右. */
function contextOf(text: string, n: Num): string {
  const before = text.slice(Math.max(0, n.from - CONTEXT), n.from);
  const after = text.slice(n.to, n.to + CONTEXT);
  return `${before.slice(before.lastIndexOf('\n') + 1)}[${text.slice(n.from, n.to)}]${after.split('\n')[0]}`;
}

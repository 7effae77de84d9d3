// Every counted or measured quantity of a text: 14所, 1.5万个, 8—10家, 100余个,
// 不少于120万平方米, 每人每月1949元, and counts in Chinese numerals where they
// count (新建两处, 办好十件, 建成一座). A number without a unit (a phone number, a
// year, a table cell), a percentage or a multiple is not a quantity here.
import { BOUNDARY_CHARS, CLAUSE_END } from './text.js';
import Big from 'big.js';
import { decodeDecimal, decodeInteger } from '../numerals.js';
import { lexicon } from '../../lexicon/index.js';
import { BASE_UNITS, MULTIPLIERS, escape } from '../vocabulary.js';
import type { Qualifier } from '../../core/model.js';
import { alt, perCommitmentsLexicon, type CommitmentsLexicon } from '../../lexicon/commitments.js';

export interface Quantity {
  /** span in the read text: from the qualifier before (or the number) to the end of the unit and the qualifier after */
  from: number;
  to: number;
  /** where the number itself starts and the unit ends */
  numFrom: number;
  unitTo: number;
  number: string;
  number2?: string;
  /** the unit as stated, with a per-unit when one stands before the number (元/人/月) */
  unit: string;
  perUnit?: string;
  qualifier: Qualifier;
  qualifierWord?: string;
  chinese: boolean;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
/** Words in the order listed, as one group with a capture (the first listed wins). */
const group = (words: readonly string[]) => `(${words.map(escape).join('|')})`;
const SENTENCE_BREAK = /[。；;！？!?\n]/;
/** A unit in brackets right after a figure's unit: 7万套（间）. */
const ALTERNATIVE_UNIT = /^[(（]([^()（）\d]{1,3})[)）]/;

/** A count in 万 (多 or 余 before it: 4800多万, more than it; and its qualifier) before one of `nouns`, a few words of kind between. */
const countBeforeNoun = (LEX: CommitmentsLexicon, nouns: readonly string[]) =>
  new RegExp(
    `(${NUM})${group(LEX.APPROX_MORE)}?${escape(LEX.TEN_THOUSAND)}${group(Object.keys(LEX.QUALIFIER_AFTER))}?(?=[\u4e00-\u9fff\u201c\u201d\u0022]{0,6}?(?:${alt(nouns)}))`,
    'g',
  );

/**
 * A bare count in 万 (and its qualifier) closing a clause after one of `nouns`, a verb or so between
 * (减少农村贫困人口1000万以上, 农村贫困人口减少1386万), or closing it but for the task it names
 * (完成裁减军队员额20万的任务): no unit follows, so the noun is what it counts.
 */
const countAfterNoun = (LEX: CommitmentsLexicon) =>
  new RegExp(
    `(?<!\\d)(${NUM})${group(LEX.APPROX_MORE)}?${escape(LEX.TEN_THOUSAND)}${group(Object.keys(LEX.QUALIFIER_AFTER))}?(?!(?!${alt(LEX.TASK_TAILS)})[\u4e00-\u9fff\d])`,
    'g',
  );
/** The noun of a bare count after it (countAfterNoun), tested on the words before the figure: a lookbehind
 * over every position of the text would cost more than all the rest of the reading. */
const nounBefore = (nouns: readonly string[]) => new RegExp(`(?:${alt(nouns)})[\u4e00-\u9fff]{0,4}$`);
/** The longest stretch before a figure that nounBefore needs to see. */
const nounReach = (nouns: readonly string[]) => Math.max(...nouns.map((n) => n.length)) + 4;

/** The expressions built of the commitments lexicon's words, once per lexicon. */
const rules = perCommitmentsLexicon((LEX: CommitmentsLexicon) => {
  const { ZH_COUNT_UNITS, PER_UNITS, QUALIFIER_BEFORE, QUALIFIER_AFTER, ZH_NUMERAL_VERBS, ONE_VERBS, ONE_UNITS } = LEX;
  /** What is counted or measured: the units of the headline figures and the lexicon's own (events, vehicles, 公顷, 亩). */
  const COUNT_UNITS: Record<string, { base: string; factor: string }> = { ...BASE_UNITS, ...LEX.UNITS };
  /** A unit as written after a number: an optional multiplier, then a unit (longest first). */
  const UNIT_RE = `(?:${alt(Object.keys(MULTIPLIERS))})?(?:${alt(Object.keys(COUNT_UNITS))})`;
  return {
    LEX,
    COUNT_UNITS,
    /** the multipliers a unit may start with, the longest first, and '' */
    PREFIXES: ['', ...Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length)],
    /** the per-unit word of each per-unit as written (元/人/月 → 每人每月) */
    PER_UNIT_WORD: new Map(
      Object.entries(PER_UNITS)
        .map(([word, u]) => [u.unit, word] as const)
        .reverse(),
    ),
    ARABIC: new RegExp(
      `(${NUM})(?:(${UNIT_RE})?\\s?${LEX.RANGE_DASH}(${NUM}))?${group(LEX.APPROX_MORE)}?(${UNIT_RE})(?:\\s?${group(Object.keys(QUALIFIER_AFTER))})?`,
      'g',
    ),
    /** 2.5万余场, 1.2万多个: a word of more between the multiplier and the unit */
    MORE_INSIDE: new RegExp(
      `(${NUM})(${alt(Object.keys(MULTIPLIERS))})${group(LEX.APPROX_MORE)}(${alt(Object.keys(COUNT_UNITS))})`,
      'g',
    ),
    ZH: new RegExp(`(${LEX.ZH_NUMERALS})(${alt(ZH_COUNT_UNITS)})(?:${group(LEX.ZH_COUNT_QUALIFIERS)})?`, 'g'),
    /** 四千三百余个, 逾三点二万套, 十万五千余户: a count of places or decimals, its unit after (a multiplier, a count's word) */
    ZH_LARGE: new RegExp(
      `(?:${LEX.ZH_LARGE})${group(LEX.APPROX_MORE)}?((?:${alt(Object.keys(MULTIPLIERS))})?(?:${alt([...ZH_COUNT_UNITS, ...LEX.ZH_LARGE_UNITS])}))(?:${group(LEX.ZH_COUNT_QUALIFIERS)})?`,
      'g',
    ),
    ONE: new RegExp(`${escape(LEX.ONE)}(${alt(ONE_UNITS)})`, 'g'),
    /** 2300万省外劳动力, 30万以上参保孕产妇: a count in 万 (and its qualifier) before a noun of people, a few words of kind between */
    PEOPLE: countBeforeNoun(LEX, LEX.COUNTED_PEOPLE),
    /** 减少农村贫困人口1000万以上: the same closing a clause after the noun */
    PEOPLE_AFTER: countAfterNoun(LEX),
    PEOPLE_BEFORE_END: nounBefore(LEX.COUNTED_PEOPLE),
    PEOPLE_REACH: nounReach(LEX.COUNTED_PEOPLE),
    /** 662万农户: the same before a noun of households */
    HOUSEHOLDS: countBeforeNoun(LEX, LEX.COUNTED_HOUSEHOLDS),
    QUAL_BEFORE: new RegExp(`(?:${alt(Object.keys(QUALIFIER_BEFORE))})$`),
    ZH_VERB_BEFORE: new RegExp(`(?:${alt(ZH_NUMERAL_VERBS)})(?:${LEX.ZH_NUMERAL_VERB_TAILS.map(escape).join('|')})?$`),
    /** 新建农村互助老人幸福院八个，: such a verb opening what the count closes, a thing of two or more characters between */
    ZH_VERB_IN_CLAUSE: new RegExp(`(?:${alt(ZH_NUMERAL_VERBS)})[\u4e00-\u9fff“”"]{2,24}$`),
    ONE_VERB_BEFORE: new RegExp(`(?:${alt(ONE_VERBS)})$`),
    PER_UNIT_EARLIER: new RegExp(`(${alt(Object.keys(PER_UNITS))})[^,，;；。]{0,3}\\d`),
    /** unitBase's answers by unit and per-unit: a document names a handful of units, many times over */
    UNIT_BASES: new Map<string, { base: string; factor: Big } | null>(),
    /**
     * LEX.UNIT_CONTINUES of the units that are one code unit long, by that unit's code: looked up by a
     * figure's last character, which as a key of its own was a new string to find for every figure
     */
    CONTINUES_BY_LAST: new Map(
      Object.entries(LEX.UNIT_CONTINUES)
        .filter(([unit]) => unit.length === 1)
        .map(([unit, re]) => [unit.charCodeAt(0), re] as const),
    ),
  };
});

/** The base unit of money (units.json's base of 元 and its multiples). */
export const MONEY = 'CNY';

/** The base of a unit and its factor, from its multiplier and its counting word. */
export function unitBase(unit: string, perUnit?: string): { base: string; factor: Big } | undefined {
  const { UNIT_BASES } = rules();
  const key = perUnit ? `${unit}\u0000${perUnit}` : unit;
  let known = UNIT_BASES.get(key);
  if (known === undefined) {
    known = findUnitBase(unit, perUnit) ?? null;
    if (UNIT_BASES.size > 5000) UNIT_BASES.clear();
    UNIT_BASES.set(key, known);
  }
  return known ?? undefined;
}

function findUnitBase(unit: string, perUnit: string | undefined): { base: string; factor: Big } | undefined {
  const { PREFIXES, COUNT_UNITS, PER_UNIT_WORD, LEX } = rules();
  for (const m of PREFIXES) {
    if (!unit.startsWith(m)) continue;
    const rest = unit.slice(m.length);
    const u = COUNT_UNITS[rest];
    if (u)
      return {
        base: u.base + (perUnit ? (LEX.PER_UNITS[PER_UNIT_WORD.get(perUnit) ?? '']?.base ?? '') : ''),
        factor: new Big(u.factor).times(m ? MULTIPLIERS[m] : '1'),
      };
  }
  return undefined;
}

/** The multipliers a count in Chinese numerals may end with that belong to its unit (五万户 as 5万户): 万, 亿. */
const SCALES = Object.keys(MULTIPLIERS).filter((m) => m.length === 1 && Number(MULTIPLIERS[m]) >= 1e4);

/** The value in its base unit (1.5万个 → 15000), rounded to 4 decimals; null when the unit has no base. */
export function baseValue(
  number: string,
  unit: string,
  perUnit?: string,
): { value: number | null; base: string | null } {
  const u = unitBase(unit.replace(/\/.*$/, ''), perUnit);
  if (!u) return { value: null, base: null };
  return { value: Number(new Big(number).times(u.factor).round(4)), base: u.base };
}

/** Where the clause that holds `at` starts (after the last sentence end, comma or colon). */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i > at - 80; i--) if (BOUNDARY_CHARS[text.charCodeAt(i)]) return i + 1;
  return Math.max(0, at - 80);
}

/** A per-unit that governs a number: written just before it (每人每月1883元), or earlier in its clause before another amount of 元 (分别从每人每月181元、243元提高到188元). */
function perUnitFor(text: string, numFrom: number, unit: string): string | undefined {
  const { LEX, PER_UNIT_EARLIER } = rules();
  const { PER_UNIT_RE, PER_UNITS } = LEX;
  if (!LEX.YUAN_END_RE.test(unit)) return undefined;
  const start = clauseStart(text, numFrom);
  const before = text.slice(start, numFrom).replace(LEX.FROM_END_RE, '');
  const direct = PER_UNIT_RE.exec(before);
  if (direct) return PER_UNITS[direct[0]].unit;
  // one per-unit earlier in the clause, before an amount of 元 in the same breath
  const m = PER_UNIT_EARLIER.exec(before);
  return m ? PER_UNITS[m[1]].unit : undefined;
}

function qualifierBefore(text: string, at: number): { word: string; q: Qualifier } | undefined {
  const { QUAL_BEFORE, LEX } = rules();
  const { QUALIFIER_BEFORE } = LEX;
  const m = QUAL_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  return m ? { word: m[0], q: QUALIFIER_BEFORE[m[0]] } : undefined;
}

/** What ends a sentence inside quotation marks: what someone said, not a name. */
const SENTENCE_END = /[。！？!?]/;

/**
 * Inside “…” (a name or a slogan), unless the quotation is itself a promise: “建设100个户外劳动者服务站点”. What
 * someone said (“目前已建成投用老年食堂42家，上半年提供助餐服务21.6万人次。”) ends a sentence inside the marks: it
 * is text like any other, no name; so is a sheet's cell in straight quotes between commas (,"已开工1952个,…",).
 */
export function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[“\u0022]([^“”\u0022\n]{1,60})[”\u0022]/g)) {
    const from = m.index!,
      to = from + m[0].length;
    const cell =
      m[0][0] === '\u0022' && /^$|[,\n]$/.test(text.slice(from - 1, from)) && /^$|^[,\n]/.test(text.slice(to, to + 1));
    if (!SENTENCE_END.test(m[1]) && !cell) out.push([from, to]);
  }
  return out;
}

/**
 * Where the marks a post puts round a figure stand (引进到位资金“6038亿元”, 「1214个」, **38个**): where what they
 * enclose is a number and a unit and nothing else, not a name (“811”项目, “7个不准”, “3个100”).
 */
export function figureEmphasis(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(rules().LEX.FIGURE_EMPHASIS_RE)) {
    const unit = /^[\d.]+(.*)$/.exec(m[2])![1];
    if (!unit || !unitBase(unit)) continue;
    const close = m.index! + m[0].length - m[3].length;
    for (let i = 0; i < m[1].length; i++) out.push(m.index! + i);
    for (let i = 0; i < m[3].length; i++) out.push(close + i);
  }
  return out;
}

/**
 * Whether the words after a unit make one longer word with it (家乡, 个月, 部门), so that it is no unit: not where
 * the word it would make is the first of a word of its own (265家乡镇养老服务中心: 家, then 乡镇; 3家乡村旅游企业).
 */
function unitGoesOn(goesOn: RegExp | undefined, after: string): boolean {
  const word = goesOn?.exec(after)?.[0];
  if (!word) return false;
  const own = rules().LEX.UNIT_CONTINUES[word];
  return !own?.test(after.slice(word.length));
}

// every quantity is written with all its fields, in one order: one shape for the rules that read them
export function findQuantities(text: string, isMarker: (at: number) => boolean): Quantity[] {
  const {
    ARABIC,
    ZH,
    ZH_LARGE,
    ONE,
    ZH_VERB_BEFORE,
    ZH_VERB_IN_CLAUSE,
    ONE_VERB_BEFORE,
    LEX,
    COUNT_UNITS,
    CONTINUES_BY_LAST,
  } = rules();
  const { NOT_A_QUANTITY_BEFORE, UNIT_CONTINUES, QUALIFIER_AFTER } = LEX;
  const out: Quantity[] = [];
  const arabic = new RegExp(ARABIC.source, ARABIC.flags);
  for (let m = arabic.exec(text); m; m = arabic.exec(text)) {
    const at = m.index;
    // (3.100个村卫生室: the line's number and its point are a marker; the figure starts after them)
    if (isMarker(at)) {
      let past = at;
      while (isMarker(past)) past++;
      if (past < at + m[0].length) arabic.lastIndex = past;
      continue;
    }
    if (NOT_A_QUANTITY_BEFORE.test(text.slice(Math.max(0, at - 1), at)) && !isMarker(at - 1)) continue;
    const [, n1, unit1, n2, approx, unit, after] = m;
    if (unit1 && unit1 !== unit) continue;
    const end = at + m[0].length;
    const unitTo = end - (after ? after.length : 0);
    if (unitGoesOn(CONTINUES_BY_LAST.get(unit.charCodeAt(unit.length - 1)), text.slice(unitTo, unitTo + 4))) continue;
    let qualifier: Qualifier = 'exact';
    let qualifierWord: string | undefined;
    let from = at;
    const before = qualifierBefore(text, at);
    if (before) {
      qualifier = before.q;
      qualifierWord = before.word;
      from = at - before.word.length;
    }
    if (n2) {
      qualifier = 'range';
      qualifierWord = undefined;
    }
    if (approx && qualifier === 'exact') {
      qualifier = 'at_least';
      qualifierWord = approx;
    }
    if (after) {
      qualifier = QUALIFIER_AFTER[after];
      qualifierWord = after;
    }
    const perUnit = perUnitFor(text, at, unit);
    // 7万套（间）: another unit for the same count, in brackets, belongs to the figure
    const alternative = after ? null : ALTERNATIVE_UNIT.exec(text.slice(end, end + 6));
    out.push({
      from,
      to: alternative && COUNT_UNITS[alternative[1]] ? end + alternative[0].length : end,
      numFrom: at,
      unitTo,
      number: n1,
      number2: n2,
      unit: perUnit ? unit + perUnit : unit,
      perUnit,
      qualifier,
      qualifierWord,
      chinese: false,
    });
  }
  // 放映农村公益电影2.5万余场: the word of more between the multiplier and the unit, the count at least so many
  // (a scan of its own over the text, asked only of a text that holds a word of more at all)
  const found = out.length;
  const moreInside = LEX.APPROX_MORE.some((w) => text.includes(w)) ? text.matchAll(rules().MORE_INSIDE) : [];
  for (const m of moreInside) {
    const at = m.index!;
    const to = at + m[0].length;
    if (isMarker(at) || out.some((q) => q.numFrom < to && at < q.to)) continue;
    if (NOT_A_QUANTITY_BEFORE.test(text.slice(Math.max(0, at - 1), at))) continue;
    const before = qualifierBefore(text, at);
    out.push({
      from: before ? at - before.word.length : at,
      to,
      numFrom: at,
      unitTo: to,
      number: m[1],
      number2: undefined,
      unit: m[2] + m[4],
      perUnit: undefined,
      qualifier: 'at_least',
      qualifierWord: m[3],
      chinese: false,
    });
  }
  if (out.length > found) out.sort((a, b) => a.numFrom - b.numFrom);
  // a count in 万 before a noun of people, where no unit follows the number (2300万省外劳动力): 万人; before
  // a noun of households (662万农户): 万户
  const arabicEnd = out.length;
  const { PEOPLE, PEOPLE_AFTER, PEOPLE_BEFORE_END, PEOPLE_REACH, HOUSEHOLDS } = rules();
  for (const [re, unit] of [
    [PEOPLE, LEX.PEOPLE_UNIT],
    [PEOPLE_AFTER, LEX.PEOPLE_UNIT],
    [HOUSEHOLDS, LEX.HOUSEHOLD_UNIT],
  ] as const)
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      if (re === PEOPLE_AFTER && !PEOPLE_BEFORE_END.test(text.slice(Math.max(0, at - PEOPLE_REACH), at))) continue;
      const [, , approx, after] = m;
      const to = at + m[0].length;
      const unitTo = to - (after ? after.length : 0);
      if (NOT_A_QUANTITY_BEFORE.test(text.slice(Math.max(0, at - 1), at)) || isMarker(at)) continue;
      if (out.slice(0, arabicEnd).some((q) => q.numFrom < unitTo && at < q.to)) continue;
      const before = qualifierBefore(text, at);
      out.push({
        from: before ? at - before.word.length : at,
        to,
        numFrom: at,
        unitTo,
        number: m[1],
        number2: undefined,
        unit: LEX.TEN_THOUSAND + unit,
        perUnit: undefined,
        qualifier: after ? QUALIFIER_AFTER[after] : (before?.q ?? (approx ? 'at_least' : 'exact')),
        qualifierWord: after ?? before?.word ?? approx,
        chinese: false,
      });
    }
  const zhAccepted: number[] = [];
  for (const m of text.matchAll(ZH)) {
    const at = m.index!;
    const prev = text[at - 1] ?? '';
    if (LEX.NUMERAL_BEFORE_RE.test(text.slice(Math.max(0, at - 2), at))) continue;
    const unitTo = at + m[1].length + m[2].length;
    if (unitGoesOn(UNIT_CONTINUES[m[2]], text.slice(unitTo, unitTo + 4))) continue;
    // a count in words only where it counts: after a verb of doing, after 、 continuing one, or closing a clause that
    // such a verb opens (新建口袋公园五处，), as a list's item puts its count after the thing
    const before = text.slice(Math.max(0, at - 6), at);
    const continues = prev === '、' && zhAccepted.some((e) => at - e <= 12 && !SENTENCE_BREAK.test(text.slice(e, at)));
    const end = unitTo + (m[3]?.length ?? 0);
    // (…with a digit among its numerals: 走进千家万户 is no count)
    const closes =
      (end === text.length || CLAUSE_END[text.charCodeAt(end)] === 1) &&
      LEX.ZH_DIGIT_RE.test(m[1]) &&
      ZH_VERB_IN_CLAUSE.test(text.slice(clauseStart(text, at), at));
    if (!ZH_VERB_BEFORE.test(before) && !continues && !closes) continue;
    const n = decodeInteger(m[1]);
    if (!n) continue;
    zhAccepted.push(unitTo);
    const after = m[3];
    out.push({
      from: at,
      to: unitTo + (after?.length ?? 0),
      numFrom: at,
      unitTo,
      number: String(n),
      number2: undefined,
      unit: m[2],
      perUnit: undefined,
      qualifier: after ? QUALIFIER_AFTER[after] : 'exact',
      qualifierWord: after,
      chinese: true,
    });
  }
  // a count of places or decimals stands for itself wherever it is (a transcript's figures), but as part of a longer
  // numeral (第一百), of a class (百万千瓦级) or of a count read above
  const taken = (at: number) => out.some((q) => q.chinese && at >= q.from && at < q.to);
  for (const m of text.matchAll(ZH_LARGE)) {
    const at = m.index!;
    const [, whole, decimals, more, unitWritten, after] = m;
    if (whole.length < 2 && !decimals) continue;
    if (LEX.NUMERAL_BEFORE_RE.test(text.slice(Math.max(0, at - 2), at)) || taken(at)) continue;
    const end = at + m[0].length;
    const unitTo = end - (after?.length ?? 0);
    if (LEX.ZH_NOT_AFTER_RE.test(text.slice(unitTo, unitTo + 2))) continue;
    const base = unitWritten.replace(lexicon().units.multiplierAtStart, '');
    if (unitGoesOn(UNIT_CONTINUES[base], text.slice(unitTo, unitTo + 4))) continue;
    // 五万户, 三点二万套: the 万 is the unit's, as 5万户 is written
    const scale = (!decimals && whole.length > 1 && SCALES.find((m) => whole.endsWith(m))) || '';
    const number = decodeDecimal(scale ? whole.slice(0, -1) : whole, decimals);
    if (!number) continue;
    const before = qualifierBefore(text, at);
    const from = before ? at - before.word.length : at;
    out.push({
      from,
      to: end,
      numFrom: at,
      unitTo,
      number,
      number2: undefined,
      unit: scale + unitWritten,
      perUnit: undefined,
      qualifier: after ? QUALIFIER_AFTER[after] : (before?.q ?? (more ? 'at_least' : 'exact')),
      qualifierWord: after ?? more ?? before?.word,
      chinese: true,
    });
  }
  for (const m of text.matchAll(ONE)) {
    const at = m.index!;
    if (!ONE_VERB_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
    out.push({
      from: at,
      to: at + 2,
      numFrom: at,
      unitTo: at + 2,
      number: '1',
      number2: undefined,
      unit: m[1],
      perUnit: undefined,
      qualifier: 'exact',
      qualifierWord: undefined,
      chinese: true,
    });
  }
  return out.sort((a, b) => a.numFrom - b.numFrom);
}

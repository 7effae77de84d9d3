// Reads the figures that follow an indicator's name: "807.62亿元,同比增长8.1%",
// "涨幅控制在3.5%左右", "分别下降13.2%和6.24%", "6.5%－7%". Every regular
// expression here is sticky and bounded, so reading is linear in the text.
import { escape, lexicon, perLexicon, NUMBER } from '../lexicon/index.js';
import { decodeInteger, decodeDecimal, fractionPercent } from './numerals.js';
import type { Qualifier } from '../core/model.js';

export interface Figure {
  /** offsets in the normalised text */
  from: number;
  to: number;
  number: string;
  number2?: string;
  unit: string;
  direction: 'rise' | 'fall' | 'none';
  qualifier: Qualifier;
  /** the word that set the qualifier (控制在, 以内, 左右) */
  qualifierWord?: string;
  /** 余 and 多 after a number: "4400余万元" */
  approx?: boolean;
  /** 高于全国0.4个百分点: a gap to another figure, never the figure of the name */
  gap?: boolean;
  /** 从5.5%降到5.3%: where the number of the level the change starts from stands (set aside beside the figure) */
  earlier?: { from: number; to: number; number: string };
  /** 从2020年的3.68万亿元增长到2025年的4.93万亿元: a comparison across years, neither level the year's own */
  acrossYears?: boolean;
}

/** One comma-separated stretch of figures: "242.8亿元和75.2亿元" or "分别增长12.1%和11.7%". */
export interface FigureList {
  figures: Figure[];
  respectively: boolean;
  /** introduced by 力争/争取: a figure the plan reaches for beyond its target (生产总值增长11%、力争达到11.5%) */
  stretch?: boolean;
  /** 达14.2万亿元、年均增长5.7%: introduced by a word of several years, not one year's figures (the code says which) */
  modifiedBy?: 'not_one_year';
  from: number;
  to: number;
}

/** The expressions of this reader, around the words of the lexicon in use. */
const expressions = perLexicon(
  ({ units, qualifiers, figures, numerals, sections, data: { time, figures: figureData } }) => ({
    /** 国内生产总值2000年达89404亿元: the year a figure is of, between the name and the figure (the time refiner reads it) */
    YEAR: new RegExp(`(?:1[89]|2[01])\\d\\d${escape(sections.yearSuffix)}(?!${time.not_the_year_after})`, 'y'),
    LINKS: new RegExp(`(?:${figures.linksAlt}|\\s)`, 'y'),
    LINK_WORD: new RegExp(`(?:${figures.linksAlt})`, 'y'),
    VERB: new RegExp(`(${figures.riseAlt})|(${figures.fallAlt})`, 'y'),
    QUAL_BEFORE: new RegExp(`(?:${qualifiers.beforeAlt})`, 'y'),
    // a space may stand inside a figure (涨幅在 3% 以内), a line break may not: a list item ends with its line (●粮食总产达到557亿斤)
    FIGURE: new RegExp(
      `(${NUMBER})(${qualifiers.approxAlt})?(${units.unit})?(?: ?(${figures.rangeAlt}) ?(${NUMBER})(${qualifiers.approxAlt})?(${units.unit}))? ?(${qualifiers.afterAlt})?`,
      'y',
    ),
    /** A count in Chinese numerals (十件, 二十个); one alone (一个) is an article, not a figure. */
    FIGURE_ZH: new RegExp(`(${numerals.integer})(${units.counted})`, 'y'),
    FIGURE_FRACTION: new RegExp(numerals.fraction, 'y'),
    FIGURE_PERCENT_ZH: new RegExp(numerals.percent, 'y'),
    RESPECTIVELY: new RegExp(`(?:${figures.respectivelyAlt})`, 'y'),
    JOIN: new RegExp(`(?:${figures.joinAlt})`, 'y'),
    /** What follows a milestone's figure (突破3万亿元大关, 迈上2000亿元新台阶): the subject's figures go on after it. */
    MILESTONE: new RegExp(`(?:${figures.milestoneAlt})`, 'y'),
    /** A clause that continues the same subject with a growth figure: "首次突破百亿大关,同比增长14.5%". */
    GROWTH_CONTINUES: new RegExp(`(?:${figures.growthContinuesAlt})`, 'y'),
    /** 增速全国第3，: a clause of a rank, stepped over like one without figures */
    RANK_CLAUSE: new RegExp(figureData.rank_clause ?? '(?!)', 'y'),
    QUAL_AFTER: new RegExp(`(?:${qualifiers.afterAlt})`, 'y'),
  }),
);
/** The unit of a figure of no change: a growth of 0%. */
const FLAT_UNIT = '%';
const PAREN = /[(（][^()（）]{0,12}[)）]/y;
const CLAUSE_BREAK = /[,，、]/y;
const COMMA = /^[,，]$/;

function shape(f: Figure): string {
  return lexicon().units.percent[f.unit] ? 'pct' : 'amount';
}
const NO_DIGIT_CLAUSE = /[^,，、;；。0-9\n]{1,14}[,，、]/y;

/**
 * The word in `words` that leaves a part out of the whole (扣除房地产开发投资), or undefined; one that adjusts
 * the whole (扣除价格因素: real growth) leaves no part out.
 */
export function partLeftOut(words: string): string | undefined {
  const { excluding, excludingAdjusts } = lexicon().figures;
  excluding.lastIndex = 0;
  const m = excluding.exec(words);
  if (!m) return undefined;
  excludingAdjusts.lastIndex = m.index + m[0].length;
  return excludingAdjusts.test(words) ? undefined : m[0];
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function skipLinks(s: string, at: number, max = 5): number {
  let p = at;
  for (let k = 0; k < max; k++) {
    // 在对美贸易下降超3成的情况下 before the link 在 itself
    const m =
      sticky(lexicon().figures.circumstance, s, p) ??
      sticky(expressions().LINKS, s, p) ??
      sticky(PAREN, s, p) ??
      (k === 0 && p === at ? sticky(expressions().YEAR, s, p) : null);
    if (!m || m[0].length === 0) break;
    p += m[0].length;
  }
  return p;
}

/** One figure with its verb and qualifiers, at `at`. */
function readFigure(s: string, at: number, inherited: Figure['direction']): { figure: Figure; end: number } | null {
  const { VERB, QUAL_BEFORE, FIGURE } = expressions();
  const { before, after: afterWords } = lexicon().qualifiers;
  let p = skipLinks(s, at);
  let direction = inherited;
  let qualifier: Qualifier = 'exact';
  let qualifierWord: string | undefined;
  // 从上半年5.5%降到5.3%: the figure is the level reached, a level of its own (no change)
  const start = sticky(lexicon().figures.changeFrom, s, p);
  let earlier: Figure['earlier'];
  let acrossYears = false;
  if (start) {
    const [whole, fromYear, number, verb, toYear] = start;
    const from = p + whole.indexOf(number, fromYear ? fromYear.length : 0);
    earlier = { from, to: from + number.length, number };
    acrossYears = Boolean(fromYear || toYear) || lexicon().figures.overYears.has(verb);
    p = skipLinks(s, p + start[0].length, 2);
    direction = 'none';
  }
  // 持平 · 与上年持平: no change, a growth of 0
  const flat = sticky(lexicon().figures.flat, s, p);
  if (flat) {
    const to = p + flat[0].length;
    const q = lexicon().figures.flatQualifier[flat[1]];
    const word = q === 'exact' ? undefined : flat[1];
    return {
      figure: {
        from: p,
        to,
        number: '0',
        number2: undefined,
        unit: FLAT_UNIT,
        direction: 'rise',
        qualifier: q,
        qualifierWord: word,
        approx: false,
      },
      end: to,
    };
  }
  const v = sticky(VERB, s, p);
  if (v) {
    direction = v[1] ? 'rise' : 'fall';
    p = skipLinks(s, p + v[0].length, 2);
  }
  // 高于全国0.4个百分点: the comparison stands where a qualifier would
  const g = sticky(lexicon().figures.gap, s, p);
  if (g) p += g[0].length;
  const q = sticky(QUAL_BEFORE, s, p);
  if (q) {
    qualifier = before[q[0]];
    qualifierWord = q[0];
    p += q[0].length;
  }
  const f = sticky(FIGURE, s, p);
  if (!f) return readChineseFigure(s, p, direction, qualifier, qualifierWord);
  const [, n1, approx1, unit1, rangeSep, n2, , unit2, after] = f;
  const unit = unit2 ?? unit1 ?? '';
  if (rangeSep && n2) {
    // a range only when both ends share a unit, or the first end has none: 6.5%－7%, 8—10家
    if (unit1 && unit2 && unit1 !== unit2) return null;
    qualifier = 'range';
  }
  // 左右 wins over 控制在; a range keeps its two ends (增长6%-7%左右 is the band 6–7)
  if (after && qualifier !== 'range') {
    qualifier = afterWords[after];
    qualifierWord = after;
  }
  if (approx1 && qualifier === 'exact') {
    qualifier = 'at_least';
    qualifierWord = approx1;
  }
  return {
    figure: {
      from: p,
      to: p + f[0].length,
      number: n1,
      number2: rangeSep ? n2 : undefined,
      unit,
      direction,
      qualifier,
      qualifierWord,
      approx: Boolean(approx1),
      earlier,
      ...(acrossYears ? { acrossYears } : {}),
      ...(g ? { gap: true } : {}),
    },
    end: p + f[0].length,
  };
}

/** 十件 → 10 件; 三分之二 → 66.67 %; 百分之十一点八 → 11.8 %; 百分之八至九 → 8–9 %. */
function readChineseFigure(
  s: string,
  p: number,
  direction: Figure['direction'],
  qualifier: Qualifier,
  qualifierWord?: string,
): { figure: Figure; end: number } | null {
  const { FIGURE_PERCENT_ZH, FIGURE_FRACTION, FIGURE_ZH, QUAL_AFTER } = expressions();
  const pct = sticky(FIGURE_PERCENT_ZH, s, p);
  if (pct) {
    const number = decodeDecimal(pct[1], pct[2]);
    const number2 = pct[3] ? decodeDecimal(pct[3], pct[4]) : undefined;
    if (!number || (pct[3] && !number2)) return null;
    let end = p + pct[0].length;
    if (number2) qualifier = 'range';
    const after = sticky(QUAL_AFTER, s, end);
    if (after) {
      qualifier = lexicon().qualifiers.after[after[0]];
      qualifierWord = after[0];
      end += after[0].length;
    }
    return { figure: { from: p, to: end, number, number2, unit: '%', direction, qualifier, qualifierWord }, end };
  }
  const frac = sticky(FIGURE_FRACTION, s, p);
  if (frac) {
    const pct = fractionPercent(frac[1], frac[2]);
    if (!pct) return null;
    const end = p + frac[0].length;
    return { figure: { from: p, to: end, number: pct, unit: '%', direction, qualifier, qualifierWord }, end };
  }
  const zh = sticky(FIGURE_ZH, s, p);
  if (!zh || zh[1] === lexicon().numerals.article) return null;
  const n = decodeInteger(zh[1]);
  if (!n) return null;
  const end = p + zh[0].length;
  return { figure: { from: p, to: end, number: String(n), unit: zh[2], direction, qualifier, qualifierWord }, end };
}

/** A list of figures joined by 和/、: "13.2%和6.24%". The verb of the first carries to the rest. */
function readList(s: string, at: number, limit: number): FigureList | null {
  const { RESPECTIVELY, JOIN, LINK_WORD } = expressions();
  let p = skipLinks(s, at);
  let respectively = false;
  const r = sticky(RESPECTIVELY, s, p);
  if (r) {
    respectively = true;
    // 分别增长 keeps its verb for the figure reader
    p += r[0].length;
  }
  const first = readFigure(s, p, 'none');
  if (!first || first.end > limit) return null;
  const figures = [first.figure];
  let end = first.end;
  for (;;) {
    const j = sticky(JOIN, s, end);
    if (!j) break;
    // 11%、力争达到11.5%: the stretch figure is not one more of the list
    if (sticky(lexicon().figures.stretch, s, end + j[0].length)) break;
    // 突破4000亿元、达到4211亿元: a figure with a link of its own is not one more of a list that shares
    // its verb, but a figure of its own (here the level, after the milestone it passed)
    if (!respectively && sticky(LINK_WORD, s, end + j[0].length)) break;
    const next = readFigure(s, end + j[0].length, first.figure.direction);
    // 增长5.4%、高于全国0.4个百分点: a gap to another figure is not one more of the list
    if (!next || next.end > limit || next.figure.gap) break;
    // 134.9万亿元、增长5%: a figure of another shape starts a new list
    if (shape(next.figure) !== shape(first.figure)) break;
    figures.push(next.figure);
    end = next.end;
  }
  // 分别控制在4.5%、3%和6‰以内: the bound written after the last figure holds for each figure of the list,
  // the first too, whose 控制在 alone would read as exact said of a past year (as 控制在5%以内 does not)
  const last = figures[figures.length - 1];
  const planBounds = lexicon().data.qualifiers.plan_bounds;
  if (respectively && figures.length > 1 && last.qualifierWord && last.qualifierWord in lexicon().qualifiers.after)
    for (const f of figures)
      if (f.qualifierWord === undefined ? f.qualifier === 'exact' : planBounds.includes(f.qualifierWord)) {
        f.qualifier = last.qualifier;
        f.qualifierWord = last.qualifierWord;
      }
  return { figures, respectively, from: at, to: end, stretch: Boolean(sticky(lexicon().figures.stretch, s, at)) };
}

/**
 * The figure lists after a name, up to `limit` (the next name or the end of the
 * sentence). Stops at the first clause that is not a figure of the same subject.
 */
export function readFigureLists(s: string, at: number, limit: number): FigureList[] {
  const { GROWTH_CONTINUES, MILESTONE, RANK_CLAUSE } = expressions();
  const lists: FigureList[] = [];
  // 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％ · …人均可支配收入，2000年分别达到2253元和6280元:
  // a comma right after the name, then its figures (or a clause without figures before them)
  let p = at < limit && COMMA.test(s[at]) ? at + 1 : at;
  while (p < limit) {
    // 、年均增长5.7%: a clause of the same subject that a word of several years opens is set aside, and ends the figures
    // (较上年 is a link, not 较 of an earlier period)
    const several =
      p > at && !sticky(expressions().LINK_WORD, s, p) ? sticky(lexicon().figures.severalYearsOpen, s, p) : null;
    if (several) {
      const list = readList(s, p + several[0].length, limit);
      if (list) lists.push({ ...list, from: p, modifiedBy: 'not_one_year' });
      break;
    }
    let list = readList(s, p, limit);
    if (!list) {
      // one short clause without figures may stand before a figure of the same subject:
      // 地方财政收入突破两亿元大关,达到20034万元 · 财政总收入107.15亿元,首次突破百亿大关,同比增长14.5%
      // · 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%
      const skip = sticky(NO_DIGIT_CLAUSE, s, p) ?? sticky(RANK_CLAUSE, s, p);
      if (!skip || !sticky(GROWTH_CONTINUES, s, p + skip[0].length)) break;
      // 扣除价格因素，分别增长9.6%和6.2% (real growth) goes on; 扣除房地产开发投资，增长… is a part's figure
      if (partLeftOut(skip[0])) break;
      list = readList(s, p + skip[0].length, limit);
      if (!list) break;
    }
    lists.push(list);
    p = list.to;
    const milestone = sticky(MILESTONE, s, p);
    if (milestone) p += milestone[0].length;
    const c = sticky(CLAUSE_BREAK, s, p);
    if (!c) break;
    p += c[0].length;
  }
  return lists;
}

export function isPercent(unit: string): boolean {
  return lexicon().units.percent[unit]?.base === 'percent';
}

export function isPercentagePoints(unit: string): boolean {
  return lexicon().units.percent[unit]?.base === 'percentage_points';
}

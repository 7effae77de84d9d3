// The lexicon compiled once: each list of words as one alternation (longest first,
// so 不低于 is not read as 低于), each pattern as one regular expression. The readers
// build their own expressions around these sources (the structure is theirs, the
// words are the lexicon's), once per lexicon (perLexicon in index.ts).
import type { Qualifier } from '../core/model.js';
import type { LexiconData, UnitBase } from './types.js';

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Characters for a character class: [, ], \, ^ and - escaped. */
export function escapeClass(s: string): string {
  return s.replace(/[\]\\^[-]/g, '\\$&');
}
const byLength = (a: string, b: string) => b.length - a.length;
/** Words as one alternation, longest first. */
export const alt = (words: readonly string[]) => words.slice().sort(byLength).map(escape).join('|');

/** A decimal as written after normalisation (full-width digits are already folded). */
export const NUMBER = String.raw`\d+(?:\.\d+)?`;

export interface Lexicon {
  data: LexiconData;
  /** sha256 of the data: part of every cache key */
  hash: string;
  units: {
    multipliers: Record<string, string>;
    /** a multiplier at the start of a unit, the longest first (千万元 is 千万, not 千) */
    multiplierAtStart: RegExp;
    /** the multipliers, and '' for none: the prefixes a unit may have */
    prefixes: string[];
    base: Record<string, UnitBase>;
    percent: Record<string, UnitBase>;
    /** 亿元, 万人, 平方米, %, 个百分点 ... (multiplier optional; the percent-like units first: 0.1个百分点 is not 0.1 个) */
    unit: string;
    /** units a count in Chinese numerals may carry */
    counted: string;
  };
  qualifiers: {
    before: Record<string, Qualifier>;
    after: Record<string, Qualifier>;
    beforeAlt: string;
    afterAlt: string;
    approxAlt: string;
  };
  figures: {
    riseAlt: string;
    fallAlt: string;
    /** words that leave a part out of the whole (扣除…后), global */
    excluding: RegExp;
    /** what they may leave out and still give the whole, adjusted (价格因素), sticky after the word */
    excludingAdjusts: RegExp;
    linksAlt: string;
    /** sticky */
    stretch: RegExp;
    /** a figure with its unit, for telling a clause that states a figure of its own from a topic */
    withUnit: RegExp;
    /** what stands between the ends of a range: a symbol or a word */
    rangeAlt: string;
    respectivelyAlt: string;
    joinAlt: string;
    milestoneAlt: string;
    growthContinuesAlt: string;
    modifiesNext: string[];
    /** 高于全国 · 低于全省平均: what stands before a gap to another figure */
    gap: RegExp;
    /** the code that sets aside the figure after a modifying word, by the word */
    modifiedCode: Map<string, 'share_of' | 'not_one_year' | 'change_not_amount'>;
    growthNames: string[];
    /** one name written for several sectors (一、二、三产业增加值), global */
    sectorList: RegExp;
    /** a sector's ordinal → the full name of its value added */
    sectors: Record<string, string>;
    /** a word of no change (持平), its word of comparison before it optional: the word captured, sticky */
    flat: RegExp;
    flatQualifier: Record<string, Qualifier>;
    /** 从上半年5.5%降到: the level a change starts from (its number in group 1), up to the verb that reaches the next */
    changeFrom: RegExp;
    /** 年均, 平均每年, 累计: a word of several years that opens a clause of figures (sticky) */
    severalYearsOpen: RegExp;
    /** the verbs of a level grown to over years (增长到) */
    overYears: Set<string>;
    /** 在对美贸易下降超3成的情况下: a clause of circumstance between a name and its figure */
    circumstance: RegExp;
    /** 内外资: a word inside a name that stands for two parts, and the parts */
    splitWord: RegExp;
    splitParts: Record<string, string[]>;
  };
  numerals: {
    /** a Chinese integer: 十, 十五, 二十三, 一百零五 */
    integer: string;
    /** 三分之二, the denominator and the numerator captured */
    fraction: string;
    /** 百分之十一点八, 百分之八至九: integer, decimals, and the second end's */
    percent: string;
    digits: Record<string, string>;
    zero: string;
    aliases: Record<string, string>;
    /** the numerals written another way, as one global expression */
    aliasRe: RegExp;
    article: string;
  };
  time: {
    multiYear: RegExp;
    /** global */
    multiYearAll: RegExp;
    /** global */
    planYear: RegExp;
    /** global */
    severalYearsScope: RegExp;
    /** global */
    oneYearScope: RegExp;
    /** global */
    oneYearOpening: RegExp;
    oneYear: RegExp;
    targetCue: RegExp;
    estimate: RegExp;
  };
  sections: {
    yearSuffix: string;
    thisYear: string;
    topHeading: RegExp;
    /** a year named: its digits captured */
    year: RegExp;
    /** global */
    years: RegExp;
    yearSpan: RegExp;
    reviewHeading: RegExp;
    severalYearsHeading: RegExp;
    oneYearHeading: RegExp;
    planPeriodHeading: RegExp;
    planHeading: RegExp;
    bareHeading: RegExp;
  };
  communique: {
    /** each global, with its replacement */
    rewrites: Array<[RegExp, string]>;
    compareClass: string;
    yearBeforeWord: string;
    /** at the end of a name */
    placeSuffix: RegExp;
    /** global */
    title: RegExp;
    dateline: RegExp;
    monthOrQuarter: RegExp;
    /** global */
    year: RegExp;
    yearBefore: RegExp;
    laterYear: RegExp;
    /** global */
    annual: RegExp;
    yearEnd: RegExp;
    average: RegExp;
    restricted: RegExp;
    realGrowth: RegExp;
    leadWords: string[];
    endsWithJoiner: RegExp;
    partOfNation: RegExp;
    theNation: RegExp;
    signedLead: string;
    statingVerbs: string[];
    averageRate: RegExp;
  };
  markers: {
    /** the list markers as a character class's contents */
    listMarkerClass: string;
    listMarker: RegExp;
    numberedItem: RegExp;
    salutation: RegExp;
  };
  targets: {
    header: RegExp;
    heading: RegExp;
    comparedWithTarget: RegExp;
    inStepBetween: RegExp;
    inStepReference: RegExp;
    inStepEconomy: string;
    /** sticky */
    inStepTail: RegExp;
    /** global */
    quota: RegExp;
    declineBefore: RegExp;
    declineWord: RegExp;
    /** sticky */
    declinedTail: RegExp;
    /** sticky */
    declineAfter: RegExp;
  };
  jurisdiction: {
    splitPrefixes: Record<string, string[]>;
    thisJurisdiction: string[];
    /** words that may stand before a name as its subject or a link (全区, 全年, 实现) */
    subjectWords: string[];
    /** a name's suffix, at its end */
    suffix: RegExp;
    /** subject words that name a level (全国, 全省): another jurisdiction in a report of a lower level */
    levelSubjects: Partial<Record<'national' | 'province' | 'city', string[]>>;
  };
}

export function compileLexicon(data: LexiconData, hash: string): Lexicon {
  const { units, qualifiers, figures, numerals, time, sections, communique, markers, targets, jurisdiction } = data;
  const rangeWords = alt(numerals.range_words);
  const pctNumber = `([${escapeClass(numerals.percent_chars)}]+)(?:${escape(numerals.decimal_point)}([${escapeClass(Object.keys(numerals.decimal_digits).join(''))}]+))?`;
  const pctPrefix = escape(numerals.percent_prefix);
  const unit = `(?:${alt(Object.keys(units.percent_units))}|(?:${alt(Object.keys(units.multipliers))})?(?:${alt(Object.keys(units.base_units))}))`;
  const listMarkerClass = escapeClass(markers.list_markers);
  /** 2020年: a year, as a change's end names it */
  const yearWord = `(?:1[89]|2[01])\\d\\d${escape(sections.year_suffix)}`;
  return {
    data,
    hash,
    units: {
      multipliers: units.multipliers,
      prefixes: ['', ...Object.keys(units.multipliers)],
      multiplierAtStart: new RegExp(`^(?:${alt(Object.keys(units.multipliers))})`),
      base: units.base_units,
      percent: units.percent_units,
      unit,
      counted: alt(units.counted_after_numeral),
    },
    qualifiers: {
      before: qualifiers.before,
      after: qualifiers.after,
      beforeAlt: alt(Object.keys(qualifiers.before)),
      afterAlt: alt(Object.keys(qualifiers.after)),
      approxAlt: alt(qualifiers.approx_after),
    },
    figures: {
      riseAlt: alt(figures.rise),
      fallAlt: alt(figures.fall),
      excluding: new RegExp(alt(figures.excluding), 'g'),
      excludingAdjusts: new RegExp(alt(figures.excluding_adjusts), 'y'),
      linksAlt: alt(figures.links),
      stretch: new RegExp(figures.stretch, 'y'),
      withUnit: new RegExp(`${NUMBER}\\s?(?:${unit})`),
      rangeAlt: `${alt(figures.range_separators)}|${rangeWords}`,
      respectivelyAlt: alt(figures.respectively),
      joinAlt: alt(figures.joins),
      milestoneAlt: alt(figures.milestone),
      growthContinuesAlt: alt(figures.growth_continues),
      modifiesNext: figures.modifies_next,
      gap: new RegExp(`(?:${alt(figures.gap.than)})(?:${alt(figures.gap.other)})(?:${alt(figures.gap.level)})?`, 'y'),
      modifiedCode: new Map(
        Object.entries(figures.modified_figures).flatMap(([code, words]) =>
          (words ?? []).map((w) => [w, code as 'share_of' | 'not_one_year' | 'change_not_amount'] as const),
        ),
      ),
      growthNames: figures.growth_names,
      sectorList: new RegExp(figures.sector_list, 'g'),
      sectors: figures.sectors,
      flat: new RegExp(`(?:${alt(figures.flat_compared)})?(${alt(Object.keys(figures.flat))})`, 'y'),
      flatQualifier: figures.flat,
      // 从上年的5.5%降到5.3% · 从2020年的3.68万亿元增长到2025年的4.93万亿元: groups are the year the
      // change starts in, the number it starts from, the verb, the year it reaches (a named year at either
      // end, or a verb of growth over years, makes it a comparison across years)
      changeFrom: new RegExp(
        `(?:${alt(figures.change_from.from)})(?:(${yearWord})|${alt(figures.change_from.earlier)})?(?:${alt(figures.change_from.particle)})?(${NUMBER})(?:${unit})?(${alt([...figures.change_from.to, ...(figures.change_from.to_over_years ?? [])])})(?:(${yearWord})(?:${alt(figures.change_from.particle)})?)?`,
        'y',
      ),
      severalYearsOpen: new RegExp(`(?:${alt(figures.modified_figures.not_one_year ?? [])})`, 'y'),
      overYears: new Set(figures.change_from.to_over_years ?? []),
      splitWord: new RegExp(alt(Object.keys(figures.split_words)) || '(?!)', 'g'),
      splitParts: figures.split_words,
      circumstance: new RegExp(
        `(?:${alt(figures.circumstance.open)})[^,，;；。:：\\n]{1,30}?(?:${alt(figures.circumstance.close)})`,
        'y',
      ),
    },
    numerals: {
      integer: `[${escapeClass(numerals.integer_chars)}]+`,
      fraction: `([${escapeClass(numerals.fraction_chars)}]+)${escape(numerals.fraction_between)}([${escapeClass(numerals.fraction_chars)}]+)`,
      percent: `${pctPrefix}${pctNumber}(?:(?:${rangeWords})(?:${pctPrefix})?${pctNumber})?`,
      digits: numerals.decimal_digits,
      zero: numerals.zero,
      aliases: numerals.aliases,
      aliasRe: new RegExp(`[${escapeClass(Object.keys(numerals.aliases).join(''))}]`, 'g'),
      article: numerals.article,
    },
    time: {
      multiYear: new RegExp(time.multi_year),
      multiYearAll: new RegExp(time.multi_year, 'g'),
      planYear: new RegExp(time.plan_year, 'g'),
      severalYearsScope: new RegExp(time.several_years_scope, 'g'),
      oneYearScope: new RegExp(time.one_year_scope, 'g'),
      oneYearOpening: new RegExp(time.one_year_opening, 'g'),
      oneYear: new RegExp(alt(time.one_year)),
      targetCue: new RegExp(alt(time.target_cue)),
      estimate: new RegExp(alt(time.estimate)),
    },
    sections: {
      yearSuffix: sections.year_suffix,
      thisYear: sections.this_year,
      topHeading: new RegExp(sections.top_heading),
      year: new RegExp(`(\\d{4})${escape(sections.year_suffix)}`),
      years: new RegExp(`(\\d{4})${escape(sections.year_suffix)}`, 'g'),
      yearSpan: new RegExp(sections.year_span),
      reviewHeading: new RegExp(sections.review_heading),
      severalYearsHeading: new RegExp(sections.several_years_heading),
      oneYearHeading: new RegExp(sections.one_year_heading),
      planPeriodHeading: new RegExp(sections.plan_period_heading),
      planHeading: new RegExp(sections.plan_heading),
      bareHeading: new RegExp(sections.bare_heading),
    },
    communique: {
      rewrites: Object.entries(communique.rewrites).map(([p, to]) => [new RegExp(p, 'g'), to]),
      compareClass: escapeClass(communique.compare_chars),
      yearBeforeWord: communique.year_before_word,
      placeSuffix: new RegExp(`(?:${communique.place_suffix})$`),
      title: new RegExp(communique.title, 'g'),
      dateline: new RegExp(communique.dateline),
      monthOrQuarter: new RegExp(communique.month_or_quarter),
      year: new RegExp(communique.year, 'g'),
      yearBefore: new RegExp(communique.year_before),
      laterYear: new RegExp(communique.later_year),
      annual: new RegExp(communique.annual, 'g'),
      yearEnd: new RegExp(communique.year_end),
      average: new RegExp(communique.average),
      restricted: new RegExp(communique.restricted),
      realGrowth: new RegExp(communique.real_growth),
      leadWords: communique.lead_words,
      endsWithJoiner: new RegExp(communique.ends_with_joiner),
      partOfNation: new RegExp(communique.part_of_nation),
      theNation: new RegExp(communique.the_nation),
      signedLead: communique.signed_lead,
      statingVerbs: communique.stating_verbs,
      averageRate: new RegExp(communique.average_rate),
    },
    markers: {
      listMarkerClass,
      listMarker: new RegExp(`^\\s*(?:[${listMarkerClass}]|——|—)\\s*`),
      // 1. · 2、 · (3) · 四、 · 五是 · ⑥: the item numerals and the markers are the lexicon's, the shape is here
      numberedItem: new RegExp(
        `^\\s*(?:\\d{1,2}[.、](?!\\d)|[(（]\\d{1,2}[)）]|[(（]?[${escapeClass(markers.item_numerals)}]{1,2}(?:[)）、]|${escape(markers.ordinal_suffix)})|[\\u2460-\\u2473])\\s*`,
      ),
      salutation: new RegExp(markers.salutation),
    },
    targets: {
      header: new RegExp(targets.targets_header),
      heading: new RegExp(targets.targets_heading),
      comparedWithTarget: new RegExp(alt(targets.compared_with_target)),
      inStepBetween: new RegExp(targets.in_step_between),
      inStepReference: new RegExp(targets.in_step_reference),
      inStepEconomy: targets.in_step_economy,
      inStepTail: new RegExp(targets.in_step_tail, 'y'),
      quota: new RegExp(targets.quota, 'g'),
      declineBefore: new RegExp(targets.decline_before),
      declineWord: new RegExp(targets.decline_word),
      declinedTail: new RegExp(targets.declined_tail, 'y'),
      declineAfter: new RegExp(targets.decline_after, 'y'),
    },
    jurisdiction: {
      splitPrefixes: jurisdiction.split_prefixes,
      thisJurisdiction: jurisdiction.this_jurisdiction,
      subjectWords: jurisdiction.subject_words,
      suffix: new RegExp(`(?:${jurisdiction.suffix})$`),
      levelSubjects: jurisdiction.level_subjects ?? {},
    },
  };
}

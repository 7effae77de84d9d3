// Refiner: a communiqué reports one year (covers_year). What it says of another
// year, a month or a quarter, several years, the year before, or a plan is not
// that year's figure:
//   12月份，全国城镇调查失业率为5.1% · 一季度国内生产总值同比增长5.3%
//   两年平均增长5.1% · 比2019年增长 · 略低于上年末的4.1% · 今年…预期目标
// A news item that quotes the communiqué brings its own dates (2025年2月28日) and
// targets; only the words from the start of the sentence to the figure count.
import { lexicon } from '../../../lexicon/index.js';
import type { Candidate } from '../../types.js';
import { leadOf, afterNameOf } from './window.js';
import { clausePrefix } from '../../refiners/subject.js';

// the lexicon's communique words: a month or a quarter; a year named in the sentence, unless it is a base of
// comparison or of prices (比2019年, 按2020年价格), or a date; the year before as the subject of a figure
// (上年末的4.1%, not 比上年); the year of publication or after (a repost's own words); and words that name the
// annual figure itself and would read as several years (全年平均, 全年累计)

export function refineCommuniqueTime(text: string, cands: Candidate[], coversYear: number): void {
  const { multiYear, targetCue, estimate } = lexicon().time;
  const {
    monthOrQuarter: MONTH_OR_QUARTER,
    year: YEAR,
    yearBefore: YEAR_BEFORE,
    laterYear: LATER_YEAR,
    annual: ANNUAL,
  } = lexicon().communique;
  for (const c of cands) {
    if (c.dropped) continue;
    // the name itself may hold a word of these (计划生育符合率): it is left out.
    // A time is said for the sentence (12月份，全国…); a plan or the year before, in the figure's own clause
    // (经济运行好于预期，全年国内生产总值… is this year's figure).
    const after = afterNameOf(text, c);
    const words = `${leadOf(text, c)}|${after}`;
    const clause = `${clausePrefix(text, c.sentence.from, c.groupFrom)}|${after}`;
    c.periodSource = 'implied';
    const target = targetCue.exec(clause);
    if (target) {
      c.code = 'plan_goal';
      c.dropped = `a target, not an outcome: "${target[0]}"`;
      continue;
    }
    const month = MONTH_OR_QUARTER.exec(words);
    if (month) {
      c.code = 'quarter_or_month';
      c.dropped = `a month's or a quarter's figure: "${month[0]}"`;
      continue;
    }
    const scoped = words.replace(ANNUAL, (w) => ' '.repeat(w.length));
    const multi = multiYear.exec(scoped);
    if (multi) {
      c.code = 'not_one_year';
      c.dropped = `not a one-year figure: "${multi[0]}"`;
      continue;
    }
    let other: number | undefined;
    for (const y of scoped.matchAll(YEAR)) {
      const year = Number(y[1]);
      if (year === coversYear) c.periodSource = 'stated';
      else other = year;
    }
    if (other !== undefined) {
      c.code = 'other_year';
      c.dropped = `a figure for ${other}, not ${coversYear}`;
      continue;
    }
    const before = YEAR_BEFORE.exec(clause);
    if (before) {
      c.code = 'other_year';
      c.dropped = `a figure of the year before: "${before[0]}"`;
      continue;
    }
    const later = LATER_YEAR.exec(scoped);
    if (later) {
      c.code = 'other_year';
      c.dropped = `a figure of the year of publication: "${later[0]}"`;
      continue;
    }
    if (estimate.test(clause)) {
      c.estimated = true;
      c.confidence = Math.min(c.confidence, 0.5);
      c.notes.push(`an estimate (${lexicon().data.time.estimate.join(', ')}) in a communiqué`);
    }
    c.kind = 'actual';
    c.period = coversYear;
  }
}

// Refiner: is the figure an actual or a target, and for which year? What the
// sentence states wins (2007年, 去年, 今年…预期目标); then the nearest word of
// time earlier in the paragraph; otherwise the section implies it (the review of
// last year, the plan for this year). Mirrors chrono's assign/imply:
// periodSource says which.
import type { Candidate } from '../types.js';
import { alt, escape, lexicon, perLexicon } from '../../lexicon/index.js';
import { clauseStart, governs } from './clauses.js';
import { kindIn, planYear, reviewYear } from '../context.js';

/** The nearest word of time before a figure: a year, 去年 / 过去一年, 今年, or several years. */
const timeCue = perLexicon(
  ({ data: { time }, sections }) =>
    new RegExp(
      `(?<!${time.not_the_year_before})(\\d{4})${escape(sections.yearSuffix)}(?!${time.not_the_year_after})|((?<!${time.not_last_year_after})(?:${alt(time.last_year)}))|(${alt(time.this_year)})|(${alt(time.several_years)})`,
      'g',
    ),
);

/** 在2023年国家考评第三的好成绩基础上, 在2020年疫情冲击的情况下: a clause of circumstance, global. */
const circumstanceAll = perLexicon(({ figures }) => new RegExp(figures.circumstance.source, 'g'));

type Cue = { year: number } | { last: true } | { this: true } | { multi: true };

/**
 * Whether an offset of s lies inside a clause of circumstance: a year there is a base or a
 * backdrop, not the figure's time. Asked with rising offsets; s is scanned once, when first asked.
 */
function circumstanceTest(s: string): (i: number) => boolean {
  let spans: Array<[number, number]> | undefined;
  let k = 0;
  return (i) => {
    spans ??= Array.from(s.matchAll(circumstanceAll()), (m) => [m.index, m.index + m[0].length]);
    while (k < spans.length && spans[k][1] <= i) k++;
    return k < spans.length && spans[k][0] < i;
  };
}

/**
 * The last word of time in s. A word of several years counts only where it governs
 * the figure (clauses.ts): 过去五年年均增长12.1%,完成税收收入512.3亿元 leaves the
 * second clause to the words before it. `at` places s in the text, for that test.
 */
function lastCue(
  s: string,
  at?: { text: string; sentenceFrom: number; from: number; ownFrom: number; ownTo: number },
): Cue | undefined {
  let cue: Cue | undefined;
  const inCircumstance = circumstanceTest(s);
  for (const m of s.matchAll(timeCue())) {
    if (m[4] && at && !governs(at.text, at.sentenceFrom, at.from + m.index!, at.ownFrom, at.ownTo)) continue;
    if (m[1] && inCircumstance(m.index!)) continue;
    cue = m[1] ? { year: Number(m[1]) } : m[2] ? { last: true } : m[3] ? { this: true } : { multi: true };
  }
  return cue;
}

/**
 * Whether a figure in a targets paragraph is said of an earlier year than the targets' own, in its own
 * sentence after the header: in its clause, between its name and itself, or in a clause before it that
 * states no figure (…任务。会议透露,2018年云南省地区生产总值增长8.9%). Such a sentence reports, it
 * sets nothing; it sits in the targets paragraph where a paragraph break was lost (a PDF's text layer
 * cut at one width cannot show one after a full last line). A year in a clause with a figure of its own
 * (增长6.5%左右,高于2018年0.3个百分点) is that clause's.
 */
function earlierYearStated(text: string, c: Candidate, from: number, ownFrom: number, targetsYear: number): boolean {
  const own = lastCue(text.slice(c.nameTo, c.to));
  if (own && 'year' in own) return own.year < targetsYear;
  const before = text.slice(from, c.nameFrom);
  const inCircumstance = circumstanceTest(before);
  const { withUnit } = lexicon().figures;
  let year: number | undefined;
  for (const m of before.matchAll(timeCue())) {
    if (!m[1] || inCircumstance(m.index)) continue;
    const at = from + m.index;
    // a year in an earlier clause reaches the figure only across clauses that state no figure
    if (at < ownFrom && withUnit.test(text.slice(clauseStart(text, from, at), ownFrom))) continue;
    year = Number(m[1]);
  }
  return year !== undefined && year < targetsYear;
}

export function refineTime(text: string, cands: Candidate[], reportYear: number): void {
  for (const c of cands) {
    placeInTime(text, c, reportYear);
    // 增长目标为7%: a figure the name reaches through a word of intent is a target; said of a past year
    // (a review recalling the year's target) it is not the outcome
    if (!c.dropped && c.kind === 'actual' && lexicon().time.targetCue.test(text.slice(c.nameTo, c.to))) {
      c.code = 'restates_target';
      c.dropped = 'a word of intent between the name and its figure: a target recalled, not the outcome';
    }
  }
}

function placeInTime(text: string, c: Candidate, reportYear: number): void {
  const { estimate, targetCue: TARGET_CUE } = lexicon().time;
  if (c.dropped) return;
  const s = c.sentence;
  const para = s.paragraph;
  const section = para.section;
  const before = text.slice(s.from, c.nameFrom);
  const sentence = text.slice(s.from, s.to);
  const planned = planYear(section, reportYear);
  const kind = kindIn(section, reportYear);
  // 预计 governs a list split by semicolons, up to the full stop: 预计地区生产总值…；规模以上工业增加值…
  const stop = Math.max(text.lastIndexOf('。', c.nameFrom - 1), para.from - 1);
  c.estimated = estimate.test(text.slice(stop + 1, c.nameFrom));

  const ownFrom = clauseStart(text, s.from, Math.min(c.groupFrom, c.from));
  // the paragraph lists the year's targets (预期目标为：…), unless the figure's own sentence names an earlier year
  if (
    para.targetsFrom !== undefined &&
    c.nameFrom >= para.targetsFrom &&
    !earlierYearStated(text, c, Math.max(s.from, para.targetsFrom), ownFrom, para.targetsYear ?? reportYear)
  ) {
    const year = para.targetsYear ?? reportYear;
    // a plan's goals for a later year after the header (主要目标是：…到2030年，…居民人均可支配收入达到9万元左右)
    const later = lastCue(text.slice(para.targetsFrom, c.nameFrom));
    if (later && 'year' in later && later.year > year) {
      c.dropped = `a year (${later.year}) that is neither reviewed nor planned`;
      c.code = 'other_year';
      return;
    }
    setTarget(c, year, para.targetsYear ? 'stated' : 'implied', reportYear);
    return;
  }
  const targetCue = TARGET_CUE.test(sentence);
  // 国内生产总值2000年达89404亿元 · 固定资产投资今年要增长10%左右: a year between the name and its figure is the figure's own
  const own = lastCue(text.slice(c.nameTo, c.to));
  const cue =
    own && ('year' in own || 'this' in own)
      ? own
      : lastCue(before, { text, sentenceFrom: s.from, from: s.from, ownFrom, ownTo: c.to });
  if (cue) {
    placeByCue(c, cue, 'stated', reportYear, planned, targetCue, kind === 'plan');
    return;
  }
  const paraCue = lastCue(text.slice(para.from, s.from), {
    text,
    sentenceFrom: para.from,
    from: para.from,
    ownFrom,
    ownTo: c.to,
  });
  if (paraCue && !('this' in paraCue) && !('year' in paraCue && paraCue.year >= reportYear)) {
    placeByCue(c, paraCue, 'implied', reportYear, planned, targetCue, kind === 'plan');
    return;
  }
  if (s.multiYear) {
    c.code = 'several_years';
    c.dropped = 'in a passage about several years';
    return;
  }
  switch (kind) {
    case 'review':
      setActual(c, reviewYear(section, reportYear), 'implied');
      break;
    case 'review_multiyear':
      c.code = 'five_year';
      c.dropped = 'in a five-year review without a year';
      break;
    case 'plan':
      setTarget(c, planned, targetCue ? 'stated' : 'implied', reportYear);
      if (!targetCue) {
        c.confidence = Math.min(c.confidence, 0.7);
        c.notes.push('a figure in the plan section without a word of intent');
      }
      break;
    case 'multiyear':
      c.code = 'five_year';
      c.dropped = 'in a five-year plan or retrospective';
      break;
  }
}

function placeByCue(
  c: Candidate,
  cue: Cue,
  source: 'stated' | 'implied',
  reportYear: number,
  planYear: number,
  targetCue: boolean,
  inPlan: boolean,
) {
  if ('multi' in cue) {
    c.code = 'several_years';
    c.dropped = 'after a word of several years';
  } else if ('last' in cue) setActual(c, reportYear - 1, source);
  else if ('this' in cue) {
    if (targetCue || inPlan) setTarget(c, reportYear, source, reportYear);
    else {
      c.code = 'this_year_in_review';
      c.dropped = `${lexicon().sections.thisYear} in a review without a word of intent`;
    }
  } else if (cue.year < reportYear) setActual(c, cue.year, source);
  else if (cue.year === planYear && (inPlan || targetCue)) setTarget(c, cue.year, source, reportYear);
  else {
    c.code = 'other_year';
    c.dropped = `a year (${cue.year}) that is neither reviewed nor planned`;
  }
}

function setActual(c: Candidate, year: number, source: 'stated' | 'implied') {
  c.kind = 'actual';
  // words that bound a plan but, said of a past year, report the figure itself (涨幅控制在2.6%)
  if (c.qualifierWord && lexicon().data.qualifiers.plan_bounds.includes(c.qualifierWord)) c.qualifier = 'exact';
  c.period = year;
  c.periodSource = source;
  if (source === 'implied') {
    c.confidence = Math.min(c.confidence, 0.85);
    c.notes.push('the year is implied by the section, not stated');
  }
}

/** A target set in words is only ever a target: said of a past year it is set aside. */
export function refineWordTargets(cands: Candidate[]): void {
  for (const c of cands)
    if (c.word && !c.dropped && c.kind !== 'target') {
      c.code = 'past_word_target';
      c.dropped = 'a target in words said of a past year';
    }
}

function setTarget(c: Candidate, year: number, source: 'stated' | 'implied', reportYear: number) {
  c.kind = 'target';
  c.period = year;
  c.periodSource = source;
  c.estimated = false;
  if (year !== reportYear) c.notes.push(`a target for ${year} in the report of ${reportYear}`);
}

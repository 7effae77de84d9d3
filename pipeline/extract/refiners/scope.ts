// Refiner: a figure over several years, a month or a quarter is not the year's
// year-over-year figure (年均增长, 比2002年增长65.5%, 五年城镇新增就业4500万人,
// 从一月份的下降20.07%). Nor is a figure that restates an earlier target in a
// review (没有实现年初确定的…降低4%左右…的目标), nor one that needs a word
// that the sentence lacks (竣工 counts only beside 开工建设).
import type { Candidate } from '../types.js';
import { alt, lexicon, perLexicon } from '../../lexicon/index.js';
import { clauseEnd, clauseStart, governs, numberInClause } from './clauses.js';
import { partLeftOut } from '../figures.js';

const fromTo = perLexicon(({ data }) => new RegExp(data.time.from_to, 'g'));
const namesProgramme = perLexicon(({ data }) => new RegExp(`^[”"]?(?:${alt(data.time.programme_after)})`));
const restatedTarget = perLexicon(({ data }) => new RegExp(data.targets.restated_target));
const planAfterName = perLexicon(({ data }) => new RegExp(`^(?:${alt(data.targets.plan_after_name ?? [])})`));
const CLAUSE_MARK = /[,，;；。]/;

/** 物价涨幅要从14.8%降到10%左右: a word of plan right after the name, with the figure in the name's clause. */
function plannedFigure(text: string, c: Candidate): boolean {
  if (!planAfterName().test(text.slice(c.nameTo, c.nameTo + 2))) return false;
  return !CLAUSE_MARK.test(text.slice(c.nameTo, c.to));
}

/** Whether a marker at `at` opens, or is the earlier time of, a change from a level (从上半年5.5%降到5.3%). */
function inChangeFrom(text: string, at: number): boolean {
  const { changeFrom } = lexicon().figures;
  for (const back of [0, ...lexicon().data.figures.change_from.from.map((w) => w.length)]) {
    if (back && !lexicon().data.figures.change_from.from.includes(text.slice(at - back, at))) continue;
    changeFrom.lastIndex = at - back;
    if (changeFrom.test(text)) return true;
  }
  return false;
}

/** Whether a word of several years names a five-year plan whose last year is `year`. */
function endsThisYear(marker: string, year: number): boolean {
  for (const [plan, last] of Object.entries(lexicon().data.time.plan_last_years))
    if (last === year && marker.includes(plan)) return true;
  return false;
}

/** The first word of several years (or 从…到) in the sentence up to the figure that governs it (clauses.ts), or undefined. */
function governingMarker(text: string, c: Candidate, year: number): string | undefined {
  const s = c.sentence;
  const upTo = text.slice(s.from, c.to);
  // a target set in words is judged by what stands before its name: 完成“十四五”国家考核目标 is the year's quota
  const limit = c.word === 'quota' ? c.nameTo - s.from : upTo.length;
  const ownFrom = figureClause(text, c);
  // 2025年是“十四五”收官之年 names the plan but speaks of one year
  const { planYear, multiYearAll } = lexicon().time;
  const planYears = [...upTo.matchAll(planYear)].map((m) => [m.index, m.index + m[0].length]);
  const inPlanYear = (at: number) => planYears.some(([from, to]) => at >= from && at < to);
  for (const re of [multiYearAll, fromTo()]) {
    re.lastIndex = 0;
    for (let m = re.exec(upTo); m && m.index < limit; m = re.exec(upTo)) {
      if (inPlanYear(m.index)) continue;
      // 从上半年5.5%降到5.3%: a change from a level of no year of its own ends at this year's level
      if (inChangeFrom(text, s.from + m.index)) continue;
      // 完成国家下达的“十四五”能耗强度下降目标 in a report of 2025: the plan's quota is its last year's
      if (c.word === 'quota' && endsThisYear(m[0], year)) continue;
      // 工业振兴三年行动 names a programme, not the years the figure covers
      if (namesProgramme().test(upTo.slice(m.index + m[0].length))) continue;
      // a target in words has no figure of its own to be governed: a clause before it with a number in
      // it (细颗粒物年均浓度控制在29微克/立方米左右) speaks of its own, even in a unit the lexicon lacks
      if (c.word && s.from + m.index < ownFrom && numberInClause(text, s.from, s.from + m.index)) continue;
      // 粮食连续五年增产，总产量10570亿斤: a streak says how long its own clause's predicate ran
      if (s.from + m.index < ownFrom && streakOfItsClause(text, s.from + m.index, s.from + m.index + m[0].length))
        continue;
      if (governs(text, s.from, s.from + m.index, ownFrom, c.to)) return m[0];
    }
  }
  return undefined;
}
const streakBefore = perLexicon(({ data }) => new RegExp(`(?:${alt(data.time.streak ?? [])})$`));
/** A word of a streak before the marker and a predicate after it in its clause (连续两年实现净增加), not the clause alone (连续三年，). */
function streakOfItsClause(text: string, markerAt: number, markerEnd: number): boolean {
  if (!streakBefore().test(text.slice(Math.max(0, markerAt - 4), markerAt))) return false;
  return HAN_AFTER.test(text.slice(markerEnd, clauseEnd(text, markerEnd, text.length)));
}
const HAN_AFTER = /[\u4e00-\u9fff]/;

/**
 * The clause a figure is judged by: its name's, or, where the figure stands in a later clause
 * that names its one year (前三季度地区生产总值增长5.2%，全年增长5%), that clause.
 */
function figureClause(text: string, c: Candidate): number {
  const s = c.sentence;
  const nameClause = clauseStart(text, s.from, Math.min(c.groupFrom, c.from));
  const own = clauseStart(text, s.from, c.to - 1);
  return own > nameClause && lexicon().time.oneYear.test(text.slice(own, c.to)) ? own : nameClause;
}

/**
 * A word that leaves a part out of the whole (扣除房地产开发投资后，固定资产投资增长…) in the figure's own
 * clause or in the one right before it, or undefined. Further back it governs nothing: 项目（不含房地产开发）
 * 投资增速…，社会消费品零售总额增长4%左右 leaves retail sales whole.
 */
function governingExclusion(text: string, c: Candidate): string | undefined {
  const s = c.sentence;
  const ownFrom = clauseStart(text, s.from, Math.min(c.groupFrom, c.from));
  const before = clauseStart(text, s.from, Math.max(s.from, ownFrom - 1));
  return partLeftOut(text.slice(before, c.nameFrom));
}

/** Sets the figure aside as a narrower scope where a word governing it leaves a part out; whether it did. */
export function setAsideNarrower(text: string, c: Candidate): boolean {
  const excluding = governingExclusion(text, c);
  if (!excluding) return false;
  c.code = 'narrower_scope';
  c.dropped = `a narrower scope: "${excluding}" leaves a part out`;
  return true;
}

/** A word of several years earlier in the paragraph that still governs the figure (not one inside a clause with a figure of its own). */
function multiYearParagraph(text: string, c: Candidate): boolean {
  const from = c.sentence.paragraph.from;
  const para = text.slice(from, c.sentence.from);
  const ownFrom = clauseStart(text, c.sentence.from, Math.min(c.groupFrom, c.from));
  // a paragraph that turns to several years (not 2025年是“十四五”收官之年): what follows in it needs a stated year
  const MULTI_YEAR_PARAGRAPH = lexicon().time.severalYearsScope;
  MULTI_YEAR_PARAGRAPH.lastIndex = 0;
  for (let m = MULTI_YEAR_PARAGRAPH.exec(para); m; m = MULTI_YEAR_PARAGRAPH.exec(para))
    if (governs(text, from, from + m.index, ownFrom, c.to)) return true;
  return false;
}

export function refineScope(text: string, cands: Candidate[], year: number): void {
  for (const c of cands) {
    if (c.dropped) continue;
    const s = c.sentence;
    const marker = governingMarker(text, c, year);
    if (marker) {
      c.code = 'not_one_year';
      c.dropped = `not a one-year figure: "${marker}"`;
      continue;
    }
    if (setAsideNarrower(text, c)) continue;
    if (c.periodSource !== 'stated' && multiYearParagraph(text, c)) {
      c.code = 'several_years';
      c.dropped = 'in a paragraph about several years';
      continue;
    }
    // in a review, a figure the name's plan word governs restates a target (or plans one): not the outcome
    if (c.kind === 'actual' && plannedFigure(text, c)) {
      c.code = 'restates_target';
      c.dropped = 'restates a target';
      continue;
    }
    const restated = restatedTarget().exec(text.slice(c.to, c.to + 12));
    // 增长11.6%、低于预期目标 compares the figure with the target: it is the outcome
    if (c.kind === 'actual' && restated && !lexicon().targets.comparedWithTarget.test(restated[0])) {
      c.code = 'restates_target';
      c.dropped = 'restates a target';
      continue;
    }
    const ctx = c.indicator.context;
    if (ctx && !text.slice(s.from, s.to).includes(ctx)) {
      c.code = 'needs_context';
      c.dropped = `needs "${ctx}" in the sentence`;
    }
  }
}

/**
 * A name a dictionary counts only where it states a target (names_targets_only: a user's word too loose to
 * name an outcome). The project's own dictionary has none since 经济增长 was found to name GDP in reviews too.
 */
export function refineTargetsOnly(cands: Candidate[], names: Set<string>): void {
  for (const c of cands) {
    if (!c.dropped && names.has(c.name) && c.kind !== 'target') {
      c.code = 'target_only_name';
      c.dropped = `"${c.name}" counts only where it states a target`;
    }
  }
}

// Rule: what a report says of its own targets. "社会消费品零售总额、地方财政收入低于年度预期目标"
// states two targets missed; "圆满完成了…确定的各项目标任务" states all met. These are
// records of stated attainment, set beside the computed status by derive.
import { alt, escape, lexicon, perLexicon } from '../../lexicon/index.js';
import { kindIn, type DocumentContext } from '../context.js';
import type { Mention } from '../types.js';

export interface StatedAttainment {
  /** an indicator id, or '*' for "all targets" */
  indicator: string;
  stated: 'met' | 'missed';
  period: number;
  from: number;
  to: number;
}

/** A report's words on its own targets, from the lexicon's targets and time words. */
const expressions = perLexicon(({ data: { targets, time } }) => {
  const qualify = targets.assessment_qualify;
  const target = escape(targets.target_word);
  return {
    MISSED: new RegExp(
      `(?:${alt(targets.missed_before)})${qualify}${target}|${target}(?:${alt(targets.missed_after)})`,
    ),
    MET: new RegExp(`(?:${alt(targets.met_before)})${qualify}${target}`),
    ALL_MET: new RegExp(targets.all_met),
    INTENT: new RegExp(alt(targets.intent)),
    LAST_YEAR: new RegExp(`(?<!${time.not_last_year_after})(?:${alt(time.last_year)})`),
  };
});

export function selfAssessments(
  text: string,
  ctx: DocumentContext,
  mentions: Map<unknown, Mention[]>,
  reportYear: number,
): StatedAttainment[] {
  const { MISSED, MET, ALL_MET, INTENT, LAST_YEAR } = expressions();
  const targetWord = lexicon().data.targets.target_word;
  const out: StatedAttainment[] = [];
  // every statement names a target (目标): most sentences are passed over without a regex.
  // The next 目标 is looked up once and kept while the sentences have not reached it.
  let nextTarget = -1;
  for (const s of ctx.sentences) {
    const kind = kindIn(s.paragraph.section, reportYear);
    if (nextTarget < s.from) nextTarget = text.indexOf(targetWord, s.from);
    if (nextTarget < 0) break;
    if (nextTarget >= s.to) continue;
    const body = text.slice(s.from, s.to);
    const looksBack = kind === 'review' || LAST_YEAR.test(body);
    if (!looksBack || kind === 'multiyear') continue;
    const period = reportYear - 1;
    const names = (mentions.get(s) ?? []).filter((m) => !m.valueFirst);
    const missed = MISSED.exec(body);
    const met = missed ? null : MET.exec(body);
    const hit = missed ?? met;
    const at = hit ? s.from + hit.index : 0;
    const before = names.filter((m) => m.to <= at);
    // intent between the names and the phrase makes it a plan, not an assessment
    if (hit && before.length && !INTENT.test(text.slice(before[0].from, at))) {
      for (const m of before)
        out.push({
          indicator: m.indicator.id,
          stated: missed ? 'missed' : 'met',
          period,
          from: before[0].from,
          to: at + hit[0].length,
        });
      continue;
    }
    const all = ALL_MET.exec(body);
    if (all && !INTENT.test(body.slice(0, all.index))) {
      out.push({
        indicator: '*',
        stated: 'met',
        period,
        from: s.from + all.index,
        to: s.from + all.index + all[0].length,
      });
    }
  }
  return out;
}

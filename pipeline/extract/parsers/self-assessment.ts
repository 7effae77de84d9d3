// Rule: what a report says of its own targets. "社会消费品零售总额、地方财政收入低于年度预期目标"
// states two targets missed; "圆满完成了…确定的各项目标任务" states all met. These are
// records of stated attainment, set beside the computed status by derive.
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

const QUALIFY = '(?:了)?(?:年初|年度|全年|预期|确定的|计划|的|增长){0,4}';
const MISSED = new RegExp(
  `(?:低于|未达到|未完成|没有完成|没有实现|未能实现|未实现|没有达到|未达)${QUALIFY}目标|目标(?:未能实现|未实现|未完成|没有实现|没有完成)`,
);
const MET = new RegExp(`(?:超过|超额完成|高于|完成|实现|达到)${QUALIFY}目标`);
const ALL_MET =
  /(?:圆满|全面|胜利)?完成(?:了)?[^。；;]{0,40}?(?:确定的)?(?:各项|主要)(?:目标任务|预期目标|经济社会发展目标)/;
const INTENT = /确保|力争|要|将|争取|努力/;
const LAST_YEAR = /(?<!比|较|同)(?:去年|过去一年|上一年|一年来|刚刚过去的)/;

export function selfAssessments(
  text: string,
  ctx: DocumentContext,
  mentions: Map<unknown, Mention[]>,
  reportYear: number,
): StatedAttainment[] {
  const out: StatedAttainment[] = [];
  // every statement names a target (目标): most sentences are passed over without a regex.
  // The next 目标 is looked up once and kept while the sentences have not reached it.
  let nextTarget = -1;
  for (const s of ctx.sentences) {
    const kind = kindIn(s.paragraph.section, reportYear);
    if (nextTarget < s.from) nextTarget = text.indexOf('目标', s.from);
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

// The scorecard: for one year, every jurisdiction of one level by the indicators
// they set targets for, each cell the target beside its outcome and the status,
// with the words the report used (左右, 以上, 力争) and what the next report says of
// it. A unit hands on its candidate rows (scoreCandidates); the release picks the
// levels and years that many jurisdictions share (scorecard), as amplification does.
import type { TargetRow } from './targets-vs-actuals.js';
import type { StatedRow } from './stated.js';
import type { Level } from './amplification.js';
import type { Num } from './decimal.js';
import { LEVEL_ORDER } from '../core/jurisdiction-order.js';
import { perLexicon } from '../lexicon/index.js';

export interface ScoreRow {
  level: string;
  year: number;
  jurisdiction: string;
  division_code: string | null;
  jurisdiction_name: string;
  indicator: string;
  indicator_label: string;
  measure: string;
  status: string;
  target_qualifier: string | null;
  /** the qualifying words of the target as the report wrote them, in order (力争 以上) */
  target_words: string;
  target_low: Num;
  target_high: Num;
  actual: Num;
  unit: string;
  gap: Num;
  /** what a later report says of this target: met or missed, in words of its own (stated_attainment.csv) */
  stated: string | null;
  stated_text: string | null;
  missing_reason: string | null;
  target_report_id: string | null;
  target_text: string | null;
  target_start: number | null;
  target_end: number | null;
  actual_report_id: string | null;
  actual_text: string | null;
  actual_start: number | null;
  actual_end: number | null;
}

/** Statuses that compare a target with its outcome. */
const COMPARED = new Set(['met', 'near', 'missed']);
/** A level of the release needs this many jurisdictions with an outcome compared in a year to get a scorecard. */
export const MIN_JURISDICTIONS = 3;

/** The qualifying words of a target: the words of stretch (力争), and the qualifiers before and after a figure. */
const qualifierWordsRe = perLexicon(
  (lx) => new RegExp(`(?:${lx.figures.stretch.source})|${lx.qualifiers.beforeAlt}|${lx.qualifiers.afterAlt}`, 'g'),
);

/** The qualifying words in a target's span, as written, in order and once each. */
export function qualifierWords(text: string | null): string {
  if (!text) return '';
  return [...new Set(text.match(qualifierWordsRe()) ?? [])].join(' ');
}

/** The measure a cell shows when an indicator has targets in several: one compared first, then growth or a rate. */
function better(a: TargetRow, b: TargetRow): TargetRow {
  const rank = (r: TargetRow) => (COMPARED.has(r.status) ? 0 : 2) + (r.measure === 'level' ? 1 : 0);
  return rank(b) < rank(a) ? b : a;
}

/** A jurisdiction's candidate rows: one per indicator and year that it set a target for. */
export function scoreCandidates(
  tva: TargetRow[],
  stated: StatedRow[],
  who: { level: string; division_code: string | null; jurisdiction_name: string },
): ScoreRow[] {
  const chosen = new Map<string, TargetRow>();
  for (const r of tva) {
    if (!r.target_report_id || r.status === 'no_target' || r.status === 'no_report') continue;
    const k = `${r.indicator}|${r.year}`;
    const had = chosen.get(k);
    chosen.set(k, had ? better(had, r) : r);
  }
  const said = new Map<string, StatedRow>();
  for (const s of stated) {
    const k = `${s.indicator}|${s.measure}|${s.year}`;
    // a statement of this indicator wins over one of all the year's targets
    if (!said.has(k) || said.get(k)!.indicator === '*') said.set(k, s);
  }
  return [...chosen.values()].map((r) => {
    const s = said.get(`${r.indicator}|${r.measure}|${r.year}`);
    return {
      level: who.level,
      year: r.year,
      jurisdiction: r.jurisdiction,
      division_code: who.division_code,
      jurisdiction_name: who.jurisdiction_name,
      indicator: r.indicator,
      indicator_label: r.indicator_label,
      measure: r.measure,
      status: r.status,
      target_qualifier: r.target_qualifier,
      target_words: qualifierWords(r.target_text),
      target_low: r.target_low,
      target_high: r.target_high,
      actual: r.actual,
      unit: r.unit,
      gap: r.gap,
      stated: s?.stated ?? null,
      stated_text: s?.text ?? null,
      missing_reason: r.missing_reason,
      target_report_id: r.target_report_id,
      target_text: r.target_text,
      target_start: r.target_start,
      target_end: r.target_end,
      actual_report_id: r.actual_report_id,
      actual_text: r.actual_text,
      actual_start: r.actual_start,
      actual_end: r.actual_end,
    };
  });
}

/**
 * The scorecard's rows: for each level and year in which at least MIN_JURISDICTIONS
 * jurisdictions have an outcome compared, their rows, the newest year first. The
 * level above (the nation, above provinces) leads its section for reference; then
 * the jurisdictions that missed most, then most near, then in the release's order.
 * Within a jurisdiction the indicators go in the order of how many set them.
 * `levels` is in the release's order (core/jurisdiction-order.ts).
 */
export function scorecard(candidates: Map<string, ScoreRow[]>, levels: Level[]): ScoreRow[] {
  const place = new Map(levels.map((l, i) => [l.jurisdiction, i]));
  const ancestorsOf = new Map(levels.map((l) => [l.jurisdiction, l.ancestors]));
  // level|year → jurisdictions with an outcome compared
  const sections = new Map<string, Set<string>>();
  for (const [j, rows] of candidates)
    for (const r of rows) {
      if (!COMPARED.has(r.status)) continue;
      const k = `${r.level}|${r.year}`;
      if (!sections.has(k)) sections.set(k, new Set());
      sections.get(k)!.add(j);
    }
  const chosen = [...sections]
    .filter(([, js]) => js.size >= MIN_JURISDICTIONS)
    .map(([k, js]) => ({ level: k.split('|')[0], year: Number(k.split('|')[1]), js }))
    .sort((a, b) => b.year - a.year || order(a.level) - order(b.level));
  const out: ScoreRow[] = [];
  for (const { level, year } of chosen) {
    // every jurisdiction of the level with a target that year, compared or not
    const members = [...candidates.keys()].filter((j) =>
      candidates.get(j)!.some((r) => r.level === level && r.year === year),
    );
    // the ancestor every member shares, nearest first (the nation for provinces)
    const shared = (ancestorsOf.get(members[0]) ?? []).find((a) =>
      members.every((j) => (ancestorsOf.get(j) ?? []).includes(a)),
    );
    const rowsOf = (j: string) => (candidates.get(j) ?? []).filter((r) => r.year === year);
    const setBy = new Map<string, number>();
    for (const j of members) for (const r of rowsOf(j)) setBy.set(r.indicator, (setBy.get(r.indicator) ?? 0) + 1);
    const byIndicator = (a: ScoreRow, b: ScoreRow) =>
      (setBy.get(b.indicator) ?? 0) - (setBy.get(a.indicator) ?? 0) || (a.indicator < b.indicator ? -1 : 1);
    const count = (j: string, s: string) => rowsOf(j).filter((r) => r.status === s).length;
    const sorted = members.sort(
      (a, b) =>
        count(b, 'missed') - count(a, 'missed') ||
        count(b, 'near') - count(a, 'near') ||
        (place.get(a) ?? levels.length) - (place.get(b) ?? levels.length),
    );
    if (shared && candidates.has(shared)) out.push(...rowsOf(shared).sort(byIndicator));
    for (const j of sorted) out.push(...rowsOf(j).sort(byIndicator));
  }
  return out;
}

const order = (level: string) => (LEVEL_ORDER as readonly string[]).indexOf(level);

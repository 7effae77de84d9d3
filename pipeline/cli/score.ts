// Scoring extraction against hand-labelled gold files (the format of
// ../shared/tools/score_gold.py): a gold observation matches an output row with the
// same report, indicator, kind, period and measure whose value agrees after unit
// scaling, within the rounding of the coarser figure. A gold file may also list
// `targets_in_words` (no value: in_step_with with its target_ref, quota, declined),
// which the shared scorer does not read: they match an output row with the same key,
// qualifier and target_ref, and are scored here on a line of their own.
import { lexicon } from '../lexicon/index.js';
import { unitParts } from '../extract/units.js';
import fs from 'node:fs';
import path from 'node:path';

export interface GoldObservation {
  indicator: string;
  kind: string;
  period: number;
  measure: string;
  value: number;
  unit?: string;
  qualifier?: string;
  low?: number;
  high?: number;
  optional?: boolean;
  loose_qualifier?: boolean;
  why?: string;
}

/** A target set in words: no value, a qualifier (and for in_step_with the indicator it keeps pace with). */
export interface GoldWords {
  indicator: string;
  kind: string;
  period: number;
  measure: string;
  qualifier: string;
  target_ref?: string;
}

export interface GoldFile {
  report_id: string;
  observations: GoldObservation[];
  must_not?: GoldObservation[];
  targets_in_words?: GoldWords[];
}

export interface Row {
  report_id: string;
  indicator: string;
  kind: string;
  period: number;
  measure: string;
  value: number | null;
  unit: string;
  qualifier: string;
  value_low: number | null;
  value_high: number | null;
  target_ref?: string | null;
  text?: string;
}

export interface ReportScore {
  report_id: string;
  required: number;
  hit: number;
  scored: number;
  wrong: number;
  qualifierMisses: string[];
  misses: string[];
  wrongRows: string[];
  forbidden: string[];
  recall: number;
  precision: number;
  /** the targets in words, scored apart (the shared scorer does not read them) */
  words: { required: number; hit: number; scored: number; wrong: number; misses: string[]; wrongRows: string[] };
}

/** A unit's factor to its base, for a unit of an amount (not a percentage). */
function scaleOf(unit: string): { base: string; factor: number } | undefined {
  if (lexicon().units.percent[unit]) return undefined;
  const parts = unitParts(unit);
  return parts && { base: parts.base, factor: Number(parts.factor) };
}

const QUAL: Record<string, string> = {
  exact: 'exact',
  about: 'about',
  approx: 'about',
  at_least: 'at_least',
  min: 'at_least',
  at_most: 'at_most',
  max: 'at_most',
  range: 'range',
  '': 'exact',
};

function decimals(v: number): number {
  const s = String(v);
  if (s.includes('e')) return 6;
  return s.includes('.') ? s.split('.')[1].replace(/0+$/, '').length : 0;
}

export function sameValue(g: GoldObservation, r: Row): boolean {
  if (r.value === null) return false;
  if (g.qualifier === 'range' && g.low !== undefined) {
    return (
      r.value_low !== null &&
      r.value_high !== null &&
      Math.abs(r.value_low - g.low) < 1e-9 &&
      Math.abs(r.value_high - g.high!) < 1e-9
    );
  }
  const gu = g.unit,
    ru = r.unit;
  // two units of one base (亿元 and 万元), each scaled by the lexicon's units
  const pg = gu && ru && gu !== ru ? scaleOf(gu) : undefined;
  const pr = pg ? scaleOf(ru!) : undefined;
  if (pg && pr && pg.base === pr.base) {
    const tol = 0.5 * Math.max(10 ** -decimals(g.value) * pg.factor, 10 ** -decimals(r.value) * pr.factor);
    return Math.abs(g.value * pg.factor - r.value * pr.factor) <= tol + 1e-9;
  }
  if (gu && ru && gu !== ru) return false;
  return Math.abs(g.value - r.value) <= 1e-9 * Math.max(1, Math.abs(g.value));
}

const key = (d: { report_id: string; indicator: string; kind: string; period: number; measure: string }) =>
  `${d.report_id}|${d.indicator}|${d.kind}|${d.period}|${d.measure}`;

export function loadGold(dir: string): GoldFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

export function score(rows: Row[], golds: GoldFile[]): ReportScore[] {
  const byKey = new Map<string, Row[]>();
  for (const r of rows) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
  return golds.map((g) => {
    const rid = g.report_id;
    const s: ReportScore = {
      report_id: rid,
      required: 0,
      hit: 0,
      scored: 0,
      wrong: 0,
      qualifierMisses: [],
      misses: [],
      wrongRows: [],
      forbidden: [],
      recall: 0,
      precision: 0,
      words: scoreWords(g, byKey),
    };
    const goldKeys = new Map<string, GoldObservation[]>();
    for (const o of g.observations) {
      const k = key({ ...o, report_id: rid });
      goldKeys.set(k, [...(goldKeys.get(k) ?? []), o]);
      if (o.optional) continue;
      s.required++;
      const cands = (byKey.get(k) ?? []).filter((r) => sameValue(o, r));
      const label = `${o.indicator} ${o.kind} ${o.period} ${o.measure} ${o.value}${o.unit ?? ''}`;
      if (!cands.length) {
        s.misses.push(
          `${label}: got ${(byKey.get(k) ?? []).map((r) => `${r.value}${r.unit}`).join(', ') || 'nothing'}`,
        );
        continue;
      }
      s.hit++;
      if (o.kind === 'target' && !o.loose_qualifier) {
        const want = QUAL[o.qualifier ?? ''] ?? o.qualifier;
        if (!cands.some((c) => (QUAL[c.qualifier] ?? c.qualifier) === want))
          s.qualifierMisses.push(`${label}: qualifier is not ${want}`);
      }
    }
    for (const [k, gl] of goldKeys) {
      for (const r of byKey.get(k) ?? []) {
        s.scored++;
        if (!gl.some((o) => sameValue(o, r))) {
          s.wrong++;
          s.wrongRows.push(`${k}: ${r.value}${r.unit} from "${(r.text ?? '').slice(0, 40)}"`);
        }
      }
    }
    for (const m of g.must_not ?? []) {
      for (const r of byKey.get(key({ ...m, report_id: rid })) ?? []) {
        if (sameValue(m, r))
          s.forbidden.push(`${m.indicator} ${m.kind} ${m.period} ${m.measure} ${m.value} (${m.why})`);
      }
    }
    s.recall = s.required ? s.hit / s.required : 1;
    s.precision = s.scored ? (s.scored - s.wrong) / s.scored : 1;
    return s;
  });
}

const sameWords = (g: GoldWords, r: Row) =>
  r.value === null && r.qualifier === g.qualifier && (r.target_ref ?? null) === (g.target_ref ?? null);

/** Targets in words: each gold one needs a row of the same key, qualifier and target_ref; each row in words with a gold key needs a gold one. */
function scoreWords(g: GoldFile, byKey: Map<string, Row[]>): ReportScore['words'] {
  const w: ReportScore['words'] = { required: 0, hit: 0, scored: 0, wrong: 0, misses: [], wrongRows: [] };
  const gold = g.targets_in_words ?? [];
  const keys = new Map<string, GoldWords[]>();
  for (const o of gold) {
    const k = key({ ...o, report_id: g.report_id });
    keys.set(k, [...(keys.get(k) ?? []), o]);
    w.required++;
    if ((byKey.get(k) ?? []).some((r) => sameWords(o, r))) w.hit++;
    else
      w.misses.push(
        `${o.indicator} ${o.kind} ${o.period} ${o.measure} ${o.qualifier}${o.target_ref ? ` ${o.target_ref}` : ''}`,
      );
  }
  for (const [k, gl] of keys) {
    for (const r of byKey.get(k) ?? []) {
      if (r.value !== null) continue;
      w.scored++;
      if (!gl.some((o) => sameWords(o, r))) {
        w.wrong++;
        w.wrongRows.push(
          `${k}: ${r.qualifier}${r.target_ref ? ` ${r.target_ref}` : ''} from "${(r.text ?? '').slice(0, 40)}"`,
        );
      }
    }
  }
  return w;
}

export function overall(scores: ReportScore[]) {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const required = sum((s) => s.required),
    hit = sum((s) => s.hit),
    scored = sum((s) => s.scored),
    wrong = sum((s) => s.wrong);
  return {
    recall: required ? hit / required : 1,
    precision: scored ? (scored - wrong) / scored : 1,
    hit,
    required,
    scored,
    wrong,
    qualifierMisses: sum((s) => s.qualifierMisses.length),
    forbidden: sum((s) => s.forbidden.length),
    words: {
      required: sum((s) => s.words.required),
      hit: sum((s) => s.words.hit),
      scored: sum((s) => s.words.scored),
      wrong: sum((s) => s.words.wrong),
    },
  };
}

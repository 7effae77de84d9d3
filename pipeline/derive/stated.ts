// Stated attainment beside computed status: where a report says a target was met
// or missed, and what the numbers say. "All targets met" stands for every
// indicator compared that year, except those the report names on their own.
import type { StatedRecord } from '../extract/index.js';
import type { TargetRow } from './targets-vs-actuals.js';

export interface StatedRow {
  jurisdiction: string;
  year: number;
  indicator: string;
  measure: string;
  stated: string;
  computed_status: string;
  agrees: boolean | null;
  report_id: string;
  text: string;
  start: number;
  end: number;
}

const COMPARED = new Set(['met', 'near', 'missed']);

function agrees(stated: string, computed: string): boolean | null {
  if (!COMPARED.has(computed)) return null;
  return stated === 'met' ? computed !== 'missed' : computed !== 'met';
}

export function statedAttainment(records: StatedRecord[], rows: TargetRow[]): StatedRow[] {
  const out: StatedRow[] = [];
  const byYear = new Map<string, TargetRow[]>();
  for (const x of rows) {
    const k = `${x.jurisdiction}|${x.year}`;
    const list = byYear.get(k);
    if (list) list.push(x);
    else byYear.set(k, [x]);
  }
  const namedBy = new Map<string, Set<string>>();
  for (const o of records) {
    if (o.indicator === '*') continue;
    const k = `${o.report_id}|${o.period}`;
    if (!namedBy.has(k)) namedBy.set(k, new Set());
    namedBy.get(k)!.add(o.indicator);
  }
  for (const r of records) {
    const named = namedBy.get(`${r.report_id}|${r.period}`) ?? new Set<string>();
    const mine = (byYear.get(`${r.jurisdiction}|${r.period}`) ?? []).filter((x) =>
      r.indicator === '*' ? !named.has(x.indicator) && COMPARED.has(x.status) : x.indicator === r.indicator,
    );
    const base = {
      jurisdiction: r.jurisdiction,
      year: r.period,
      stated: r.stated,
      report_id: r.report_id,
      text: r.text,
      start: r.start,
      end: r.end,
    };
    if (!mine.length) out.push({ ...base, indicator: r.indicator, measure: '', computed_status: '', agrees: null });
    for (const x of mine)
      out.push({
        ...base,
        indicator: x.indicator,
        measure: x.measure,
        computed_status: x.status,
        agrees: agrees(r.stated, x.status),
      });
  }
  return out.sort((a, b) =>
    a.jurisdiction < b.jurisdiction
      ? -1
      : a.jurisdiction > b.jurisdiction
        ? 1
        : a.year - b.year ||
          (a.indicator < b.indicator
            ? -1
            : a.indicator > b.indicator
              ? 1
              : a.measure < b.measure
                ? -1
                : a.measure > b.measure
                  ? 1
                  : a.start - b.start),
  );
}

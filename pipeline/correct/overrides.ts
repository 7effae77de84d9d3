// Corrections by a person (overrides.json): add, correct or suppress an
// observation, each with a reason. An added observation must quote its text from
// the report, so it is grounded like any other; every override applied is
// recorded in the bundle.
import Big from 'big.js';
import { YoyError } from '../core/errors.js';
import type { Indicator, Observation, Override } from '../core/model.js';

export interface Applied {
  /** the override's place in overrides.json */
  index: number;
  action: string;
  report_id: string;
  reason: string;
  result: string;
}

function matches(o: Observation, m: Record<string, unknown> = {}): boolean {
  return Object.entries(m).every(([k, v]) => (o as unknown as Record<string, unknown>)[k] === v);
}

/** What an override needs of its report: the text an added observation is found in, and the report's identity. */
export interface OverrideSource {
  source: string;
  jurisdiction: string;
  report_year: number;
  doc_kind: Observation['doc_kind'];
  source_url: string | null;
  publisher: string | null;
  as_of: string | null;
}

export function applyOverrides(
  observations: Observation[],
  overrides: Array<{ index: number; override: Override }>,
  sources: Map<string, OverrideSource>,
  indicators: Map<string, Indicator>,
  file: string,
): { observations: Observation[]; applied: Applied[] } {
  let out = observations;
  const applied: Applied[] = [];
  for (const { index: i, override: ov } of overrides) {
    const where = `overrides[${i}]`;
    const mine = (o: Observation) => o.report_id === ov.report_id && matches(o, ov.match);
    if (!sources.has(ov.report_id))
      throw new YoyError('OVERRIDES_INVALID', `${where}: no report "${ov.report_id}" in the manifest`, file, where);
    if (ov.action === 'suppress') {
      const before = out.length;
      out = out.filter((o) => !mine(o));
      applied.push({
        index: i,
        action: ov.action,
        report_id: ov.report_id,
        reason: ov.reason,
        result: `${before - out.length} suppressed`,
      });
      continue;
    }
    if (ov.action === 'correct') {
      let n = 0;
      out = out.map((o) => {
        if (!mine(o)) return o;
        n++;
        const next = { ...o, ...(ov.set as Partial<Observation>), override: ov.reason, confidence: 1 };
        if (ov.set?.value !== undefined && o.value_base !== null && o.value !== null && o.value !== 0) {
          next.value_base = Number(new Big(o.value_base).div(o.value).times(ov.set.value));
        }
        return next;
      });
      applied.push({
        index: i,
        action: ov.action,
        report_id: ov.report_id,
        reason: ov.reason,
        result: `${n} corrected`,
      });
      continue;
    }
    // add: the text must be found in the report, which grounds the new observation
    const rep = sources.get(ov.report_id)!;
    const set = ov.set as Record<string, unknown>;
    const text = String(set.text);
    const start = rep.source.indexOf(text);
    if (start < 0)
      throw new YoyError(
        'OVERRIDES_INVALID',
        `${where}: text "${text.slice(0, 30)}" is not in report ${ov.report_id}`,
        file,
        where,
      );
    const ind = indicators.get(String(set.indicator));
    if (!ind) throw new YoyError('OVERRIDES_INVALID', `${where}: unknown indicator "${set.indicator}"`, file, where);
    out = [
      ...out,
      {
        report_id: ov.report_id,
        jurisdiction: rep.jurisdiction,
        report_year: rep.report_year,
        indicator: ind.id,
        indicator_label: ind.label,
        kind: set.kind as Observation['kind'],
        period: set.period as number,
        period_source: 'stated',
        measure: set.measure as Observation['measure'],
        value: set.value as number,
        unit: (set.unit as string) ?? (set.measure === 'level' ? '' : '%'),
        value_low: (set.value_low as number) ?? null,
        value_high: (set.value_high as number) ?? null,
        qualifier: (set.qualifier as Observation['qualifier']) ?? 'exact',
        estimated: Boolean(set.estimated),
        value_base: null,
        unit_base: null,
        text,
        start,
        end: start + text.length,
        sentence: text,
        confidence: 1,
        rule: 'override',
        override: ov.reason,
        doc_kind: rep.doc_kind,
        source_url: rep.source_url,
        publisher: rep.publisher,
        as_of: rep.as_of,
        notes: null,
      },
    ];
    applied.push({ index: i, action: ov.action, report_id: ov.report_id, reason: ov.reason, result: '1 added' });
  }
  return { observations: out, applied };
}

// The indicator dictionary compiled for one-pass matching: every name of every
// indicator in one alternation, longest first, so that 万元工业增加值综合能耗 is
// read whole and never as 工业增加值.
import { escape } from './vocabulary.js';

export type Measure = 'level' | 'growth' | 'rate' | 'change_pp';

export interface Indicator {
  id: string;
  label: string;
  label_en?: string;
  names: string[];
  names_value_first?: string[];
  /** names that count only where they state a target: 经济增长 */
  names_targets_only?: string[];
  measures: Measure[];
  percent_measure?: 'growth' | 'rate';
  unit_bases?: string[];
  default_unit?: string;
  better?: 'higher' | 'lower';
  group?: 'core' | 'work_plan';
  context?: string;
}

export interface Dictionary {
  version?: string;
  indicators: Indicator[];
}

export interface CompiledDictionary {
  byId: Map<string, Indicator>;
  /** name → indicator, for names read before their figure */
  byName: Map<string, Indicator>;
  /** name → indicator, for names read after their figure ("帮助3800名就业困难人员实现再就业") */
  byValueFirstName: Map<string, Indicator>;
  /** names whose figures are kept only as targets */
  targetsOnly: Set<string>;
  /** one global alternation of all names */
  pattern: RegExp;
}

export function compileDictionary(dict: Dictionary): CompiledDictionary {
  const byId = new Map<string, Indicator>();
  const byName = new Map<string, Indicator>();
  const byValueFirstName = new Map<string, Indicator>();
  const targetsOnly = new Set<string>();
  for (const ind of dict.indicators) {
    byId.set(ind.id, ind);
    for (const n of ind.names) byName.set(n, ind);
    for (const n of ind.names_targets_only ?? []) {
      byName.set(n, ind);
      targetsOnly.add(n);
    }
    for (const n of ind.names_value_first ?? []) byValueFirstName.set(n, ind);
  }
  const all = [...new Set([...byName.keys(), ...byValueFirstName.keys()])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(all.map(escape).join('|'), 'g');
  return { byId, byName, byValueFirstName, targetsOnly, pattern };
}

/** A user's dictionary extends the default: same id replaces, new ids add. */
export function mergeDictionaries(base: Dictionary, extra?: Dictionary): Dictionary {
  if (!extra) return base;
  const ids = new Set(extra.indicators.map((i) => i.id));
  return {
    version: extra.version === base.version ? base.version : [base.version, extra.version].filter(Boolean).join('+'),
    indicators: [...base.indicators.filter((i) => !ids.has(i.id)), ...extra.indicators],
  };
}

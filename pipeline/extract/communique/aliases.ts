// Names the statistics bureaus write that work reports do not: 万元国内生产总值能耗,
// 广义货币供应量(M2)余额, 城镇新增就业人数. They extend the project's dictionary for
// communiqués only, and only for indicators the dictionary has: the work-report
// extraction and a user's own dictionary are left as they are.
import { compileDictionary, type CompiledDictionary } from '../dictionary.js';

type Dictionary = Parameters<typeof compileDictionary>[0];

interface Alias {
  name: string;
  /** a word the paragraph must contain for the name to count (自然增长率 is the population's only beside 人口) */
  context?: string;
}

const ALIASES: Record<string, Array<string | Alias>> = {
  energy_intensity: [
    '万元国内生产总值能耗',
    '万元国内生产总值能源消耗',
    '万元地区生产总值能源消耗',
    '单位地区生产总值能源消耗',
  ],
  m2: [
    '广义货币供应量(M2)余额',
    '广义货币供应量(M2)',
    '广义货币(M2)供应量余额',
    '广义货币(M2)供应量',
    '广义货币(M2)余额',
    '广义货币(M2)',
    '广义货币供应量余额',
    '广义货币供应量',
    '广义货币M2余额',
    '广义货币供应量M2余额',
    'M2余额',
  ],
  new_jobs: ['城镇新增就业人数', '新增城镇就业人数', '城镇新增就业人员'],
  disposable_income: ['全体居民人均可支配收入'],
  disposable_income_rural: ['农村居民人均纯收入', '农民人均纯收入'],
  population_growth_rate: [{ name: '自然增长率', context: '人口' }],
};

export interface CommuniqueDictionary {
  compiled: CompiledDictionary;
  /** alias → the word its paragraph must contain */
  contexts: Map<string, string>;
}

const cache = new WeakMap<CompiledDictionary, CommuniqueDictionary>();

/** The dictionary with the communiqué names added (compiled once per dictionary). */
export function communiqueDictionary(dict: CompiledDictionary): CommuniqueDictionary {
  const hit = cache.get(dict);
  if (hit) return hit;
  const contexts = new Map<string, string>();
  const taken = new Set([...dict.byName.keys(), ...dict.byValueFirstName.keys()]);
  const indicators = [...dict.byId.values()].map((ind) => {
    const extra: string[] = [];
    for (const a of ALIASES[ind.id] ?? []) {
      const alias = typeof a === 'string' ? { name: a } : a;
      // a name the user's dictionary gives to another indicator stays theirs
      if (taken.has(alias.name)) continue;
      extra.push(alias.name);
      if (alias.context) contexts.set(alias.name, alias.context);
    }
    return extra.length ? { ...ind, names: [...ind.names, ...extra] } : ind;
  });
  const full: Dictionary = { indicators };
  const out = { compiled: compileDictionary(full), contexts };
  cache.set(dict, out);
  return out;
}

// Names the statistics bureaus write that work reports do not: 万元国内生产总值能耗,
// 广义货币供应量(M2)余额, 城镇新增就业人数. The dictionary lists them with each
// indicator (names_communique); they extend its names for communiqués only: the
// work-report extraction reads the names alone.
import { compileDictionary, type CompiledDictionary } from '../dictionary.js';

type Dictionary = Parameters<typeof compileDictionary>[0];

export interface CommuniqueDictionary {
  compiled: CompiledDictionary;
  /** alias → the word its paragraph (or its own sentence) must contain */
  contexts: Map<string, AliasContext>;
}

export interface AliasContext {
  /** any of them will do */
  words: string[];
  within: 'paragraph' | 'sentence';
}

const cache = new WeakMap<CompiledDictionary, CommuniqueDictionary>();

/** The dictionary with the communiqué names added (compiled once per dictionary). */
export function communiqueDictionary(dict: CompiledDictionary): CommuniqueDictionary {
  const hit = cache.get(dict);
  if (hit) return hit;
  const contexts = new Map<string, AliasContext>();
  const taken = new Set([...dict.byName.keys(), ...dict.byValueFirstName.keys()]);
  const indicators = [...dict.byId.values()].map((ind) => {
    const extra: string[] = [];
    for (const a of ind.names_communique ?? []) {
      const alias: { name: string; context?: string | string[]; within?: AliasContext['within'] } =
        typeof a === 'string' ? { name: a } : a;
      // a name the user's dictionary gives to another indicator stays theirs
      if (taken.has(alias.name)) continue;
      extra.push(alias.name);
      if (alias.context)
        contexts.set(alias.name, {
          words: typeof alias.context === 'string' ? [alias.context] : alias.context,
          within: alias.within ?? 'paragraph',
        });
    }
    return extra.length ? { ...ind, names: [...ind.names, ...extra] } : ind;
  });
  const full: Dictionary = { indicators };
  const out = { compiled: compileDictionary(full), contexts };
  cache.set(dict, out);
  return out;
}

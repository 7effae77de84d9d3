// The indicator dictionary as loaded: the project's default, extended by an input
// directory's own indicators.json.
import type { Dictionary } from '../core/model.js';

/** A user's dictionary extends the default: same id replaces, new ids add. */
export function mergeDictionaries(base: Dictionary, extra?: Dictionary): Dictionary {
  if (!extra) return base;
  const ids = new Set(extra.indicators.map((i) => i.id));
  return {
    version: extra.version === base.version ? base.version : [base.version, extra.version].filter(Boolean).join('+'),
    indicators: [...base.indicators.filter((i) => !ids.has(i.id)), ...extra.indicators],
  };
}

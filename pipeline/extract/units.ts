// Units and their bases, in one place: 亿元 is 1e8 CNY, 万人 is 1e4 persons, % is
// percent. A unit is a multiplier (the lexicon's units.multipliers) in front of a base
// unit (units.base_units), or a percent unit. Every stage that converts between units
// goes through value_base and unit_base, which are set here.
import Big from 'big.js';
import { lexicon } from '../lexicon/index.js';

/** A stated unit split into its multiplier's factor and its base unit, or undefined when it has no base. */
export function unitParts(unit: string): { factor: Big; base: string } | undefined {
  const { percent, prefixes, multipliers, base } = lexicon().units;
  if (percent[unit]) return { factor: new Big(percent[unit].factor), base: percent[unit].base };
  for (const m of prefixes) {
    const rest = unit.slice(m.length);
    if (unit.startsWith(m) && base[rest])
      return { factor: new Big(base[rest].factor).times(m ? multipliers[m] : '1'), base: base[rest].base };
  }
  return undefined;
}

/** A unit's multiplier (万亿元 → 万亿, 1e12; 元 → none) and what follows it: the one place a unit is scaled by its words. */
export function splitMultiplier(unit: string): { multiplier: string; factor: string; rest: string } {
  const { multiplierAtStart, multipliers } = lexicon().units;
  const m = multiplierAtStart.exec(unit)?.[0] ?? '';
  return { multiplier: m, factor: m ? multipliers[m] : '1', rest: unit.slice(m.length) };
}

/** The base of a stated unit (亿元 → CNY), for the indicator's unit check. */
export function unitBase(unit: string): string | undefined {
  // percentage points have no base to check a unit against
  const { percent } = lexicon().units;
  if (percent[unit]) return percent[unit].base === 'percent' ? 'percent' : undefined;
  return unitParts(unit)?.base;
}

/** A value in its base unit (807.62 亿元 → 80762000000 CNY); nulls when the unit has no base. */
export function baseOf(unit: string, value: Big): { value: number | null; unit: string | null } {
  const parts = unitParts(unit);
  return parts ? { value: Number(value.times(parts.factor)), unit: parts.base } : { value: null, unit: null };
}

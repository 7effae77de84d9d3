// Units and their bases, in one place: 亿元 is 1e8 CNY, 万人 is 1e4 persons, % is
// percent. A unit is a multiplier (vocabulary.MULTIPLIERS) in front of a base unit
// (BASE_UNITS), or a percent unit. Every stage that converts between units goes
// through value_base and unit_base, which are set here.
import Big from 'big.js';
import { BASE_UNITS, MULTIPLIERS, PERCENT_UNITS } from './vocabulary.js';
import { isPercent } from './figures.js';

/** The base of a stated unit (亿元 → CNY), for the indicator's unit check. */
export function unitBase(unit: string): string | undefined {
  if (isPercent(unit)) return 'percent';
  for (const m of ['', ...Object.keys(MULTIPLIERS)]) {
    if (unit.startsWith(m) && BASE_UNITS[unit.slice(m.length)]) return BASE_UNITS[unit.slice(m.length)].base;
  }
  return undefined;
}

/** A value in its base unit (807.62 亿元 → 80762000000 CNY); nulls when the unit has no base. */
export function baseOf(unit: string, value: Big): { value: number | null; unit: string | null } {
  if (PERCENT_UNITS[unit])
    return { value: Number(value.times(PERCENT_UNITS[unit].factor)), unit: PERCENT_UNITS[unit].base };
  for (const m of ['', ...Object.keys(MULTIPLIERS)]) {
    const rest = unit.slice(m.length);
    if (unit.startsWith(m) && BASE_UNITS[rest]) {
      const factor = new Big(BASE_UNITS[rest].factor).times(m ? MULTIPLIERS[m] : '1');
      return { value: Number(value.times(factor)), unit: BASE_UNITS[rest].base };
    }
  }
  return { value: null, unit: null };
}

// Decimal-safe arithmetic, in one place. Figures are read as decimal strings and
// compared with big.js, so 8.1 − 7.5 is 0.6, never 0.5999999999999996.
import Big from 'big.js';

export type Num = number | null;

/** Decimals kept for each kind of derived figure. */
export const ROUND = { gap: 4, pct: 2, ratio: 4, stat: 4, base: 6 } as const;

export const big = (x: number | string) => new Big(x);

export function round(x: Big | number | null | undefined, dp: number): Num {
  if (x === null || x === undefined) return null;
  const b = x instanceof Big ? x : new Big(x);
  return Number(b.round(dp, Big.roundHalfUp));
}

/** Figures as stated have few decimals: as integers in millionths they subtract exactly. */
const MICRO = 1e6;
function micro(x: number): number | undefined {
  const v = Math.round(x * MICRO);
  return Number.isSafeInteger(v) && v / MICRO === x ? v : undefined;
}

/** a − b rounded to dp decimals (half away from zero), exactly; the common case without big.js. */
export function sub(a: number, b: number, dp: number = ROUND.gap): number {
  const A = micro(a),
    B = micro(b);
  if (A === undefined || B === undefined || dp > 6) return round(big(a).minus(b), dp)!;
  const d = A - B;
  const factor = 10 ** (6 - dp);
  const abs = Math.abs(d);
  const rest = abs % factor;
  const q = (abs - rest) / factor + (2 * rest >= factor ? 1 : 0);
  return (d < 0 ? -q : q) / 10 ** dp;
}

/** a / b × 100, rounded; null when b is 0. */
export function pct(a: number, b: number, dp: number = ROUND.pct): Num {
  if (b === 0) return null;
  return round(big(a).div(b).times(100), dp);
}

/** (a / b − 1) × 100: the growth from b to a, in percent. */
export function growthPct(a: number, b: number, dp: number = ROUND.pct): Num {
  if (b === 0) return null;
  return round(big(a).div(b).minus(1).times(100), dp);
}

/** A number as a plain decimal: no exponent, no thousands separator. */
export function plain(x: Num): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (x === 0) return '0';
  const a = Math.abs(x);
  // JavaScript already writes these without an exponent; only the extremes need big.js
  if (a >= 1e-6 && a < 1e21) return String(x);
  return new Big(x).toFixed();
}

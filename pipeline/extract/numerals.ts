// Chinese numerals where they carry data: 十件民生实事, 三分之二. Decoding is nzh's;
// the lexicon (numerals) says which characters a numeral may have, and this file
// turns a fraction into percent.
import Nzh from 'nzh';
import Big from 'big.js';
import { lexicon } from '../lexicon/index.js';

export function decodeInteger(s: string): number | undefined {
  const { aliases, aliasRe } = lexicon().numerals;
  const n = Number(Nzh.cn.decodeS(s.replace(aliasRe, (c) => aliases[c])));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** 三分之二 → "66.67" (percent, two decimals). */
export function fractionPercent(denominator: string, numerator: string): string | undefined {
  const d = decodeInteger(denominator),
    n = decodeInteger(numerator);
  if (!d || !n || n > d) return undefined;
  return new Big(n).div(d).times(100).round(2).toString();
}

/** 十一 and 八 → "11.8" */
export function decodeDecimal(integer: string, decimals?: string): string | undefined {
  const { zero, digits } = lexicon().numerals;
  const n = integer === zero ? 0 : decodeInteger(integer);
  if (n === undefined) return undefined;
  return decimals ? `${n}.${[...decimals].map((c) => digits[c]).join('')}` : String(n);
}

// Chinese numerals where they carry data: 十件民生实事, 三分之二. Decoding is nzh's;
// this file only says where a numeral may stand and turns a fraction into percent.
import Nzh from 'nzh';
import Big from 'big.js';

/** A Chinese integer: 十, 十五, 二十三, 一百零五 (两 as 二). */
export const ZH_INTEGER = '[一二三四五六七八九十两百千万零]+';
/** 三分之二 */
export const ZH_FRACTION = `([一二三四五六七八九十两]+)分之([一二三四五六七八九十两]+)`;

export function decodeInteger(s: string): number | undefined {
  const n = Number(Nzh.cn.decodeS(s.replace(/两/g, '二')));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** 三分之二 → "66.67" (percent, two decimals). */
export function fractionPercent(denominator: string, numerator: string): string | undefined {
  const d = decodeInteger(denominator),
    n = decodeInteger(numerator);
  if (!d || !n || n > d) return undefined;
  return new Big(n).div(d).times(100).round(2).toString();
}

/** 百分之十一点八, 百分之八至九 (older reports write percentages in words) */
export const ZH_PERCENT =
  '百分之([一二三四五六七八九十两百零]+)(?:点([零〇一二三四五六七八九]+))?(?:(?:至|到)(?:百分之)?([一二三四五六七八九十两百零]+)(?:点([零〇一二三四五六七八九]+))?)?';

const DIGIT: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** 十一 and 八 → "11.8" */
export function decodeDecimal(integer: string, decimals?: string): string | undefined {
  const n = integer === '零' ? 0 : decodeInteger(integer);
  if (n === undefined) return undefined;
  return decimals ? `${n}.${[...decimals].map((c) => DIGIT[c]).join('')}` : String(n);
}

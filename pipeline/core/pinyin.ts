// pinyin-pro's pinyin(), loaded on first use: most runs never ask (every
// jurisdiction named by its id, and one to order).
import { lazy } from './lazy.js';

const pinyinPro = lazy<typeof import('pinyin-pro')>('pinyin-pro');

/** A text's syllables, one per character (or run of other characters, with nonZh: 'consecutive'). */
export function syllables(
  text: string,
  options: { toneType: 'num' | 'none'; v: boolean; nonZh?: 'consecutive' },
): string[] {
  return pinyinPro().pinyin(text, { ...options, type: 'array' });
}

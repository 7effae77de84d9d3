// pinyin-pro's pinyin(), loaded on first use: most runs never ask (every
// jurisdiction named by its id, and one to order). The names of the division
// tables, which most runs order, are read from pinyin-names.json instead: the
// syllables pinyin-pro gives them (scripts/gen-pinyin-names.mjs), so that ordering
// them does not load its dictionary; nor does making an id of one of their stems.
import { lazy } from './lazy.js';
import NAMES from './pinyin-names.json' with { type: 'json' };

const pinyinPro = lazy<typeof import('pinyin-pro')>('pinyin-pro');
const KNOWN: Record<string, string> = NAMES.syllables;
const PLAIN: Record<string, string> = NAMES.plain;

/** A text's syllables, one per character (or run of other characters, with nonZh: 'consecutive'). */
export function syllables(
  text: string,
  options: { toneType: 'num' | 'none'; v: boolean; nonZh?: 'consecutive' },
): string[] {
  // (the file holds the syllables with their tones and ü as v, as pinyinKey asks for them)
  const known = options.toneType === 'num' && options.v && Object.hasOwn(KNOWN, text) ? KNOWN[text] : undefined;
  if (known !== undefined) return known.split(' ');
  // (a stem of those names, as a jurisdiction's id asks for it: no tones, other characters in runs)
  const plain =
    options.toneType === 'none' && options.v && options.nonZh === 'consecutive' && Object.hasOwn(PLAIN, text)
      ? PLAIN[text]
      : undefined;
  if (plain !== undefined) return plain.split(' ');
  return pinyinPro().pinyin(text, { ...options, type: 'array' });
}

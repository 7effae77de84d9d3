// A jurisdiction's id from its name, when a collection's rows name the jurisdiction
// and the manifest gives no id for it: the name without its administrative suffix
// (北京市 → 北京, 广西壮族自治区 → 广西), in pinyin without tones (beijing, guangxi).
// The same name always gives the same id, so a release's ids stay put.
import { syllables } from '../core/pinyin.js';
import names from './division-names.json' with { type: 'json' };

const SUFFIXES = [...names.suffixes].sort((a, b) => b.length - a.length);
const ROMANISATIONS: Record<string, string> = names.romanisations;

/** The name without its administrative suffix; a name that would be left with one character keeps it (城区, 郊区). */
export function stemOf(name: string): string {
  const n = name.trim();
  for (const s of SUFFIXES) if (n.endsWith(s) && n.length - s.length >= 2) return n.slice(0, -s.length);
  return n;
}

/** The id a name gets, or undefined when its pinyin makes none (a name in Latin letters is its own id, lowercased). */
export function slugOf(name: string): string | undefined {
  const stem = stemOf(name);
  return asSlug(ROMANISATIONS[stem] ?? pinyinOf(stem));
}

const pinyinOf = (text: string) => syllables(text, { toneType: 'none', v: true, nonZh: 'consecutive' }).join('');

/** Letters, digits, _ and - in lower case, opening on a letter or digit; undefined where none are left. */
function asSlug(text: string): string | undefined {
  const slug = text.toLowerCase().replace(/[^a-z0-9_-]+/g, '');
  return /^[a-z0-9][a-z0-9_-]*$/.test(slug) ? slug : undefined;
}

/**
 * The id of a whole name, its suffix kept (吉林市 → jilinshi): for a division whose name without its suffix is another
 * division's id already (吉林省 is jilin).
 */
export function wholeSlugOf(name: string): string | undefined {
  return asSlug(pinyinOf(name.trim()));
}

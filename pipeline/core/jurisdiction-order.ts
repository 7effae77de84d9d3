// The one order of jurisdictions in every table, the page and the workbook: the
// nation first, then by level (province, city, district, county), then by Chinese
// name in pinyin order, so 北京市 comes after 中华人民共和国 and before 上海市.
// Pinyin comes from pinyin-pro (its word dictionary reads 重庆 chóng, 长沙 cháng),
// not from the platform's collation, so the order is the same on every machine.
import { syllables } from './pinyin.js';

export const LEVEL_ORDER = ['national', 'province', 'city', 'district', 'county'] as const;

export interface Orderable {
  jurisdiction: string;
  jurisdiction_name: string;
  level: string;
}

const keys = new Map<string, string>();

/**
 * A name's sort key: each syllable with its tone number (shan1 xi1 before shan3 xi1),
 * syllables apart by a space, so that comparing keys compares syllable by syllable.
 */
export function pinyinKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    k = syllables(name, { toneType: 'num', v: true }).join(' ');
    keys.set(name, k);
  }
  return k;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const levelRank = (l: string) => {
  const i = (LEVEL_ORDER as readonly string[]).indexOf(l);
  return i < 0 ? LEVEL_ORDER.length : i;
};

/** Nation, then level, then the name's pinyin, then the name itself, then the slug: a total order. */
export function compareJurisdictions(a: Orderable, b: Orderable): number {
  return (
    levelRank(a.level) - levelRank(b.level) ||
    // (one name is one key: a run of one jurisdiction never loads the pinyin dictionary)
    (a.jurisdiction_name === b.jurisdiction_name
      ? 0
      : cmp(pinyinKey(a.jurisdiction_name), pinyinKey(b.jurisdiction_name))) ||
    cmp(a.jurisdiction_name, b.jurisdiction_name) ||
    cmp(a.jurisdiction, b.jurisdiction)
  );
}

/** Slugs in that order, given what is known of each (a slug not in the list goes last, by slug). */
export function sortSlugs(slugs: Iterable<string>, known: Orderable[]): string[] {
  const sorted = [...known].sort(compareJurisdictions);
  const at = new Map(sorted.map((j, i) => [j.jurisdiction, i]));
  const place = (s: string) => at.get(s) ?? sorted.length;
  return [...slugs].sort((a, b) => place(a) - place(b) || cmp(a, b));
}

/** What a release's metadata says of each jurisdiction: its list of them, else its documents. */
export const knownJurisdictions = (meta: { jurisdictions?: Orderable[]; reports: Orderable[] }): Orderable[] =>
  meta.jurisdictions ?? meta.reports;

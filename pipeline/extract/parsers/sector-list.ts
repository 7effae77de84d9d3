// One name written for several sectors: 一、二、三产业增加值分别增长4%、5.3%、3.4%,
// 第一、第三产业增加值分别增长2.5%、3.9%, 一二三产增加值…. Like 城乡居民人均可支配收入
// (shared-head.ts) it stands for one name per sector, each a mention over the same span,
// so that the 分别 reader gives each sector its figure in order. A sector the dictionary
// has no indicator for (the primary and secondary sectors, where it knows only services)
// still takes its place in the list, as a stand-in that the reader sets aside with its
// code (refineOutsideDictionary): its figure is never read as another indicator's.
import type { Candidate, Mention } from '../types.js';
import type { CompiledDictionary } from '../dictionary.js';
import { lexicon } from '../../lexicon/index.js';
import type { Indicator } from '../../core/model.js';

/** The stand-ins made for sectors the dictionary lacks: by the indicator they are measured like, then by name. */
const standIns = new WeakMap<Indicator, Map<string, Indicator>>();
const isStandIn = new WeakSet<Indicator>();

/** A sector the dictionary lacks, measured like the sector of its list that it has. */
export function standIn(name: string, like: Indicator): Indicator {
  const made = standIns.get(like) ?? new Map<string, Indicator>();
  standIns.set(like, made);
  let ind = made.get(name);
  if (!ind) {
    ind = { ...like, id: name, label: name, label_en: name, names: [name] };
    made.set(name, ind);
    isStandIn.add(ind);
  }
  return ind;
}

/** The mentions of sector lists in a text, in place of the names read inside them (sorted by position). */
export function withSectorLists(text: string, mentions: Mention[], dict: CompiledDictionary): Mention[] {
  const { sectorList, sectors } = lexicon().figures;
  const added: Mention[] = [];
  sectorList.lastIndex = 0;
  for (let m = sectorList.exec(text); m; m = sectorList.exec(text)) {
    const names = [...new Set([...m[0]].filter((ch) => ch in sectors))].map((ch) => sectors[ch]);
    const known = names.map((n) => dict.byName.get(n));
    const like = known.find((k) => k !== undefined);
    // a list of sectors the dictionary knows none of is nothing to read
    if (!like) continue;
    const from = m.index;
    const to = from + m[0].length;
    names.forEach((name, k) =>
      added.push({ name, indicator: known[k] ?? standIn(name, like), from, to, valueFirst: false, split: true }),
    );
  }
  if (!added.length) return mentions;
  const outside = mentions.filter((n) => !added.some((a) => a.from < n.to && n.from < a.to));
  return [...outside, ...added].sort((a, b) => a.from - b.from);
}

/** Whether a mention stands for a sector the dictionary lacks. */
export function outsideDictionary(m: Mention): boolean {
  return isStandIn.has(m.indicator);
}

/** Refiner: a figure read for a sector the dictionary lacks is set aside with its code, never read as another's. */
export function refineOutsideDictionary(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.dropped || !isStandIn.has(c.indicator)) continue;
    c.code = 'not_in_dictionary';
    c.dropped = `"${c.name}" has no indicator in the dictionary (a part of a list whose other part has one)`;
  }
}

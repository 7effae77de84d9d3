// A second noun that leaves out the head it shares with the first: in
// 粮食播种面积1584.6万亩、总产量132.4亿斤 the output is the grain's (粮食总产量), and in
// 城镇新增就业60万人、调查失业率5.5% the rate is the towns' (城镇调查失业率). Such a
// tail, right after a list's comma, is a mention of the full name when the clause
// before it holds the name's head and has a figure of its own, or when the clause before
// it (to its comma) opens with the head: 粮食生产再获丰收，总产达到557亿斤 ·
// 全国粮食连续四年增产，2007年产量达到50150万吨 (a year may stand before the tail).
import type { Mention } from '../types.js';
import type { CompiledDictionary } from '../dictionary.js';
import { escape, isHan, lexicon, perLexicon } from '../../lexicon/index.js';
import type { Indicator } from '../../core/model.js';

/** A head is a name's first two characters (粮食, 城镇); its tail the rest, of two characters at least. */
const HEAD = 2;

interface Tail {
  head: string;
  name: string;
  indicator: Indicator;
}

interface Tails {
  byTail: Map<string, Tail[]>;
  /** every tail, longest first, tried right after a comma */
  pattern: RegExp;
  /** the units a tail starts with, as a table: the pattern is tried only after a comma that one follows */
  firsts: Uint8Array;
}

const cache = new WeakMap<CompiledDictionary, Tails | null>();

function tailsOf(dict: CompiledDictionary): Tails | null {
  if (cache.has(dict)) return cache.get(dict)!;
  const byTail = new Map<string, Tail[]>();
  for (const [name, indicator] of dict.byName) {
    const tail = name.slice(HEAD);
    // a tail that is itself a name (生产总值) is read as that name already
    if (tail.length < 2 || dict.byName.has(tail) || ![...name].every((ch) => isHan(ch.charCodeAt(0)))) continue;
    const list = byTail.get(tail) ?? [];
    list.push({ head: name.slice(0, HEAD), name, indicator });
    byTail.set(tail, list);
  }
  const tails = [...byTail.keys()].sort((a, b) => b.length - a.length);
  const firsts = new Uint8Array(0x10000);
  for (const t of tails) firsts[t.charCodeAt(0)] = 1;
  const found = tails.length ? { byTail, pattern: new RegExp(tails.map(escape).join('|'), 'y'), firsts } : null;
  cache.set(dict, found);
  return found;
}

/** The characters that join two items of a list, and those that end a clause. */
const JOIN_RE = /[、，,]/g;
const ITEM_ENDS = new Set(['、', '，', ',', '；', ';', '。', '！', '？', '\n']);
const CLAUSE_ENDS = new Set(['，', ',', '；', ';', '。', '！', '？', '\n']);
const DIGIT = /\d/;
/** 2007年 right after the comma, before the tail: the year the figure is of (the time refiner reads it). */
const yearBefore = perLexicon(({ sections }) => new RegExp(`\\d{4}${escape(sections.yearSuffix)}`, 'y'));
/** How far into its clause the head may stand for the clause to open with it (全国粮食, 全省粮食). */
const OPENING = 4;

/** The mentions of elided heads in a text, merged into `mentions` (sorted by position). */
export function withElidedHeads(text: string, mentions: Mention[], dict: CompiledDictionary): Mention[] {
  const tails = tailsOf(dict);
  if (!tails) return mentions;
  const added: Mention[] = [];
  let m = 0;
  // from comma to comma: the engine finds them faster than a loop over every character
  JOIN_RE.lastIndex = 0;
  for (let hitJoin = JOIN_RE.exec(text); hitJoin; hitJoin = JOIN_RE.exec(text)) {
    let i = hitJoin.index + 1;
    const YEAR_BEFORE = yearBefore();
    YEAR_BEFORE.lastIndex = i;
    if (YEAR_BEFORE.test(text)) i = YEAR_BEFORE.lastIndex;
    if (!tails.firsts[text.charCodeAt(i)]) continue;
    tails.pattern.lastIndex = i;
    const hit = tails.pattern.exec(text);
    if (!hit) continue;
    // not where a name is read already
    while (m < mentions.length && mentions[m].to <= i) m++;
    if (m < mentions.length && mentions[m].from <= i) continue;
    const clause = clauseBefore(text, hitJoin.index, ITEM_ENDS);
    const opening = clauseBefore(text, hitJoin.index, CLAUSE_ENDS);
    for (const t of tails.byTail.get(hit[0])!) {
      const at = clause.indexOf(t.head);
      const itemHasIt = at >= 0 && DIGIT.test(clause.slice(at));
      const opens = hitJoin[0] !== '、' && opening.slice(0, OPENING).includes(t.head);
      if (!(itemHasIt || opens) || clause.includes(t.name)) continue;
      added.push({ name: t.name, indicator: t.indicator, from: i, to: i + hit[0].length, valueFirst: false });
      break;
    }
  }
  added.push(...partsSharingTail(text, mentions, tails));
  return added.length ? [...mentions, ...added].sort((a, b) => a.from - b.from) : mentions;
}

/** The longest a list of parts before 分别 runs. */
const PARTS_REACH = 30;
const respectively = perLexicon(({ figures }) => new RegExp(figures.respectivelyAlt, 'g'));

/**
 * 粮食、油料、蔬菜产量分别达118.3万吨、33万吨、165万吨: parts listed before one tail (产量) that 分别 gives a
 * figure each; the first part with the tail is a name (粮食产量), so the part is a mention of it, spanning
 * only what is written (the 分别 reader pairs it with the first figure, and sets the others aside).
 */
function partsSharingTail(text: string, mentions: Mention[], tails: Tails): Mention[] {
  const out: Mention[] = [];
  const RESPECTIVELY = respectively();
  RESPECTIVELY.lastIndex = 0;
  for (let r = RESPECTIVELY.exec(text); r; r = RESPECTIVELY.exec(text)) {
    const list = clauseBefore(text, r.index, CLAUSE_ENDS).slice(-PARTS_REACH);
    const first = list.indexOf(lexicon().data.figures.enumeration_mark ?? ENUMERATION);
    if (first < 0) continue;
    const from = r.index - list.length;
    if (mentions.some((m) => m.from < r!.index && m.to > from)) continue;
    for (let k = Math.min(MAX_TAIL, list.length); k >= 2; k--) {
      const t = tails.byTail.get(list.slice(list.length - k))?.find((e) => e.head === list.slice(0, first));
      if (!t) continue;
      out.push({ name: t.name, indicator: t.indicator, from, to: from + first, valueFirst: false });
      break;
    }
  }
  return out;
}
/** The list mark when the lexicon names none. */
const ENUMERATION = '、';
/** The longest tail tried before 分别. */
const MAX_TAIL = 8;

/** What ends at `end` (the comma before the tail): back to the last of `ends` before it, 80 characters at most. */
function clauseBefore(text: string, end: number, ends: Set<string>): string {
  const before = text.slice(Math.max(0, end - 80), end);
  for (let k = before.length - 1; k >= 0; k--) if (ends.has(before[k])) return before.slice(k + 1);
  return before;
}

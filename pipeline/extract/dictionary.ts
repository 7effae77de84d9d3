// The indicator dictionary compiled for one-pass matching: every name of every
// indicator in one trie-shaped expression (a shared prefix is written once), tried
// only where a name's first characters stand; the longest name wins, so that
// 万元工业增加值综合能耗 is read whole and never as 工业增加值.
import { escape } from '../lexicon/index.js';
import type { Dictionary, Indicator } from '../core/model.js';

export interface CompiledDictionary {
  byId: Map<string, Indicator>;
  /** name → indicator, for names read before their figure */
  byName: Map<string, Indicator>;
  /** name → indicator, for names read after their figure ("帮助3800名就业困难人员实现再就业") */
  byValueFirstName: Map<string, Indicator>;
  /** names whose figures are kept only as targets */
  targetsOnly: Set<string>;
  /** words that name an indicator only as a quota's subject (节能减排), and all of them as one global expression, longest first */
  quotaNames: Map<string, Indicator>;
  quotaPattern: RegExp | null;
  /** all names as one sticky, trie-shaped expression, tried only where a name can start */
  pattern: RegExp;
  /** the characters a name can start with (a lookup table over UTF-16 units): index into `seconds`, or -1 */
  firstChars: Int16Array;
  /** for each first character, the characters that can follow it, as a bit set over UTF-16 units */
  seconds: Uint8Array[];
  /** each pair of first characters (first's index << 16 | second) → index into `thirds` */
  pairs: Map<number, number>;
  /** for each pair, the characters that can follow it (a bit set), or null when the pair is itself a name */
  thirds: Array<Uint8Array | null>;
  /** the shortest name's length (at least 2, so a pair of characters can be checked first) */
  shortest: number;
  /**
   * For each unit, how far a scan may move on when the unit stands second in the pair it looks at
   * (names of two characters or more): 0 where it is a name's second character, 1 where only a
   * first, 2 where neither (no name starts at either position of the pair).
   */
  skip: Uint8Array;
}

export function compileDictionary(dict: Dictionary): CompiledDictionary {
  const byId = new Map<string, Indicator>();
  const byName = new Map<string, Indicator>();
  const byValueFirstName = new Map<string, Indicator>();
  const targetsOnly = new Set<string>();
  const quotaNames = new Map<string, Indicator>();
  for (const ind of dict.indicators) {
    byId.set(ind.id, ind);
    for (const n of ind.names) byName.set(n, ind);
    for (const n of ind.names_targets_only ?? []) {
      byName.set(n, ind);
      targetsOnly.add(n);
    }
    for (const n of ind.names_value_first ?? []) byValueFirstName.set(n, ind);
    for (const n of ind.names_in_quota ?? []) quotaNames.set(n, ind);
  }
  const quotaWords = [...quotaNames.keys()].sort((a, b) => b.length - a.length);
  const quotaPattern = quotaWords.length ? new RegExp(quotaWords.map(escape).join('|'), 'g') : null;
  const all = [...new Set([...byName.keys(), ...byValueFirstName.keys()])];
  const pattern = new RegExp(trieSource(all), 'y');
  // a name is looked for only where its first three characters (or two, for a name of two) are:
  // common characters and pairs (全, 经济, 建设) start a name far more often in the table than in the text
  const firstChars = new Int16Array(0x10000).fill(-1);
  const seconds: Uint8Array[] = [];
  const pairs = new Map<number, number>();
  const thirds: Array<Uint8Array | null> = [];
  const set = (bits: Uint8Array, c: number) => (bits[c >> 3] |= 1 << (c & 7));
  for (const n of all) {
    const c = n.charCodeAt(0);
    if (firstChars[c] < 0) {
      firstChars[c] = seconds.length;
      seconds.push(new Uint8Array(0x10000 >> 3));
    }
    const c2 = n.charCodeAt(1);
    set(seconds[firstChars[c]], c2);
    const pair = (firstChars[c] << 16) | c2;
    if (!pairs.has(pair)) {
      pairs.set(pair, thirds.length);
      thirds.push(new Uint8Array(0x10000 >> 3));
    }
    const k = pairs.get(pair)!;
    if (n.length === 2) thirds[k] = null;
    else if (thirds[k]) set(thirds[k]!, n.charCodeAt(2));
  }
  const shortest = Math.min(...all.map((n) => n.length));
  const skip = new Uint8Array(0x10000).fill(2);
  for (const n of all) {
    skip[n.charCodeAt(0)] = Math.min(skip[n.charCodeAt(0)], 1);
    skip[n.charCodeAt(1)] = 0;
  }
  return {
    byId,
    byName,
    byValueFirstName,
    targetsOnly,
    quotaNames,
    quotaPattern,
    pattern,
    firstChars,
    seconds,
    pairs,
    thirds,
    shortest,
    skip,
  };
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * All names as one regular expression shaped like a trie: 地(?:区生产总值|方(?:…)).
 * At any position at most one branch can match its first character, so the engine
 * does not try hundreds of alternatives in turn, and the greedy optional tails give
 * the longest name (万元工业增加值综合能耗, never 工业增加值 inside it).
 */
export function trieSource(names: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => escape(ch) + emit(child));
    if (!branches.length) return '';
    const group = branches.length === 1 && !node.end ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `${branches.length === 1 ? `(?:${branches[0]})` : group}?` : group;
  };
  return emit(root);
}

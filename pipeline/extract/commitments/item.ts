// An item made with every field of Item present, in one order. The rules that read
// items (readSentence, the refiners, readCommitments) then see one shape (one V8 map),
// not one per place that makes them, and are not compiled again for each new one.
import type { Item } from './types.js';
import { unitBase } from './quantities.js';

type Given = Pick<
  Item,
  'role' | 'year' | 'kind' | 'from' | 'to' | 'verb' | 'object' | 'sentence' | 'rule' | 'context'
> &
  Partial<Item>;

export function makeItem(f: Given): Item {
  return {
    role: f.role,
    year: f.year,
    kind: f.kind,
    q: f.q,
    from: f.from,
    to: f.to,
    verb: f.verb,
    verbInherited: f.verbInherited ?? false,
    object: f.object,
    objectInherited: f.objectInherited ?? false,
    sentence: f.sentence,
    rule: f.rule,
    baseline: f.baseline,
    part: f.part,
    pairedWith: f.pairedWith,
    restated: f.restated,
    dropped: f.dropped,
    code: f.code,
    context: f.context,
  };
}

/** The base unit of an item's figure and the factor to it (万个 → count, 1e4), a per-unit part (/人) aside. */
export const unitOfItem = (it: Item) => unitBase(it.q!.unit.replace(/\/.*$/, ''));

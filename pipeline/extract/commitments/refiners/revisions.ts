// Refiner: a list's 修改说明 that revises its draft (第一项，原稿“新增学位540个”…，现调整为“新增学位600个”; 第3项由新建8所
// 调整为新建10所; 第6项由硬化农村道路40公里调整为45公里): the revised figure is the promise, of the thing the item it
// revises counts, and the draft's figure in that item is a promise no more. What the revision's line says more in the
// same unit (增加的3个布局在…, 经测算，增加约5公里) is the change, no amount.
import type { Item } from '../types.js';
import type { Line } from '../zones.js';
import { unitOfItem } from '../item.js';
import { normObject } from '../objects.js';
import { linesOf } from '../zones.js';
import { clauseFrom, clauseStart, drop } from './set-aside.js';
import { decodeInteger } from '../../numerals.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

/** Whether the words of its clause before `at` (a figure, or the quotation that holds one) revise a draft's to it. */
export function revisesTo(text: string, sentenceFrom: number, at: number): boolean {
  return commitmentsLexicon().REVISED_BEFORE_RE.test(text.slice(clauseFrom(text, sentenceFrom, at), at));
}

export function refineRevisions(text: string, items: Item[]): void {
  const { REVISED_BEFORE_RE, ITEM_REFERENCE_RE } = commitmentsLexicon();
  const figures = items.filter((it) => it.role === 'promise' && it.kind === 'figure' && it.q);
  const revised = figures.filter((it) =>
    REVISED_BEFORE_RE.test(text.slice(clauseStart(text, it, it.q!.numFrom), it.q!.numFrom)),
  );
  if (!revised.length) return;
  const lines = linesOf(text);
  const lineAt = (at: number) => lines.find((l) => l.from <= at && at <= l.to)!;
  for (const rev of revised) {
    const base = unitOfItem(rev)?.base;
    const line = lineAt(rev.from);
    // the draft's figures it may revise: in the list before its line, counted alike, themselves no revision
    const drafts = figures.filter(
      (x) => x.to <= line.from && !revised.includes(x) && unitOfItem(x)?.base === base && x.code !== 'as_reported',
    );
    const words = text.slice(line.from, rev.q!.numFrom);
    const own = normObject(rev.object);
    // whether its own words name the draft's thing, or the words of its line before it do
    const ownNames = (x: Item) => {
      const theirs = normObject(x.object);
      return theirs.length >= 2 && own.length >= 2 && (own.includes(theirs) || theirs.includes(own));
    };
    const names = (x: Item) =>
      ownNames(x) || (normObject(x.object).length >= 2 && words.includes(normObject(x.object)));
    const ref = ITEM_REFERENCE_RE.exec(words);
    const n = ref ? (/^\d+$/.test(ref[1]) ? Number(ref[1]) : decodeInteger(ref[1])) : undefined;
    const listed = n === undefined ? undefined : nthItem(text, lines, line, n, drafts);
    const inLine = listed ? drafts.filter((x) => x.from >= listed.from && x.to <= listed.to) : [];
    const draft = inLine.length === 1 ? inLine[0] : (inLine.length ? inLine : drafts).filter(names).pop();
    if (!draft) continue;
    drop(draft, 'a draft’s figure its note of changes revises, a promise no more', 'as_reported');
    // (the verb before it read as a level's change: 由…40公里调整为45公里)
    if (rev.dropped) {
      rev.dropped = undefined;
      rev.code = undefined;
    }
    if (!ownNames(draft)) {
      rev.object = draft.object;
      rev.verb = draft.verb;
      rev.objectInherited = true;
    }
    // the rest of its line in the same unit: what the revision adds or takes away
    for (const x of figures)
      if (x.from > rev.to && x.to <= line.to && !revised.includes(x) && unitOfItem(x)?.base === base)
        drop(x, 'what a revision changes, beside the revised figure: not an amount', 'change_not_amount');
  }
}

/**
 * The list's `n`th item before the revision's line: of the kind of marked line that holds the most of the draft's
 * figures (a list numbered 一、… whose note numbers its changes 1.…, or works numbered 1.… under fields 一、…).
 */
function nthItem(text: string, lines: readonly Line[], at: Line, n: number, drafts: Item[]): Line | undefined {
  const before = lines.filter((l) => l.marker && l.to < at.from);
  const holding = new Map<string, number>();
  for (const l of before)
    if (drafts.some((x) => x.from >= l.from && x.to <= l.to))
      holding.set(l.marker!.family, (holding.get(l.marker!.family) ?? 0) + 1);
  const family = [...holding].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (family === undefined) return undefined;
  const list = before.filter((l) => l.marker!.family === family);
  return n >= 1 && n <= list.length ? list[n - 1] : undefined;
}

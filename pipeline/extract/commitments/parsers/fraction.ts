// Rule: a promise and how far it got, in one breath, as progress notices write them:
//   15个农村幸福院建设已完成8个(53%) · 263场送戏进万村已送230场(87%) · 1170件困难群体法律援助已完成948件(81%)
// The first figure is the promise restated; the second, the outcome so far.
import type { Item } from '../types.js';
import { unitOfItem } from '../item.js';
import { cleanObject } from './clauses.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

/** The rule of an item whose figure comes before its thing (3所已投入使用). */
const FIGURE_FIRST = 'figure-object';
/** A bracket that opens a note right after a figure. */
const NOTE_OPENING = /^[(（]/;
/** The base unit of an item's figure (count, CNY, persons). */
const base = (it: Item) => unitOfItem(it)?.base;

export function readFractions(text: string, items: Item[]): void {
  /** What stands between the two figures: the object, then 已 and a verb of doing. */
  const BETWEEN = commitmentsLexicon().FRACTION_BETWEEN;
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k],
      b = items[k + 1];
    if (a.kind !== 'figure' || b.kind !== 'figure' || a.role !== 'statement' || a.sentence !== b.sentence) continue;
    const m = BETWEEN.exec(text.slice(a.q!.to, b.q!.from));
    if (!m) continue;
    if (base(a) !== base(b)) continue;
    // (512个（全州累计建成1860个）: a note in brackets on the figure, no set named before its part)
    if (NOTE_OPENING.test(m[1])) continue;
    a.role = 'promise';
    a.object = cleanObject(m[1]);
    a.objectInherited = false;
    a.verb = a.verb || m[3];
    a.to = a.q!.to + m[1].length;
    a.rule = 'fraction-promise';
    b.object = a.object;
    b.objectInherited = true;
    b.verb = m[3];
    b.verbInherited = false;
    // (from its 已, past the set's 中: 6个口袋公园中已建成4个)
    b.from = a.q!.to + m[0].indexOf(m[2], m[1].length);
    b.rule = 'fraction-outcome';
    b.pairedWith = a;
  }
}

/**
 * Two figures in a row of one sentence, both read as outcomes and neither paired, the first with a thing: its own,
 * or (`inherited`) one it took from the words before it (a table's cell: 新建幼儿园 | 12所 | 已建成10所).
 */
function* figuresInARow(items: Item[], inherited = false): Generator<[Item, Item]> {
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k],
      b = items[k + 1];
    if (a.kind !== 'figure' || b.kind !== 'figure' || a.role !== 'statement' || b.role !== 'statement') continue;
    if (a.sentence !== b.sentence || a.pairedWith || b.pairedWith || !a.object) continue;
    if (a.objectInherited && !inherited) continue;
    yield [a, b];
  }
}

/** A verb, or two run together (完成改造, 开工建设): what may stand between 已 and the figure of progress. */
function verbsOnly(word: string, verbs: readonly string[]): boolean {
  return verbs.includes(word) || verbs.some((v) => word.startsWith(v) && verbs.includes(word.slice(v.length)));
}

/** The first of two figures is the promise restated; the second, done by `verb`, its outcome. */
function restatedThenOutcome(a: Item, b: Item, verb: string, rules: readonly [string, string]): void {
  a.role = 'promise';
  a.restated = true;
  a.rule = rules[0];
  b.object = a.object;
  b.objectInherited = true;
  b.verb = verb;
  b.verbInherited = false;
  b.rule = rules[1];
  b.pairedWith = a;
}

/**
 * Rule: the promise restated, then how much of it is done, as notices write them:
 *   新改扩建公办义务教育学校21所、9所已完成 → the promise 21所 (restated, not an outcome), its outcome 9所.
 * Read as two outcomes, the first would say the whole promise was kept.
 */
export function readRestatedThenDone(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  for (const [a, b] of figuresInARow(items)) {
    if (!LEX.LIST_SEPARATOR_RE.test(text.slice(a.q!.to, b.q!.from))) continue;
    const done = LEX.DONE_AFTER_FIGURE.exec(text.slice(b.q!.to, b.q!.to + 8));
    if (!done) continue;
    const ba = unitOfItem(a),
      bb = unitOfItem(b);
    if (!ba || !bb || ba.base !== bb.base) continue;
    if (ba.factor.times(b.q!.number).gt(bb.factor.times(a.q!.number))) continue;
    restatedThenOutcome(a, b, done[1], ['restated-then-done', 'done-of-restated']);
    b.to = Math.max(b.to, b.q!.to + done[0].length);
  }
}

/**
 * Rule: in a progress notice, the promise restated and, after a comma, how far it got with no object of its own:
 *   新建幼儿园12所，已建成10所 · 改造老旧小区30个，目前已完成22个 · 新建幼儿园12所（已完成10所）
 * → the promise 12所 (restated), its outcome 10所.
 * Read as two outcomes, the first would say the whole promise was kept. Where the second is of things put to use
 * and the first is not (新建幼儿园12所，已投入使用8所: built, then some in use), the first is itself done: left as
 * it is.
 */
export function readRestatedThenProgress(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  for (const [a, b] of figuresInARow(items, true)) {
    const m = LEX.PROGRESS_THEN_RE.exec(text.slice(a.q!.to, b.q!.from));
    if (!m || !verbsOnly(m[1], LEX.VERBS)) continue;
    // nothing of its own after the second figure but the end of its clause (or of its bracket, or its cell)
    if (!/^\s*(?:[,，;；。)）|\t]|$)/.test(text.slice(b.q!.to, b.q!.to + 2))) continue;
    if (LEX.USE_STAGE_RE.test(m[1]) && !LEX.USE_STAGE_RE.test(a.verb)) continue;
    if (!base(a) || base(a) !== base(b)) continue;
    restatedThenOutcome(a, b, m[1], ['restated-then-progress', 'progress-of-restated']);
    // the outcome as written, from its word of now or its 已 (目前已完成22个), after the comma or the bracket
    b.from = a.q!.to + (/^\s*[,，(（|\t]\s*/.exec(text.slice(a.q!.to, b.q!.from))?.[0].length ?? 0);
  }
}

/**
 * Rule: in a progress notice, a set of works, then its parts: the part done, by a stage after it, and the rest said
 * to be under way (新建改扩建幼儿园4所，目前3所已投入使用，1所正在进行室内装修) → the promise 4所 (restated), its outcome
 * 3所. The parts add up to the set, so the set is the works, not works done.
 */
export function readSetThenParts(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  const size = (it: Item) => unitOfItem(it)!.factor.times(it.q!.number);
  for (let k = 0; k + 2 < items.length; k++) {
    const [a, b, c] = [items[k], items[k + 1], items[k + 2]];
    if (a.kind !== 'figure' || b.kind !== 'figure' || c.kind !== 'figure') continue;
    if (a.role !== 'statement' || b.role !== 'statement' || a.pairedWith || b.pairedWith) continue;
    if (a.sentence !== b.sentence || b.sentence !== c.sentence || a.objectInherited || !b.objectInherited) continue;
    if (!base(a) || base(a) !== base(b) || base(a) !== base(c) || b.object !== a.object) continue;
    // (the part counted first, its stage after it: a part told after 中, 5所…中，已交付使用4所, is read as such)
    if (b.rule !== FIGURE_FIRST || LEX.stageOf(b.verb) === 'none' || !LEX.NOT_YET_RE.test(text.slice(c.from, c.to)))
      continue;
    if (!size(b).plus(size(c)).eq(size(a))) continue;
    restatedThenOutcome(a, b, b.verb, ['restated-then-parts', 'part-done-of-restated']);
  }
}

/**
 * Rule: an outcome, then the target it met, as year-end accounts write them:
 *   全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务 → the promise 40所 (幼儿园), its outcome 48所.
 */
export function readRestatedTargets(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  for (let k = 1; k < items.length; k++) {
    const t = items[k];
    if (t.rule !== 'restated-target' || t.role !== 'statement') continue;
    // the figure of the same thing before it in the sentence; of two, the one nearer in size (5.48万批次, not 每千人6.8批次)
    const size = (o: Item) =>
      Math.abs(
        Math.log(
          (Number(o.q!.number) * (o.q!.unit.startsWith(LEX.TEN_THOUSAND) ? 1e4 : 1)) /
            (Number(t.q!.number) * (t.q!.unit.startsWith(LEX.TEN_THOUSAND) ? 1e4 : 1)),
        ),
      );
    const outcome = items
      .slice(0, k)
      .filter(
        (o) =>
          o.sentence === t.sentence &&
          o.kind === 'figure' &&
          o.rule !== 'restated-target' &&
          !o.pairedWith &&
          base(o) === base(t) &&
          o.to <= t.from,
      )
      .sort((a, b) => size(a) - size(b))[0];
    if (!outcome) {
      t.code = 'restates_target';
      t.dropped = 'a target restated without its outcome';
      continue;
    }
    t.role = 'promise';
    t.object = outcome.object;
    t.verb = outcome.verb;
    t.objectInherited = t.verbInherited = true;
    outcome.pairedWith = t;
    outcome.rule = 'outcome-of-restated-target';
  }
  void text;
}

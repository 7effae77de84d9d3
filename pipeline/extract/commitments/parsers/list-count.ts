// Rule: the count of a list itself, and a later word that the whole list was done.
//   promise: 继续办好十件民生实事 · 今年海淀拟办32件实事 · 将实施39个具体项目
//   outcome: 十件民生实事18件具体任务已全面完成 · 32件民生实事全部完成年度目标 · 高质量办好50件民生实事
// A list's count is matched only with what is said of the whole list; the items of
// the list are matched one by one.
import type { Item, Span } from '../types.js';
import { makeItem } from '../item.js';
import type { Quantity } from '../quantities.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

export function isListCount(text: string, q: Quantity): boolean {
  const LEX = commitmentsLexicon();
  const { LIST_OBJECT_RE } = LEX;
  return LEX.LIST_COUNT_UNIT_RE.test(q.unit) && LIST_OBJECT_RE.test(text.slice(q.to, q.to + 8));
}

/** A promise of a list: its verb before, the list's name after. */
export function readListPromise(text: string, q: Quantity, sentence: Span, year: number): Item | undefined {
  const LEX = commitmentsLexicon();
  const { LIST_OBJECT_RE, LIST_VERB_RE } = LEX;
  if (!isListCount(text, q)) return undefined;
  const before = text.slice(Math.max(sentence.from, q.from - 6), q.from);
  const verb = LIST_VERB_RE.exec(before);
  if (!verb) return undefined;
  const name = LIST_OBJECT_RE.exec(text.slice(q.to, q.to + 8))![0];
  return makeItem({
    role: 'promise',
    year,
    kind: 'list',
    q,
    from: q.from - verb[0].length,
    to: q.to + name.length,
    verb: verb[0].replace(LEX.LIST_VERB_TAIL, ''),
    verbInherited: false,
    object: name,
    objectInherited: false,
    sentence,
    rule: 'list-count',
    context: text.slice(sentence.from, q.to + name.length),
  });
}

/** What a later text says of a whole list: done, without a figure for any one item. */
export function readListDone(text: string, sentence: Span, year: number): Item | undefined {
  const LEX = commitmentsLexicon();
  const { LIST_DONE_RE, LIST_DONE_BEFORE_RE, NOT_YET_RE, LIST_NAME_RE: LIST_NAME } = LEX;
  const body = text.slice(sentence.from, sentence.to);
  if (!LEX.LIST_WORDS_RE.test(body) || NOT_YET_RE.test(body) || LEX.PARTLY_DONE_RE.test(body)) return undefined;
  for (const m of body.matchAll(LIST_NAME)) {
    const at = sentence.from + m.index!;
    const end = at + m[0].length;
    const after = text.slice(end, Math.min(sentence.to, end + 16));
    const done = LIST_DONE_RE.exec(after);
    const doneBefore = LIST_DONE_BEFORE_RE.exec(
      text.slice(Math.max(sentence.from, at - 6), at).replace(LEX.LIST_DONE_MANNER, ''),
    );
    if (done && !/[,，;；]/.test(after.slice(0, done.index))) {
      return makeItem({
        role: 'statement',
        year,
        kind: 'list_done',
        from: at,
        to: end + done.index + done[0].length,
        verb: done[0],
        verbInherited: false,
        object: LEX.LIST_OBJECT,
        objectInherited: false,
        sentence,
        rule: 'list-done',
        context: body,
      });
    }
    if (doneBefore && LEX.LIST_COUNT_START.test(m[0])) {
      const from = text.lastIndexOf(doneBefore[0], at);
      return makeItem({
        role: 'statement',
        year,
        kind: 'list_done',
        from,
        to: end,
        verb: doneBefore[0],
        verbInherited: false,
        object: LEX.LIST_OBJECT,
        objectInherited: false,
        sentence,
        rule: 'list-done',
        context: body,
      });
    }
  }
  return undefined;
}

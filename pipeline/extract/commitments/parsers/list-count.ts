// Rule: the count of a list itself, and a later word that the whole list was done.
//   promise: 继续办好十件民生实事 · 今年海淀拟办32件实事 · 将实施39个具体项目
//   outcome: 十件民生实事18件具体任务已全面完成 · 32件民生实事全部完成年度目标 · 高质量办好50件民生实事
// A list's count is matched only with what is said of the whole list; the items of
// the list are matched one by one.
import type { Item, Span } from '../types.js';
import { makeItem } from '../item.js';
import type { Quantity } from '../quantities.js';
import type { Line } from '../zones.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

export function isListCount(text: string, q: Quantity): boolean {
  const LEX = commitmentsLexicon();
  const { LIST_OBJECT_RE } = LEX;
  return LEX.LIST_COUNT_UNIT_RE.test(q.unit) && LIST_OBJECT_RE.test(text.slice(q.to, q.to + 8));
}

/**
 * A count of the list that no rule read as its promise or its completion (对…15件市级重点民生实事推进情况开展视察): set
 * aside as the list's own count, so that its number is accounted for.
 */
export function listCountAside(text: string, q: Quantity, sentence: Span, role: Item['role'], year: number): Item {
  const name = commitmentsLexicon().LIST_OBJECT_RE.exec(text.slice(q.to, q.to + 8))?.[0] ?? '';
  return makeItem({
    role,
    year,
    kind: 'figure',
    q,
    from: q.from,
    to: q.to + name.length,
    verb: '',
    object: name,
    sentence,
    rule: 'list-count',
    dropped: 'the count of the list itself',
    code: 'list_count',
    context: text.slice(sentence.from, sentence.to),
  });
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

/**
 * Where a work report's list of works stands, so that a later word on the whole list (十方面民生实事圆满完成)
 * is set beside its items only, not beside every promise of the plan: after a sentence of the plan that
 * names the list (继续谋划实施好十方面民生实事。 / 接续办好15件重点民生实事，包括：…), the rest of its
 * paragraph and the numbered lines that follow it; under a line that is the list's name (an annex headed
 * 2025年10件惠民实事), the rest of the document.
 */
export function listSpans(text: string, promiseZones: readonly Span[], lines: readonly Line[]): Span[] {
  const LEX = commitmentsLexicon();
  const name = new RegExp(LEX.LIST_NAME_RE.source);
  const spans: Span[] = [];
  const inPlan = (at: number) => promiseZones.some((z) => at >= z.from && at < z.to);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const body = text.slice(line.from, line.to);
    if (!LEX.LIST_NAMES_ANY_RE.test(body)) continue;
    const m = name.exec(body);
    if (!m || !m[0] || !inPlan(line.from + m.index)) continue;
    if (LEX.LIST_HEADING_RE.test(body.trim())) {
      spans.push({ from: line.from, to: text.length });
      break;
    }
    // the numbered lines after it (blank lines between them), up to the first line of words without a marker
    let to = line.to;
    for (let j = k + 1; j < lines.length; j++) {
      const next = lines[j];
      if (!text.slice(next.from, next.to).trim()) continue;
      if (!next.marker) break;
      to = next.to;
    }
    spans.push({ from: line.from + m.index, to });
  }
  return spans;
}

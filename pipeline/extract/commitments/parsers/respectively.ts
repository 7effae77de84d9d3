// Rule: standards raised from one value to another, and 分别 pairing names with figures.
//   城乡低保对象最低生活保障人均补差水平分别从每月631元、286元提高到653元、300元 → 653元 and 300元 (from 631 and 286)
//   困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月181元、243元提高到188元、252元 → two objects
//   集中供养孤儿基本生活最低养育标准从每人每月1883元提高到1949元 → 1949元/人/月, from 1883
// The values it starts from are not promised: they are kept as the baseline.
import { CLAUSE_END, CLAUSE_OR_COLON } from '../text.js';
import type { Item, Span } from '../types.js';
import { cleanObject } from './clauses.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

function clauseStart(text: string, sentence: Span, at: number): number {
  for (let i = at - 1; i >= sentence.from; i--) if (CLAUSE_OR_COLON[text.charCodeAt(i)]) return i + 1;
  return sentence.from;
}

/** The subject the figures are of: before 分别从 in its clause, or the clause before when the clause opens with 分别. */
function subjectOf(text: string, sentence: Span, at: number): { from: number; words: string } {
  let from = clauseStart(text, sentence, at);
  let words = text.slice(from, at);
  if (!cleanObject(words) && from - 1 > sentence.from) {
    const prev = clauseStart(text, sentence, from - 1);
    words = text.slice(prev, from - 1);
    from = prev;
  }
  return { from, words };
}

export function refineRespectively(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  const { RESPECTIVELY_FROM: FROM, RESPECTIVELY_TO: TO, RESPECTIVELY_VERB: VERB_FRONT } = LEX;
  const bySentence = new Map<number, Item[]>();
  for (const it of items)
    if (it.q && it.kind === 'figure')
      bySentence.set(it.sentence.from, [...(bySentence.get(it.sentence.from) ?? []), it]);
  for (const list of bySentence.values()) {
    const sentence = list[0].sentence;
    const body = text.slice(sentence.from, sentence.to);
    for (const m of body.matchAll(FROM)) {
      const fromAt = sentence.from + m.index!;
      const clauseEnd = (() => {
        for (let i = fromAt; i < sentence.to; i++) if (CLAUSE_END[text.charCodeAt(i)]) return i;
        return sentence.to;
      })();
      const to = TO.exec(text.slice(fromAt + m[0].length, clauseEnd));
      if (!to) continue;
      const toAt = fromAt + m[0].length + to.index;
      const before = list.filter((it) => it.q!.numFrom > fromAt && it.q!.numFrom < toAt);
      const after = list.filter((it) => it.q!.numFrom >= toAt + to[0].length && it.q!.numFrom < clauseEnd);
      if (!before.length || !after.length) continue;
      const subject = subjectOf(text, sentence, fromAt);
      let words = subject.words.replace(VERB_FRONT, '');
      const verbFront = VERB_FRONT.exec(subject.words)?.[0];
      const parts: string[] = [];
      for (const w of words.split('、')) {
        const part = cleanObject(w);
        if (part) parts.push(part);
      }
      words = cleanObject(words);
      after.forEach((it, i) => {
        it.baseline = before[i]?.q!.number;
        it.object = parts.length === after.length ? parts[i] : words;
        it.objectInherited = false;
        it.verb = verbFront ? verbFront.replace(LEX.CONTINUE_START_RE, '') : to[0];
        it.verbInherited = false;
        if (after.length > 1) it.part = i + 1;
        it.from = subject.from + (subject.words.length - subject.words.trimStart().length);
        it.rule = after.length > 1 ? 'respectively-from-to' : 'from-to';
        it.context = text.slice(subject.from, it.to);
      });
      for (const it of before) {
        it.code = 'baseline';
        it.dropped = 'the value a standard is raised from';
      }
    }
  }
}

// Rule: standards raised from one value to another, and 分别 pairing names with figures.
//   城乡低保对象最低生活保障人均补差水平分别从每月631元、286元提高到653元、300元 → 653元 and 300元 (from 631 and 286)
//   困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月181元、243元提高到188元、252元 → two objects
//   集中供养孤儿基本生活最低养育标准从每人每月1883元提高到1949元 → 1949元/人/月, from 1883
//   交通、水利分别完成投资2500亿元、800亿元 → 交通投资 2500亿元 and 水利投资 800亿元 (one name for each figure)
// The values it starts from are not promised: they are kept as the baseline.
import { CLAUSE_END, CLAUSE_OR_COLON } from '../text.js';
import type { Item, Span } from '../types.js';
import { cleanObject, verbRunOpening } from './clauses.js';
import { SHORT_NAME_MAX, sharedTail } from '../objects.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';
import { decodeInteger } from '../../numerals.js';

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
  refineRespectivelyObjects(text, items);
  const LEX = commitmentsLexicon();
  const { RESPECTIVELY_FROM: FROM, RESPECTIVELY_TO: TO, RESPECTIVELY_VERB: VERB_FRONT } = LEX;
  const bySentence = new Map<number, Item[]>();
  for (const it of items) {
    if (!it.q || it.kind !== 'figure') continue;
    const list = bySentence.get(it.sentence.from);
    if (list) list.push(it);
    else bySentence.set(it.sentence.from, [it]);
  }
  for (const list of bySentence.values()) {
    const sentence = list[0].sentence;
    const body = text.slice(sentence.from, sentence.to);
    // (search() first: most sentences have no 从 or 由, and matchAll copies the expression)
    if (body.search(FROM) < 0) continue;
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
      let verbFront = VERB_FRONT.exec(subject.words)?.[0];
      // 落实好…: the word that completes the verb is the verb's
      const complement = verbFront ? LEX.VERB_COMPLEMENT_START_RE.exec(words) : null;
      if (verbFront && complement) {
        verbFront += complement[0];
        words = words.slice(complement[0].length);
      }
      // 为此中央财政支出将由…: the adverb before 由 is no part of the thing
      const name = (w: string) => cleanObject(w).replace(LEX.ADVERB_TAIL, '');
      const parts: string[] = [];
      for (const w of words.split('、')) {
        const part = name(w);
        if (part) parts.push(part);
      }
      words = name(words);
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

/** The characters of a head noun that names of one kind of thing end with (工厂). */
const HEAD = 2;

/** Where the clause holding `at` ends. */
function clauseEndOf(text: string, sentence: Span, at: number): number {
  for (let i = at; i < sentence.to; i++) if (CLAUSE_END[text.charCodeAt(i)]) return i;
  return sentence.to;
}

/**
 * Several names, then 分别, one verb and as many figures: each figure is of its name, and the
 * words after the verb (投资) say what of it is counted. Only where the names and the figures
 * are as many, the figures listed one after another.
 */
/**
 * The items of the names after the first that one figure after 分别 is each of, added to `items`: each a copy of
 * the first's, from its own name (its own span, so none is taken for another's restatement).
 */
function copiesFor(names: string[], first: Item, from: number, text: string, items: Item[]): Item[] {
  const copies: Item[] = [];
  let at = from + names[0].length;
  for (const name of names.slice(1)) {
    at = text.indexOf(name, at);
    if (at < 0 || at >= first.q!.from) break;
    copies.push({ ...first, from: at });
    at += name.length;
  }
  items.push(...copies);
  return copies;
}

/** How far back the names a count of a kind stands for may be listed: the sentence before, mostly. */
const REFERRED_BACK = 120;

/**
 * The names a count of a kind (三大领域) stands for, listed just before its sentence as many as it says, with the kind
 * (交通、水利、能源领域投资引领作用明显。…三大领域分别完成投资…: 交通, 水利, 能源 of 领域).
 */
function namesReferredTo(
  text: string,
  sentence: Span,
  words: string,
  n: number,
): { names: string[]; kind: string } | undefined {
  const LEX = commitmentsLexicon();
  const m = LEX.COUNT_OF_KIND_RE.exec(words);
  if (!m || decodeInteger(m[1]) !== n) return undefined;
  const kind = m[2];
  const from = Math.max(0, sentence.from - REFERRED_BACK);
  const at = text.lastIndexOf(kind, sentence.from - kind.length);
  if (at < from) return undefined;
  let start = at;
  while (start > from && !CLAUSE_OR_COLON[text.charCodeAt(start - 1)]) start--;
  const names = text.slice(start, at).split(LEX.PARTS_SPLIT).map(cleanObject);
  return names.length === n && names.every((x) => x.length >= 1 && x.length <= SHORT_NAME_MAX)
    ? { names, kind }
    : undefined;
}

function refineRespectivelyObjects(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  const bySentence = new Map<number, Item[]>();
  for (const it of items) {
    if (!it.q || it.kind !== 'figure' || it.dropped) continue;
    const list = bySentence.get(it.sentence.from);
    if (list) list.push(it);
    else bySentence.set(it.sentence.from, [it]);
  }
  for (const list of bySentence.values()) {
    const sentence = list[0].sentence;
    const body = text.slice(sentence.from, sentence.to);
    if (body.search(LEX.RESPECTIVELY_RE) < 0) continue;
    for (const m of body.matchAll(LEX.RESPECTIVELY_RE)) {
      const at = sentence.from + m.index!;
      const after = at + m[0].length;
      const end = clauseEndOf(text, sentence, after);
      const figures = list.filter((it) => it.q!.from >= after && it.q!.to <= end);
      if (!figures.length) continue;
      // the figures one after another, joined by 、 or 和 only
      const gaps = figures.slice(1).map((it, i) => text.slice(figures[i].q!.to, it.q!.from).trim());
      if (!gaps.every((g) => g.length === 1 && LEX.PARTS_SPLIT.test(g))) continue;
      LEX.VERB_RE.lastIndex = after;
      // a verb of doing, or a level reached (投资额分别达2400亿元、450亿元); or 为 after the names, the verb before
      // them (新培育智能工厂、省级绿色工厂分别为211家和236家)
      const link = LEX.RESPECTIVELY_LINK_RE.exec(text.slice(after));
      let before = link && !LEX.VERB_RE.test(text) ? figures[0].verb : '';
      // the names in the clause itself, each a word or two alike (交通、水利): not 小麦、稻谷最低收购价平均每斤,
      // where the thing named after the last name is of both
      const from = clauseStart(text, sentence, at);
      const subject = { from, words: text.slice(from, at) };
      // (a list's marker before the first name, （5）新建…, is no part of it)
      const opening = LEX.LEADING.exec(subject.words)?.[0].length ?? 0;
      const named = subject.words.slice(opening).replace(LEX.MODALS_RE, '');
      LEX.VERB_RE.lastIndex = after;
      const afterVerb = LEX.VERB_RE.exec(text);
      // the names after the verb that opens their clause, the figures right after 分别 with no verb of their own
      // (新增护理型床位、家庭养老照护床位分别1000张和1500张): that verb is theirs
      const front = verbRunOpening(named);
      const ownVerb = afterVerb !== null && afterVerb.index < figures[0].q!.from;
      if (!before && front && !ownVerb && !LEX.LEVEL_LINK_START_RE.test(text.slice(after))) before = front;
      const verb = before
        ? [before]
        : ownVerb
          ? afterVerb
          : (LEX.LEVEL_LINK_START_RE.exec(text.slice(after)) ?? afterVerb);
      if (!verb) continue;
      // the words after the verb, a word that completes it aside (提高到300元和500元: 到)
      const rest = before
        ? text.slice(after + (link ? link[0].length : 0), figures[0].q!.from)
        : text.slice(after + verb[0].length, figures[0].q!.from);
      const to = LEX.RESPECTIVELY_TO.exec(rest);
      const what = cleanObject(to?.index === 0 ? rest.slice(to[0].length) : rest);
      // (the names after their verb, whatever stands before it: 为城乡适龄妇女免费开展宫颈癌、乳腺癌筛查分别为…)
      // (新建和改造口袋公园、城市绿道分别达到30个、50公里: the names after the verb that opens them, whatever follows 分别)
      const opener = before || front || '';
      const verbAt = before ? named.lastIndexOf(before) : front ? 0 : -1;
      const parts = (verbAt >= 0 ? named.slice(verbAt + opener.length) : named)
        .split(LEX.PARTS_SPLIT)
        .map((w) => cleanObject(w));
      let tail = sharedTail(parts);
      let names = tail ? [...parts.slice(0, -1), parts[parts.length - 1].slice(0, -tail.length)] : parts;
      const referred = names.length === 1 ? namesReferredTo(text, sentence, names[0], figures.length) : undefined;
      if (referred) ({ names, kind: tail } = referred);
      const lengths = names.map((n) => n.length);
      // names of one kind of thing, each whole (智能工厂、省级绿色工厂: one head noun), may be as long as they are; so
      // may names after their verb, linked to their figures by 为 (新建街道综合养老服务中心、社区养老服务站分别为6个、
      // 30个): nothing follows the last of them that could be of all
      const wholeNames =
        !tail && names.every((n) => n.length >= HEAD && (opener !== '' || n.slice(-HEAD) === names[0].slice(-HEAD)));
      // (one figure after several names, 规上加工企业、精深加工项目分别达到200个以上: each name's figure)
      const eachTheSame = figures.length === 1 && names.length > 1;
      if (
        (names.length !== figures.length && !eachTheSame) ||
        names.some((n) => !n || /\d/.test(n)) ||
        (!wholeNames && (Math.max(...lengths) > SHORT_NAME_MAX || Math.max(...lengths) - Math.min(...lengths) > 1))
      )
        continue;
      // the first item from its first name, past white space and the words of intent or time before it (力争全年)
      const trimmed = subject.words.slice(opening);
      const lead = opening + (LEX.MODALS_RE.exec(trimmed)?.[0].length ?? 0);
      if (eachTheSame) figures.push(...copiesFor(names, figures[0], subject.from + lead, text, items));
      figures.forEach((it, i) => {
        it.object = names[i] + tail + what;
        it.objectInherited = false;
        // (a level reached, 达到, after names that their own verb opens: that verb is what was done)
        it.verb = !before && !ownVerb && front ? front : verb[0];
        it.verbInherited = false;
        it.part = i + 1;
        it.from = i === 0 ? subject.from + lead : eachTheSame ? it.from : it.q!.from;
        it.rule = 'respectively-objects';
        it.context = text.slice(subject.from, figures[figures.length - 1].to);
      });
    }
  }
}

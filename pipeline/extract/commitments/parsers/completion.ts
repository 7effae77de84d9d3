// Rule: an outcome without a figure, and a promise quoted by name inside a story.
//   XX路全线贯通 · 市全民健身活动中心投入使用 (done, no figure)
//   我市“建设100个户外劳动者服务站点”民生实事的完成 (the promise quoted, then its completion)
import { CLAUSE_END } from '../text.js';
import type { Item, Span } from '../types.js';
import { makeItem } from '../item.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

import { cleanObject } from './clauses.js';
import { normObject, thingBeforeWork } from '../objects.js';
import { decodeInteger } from '../../numerals.js';

/** The rule of a completion that names its thing after the word of completion (已完成设备集中采购). */
export const DONE_NAMED_AFTER = 'done-named-after';

/** A share under the whole (已完成年度任务的96%): done so far, not done. */
function shareShort(clause: string): boolean {
  const share = /(\d+(?:\.\d+)?)\s*%/.exec(clause);
  return share !== null && Number(share[1]) < 100;
}

/** Clauses of a sentence that say a thing was done, and contain no figure (nor a share short of the whole). */
export function readDone(
  text: string,
  sentence: Span,
  year: number,
  hasFigure: (from: number, to: number) => boolean,
  ofQuote = false,
): Item[] {
  const LEX = commitmentsLexicon();
  const { DONE_RE, NOT_YET_RE, SHARE_DONE_RE } = LEX;
  const out: Item[] = [];
  const body = text.slice(sentence.from, sentence.to);
  if (!DONE_RE.test(body) && !SHARE_DONE_RE.test(body)) return out;
  // (…已基本完工，…暂无验收数据: the figures not in yet, nothing is said done)
  if (LEX.NO_DATA_YET_RE.test(body)) return out;
  let from = sentence.from;
  for (let i = sentence.from; i <= sentence.to; i++) {
    if (i < sentence.to && !CLAUSE_END[text.charCodeAt(i)]) continue;
    const clause = text.slice(from, i);
    // done in words, or a share of the year's task at or above the whole (立体绿化完成年度任务的112%)
    const share = SHARE_DONE_RE.exec(clause);
    const m = DONE_RE.exec(clause) ?? (share && Number(share[1]) >= 100 ? share : null);
    if (
      m &&
      !NOT_YET_RE.test(clause) &&
      !hasFigure(from, i) &&
      !LEX.NOT_WHOLLY_DONE_RE.test(clause) &&
      !shareShort(clause) &&
      // 项目名称：高速公路新增通车里程: a work's name, not its completion
      !LEX.NAME_LABEL_RE.test(clause) &&
      // (注：到位率=筹措到位资金/年度筹措计划: a formula names what a rate is of, no completion)
      !/[=＝]/.test(clause) &&
      // 穿沙公路加快贯通: under way, not done
      !LEX.PACE_END_RE.test(clause.slice(0, m.index))
    ) {
      let object = cleanObject(clause.slice(0, m.index).replace(LEX.DONE_LEAD, '')).replace(LEX.DONE_ON_DATE_RE, '');
      // 已完成设备集中采购，正在分批安装: words of a thing after the word of completion, none before it, say that thing
      // was done (a step of the work), not the line's promise; a task or target after it is the promise's
      // (not a share of the task after it, 已完成年度任务的108%, nor another word of completion, 全部完工并开放)
      const rest = clause.slice(m.index + m[0].length).replace(/^[^\u4e00-\u9fff\d]+|[^\u4e00-\u9fff\d%]+$/g, '');
      const after = !/\d/.test(rest) && !LEX.DONE_TASK_AFTER_RE.test(rest) ? cleanObject(rest) : '';
      const ownThing = (after.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2;
      // 农村户厕改造已完成摸底排查和农户意愿登记: a step of the thing named before it, no work of its own (改造, 建设
      // after it are the thing's work, done), says the thing is not yet done
      // (…nor is it done when a thing of its own stands before that work: 已完成胜利街、英雄路等路段管网铺设, a part)
      if (ownThing && object !== '' && normObject(thingBeforeWork(after)).replace(LEX.GENERIC_WORDS, '').length >= 2) {
        from = i + 1;
        continue;
      }
      const namedAfter = ownThing && object === '';
      if (namedAfter) object = after;
      // (资金已全部筹措到位: money or effort alone names no thing; the line's promise was done)
      else if (object && !normObject(object).replace(LEX.GENERIC_WORDS, '')) object = '';
      // 大家关心的中小企业数字化转型城市试点，年度任务已全部完成: the year's task of a thing named alone in the clause before
      if (object === '' && !namedAfter && !ofQuote && LEX.TARGET_WORDS_HEAD_RE.test(clause.trim()))
        object = topicBefore(text, sentence.from, from) ?? '';
      // a clause that names nothing (已全面完成) can say only its line's promise was done: a notice pairs it so,
      // and nothing else matches it
      // 规范提升农村供水厂站、改造村卫生室、改造农村危房，这三项任务均已全面完成: the works the clause before lists, as
      // many as the words that name them together count, each done
      // (…or listed in the thing's own words before 等: …、乡村医生线下培训、文化进基层惠民演出等一批任务已全部完成)
      const works = worksNamedTogether(text, sentence.from, from, object) ?? worksListed(clause, from, object);
      if (works) {
        for (const w of works)
          out.push(
            makeItem({
              role: 'statement',
              year,
              kind: 'no_figure',
              from: w.from,
              to: w.to,
              verb: m[0],
              verbInherited: false,
              object: w.object,
              objectInherited: false,
              sentence,
              rule: 'done-no-figure',
              context: text.slice(w.from, w.to),
            }),
          );
        from = i + 1;
        continue;
      }
      if (
        (ofQuote || object === '' || (object.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3) &&
        !LEX.DONE_TIME.test(object) &&
        (ofQuote || !LEX.LIST_IN_QUOTE_RE.test(clause))
      ) {
        const lead = clause.length - clause.trimStart().length;
        out.push(
          makeItem({
            role: 'statement',
            year,
            kind: 'no_figure',
            from: from + lead,
            to: namedAfter ? from + clause.trimEnd().length : from + m.index + m[0].length,
            verb: m[0],
            verbInherited: false,
            object,
            objectInherited: false,
            sentence,
            // (a thing named after the word, 已完成设备集中采购, is a step: no line's promise is paired with it)
            rule: namedAfter ? DONE_NAMED_AFTER : 'done-no-figure',
            context: clause,
          }),
        );
      }
    }
    from = i + 1;
  }
  return out;
}

/**
 * The works a clause lists (、) right before a clause whose thing only counts them (这三项任务均已全面完成): each with
 * its span, where as many are listed as the count says.
 */
function worksNamedTogether(
  text: string,
  sentenceFrom: number,
  clauseFrom: number,
  object: string,
): Array<{ object: string; from: number; to: number }> | undefined {
  const counted = commitmentsLexicon().WORKS_COUNTED_RE.exec(object);
  const n = counted ? decodeInteger(counted[1]) : undefined;
  const start = clauseBefore(text, sentenceFrom, clauseFrom);
  if (n === undefined || n < 2 || start === undefined) return undefined;
  const listed = text.slice(start, clauseFrom - 1);
  const parts = splitWorks(listed, n);
  return parts && !/\d/.test(listed) ? worksAt(parts, start) : undefined;
}

/** Where the clause right before the one at `clauseFrom` starts, in its sentence; none where it opens the sentence. */
function clauseBefore(text: string, sentenceFrom: number, clauseFrom: number): number | undefined {
  if (clauseFrom - 1 <= sentenceFrom) return undefined;
  let start = clauseFrom - 1;
  while (start > sentenceFrom && !CLAUSE_END[text.charCodeAt(start - 1)]) start--;
  return start;
}

/** Works split from a list starting at `from`, each with its span (one character between them), if each names a thing. */
function worksAt(parts: string[], from: number): Array<{ object: string; from: number; to: number }> | undefined {
  const out: Array<{ object: string; from: number; to: number }> = [];
  for (const part of parts) {
    const object = cleanObject(part);
    if (object.length < 2) return undefined;
    out.push({ object, from, to: from + part.length });
    from += part.length + 1;
  }
  return out;
}

/** The fewest characters of a thing named alone in a clause for a task after it to be its. */
const TOPIC_MIN = 4;

/**
 * The thing a clause names alone, with no figure, no verb before it and nothing said of it (大家关心的中小企业数字化转型城市试点),
 * right before the clause at `clauseFrom`: what is said of it before its 的 is no part of it.
 */
function topicBefore(text: string, sentenceFrom: number, clauseFrom: number): string | undefined {
  const LEX = commitmentsLexicon();
  const start = clauseBefore(text, sentenceFrom, clauseFrom);
  if (start === undefined) return undefined;
  const words = text.slice(start, clauseFrom - 1).trim();
  if (
    /\d/.test(words) ||
    LEX.PREPOSITION_RE.test(words) ||
    LEX.NOT_TOPIC_RE.test(words) ||
    LEX.DONE_RE.test(words) ||
    LEX.NOT_YET_RE.test(words)
  )
    return undefined;
  const topic = cleanObject(words.slice(words.lastIndexOf(LEX.ATTRIBUTIVE) + 1));
  const verbAt = LEX.VERBS.some((v) => v.length >= 2 && topic.startsWith(v));
  return topic.length >= TOPIC_MIN && !verbAt ? topic : undefined;
}

/**
 * A list of works split at its 、, the last two joined by one character of 和 where a count asks for one more
 * (新建绿道、绿地和立体绿化, three): the parts, as many as `n` where a count is given.
 */
function splitWorks(listed: string, n: number | undefined): string[] | undefined {
  const parts = listed.split('、');
  const last = parts[parts.length - 1];
  const joined = commitmentsLexicon().AND_RE.exec(last);
  // (one character, so the spans step over it as over 、)
  if (n !== undefined && parts.length === n - 1 && joined && joined.index > 0 && joined[0].length === 1)
    parts.splice(-1, 1, last.slice(0, joined.index), last.slice(joined.index + 1));
  return n === undefined || parts.length === n ? parts : undefined;
}

/** The works a thing's own words list before 等 and a word counting them (…、…等一批任务), each with its span. */
function worksListed(
  clause: string,
  clauseFrom: number,
  object: string,
): Array<{ object: string; from: number; to: number }> | undefined {
  const m = commitmentsLexicon().WORKS_LISTED_RE.exec(object);
  const listed = m?.[1];
  const at = listed ? clause.indexOf(listed) : -1;
  if (!listed || at < 0) return undefined;
  const parts = splitWorks(listed, m![2] ? decodeInteger(m![2]) : undefined);
  return parts && worksAt(parts, clauseFrom + at);
}

/** A quotation that is itself a promise: it opens with a verb of doing and holds a figure. */
export function isQuotedPromise(text: string, from: number, to: number): boolean {
  const { VERB_RE } = commitmentsLexicon();
  VERB_RE.lastIndex = from + 1;
  return VERB_RE.test(text) && VERB_RE.lastIndex <= to;
}

// Rule: targets set in words, without a number. They are read as targets with a
// qualifier and no value, so that they do not vanish from the release:
//   一般公共预算收入增长与经济增长同步           → in_step_with, target_ref gdp
//   地方一般公共预算收入、居民收入增长和经济增长基本同步 → two in_step_with targets
//   单位GDP能耗完成国家下达目标任务              → quota (the level above sets it)
//   不设GDP增速指标 · 没有提出全年经济增速具体目标   → declined
// The names are the dictionary's, found as for figures (a mention); only the words
// around them are this rule's (vocabulary.ts).
import type { Candidate, Mention } from '../types.js';
import type { Sentence } from '../context.js';
import type { CompiledDictionary } from '../dictionary.js';
import { alt, lexicon, perLexicon } from '../../lexicon/index.js';
import type { Indicator, Measure } from '../../core/model.js';

/** What may stand between a name and what it is said of: 居民收入增长|与…, 能耗下降|完成…, 一般公共预算收入、居民收入. */
const subjectEnds = perLexicon(({ data: { targets }, figures }) => ({
  SUBJECT_END: new RegExp(`^${targets.subject_change}$`),
  SUBJECT_JOIN: new RegExp(`^${targets.subject_change}(?:${figures.joinAlt})$`),
}));

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * The measure a target in words is about. A declined number is a growth rate (不设GDP增速指标);
 * a quota from above is an amount where the indicator has one (a grain or revenue quota), else
 * its growth (单位GDP能耗 is only ever a change).
 */
function measureOf(ind: Indicator, word: 'quota' | 'declined'): Measure {
  const order: Measure[] = word === 'declined' ? ['growth', 'rate', 'level'] : ['level', 'growth', 'rate'];
  return order.find((m) => ind.measures.includes(m)) ?? ind.measures[0];
}

function candidate(
  m: Mention,
  word: NonNullable<Candidate['word']>,
  group: Mention[],
  sentence: Sentence,
  to: number,
  measure: Measure,
  ref?: Indicator,
): Candidate {
  return {
    indicator: m.indicator,
    measure,
    number: '',
    negative: false,
    unit: measure === 'level' ? '' : '%',
    qualifier: word,
    from: m.from,
    to,
    nameFrom: m.from,
    nameTo: m.to,
    name: m.name,
    groupFrom: group[0].from,
    sentence,
    rule: `words-${word.replace(/_/g, '-')}`,
    confidence: 0.9,
    word,
    ref,
    notes: [],
  };
}

/**
 * The names that end right before `at` (after an optional 增长): 地方一般公共预算收入、居民收入增长|和…
 * walked back over 、/和 joiners; the names one written name stands for come together.
 */
function subjectsBefore(text: string, named: Mention[], at: number): Mention[] {
  let k = named.length - 1;
  while (k >= 0 && named[k].to > at) k--;
  const { SUBJECT_END, SUBJECT_JOIN } = subjectEnds();
  if (k < 0 || !SUBJECT_END.test(text.slice(named[k].to, at))) return [];
  const group = [named[k]];
  for (let i = k - 1; i >= 0; i--) {
    const first = group[0];
    if ((named[i].split && named[i].from === first.from) || SUBJECT_JOIN.test(text.slice(named[i].to, first.from)))
      group.unshift(named[i]);
    else break;
  }
  return group;
}

/** What a list before a quota ends with (…生态环境质量指标), and what may stand before a word named only in a quota. */
const quotaWords = perLexicon(({ data: { targets }, figures }) => ({
  LIST_END: new RegExp(targets.quota_list_end),
  NAME_BEFORE: new Set([...targets.quota_name_before]),
  // a name inside the quota's words ends its item: a verb of change at most, then a joiner or the word of the
  // target (…二氧化碳排放降低目标), not another noun (单位生产总值二氧化碳减排: 生产总值 is part of a longer name)
  INSIDE_END: new RegExp(
    `^${targets.subject_change}(?:${figures.joinAlt}|${alt(targets.target_words)}|${alt(targets.quota_item_ends)})`,
  ),
}));
/** Where a quota's clause starts: after the last clause break before it (the sentence's start at the latest). */
const CLAUSE_BREAK = /[,，;；:：]/;

/**
 * The subjects of a quota at [at, end): the names right before it (单位GDP能耗降低|完成…), every name of
 * a list that ends right before it (粮食产量和粮食播种面积、…生态环境质量指标|完成…), the names inside
 * its words (完成国家下达的单位地区生产总值二氧化碳排放降低目标), and the words the dictionary
 * gives to an indicator only as a quota's subject (节能减排, 能源) in the same clause. A clause
 * with a figure before the quota is a statement of its own: only the names right before it count.
 */
function quotaSubjects(
  text: string,
  named: Mention[],
  sentence: Sentence,
  at: number,
  end: number,
  dict: CompiledDictionary,
): Mention[] {
  let from = at;
  while (from > sentence.from && !CLAUSE_BREAK.test(text[from - 1])) from--;
  const before = text.slice(from, at);
  const subjects = subjectsBefore(text, named, at);
  const inClause = !DIGIT.test(before);
  if (inClause && quotaWords().LIST_END.test(before))
    for (const m of named) if (m.from >= from && m.to <= at && !subjects.includes(m)) subjects.push(m);
  for (const m of named)
    if (m.from >= at && m.to <= end && quotaWords().INSIDE_END.test(text.slice(m.to, end))) subjects.push(m);
  if (!inClause || !dict.quotaPattern) return subjects;
  const re = dict.quotaPattern;
  const span = text.slice(from, end);
  re.lastIndex = 0;
  // quota words written one after another (节能减排降碳) each name their indicator
  let lastTo = -1;
  for (let w = re.exec(span); w; w = re.exec(span)) {
    const wFrom = from + w.index;
    const wTo = wFrom + w[0].length;
    if (wFrom > from && wFrom !== lastTo && !quotaWords().NAME_BEFORE.has(text[wFrom - 1])) continue;
    // a name across the word's edge takes it; one inside it (生产总值 in 单位生产总值二氧化碳减排) does not
    if (named.some((m) => m.from < wTo && wFrom < m.to && (m.from < wFrom || m.to > wTo))) continue;
    const indicator = dict.quotaNames.get(w[0])!;
    subjects.push({ name: w[0], indicator, from: wFrom, to: wTo, valueFirst: false });
    lastTo = wTo;
  }
  return subjects.sort((a, b) => a.from - b.from);
}
const DIGIT = /\d/;

export function wordTargets(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  dict: CompiledDictionary,
): Candidate[] {
  const {
    inStepTail: IN_STEP_TAIL_RE,
    inStepBetween,
    inStepReference,
    inStepEconomy,
    quota: QUOTA_RE,
    declineBefore: DECLINE_BEFORE_RE,
    declineAfter: DECLINE_AFTER_RE,
    declinedTail: DECLINED_TAIL_RE,
    declineWord: DECLINE_WORD_RE,
  } = lexicon().targets;
  const out: Candidate[] = [];
  const named = mentions.filter((m) => !m.valueFirst);
  const body = text.slice(sentence.from, sentence.to);

  // in step: …增长与|和 <reference> (增长|发展)? (基本)?同步
  const {
    in_step_word: inStep,
    in_step_conjunctions: conjunctions,
    target_words: targetWords,
  } = lexicon().data.targets;
  for (let at = body.indexOf(inStep); at >= 0; at = body.indexOf(inStep, at + inStep.length)) {
    const end = sentence.from + at;
    const tail = sticky(IN_STEP_TAIL_RE, text, end);
    const phraseEnd = end + inStep.length + (tail ? tail[0].length : 0);
    // the reference: a name of the dictionary (经济增长, 国内生产总值) or a word for the economy (经济发展)
    let ref: Indicator | undefined;
    let refFrom = -1;
    const refMention = [...named]
      .reverse()
      .find((m) => m.to <= end && m.from >= sentence.from && inStepBetween.test(text.slice(m.to, end)));
    if (refMention) {
      ref = refMention.indicator;
      refFrom = refMention.from;
    } else {
      const w = inStepReference.exec(text.slice(sentence.from, end));
      if (w) {
        ref = dict.byId.get(inStepEconomy);
        refFrom = sentence.from + w.index;
      }
    }
    if (!ref || refFrom < 0) continue;
    const conj = refFrom - 1;
    if (!conjunctions.includes(text[conj] ?? '\n')) continue;
    const group = subjectsBefore(text, named, conj);
    for (const m of group) {
      if (m.indicator.id === ref.id || !m.indicator.measures.includes('growth')) continue;
      out.push(candidate(m, 'in_step_with', group, sentence, phraseEnd, 'growth', ref));
    }
  }

  // quota: <names> 完成(国家|省)下达的…目标任务 · 完成国家下达的<names>任务 · <list>等指标达到国家要求
  QUOTA_RE.lastIndex = 0;
  for (let q = QUOTA_RE.exec(body); q; q = QUOTA_RE.exec(body)) {
    const at = sentence.from + q.index;
    const end = at + q[0].length;
    const group = quotaSubjects(text, named, sentence, at, end, dict);
    const seen = new Set<string>();
    for (const m of group) {
      // one quota per indicator (节能减排 and 单位GDP能耗 in one list)
      if (seen.has(m.indicator.id)) continue;
      seen.add(m.indicator.id);
      const c = candidate(m, 'quota', group, sentence, end, measureOf(m.indicator, 'quota'));
      // a name inside the quota's words (完成国家下达的节能减排任务): the span starts with the quota
      if (m.from >= at) c.from = c.groupFrom = at;
      out.push(c);
    }
  }

  // declined: 不设 <name> 增速指标 · <name> 增速不设具体目标 (most sentences have no word of declining)
  if (!DECLINE_WORD_RE.test(body)) return out;
  for (const m of named) {
    const before = DECLINE_BEFORE_RE.exec(text.slice(sentence.from, m.from));
    // a name that is itself the target (经济增长目标) needs no word of target after it
    const tail = sticky(DECLINED_TAIL_RE, text, m.to) ?? (targetWords.some((w) => m.name.endsWith(w)) ? [''] : null);
    const after = sticky(DECLINE_AFTER_RE, text, m.to);
    if (before && tail) {
      const c = candidate(m, 'declined', [m], sentence, m.to + tail[0].length, measureOf(m.indicator, 'declined'));
      c.from = c.groupFrom = sentence.from + before.index;
      out.push(c);
    } else if (after)
      out.push(candidate(m, 'declined', [m], sentence, m.to + after[0].length, measureOf(m.indicator, 'declined')));
  }
  return out;
}

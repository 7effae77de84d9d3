// Refiner: the name must be the jurisdiction's own indicator. Whatever stands
// between the start of its clause and the name has to be a subject or a link
// word (全区, 全年, 2014年, 实现); a sector, a park or a ratio in front of the
// name (金融业实现地方财政收入, 科技工业园实现工业销售产值, 占GDP比重) sets it aside.
// The jurisdiction's own name is a subject too (去年一年潮州GDP总量完成850.2亿元,
// 云南省2018年地区生产总值增长8.9%), and a list marker starts a clause (●经济增长6%左右).
import type { Candidate } from '../types.js';
import type { Level } from '../../core/model.js';
import { alt, escapeClass, lexicon, perLexicon } from '../../lexicon/index.js';

/** A numbered item: 1. 2、 (3) （四） ⑤; the clause starts after an opening bracket, so 3) and 四) too */
const itemNumber = perLexicon(
  ({ data }) =>
    new RegExp(`^(?:\\d{1,2}[.、]|[(（]?[${escapeClass(data.markers.item_numerals)}\\d]{1,2}[)）]|[\\u2460-\\u2473])`),
);
const yearWord = perLexicon(({ data }) => new RegExp(data.sections.year_word));
/** Subject and link words (the lexicon's jurisdiction.subject_words and this_jurisdiction), longest first. */
const subjectWords = perLexicon(({ jurisdiction }) =>
  [...jurisdiction.subjectWords, ...jurisdiction.thisJurisdiction].sort((a, b) => b.length - a.length),
);
const clauseStartRe = perLexicon(({ markers }) => new RegExp(`[,，;；:：。!！?？\\n(（、—${markers.listMarkerClass}]`));

/** The ways a report names its own jurisdiction: 云南省 and 云南, 上城区 and 上城. */
export function ownNames(jurisdictionName: string | undefined): string[] {
  if (!jurisdictionName) return [];
  const short = jurisdictionName.replace(lexicon().jurisdiction.suffix, '');
  return short !== jurisdictionName && short.length >= 2 ? [jurisdictionName, short] : [jurisdictionName];
}

/** True when `prefix` is made only of subject and link words (and the jurisdiction's own names). */
export function isSubjectPrefix(prefix: string, own: string[] = []): boolean {
  const WORDS = subjectWords();
  const YEAR_WORD = yearWord();
  let p = prefix.replace(itemNumber(), '');
  while (p.length) {
    const y = YEAR_WORD.exec(p);
    if (y) {
      p = p.slice(y[0].length);
      continue;
    }
    const w = WORDS.find((word) => p.startsWith(word)) ?? own.find((word) => p.startsWith(word));
    if (!w) return false;
    p = p.slice(w.length);
  }
  return true;
}

export function clausePrefix(text: string, sentenceFrom: number, nameFrom: number): string {
  const CLAUSE_START = clauseStartRe();
  let i = nameFrom - 1;
  while (i >= sentenceFrom && !CLAUSE_START.test(text[i])) i--;
  return text.slice(i + 1, nameFrom);
}

const drivenBy = perLexicon(({ data }) => new RegExp(`(?:${alt(data.jurisdiction.driven_by ?? [])})$`));

/**
 * 带动一般公共预算收入增长6.6％: a word of cause right before the name, after subject words only, and a
 * change in percent with no level read for the name: the name's own growth, which the cause drove. A level
 * (带动陕西进出口415.4亿元、增长11.7％) is the part the cause brought, and so is the change beside it.
 */
function drivenGrowth(prefix: string, own: string[], c: Candidate, cands: Candidate[]): boolean {
  const cause = drivenBy().exec(prefix);
  if (!cause || c.measure !== 'growth' || !isSubjectPrefix(prefix.slice(0, cause.index), own)) return false;
  return !cands.some((o) => o !== c && o.nameFrom === c.nameFrom && o.measure === 'level');
}

/** The levels above each level, whose subject words (全国, 全省) name another jurisdiction in its report. */
const ABOVE: Record<Level, readonly ('national' | 'province' | 'city')[]> = {
  national: [],
  province: ['national'],
  city: ['national', 'province'],
  district: ['national', 'province'],
  county: ['national', 'province'],
};

/** The subject words of the levels above each level (全国 and 我国 in a province's report). */
const aboveWords = perLexicon(({ jurisdiction }) => {
  const by = new Map<Level, string[]>();
  for (const level of Object.keys(ABOVE) as Level[])
    by.set(
      level,
      ABOVE[level].flatMap((l) => jurisdiction.levelSubjects[l] ?? []),
    );
  return by;
});

export function refineSubject(text: string, cands: Candidate[], jurisdictionName?: string, level?: string): void {
  const own = ownNames(jurisdictionName);
  const above = level ? (aboveWords().get(level as Level) ?? []) : [];
  for (const c of cands) {
    // a report that declines a number speaks of its own target (我们没有提出全年经济增速具体目标)
    if (c.dropped || c.rule === 'figure-name' || c.word === 'declined') continue;
    // names joined into a group share the subject of the first: 全区单位GDP电耗和电力消费总量
    const prefix = clausePrefix(text, c.sentence.from, c.groupFrom);
    if (!isSubjectPrefix(prefix, own) && !drivenGrowth(prefix, own, c, cands)) {
      c.code = 'not_jurisdiction';
      c.dropped = `not the jurisdiction's own figure: "${prefix}" stands before the name`;
    } else {
      // 全国国内生产总值增长5% in a province's review: the nation's figure, not the province's
      const other = above.find((w) => prefix.includes(w));
      if (other) {
        c.code = 'not_jurisdiction';
        c.dropped = `another level's figure: "${other}" stands before the name`;
      }
    }
  }
}

// Where a figure stands in the report: its paragraph, its sentence, and the
// section it belongs to (the review of last year, the plan for this year, or a
// five-year retrospective or plan, whose figures are not year-over-year).
import { lexicon, perLexicon, WHITE_SPACE } from '../lexicon/index.js';

export type SectionKind = 'review' | 'review_multiyear' | 'plan' | 'multiyear';

export interface Section {
  kind: SectionKind;
  heading: string;
  /** a year named in the heading (一、2014年工作回顾) */
  year?: number;
  /** the heading said nothing of what the part is, so it took the kind of the part before */
  inherited?: boolean;
  /** how the part opens: the first words of its first paragraph */
  opens?: string;
  /**
   * a part whose heading says nothing that sets a year's targets (今年…主要预期目标是：…): that year, or
   * null for a header that names none; undefined where it sets none. Parts after it that say nothing keep it.
   */
  setsTargets?: number | null;
  /** the part before it: a part whose heading says nothing goes on with what that part turned out to be */
  previous?: Section;
}

/**
 * The year a plan section plans: the report's own, or the next where its heading names
 * that (二、1981年国民经济计划的任务和主要指标, in the report delivered late in 1980).
 */
export function planYear(section: Section, reportYear: number): number {
  const next =
    section.year === reportYear + 1 && !section.heading.includes(`${reportYear}${lexicon().sections.yearSuffix}`);
  return section.kind === 'plan' && next ? reportYear + 1 : reportYear;
}

/**
 * What a section is in a report of `reportYear`. A heading that names a year and no
 * word of review reads as a plan (二、2024年工作安排); one that names an earlier year
 * (一、2023年工作总结, 2023年主要工作) accounts for that year, and is a review.
 */
export function kindIn(section: Section, reportYear: number): SectionKind {
  // a heading that names the report's year as well (巩固2023年成果，做好2024年工作) plans it
  const { yearSuffix, thisYear } = lexicon().sections;
  const past =
    section.year !== undefined && section.year < reportYear && !section.heading.includes(`${reportYear}${yearSuffix}`);
  if (section.kind === 'plan' && past) return 'review';
  // a part whose heading says nothing (二、奋力谱写新篇章) after a review, opening on this year, plans it
  if (
    section.inherited &&
    (section.kind === 'review' || section.kind === 'review_multiyear') &&
    section.opens !== undefined &&
    (section.opens.includes(thisYear) || section.opens.includes(`${reportYear}${yearSuffix}`))
  )
    return 'plan';
  // such a part that sets this year's targets further in (二、牢记历史使命…: a mission first, then 今年…主要预期目标是：)
  if (
    section.inherited &&
    (section.kind === 'review' || section.kind === 'review_multiyear') &&
    section.setsTargets !== undefined &&
    (section.setsTargets === null || section.setsTargets === reportYear)
  )
    return 'plan';
  // such a part after one that turned to this year's plan (三、…改革, 四、积极发展科技教育…): a report does
  // not go back to last year once its plan has begun
  if (
    section.inherited &&
    section.previous !== undefined &&
    (section.kind === 'review' || section.kind === 'review_multiyear') &&
    kindIn(section.previous, reportYear) === 'plan'
  )
    return 'plan';
  return section.kind;
}

/** The year a review section reports on: the one its heading names, or the year before the report's. */
export function reviewYear(section: Section, reportYear: number): number {
  return section.year !== undefined && section.year < reportYear ? section.year : reportYear - 1;
}

export interface Sentence {
  from: number;
  to: number;
  paragraph: Paragraph;
  /**
   * the review has turned to several years (过去五年…) and not back to one, as of this sentence: as its
   * paragraph opened, or as a sentence before it in the paragraph opened (…。这五年，…)
   */
  multiYear: boolean;
}

export interface Paragraph {
  from: number;
  to: number;
  section: Section;
  /** offset from which the paragraph lists the year's targets (after 预期目标是：) */
  targetsFrom?: number;
  /** year named in the targets header, if any */
  targetsYear?: number;
  /** the review has turned to several years (过去五年…) and not back to one */
  multiYear?: boolean;
}

export interface DocumentContext {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/** What ends a sentence (the normalised text has ASCII !?; for the full-width forms), as a lookup table. */
const SENTENCE_END = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of '。！？!?；;') t[c.charCodeAt(0)] = 1;
  return t;
})();

/** Whether text[from, to) holds anything but whitespace (as String.prototype.trim sees it). */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WHITE_SPACE[text.charCodeAt(i)]) return true;
  return false;
}
/**
 * The year a targets header names: the last year in its own sentence before it.
 * 预计2019年…增长6.2%,建议2020年…主要预期目标是: names 2020, not 2019; a year
 * in an earlier sentence of the paragraph names nothing (今年…预期目标 is the report's year).
 */
function headerYear(before: string): number | undefined {
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_END[before.charCodeAt(i)]) {
      from = i + 1;
      break;
    }
  }
  let year: number | undefined;
  for (const m of before.slice(from).matchAll(lexicon().sections.years)) year = Number(m[1]);
  return year;
}
/** How far into a paragraph (after a salutation) its opening words may turn it to several years or to one. */
const OPENING_CHARS = 50;
/**
 * How a review paragraph opens: with several years, with one, or with neither (it goes on
 * as the one before). The first word of one year or of several decides (过去一年是本届政府…的第一年
 * is one year); a paragraph that only opens with its year, or names a plan's last year, turns to
 * several years where a word of them follows (2025年是“十四五”收官之年。五年来…). A word after a
 * figure belongs to that figure's clause (80亿元，过去五年年均增长12.1%), not to the paragraph,
 * so the opening ends at the first figure.
 */
export function openingScope(paragraph: string): 'several' | 'one' | undefined {
  const { markers, figures, time } = lexicon();
  let opening = paragraph.replace(markers.salutation, '').slice(0, OPENING_CHARS);
  const figure = figures.withUnit.exec(opening);
  if (figure) opening = opening.slice(0, figure.index);
  const first = (re: RegExp) => {
    const at = opening.search(re);
    return at < 0 ? Infinity : at;
  };
  const one = first(time.oneYearScope);
  const several = first(time.severalYearsScope);
  if (one < several) return 'one';
  if (several < Infinity) return 'several';
  if (first(time.oneYearOpening) < Infinity || first(time.planYear) < Infinity) return 'one';
  return undefined;
}

/** A word of one year or of several, tried at one offset only (sticky): one expression, one test a sentence. */
const scopeAt = perLexicon(
  ({ time }) =>
    new RegExp(
      [time.oneYearScope, time.severalYearsScope, time.oneYearOpening]
        .map((re) => `(?:${re.source.replace(/^\^/, '')})`)
        .join('|'),
      'y',
    ),
);

/**
 * How the sentence text[from, to) inside a paragraph opens, where it opens with a word of one year
 * or of several (…成效。刚刚过去的2025年，是“十四五”收官之年。 · …迈出坚实步伐。这五年，我们…): a
 * paragraph break need not come before such a sentence (a PDF's text layer, cut at one width,
 * cannot show one after a full last line), and it turns the scope as an opening paragraph does
 * (openingScope). A sentence that names such a word further in (…，过去五年累计…) turns nothing.
 * Asked of every sentence: the words are tried at its start, and only there.
 */
function sentenceOpeningScope(text: string, from: number, to: number): 'several' | 'one' | undefined {
  let at = from;
  while (at < to && WHITE_SPACE[text.charCodeAt(at)]) at++;
  const re = scopeAt();
  re.lastIndex = at;
  return re.test(text) ? openingScope(text.slice(at, to)) : undefined;
}

/** A heading that names one year, not a span of them (“十四五”时期（2021—2025年）). */
function namesOneYear(heading: string): boolean {
  const { years, yearSpan } = lexicon().sections;
  return (heading.match(years) ?? []).length === 1 && !yearSpan.test(heading);
}

/** What a heading says its part is, if it says (a part it says nothing of takes the kind of the part before). */
function headingKind(heading: string): SectionKind | undefined {
  const s = lexicon().sections;
  if (s.reviewHeading.test(heading)) {
    return s.severalYearsHeading.test(heading) && !s.oneYearHeading.test(heading) ? 'review_multiyear' : 'review';
  }
  if (s.planPeriodHeading.test(heading)) {
    // 一、2025年工作总结和“十四五”发展成就 accounts for one year as well: its year decides (kindIn), its paragraphs the rest
    return namesOneYear(heading) ? 'plan' : 'multiyear';
  }
  if (s.planHeading.test(heading)) return 'plan';
  return undefined;
}

/** A line that is only a short title in square brackets (【2027年，我们将这样干】, a post's part): a heading. */
const BOXED_HEADING = /^\s*【[^【】。；;]{1,24}】\s*$/;

function isHeading(text: string): boolean {
  if (/[。；;]$/.test(text)) return false;
  const { markers, targets, sections } = lexicon();
  if (text.length <= 48 && sections.topHeading.test(text)) return true;
  if (BOXED_HEADING.test(text)) return true;
  // a line of a list (■ 2024年成绩单) is a heading when what follows the marker is one
  // (a short line without sentence punctuation that names a part of the report: 2018年工作回顾)
  const bare = text.replace(markers.listMarker, '');
  return bare.length <= 24 && (sections.bareHeading.test(bare) || targets.heading.test(bare));
}

/**
 * V8 gives each field of an object's shape the representation of what it has held so far (small integers,
 * objects). A field that holds undefined until a heading names a year, or a header sets one, changes it,
 * and the compiled code of every function that relied on it is thrown away: three of contextOf's four
 * recompilations in the bench. A section, a paragraph and a targets state of each kind, made before a
 * document's own, make those fields general from the start. (Their fields in the order of the objects
 * contextOf makes. Made for each document, not once: a shape none of whose objects is left may be
 * collected, and made afresh later, undefined first.)
 */
function generalFields(): readonly Paragraph[] {
  const made: Paragraph[] = [];
  for (const year of [undefined, 0]) {
    const section: Section = {
      kind: 'review',
      heading: '',
      year,
      inherited: false,
      opens: undefined,
      setsTargets: year,
      previous: undefined,
    };
    const para: Paragraph = { from: 0, to: 0, section, targetsFrom: year, targetsYear: year, multiYear: false };
    const st: TargetsState = { carry: year, set: year, list: year };
    // fields written after they are made, as contextOf and readTargets write them
    section.setsTargets = para.targetsFrom = para.targetsYear = st.carry = st.set = st.list = year;
    section.opens = '';
    section.previous = made[0]?.section;
    made.push(para);
  }
  return made;
}

/**
 * The last document's context: a work report's two readers (figures, commitments) read
 * the same normalised text, and its context need not be worked out twice. Shared, so
 * frozen: no caller may change it.
 */
let last: { text: string; context: DocumentContext } | undefined;

export function buildContext(text: string): DocumentContext {
  if (last?.text === text) return last.context;
  const context = contextOf(text);
  last = { text, context };
  return context;
}

/** The year a heading names (2024年工作回顾), if it names one. */
function headingYear(heading: string): number | undefined {
  const y = lexicon().sections.year.exec(heading);
  return y ? Number(y[1]) : undefined;
}

/** Where a document's targets are, followed paragraph by paragraph. */
interface TargetsState {
  /** a targets header that ended its paragraph, and its year: the next paragraph lists the targets (null: none) */
  carry: number | undefined | null;
  /**
   * the year of the last targets header met, in any part (undefined before one): a part whose heading says
   * nothing that comes after the year's targets were set (in an opening without a heading, say) plans the year
   */
  set: number | undefined | null;
  /** the list that follows a targets header: each item a line of its own (●经济增长6%左右, ——…) (null: none) */
  list: number | undefined | null;
}

/**
 * Whether a paragraph states targets, and from where: the one after a header that ended its line, the
 * items of the list that follows it, the rest of a paragraph after a header. A function of its own, called
 * for every paragraph: its branches, most met first well into a run, recompile this and not contextOf.
 */
function readTargets(
  st: TargetsState,
  body: string,
  from: number,
  section: Section,
  para: Paragraph,
  runsOn: boolean,
  targetsHeading: boolean,
): void {
  const { markers, targets } = lexicon();
  if (targetsHeading) {
    // the heading itself states nothing
  } else if (st.carry !== null) {
    para.targetsFrom = from;
    para.targetsYear = st.carry;
    st.list = st.carry;
    st.carry = null;
  } else if (st.list !== null && (runsOn || markers.listMarker.test(body) || markers.numberedItem.test(body))) {
    // the next item of the targets list
    para.targetsFrom = from;
    para.targetsYear = st.list;
  } else st.list = null;
  const h = targets.header.exec(body);
  if (!h) return;
  const at = from + h.index + h[0].length;
  const year = headerYear(body.slice(0, h.index));
  if (section.inherited && section.setsTargets === undefined) section.setsTargets = year ?? null;
  st.set = year ?? null;
  if (body.slice(h.index + h[0].length).trim() === '') st.carry = year;
  else if (para.targetsFrom === undefined) {
    para.targetsFrom = at;
    para.targetsYear = year;
  }
}

/** A line that ends inside its sentence: a semicolon or a comma, not a full stop. */
const RUNS_ON = /[；;，,、]$/;

function contextOf(text: string): DocumentContext {
  generalFields();
  const { markers, targets } = lexicon();
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let section: Section = {
    kind: 'review',
    heading: '',
    year: undefined,
    inherited: false,
    opens: undefined,
    setsTargets: undefined,
    previous: undefined,
  };
  const st: TargetsState = { carry: null, set: undefined, list: null };
  // the last line ended inside its sentence (…增长6%左右；): the next line goes on with it
  let runsOn = false;
  let multiYear = false;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const body = text.slice(from, to);
    const trimmed = body.trim();
    if (trimmed) {
      let targetsHeading = false;
      if (isHeading(trimmed)) {
        const said = headingKind(trimmed);
        const year = headingYear(trimmed);
        section = {
          kind: said ?? section.kind,
          heading: trimmed,
          year,
          inherited: said === undefined,
          opens: undefined,
          setsTargets: said === undefined ? (section.setsTargets ?? st.set) : undefined,
          previous: section,
        };
        multiYear = false;
        // 2015年预期总目标 on a line of its own: the paragraphs after it list the targets
        targetsHeading = targets.heading.test(trimmed.replace(markers.listMarker, ''));
        st.carry = targetsHeading ? year : null;
        st.list = null;
      }
      // a heading's words of scope make its part's kind (headingKind), and a heading starts afresh
      const opens = isHeading(trimmed) ? undefined : openingScope(trimmed);
      if (opens) multiYear = opens === 'several';
      // every field from the start: objects of one shape keep the code that reads them fast
      const para: Paragraph = { from, to, section, targetsFrom: undefined, targetsYear: undefined, multiYear };
      readTargets(st, body, from, section, para, runsOn, targetsHeading);
      paragraphs.push(para);
      // the first words of a part, for what its heading does not say (kindIn)
      if (section.opens === undefined && !isHeading(trimmed)) section.opens = trimmed.slice(0, 40);
      // sentences: up to each sentence end, skipping stretches that are only whitespace; a sentence
      // after the first that opens on one year or several turns the scope from there on (and for the
      // paragraphs after, as an opening does)
      let s = from;
      let first = true;
      const heading = isHeading(trimmed);
      for (let j = from; j <= to; j++) {
        if (j < to && !SENTENCE_END[text.charCodeAt(j)]) continue;
        const end = j < to ? j + 1 : to;
        if (end > s && hasText(text, s, end)) {
          if (!first && !heading) {
            const turns = sentenceOpeningScope(text, s, end);
            if (turns) multiYear = turns === 'several';
          }
          sentences.push({ from: s, to: end, paragraph: para, multiYear });
          first = false;
        }
        s = end;
      }
      runsOn = RUNS_ON.test(trimmed);
    }
    from = to + 1;
  }
  return Object.freeze({ paragraphs: Object.freeze(paragraphs), sentences: Object.freeze(sentences) });
}

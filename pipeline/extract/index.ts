// Stage: extract. One report's decoded text in, grounded observations out.
// Parsers read candidates (each keeps its span from the moment of the match);
// refiners, in order, judge the subject, place the figure in time, and set aside
// what is not a year-over-year figure.
import Big from 'big.js';
import { normalize, sourceSpan, type NormalText } from './normalize.js';
import type { Indicator, Segment } from '../core/model.js';
import { buildContext, type Sentence } from './context.js';
import type { CompiledDictionary } from './dictionary.js';
import type { Candidate, Mention } from './types.js';
import type { SetAsideCode } from './set-aside.js';
import { baseOf, unitBase } from './units.js';
import { withElidedHeads } from './parsers/elided-head.js';
import { withSectorLists } from './parsers/sector-list.js';
import { withSplitWords } from './parsers/split-word.js';
import { refineDuplicates } from './refiners/consistency.js';
import { flattened, FLATTENED } from './refiners/flattened.js';
import { readCandidates, type RuleContext } from './rules.js';
import { WORK_REPORT_RULES } from './rules-registry.js';
import { selfAssessments } from './parsers/self-assessment.js';
import { yearEvidence, checkYear } from './year-check.js';
import type { Kind, Measure, Observation, Qualifier } from '../core/model.js';

export interface ReportInput {
  id: string;
  jurisdiction: string;
  report_year: number;
  /** the decoded source: offsets of every observation point into it */
  source: string;
  /** visible stretches of an HTML source; absent for plain text */
  segments?: Segment[];
  /** the jurisdiction's name (云南省): a report names itself as a subject (云南省2018年地区生产总值增长8.9%) */
  jurisdiction_name?: string;
  /** its level (national, province, …): a subject word of a level above (全国) names another jurisdiction */
  level?: string;
}

/** A candidate that a refiner set aside, kept so the eval can explain a miss. */
export interface Dropped {
  indicator: string;
  text: string;
  start: number;
  end: number;
  reason: string;
  /** the reason as a code (extract/set-aside.ts) */
  code: SetAsideCode;
}

/** What a report says of its own targets, grounded like an observation. */
export interface StatedRecord {
  report_id: string;
  jurisdiction: string;
  report_year: number;
  indicator: string;
  period: number;
  stated: 'met' | 'missed';
  text: string;
  start: number;
  end: number;
}

export interface Extraction {
  observations: Observation[];
  stated: StatedRecord[];
  /** with { explain: true }: what the refiners set aside, and why */
  dropped?: Dropped[];
  /** what the reader found wrong with the document as a whole (a title naming another year) */
  warnings?: string[];
  /**
   * The text's own dates (its review heading, its delivery date, its targets header) agree
   * with one another on a year that is not report_year: the runner refuses the report.
   */
  yearConflict?: { year: number; evidence: Array<{ what: string; text: string; start: number; end: number }> };
  /** with { explain: true }: every indicator name the reader found, in the normalised text (for the account) */
  names?: Mention[];
}

/**
 * Every indicator name in one pass: the trie expression is tried only at characters
 * a name can start with, found with a lookup table, and matches leftmost-longest.
 * From `from` to `to` only, where the caller knows no name crosses `from` (account.ts).
 */
export function findMentions(text: string, dict: CompiledDictionary, from = 0, to = text.length): Mention[] {
  const out: Mention[] = [];
  const re = dict.pattern;
  const first = dict.firstChars;
  const seconds = dict.seconds;
  // names of one character would need every first character tried
  const pairs = dict.shortest >= 2;
  const skip = dict.skip;
  for (let i = from; i < to;) {
    if (pairs) {
      // the second unit of the pair at i first: where it can neither follow a name's first character
      // nor start a name, no name starts at i or i + 1 (and none at all once no pair is left)
      if (i + 1 >= text.length) break;
      const s = skip[text.charCodeAt(i + 1)];
      if (s) {
        i += s;
        continue;
      }
    }
    const k = first[text.charCodeAt(i)];
    if (k < 0) {
      i++;
      continue;
    }
    if (pairs) {
      const c2 = text.charCodeAt(i + 1);
      if (!(seconds[k][c2 >> 3] & (1 << (c2 & 7)))) {
        i++;
        continue;
      }
      const third = dict.thirds[dict.pairs.get((k << 16) | c2)!];
      const c3 = text.charCodeAt(i + 2);
      if (third && !(third[c3 >> 3] & (1 << (c3 & 7)))) {
        i++;
        continue;
      }
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) {
      i++;
      continue;
    }
    const name = m[0];
    const named = dict.byName.get(name);
    const valueFirst = dict.byValueFirstName.get(name);
    const end = named ? afterGloss(text, i + name.length, named, dict) : i + name.length;
    out.push({
      name,
      indicator: (named ?? valueFirst)!,
      from: i,
      to: end,
      valueFirst: !named && Boolean(valueFirst),
    });
    i = end;
  }
  return out;
}

/**
 * 地区生产总值（GDP）2345.6亿元: a name of the same indicator in brackets right after a
 * name glosses it, and is part of it; read as a second name, it would stand between
 * the first and its figures. Returns where the name ends, with its gloss if any.
 */
function afterGloss(text: string, at: number, indicator: Indicator, dict: CompiledDictionary): number {
  if (text.charCodeAt(at) !== 0x28) return at;
  const re = dict.pattern;
  re.lastIndex = at + 1;
  const g = re.exec(text);
  if (!g || g.index !== at + 1 || dict.byName.get(g[0]) !== indicator) return at;
  const close = at + 1 + g[0].length;
  return text.charCodeAt(close) === 0x29 ? close + 1 : at;
}

/**
 * Mentions bucketed by sentence, in one walk over both sorted lists. A sentence without a
 * mention is kept (with none) where one of the sorted positions `alsoAt` falls in it: a word
 * that names an indicator only in a quota (完成国家下达的节能减排和环境保护等任务).
 */
export function bySentence(
  sentences: readonly Sentence[],
  mentions: Mention[],
  alsoAt: readonly number[] = [],
): Map<Sentence, Mention[]> {
  const map = new Map<Sentence, Mention[]>();
  let k = 0;
  let a = 0;
  for (const s of sentences) {
    while (k < mentions.length && mentions[k].from < s.from) k++;
    const list: Mention[] = [];
    while (k < mentions.length && mentions[k].to <= s.to) list.push(mentions[k++]);
    while (a < alsoAt.length && alsoAt[a] < s.from) a++;
    if (list.length || (a < alsoAt.length && alsoAt[a] < s.to)) map.set(s, list);
  }
  return map;
}

/** Where the words that name an indicator only in a quota stand in the text, in order. */
function quotaWordsAt(text: string, dict: CompiledDictionary): number[] {
  const re = dict.quotaPattern;
  if (!re) return [];
  re.lastIndex = 0;
  const at: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index);
  return at;
}

function signed(c: Candidate, n: string): Big {
  const b = new Big(n);
  return c.negative ? b.times(-1) : b;
}

const COUNTS_AS_PERSONS = new Set(['persons', 'count']);

/**
 * A copy of a substring that does not keep its whole report alive: V8 represents
 * a long slice as a view into its parent, so one kept span would keep every
 * report's full text in memory. Slicing a concatenation makes V8 flatten it into a
 * new string first, so the slice's parent is that copy, not the report: the same
 * memory as a round trip through a UTF-8 Buffer (measured: 20 slices of 10 MB
 * strings keep 13 MB either way, 203 MB without), six times faster.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

export function toObservation(
  c: Candidate,
  report: ReportInput,
  norm: NormalText,
  sentences: Map<Sentence, string>,
): Observation {
  const { start, end } = sourceSpan(norm, c.from, c.to);
  // figures of one sentence share one copy of it
  let sentence = sentences.get(c.sentence);
  if (sentence === undefined) {
    const sent = sourceSpan(norm, c.sentence.from, c.sentence.to);
    sentence = detach(report.source.slice(sent.start, sent.end).trim());
    sentences.set(c.sentence, sentence);
  }
  if (c.word) return wordObservation(c, report, norm, sentence, start, end);
  const value = signed(c, c.number);
  let low: number | null = null;
  let high: number | null = null;
  if (c.qualifier === 'range' && c.number2) {
    const other = signed(c, c.number2);
    low = Number(value.lt(other) ? value : other);
    high = Number(value.lt(other) ? other : value);
  }
  const base = baseOf(c.unit, value);
  // jobs are counted as 个 (positions) or 人 (persons): one base for the indicator
  const bases = c.indicator.unit_bases;
  if (
    base.unit &&
    bases &&
    bases.includes(base.unit) &&
    bases[0] !== base.unit &&
    COUNTS_AS_PERSONS.has(base.unit) &&
    COUNTS_AS_PERSONS.has(bases[0])
  )
    base.unit = bases[0];
  return {
    report_id: report.id,
    jurisdiction: report.jurisdiction,
    report_year: report.report_year,
    indicator: c.indicator.id,
    indicator_label: c.indicator.label,
    kind: c.kind!,
    period: c.period!,
    period_source: c.periodSource!,
    measure: c.measure,
    value: Number(value),
    unit: c.unit,
    value_low: low,
    value_high: high,
    qualifier: c.qualifier,
    estimated: Boolean(c.estimated),
    value_base: base.value,
    unit_base: base.unit ?? unitBase(c.unit) ?? null,
    text: detach(report.source.slice(start, end)),
    start,
    end,
    sentence,
    confidence: Math.round(c.confidence * 100) / 100,
    rule: c.rule,
    override: null,
    // the document's kind, URL and date are stamped by the runner from the manifest
    doc_kind: 'work_report',
    source_url: null,
    publisher: null,
    as_of: null,
    notes: c.notes.length ? [...new Set(c.notes)].join('; ') : null,
    target_ref: null,
  };
}

/** A target set in words: no value, its qualifier says why (in_step_with with its target_ref, quota, declined). */
function wordObservation(
  c: Candidate,
  report: ReportInput,
  norm: NormalText,
  sentence: string,
  start: number,
  end: number,
): Observation {
  return {
    report_id: report.id,
    jurisdiction: report.jurisdiction,
    report_year: report.report_year,
    indicator: c.indicator.id,
    indicator_label: c.indicator.label,
    kind: 'target',
    period: c.period!,
    period_source: c.periodSource!,
    measure: c.measure,
    value: null,
    unit: c.unit,
    value_low: null,
    value_high: null,
    qualifier: c.qualifier,
    estimated: false,
    value_base: null,
    unit_base: null,
    text: detach(report.source.slice(start, end)),
    start,
    end,
    sentence,
    confidence: Math.round(c.confidence * 100) / 100,
    rule: c.rule,
    override: null,
    doc_kind: 'work_report',
    source_url: null,
    publisher: null,
    as_of: null,
    target_ref: c.ref?.id ?? null,
    notes: c.notes.length ? [...new Set(c.notes)].join('; ') : null,
  };
}

export function extractReport(
  report: ReportInput,
  dict: CompiledDictionary,
  opts: { explain?: boolean; norm?: NormalText } = {},
): Extraction {
  // a caller that reads the same report with another reader normalises it once (extract/documents.ts)
  const norm = opts.norm ?? normalize(report.source, report.segments);
  const text = norm.text;
  const ctx = buildContext(text);
  const names = findMentions(text, dict);
  const mentions = bySentence(
    ctx.sentences,
    withSplitWords(text, withSectorLists(text, withElidedHeads(text, names, dict), dict), dict),
    quotaWordsAt(text, dict),
  );
  const rules: RuleContext = {
    text,
    dict,
    year: report.report_year,
    jurisdictionName: report.jurisdiction_name,
    level: report.level,
  };
  const cands = readCandidates(WORK_REPORT_RULES, rules, mentions);
  const flat = flattened(text);
  const kept = refineDuplicates(cands.filter((c) => !c.dropped));
  const sentences = new Map<Sentence, string>();
  const observations = kept.map((c) => toObservation(c, report, norm, sentences));
  const dropped = !opts.explain
    ? undefined
    : cands
        .filter((c) => c.dropped)
        .map((c) => {
          const { start, end } = sourceSpan(norm, c.from, c.to);
          return {
            indicator: c.indicator.id,
            text: report.source.slice(start, end),
            start,
            end,
            reason: c.dropped!,
            code: c.code ?? 'unclassified',
          };
        });
  observations.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      (a.measure < b.measure ? -1 : 1),
  );
  const stated = selfAssessments(text, ctx, mentions, report.report_year).map((r) => {
    const span = sourceSpan(norm, r.from, r.to);
    return {
      report_id: report.id,
      jurisdiction: report.jurisdiction,
      report_year: report.report_year,
      indicator: r.indicator,
      period: r.period,
      stated: r.stated,
      text: detach(report.source.slice(span.start, span.end)),
      start: span.start,
      end: span.end,
    };
  });
  const year = checkYear(yearEvidence(text, ctx), report.report_year);
  const quote = (e: { what: string; from: number; to: number }) => {
    const span = sourceSpan(norm, e.from, e.to);
    return {
      what: e.what,
      text: detach(report.source.slice(span.start, span.end).trim()),
      start: span.start,
      end: span.end,
    };
  };
  const said: string[] = [];
  if (year.mixed)
    said.push(
      `its dates do not all agree with report_year ${report.report_year}: ${year.mixed.map((e) => `it ${e.what} ("${quote(e).text}")`).join('; ')}`,
    );
  if (flat) said.push(FLATTENED);
  const warnings = said.length ? said : undefined;
  const yearConflict = year.conflict
    ? { year: year.conflict.year, evidence: year.conflict.evidence.map(quote) }
    : undefined;
  return {
    observations,
    stated,
    dropped,
    ...(warnings ? { warnings } : {}),
    ...(yearConflict ? { yearConflict } : {}),
    ...(opts.explain ? { names } : {}),
  };
}

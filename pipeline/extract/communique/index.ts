// Stage: extract, for a statistical communiqué (国民经济和社会发展统计公报) of any
// level of government. Its figures are all outcomes of one year, the year it
// covers; the work is telling the jurisdiction's headline figure from the many
// beside it (a sector's, a region's, a month's, the year before's, a second scope).
// It reads with the work-report machinery (dictionary, mentions, the figure reader
// and its parsers, normalisation and spans) and judges with refiners of its own.
import { normalize, sourceSpan, type NormalText } from '../normalize.js';
import { buildContext, type Sentence } from '../context.js';
import type { CompiledDictionary } from '../dictionary.js';
import type { Candidate, Mention } from '../types.js';
import { findMentions, bySentence, toObservation, type Dropped } from '../index.js';
import type { Observation, Segment } from '../../core/model.js';
import { communiqueDictionary } from './aliases.js';
import { workingText, toNormSpan, readTitle, ownNames } from './text.js';
import { readCandidates } from '../rules.js';
import { COMMUNIQUE_RULES } from '../rules-registry.js';

export interface CommuniqueInput {
  id: string;
  jurisdiction: string;
  /** the year the communiqué reports on: every observation is an actual for it */
  covers_year: number;
  /** the year it was published (the manifest's report_year); covers_year + 1 when not given */
  report_year?: number;
  /** the decoded source: offsets of every observation point into it */
  source: string;
  /** visible stretches of an HTML source; absent for plain text */
  segments?: Segment[];
  /** the manifest's jurisdiction_name (杭州市): the text may name itself so; the title is read too */
  jurisdiction_name?: string;
  /** the manifest's level: a national communiqué's 地方… figures are parts */
  level?: string;
  /** the source already normalised by another reader of the same document (a progress notice's commitments reader) */
  norm?: NormalText;
}

export interface CommuniqueExtraction {
  observations: Observation[];
  /** what the rules set aside, and why */
  dropped: Dropped[];
  /** what the caller should know: a title naming another year */
  warnings: string[];
}

/** A communiqué's headline figures are its jurisdiction's core indicators; work-plan items are not read. */
const isCore = (m: Mention) => !m.indicator.group || m.indicator.group === 'core';

/** A name in brackets right after another (地区生产总值(GDP), 居民消费价格指数(CPI)) is the same name again. */
function withoutBracketedAliases(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m, k) => {
    const prev = mentions[k - 1];
    return !(prev && text[m.from - 1] === '(' && text[m.to] === ')' && prev.to === m.from - 1);
  });
}

export function extractCommunique(input: CommuniqueInput, dictionary: CompiledDictionary): CommuniqueExtraction {
  const { compiled: dict, contexts } = communiqueDictionary(dictionary);
  const norm = input.norm ?? normalize(input.source, input.segments);
  const work = workingText(norm, input.covers_year);
  const text = work.text;
  const title = readTitle(text);
  const warnings: string[] = [];
  if (title.year !== undefined && title.year !== input.covers_year) {
    warnings.push(
      `the title names ${title.year}, the manifest covers_year ${input.covers_year}: figures are read for ${input.covers_year}`,
    );
  }
  const own = {
    names: ownNames(input.jurisdiction_name, title.name),
    national: input.level === 'national' || title.national,
    local: (input.level !== undefined && input.level !== 'national') || (title.name !== undefined && !title.national),
    contexts,
  };

  const ctx = buildContext(text);
  const mentions = bySentence(ctx.sentences, withoutBracketedAliases(text, findMentions(text, dict)).filter(isCore));
  const cands = readCandidates(COMMUNIQUE_RULES, { text, dict, year: input.covers_year, own }, mentions);

  // spans back to the normalised text, then to the source, through the work-report writer
  const report = {
    id: input.id,
    jurisdiction: input.jurisdiction,
    report_year: input.report_year ?? input.covers_year + 1,
    source: input.source,
    segments: input.segments,
  };
  const sentences = new Map<Sentence, Sentence>();
  const inNorm = (c: Candidate): Candidate => {
    let s = sentences.get(c.sentence);
    if (!s) {
      const span = toNormSpan(work, c.sentence.from, c.sentence.to);
      s = { ...c.sentence };
      s.from = span.from;
      s.to = span.to;
      sentences.set(c.sentence, s);
    }
    const span = toNormSpan(work, c.from, c.to);
    // a copy, then its fields set: V8 copies { ...c } fast, and builds { ...c, more } field by field
    const o = { ...c };
    o.from = span.from;
    o.to = span.to;
    o.sentence = s;
    return o;
  };
  const texts = new Map<Sentence, string>();
  const observations = cands
    .filter((c) => !c.dropped)
    .map((c) => {
      const o = toObservation(inNorm(c), report, norm, texts);
      o.rule = c.rule.startsWith('communique:') ? c.rule : `communique:${c.rule}`;
      return o;
    });
  observations.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      (a.measure < b.measure ? -1 : 1),
  );
  const dropped = cands
    .filter((c) => c.dropped)
    .map((c) => {
      const n = inNorm(c);
      const { start, end } = sourceSpan(norm, n.from, n.to);
      return {
        indicator: c.indicator.id,
        text: input.source.slice(start, end),
        start,
        end,
        reason: c.dropped!,
        code: c.code ?? 'unclassified',
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { observations, dropped, warnings };
}

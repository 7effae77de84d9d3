// One interface for the readers' rules. A parser reads candidates off one sentence's
// mentions; a refiner then decides, over all the candidates of a document, what each
// is (actual or target, which year, whose) and sets aside what it is not, with a coded
// reason (set-aside.ts). Each kind of document has its registry: the parsers and the
// refiners in the order they run (rules-registry.ts), so adding a rule is one entry.
// The figure reader and the communiqué reader share the loop below.
import type { Sentence } from './context.js';
import type { CompiledDictionary } from './dictionary.js';
import type { Candidate, Mention } from './types.js';
import { expandSharedHeads } from './parsers/shared-head.js';
import type { Own } from './communique/refiners/subject.js';

/** What every rule may read of the document it works on. */
export interface RuleContext {
  /** the text the reader reads (normalised; a communiqué's working text) */
  text: string;
  dict: CompiledDictionary;
  /** the year the document is dated by: a work report's year of delivery, a communiqué's covered year */
  year: number;
  /** the jurisdiction's name as the manifest gives it */
  jurisdictionName?: string;
  /** the jurisdiction's level, as the manifest or the divisions give it */
  level?: string;
  /** a communiqué's own names and level (communique/text.ts) */
  own?: Own;
}

/** Reads candidates off one sentence, from the mentions of indicators in it. */
export type Parser = (ctx: RuleContext, sentence: Sentence, mentions: Mention[]) => Candidate[];

/** Decides over all the candidates of a document: sets their kind, year, confidence, or sets them aside. */
export type Refiner = (ctx: RuleContext, cands: Candidate[]) => void;

/** A rule with its name, for a reader that wants to know which ran. */
export interface Rule<F> {
  name: string;
  run: F;
}

/** A document kind's rules, in the order they run. */
export interface Registry {
  parsers: ReadonlyArray<Rule<Parser>>;
  refiners: ReadonlyArray<Rule<Refiner>>;
}

/**
 * The readers' loop: for each sentence its mentions (a shared head split into the
 * names it stands for), every parser in turn; then every refiner in turn over the
 * whole document's candidates.
 */
export function readCandidates(registry: Registry, ctx: RuleContext, mentions: Map<Sentence, Mention[]>): Candidate[] {
  const cands: Candidate[] = [];
  for (const [sentence, found] of mentions) {
    const list = expandSharedHeads(ctx.text, sentence, found, ctx.dict);
    for (const p of registry.parsers) cands.push(...p.run(ctx, sentence, list));
  }
  for (const r of registry.refiners) r.run(ctx, cands);
  return cands;
}

// Refiner: the figure is the jurisdiction's own. The work-report check (only subject
// and link words before the name in its clause) applies, with the communiqué's own
// name (杭州市, from its title or the manifest) and its lead words (初步测算) allowed.
// Beyond it: 与国内生产总值之比 names a ratio, PM2.5 is not M2, and in a national
// communiqué 地方一般公共预算收入 is the local governments' part, not the whole; in a
// local one, 全国 names the nation's figure, given for comparison.
import { lexicon } from '../../../lexicon/index.js';
import { clausePrefix, isSubjectPrefix } from '../../refiners/subject.js';
import type { Candidate } from '../../types.js';
import type { AliasContext } from '../aliases.js';

const LATIN = /[A-Za-z]/;

export interface Own {
  names: string[];
  national: boolean;
  /** known to be below the national level (its title or the manifest says so) */
  local: boolean;
  /** alias → the word its paragraph (or its own sentence) must contain */
  contexts: Map<string, AliasContext>;
}

export function refineCommuniqueSubject(text: string, cands: Candidate[], own: Own): void {
  const inParagraph = new Map<string, boolean>();
  const paragraphHas = (c: Candidate, word: string) => {
    const k = `${c.sentence.paragraph.from}|${word}`;
    let v = inParagraph.get(k);
    if (v === undefined)
      inParagraph.set(k, (v = text.slice(c.sentence.paragraph.from, c.sentence.paragraph.to).includes(word)));
    return v;
  };
  const {
    leadWords: LEAD_WORDS,
    endsWithJoiner: ENDS_WITH_JOINER,
    partOfNation: PART_OF_NATION,
    theNation: THE_NATION,
  } = lexicon().communique;
  const ownAndLead = [...own.names, ...LEAD_WORDS];
  for (const c of cands) {
    if (c.dropped) continue;
    if (LATIN.test(c.name[0]) && LATIN.test(text[c.nameFrom - 1] ?? '')) {
      c.code = 'inside_longer_name';
      c.dropped = `"${c.name}" inside a longer Latin name`;
      continue;
    }
    const need = own.contexts.get(c.name);
    if (
      need &&
      !need.words.some((w) =>
        need.within === 'sentence' ? text.slice(c.sentence.from, c.sentence.to).includes(w) : paragraphHas(c, w),
      )
    ) {
      c.code = 'needs_context';
      c.dropped = `"${c.name}" counts only beside "${need.words.join('" or "')}"`;
      continue;
    }
    if (own.national && PART_OF_NATION.test(c.name)) {
      c.code = 'narrower_scope';
      c.dropped = `"${c.name}" is the local governments' part of the national figure`;
      continue;
    }
    const prefix = clausePrefix(text, c.sentence.from, c.groupFrom);
    if (own.local && THE_NATION.test(prefix)) {
      c.code = 'national_figure';
      c.dropped = `the nation's figure ("${prefix}") in a local communiqué`;
      continue;
    }
    let rest = prefix;
    // each word taken out in turn, as before; a word not there (most) costs a search, not a split and a join
    for (const w of ownAndLead) if (rest.includes(w)) rest = rest.split(w).join('');
    if (c.groupFrom === c.nameFrom && ENDS_WITH_JOINER.test(rest.trim())) {
      c.code = 'not_jurisdiction';
      c.dropped = `not the jurisdiction's own figure: "${prefix}" joins the name to something else`;
    } else if (!isSubjectPrefix(rest)) {
      c.code = 'not_jurisdiction';
      c.dropped = `not the jurisdiction's own figure: "${prefix}" stands before the name`;
    }
  }
}

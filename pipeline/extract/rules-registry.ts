// The rules of each kind of document, in the order they run (rules.ts). A parser
// here reads candidates off a sentence; a refiner decides over all of a document's.
// Adding a rule is adding its entry at its place.
import type { Registry } from './rules.js';
import { nameThenFigures } from './parsers/name-then-figures.js';
import { figureThenName } from './parsers/figure-then-name.js';
import { wordTargets } from './parsers/word-targets.js';
import { refineSubject } from './refiners/subject.js';
import { refineOutsideDictionary } from './parsers/sector-list.js';
import { refineTime, refineWordTargets } from './refiners/time.js';
import { refineScope, refineTargetsOnly } from './refiners/scope.js';
import { refinePlausible } from './refiners/consistency.js';
import { flattened, refineFlattened } from './refiners/flattened.js';
import { averageRates } from './communique/parsers/average-rate.js';
import { signedRates } from './communique/parsers/signed-rate.js';
import { refineCommuniqueSubject } from './communique/refiners/subject.js';
import { refineCommuniqueTime } from './communique/refiners/time.js';
import { refineCommuniqueScope } from './communique/refiners/scope.js';
import { refineCommuniqueDuplicates } from './communique/refiners/duplicates.js';

/** A work report (and a progress notice read for its figures): its review's outcomes and its plan's targets. */
export const WORK_REPORT_RULES: Registry = {
  parsers: [
    { name: 'name-then-figures', run: (c, s, m) => nameThenFigures(c.text, s, m) },
    { name: 'figure-then-name', run: (c, s, m) => figureThenName(c.text, s, m) },
    { name: 'word-targets', run: (c, s, m) => wordTargets(c.text, s, m, c.dict) },
  ],
  refiners: [
    // a sector the dictionary lacks takes its figure out of a 分别 list, and no more
    { name: 'outside-dictionary', run: (_, cands) => refineOutsideDictionary(cands) },
    { name: 'subject', run: (c, cands) => refineSubject(c.text, cands, c.jurisdictionName, c.level) },
    { name: 'time', run: (c, cands) => refineTime(c.text, cands, c.year) },
    { name: 'word-targets-in-time', run: (_, cands) => refineWordTargets(cands) },
    { name: 'scope', run: (c, cands) => refineScope(c.text, cands, c.year) },
    { name: 'targets-only', run: (c, cands) => refineTargetsOnly(cands, c.dict.targetsOnly) },
    { name: 'plausible', run: (_, cands) => refinePlausible(cands) },
    { name: 'flattened', run: (c, cands) => flattened(c.text) && refineFlattened(cands) },
  ],
};

/** A statistical communiqué: the covered year's outcomes, the jurisdiction's own. */
export const COMMUNIQUE_RULES: Registry = {
  parsers: [
    { name: 'name-then-figures', run: (c, s, m) => nameThenFigures(c.text, s, m) },
    { name: 'average-rate', run: (c, s, m) => averageRates(c.text, s, m) },
    { name: 'signed-rate', run: (c, s, m) => signedRates(c.text, s, m) },
  ],
  refiners: [
    { name: 'subject', run: (c, cands) => refineCommuniqueSubject(c.text, cands, c.own!) },
    { name: 'time', run: (c, cands) => refineCommuniqueTime(c.text, cands, c.year) },
    { name: 'scope', run: (c, cands) => refineCommuniqueScope(c.text, cands) },
    // a name a dictionary counts only where it states a target (names_targets_only) counts nowhere in a communiqué
    { name: 'targets-only', run: (c, cands) => refineTargetsOnly(cands, c.dict.targetsOnly) },
    { name: 'plausible', run: (_, cands) => refinePlausible(cands) },
    { name: 'duplicates', run: (_, cands) => refineCommuniqueDuplicates(cands) },
  ],
};

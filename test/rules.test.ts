// One rule interface (extract/rules.ts): each kind of document's parsers and refiners
// in one ordered registry, run by one loop. A rule added to a registry is one entry,
// and it runs: here a refiner that sets aside every target of the seed's plan, on its
// real text, through the same loop the readers use.
import { describe, it, expect } from 'vitest';
import { seed, compiled } from './helpers.js';
import { normalize } from '../pipeline/extract/normalize.js';
import { buildContext } from '../pipeline/extract/context.js';
import { bySentence, findMentions } from '../pipeline/extract/index.js';
import { readCandidates, type Registry, type RuleContext } from '../pipeline/extract/rules.js';
import { WORK_REPORT_RULES, COMMUNIQUE_RULES } from '../pipeline/extract/rules-registry.js';

function candidates(registry: Registry) {
  const text = normalize(seed).text;
  const ctx: RuleContext = { text, dict: compiled, year: 2015, jurisdictionName: '上城区' };
  return readCandidates(registry, ctx, bySentence(buildContext(text).sentences, findMentions(text, compiled)));
}

describe('the rules of each kind of document', () => {
  it('are named once each, in their order', () => {
    for (const r of [WORK_REPORT_RULES, COMMUNIQUE_RULES]) {
      const names = [...r.parsers, ...r.refiners].map((x) => x.name);
      expect(new Set(r.parsers.map((x) => x.name)).size).toBe(r.parsers.length);
      expect(new Set(r.refiners.map((x) => x.name)).size).toBe(r.refiners.length);
      expect(names.length).toBeGreaterThan(5);
    }
    expect(WORK_REPORT_RULES.refiners.map((r) => r.name).slice(0, 3)).toEqual([
      'outside-dictionary',
      'subject',
      'time',
    ]);
  });

  it('a refiner added at the end is one entry, and runs after the others on every candidate', () => {
    const before = candidates(WORK_REPORT_RULES).filter((c) => !c.dropped && c.kind === 'target');
    expect(before.length).toBeGreaterThan(5);
    const withRule: Registry = {
      ...WORK_REPORT_RULES,
      refiners: [
        ...WORK_REPORT_RULES.refiners,
        {
          name: 'no-targets',
          run: (_, cands) => {
            for (const c of cands)
              if (!c.dropped && c.kind === 'target') {
                c.dropped = 'a test rule sets every target aside';
                c.code = 'plan_goal';
              }
          },
        },
      ],
    };
    const after = candidates(withRule);
    expect(after.filter((c) => !c.dropped && c.kind === 'target')).toEqual([]);
    expect(after.filter((c) => c.code === 'plan_goal').length).toBeGreaterThanOrEqual(before.length);
  });
});

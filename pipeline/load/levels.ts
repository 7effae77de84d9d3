// Levels of government: each jurisdiction of the input with its level and its
// parent (the jurisdiction of the level above), from the reports' entries and the
// manifest's `jurisdictions` (levels with no report of their own, so that a chain
// can be followed: shangcheng → hangzhou → zhejiang → china). Checked once here:
// one parent per jurisdiction, and no jurisdiction its own ancestor.
import { YoyError } from '../core/errors.js';
import type { Level } from '../core/model.js';
import { compareJurisdictions } from '../core/jurisdiction-order.js';

export interface JurisdictionInfo {
  jurisdiction: string;
  jurisdiction_name: string;
  level: Level;
  parent: string | null;
  /** the six-digit administrative division code (GB/T 2260); null for the nation */
  division_code: string | null;
  /** the ancestors, nearest first, as far as the manifest names them */
  ancestors: string[];
  /** whether the input holds a document of this jurisdiction */
  in_input: boolean;
}

interface Entry {
  jurisdiction: string;
  jurisdiction_name: string;
  level: Level;
  parent?: string;
  division_code?: string | null;
}

/**
 * The jurisdictions of the input and those the manifest declares, in the release's order
 * (core/jurisdiction-order.ts: the nation, then by level, then by name).
 * `reports` are the input's documents; `declared` the manifest's `jurisdictions`.
 */
export function jurisdictionsOf(reports: Entry[], declared: Entry[], manifestFile: string): JurisdictionInfo[] {
  const byId = new Map<string, JurisdictionInfo>();
  const where = new Map<string, string>();
  const add = (e: Entry, inInput: boolean, at: string) => {
    const cur = byId.get(e.jurisdiction);
    if (!cur) {
      byId.set(e.jurisdiction, {
        jurisdiction: e.jurisdiction,
        jurisdiction_name: e.jurisdiction_name,
        level: e.level,
        parent: e.parent ?? null,
        division_code: e.division_code ?? null,
        ancestors: [],
        in_input: inInput,
      });
      if (e.parent) where.set(e.jurisdiction, at);
      return;
    }
    cur.in_input ||= inInput;
    cur.division_code ??= e.division_code ?? null;
    if (e.parent && cur.parent && e.parent !== cur.parent) {
      throw new YoyError(
        'MANIFEST_INVALID',
        `${e.jurisdiction} has two parents: "${cur.parent}" (${where.get(e.jurisdiction)}) and "${e.parent}" (${at}); give one`,
        manifestFile,
      );
    }
    if (e.parent && !cur.parent) {
      cur.parent = e.parent;
      where.set(e.jurisdiction, at);
    }
  };
  reports.forEach((e) => add(e, true, `a report of ${e.jurisdiction}`));
  declared.forEach((e, i) => add(e, false, `jurisdictions[${i}]`));
  for (const j of byId.values()) {
    const seen = new Set([j.jurisdiction]);
    for (let p = j.parent; p; p = byId.get(p)?.parent ?? null) {
      if (seen.has(p))
        throw new YoyError(
          'MANIFEST_INVALID',
          `the parents of ${j.jurisdiction} lead back to ${p}: ${[...seen, p].join(' → ')}`,
          manifestFile,
        );
      seen.add(p);
      j.ancestors.push(p);
    }
  }
  return [...byId.values()].sort(compareJurisdictions);
}

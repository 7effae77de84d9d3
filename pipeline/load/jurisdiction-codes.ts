// The manifest's jurisdictions completed from the dataset of divisions
// (divisions.ts): each entry's `division_code`, and its `level`, `parent` and
// `jurisdiction` slug where the manifest leaves them out. Parents link to the
// input's own slugs when the parent is in the input (matched by code:
// 上城区 → hangzhou → zhejiang → china); a province-level division's parent is the
// nation. What the manifest says stands; where it contradicts the dataset, a
// warning says so.
import { YoyError } from '../core/errors.js';
import type { Level } from '../core/model.js';
import {
  resolveDivision,
  isNation,
  slugFor as slugOf,
  describe,
  DivisionLookupError,
  type Resolved,
} from './divisions.js';
import type { Warning } from './index.js';
import { wholeSlugOf } from './jurisdiction-slug.js';

/** A manifest entry as far as its jurisdiction goes (a report, a collection or a declared jurisdiction). */
export interface JurisdictionFields {
  jurisdiction?: string;
  jurisdiction_name?: string;
  level?: Level;
  parent?: string;
  division_code?: string | null;
  report_year?: number;
  covers_year?: number;
  years?: number[];
  id?: string;
}

/** The nation's slug when the input has no national entry to take it from. */
const NATION_SLUG = 'china';

const yearOf = (e: JurisdictionFields) => e.report_year ?? e.covers_year ?? e.years?.[1];

/**
 * Fill in every entry's division_code (null for the nation), level, parent and slug.
 * `entries` are mutated; `where(i)` names entry i in messages. Returns the
 * divisions above them that no entry names (杭州市 and 浙江省 above 上城区), so
 * that a chain of parents can be followed up to the nation.
 */
export function completeJurisdictions(
  entries: JurisdictionFields[],
  where: (i: number) => string,
  manifestFile: string,
  warnings: Warning[],
): JurisdictionFields[] {
  const nameOfSlug = new Map<string, string>();
  for (const e of entries)
    if (e.jurisdiction && e.jurisdiction_name) nameOfSlug.set(e.jurisdiction, e.jurisdiction_name);

  // first every entry's division, then the slugs (an omitted parent links to the input's own)
  const found: Array<Resolved | null> = entries.map((e, i) => {
    const name = e.jurisdiction_name ?? '';
    if (e.level === 'national' || (!e.division_code && isNation(name))) return null;
    try {
      return resolveDivision({
        name,
        code: e.division_code ?? undefined,
        parentHint: e.parent ? (nameOfSlug.get(e.parent) ?? e.parent) : undefined,
        year: yearOf(e),
      });
    } catch (err) {
      if (!(err instanceof DivisionLookupError)) throw err;
      if (err.reason === 'ambiguous')
        throw new YoyError(
          'DIVISION_AMBIGUOUS',
          `${where(i)}: ${err.message}; say which with "parent" (a jurisdiction of the manifest) or "division_code"`,
          manifestFile,
        );
      // a name the dataset does not know stands when the manifest says the rest itself
      if (e.jurisdiction && e.level) {
        warnings.push({
          type: 'division-unknown',
          file: 'manifest.json',
          message: `${where(i)}: ${err.message} in the dataset of divisions; ${e.jurisdiction} has no division_code`,
        });
        return null;
      }
      throw new YoyError(
        'DIVISION_UNKNOWN',
        `${where(i)}: ${err.message} in the dataset of divisions; give "division_code", or "jurisdiction", "level" and "parent"`,
        manifestFile,
      );
    }
  });

  const nation = entries.find((e, i) => !found[i] && (e.level === 'national' || isNation(e.jurisdiction_name ?? '')));
  const nationSlug = nation?.jurisdiction ?? NATION_SLUG;
  const ancestors = entries.map((e, i) => (found[i] ? ancestorsOf(found[i]!, yearOf(e)) : []));
  const slugFor = uniqueSlugs(entries, found, ancestors, nationSlug);

  const codes = new Set(found.filter((d) => d).map((d) => d!.code));
  const above = new Map<string, Resolved>();
  entries.forEach((e, i) => {
    const d = found[i];
    if (!d) {
      e.division_code = null;
      if (!e.jurisdiction && isNation(e.jurisdiction_name ?? '')) e.jurisdiction = nationSlug;
      if (!e.level && isNation(e.jurisdiction_name ?? '')) e.level = 'national';
      return;
    }
    if (d.note) warnings.push({ type: 'division-resolved', file: 'manifest.json', message: `${where(i)}: ${d.note}` });
    e.division_code = d.code;
    e.jurisdiction ??= slugFor(d.code, d.name);
    if (!e.level) e.level = d.level;
    else if (e.level !== d.level)
      warnings.push({
        type: 'division-contradiction',
        file: 'manifest.json',
        message: `${where(i)}: level is "${e.level}", but ${describe(d)} is a ${d.level} in the dataset of divisions`,
      });
    const parentSlug = d.parentCode ? slugFor(d.parentCode, d.parentName!) : nationSlug;
    for (const a of ancestors[i]) if (!codes.has(a.code)) above.set(a.code, a);
    if (!e.parent) e.parent = parentSlug;
    else if (e.parent !== parentSlug) {
      // a manifest's parent may skip a level (a district's parent given as its province)
      if (!ancestors[i].some((a) => slugFor(a.code, a.name) === e.parent) && e.parent !== nationSlug)
        warnings.push({
          type: 'division-contradiction',
          file: 'manifest.json',
          message: `${where(i)}: parent is "${e.parent}", but ${describe(d)} lies under ${d.parentName ?? 'the nation'} (${parentSlug}) in the dataset of divisions`,
        });
    }
  });
  // a division renamed or merged between two reports of one jurisdiction: its rows carry one code
  const codesOf = new Map<string, string[]>();
  for (const e of entries)
    if (e.division_code && e.jurisdiction) {
      const list = codesOf.get(e.jurisdiction) ?? [];
      if (!list.includes(e.division_code)) codesOf.set(e.jurisdiction, [...list, e.division_code]);
    }
  for (const [slug, list] of codesOf)
    if (list.length > 1)
      warnings.push({
        type: 'division-codes-differ',
        file: 'manifest.json',
        message: `${slug} resolves to ${list.join(' and ')} in different years; its rows carry the code of its first report (give "division_code" to choose)`,
      });
  return [...above.values()].map((a) => ({
    jurisdiction: slugFor(a.code, a.name),
    jurisdiction_name: a.name,
    level: a.level,
    parent: a.parentCode ? slugFor(a.parentCode, a.parentName!) : nationSlug,
    division_code: a.code,
  }));
}

/** Which divisions take a name's id first where two would share it: the province over the city over the county. */
const LEVEL_RANK: Record<string, number> = { province: 0, city: 1, district: 2, county: 2 };

/**
 * Every division's slug, one name a slug: the manifest's own first; then the divisions the input reaches, the higher
 * level first, each its name's id (吉林省 jilin) unless a division of another name holds it, then its whole name's (吉林市
 * jilinshi, above 蛟河市), then its id and code (jilin-220200). Two divisions of different names (吉林省, 吉林市) never
 * merge into one jurisdiction for sharing a name without their suffixes; one name under two codes (a district recoded
 * between two years' reports) stays one.
 */
function uniqueSlugs(
  entries: JurisdictionFields[],
  found: Array<Resolved | null>,
  ancestors: Resolved[][],
  nationSlug: string,
): (code: string, name: string) => string {
  const slugOfCode = new Map<string, string>();
  // each slug's division name ('' for one the manifest names no division for: the nation, a place of the user's own)
  const owner = new Map<string, string>([[nationSlug, '']]);
  entries.forEach((e, i) => {
    const d = found[i];
    if (d && e.jurisdiction && !slugOfCode.has(d.code)) slugOfCode.set(d.code, e.jurisdiction);
    if (e.jurisdiction && !owner.has(e.jurisdiction)) owner.set(e.jurisdiction, d?.name ?? '');
  });
  const take = (code: string, name: string) => {
    const plain = slugOf(name);
    const free = (s: string | undefined) => s !== undefined && (owner.get(s) ?? name) === name;
    const slug = [plain, wholeSlugOf(name)].find(free) ?? `${plain}-${code}`;
    slugOfCode.set(code, slug);
    owner.set(slug, name);
    return slug;
  };
  const wanted = new Map<string, Resolved>();
  entries.forEach((e, i) => {
    const d = found[i];
    if (d && !e.jurisdiction) wanted.set(d.code, d);
    for (const a of ancestors[i]) wanted.set(a.code, a);
  });
  const order = [...wanted.values()]
    .filter((d) => !slugOfCode.has(d.code))
    .sort((a, b) => (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3) || a.code.localeCompare(b.code));
  for (const d of order) take(d.code, d.name);
  return (code, name) => slugOfCode.get(code) ?? take(code, name);
}

/** The divisions above one, nearest first, from the same table. */
function ancestorsOf(d: Resolved, year: number | undefined): Resolved[] {
  const out: Resolved[] = [];
  for (let p: Resolved = d; p.parentCode;) {
    p = resolveDivision({ name: p.parentName!, code: p.parentCode, year });
    out.push(p);
  }
  return out;
}

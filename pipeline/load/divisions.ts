// China's administrative divisions (GB/T 2260, 行政区划代码) from maintained
// datasets, to give each jurisdiction its six-digit code, its level and its parent
// from its name. Two sources, each loaded only when a lookup needs it:
// - the current table: @vant/area-data (kept up to date with the annual changes;
//   it knows 上城区 330102 after 下城区 was merged into it in 2021);
// - the yearly tables of GB/T 2260 from 2002 to 2016: the gb2260 package, one
//   file per revision, so that a name of a past year (下城区 in 2015) resolves to
//   the code it had then.
// A name is looked up in the table in force in the report's year first, then in
// the others (current first, then the revisions newest first).
import { lexicon } from '../lexicon/index.js';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
import { slugOf, stemOf } from './jurisdiction-slug.js';

export type DivisionLevel = 'province' | 'city' | 'district' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** the division above; null for a province-level one (its parent is the nation) */
  parentCode: string | null;
  parentName: string | null;
  /** the table it was found in: "current" or a GB/T 2260 revision ("201509") */
  table: string;
}

export interface Resolved extends Division {
  /** said when the division was not found in the table for the year asked */
  note?: string;
}

export interface DivisionQuery {
  name: string;
  /** a six-digit code: the division is looked up by it, and the name checked against it */
  code?: string;
  /** the name, code or slug (fuzhou) of a division above (the city or the province) that tells apart divisions of one name */
  parentHint?: string;
  /** the year the name was used in (a report's year) */
  year?: number;
}

/** Why a query resolved to no division, or to several. */
export class DivisionLookupError extends Error {
  constructor(
    readonly reason: 'unknown' | 'ambiguous' | 'code_unknown',
    message: string,
    readonly candidates: Division[] = [],
  ) {
    super(message);
    this.name = 'DivisionLookupError';
  }
}

/** Names of the nation: it has no code. */
export const isNation = (name: string) => lexicon().data.jurisdiction.nation_names.includes(name.trim());

// Rows of the tables that are groupings, not divisions: 市辖区, 县 and 省直辖县级行政区划
// under a province, and a municipality listed again as its own city (北京市 110100).
const isGrouping = (name: string) => lexicon().data.jurisdiction.division_groupings.includes(name);
// A county-level division's name ends in one of the lexicon's county_suffixes; the current table also
// lists development zones, Dongguan's towns and Taiwan's townships (not_a_division_suffixes), which are
// not divisions (园区 alone would take 下花园区, 绿园区 and 梁园区, which are districts)
const endsWithOne = (name: string, words: string[]) => words.some((w) => name.endsWith(w));

// Taiwan, Hong Kong and Macao are listed as province-level; the current table's
// divisions below them are not GB/T 2260's.
const PROVINCE_ONLY = /^(71|81|82)/;

type Table = Map<string, string>;

function clean(raw: Iterable<[string, string]>): Table {
  const { jurisdiction } = lexicon().data;
  const all = new Map(raw);
  const out: Table = new Map();
  for (const [code, name] of all) {
    if (!/^\d{6}$/.test(code) || isGrouping(name)) continue;
    const province = code.endsWith('0000');
    if (!province && PROVINCE_ONLY.test(code)) continue;
    if (!province && code.endsWith('00') && name === all.get(`${code.slice(0, 2)}0000`)) continue;
    if (
      !code.endsWith('00') &&
      (!endsWithOne(name, jurisdiction.county_suffixes) || endsWithOne(name, jurisdiction.not_a_division_suffixes))
    )
      continue;
    out.set(code, name);
  }
  return out;
}

let current: Table | undefined;
function currentTable(): Table {
  if (!current) {
    const { areaList } = require('@vant/area-data') as {
      areaList: Record<'province_list' | 'city_list' | 'county_list', Record<string, string>>;
    };
    current = clean(
      ['province_list', 'city_list', 'county_list'].flatMap((k) =>
        Object.entries(areaList[k as keyof typeof areaList]),
      ),
    );
  }
  return current;
}

const revisionTables = new Map<string, Table>();
let revisionList: string[] | undefined;
/** The GB/T 2260 revisions the gb2260 package has, oldest first ("200212" … "201607"). */
export function revisions(): string[] {
  revisionList ??= [...(require('gb2260/lib/revisions.json') as string[])].sort();
  return revisionList;
}
function revisionTable(rev: string): Table {
  let t = revisionTables.get(rev);
  if (!t) {
    t = clean(Object.entries(require(`gb2260/lib/${rev}.json`) as Record<string, string>));
    revisionTables.set(rev, t);
  }
  return t;
}

const tableOf = (id: string) => (id === 'current' ? currentTable() : revisionTable(id));

/** Each revision's file as text, read on the first name looked up in it. */
const revisionTexts = new Map<string, string>();

/**
 * Whether a table may hold a name: a revision not yet parsed is searched as text first, so that a name no table
 * has (a jurisdiction of the user's own) does not parse and clean all fifteen of them (half a second); the current
 * table, and a revision parsed already, are looked in as they are.
 */
function mayHold(id: string, name: string): boolean {
  if (id === 'current' || revisionTables.has(id)) return true;
  let text = revisionTexts.get(id);
  if (text === undefined) {
    text = fs.readFileSync(require.resolve(`gb2260/lib/${id}.json`), 'utf8');
    revisionTexts.set(id, text);
  }
  return text.includes(`"${name}`);
}

/**
 * The tables to look in, the one in force in the year first: the last revision of
 * that year or before while the revisions reach it, else the current table.
 */
function tablesFor(year?: number): string[] {
  const revs = revisions();
  const newestFirst = [...revs].reverse();
  const lastYear = Number(revs[revs.length - 1].slice(0, 4));
  if (year === undefined || year > lastYear) return ['current', ...newestFirst];
  const inForce = newestFirst.find((r) => Number(r.slice(0, 4)) <= year) ?? revs[0];
  return [inForce, 'current', ...newestFirst.filter((r) => r !== inForce)];
}

function levelOf(code: string, name: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  const { district_suffix, not_district_suffixes } = lexicon().data.jurisdiction;
  return name.endsWith(district_suffix) && !endsWithOne(name, not_district_suffixes) ? 'district' : 'county';
}

/** The division above: the prefecture for a county-level one where the table has it, else the province. */
function parentOf(code: string, table: Table): string | null {
  if (code.endsWith('0000')) return null;
  const city = `${code.slice(0, 4)}00`;
  if (!code.endsWith('00') && table.has(city)) return city;
  const province = `${code.slice(0, 2)}0000`;
  return table.has(province) ? province : null;
}

function division(code: string, table: Table, id: string): Division {
  const name = table.get(code)!;
  const parentCode = parentOf(code, table);
  return {
    code,
    name,
    level: levelOf(code, name),
    parentCode,
    parentName: parentCode ? table.get(parentCode)! : null,
    table: id,
  };
}

/** 浙江 and 杭州 name 浙江省 and 杭州市: a name may leave off its suffix. */
/** What may follow a division's short name (省, 自治区): the lexicon's jurisdiction.division_suffixes. */
const SUFFIX = { test: (rest: string) => lexicon().data.jurisdiction.division_suffixes.includes(rest) };

/** Each table's codes by name, built on its first lookup. */
const nameIndex = new WeakMap<Table, Map<string, string[]>>();

function byName(name: string, table: Table): string[] {
  let index = nameIndex.get(table);
  if (!index) {
    index = new Map();
    for (const [code, n] of table) index.set(n, [...(index.get(n) ?? []), code]);
    nameIndex.set(table, index);
  }
  const exact = index.get(name);
  if (exact) return exact;
  const short: string[] = [];
  for (const [code, n] of table) if (n.startsWith(name) && SUFFIX.test(n.slice(name.length))) short.push(code);
  return short;
}

/** Whether a division lies under the one the hint names (by code, by name with or without its suffix, or by slug). */
function under(code: string, hint: string, table: Table): boolean {
  const h = hint.trim();
  for (let p = parentOf(code, table); p; p = parentOf(p, table)) {
    const n = table.get(p)!;
    if (p === h || n === h || (n.startsWith(h) && SUFFIX.test(n.slice(h.length))) || slugOf(n) === h) return true;
  }
  return false;
}

/** How a division is told apart in a message: 320106 鼓楼区 (江苏省 南京市). */
export function describe(d: Division, table = tableOf(d.table)): string {
  const chain: string[] = [];
  for (let p = d.parentCode; p; p = parentOf(p, table)) chain.unshift(table.get(p)!);
  return `${d.code} ${d.name}${chain.length ? ` (${chain.join(' ')})` : ''}`;
}

const tableName = (id: string) => (id === 'current' ? 'the current table' : `GB/T 2260-${id}`);

/**
 * The division a name (or a code) stands for in a year: its code, level and parent.
 * Throws DivisionLookupError when no division has the name, or several do and
 * neither `parentHint` nor `code` tells them apart.
 */
export function resolveDivision(q: DivisionQuery): Resolved {
  const order = tablesFor(q.year);
  const name = q.name.trim();
  const noteFor = (id: string) =>
    id === order[0] ? undefined : `${name} is not in ${tableName(order[0])}; found in ${tableName(id)}`;
  if (q.code) {
    for (const id of order) {
      const table = tableOf(id);
      if (!table.has(q.code)) continue;
      const d = division(q.code, table, id);
      const mismatch = d.name !== name && !(d.name.startsWith(name) && SUFFIX.test(d.name.slice(name.length)));
      const notes = [
        noteFor(id),
        mismatch ? `division_code ${q.code} is ${d.name} in ${tableName(id)}, not ${name}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return notes ? { ...d, note: notes } : d;
    }
    throw new DivisionLookupError('code_unknown', `no division has the code ${q.code}`);
  }
  for (const id of order) {
    if (!mayHold(id, name)) continue;
    const table = tableOf(id);
    const named = byName(name, table);
    if (!named.length) continue;
    const codes = q.parentHint && named.length > 1 ? named.filter((c) => under(c, q.parentHint!, table)) : named;
    if (codes.length !== 1) {
      const all = named.map((c) => division(c, table, id));
      const none = codes.length ? '' : `, none under ${q.parentHint}`;
      throw new DivisionLookupError(
        'ambiguous',
        `${all.length} divisions are named ${name}${none}: ${all.map((d) => describe(d, table)).join('; ')}`,
        all,
      );
    }
    const found = codes.map((c) => division(c, table, id));
    const note = noteFor(id);
    return note ? { ...found[0], note } : found[0];
  }
  throw new DivisionLookupError('unknown', `no division is named ${name}`);
}

/** A slug for a name (jurisdiction-slug.ts: the name without its suffix, in pinyin), never empty. */
export const slugFor = (name: string): string => slugOf(name) ?? 'jurisdiction';

/**
 * The names of the divisions a text names, the longest match first (a file called
 * 2025年广西政府工作报告.docx names 广西, short for 广西壮族自治区). A division is named by
 * its full name or by its name without the suffix (two characters at least). Only
 * divisions of `level` count when it is given; the current table is searched.
 */
export function divisionNamesIn(text: string, level?: DivisionLevel): string[] {
  const table = currentTable();
  let best = 0;
  let names: string[] = [];
  for (const [code, name] of table) {
    if (level && levelOf(code, name) !== level) continue;
    const stem = stemOf(name);
    const found = text.includes(name) ? name.length : stem.length >= 2 && text.includes(stem) ? stem.length : 0;
    if (!found || found < best) continue;
    if (found > best) names = [];
    best = found;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

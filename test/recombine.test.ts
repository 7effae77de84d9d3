// Property: sentences of the real corpus, recombined into new reports, never make
// extraction or derive fail, every span slices back to its text, and every status
// agrees with its numbers. Real sentences carry the shapes real reports have (预计
// and targets in one passage, targets headers, 去年/今年, ranges, falls, units) in
// combinations no single report has: the big.js crash of issue 16 was one of them.
// Runs in-process (extract + validate + derive, no CLI) and is bounded in time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Big from 'big.js';
import { compiled, dictionary, INPUT, ROOT } from './helpers.js';
import { extractReport, type StatedRecord } from '../pipeline/extract/index.js';
import { WORD_QUALIFIERS, type Observation, type Qualifier } from '../pipeline/core/model.js';
import { derive, type Derived } from '../pipeline/derive/index.js';
import { DEFAULT_TOLERANCE } from '../pipeline/derive/attainment.js';
import { plain } from '../pipeline/derive/decimal.js';
import { observationProblems, itemProblems } from '../pipeline/validate/index.js';
import type { TargetRow } from '../pipeline/derive/targets-vs-actuals.js';
import { bundleItems } from '../pipeline/format/tables.js';

interface Piece {
  text: string;
  /** the year of the report it comes from, so its years can be moved with it */
  year: number;
}

/** A short line without sentence punctuation: a heading (一、2014年工作回顾). */
const HEADING = /^[^。！？；!?;]{1,40}$/;
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]?/g;
const FIGURE = /\d(?:\.\d+)?\s*(?:%|％|亿|万|个|人|家|项|倍)/;

/** A report of the corpus as headings and paragraphs of sentences, kept in order. */
interface Source {
  year: number;
  paragraphs: Piece[][];
  /** the paragraphs with a figure */
  figured: Piece[][];
  /** paragraphs where extraction found a target / an actual in the whole report, and the sentence it is in */
  targets: Array<{ para: Piece[]; at: number }>;
  actuals: Array<{ para: Piece[]; at: number }>;
}

const headings: Piece[] = [];
const sentences: Piece[] = [];
const sources: Source[] = [];
/** the State Council's reports by year: the base of a drawn jurisdiction's reports */
const nationalByYear = new Map<number, Source>();

function add(text: string, year: number): Source {
  const src: Source = { year, paragraphs: [], figured: [], targets: [], actuals: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (HEADING.test(line) && !FIGURE.test(line)) {
      headings.push({ text: line, year });
      src.paragraphs.push([{ text: line, year }]);
      continue;
    }
    const para: Piece[] = [];
    for (const m of line.matchAll(SENTENCE)) if (m[0].trim()) para.push({ text: m[0], year });
    for (const p of para) sentences.push(p);
    if (para.length) src.paragraphs.push(para);
    if (para.some((x) => FIGURE.test(x.text))) src.figured.push(para);
  }
  sources.push(src);
  return src;
}

add(fs.readFileSync(path.join(INPUT, 'shangcheng-2015.txt'), 'utf8'), 2015);
add(fs.readFileSync(path.join(INPUT, 'shangcheng-2016-excerpt.txt'), 'utf8'), 2016);
for (const line of fs.readFileSync(path.join(INPUT, 'national', 'government_work_reports.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { year: string | null; content: string };
  // the resolutions (no year) are real text too
  const src = add(row.content, row.year ? Number(row.year) : 2000);
  if (row.year) nationalByYear.set(Number(row.year), src);
}
// where the base reports (2003–2025) state targets and actuals, as extraction reads them in the whole report
for (const [year, src] of nationalByYear) {
  if (year < 2003) continue;
  const text = src.paragraphs.map((p) => p.map((x) => x.text).join('')).join('\n');
  const obs = extractReport(
    { id: `china-${year}`, jurisdiction: 'china', report_year: year, source: text },
    compiled,
  ).observations;
  const kindOf = new Map<string, Set<string>>();
  for (const o of obs) {
    const k = kindOf.get(o.sentence.trim()) ?? new Set<string>();
    k.add(o.kind);
    kindOf.set(o.sentence.trim(), k);
  }
  for (const para of src.paragraphs) {
    const t = para.findIndex((x) => kindOf.get(x.text.trim())?.has('target'));
    const a = para.findIndex((x) => kindOf.get(x.text.trim())?.has('actual'));
    if (t >= 0) src.targets.push({ para, at: t });
    if (a >= 0) src.actuals.push({ para, at: a });
  }
}
const LOCAL = path.join(ROOT, 'test', 'fixtures', 'local');
for (const f of fs.readdirSync(LOCAL).filter((n) => n.endsWith('.txt')))
  add(fs.readFileSync(path.join(LOCAL, f), 'utf8'), Number(/-(\d{4})-/.exec(f)![1]));
/** Sentences with a figure in them, and paragraphs with one. */
const figures = sentences.filter((s) => FIGURE.test(s.text));
const paragraphs = sources.flatMap((s) => s.figured);

/** Move every year of a piece by the distance between its report and the new one (2014年 in the 2015 report is 2019年 in a 2020 report). */
function moved(p: Piece, to: number, shift: boolean): string {
  if (!shift) return p.text;
  return p.text.replace(/(?<!\d)(1[89]\d\d|20\d\d)(?=年)/g, (y) => String(Number(y) + to - p.year));
}

/**
 * A block of a drawn report, as numbers resolved when the report is built (so that
 * fast-check shrinks them freely): a stretch of a paragraph of the base report of
 * that year (own), of any report (any), a paragraph of figure sentences drawn one by
 * one (mix), or a heading.
 */
type Block = {
  kind: 'own' | 'target' | 'actual' | 'any' | 'mix' | 'heading';
  a: number;
  b: number;
  c: number;
  picks: number[];
};
const nat = fc.nat({ max: 1_000_000 });
const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom<Block['kind']>('own', 'own', 'target', 'actual', 'actual', 'any', 'mix', 'heading'),
  a: nat,
  b: nat,
  c: nat,
  picks: fc.array(nat, { minLength: 1, maxLength: 4 }),
});
const report = fc.record({
  blocks: fc.array(block, { minLength: 1, maxLength: 24 }),
  shift: fc.constantFrom(true, true, true, false),
  newline: fc.constantFrom('\n', '\r\n', '\n\n'),
});
/** One jurisdiction: reports of consecutive years, drawn mostly from consecutive reports of the corpus, so targets meet actuals. */
const jurisdiction = fc.record({
  first: fc.integer({ min: 2004, max: 2025 }),
  base: fc.integer({ min: 2003, max: 2025 }),
  reports: fc.array(report, { minLength: 1, maxLength: 3 }),
});

/** Part of a paragraph: from its start half of the time (a targets header stays with its list), up to 6 sentences. */
function stretch(para: Piece[], b: number, c: number): Piece[] {
  const from = b % 2 ? 0 : (b >> 1) % para.length;
  return para.slice(from, from + 1 + (c % 6));
}

function resolve(blk: Block, base: Source | undefined): Piece[] {
  switch (blk.kind) {
    case 'own':
      if (base && base.figured.length) return stretch(base.figured[blk.a % base.figured.length], blk.b, blk.c);
      return stretch(paragraphs[blk.a % paragraphs.length], blk.b, blk.c);
    case 'target':
    case 'actual': {
      const list = base?.[blk.kind === 'target' ? 'targets' : 'actuals'];
      if (!list?.length) return stretch(paragraphs[blk.a % paragraphs.length], blk.b, blk.c);
      const { para, at } = list[blk.a % list.length];
      // a target keeps its paragraph's start (the targets header); an actual its own sentence and the one before
      return blk.kind === 'target'
        ? para.slice(0, at + 1 + (blk.c % 3))
        : para.slice(Math.max(0, at - (blk.b % 2)), at + 1 + (blk.c % 2));
    }
    case 'any':
      return stretch(paragraphs[blk.a % paragraphs.length], blk.b, blk.c);
    case 'mix':
      return blk.picks.map((i) => figures[i % figures.length]);
    case 'heading':
      return [headings[blk.a % headings.length]];
  }
}

const better = new Map(dictionary.indicators.map((i) => [i.id, i.better ?? 'higher']));
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Every number of every derived row goes into a CSV cell as a plain decimal (where big.js failed). */
function allPlain(d: Derived) {
  const tables: Array<[string, object[]]> = [
    ['targets_vs_actuals', d.targets_vs_actuals],
    ['growth_deltas', d.growth_deltas],
    ['summary', d.summary],
    ['revisions', d.revisions],
    ['stated_attainment', d.stated_attainment],
    ['pivot_actuals', d.pivot_actuals.rows],
    ['pivot_targets', d.pivot_targets.rows],
  ];
  for (const [table, rows] of tables) {
    for (const r of rows) {
      for (const [k, v] of Object.entries(r)) {
        if (typeof v !== 'number') continue;
        expect(Number.isFinite(v), `${table}.${k} = ${v}`).toBe(true);
        expect(plain(v), `${table}.${k}`).toMatch(NUMERIC);
      }
    }
  }
}

/** The shortfall as the README defines it, computed here in big.js from the band. */
function expectedShortfall(r: TargetRow): number {
  const higher = better.get(r.indicator) === 'higher';
  let bound: number;
  let wantHigher: boolean;
  if (r.target_qualifier === 'at_least' || r.target_qualifier === 'at_most') {
    wantHigher = r.target_low !== null;
    bound = (r.target_low ?? r.target_high)!;
  } else if (r.target_qualifier === 'range') {
    wantHigher = higher;
    bound = (higher ? r.target_low : r.target_high)!;
  } else {
    wantHigher = higher;
    bound = r.target_value!;
  }
  const d = wantHigher ? new Big(bound).minus(r.actual!) : new Big(r.actual!).minus(bound);
  return d.gt(0) ? Number(d.round(4, Big.roundHalfUp)) : 0;
}

/** A target set in words: declined is declined; in_step_with is compared with its reference's growth (target_low); otherwise the status is what a report says, or silence. */
function wordsAgree(r: TargetRow, where: string) {
  expect(r.target_value, where).toBeNull();
  expect(r.attainment_pct, where).toBeNull();
  if (r.target_qualifier === 'declined') {
    expect(r.status, where).toBe('declined');
    expect([r.gap, r.shortfall], where).toEqual([null, null]);
  } else if (r.gap !== null) {
    expect(r.target_qualifier, where).toBe('in_step_with');
    expect(r.target_ref, where).not.toBeNull();
    expect(r.gap, where).toBe(Number(new Big(r.actual!).minus(r.target_low!).round(4, Big.roundHalfUp)));
    expect(r.status, where).toBe(r.gap >= -DEFAULT_TOLERANCE.pp ? 'met' : 'missed');
    expect(r.shortfall, where).toBe(
      r.status === 'met' ? 0 : Number(new Big(r.target_low!).minus(r.actual!).round(4, Big.roundHalfUp)),
    );
  } else {
    expect(['met', 'missed', 'no_actual', 'pending'], where).toContain(r.status);
    expect(r.shortfall, where).toBeNull();
  }
}

function statusesAgree(d: Derived) {
  for (const r of d.targets_vs_actuals) {
    const where = `${r.indicator}/${r.measure}/${r.year} ${r.status}: target ${r.target_qualifier} ${r.target_value} [${r.target_low}, ${r.target_high}], actual ${r.actual}, gap ${r.gap}, shortfall ${r.shortfall}`;
    if (r.target_qualifier && WORD_QUALIFIERS.has(r.target_qualifier as Qualifier)) {
      wordsAgree(r, where);
      continue;
    }
    switch (r.status) {
      case 'met':
      case 'near':
      case 'missed': {
        expect(r.target_value, where).not.toBeNull();
        expect(r.actual, where).not.toBeNull();
        expect(r.gap, where).not.toBeNull();
        expect(r.shortfall, where).toBe(expectedShortfall(r));
        if (r.status === 'met') expect(r.shortfall, where).toBe(0);
        else expect(r.shortfall!, where).toBeGreaterThan(0);
        const allowed =
          r.measure === 'level' ? Math.abs(r.target_value!) * (DEFAULT_TOLERANCE.levelPct / 100) : DEFAULT_TOLERANCE.pp;
        if (r.status === 'near') {
          expect(r.target_qualifier, where).toBe('about');
          expect(r.shortfall!, where).toBeLessThanOrEqual(allowed);
        }
        if (r.status === 'missed' && r.target_qualifier === 'about')
          expect(r.shortfall!, where).toBeGreaterThan(allowed);
        // the gap is measured from the band's edge: positive gaps are never short of an at_least floor
        if (r.target_qualifier === 'at_least' && r.target_low !== null)
          expect(r.gap! >= 0, where).toBe(r.status === 'met');
        if (r.target_qualifier === 'at_most' && r.target_high !== null)
          expect(r.gap! <= 0, where).toBe(r.status === 'met');
        if (r.measure === 'level')
          expect(r.attainment_pct === null || Number.isFinite(r.attainment_pct), where).toBe(true);
        else expect(r.attainment_pct, where).toBeNull();
        break;
      }
      case 'no_actual':
      case 'pending':
      case 'declined':
        expect(r.target_value, where).not.toBeNull();
        expect(r.actual, where).toBeNull();
        expect([r.gap, r.shortfall, r.attainment_pct], where).toEqual([null, null, null]);
        break;
      case 'no_target':
      case 'no_report':
        expect([r.target_qualifier, r.target_value, r.target_low, r.target_high], where).toEqual([
          null,
          null,
          null,
          null,
        ]);
        expect(r.actual, where).not.toBeNull();
        expect([r.gap, r.shortfall, r.attainment_pct], where).toEqual([null, null, null]);
        break;
      default:
        throw new Error(`unknown status ${r.status}`);
    }
    if (r.target_low !== null && r.target_high !== null) expect(r.target_low, where).toBeLessThanOrEqual(r.target_high);
  }
  for (const s of d.summary) {
    const mine = d.targets_vs_actuals.filter((r) => r.indicator === s.indicator && r.measure === s.measure);
    expect(mine.length).toBeGreaterThan(0);
    expect(s.first_year).toBe(Math.min(...mine.map((r) => r.year)));
    expect(s.last_year).toBe(Math.max(...mine.map((r) => r.year)));
    expect(s.met + s.near + s.missed).toBe(s.years_compared);
    expect(s.met).toBe(mine.filter((r) => r.status === 'met').length);
    expect(s.missed).toBe(mine.filter((r) => r.status === 'missed').length);
  }
  for (const g of d.growth_deltas)
    expect(g.delta).toBe(Number(new Big(g.value).minus(g.prev_value).round(4, Big.roundHalfUp)));
}

/** Build the jurisdiction's reports, extract and derive them, and check everything. Returns the number of compared rows. */
type Drawn = { first: number; base: number; reports: Array<{ blocks: Block[]; shift: boolean; newline: string }> };

/** The drawn reports' texts, by year. */
function build(j: Drawn): Array<{ year: number; source: string }> {
  return j.reports.map((r, i) => {
    const year = j.first + i;
    const base = nationalByYear.get(j.base + i);
    return {
      year,
      source: r.blocks
        .map((b) =>
          resolve(b, base)
            .map((p) => moved(p, year, r.shift))
            .join(''),
        )
        .join(r.newline),
    };
  });
}

/** Statuses seen over all runs, to show what the property covered. */
const seen: Record<string, number> = {};

function check(reports: Array<{ year: number; source: string }>): number {
  const observations: Observation[] = [];
  const stated: StatedRecord[] = [];
  reports.forEach(({ year, source }) => {
    const ex = extractReport({ id: `j-${year}`, jurisdiction: 'j', report_year: year, source }, compiled);
    for (const o of ex.observations) {
      expect(source.slice(o.start, o.end), `span ${o.start}-${o.end} of report ${year}`).toBe(o.text);
      // only a target set in words goes without a number
      expect(o.value === null ? WORD_QUALIFIERS.has(o.qualifier) : Number.isFinite(o.value)).toBe(true);
      observations.push(o);
    }
    for (const s of ex.stated) {
      expect(source.slice(s.start, s.end)).toBe(s.text);
      stated.push(s);
    }
  });
  expect(observationProblems(observations, 'observations')).toEqual([]);
  const documents = reports.map(({ year }) => ({
    id: `j-${year}`,
    doc_kind: 'work_report' as const,
    report_year: year,
  }));
  const d = derive(observations, dictionary.indicators, DEFAULT_TOLERANCE, stated, documents);
  // silence is told apart: a missing outcome is pending only while not yet due at the input's date (the
  // last report's year, 1 March: its own year and the one before); a missing target, no_report only in a year without one
  const years = new Set(reports.map((r) => r.year));
  const due = Math.max(...reports.map((r) => r.year)) - 2;
  for (const r of d.targets_vs_actuals) {
    if (r.status === 'pending') expect(r.year).toBeGreaterThan(due);
    if (r.status === 'no_actual') expect(r.year).toBeLessThanOrEqual(due);
    if (r.status === 'no_report') expect(years.has(r.year)).toBe(false);
    if (r.status === 'no_target') expect(years.has(r.year)).toBe(true);
  }
  expect(itemProblems(bundleItems({ observations, review: [], derived: d }))).toBeUndefined();
  allPlain(d);
  statusesAgree(d);
  for (const r of d.targets_vs_actuals)
    seen[`${r.status}${r.target_qualifier ? ` ${r.target_qualifier}` : ''}`] =
      (seen[`${r.status}${r.target_qualifier ? ` ${r.target_qualifier}` : ''}`] ?? 0) + 1;
  return d.targets_vs_actuals.filter((r) => r.status === 'met' || r.status === 'near' || r.status === 'missed').length;
}

describe('recombined real sentences', () => {
  it('the pools are the real corpus', () => {
    expect(sentences.length).toBeGreaterThan(20_000);
    expect(figures.length).toBeGreaterThan(1_000);
    expect(paragraphs.length).toBeGreaterThan(500);
    expect(nationalByYear.size).toBeGreaterThan(50);
    expect(headings.length).toBeGreaterThan(100);
  });

  it('the passage of issue 16: an estimate and the targets in one sentence', () => {
    const compared = check([
      {
        year: 2020,
        source:
          '预计2019年全市生产总值比上年增长6.2%,建议2020年经济社会发展的主要预期目标是:全市生产总值增长6%左右,一般公共预算收入增长5%。',
      },
      { year: 2021, source: '2020年全市生产总值增长3.1%,一般公共预算收入增长5.2%。' },
    ]);
    expect(compared).toBe(2);
  });

  it('no failure, spans slice back, statuses agree with their numbers', () => {
    let runs = 0;
    let compared = 0;
    const t0 = performance.now();
    fc.assert(
      fc.property(jurisdiction, (j) => {
        runs++;
        const reports = build(j);
        try {
          compared += check(reports);
        } catch (e) {
          // the texts themselves, to reproduce a failure by hand
          (e as Error).message +=
            `\n\nthe drawn reports:\n${reports.map((r) => `[${r.year}]\n${r.source}`).join('\n\n')}`;
          throw e;
        }
      }),
      // bounded for CI: at most 800 drawn jurisdictions or 10 s, whichever comes first (the seed is fixed:
      // test/hermetic.ts; a longer run is a matter of raising these)
      { numRuns: 800, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false },
    );
    const ms = performance.now() - t0;
    console.log(
      `recombination: ${runs} jurisdictions in ${(ms / 1000).toFixed(1)} s, ${compared} targets compared with actuals; rows by status: ${JSON.stringify(seen)}`,
    );
    expect(runs).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(20);
  }, 30_000);
});

// The commitments reader and matcher measured against the hand labels of the local
// texts (test/fixtures/local/commitments-labels.json): how many numbered commitments
// are found, how many stated outcomes are set beside the right commitment, and how
// many outcomes are attached where the labels say none belongs. Used by
// test/commitments.test.ts; `npx tsx test/commitments-measure.ts` prints the table.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { extractDocument } from '../pipeline/extract/documents.js';
import { matchCommitments, type Match, type CommitmentMatching } from '../pipeline/derive/commitments.js';
import type { CommitmentRecord, StatementRecord } from '../pipeline/extract/commitments/index.js';
import type { Dictionary, DocKind } from '../pipeline/core/model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LOCAL = path.join(ROOT, 'test', 'fixtures', 'local');

interface LabelDoc {
  id: string;
  jurisdiction: string;
  kind: DocKind;
  year: number;
  as_of?: string;
}
interface Anchor {
  doc: string;
  at: string;
  mark: string;
}
interface LabelCommitment extends Anchor {
  key: string;
  value: number;
  unit: string;
}
export interface Labels {
  documents: LabelDoc[];
  commitments: LabelCommitment[];
  outcomes: Array<Anchor & { commitment: string }>;
  aggregates: Array<Anchor & { commitments: string[] }>;
  blankets: Array<{ doc: string; at: string; year: number; jurisdiction: string }>;
}

export const labels: Labels = JSON.parse(fs.readFileSync(path.join(LOCAL, 'commitments-labels.json'), 'utf8'));
export const sources = new Map(
  labels.documents.map((d) => [d.id, fs.readFileSync(path.join(LOCAL, `${d.id}.txt`), 'utf8')]),
);

/** Where an anchor's figure stands in its document. */
export function position(a: Anchor): number {
  const s = sources.get(a.doc)!;
  const at = s.indexOf(a.at);
  if (at < 0) throw new Error(`label not in ${a.doc}: ${a.at}`);
  return at + a.at.indexOf(a.mark);
}

export interface Read {
  commitments: CommitmentRecord[];
  statements: StatementRecord[];
  matching: CommitmentMatching;
}

/** Every labelled document through the real readers (the default dictionary), then matched jurisdiction by jurisdiction. */
export function readAll(): Map<string, Read> {
  const dictionary = JSON.parse(fs.readFileSync(path.join(ROOT, 'input', 'indicators.json'), 'utf8')) as Dictionary;
  const dict = compileDictionary(dictionary);
  const out = new Map<string, Read>();
  for (const j of [...new Set(labels.documents.map((d) => d.jurisdiction))]) {
    const docs = labels.documents.filter((d) => d.jurisdiction === j);
    const commitments: CommitmentRecord[] = [];
    const statements: StatementRecord[] = [];
    for (const d of docs) {
      const r = extractDocument(
        {
          id: d.id,
          jurisdiction: j,
          jurisdiction_name: '',
          level: 'city',
          report_year: d.year,
          source: sources.get(d.id)!,
          display: d.id,
          doc_kind: d.kind,
        },
        dict,
      );
      for (const x of [...r.commitments, ...r.statements]) x.as_of = d.as_of ?? null;
      commitments.push(...r.commitments);
      statements.push(...r.statements);
    }
    const matching = matchCommitments(
      commitments,
      statements,
      docs.map((d) => ({ id: d.id, doc_kind: d.kind, report_year: d.year, as_of: d.as_of })),
    );
    out.set(j, { commitments, statements, matching });
  }
  return out;
}

const covers = (x: { report_id: string; start: number; end: number }, a: Anchor) =>
  x.report_id === a.doc && x.start <= position(a) && position(a) < x.end;

export interface Measure {
  jurisdiction: string;
  commitments: number;
  found: number;
  missed: string[];
  /** commitments read that no label names (not counted against the share found) */
  extra: string[];
  outcomes: number;
  matched: number;
  unmatched: string[];
  /** item-level attachments the labels do not make */
  wrong: string[];
  /** of those, attachments to a commitment that no later text reports on (the issue's measure) */
  unreported: string[];
  aggregatesToReview: number;
  aggregates: number;
}

const isItemMatch = (m: Match) => m.rule !== 'list-done';

export function measure(read: Map<string, Read>): Measure[] {
  const out: Measure[] = [];
  for (const [j, r] of read) {
    const mine = labels.commitments.filter((c) => labels.documents.find((d) => d.id === c.doc)!.jurisdiction === j);
    const m: Measure = {
      jurisdiction: j,
      commitments: mine.length,
      found: 0,
      missed: [],
      extra: [],
      outcomes: 0,
      matched: 0,
      unmatched: [],
      wrong: [],
      unreported: [],
      aggregatesToReview: 0,
      aggregates: 0,
    };
    const foundOf = new Map<string, CommitmentRecord>();
    for (const l of mine) {
      const f = r.commitments.find(
        (c) => covers(c, l) && c.value === l.value && c.unit.replace(/\/.*$/, '') === l.unit,
      );
      if (f) {
        m.found++;
        foundOf.set(l.key, f);
      } else m.missed.push(`${l.key} ${l.at}`);
    }
    for (const c of r.commitments) if (![...foundOf.values()].includes(c)) m.extra.push(c.item);
    const outcomes = labels.outcomes.filter((o) => mine.some((c) => c.key === o.commitment));
    m.outcomes = outcomes.length;
    const items = r.matching.matches.filter(isItemMatch);
    for (const o of outcomes) {
      const c = foundOf.get(o.commitment);
      const hit = c && items.some((x) => x.commitment === c && covers(x.statement, o));
      if (hit) m.matched++;
      else m.unmatched.push(`${o.commitment} <- ${o.at}`);
    }
    const reported = new Set([
      ...outcomes.map((o) => o.commitment),
      ...labels.aggregates.flatMap((a) => a.commitments),
    ]);
    for (const x of items) {
      const label = [...foundOf.entries()].find(([, c]) => c === x.commitment)?.[0];
      const right = label && outcomes.some((o) => o.commitment === label && covers(x.statement, o));
      if (right) continue;
      m.wrong.push(`${x.commitment.item} <- ${x.statement.item}`);
      if (!label || !reported.has(label)) m.unreported.push(`${x.commitment.item} <- ${x.statement.item}`);
    }
    for (const a of labels.aggregates.filter((x) => labels.documents.find((d) => d.id === x.doc)!.jurisdiction === j)) {
      m.aggregates++;
      const cs = a.commitments.map((k) => foundOf.get(k));
      const attached = items.some((x) => cs.includes(x.commitment) && covers(x.statement, a));
      const reviewed = r.matching.review.some(
        (v) => v.report_id === a.doc && v.start <= position(a) && position(a) < v.end,
      );
      if (!attached && reviewed) m.aggregatesToReview++;
    }
    out.push(m);
  }
  return out;
}

export function totals(ms: Measure[]) {
  const sum = (f: (m: Measure) => number) => ms.reduce((a, m) => a + f(m), 0);
  return {
    commitments: sum((m) => m.commitments),
    found: sum((m) => m.found),
    outcomes: sum((m) => m.outcomes),
    matched: sum((m) => m.matched),
    wrong: sum((m) => m.wrong.length),
    unreported: sum((m) => m.unreported.length),
    extra: sum((m) => m.extra.length),
    aggregates: sum((m) => m.aggregates),
    aggregatesToReview: sum((m) => m.aggregatesToReview),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = measure(readAll());
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  console.log('jurisdiction   found            matched          wrong  unreported  extra  aggregates→review');
  for (const m of ms) {
    console.log(
      `${m.jurisdiction.padEnd(14)} ${`${m.found}/${m.commitments} ${pct(m.found, m.commitments)}`.padEnd(16)} ${`${m.matched}/${m.outcomes} ${pct(m.matched, m.outcomes)}`.padEnd(16)} ${String(m.wrong.length).padEnd(6)} ${String(m.unreported.length).padEnd(11)} ${String(m.extra.length).padEnd(6)} ${m.aggregatesToReview}/${m.aggregates}`,
    );
    for (const x of m.missed) console.log(`    missed: ${x}`);
    for (const x of m.unmatched) console.log(`    unmatched: ${x}`);
    for (const x of m.wrong) console.log(`    wrong: ${x}`);
    for (const x of m.extra) console.log(`    extra: ${x}`);
  }
  const t = totals(ms);
  console.log(
    `all: found ${t.found}/${t.commitments} ${pct(t.found, t.commitments)}; matched ${t.matched}/${t.outcomes} ${pct(t.matched, t.outcomes)}; wrong ${t.wrong}; unreported ${t.unreported}; extra ${t.extra}; aggregates to review ${t.aggregatesToReview}/${t.aggregates}`,
  );
}

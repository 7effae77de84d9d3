// npm run bench:extract -- [--input DIR | --mb 10] [--rounds 7] [--warm 2] [--write DIR]
// Extraction alone, in one process, measured by the main thread's own CPU time
// (/proc/thread-self/schedstat), so that a busy machine moves the figures less than
// wall time would: the documents of a corpus of the real mix (bench-corpus.ts, no
// PDFs) are decoded first, then extracted as the run extracts them (explain: every
// number's account) `warm` times and `rounds` times more, each round timed by kind.
// Then the commitments matcher on what was read, per jurisdiction, the same way.
// Prints one JSON line: ms per MB by kind (the median round and the best) and the
// matcher's microseconds per statement (its first pass, and its later ones). Meant to compare two builds alternately;
// --dump FILE writes what the last round read, to check that two builds read alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadInput } from '../load/index.js';
import { readReport } from '../load/read.js';
import { extractDocument, documentInput, type DocumentExtraction } from '../extract/documents.js';
import { compileDictionary } from '../extract/dictionary.js';
import { matchCommitments } from '../derive/commitments.js';
import { coverage } from '../derive/outcomes.js';
import { strictArgs, runMain } from './args.js';
import { baseDocs, buildCorpus } from './bench-corpus.js';

/** The main thread's CPU time in ms: the first field of schedstat is nanoseconds on a CPU. */
function threadMs(): number {
  const s = fs.readFileSync('/proc/thread-self/schedstat', 'latin1');
  return Number(s.slice(0, s.indexOf(' '))) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function labelOf(kind: string, level: string): string {
  if (kind === 'work_report')
    return `${level === 'national' ? 'national' : level === 'province' ? 'provincial' : 'local'} report`;
  return kind === 'statistical_communique' ? 'communiqué' : kind === 'progress' ? 'progress notice' : `${kind} list`;
}

async function main(): Promise<number> {
  const { values: a } = strictArgs(process.argv.slice(2), {
    input: { type: 'string' },
    mb: { type: 'string' },
    rounds: { type: 'string' },
    warm: { type: 'string' },
    write: { type: 'string' },
    kinds: { type: 'string' },
    dump: { type: 'string' },
  });
  let dir = a.input;
  if (!dir) {
    dir = a.write ?? fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-bench-extract-'));
    await buildCorpus(dir, Number(a.mb ?? 10), baseDocs(), undefined);
    if (a.write) return (void console.log(dir), 0);
  }
  const rounds = Number(a.rounds ?? 7);
  const warm = Number(a.warm ?? 2);
  const only = a.kinds ? new Set(a.kinds.split(',')) : undefined;
  const input = loadInput(dir, { maxFileBytes: 200e6 });
  const dict = compileDictionary(input.dictionary);
  const byKind = new Map<
    string,
    Array<{ doc: ReturnType<typeof documentInput>; meta: (typeof input.reports)[0]['meta'] }>
  >();
  const bytes = new Map<string, number>();
  for (const { meta, ref } of input.reports) {
    if (meta.doc_kind === 'series') continue;
    const label = labelOf(meta.doc_kind, meta.level);
    if (only && !only.has(label)) continue;
    const rep = readReport(ref);
    if (rep.derivedText) continue;
    byKind.set(label, [...(byKind.get(label) ?? []), { doc: documentInput(meta, rep, ref.display), meta }]);
    bytes.set(label, (bytes.get(label) ?? 0) + rep.bytes);
  }
  const kinds = [...byKind.keys()].sort();
  const times = new Map<string, number[]>(kinds.map((k) => [k, []]));
  let last = new Map<string, DocumentExtraction>();
  for (let r = 0; r < warm + rounds; r++) {
    const out = new Map<string, DocumentExtraction>();
    // kinds in turn, each round, so that a busy moment falls on all of them alike
    for (const k of kinds) {
      const t0 = threadMs();
      for (const { doc } of byKind.get(k)!) out.set(doc.id, extractDocument(doc, dict, { explain: true }));
      if (r >= warm) times.get(k)!.push(threadMs() - t0);
    }
    last = out;
  }
  // every record of the last round, to compare two builds' extraction over the corpus
  if (a.dump) fs.writeFileSync(a.dump, JSON.stringify([...last].sort(([x], [y]) => (x < y ? -1 : 1))));
  // the matcher, per jurisdiction, on what the last round read (stamped as the runner stamps it)
  const units = new Map<string, { commitments: any[]; statements: any[]; documents: any[]; observations: any[] }>();
  for (const docs of byKind.values())
    for (const { meta } of docs) {
      const x = last.get(meta.id)!;
      const u = units.get(meta.jurisdiction) ?? { commitments: [], statements: [], documents: [], observations: [] };
      units.set(meta.jurisdiction, u);
      for (const c of [...x.commitments, ...x.statements]) {
        c.doc_kind = meta.doc_kind;
        c.as_of = meta.as_of ?? null;
      }
      u.commitments.push(...x.commitments);
      u.statements.push(...x.statements);
      u.observations.push(...x.observations);
      u.documents.push({
        id: meta.id,
        doc_kind: meta.doc_kind,
        report_year: meta.report_year,
        as_of: meta.as_of,
        delivered_on: meta.delivered_on,
      });
    }
  const statements = [...units.values()].reduce((n, u) => n + u.statements.length, 0);
  const matcher: number[] = [];
  // the first pass alone is what a run does: the matcher's kept heads and examples are new then
  let first = 0;
  for (let r = 0; r < warm + rounds; r++) {
    const t0 = threadMs();
    for (const u of units.values())
      matchCommitments(u.commitments, u.statements, u.documents, coverage(u.documents, u.observations));
    const ms = threadMs() - t0;
    if (r === 0) first = ms;
    if (r >= warm) matcher.push(ms);
  }
  const perMb = Object.fromEntries(
    kinds.map((k) => {
      const mb = bytes.get(k)! / 1e6;
      const ts = times.get(k)!;
      return [
        k,
        { mb: Number(mb.toFixed(3)), median: Math.round(median(ts) / mb), best: Math.round(Math.min(...ts) / mb) },
      ];
    }),
  );
  console.log(
    JSON.stringify({
      per_mb: perMb,
      matcher: {
        statements,
        us_per_statement_first: Number(((first * 1000) / statements).toFixed(1)),
        us_per_statement_median: Number(((median(matcher) * 1000) / statements).toFixed(1)),
        us_per_statement_best: Number(((Math.min(...matcher) * 1000) / statements).toFixed(1)),
      },
    }),
  );
  return 0;
}

await runMain('yoy bench-extract', main, { help: 'npm run bench:extract -- --help' });

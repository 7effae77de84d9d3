// npm run bench [-- --sizes 10,100,300 --keep]
// Builds corpora of what users feed (bench-corpus.ts: per place a whole work report,
// a communiqué, a commitments list and a progress notice, some reports as PDFs), runs
// the real CLI on each as users run it (node's options from the npm scripts), and
// prints per size, in one run: the floor (read + decode + one digit pass), the data
// release against it and the default command (views included) against it, peak
// memory, the CPU of each kind of thread, extraction time per MB by kind of document,
// `--jobs 2`, and, at one size, a re-run after one report changed. Then the
// deoptimisations of the hottest functions, counted with V8's --trace-deopt, against
// a limit, so that a change that makes the compiler churn shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST_DIR } from '../core/paths.js';
import { strictArgs } from './args.js';
import { baseDocs, buildCorpus, type Corpus } from './bench-corpus.js';
import { runProcess, type ProcessRun } from './bench-process.js';
import { NODE_FLAGS } from './node-options.js';

const USAGE = 'usage: npm run bench -- [--sizes 10,100,300] [--keep] [--cli dist/cli/start.js] [--no-pdf]';
const args = (() => {
  try {
    return strictArgs(process.argv.slice(2), {
      sizes: { type: 'string' },
      keep: { type: 'boolean' },
      cli: { type: 'string' },
      'no-pdf': { type: 'boolean' },
    }).values;
  } catch (e) {
    // a wrong option is the user's to fix: the message and the usage, no stack
    process.stderr.write(`yoy-bench: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
})();
const sizes = String(args.sizes ?? '10,100,300')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
if (!sizes.length) {
  process.stderr.write(`yoy-bench: --sizes takes sizes in MB, such as 10,100\n${USAGE}\n`);
  process.exit(2);
}
const CLI = args.cli ? path.resolve(args.cli) : path.join(DIST_DIR, 'cli', 'start.js');

/**
 * The functions that recompiled most (issue 25), and how many deoptimisations each may have in a run.
 * matchCommitments judges each statement in judge() and candidates() (derive/commitments.ts): watched too;
 * so is shareBetweenFigures, the second half of readSentence (parsers/clauses.ts).
 */
const WATCHED = [
  'readSentence',
  'shareBetweenFigures',
  'matchCommitments',
  'judge',
  'candidates',
  'contextOf',
  'normalize',
  'readItems',
  'processUnit',
];
const DEOPT_LIMIT = 3;

interface Run {
  ms: number;
  wallMs: number;
  stages: Record<string, number>;
  steps: Record<string, number>;
  observations: number;
  rssMb: number;
  cached: number;
  threads: Record<string, number>;
  /** read and extraction thread time and bytes, by report id */
  reports: Map<string, { bytes: number; read: number; extract: number }>;
  other: string[];
}

async function cli(argv: string[], nodeArgs: string[] = NODE_FLAGS): Promise<Run> {
  // the floor is this build's, whichever build is measured against it
  const cli = argv[0] === '--floor' ? path.join(DIST_DIR, 'cli', 'start.js') : CLI;
  const p: ProcessRun = await runProcess([...nodeArgs, cli, ...argv, '--json'], { ...process.env, CI: 'true' });
  const stages: Record<string, number> = {};
  let steps: Record<string, number> = {};
  let cached = 0;
  const reports = new Map<string, { bytes: number; read: number; extract: number }>();
  for (const e of p.events) {
    if (e.event === 'stage-done') stages[e.stage as string] = e.ms as number;
    if (e.event === 'stage-cpu') steps = e.ms as Record<string, number>;
    if (e.event === 'report' && e.cached) cached++;
    if (e.event === 'report' && e.extract_ms !== undefined)
      reports.set(e.id as string, {
        bytes: e.bytes as number,
        read: e.read_ms as number,
        extract: e.extract_ms as number,
      });
  }
  const floor = p.events.find((e) => e.event === 'floor');
  const done = p.events.find((e) => e.event === 'done');
  return {
    ms: floor ? (floor.ms as number) : Object.values(stages).reduce((a, b) => a + b, 0),
    wallMs: Math.round(p.wallMs),
    stages,
    steps,
    observations: (done?.observations as number) ?? 0,
    rssMb: (done?.max_rss_mb as number) ?? 0,
    cached,
    threads: p.threads,
    reports,
    other: p.other,
  };
}

/** Extraction (and reading) thread time per MB of input, by kind of document. */
function byKind(
  run: Run,
  corpus: Corpus,
): Record<string, { mb: number; extract_ms_per_mb: number; read_ms_per_mb: number }> {
  const sums: Record<string, { bytes: number; read: number; extract: number }> = {};
  for (const [id, r] of run.reports) {
    const kind = corpus.kinds.get(id) ?? 'other';
    const s = (sums[kind] ??= { bytes: 0, read: 0, extract: 0 });
    s.bytes += r.bytes;
    s.read += r.read;
    s.extract += r.extract;
  }
  return Object.fromEntries(
    Object.entries(sums).map(([k, s]) => [
      k,
      {
        mb: Number((s.bytes / 1e6).toFixed(1)),
        extract_ms_per_mb: Math.round(s.extract / (s.bytes / 1e6)),
        read_ms_per_mb: Math.round(s.read / (s.bytes / 1e6)),
      },
    ]),
  );
}

/** Deoptimisations by function in V8's --trace-deopt output (one "bailout … deoptimizing … <JSFunction name" per event). */
function deopts(lines: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of lines) {
    const m = /^\[bailout \(kind: [^)]*\).*?<JSFunction ([^\s>(]*) ?\(sfi/.exec(l);
    const name = m && (m[1] || '(anonymous)');
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const entries = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-bench-'));
const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${os.cpus().length} × ${cpuModel}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; node ${NODE_FLAGS.join(' ')}`,
);
const base = baseDocs();
const makePdf = args['no-pdf'] ? undefined : (await import('../../test/make-pdf.js')).makePdf;
const results: Record<string, Record<string, unknown>> = {};
for (const size of sizes) {
  const dir = path.join(root, `corpus-${size}mb`);
  const corpus = await buildCorpus(dir, size, base, makePdf);
  const out = path.join(root, `out-${size}`);
  const floor = await cli(['--floor', '--input', dir]);
  // the data release (CSV, JSON, data package), in this thread
  const data = await cli(['--input', dir, '--output', out, '--jobs', '1', '--no-cache', '--no-views']);
  // the default command as a user runs it first: views included, --jobs auto, an empty cache
  const def = await cli(['--input', dir, '--output', `${out}-d`, '--cache-dir', path.join(root, `cache-d-${size}`)]);
  const two = await cli(['--input', dir, '--output', `${out}-j2`, '--jobs', '2', '--no-cache', '--no-views']);
  const line: Record<string, unknown> = {
    mb: Number(corpus.mb.toFixed(1)),
    places: corpus.places,
    documents: corpus.reports,
    mb_by_kind: Object.fromEntries(Object.entries(corpus.bytes).map(([k, b]) => [k, Number((b / 1e6).toFixed(1))])),
    floor_ms: floor.ms,
    data_ms: data.ms,
    data_stages_ms: data.stages,
    data_steps_thread_ms: data.steps,
    data_ratio_to_floor: ratio(data.ms, floor.ms),
    data_peak_rss_mb: data.rssMb,
    data_threads_cpu_ms: data.threads,
    default_ms: def.ms,
    default_stages_ms: def.stages,
    default_ratio_to_floor: ratio(def.ms, floor.ms),
    default_peak_rss_mb: def.rssMb,
    default_threads_cpu_ms: def.threads,
    extraction_by_kind: byKind(data, corpus),
    mb_per_s: Number((corpus.mb / (data.ms / 1000)).toFixed(1)),
    observations_per_s: Math.round(data.observations / (data.ms / 1000)),
    jobs2_data_ms: two.ms,
    jobs2_speedup: ratio(data.ms, two.ms),
    jobs2_threads_cpu_ms: two.threads,
  };
  console.log(
    `${String(size).padStart(4)} MB (${line.mb} MB, ${corpus.places} places, ${corpus.reports} documents: ${entries(line.mb_by_kind as Record<string, number>)} MB)`,
  );
  console.log(`      floor ${floor.ms} ms`);
  console.log(
    `      data release: ${data.ms} ms (${entries(data.stages)}), ${line.data_ratio_to_floor}× the floor, peak ${data.rssMb} MB; CPU by thread: ${entries(data.threads)} ms`,
  );
  console.log(`      inside process (thread time): ${entries(data.steps)}`);
  console.log(
    `      as users run it (views, --jobs auto, empty cache): ${def.ms} ms (${entries(def.stages)}), ${line.default_ratio_to_floor}× the floor, peak ${def.rssMb} MB; CPU by thread: ${entries(def.threads)} ms`,
  );
  console.log(
    `      extraction by kind (ms per MB, read + decode / extract): ${Object.entries(
      line.extraction_by_kind as ReturnType<typeof byKind>,
    )
      .map(([k, v]) => `${k} ${v.read_ms_per_mb} / ${v.extract_ms_per_mb} (${v.mb} MB)`)
      .join('; ')}`,
  );
  console.log(
    `      --jobs 2: ${two.ms} ms (${line.jobs2_speedup}× as fast), peak ${two.rssMb} MB; CPU by thread: ${entries(two.threads)} ms`,
  );
  if (size === sizes[Math.min(1, sizes.length - 1)]) {
    const cacheDir = path.join(root, `cache-${size}`);
    await cli(['--input', dir, '--output', `${out}-c`, '--jobs', '1', '--cache-dir', cacheDir, '--no-views']);
    const first = fs.readdirSync(dir).find((n) => n.endsWith('-report.txt'))!;
    // a change of one report: its own first paragraph, said again at its end
    const file = path.join(dir, first);
    const own =
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .find((l) => l.trim().length > 20) ?? '';
    fs.appendFileSync(file, `\n${own}\n`);
    const again = await cli([
      '--input',
      dir,
      '--output',
      `${out}-c`,
      '--jobs',
      '1',
      '--cache-dir',
      cacheDir,
      '--no-views',
    ]);
    line.rerun_one_changed_ms = again.ms;
    line.rerun_ratio = Number((again.ms / data.ms).toFixed(3));
    line.rerun_cached_reports = again.cached;
    console.log(
      `      re-run after changing one report: ${again.ms} ms (${line.rerun_ratio} of the data run, ${again.cached} documents from the cache)`,
    );
  }
  results[`${size}mb`] = line;
  if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
}
const keys = Object.keys(results);
if (keys.includes('100mb') && keys.includes('300mb')) {
  const [a, b] = [results['100mb'], results['300mb']] as Array<{ data_ms: number; default_ms: number }>;
  console.log(
    `300 MB / 100 MB time: data ${(b.data_ms / a.data_ms).toFixed(2)}×, as users run it ${(b.default_ms / a.default_ms).toFixed(2)}×`,
  );
}

// the compiler's churn: deoptimisations in a data run of the smallest size (the code warms up in the first MBs)
const small = Math.min(...sizes);
const dir = path.join(root, 'corpus-deopt');
await buildCorpus(dir, small, base, makePdf);
const traced = await cli(
  ['--input', dir, '--output', path.join(root, 'out-deopt'), '--jobs', '1', '--no-cache', '--no-views'],
  [...NODE_FLAGS, '--trace-deopt'],
);
const counted = deopts(traced.other);
const top = Object.entries(counted)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 12);
const over = WATCHED.filter((f) => (counted[f] ?? 0) > DEOPT_LIMIT);
console.log(`deoptimisations at ${small} MB, the most: ${top.map(([f, n]) => `${f} ${n}`).join(', ')}`);
console.log(
  `deopt check (${WATCHED.join(', ')}: at most ${DEOPT_LIMIT} each): ${over.length ? `OVER: ${over.map((f) => `${f} ${counted[f]}`).join(', ')}` : 'ok'}`,
);
const deopt = {
  mb: small,
  total: Object.values(counted).reduce((a, b) => a + b, 0),
  top: Object.fromEntries(top),
  over,
};
console.log(
  JSON.stringify({ machine: { cpus: os.cpus().length, cpu: cpuModel, node: process.version }, results, deopt }),
);
if (!args.keep) fs.rmSync(root, { recursive: true, force: true });
else console.log(`kept ${root}`);

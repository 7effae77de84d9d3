// npm run bench [-- --sizes 10,100,300 --keep]
// Builds synthetic corpora from the real reports in input/ (copies with renamed
// jurisdictions and shifted years, the years in the text shifted too, so joins
// and comparisons still happen), runs the real CLI on each, and prints per size:
// time per stage, MB/s, observations per second, peak memory, and the floor (the
// time the same kind of process needs to read and decode the files and run one
// digit regex over them), with the ratio pipeline / floor measured in the same run.
import { escape, lexicon } from '../lexicon/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadInput } from '../load/index.js';
import { readReport } from '../load/read.js';
import { DIST_DIR, PROJECT_ROOT } from '../core/paths.js';
import { strictArgs } from './args.js';

/** A year of the corpus's range as the texts write it (1978年), to shift every report's years. */
const yearsOf = () => new RegExp(`(19[5-9]\\d|20\\d\\d)${escape(lexicon().sections.yearSuffix)}`, 'g');

const { values: args } = strictArgs(
  process.argv.slice(2),
  // usage: npm run bench -- [--sizes 10,100,300] [--keep]
  { sizes: { type: 'string' }, keep: { type: 'boolean' } },
);
const sizes = String(args.sizes ?? '10,100,300')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

interface Base {
  jurisdiction: string;
  name: string;
  level: string;
  year: number;
  text: string;
}

function baseReports(): Base[] {
  const input = loadInput(path.join(PROJECT_ROOT, 'input'), { maxFileBytes: 200e6 });
  // the work reports: a copy of a communiqué or a series file would be read as a work report of year 0
  return input.reports
    .filter(({ meta }) => meta.doc_kind === 'work_report')
    .map(({ meta, ref }) => ({
      jurisdiction: meta.jurisdiction,
      name: meta.jurisdiction_name,
      level: meta.level,
      year: meta.report_year,
      text: readReport(ref).source,
    }));
}

/** A copy of the corpus: jurisdictions renamed, every year in the manifest and in the text shifted. */
function buildCorpus(dir: string, targetMb: number, base: Base[]): { mb: number; reports: number } {
  fs.mkdirSync(dir, { recursive: true });
  const reports: object[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetMb * 1e6; copy++) {
    const shift = copy % 7;
    for (const b of base) {
      const jurisdiction = `${b.jurisdiction}-c${copy}`;
      const year = b.year + shift;
      const text = shift
        ? b.text.replace(yearsOf(), (_, y) => `${Number(y) + shift}${lexicon().sections.yearSuffix}`)
        : b.text;
      const file = `${jurisdiction}-${year}.txt`;
      fs.writeFileSync(path.join(dir, file), text);
      bytes += Buffer.byteLength(text);
      reports.push({
        id: `${jurisdiction}-${year}`,
        jurisdiction,
        jurisdiction_name: b.name,
        level: b.level,
        report_year: year,
        path: file,
      });
    }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports }));
  return { mb: bytes / 1e6, reports: reports.length };
}

interface Run {
  wallMs: number;
  stages: Record<string, number>;
  cpu: Record<string, number>;
  steps: Record<string, number>;
  observations: number;
  rssMb: number;
  cached: number;
}

function cli(argv: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(DIST_DIR, 'cli', 'start.js'), ...argv, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, CI: 'true' },
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`yoy ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const events = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const stages: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let steps: Record<string, number> = {};
  let cached = 0;
  for (const e of events) {
    if (e.event === 'stage-done') {
      stages[e.stage] = e.ms;
      cpu[e.stage] = e.cpu_ms;
    }
    if (e.event === 'stage-cpu') steps = e.ms;
    if (e.event === 'report' && e.cached) cached++;
  }
  const done = events.find((e) => e.event === 'done');
  const floor = events.find((e) => e.event === 'floor');
  if (floor) return { wallMs, stages: { floor: floor.ms }, cpu: {}, steps: {}, observations: 0, rssMb: 0, cached: 0 };
  return { wallMs, stages, cpu, steps, observations: done.observations, rssMb: done.max_rss_mb, cached };
}

const total = (r: Run) => Object.values(r.stages).reduce((a, b) => a + b, 0);
const f1 = (x: number) => x.toFixed(1);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-bench-'));
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
const base = baseReports();
const rows: string[] = [];
const results: Record<string, unknown> = {};
for (const size of sizes) {
  const dir = path.join(root, `corpus-${size}mb`);
  const { mb, reports } = buildCorpus(dir, size, base);
  const out = path.join(root, `out-${size}`);
  const floor = cli(['--floor', '--input', dir]);
  // the data release (CSV, JSON, data package); the views are measured apart below
  const one = cli(['--input', dir, '--output', out, '--jobs', '1', '--no-cache', '--no-views']);
  const pipeMs = total(one);
  const line: Record<string, unknown> = {
    mb: Number(f1(mb)),
    reports,
    floor_ms: floor.stages.floor,
    pipeline_ms: pipeMs,
    wall_ms: Math.round(one.wallMs),
    stages_ms: one.stages,
    stages_cpu_ms: one.cpu,
    process_steps_thread_ms: one.steps,
    cores_used: Number((total({ ...one, stages: one.cpu }) / pipeMs).toFixed(2)),
    mb_per_s: Number(f1(mb / (pipeMs / 1000))),
    observations_per_s: Math.round(one.observations / (pipeMs / 1000)),
    peak_rss_mb: one.rssMb,
    ratio_to_floor: Number((pipeMs / floor.stages.floor).toFixed(2)),
  };
  // the default command as a user runs it first (views included, default --jobs, an empty cache), against the same floor
  const def = cli(['--input', dir, '--output', `${out}-d`, '--cache-dir', path.join(root, `cache-default-${size}`)]);
  line.default_ms = total(def);
  line.default_wall_ms = Math.round(def.wallMs);
  line.default_stages_ms = def.stages;
  line.default_ratio_to_floor = Number((total(def) / floor.stages.floor).toFixed(2));
  const two = cli(['--input', dir, '--output', `${out}-j2`, '--jobs', '2', '--no-cache', '--no-views']);
  line.jobs2_pipeline_ms = total(two);
  line.speedup_jobs2 = Number((pipeMs / total(two)).toFixed(2));
  if (size === sizes[Math.min(1, sizes.length - 1)]) {
    const views = cli(['--input', dir, '--output', `${out}-v`, '--jobs', '1', '--no-cache']);
    line.with_views_emit_ms = views.stages.emit;
    const cacheDir = path.join(root, `cache-${size}`);
    cli(['--input', dir, '--output', `${out}-c`, '--jobs', '1', '--cache-dir', cacheDir, '--no-views']);
    const first = fs.readdirSync(dir).find((n) => n.endsWith('.txt'))!;
    fs.appendFileSync(path.join(dir, first), `\n${lexicon().data.text.sample_figure_sentence}\n`);
    const again = cli(['--input', dir, '--output', `${out}-c`, '--jobs', '1', '--cache-dir', cacheDir, '--no-views']);
    line.rerun_one_changed_ms = total(again);
    line.rerun_ratio = Number((total(again) / pipeMs).toFixed(3));
    line.rerun_cached_reports = again.cached;
  }
  results[`${size}mb`] = line;
  rows.push(
    `${String(size).padStart(4)} MB  ${String(reports).padStart(5)} reports  floor ${String(floor.stages.floor).padStart(6)} ms  pipeline ${String(pipeMs).padStart(6)} ms (${Object.entries(
      one.stages,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )})  ${f1(mb / (pipeMs / 1000))} MB/s  ${line.observations_per_s} obs/s  peak ${one.rssMb} MB  ratio ${line.ratio_to_floor}×`,
  );
  console.log(rows[rows.length - 1]);
  console.log(
    `      inside process (thread time): ${Object.entries(one.steps)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; cores used ${line.cores_used}`,
  );
  console.log(
    `      the default command, views included: ${line.default_ms} ms (${line.default_wall_ms} ms wall with the process start; ${Object.entries(
      def.stages,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}), ${line.default_ratio_to_floor}× the floor`,
  );
  if (line.with_views_emit_ms)
    console.log(
      `      with report.html and yoy.xlsx, emit takes ${line.with_views_emit_ms} ms instead of ${one.stages.emit} ms`,
    );
  console.log(`      --jobs 2: ${line.jobs2_pipeline_ms} ms (${line.speedup_jobs2}× faster)`);
  if (line.rerun_ratio !== undefined)
    console.log(
      `      re-run after changing one report: ${line.rerun_one_changed_ms} ms (${line.rerun_ratio} of the full run, ${line.rerun_cached_reports} reports from the cache)`,
    );
  if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
}
const keys = Object.keys(results);
if (keys.includes('100mb') && keys.includes('300mb')) {
  const a = results['100mb'] as { pipeline_ms: number },
    b = results['300mb'] as { pipeline_ms: number };
  console.log(`300 MB / 100 MB time: ${(b.pipeline_ms / a.pipeline_ms).toFixed(2)}×`);
}
console.log(JSON.stringify({ machine: { cpus: os.cpus().length, cpu, node: process.version }, results }));
if (!args.keep) fs.rmSync(root, { recursive: true, force: true });
else console.log(`kept ${root}`);

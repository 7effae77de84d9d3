#!/usr/bin/env -S npx tsx
// The command line: a thin front over run.ts. Options are read and checked once
// here; the stages trust what they are given.
import { minimist, chalk } from 'zx';
import fs from 'node:fs';
import path from 'node:path';
import { runInto, version, DEFAULT_CACHE_DIR, type RunEvent } from './run.js';
import { measureFloor } from './floor.js';
import { YoyError, EXIT_DATA } from './errors.js';
import { lock, recover, assertReplaceable, tempDirBeside, swapIn, compareDirs } from './publish.js';
import { PROJECT_ROOT } from './paths.js';
import { DEFAULT_TOLERANCE } from './derive/attainment.js';

const USAGE = `yoy — targets and actuals from government work reports, compared year over year

usage: npm start -- [options]

  --input DIR            input directory with manifest.json (default: input/)
  --output DIR           output directory (default: output/)
  --check                rebuild into a temporary place; exit 1 if the output differs
  --no-bom               write CSVs without the UTF-8 byte-order mark
  --keep-going           skip reports that cannot be read, finish the release, exit 1
  --review-threshold N   observations under this confidence go to review.csv (default 0.6)
  --tolerance-pp N       an 'about' target missed by at most N pp is 'near' (default ${DEFAULT_TOLERANCE.pp})
  --tolerance-level-pct N  the same for level targets, in percent of the target (default ${DEFAULT_TOLERANCE.levelPct})
  --max-file-mb N        refuse report files larger than this (default 200)
  --jobs N|auto          worker threads, one jurisdiction each (default auto: one per 50 MB of reports, up to the cores)
  --no-cache             extract every report again (the cache only saves time; it never changes a result)
  --cache-dir DIR        where the extraction cache lives (default: .yoy-cache/ in the project)
  --no-views             skip report.html and yoy.xlsx (for bulk runs that only want the data)
  --report-max N         report.html draws charts for at most N jurisdictions (default 25)
  --floor                only read and decode the reports and count digits, and print the time (for npm run bench)
  --quiet                print only the final summary line
  --json                 print one JSON object per event (for CI logs)
  --version, --help

exit status: 0 success; 1 the data was bad (the message names the file and the problem); 2 wrong usage`;

const KNOWN = new Set(['input', 'output', 'check', 'bom', 'keep-going', 'review-threshold', 'tolerance-pp', 'tolerance-level-pct', 'max-file-mb', 'jobs', 'cache', 'cache-dir', 'floor', 'views', 'report-max', 'quiet', 'json', 'version', 'help', '_']);

interface Options {
  input: string;
  output: string;
  check: boolean;
  bom: boolean;
  keepGoing: boolean;
  reviewThreshold: number;
  tolerance: { pp: number; levelPct: number };
  maxFileBytes: number;
  jobs: number | 'auto';
  cacheDir: string | null;
  floor: boolean;
  views: boolean;
  reportMax: number;
  mode: 'tty' | 'lines' | 'quiet' | 'json';
}

function usage(message: string): never {
  throw new YoyError('USAGE', `${message}\n\n${USAGE}`);
}

function number(v: unknown, name: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v === 'boolean' || !Number.isFinite(n) || n < min || n > max) usage(`--${name} needs a number from ${min} to ${max}`);
  return n;
}

function parse(args: string[]): Options | 'help' | 'version' {
  const a = minimist(args, { string: ['input', 'output', 'cache-dir'], boolean: ['check', 'bom', 'cache', 'views', 'keep-going', 'floor', 'quiet', 'json', 'version', 'help'], default: { bom: true, cache: true, views: true } });
  for (const k of Object.keys(a)) if (!KNOWN.has(k)) usage(`unknown option --${k}`);
  if (a._.length) usage(`unexpected argument "${a._[0]}"`);
  if (a.help) return 'help';
  if (a.version) return 'version';
  // paths given by the user are relative to where they ran npm, defaults to the project
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dir = (v: unknown, dflt: string) => {
    if (v === undefined) return path.join(PROJECT_ROOT, dflt);
    if (typeof v !== 'string' || !v) usage(`--${dflt} needs a directory`);
    return path.resolve(cwd, v);
  };
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
  return {
    input: dir(a.input, 'input'),
    output: dir(a.output, 'output'),
    check: a.check,
    bom: a.bom,
    keepGoing: a['keep-going'],
    reviewThreshold: number(a['review-threshold'], 'review-threshold', 0, 1, 0.6),
    tolerance: { pp: number(a['tolerance-pp'], 'tolerance-pp', 0, 100, DEFAULT_TOLERANCE.pp), levelPct: number(a['tolerance-level-pct'], 'tolerance-level-pct', 0, 100, DEFAULT_TOLERANCE.levelPct) },
    maxFileBytes: number(a['max-file-mb'], 'max-file-mb', 0.001, 4096, 200) * 1e6,
    jobs: a.jobs === undefined || a.jobs === 'auto' ? 'auto' : Math.floor(number(a.jobs, 'jobs', 1, 256, 1)),
    cacheDir: a.cache === false ? null : a['cache-dir'] ? path.resolve(cwd, a['cache-dir']) : DEFAULT_CACHE_DIR,
    floor: a.floor,
    views: a.views,
    reportMax: Math.floor(number(a['report-max'], 'report-max', 0, 100000, 25)),
    mode: a.json ? 'json' : a.quiet ? 'quiet' : process.stderr.isTTY && !ci ? 'tty' : 'lines',
  };
}

function reporter(mode: Options['mode']) {
  // on a terminal the progress bar is redrawn in place; any other line first ends it
  let barOpen = false;
  const line = (text: string) => {
    if (barOpen) process.stderr.write('\n');
    barOpen = false;
    process.stderr.write(text);
  };
  return (e: RunEvent) => {
    if (mode === 'json') return void process.stdout.write(JSON.stringify(e) + '\n');
    if (mode === 'quiet') return;
    if (e.event === 'stage-done') {
      if (barOpen) line('');
      return;
    }
    if (e.event === 'report') {
      if (mode === 'tty') {
        const width = 24;
        const done = Math.round((e.index / e.total) * width);
        process.stderr.write(`\r  reports [${'#'.repeat(done)}${' '.repeat(width - done)}] ${e.index}/${e.total} ${e.id.padEnd(24)}`);
        barOpen = true;
      } else process.stderr.write(`report ${e.index}/${e.total} ${e.id}: ${e.observations} observations${e.jurisdiction_cached ? ' (cached)' : e.cached ? ' (extraction cached)' : ''}\n`);
    } else if (e.event === 'plan') {
      const text = `${e.reports} reports in ${e.jurisdictions} jurisdictions, ${e.mb} MB; ${e.jobs === 1 ? 'one thread' : `${e.jobs} worker threads`}`;
      line(mode === 'tty' ? chalk.dim(`${text}\n`) : `${text}\n`);
    } else if (e.event === 'stage') line(mode === 'tty' ? chalk.dim(`${e.stage}\n`) : `stage ${e.stage}\n`);
    else if (e.event === 'skipped') line(`skipped ${e.file}: ${e.code}: ${e.message}\n`);
    else if (e.event === 'warning') line(`warning: ${e.message}\n`);
  };
}

async function main(): Promise<number> {
  const parsed = parse(process.argv.slice(2));
  if (parsed === 'help') return void console.log(USAGE), 0;
  if (parsed === 'version') return void console.log(version()), 0;
  const o = parsed;
  const onEvent = reporter(o.mode);
  const runOpts = { input: o.input, bom: o.bom, reviewThreshold: o.reviewThreshold, maxFileBytes: o.maxFileBytes, keepGoing: o.keepGoing, tolerance: o.tolerance, jobs: o.jobs, cacheDir: o.cacheDir, views: o.views, reportMaxJurisdictions: o.reportMax, onEvent };
  if (o.floor) {
    process.stdout.write(JSON.stringify({ event: 'floor', ...measureFloor(o.input, o.maxFileBytes) }) + '\n');
    return 0;
  }

  if (o.check) {
    const tmp = fs.mkdtempSync(path.join((process.env.TMPDIR ?? '/tmp'), 'yoy-check-'));
    try {
      await runInto(tmp, runOpts);
      const diffs = compareDirs(tmp, o.output);
      if (diffs.length) {
        process.stderr.write(`${o.output} is stale: ${diffs.length} file(s) differ from a fresh build\n${diffs.map((d) => `  ${d}`).join('\n')}\nrun npm start and commit output/\n`);
        return 1;
      }
      if (o.mode !== 'json') process.stderr.write(`${o.output} is up to date\n`);
      return 0;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  assertReplaceable(o.output);
  const release = lock(o.output);
  let tmp: string | undefined;
  try {
    recover(o.output);
    tmp = tempDirBeside(o.output);
    const { meta, counts, files } = await runInto(tmp, runOpts);
    swapIn(tmp, o.output);
    tmp = undefined;
    const s = counts.status;
    const summary = {
      event: 'done',
      reports: meta.reports.length,
      observations: counts.observations,
      review: counts.review,
      met: s.met ?? 0,
      near: s.near ?? 0,
      missed: s.missed ?? 0,
      warnings: meta.warnings.length,
      skipped: meta.skipped.length,
      output: o.output,
      files: files.length,
      max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    if (o.mode === 'json') process.stdout.write(JSON.stringify(summary) + '\n');
    else {
      process.stderr.write(
        `${summary.reports} reports, ${summary.observations} observations (${summary.review} to review); targets met ${summary.met}, near ${summary.near}, missed ${summary.missed}; ${summary.warnings} warnings; ${summary.files} files in ${path.relative(process.cwd(), o.output) || '.'}\n`,
      );
      if (o.mode !== 'quiet') {
        const shown = meta.warnings.slice(0, 5);
        for (const w of shown) process.stderr.write(`  warning: ${w.message}\n`);
        if (meta.warnings.length > shown.length) process.stderr.write(`  … and ${meta.warnings.length - shown.length} more warnings in bundle.json\n`);
      }
    }
    if (meta.skipped.length) {
      process.stderr.write(`skipped ${meta.skipped.length} report(s):\n${meta.skipped.map((k) => `  ${k.file}: ${k.code}: ${k.message}`).join('\n')}\n`);
      return 1;
    }
    return 0;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    release();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  if (e instanceof YoyError) {
    process.stderr.write(`yoy: ${e.toString()}\n`);
    process.exitCode = e.exitCode;
  } else {
    // not a case the contract names: report it as a failed run (1), with the stack for a bug report
    process.stderr.write(`yoy: internal error (please report it): ${(e as Error).stack ?? e}\n`);
    process.exitCode = EXIT_DATA;
  }
}

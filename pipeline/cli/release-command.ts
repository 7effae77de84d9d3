// What `npm start` does once its options are read: measure the floor, check the
// committed release, or build a release and publish it under a lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runInto } from '../run/index.js';
import { defaultCacheDir } from '../run/cache/location.js';
import { measureFloor } from './floor.js';
import { lock, recover, assertReplaceable, tempDirBeside, swapIn, compareDirs } from '../release/publish.js';
import { reporter } from './progress.js';
import { headline } from '../derive/attainment.js';

export interface Options {
  input: string;
  output: string;
  check: boolean;
  bom: boolean;
  keepGoing: boolean;
  reviewThreshold: number;
  tolerance: { pp: number; levelPct: number };
  maxFileBytes: number;
  jobs: number | 'auto';
  /** the cache's directory; null with --no-cache; undefined for the default */
  cacheDir: string | null | undefined;
  floor: boolean;
  views: boolean;
  reportMax: number;
  mode: 'tty' | 'lines' | 'quiet' | 'json';
}

export async function releaseCommand(o: Options): Promise<number> {
  const onEvent = reporter(o.mode);
  const runOpts = {
    input: o.input,
    bom: o.bom,
    reviewThreshold: o.reviewThreshold,
    maxFileBytes: o.maxFileBytes,
    keepGoing: o.keepGoing,
    tolerance: o.tolerance,
    jobs: o.jobs,
    cacheDir: o.cacheDir === undefined ? defaultCacheDir() : o.cacheDir,
    views: o.views,
    reportMaxJurisdictions: o.reportMax,
    onEvent,
  };
  if (o.floor) {
    process.stdout.write(JSON.stringify({ event: 'floor', ...measureFloor(o.input, o.maxFileBytes) }) + '\n');
    return 0;
  }

  if (o.check) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-check-'));
    try {
      await runInto(tmp, runOpts);
      const diffs = compareDirs(tmp, o.output);
      if (o.mode === 'json') {
        process.stdout.write(
          JSON.stringify({ event: 'check', output: o.output, up_to_date: !diffs.length, differences: diffs }) + '\n',
        );
        return diffs.length ? 1 : 0;
      }
      if (diffs.length) {
        process.stderr.write(
          `${o.output} is stale: ${diffs.length} file(s) differ from a fresh build\n${diffs.map((d) => `  ${d}`).join('\n')}\nrun npm start and commit output/\n`,
        );
        return 1;
      }
      process.stderr.write(`${o.output} is up to date\n`);
      return 0;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  assertReplaceable(o.output);
  const held = lock(o.output);
  let tmp: string | undefined;
  try {
    recover(o.output);
    tmp = tempDirBeside(o.output);
    const { meta, counts, files } = await runInto(tmp, runOpts);
    held.check();
    swapIn(tmp, o.output);
    tmp = undefined;
    const s = counts.status;
    const summary = {
      event: 'done',
      reports: meta.reports.length,
      observations: counts.observations,
      review: counts.review,
      status: s,
      warnings: meta.warnings.length,
      skipped: meta.skipped.length,
      lines_skipped: meta.lines_skipped.reduce((n, l) => n + l.count, 0),
      output: o.output,
      files: files.length,
      max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      /** node's own options this run had (cli/node-options.ts) */
      node_flags: process.execArgv,
    };
    if (o.mode === 'json') process.stdout.write(JSON.stringify(summary) + '\n');
    else {
      // the summary is the run's result: on stdout, with --quiet too; progress and warnings go to stderr
      process.stdout.write(
        `${summary.reports} reports, ${summary.observations} observations (${summary.review} to review); ${headline(s)}; ${summary.warnings} warnings; ${summary.lines_skipped ? `${summary.lines_skipped} collection lines left out by the manifest's skip rules; ` : ''}${summary.files} files in ${path.relative(process.env.INIT_CWD ?? process.cwd(), o.output) || '.'}\n`,
      );
      if (o.mode !== 'quiet') {
        const shown = meta.warnings.slice(0, 5);
        for (const w of shown) process.stderr.write(`  warning: ${w.message}\n`);
        if (meta.warnings.length > shown.length)
          process.stderr.write(`  … and ${meta.warnings.length - shown.length} more warnings in bundle.json\n`);
      }
    }
    if (meta.skipped.length && o.mode !== 'json') {
      // (--json has said so already, one skipped event per report)
      process.stderr.write(
        `skipped ${meta.skipped.length} report(s):\n${meta.skipped.map((k) => `  ${k.file}: ${k.code}: ${k.message}`).join('\n')}\n`,
      );
    }
    return meta.skipped.length ? 1 : 0;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    held.release();
  }
}

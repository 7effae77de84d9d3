// The command line: a thin front over the runner. Options are read and checked
// once here (util.parseArgs, strict); --help and --version answer before the
// pipeline is loaded, so they start about as fast as node itself, and an old node
// is refused before the pipeline (which needs newer APIs) is loaded.
import path from 'node:path';
import { PROJECT_ROOT, version } from '../core/paths.js';
import { assertNodeVersion } from './node-version.js';
import { rerunWithFlags, youngGenerationForThisThreadOnly } from './node-options.js';
import { defaultCacheDir } from '../run/cache/location.js';
import { DEFAULT_TOLERANCE } from '../derive/attainment.js';
import { strictArgs, numberOption, usageError, userPath, inputDir, runMain } from './args.js';
import type { Options } from './release-command.js';

const USAGE = `yoy — targets and actuals from government work reports, compared year over year

usage: yoy [options]            (in a clone of the project: npm start -- [options])

  --input DIR            input directory with manifest.json, or the manifest itself (default: input/)
  --output DIR           output directory (default: output/; required with another --input)
  --check                rebuild into a temporary place; exit 1 if the output differs
  --no-bom               write CSVs without the UTF-8 byte-order mark
  --keep-going           skip reports that cannot be read, finish the release, exit 1
  --review-threshold N   observations under this confidence go to review.csv (default 0.6)
  --tolerance-pp N       an 'about' target missed by at most N pp is 'near' (default ${DEFAULT_TOLERANCE.pp})
  --tolerance-level-pct N  the same for level targets, in percent of the target (default ${DEFAULT_TOLERANCE.levelPct})
  --max-file-mb N        refuse report files larger than this (default 200)
  --jobs N|auto          worker threads, one jurisdiction each (default auto: one per 300 MB of reports, up to the cores)
  --no-cache             extract every report again (the cache only saves time; it never changes a result)
  --cache-dir DIR        where the extraction cache lives (default: the user's cache directory, ${defaultCacheDir()})
  --no-views             skip report.html, review/ and yoy.xlsx (for bulk runs that only want the data)
  --report-max N         report.html draws charts, and review/ has pages, for at most N jurisdictions (default 25)
  --floor                only read and decode the reports and count digits, and print the time (for npm run bench)
  --quiet                print only the final summary line (on stdout)
  --json                 print every event and every error as one JSON object a line on stdout (for CI logs)
  --version, -h, --help

exit status: 0 success; 1 the data was bad (the message names the file and the problem); 2 wrong usage`;

function parse(argv: string[]): Options | 'help' | 'version' {
  const { values: a } = strictArgs(argv, {
    input: { type: 'string' },
    output: { type: 'string' },
    'cache-dir': { type: 'string' },
    'review-threshold': { type: 'string' },
    'tolerance-pp': { type: 'string' },
    'tolerance-level-pct': { type: 'string' },
    'max-file-mb': { type: 'string' },
    jobs: { type: 'string' },
    'report-max': { type: 'string' },
    check: { type: 'boolean' },
    'no-bom': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    'no-views': { type: 'boolean' },
    'keep-going': { type: 'boolean' },
    floor: { type: 'boolean' },
    quiet: { type: 'boolean' },
    json: { type: 'boolean' },
    version: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (a.help) return 'help';
  if (a.version) return 'version';
  const num = (name: keyof typeof a, min: number, max: number, dflt: number) =>
    numberOption(a[name] as string | undefined, name, min, max, dflt);
  const dir = (v: string | undefined, dflt: string) => {
    if (v === undefined) return path.join(PROJECT_ROOT, dflt);
    if (!v) usageError(`--${dflt} needs a directory`);
    return userPath(v);
  };
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
  if (a.input === '') usageError('--input needs a directory');
  const input = a.input === undefined ? dir(undefined, 'input') : inputDir(a.input);
  // output/ is the committed release of input/: another input's release must go elsewhere
  if (a.output === undefined && !a.floor && path.resolve(input) !== path.join(PROJECT_ROOT, 'input')) {
    usageError(
      `--input ${a.input} needs --output DIR: without it the release would replace ${path.join(PROJECT_ROOT, 'output')}, the project's release of input/`,
    );
  }
  return {
    input,
    output: dir(a.output, 'output'),
    check: a.check ?? false,
    bom: !a['no-bom'],
    keepGoing: a['keep-going'] ?? false,
    reviewThreshold: num('review-threshold', 0, 1, 0.6),
    tolerance: {
      pp: num('tolerance-pp', 0, 100, DEFAULT_TOLERANCE.pp),
      levelPct: num('tolerance-level-pct', 0, 100, DEFAULT_TOLERANCE.levelPct),
    },
    maxFileBytes: num('max-file-mb', 0.001, 4096, 200) * 1e6,
    jobs: a.jobs === undefined || a.jobs === 'auto' ? 'auto' : Math.floor(num('jobs', 1, 256, 1)),
    cacheDir: a['no-cache'] ? null : a['cache-dir'] ? userPath(a['cache-dir']) : undefined,
    floor: a.floor ?? false,
    views: !a['no-views'],
    reportMax: Math.floor(num('report-max', 0, 100000, 25)),
    mode: a.json ? 'json' : a.quiet ? 'quiet' : process.stderr.isTTY && !ci ? 'tty' : 'lines',
  };
}

async function main(): Promise<number> {
  assertNodeVersion();
  const parsed = parse(process.argv.slice(2));
  if (parsed === 'help') return (void console.log(USAGE), 0);
  if (parsed === 'version') return (void console.log(version()), 0);
  // V8's options take effect only on node's command line (node-options.ts): without them, run again with them
  const rerun = await rerunWithFlags();
  if (rerun !== undefined) return rerun;
  youngGenerationForThisThreadOnly();
  const { releaseCommand } = await import('./release-command.js');
  return releaseCommand(parsed);
}

// --json is looked for before the options are parsed, so that a usage error is JSON too
await runMain('yoy', main, { help: 'yoy --help', json: process.argv.slice(2).includes('--json') });

#!/usr/bin/env node
// npm run release -- [--input DIR] [--output DIR] [--cache-dir DIR] [--no-views]
//
// A scheduled data release, ready to copy (.github/workflows/release.yml runs it):
//   1. yoy --check: when a fresh build of the input is what the output already holds,
//      say "nothing new" and stop (exit 0);
//   2. otherwise keep the last release aside, build the new one into the output, and
//      write beside it what changed: changes.csv (npm run diff, old release against
//      new) and RELEASE_NOTES.md (the run's summary and the diff's lines); exit 0.
// yoy's own errors pass through with its exit status (1 bad data, 2 wrong usage);
// a failed build leaves the last release as it was (yoy publishes only a whole one).
// Defaults are the project's input/ and output/; paths are taken from where npm ran.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { $, fs, path } from 'zx';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'start.js');
const DIFF = path.join(ROOT, 'dist', 'cli', 'diff.js');
const USAGE = `usage: npm run release -- [--input DIR] [--output DIR] [--cache-dir DIR] [--no-views]

  --input DIR       input directory (default: input/)
  --output DIR      the release to bring up to date (default: output/)
  --cache-dir DIR   yoy's extraction cache (default: the user's cache directory)
  --no-views        a data release only: no report.html, review/ or yoy.xlsx
  -h, --help

exit status: 0 a release was made, or there was nothing new; 1 bad data; 2 wrong usage`;

function options() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-views': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`yoy release: USAGE: ${e.message.split('. To specify')[0]}\nsee npm run release -- --help\n`);
    process.exit(2);
  }
}

const a = options();
if (a.help) {
  console.log(USAGE);
  process.exit(0);
}
const from = process.env.INIT_CWD ?? process.cwd();
const input = path.resolve(from, a.input ?? path.join(ROOT, 'input'));
const output = path.resolve(from, a.output ?? path.join(ROOT, 'output'));
const yoy = [
  '--input',
  input,
  '--output',
  output,
  ...(a['cache-dir'] ? ['--cache-dir', path.resolve(from, a['cache-dir'])] : []),
  ...(a['no-views'] ? ['--no-views'] : []),
];
const node = process.execPath;
$.verbose = false;

// 1. anything new? (--json: the verdict is one event, an error another)
const check = await $({ nothrow: true })`${node} ${CLI} ${yoy} --check --json`;
const events = check.stdout
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const verdict = events.find((e) => e.event === 'check');
if (!verdict) {
  for (const e of events.filter((e) => e.event === 'error'))
    process.stderr.write(`yoy release: ${e.file ? `${e.file}: ` : ''}${e.code}: ${e.message}\n`);
  process.stderr.write(check.stderr);
  process.exit(check.exitCode || 1);
}
if (verdict.up_to_date) {
  console.log(`nothing new: ${output} is up to date with ${input}`);
  process.exit(0);
}

// 2. the last release aside, the new one built in its place
const aside = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-last-release-'));
try {
  const last = fs.existsSync(path.join(output, 'bundle.json')) ? path.join(aside, 'release') : null;
  if (last) fs.cpSync(output, last, { recursive: true });
  const build = await $({ nothrow: true })`${node} ${CLI} ${yoy} --quiet`;
  if (build.exitCode !== 0) {
    process.stderr.write(build.stderr);
    process.exit(build.exitCode || 1);
  }
  const summary = build.stdout.trim();
  // where the files are is this machine's business, not the notes'
  const counts = summary.replace(/; \d+ files in .*$/, '');

  // 3. what changed, beside the new release
  let changes = 'The first release of this input: no earlier release to compare with.';
  if (last) {
    const diff = await $`${node} ${DIFF} ${last} ${output} --changes ${path.join(output, 'changes.csv')}`;
    // the diff's lines, less the directories it compared (one a temporary copy) and
    // the last line, which names the file it wrote on this machine
    const [first, ...lines] = diff.stdout.trim().split('\n').slice(0, -1);
    const since = first.replace(/^.* → .*?: (?=\d+ observations added)/, '');
    changes = [
      `Since the last release: ${since}.`,
      '',
      '```',
      ...lines,
      '```',
      '',
      'Every change is in changes.csv.',
    ].join('\n');
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const notes = `# Data release\n\nBuilt by yoy ${version}: ${counts}.\n\n## What changed\n\n${changes}\n`;
  fs.writeFileSync(path.join(output, 'RELEASE_NOTES.md'), notes);
  console.log(`released: ${summary}`);
  console.log(
    `notes: ${path.join(output, 'RELEASE_NOTES.md')}${last ? `; changes: ${path.join(output, 'changes.csv')}` : ''}`,
  );
} finally {
  fs.rmSync(aside, { recursive: true, force: true });
}

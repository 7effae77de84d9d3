// Shared by the tests: the real corpus, the real dictionary, the real CLI, and the
// run's shared release and temporary directory (test/global-setup.ts).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { extractReport } from '../pipeline/extract/index.js';
import { loadInput } from '../pipeline/load/index.js';
import type { Dictionary, Observation } from '../pipeline/core/model.js';
import { NODE_FLAGS } from '../pipeline/cli/node-options.js';
import { writeShangchengInput } from './shangcheng-input.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const INPUT = path.join(ROOT, 'input');
export const dictionary = JSON.parse(fs.readFileSync(path.join(INPUT, 'indicators.json'), 'utf8')) as Dictionary;
export const compiled = compileDictionary(dictionary);

/** How many reports the default input holds (the manifest's entries, a collection's lines counted one by one). */
export const DEFAULT_REPORTS = loadInput(INPUT, { maxFileBytes: 200e6 }).reports.length;
/** How many jurisdictions have a document in the default input (one unit of work each). */
export const DEFAULT_JURISDICTIONS = new Set(
  loadInput(INPUT, { maxFileBytes: 200e6 }).reports.map((r) => r.meta.jurisdiction),
).size;

export const seed = fs.readFileSync(path.join(INPUT, 'shangcheng-2015.txt'), 'utf8');
export const seed2016 = fs.readFileSync(path.join(INPUT, 'shangcheng-2016-excerpt.txt'), 'utf8');

/** The national reports by year, from the real collection. */
export const national: Map<number, string> = (() => {
  const m = new Map<number, string>();
  for (const line of fs
    .readFileSync(path.join(INPUT, 'national', 'government_work_reports.jsonl'), 'utf8')
    .split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (row.year && /^\d{4}$/.test(row.year)) m.set(Number(row.year), row.content);
  }
  return m;
})();

export function extract(source: string, reportYear: number, id = 'test'): Observation[] {
  return extractReport({ id, jurisdiction: id.split('-')[0], report_year: reportYear, source }, compiled).observations;
}

/** The sentence of a real report that contains `needle` (so tests read real text, not made-up text). */
export function sentenceWith(source: string, needle: string): string {
  const i = source.indexOf(needle);
  if (i < 0) throw new Error(`not in the corpus: ${needle}`);
  const from = Math.max(source.lastIndexOf('\n', i), source.lastIndexOf('。', i)) + 1;
  const ends = ['。', '\n'].map((c) => source.indexOf(c, i)).filter((x) => x >= 0);
  return source.slice(from, Math.min(...ends, source.length) + 1);
}

/** The run's own temporary directory (test/global-setup.ts), removed when the run ends. */
export const TMP_ROOT = inject('tmpRoot');
/** The default release, built once per run by the CLI (test/global-setup.ts): read it, never write into it. */
export const RELEASE = inject('release');
/**
 * The cache that run filled (test/global-setup.ts): a test that needs the default input warm copies it into a
 * cache directory of its own, never uses it in place.
 */
export const FIXTURE_CACHE = path.join(path.dirname(RELEASE), 'cache');
export const OUTPUT = path.join(ROOT, 'output');

export function tmpdir(prefix = 'yoy-test-'): string {
  return fs.mkdtempSync(path.join(TMP_ROOT, prefix));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** added to the environment */
  env?: Record<string, string>;
  /** write report.html and yoy.xlsx: only for the tests that are about them (default false: --no-views) */
  views?: boolean;
  /**
   * false: no --output of its own, so the CLI's default (the project's output/) applies — only for a
   * test that the run is refused before it writes anything (test/hermetic.ts fails the run if it wrote)
   */
  output?: false;
}

/** The built CLI (npm test builds it first), as npm start runs it. */
export const CLI = path.join(ROOT, 'dist', 'cli', 'start.js');
export const DIFF = path.join(ROOT, 'dist', 'cli', 'diff.js');

/**
 * The CLI's arguments with what keeps a run hermetic and fast: an output directory and
 * a cache directory of its own unless the test names them, and --no-views unless the
 * test is about the views.
 */
export function cliArgs(args: string[], { views = false, output }: CliOptions = {}): string[] {
  const has = (o: string) => args.includes(o);
  const own: string[] = [];
  if (!has('--output') && output !== false) own.push('--output', path.join(tmpdir('yoy-out-'), 'release'));
  if (!has('--cache-dir') && !has('--no-cache')) own.push('--cache-dir', tmpdir('yoy-cache-'));
  if (!views && !has('--no-views')) own.push('--no-views');
  // node's options as the npm scripts give them, so that the CLI need not start itself again (cli/node-options.ts)
  return [...NODE_FLAGS, CLI, ...args, ...own];
}

/**
 * The environment of a CLI run: plain progress lines, temporary files under the run's
 * directory, and a user cache directory there too, so that a run without --cache-dir
 * never fills the real one.
 */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, CI: 'true', TMPDIR: TMP_ROOT, XDG_CACHE_HOME: path.join(TMP_ROOT, 'user-cache'), ...env };
}

/** Run the real CLI, as npm start would (see cliArgs for what is added). */
export function cli(args: string[], opts: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, cliArgs(args, opts), {
    cwd: TMP_ROOT,
    env: cliEnv(opts.env),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run npm run diff's command on two releases. */
export function diffCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [DIFF, ...args], {
    cwd: TMP_ROOT,
    env: cliEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The events of a --json run. */
export function events(stdout: string): Array<Record<string, unknown> & { event: string }> {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Every file of a directory with its bytes, for byte-for-byte comparisons. */
export function snapshot(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (const n of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (fs.statSync(p).isFile()) m.set(n, fs.readFileSync(p));
  }
  return m;
}

/** How two snapshots differ, file by file, with the first line that differs: [] when they are byte-identical. */
export function differences(actual: Map<string, Buffer>, expected: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const name of [...new Set([...expected.keys(), ...actual.keys()])].sort()) {
    const a = actual.get(name);
    const e = expected.get(name);
    if (!a) out.push(`${name}: missing`);
    else if (!e) out.push(`${name}: not expected`);
    else if (!a.equals(e)) {
      const [al, el] = [a, e].map((b) => b.toString('utf8').split('\n'));
      const i = el.findIndex((l, k) => l !== al[k]);
      out.push(
        i < 0
          ? `${name}: differs (${a.length} bytes, expected ${e.length})`
          : `${name}: line ${i + 1} is ${JSON.stringify(al[i]?.slice(0, 200))}, expected ${JSON.stringify(el[i].slice(0, 200))}`,
      );
    }
  }
  return out;
}

/** Some years of the real national collection, as an input of their own. */
export function nationalInput(first: number, last: number): string {
  const dir = tmpdir('yoy-input-');
  const manifest = JSON.parse(fs.readFileSync(path.join(INPUT, 'manifest.json'), 'utf8'));
  const entry = manifest.reports.find((r: { id: string }) => r.id === 'china');
  const lines = fs
    .readFileSync(path.join(INPUT, entry.path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && Number(JSON.parse(l).year) >= first && Number(JSON.parse(l).year) <= last);
  fs.mkdirSync(path.dirname(path.join(dir, entry.path)), { recursive: true });
  fs.writeFileSync(path.join(dir, entry.path), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: [{ ...entry, years: [first, last] }] }));
  return dir;
}

/** A small input directory: the Shangcheng reports and a manifest, copied from the real input. */
export function shangchengInput(): string {
  return writeShangchengInput(INPUT, tmpdir('yoy-input-'));
}

/** The release of that input (views left out), built once per run by the CLI (test/global-setup.ts): read it, never write into it. */
export const SMALL_RELEASE = inject('smallRelease');

/**
 * A good release to start from, for the tests about what a later run does to it: a Shangcheng input of
 * its own, and a copy of that input's release (SMALL_RELEASE) in a directory of its own.
 */
export function shangchengRelease(): { input: string; out: string } {
  const out = path.join(tmpdir(), 'release');
  fs.cpSync(SMALL_RELEASE, out, { recursive: true });
  return { input: shangchengInput(), out };
}

/** What a run left beside its output directory (a temporary release, a lock): nothing, after any run. */
export function leftovers(out: string): string[] {
  return fs.readdirSync(path.dirname(out)).filter((n) => n !== path.basename(out));
}

/** A text set in lines of `columns` display columns (a Chinese character takes two), as a PDF's text layer copied out is. */
export function setInColumns(text: string, columns: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      let w = 0;
      for (const ch of line) {
        const cw = ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
        if (w + cw > columns) (out.push(cur), (cur = ''), (w = 0));
        cur += ch;
        w += cw;
      }
      return [...out, cur].join('\n');
    })
    .join('\n');
}

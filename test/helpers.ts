// Shared by the tests: the real corpus, the real dictionary, and the real CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileDictionary } from '../pipeline/extract/dictionary.js';
import { extractReport } from '../pipeline/extract/index.js';
import { loadInput } from '../pipeline/load/index.js';
import type { Dictionary, Observation } from '../pipeline/core/model.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const INPUT = path.join(ROOT, 'input');
export const dictionary = JSON.parse(fs.readFileSync(path.join(INPUT, 'indicators.json'), 'utf8')) as Dictionary;
export const compiled = compileDictionary(dictionary);

/** How many reports the default input holds (the manifest's entries, a collection's lines counted one by one). */
export const DEFAULT_REPORTS = loadInput(INPUT, { maxFileBytes: 200e6 }).reports.length;
/** How many jurisdictions have a document in the default input (one unit of work each). */
export const DEFAULT_JURISDICTIONS = new Set(loadInput(INPUT, { maxFileBytes: 200e6 }).reports.map((r) => r.meta.jurisdiction)).size;

export const seed = fs.readFileSync(path.join(INPUT, 'shangcheng-2015.txt'), 'utf8');
export const seed2016 = fs.readFileSync(path.join(INPUT, 'shangcheng-2016-excerpt.txt'), 'utf8');

/** The national reports by year, from the real collection. */
export const national: Map<number, string> = (() => {
  const m = new Map<number, string>();
  for (const line of fs.readFileSync(path.join(INPUT, 'national', 'government_work_reports.jsonl'), 'utf8').split('\n')) {
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

export function tmpdir(prefix = 'yoy-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI (npm test builds it first), as npm start runs it. */
export const CLI = path.join(ROOT, 'dist', 'cli', 'start.js');
export const DIFF = path.join(ROOT, 'dist', 'cli', 'diff.js');

/** Run the real CLI, as npm start would, with a cache of its own unless the test gives one. */
export function cli(args: string[], env: Record<string, string> = {}): CliResult {
  const own = args.includes('--cache-dir') || args.includes('--no-cache') ? [] : ['--cache-dir', tmpdir('yoy-cache-')];
  const r = spawnSync(process.execPath, [CLI, ...args, ...own], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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

/** A small input directory: the Shangcheng reports and a manifest, copied from the real input. */
export function shangchengInput(): string {
  const dir = tmpdir('yoy-input-');
  fs.copyFileSync(path.join(INPUT, 'shangcheng-2015.txt'), path.join(dir, 'shangcheng-2015.txt'));
  fs.copyFileSync(path.join(INPUT, 'shangcheng-2016-excerpt.txt'), path.join(dir, 'shangcheng-2016-excerpt.txt'));
  const manifest = JSON.parse(fs.readFileSync(path.join(INPUT, 'manifest.json'), 'utf8'));
  manifest.reports = manifest.reports.filter((r: { jurisdiction: string }) => r.jurisdiction === 'shangcheng');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

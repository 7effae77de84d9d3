// Publishing a release without ever damaging the last good one: everything is
// written to a temporary directory beside the output and swapped in only when
// the whole run succeeded. A lock (lock.ts) keeps two runs from writing one output.
import fs from 'node:fs';
import path from 'node:path';
import { YoyError } from '../core/errors.js';
import { lockOutput, type OutputLock } from './lock.js';

const RELEASE_MARKERS = ['bundle.json', 'datapackage.json', 'observations.csv'];

/** An output that cannot be written is a clear error, not a crash. */
function writable<T>(out: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC', 'EEXIST', 'ENOENT'].includes(code)) {
      throw new YoyError(
        'OUTPUT_UNWRITABLE',
        `cannot write the output directory (${code}: ${(e as Error).message})`,
        out,
      );
    }
    throw e;
  }
}

/** Take the output's lock (lock.ts), or fail clearly if a live run holds it. */
export function lock(out: string): OutputLock {
  return lockOutput(out, (f) => writable(out, f));
}

/** A swap interrupted between its two renames left the previous release beside the output: put it back. */
export function recover(out: string): void {
  const abs = path.resolve(out);
  const parent = path.dirname(abs);
  if (!fs.existsSync(parent)) return;
  const base = path.basename(abs);
  for (const name of fs.readdirSync(parent)) {
    const full = path.join(parent, name);
    if (name.startsWith(`${base}.old-`)) {
      if (!fs.existsSync(abs)) fs.renameSync(full, abs);
      else fs.rmSync(full, { recursive: true, force: true });
    } else if (name.startsWith(`${base}.tmp-`)) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

/** Refuse to replace a directory that holds something other than a release. */
export function assertReplaceable(out: string): void {
  if (!fs.existsSync(out)) return;
  if (!fs.statSync(out).isDirectory())
    throw new YoyError('USAGE', 'the output path exists and is not a directory', out);
  const names = fs.readdirSync(out);
  if (names.length && !RELEASE_MARKERS.some((m) => names.includes(m))) {
    throw new YoyError(
      'USAGE',
      'the output directory is not empty and holds no release (no bundle.json); refusing to replace it',
      out,
    );
  }
}

export function tempDirBeside(out: string): string {
  const abs = path.resolve(out);
  return writable(out, () => {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const dir = fs.mkdtempSync(`${abs}.tmp-${process.pid}-`);
    fs.chmodSync(dir, 0o755);
    return dir;
  });
}

/** Swap the finished temporary directory in for the output. */
export function swapIn(tmp: string, out: string): void {
  const abs = path.resolve(out);
  if (fs.existsSync(abs)) {
    const old = `${abs}.old-${process.pid}`;
    fs.renameSync(abs, old);
    fs.renameSync(tmp, abs);
    fs.rmSync(old, { recursive: true, force: true });
  } else {
    fs.renameSync(tmp, abs);
  }
}

/** Files that differ between two release directories (for --check). */
/**
 * Notes about a release that are written into it after the build (npm run diff's
 * changes.csv, the release script's RELEASE_NOTES.md): no build makes them, so a
 * comparison with a fresh build leaves them out.
 */
export const RELEASE_NOTES = ['changes.csv', 'RELEASE_NOTES.md'];

export function compareDirs(expected: string, actual: string): string[] {
  // every file, in sub-folders too (sources/, review/), by its path in the release
  const list = (d: string): string[] =>
    fs.existsSync(d)
      ? (fs.readdirSync(d, { recursive: true }) as string[])
          .filter((n) => fs.statSync(path.join(d, n)).isFile())
          .map((n) => n.split(path.sep).join('/'))
          .sort()
      : [];
  const a = list(expected);
  const b = list(actual).filter((n) => !RELEASE_NOTES.includes(n));
  const diffs: string[] = [];
  for (const n of a) {
    if (!b.includes(n)) diffs.push(`${n}: missing from ${actual}`);
    else if (!fs.readFileSync(path.join(expected, n)).equals(fs.readFileSync(path.join(actual, n)))) {
      const lines = (d: string) => fs.readFileSync(path.join(d, n), 'utf8').split('\n');
      const [x, y] = [lines(expected), lines(actual)];
      const at = x.findIndex((l, i) => l !== y[i]);
      diffs.push(`${n}: differs from line ${at + 1} (${x.length} lines rebuilt, ${y.length} committed)`);
    }
  }
  for (const n of b) if (!a.includes(n)) diffs.push(`${n}: not produced by this build`);
  return diffs;
}

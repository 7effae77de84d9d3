// Manifest paths: a file inside the input directory, or a glob naming several
// (provinces-2026/*.csv). Nothing a manifest names may lead outside the input
// directory, through "..", a symlink, or a glob's matches.
import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { YoyError } from '../core/errors.js';

/**
 * A manifest path as the loader reads it: written on Windows, its folders may be
 * separated by backslashes, which are read as "/" (the schema has already refused
 * absolute paths, C:\ and \\server included). The release records this form, so
 * it is the same on every system.
 */
export const relPath = (p: string) => p.replace(/\\/g, '/');

/** Resolve a manifest path and refuse anything that leaves the input directory, symlinks included. */
export function insideInput(
  dir: string,
  realDir: string,
  rel: string,
  manifestFile: string,
): { file: string; stat: fs.BigIntStats } {
  const abs = path.resolve(dir, rel);
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    if (path.relative(dir, abs).startsWith('..'))
      throw new YoyError('PATH_OUTSIDE_INPUT', `path "${rel}" leads outside the input directory`, manifestFile);
    throw new YoyError('FILE_MISSING', `the report file "${rel}" does not exist`, path.join(dir, rel));
  }
  const relReal = path.relative(realDir, real);
  if (relReal.startsWith('..') || path.isAbsolute(relReal)) {
    throw new YoyError(
      'PATH_OUTSIDE_INPUT',
      `path "${rel}" leads outside the input directory (to ${real})`,
      manifestFile,
    );
  }
  const stat = fs.statSync(real, { bigint: true });
  if (!stat.isFile()) throw new YoyError('FILE_MISSING', `"${rel}" is not a file`, path.join(dir, rel));
  return { file: real, stat };
}

/**
 * The files a collection's `path` names, relative to the input directory and sorted
 * (so the release does not depend on the order the file system lists them in): the
 * path itself, or every file its glob matches. A glob that matches nothing is an error.
 */
export function expandPath(dir: string, rel: string, manifestFile: string): string[] {
  if (!isDynamicPattern(rel)) return [rel];
  if (rel.split('/').includes('..'))
    throw new YoyError('PATH_OUTSIDE_INPUT', `the glob "${rel}" leads outside the input directory`, manifestFile);
  const files = globSync([rel], { cwd: dir, onlyFiles: true, expandDirectories: false, dot: false });
  if (!files.length) throw new YoyError('FILE_MISSING', `no file matches "${rel}"`, path.join(dir, rel));
  return files.map(relPath).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Small inputs of their own for the tests that change a report or fill a cache of their own.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { cli, events, tmpdir, INPUT } from './helpers.js';

/**
 * A copy of the default input without the provincial, local and national reports, in a directory
 * of its own, for the tests that change a report or fill a cache of their own: the Shangcheng
 * district and the nation's communiqués and series files, two jurisdictions, so that a run of it
 * costs little more than node's start.
 */
export function smallInput(): string {
  const dir = tmpdir('yoy-input-');
  fs.cpSync(INPUT, dir, {
    recursive: true,
    filter: (src) => !/^(provinces-20\d\d|local|national)([/\\]|$)/.test(path.relative(INPUT, src)),
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.reports = manifest.reports.filter(
    (r: { path: string }) => !/^(provinces-20\d\d|local|national)\//.test(r.path),
  );
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** The release of an input, built by the CLI, and where it is. */
export function release(input: string, args: string[]): string {
  const out = path.join(tmpdir(), 'release');
  const r = cli(['--input', input, '--output', out, ...args]);
  expect(r.status, r.stderr).toBe(0);
  return out;
}

export const reportEvents = (stdout: string) => events(stdout).filter((e) => e.event === 'report');

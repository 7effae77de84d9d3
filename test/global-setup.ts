// Once per test run, before any test file: a directory of its own for everything
// the tests write, and the default release built by the real CLI into it — the
// shared fixture of every test that only reads a release. At the end, the
// directory is removed. The state of the project's own output/ and top level is
// recorded first, so that every test file can check it left them alone
// (test/hermetic.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { projectState } from './project-state.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the run's temporary directory: every test's files, caches and releases go under it */
    tmpRoot: string;
    /** the default release (views included), built once by the CLI with a cold cache in UTC */
    release: string;
    /** what that CLI run printed: its progress (stderr), then its summary (stdout) */
    releaseLog: string;
    /** the project's output/ and top level before any test ran (test/project-state.ts) */
    projectState: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'start.js');

export default function setup(project: TestProject) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (node scripts/build.mjs; npm test does)`);
  project.provide('projectState', projectState());
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-tests-'));
  const release = path.join(tmpRoot, 'fixture', 'release');
  const r = spawnSync(
    process.execPath,
    [CLI, '--output', release, '--cache-dir', path.join(tmpRoot, 'fixture', 'cache')],
    {
      cwd: tmpRoot,
      // UTC and the C locale, so that a run in another time zone and locale (test/cli.test.ts) can differ only by a bug
      env: { ...process.env, CI: 'true', TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TMPDIR: tmpRoot },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (r.status !== 0) throw new Error(`the shared release fixture could not be built (exit ${r.status}):\n${r.stderr}`);
  project.provide('tmpRoot', tmpRoot);
  project.provide('release', release);
  project.provide('releaseLog', r.stderr + r.stdout);

  return () => {
    if (!process.env.YOY_KEEP_TEST_TMP) fs.rmSync(tmpRoot, { recursive: true, force: true });
  };
}

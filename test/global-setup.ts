// Once per test run, before any test file: a directory of its own for everything
// the tests write, and the default release built by the real CLI into it — the
// shared fixture of every test that only reads a release. It is built cold, from a
// copy of input/ elsewhere, in UTC+14 and Turkish, so that test/cli.test.ts can
// check the committed output/ (built in UTC and the C locale) against it byte for
// byte: a label that depends on the time zone or the locale, a workbook dated by
// the clock or a path in the release cannot pass. At the end, the directory is
// removed. The state of the project's own output/ and top level is recorded
// first, so that every test file can check it left them alone (test/hermetic.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { projectState } from './project-state.js';
import { writeShangchengInput } from './shangcheng-input.js';
import { NODE_FLAGS } from '../pipeline/cli/node-options.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the run's temporary directory: every test's files, caches and releases go under it */
    tmpRoot: string;
    /** the default release (views included), built once by the CLI with a cold cache, from a copy of input/, in UTC+14 and Turkish */
    release: string;
    /** what that CLI run printed: its progress (stderr), then its summary (stdout) */
    releaseLog: string;
    /** the release of the Shangcheng reports alone (test/shangcheng-input.ts), views left out: a good release to start from */
    smallRelease: string;
    /** the project's output/ and top level before any test ran (test/project-state.ts) */
    projectState: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'start.js');

/** A release built by the real CLI, with node's options as the npm scripts give them: its output, or an error naming what. */
function buildRelease(what: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): string {
  const r = spawnSync(process.execPath, [...NODE_FLAGS, CLI, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`${what} could not be built (exit ${r.status}):\n${r.stderr}`);
  return r.stderr + r.stdout;
}

export default function setup(project: TestProject) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it first (node scripts/build.mjs; npm test does)`);
  project.provide('projectState', projectState());
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-tests-'));
  const release = path.join(tmpRoot, 'fixture', 'release');
  const elsewhere = path.join(tmpRoot, 'fixture', 'input');
  fs.cpSync(path.join(ROOT, 'input'), elsewhere, { recursive: true });
  const releaseLog = buildRelease(
    'the shared release fixture',
    ['--input', elsewhere, '--output', release, '--cache-dir', path.join(tmpRoot, 'fixture', 'cache')],
    {
      ...process.env,
      CI: 'true',
      TZ: 'Pacific/Kiritimati',
      LANG: 'tr_TR.UTF-8',
      LC_ALL: 'tr_TR.UTF-8',
      TMPDIR: tmpRoot,
    },
    tmpRoot,
  );
  // the small release, in the environment of the tests' own runs (test/helpers.ts cliEnv)
  const smallRelease = path.join(tmpRoot, 'fixture', 'small-release');
  const smallInput = writeShangchengInput(path.join(ROOT, 'input'), path.join(tmpRoot, 'fixture', 'small-input'));
  buildRelease(
    'the small release',
    ['--input', smallInput, '--output', smallRelease, '--no-cache', '--no-views'],
    { ...process.env, CI: 'true', TMPDIR: tmpRoot },
    tmpRoot,
  );
  project.provide('tmpRoot', tmpRoot);
  project.provide('smallRelease', smallRelease);
  project.provide('release', release);
  project.provide('releaseLog', releaseLog);

  return () => {
    if (!process.env.YOY_KEEP_TEST_TMP) fs.rmSync(tmpRoot, { recursive: true, force: true });
  };
}

// The cache lives in the user's cache directory, not in the project or the current
// directory: a run without --cache-dir, with HOME and XDG_CACHE_HOME set to a temporary
// folder, writes its cache there, its output where it is told, and nothing else —
// the project's files and the current directory are as they were.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cliEnv, events, tmpdir, shangchengInput, CLI, ROOT, FIXTURE_CACHE } from './helpers.js';

/** Every file and folder of the project with its modification time (but node_modules/, .git and the page test's artifacts). */
function projectListing(): string[] {
  const skip = new Set(['node_modules', '.git', path.join('test', 'artifacts')]);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const r = path.join(rel, d.name);
      if (skip.has(r)) continue;
      out.push(`${r} ${fs.statSync(path.join(ROOT, r)).mtimeMs}`);
      if (d.isDirectory()) walk(r);
    }
  };
  walk('');
  return out.sort();
}

/** The real CLI with no --cache-dir, in `cwd`, with only HOME (and XDG_CACHE_HOME if given) saying where the user's files are. */
function runWithHome(cwd: string, env: Record<string, string>, out: string, input: string | null = shangchengInput()) {
  const base = cliEnv();
  delete base.XDG_CACHE_HOME;
  const args = [...(input ? ['--input', input] : []), '--output', out, '--no-views', '--json'];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...base, INIT_CWD: cwd, ...env },
    encoding: 'utf8',
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return events(r.stdout).filter((e) => e.event === 'report');
}

const files = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => fs.statSync(path.join(dir, n)).isFile());

describe('where the cache lives', () => {
  it('$XDG_CACHE_HOME/yoy: the project and the current directory are left as they were', () => {
    const home = tmpdir('yoy-home-');
    const cwd = tmpdir('yoy-cwd-');
    const out = path.join(tmpdir(), 'release');
    const input = shangchengInput();
    const before = projectListing();
    const first = runWithHome(cwd, { HOME: home, XDG_CACHE_HOME: path.join(home, 'xdg') }, out, input);
    expect(first.every((e) => !e.cached && !e.jurisdiction_cached)).toBe(true);
    expect(projectListing()).toEqual(before);
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(fs.existsSync(path.join(ROOT, '.yoy-cache'))).toBe(false);
    // the cache is where the user's cache directory says, and only there under HOME
    expect(files(path.join(home, 'xdg', 'yoy')).length).toBeGreaterThan(0);
    expect(fs.readdirSync(home)).toEqual(['xdg']);
    // a second run into the same output (its lock, its temporary release) leaves nothing either
    runWithHome(cwd, { HOME: home, XDG_CACHE_HOME: path.join(home, 'xdg') }, out, input);
    // nor does the project's own input, run from the project as npm start runs it: with a copy of the shared
    // release's cache in that user's cache directory, every report is taken from there (a cold run of the
    // default input costs the suite seven seconds, and the first run above showed where a cold one writes)
    const user = tmpdir('yoy-home-');
    fs.cpSync(FIXTURE_CACHE, path.join(user, 'xdg', 'yoy'), { recursive: true });
    const own = runWithHome(
      ROOT,
      { HOME: user, XDG_CACHE_HOME: path.join(user, 'xdg') },
      path.join(tmpdir(), 'release'),
      null,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((e) => !e.cached)).toEqual([]);
    expect(projectListing()).toEqual(before);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('without XDG_CACHE_HOME, ~/.cache/yoy', () => {
    const home = tmpdir('yoy-home-');
    const cwd = tmpdir('yoy-cwd-');
    runWithHome(cwd, { HOME: home }, path.join(tmpdir(), 'release'));
    expect(files(path.join(home, '.cache', 'yoy')).length).toBeGreaterThan(0);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('--cache-dir still puts it where it says, and nothing goes to the user cache directory', () => {
    const home = tmpdir('yoy-home-');
    const cache = tmpdir('yoy-cache-');
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        '--input',
        shangchengInput(),
        '--output',
        path.join(tmpdir(), 'release'),
        '--no-views',
        '--cache-dir',
        cache,
      ],
      { cwd: tmpdir(), env: { ...cliEnv(), HOME: home, XDG_CACHE_HOME: path.join(home, 'xdg') }, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(files(cache).length).toBeGreaterThan(0);
    expect(fs.readdirSync(home)).toEqual([]);
  });
});

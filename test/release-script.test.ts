// npm run release (scripts/release.mjs, written with zx) on a temporary copy: an input
// built from the real Shangcheng reports and an output of its own. The first run makes
// a release, the second finds nothing new and leaves it as it is; a changed report
// makes a release again, with changes.csv and RELEASE_NOTES.md beside it; then nothing
// is new again (the notes are not taken for a stale release). And the scheduled
// workflow that runs it, read from the real file.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { YAML } from 'zx';
import { cliEnv, differences, snapshot, tmpdir, shangchengInput, ROOT } from './helpers.js';

const SCRIPT = path.join(ROOT, 'scripts', 'release.mjs');

function release(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: tmpdir('yoy-cwd-'),
    env: cliEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run release', () => {
  it('releases, finds nothing new, releases again when a report changes, with its changes and notes', () => {
    const input = shangchengInput();
    const out = path.join(tmpdir(), 'release');
    // a data release (the views are tested on their own, and would triple the time)
    const args = ['--input', input, '--output', out, '--cache-dir', tmpdir('yoy-cache-'), '--no-views'];

    const first = release(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^released: 2 reports, \d+ observations/m);
    expect(fs.existsSync(path.join(out, 'bundle.json'))).toBe(true);
    expect(fs.readFileSync(path.join(out, 'RELEASE_NOTES.md'), 'utf8')).toContain('The first release of this input');
    expect(fs.existsSync(path.join(out, 'changes.csv'))).toBe(false);
    const made = snapshot(out);

    const second = release(args);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(`nothing new: ${out} is up to date with ${input}\n`);
    expect(differences(snapshot(out), made)).toEqual([]);

    // the 2016 report restates 2015's GDP growth lower, under the 7.5% target
    const file = path.join(input, 'shangcheng-2016-excerpt.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('同比增长9.2%', '同比增长7.2%'));
    const third = release(args);
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/^released: 2 reports, .*missed 1/m);
    const notes = fs.readFileSync(path.join(out, 'RELEASE_NOTES.md'), 'utf8');
    expect(notes).toContain(
      'Since the last release: 0 observations added, 0 removed, 1 changed; 1 target statuses flipped.',
    );
    expect(notes).toMatch(/status_flipped shangcheng gdp growth 2015: met .* → missed/);
    // no temporary path of this machine
    expect(notes).not.toMatch(/yoy-last-release-|files in /);
    const changes = fs.readFileSync(path.join(out, 'changes.csv'), 'utf8');
    expect(changes).toContain('status_flipped,targets_vs_actuals,shangcheng gdp growth 2015');
    expect(fs.readFileSync(path.join(out, 'observations.csv'), 'utf8')).toContain('同比增长7.2%');

    const fourth = release(args);
    expect(fourth.status, fourth.stderr).toBe(0);
    expect(fourth.stdout).toMatch(/^nothing new: /);
    // nothing left beside the release: no temporary copy, no lock
    expect(fs.readdirSync(path.dirname(out))).toEqual(['release']);
  });

  it('bad data: exit 1 with the file named, and the last release left as it was', () => {
    const input = shangchengInput();
    const out = path.join(tmpdir(), 'release');
    const args = ['--input', input, '--output', out, '--cache-dir', tmpdir('yoy-cache-'), '--no-views'];
    expect(release(args).status).toBe(0);
    const made = snapshot(out);
    fs.writeFileSync(path.join(input, 'shangcheng-2016-excerpt.txt'), '');
    const r = release(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/shangcheng-2016-excerpt\.txt: FILE_EMPTY/);
    expect(differences(snapshot(out), made)).toEqual([]);
  });

  it('a wrong option: one line, exit 2', () => {
    const r = release(['--inptu', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("yoy release: USAGE: Unknown option '--inptu'\nsee npm run release -- --help\n");
  });

  it('is npm run release, and the workflow runs it on a schedule and commits and publishes what it made', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.release).toBe('node scripts/release.mjs');
    expect(pkg.dependencies.zx).toBeDefined();
    const flow = YAML.parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'));
    const cron: string = flow.on.schedule[0].cron;
    expect(cron.split(' ')).toHaveLength(5);
    expect(flow.permissions.contents).toBe('write');
    const steps: Array<{ run?: string; uses?: string }> = flow.jobs.release.steps;
    const at = (f: (s: { run?: string; uses?: string }) => boolean) => steps.findIndex(f);
    const ci = at((s) => s.run === 'npm ci');
    const run = at((s) => s.run === 'npm run release');
    const publish = at((s) => /git commit[\s\S]*git push[\s\S]*gh release create/.test(s.run ?? ''));
    expect(ci).toBeGreaterThan(-1);
    expect(run).toBeGreaterThan(ci);
    expect(publish).toBeGreaterThan(run);
    expect(steps[publish].run).toContain('--notes-file output/RELEASE_NOTES.md');
  });
});

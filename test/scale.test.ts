// Parallel and incremental runs give the same release as a plain one: the shared
// release (built by one thread with a cold cache), without its views, since these
// runs skip them.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  cli,
  cliArgs,
  cliEnv,
  differences,
  events,
  snapshot,
  tmpdir,
  shangchengInput,
  RELEASE,
  DEFAULT_REPORTS,
  TMP_ROOT,
} from './helpers.js';
import { autoJobs } from '../pipeline/run/index.js';
import { loadInput } from '../pipeline/load/index.js';
import { smallInput, release } from './small-input.js';

/**
 * A file's stat signature is trusted once it has been quiet for two seconds (load/stat-signature.ts):
 * the tests that need their copied files trusted wait until then, as a user's files are.
 */
const quietSince = (copiedAt: number) => new Promise((r) => setTimeout(r, Math.max(0, copiedAt + 2100 - Date.now())));

describe('--jobs and the cache never change a result', () => {
  // copied when the file is collected, so that the tests before it use up the quiet time
  const damagedInput = smallInput();
  const damagedAt = Date.now();
  let plain: Map<string, Buffer>;
  let cacheDir: string;
  beforeAll(() => {
    plain = snapshot(RELEASE);
    plain.delete('report.html');
    plain.delete('yoy.xlsx');
    cacheDir = tmpdir('yoy-cache-');
  });

  it('--jobs 2 with an empty cache gives the bytes of one thread, and a cached re-run the same, every report from the cache', () => {
    const first = path.join(tmpdir(), 'release');
    expect(cli(['--output', first, '--cache-dir', cacheDir, '--jobs', '2']).status).toBe(0);
    const second = path.join(tmpdir(), 'release');
    const r = cli(['--output', second, '--cache-dir', cacheDir, '--json']);
    expect(r.status).toBe(0);
    const reports = events(r.stdout).filter((e) => e.event === 'report');
    expect(reports.length).toBe(DEFAULT_REPORTS);
    expect(reports.every((e) => e.cached)).toBe(true);
    expect(differences(snapshot(first), plain)).toEqual([]);
    expect(differences(snapshot(second), plain)).toEqual([]);
  });

  it('a damaged cache entry is recomputed, not trusted', async () => {
    // its own cache, filled from a small input, and that input's release without a cache to compare with;
    // a file's stat signature is trusted once it has been quiet for two seconds (run/cache): wait, as a user's files are
    const input = damagedInput;
    await quietSince(damagedAt);
    const cacheDir = tmpdir('yoy-cache-');
    const plain = snapshot(release(input, ['--no-cache']));
    release(input, ['--cache-dir', cacheDir]);
    const { reports } = loadInput(input, { maxFileBytes: 200e6 });
    const entries = (fs.readdirSync(cacheDir, { recursive: true }) as string[])
      .map((f) => path.join(cacheDir, f))
      .filter((f) => fs.statSync(f).isFile());
    // the stat signatures, one pack of the jurisdictions' fragments (holding their reports' extractions) and two indexes
    expect(entries.filter((f) => f.endsWith('.pack')).length).toBe(1);
    expect(entries.filter((f) => f.endsWith('.json')).length).toBe(3);
    const unitIndex = entries.find((f) => f.endsWith('index.json') && f.includes(`${path.sep}units${path.sep}`))!;
    const index = entries.find((f) => f.endsWith('index.json') && f.includes(`${path.sep}reports${path.sep}`))!;
    expect(Object.keys(JSON.parse(fs.readFileSync(unitIndex, 'utf8')).places).length).toBe(
      new Set(reports.map((r) => r.meta.jurisdiction)).size,
    );
    expect(Object.keys(JSON.parse(fs.readFileSync(index, 'utf8')).places).length).toBe(reports.length);
    const rotate = (file: string) => {
      const places = JSON.parse(fs.readFileSync(file, 'utf8')).places as Record<string, unknown>;
      const keys = Object.keys(places);
      fs.writeFileSync(
        file,
        JSON.stringify({ places: Object.fromEntries(keys.map((k, i) => [k, places[keys[(i + 1) % keys.length]]])) }),
      );
    };
    // an index that points every jurisdiction at another one's fragment: each is refused by its own key,
    // and its reports are taken from the reports' index instead
    rotate(unitIndex);
    const units = cli([
      '--input',
      input,
      '--output',
      path.join(tmpdir(), 'release'),
      '--cache-dir',
      cacheDir,
      '--json',
    ]);
    expect(units.status, units.stderr).toBe(0);
    expect(events(units.stdout).filter((e) => e.event === 'report' && e.jurisdiction_cached)).toEqual([]);
    expect(events(units.stdout).filter((e) => e.event === 'report' && !e.cached)).toEqual([]);
    // an index that points every report at another report's entry: each is refused by its own key.
    // (Another tolerance, so no jurisdiction's fragment serves and every report is looked up.)
    rotate(index);
    const args = ['--input', input, '--cache-dir', cacheDir, '--json', '--tolerance-pp', '0.3'];
    const wrong = cli(['--output', path.join(tmpdir(), 'release'), ...args]);
    expect(wrong.status, wrong.stderr).toBe(0);
    expect(wrong.stdout.split('\n').filter((l) => l.includes('"cached":true'))).toEqual([]);
    // that run put the index right: the same settings again take every report from it
    const right = path.join(tmpdir(), 'release');
    const again = cli(['--output', right, ...args, '--tolerance-pp', '0.4']);
    expect(again.status, again.stderr).toBe(0);
    expect(events(again.stdout).filter((e) => e.event === 'report' && !e.cached)).toEqual([]);
    const fresh = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', fresh, '--no-cache', '--tolerance-pp', '0.4']).status).toBe(0);
    expect(differences(snapshot(right), snapshot(fresh))).toEqual([]);
    for (const e of (fs.readdirSync(cacheDir, { recursive: true }) as string[])
      .map((f) => path.join(cacheDir, f))
      .filter((f) => fs.statSync(f).isFile()))
      fs.writeFileSync(e, '{"ok": true, "observations": [');
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out, '--cache-dir', cacheDir, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('"cached":true'))).toEqual([]);
    expect(differences(snapshot(out), plain)).toEqual([]);
  });
});

describe('a cache shared by runs at the same time', () => {
  const sharedInput = smallInput();
  const sharedAt = Date.now();
  it('serves both, and the next run takes everything from it and removes the pack its index left out', async () => {
    const cacheDir = tmpdir('yoy-cache-');
    const input = sharedInput;
    await quietSince(sharedAt);
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, cliArgs(['--input', input, '--cache-dir', cacheDir]), {
          cwd: TMP_ROOT,
          env: cliEnv(),
        });
        child.on('exit', (code) => resolve(code));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const gen = path.join(cacheDir, 'units', fs.readdirSync(path.join(cacheDir, 'units'))[0]);
    const packs = () => fs.readdirSync(gen).filter((n) => n.endsWith('.pack'));
    // a pack each, unless one run found the other's index already saved when it began
    expect(packs().length).toBeGreaterThanOrEqual(1);
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--input', input, '--output', out, '--cache-dir', cacheDir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(events(r.stdout).filter((e) => e.event === 'report' && !e.jurisdiction_cached)).toEqual([]);
    // the index kept one run's pack; another, written before this run began, is removed
    expect(packs().length).toBe(1);
    expect(differences(snapshot(out), snapshot(release(input, ['--no-cache'])))).toEqual([]);
  });
});

describe('the cache stays bounded', () => {
  it('keeps the three most recently used generations of each kind', () => {
    const cacheDir = tmpdir('yoy-cache-');
    const input = shangchengInput();
    // each tolerance is a different setting, so a different generation of jurisdiction fragments
    for (const pp of ['0.1', '0.2', '0.3', '0.4']) {
      const r = cli(['--input', input, '--cache-dir', cacheDir, '--tolerance-pp', pp]);
      expect(r.status, r.stderr).toBe(0);
    }
    expect(fs.readdirSync(path.join(cacheDir, 'units')).length).toBe(3);
    // the reports' extraction does not depend on the tolerance: one generation, reused
    expect(fs.readdirSync(path.join(cacheDir, 'reports')).length).toBe(1);
  });
});

describe('--jobs auto', () => {
  it('takes one worker per 300 MB of reports, up to the cores, and none below 600 MB', () => {
    expect(autoJobs(1.3e6, 2)).toBe(1);
    expect(autoJobs(60e6, 2)).toBe(1);
    expect(autoJobs(101e6, 2)).toBe(1);
    expect(autoJobs(301e6, 2)).toBe(1);
    expect(autoJobs(599e6, 2)).toBe(1);
    expect(autoJobs(601e6, 2)).toBe(2);
    expect(autoJobs(2e9, 2)).toBe(2);
    expect(autoJobs(2e9, 8)).toBe(6);
    expect(autoJobs(3e9, 8)).toBe(8);
  });

  it('says what it chose (one thread here) and refuses a count that is not a number', () => {
    // a small input: the plan is the same for the default one (--jobs 2 above gives its bytes, without a cache)
    const input = smallInput();
    const r = cli(['--input', input, '--no-cache', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const { reports } = loadInput(input, { maxFileBytes: 200e6 });
    const plan = events(r.stdout).find((e) => e.event === 'plan');
    expect(plan).toMatchObject({
      reports: reports.length,
      jurisdictions: new Set(reports.map((x) => x.meta.jurisdiction)).size,
      jobs: 1,
    });
    const bad = cli(['--jobs', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--jobs/);
  });
});

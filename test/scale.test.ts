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
  sentenceWith,
  seed,
  shangchengInput,
  INPUT,
  RELEASE,
  DEFAULT_REPORTS,
  DEFAULT_JURISDICTIONS,
  TMP_ROOT,
} from './helpers.js';
import { autoJobs } from '../pipeline/run/index.js';
import { loadInput } from '../pipeline/load/index.js';

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

/**
 * A copy of the default input without the provincial, local and national reports, in a directory
 * of its own, for the tests that change a report or fill a cache of their own: the Shangcheng
 * district and the nation's communiqués and series files, two jurisdictions, so that a run of it
 * costs little more than node's start.
 */
function smallInput(): string {
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
function release(input: string, args: string[]): string {
  const out = path.join(tmpdir(), 'release');
  const r = cli(['--input', input, '--output', out, ...args]);
  expect(r.status, r.stderr).toBe(0);
  return out;
}

const reportEvents = (stdout: string) => events(stdout).filter((e) => e.event === 'report');

describe('a re-run after one report changes', () => {
  // a file's stat signature is only trusted once it has been quiet for two seconds: these
  // inputs are copied when the file is collected, so the tests before them use up the wait
  const inputs = [smallInput(), smallInput(), smallInput(), smallInput()];
  const copiedAt = Date.now();
  const quiet = () => new Promise((r) => setTimeout(r, Math.max(0, copiedAt + 2100 - Date.now())));

  it('runs again only what the change touches, and gives the bytes of a full run', async () => {
    const input = inputs[0];
    await quiet();
    const cacheDir = tmpdir('yoy-cache-');
    const out = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', out, '--cache-dir', cacheDir]).status).toBe(0);
    // a real sentence of the 2015 report, added to the 2016 excerpt
    fs.appendFileSync(
      path.join(input, 'shangcheng-2016-excerpt.txt'),
      `\n${sentenceWith(seed, '全区实现地区生产总值')}\n`,
    );
    const r = cli(['--input', input, '--output', out, '--cache-dir', cacheDir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const events = reportEvents(r.stdout);
    // the changed report is extracted again; its neighbour comes from the report cache; the nation is not touched
    expect(events.filter((e) => !e.cached).map((e) => e.id)).toEqual(['shangcheng-2016']);
    expect(events.filter((e) => !e.jurisdiction_cached).map((e) => e.id)).toEqual([
      'shangcheng-2015',
      'shangcheng-2016',
    ]);
    const full = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', full, '--no-cache']).status).toBe(0);
    expect(differences(snapshot(out), snapshot(full))).toEqual([]);
    // and the change is in the release
    const obs = fs.readFileSync(path.join(out, 'observations.csv'), 'utf8');
    expect(
      obs.split('\n').filter((l) => l.startsWith('shangcheng-2016,') && l.includes('807.62')).length,
    ).toBeGreaterThan(0);
  });

  it('finds a corpus copied anew by its bytes: new files, no signature yet, every jurisdiction from the cache', () => {
    // no wait: a file written in the last two seconds has no signature, and a copy has new inodes
    const input = smallInput();
    const cacheDir = tmpdir('yoy-cache-');
    const out = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', out, '--cache-dir', cacheDir]).status).toBe(0);
    const copy = path.join(tmpdir(), 'input');
    fs.cpSync(input, copy, { recursive: true });
    const again = path.join(tmpdir(), 'release');
    const r = cli(['--input', copy, '--output', again, '--cache-dir', cacheDir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const events = reportEvents(r.stdout);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => !e.jurisdiction_cached)).toEqual([]);
    expect(differences(snapshot(again), snapshot(out))).toEqual([]);
  });

  it('keeps what a failed run computed: the next run takes those jurisdictions from the cache', async () => {
    const input = inputs[2];
    await quiet();
    const cacheDir = tmpdir('yoy-cache-');
    // the last jurisdiction's report made unreadable: the run fails when it comes to it
    const { reports } = loadInput(input, { maxFileBytes: 200e6 });
    const last = reports[reports.length - 1].meta;
    const file = path.join(input, last.path);
    const text = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.alloc(4096));
    const failed = cli(['--input', input, '--cache-dir', cacheDir]);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain(last.path);
    fs.writeFileSync(file, text);
    const r = cli(['--input', input, '--cache-dir', cacheDir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const fresh = reportEvents(r.stdout).filter((e) => !e.jurisdiction_cached);
    expect(new Set(fresh.map((e) => e.id))).toEqual(
      new Set(reports.filter((x) => x.meta.jurisdiction === last.jurisdiction).map((x) => x.meta.id)),
    );
    // a pack that no place points at (a run that was killed) is removed by the next run
    const units = path.join(cacheDir, 'units');
    const gen = path.join(units, fs.readdirSync(units)[0]);
    const stray = path.join(gen, 'stray-1-00000000.pack');
    fs.writeFileSync(stray, 'x');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(stray, old, old);
    expect(cli(['--input', input, '--cache-dir', cacheDir]).status).toBe(0);
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.readdirSync(gen).filter((n) => n.endsWith('.pack')).length).toBeGreaterThan(0);
  });

  it('keeps the extractions of a jurisdiction whose other report was skipped (--keep-going)', async () => {
    const input = inputs[3];
    await quiet();
    const cacheDir = tmpdir('yoy-cache-');
    fs.writeFileSync(path.join(input, 'shangcheng-2016-excerpt.txt'), Buffer.alloc(4096));
    const args = ['--input', input, '--cache-dir', cacheDir, '--keep-going', '--json'];
    // the release is written; the exit status says a report was skipped
    const first = cli(args);
    expect(first.status, first.stderr).toBe(1);
    expect(events(first.stdout).filter((e) => e.event === 'skipped').length).toBe(1);
    // the jurisdiction is run again (its fragment is not reused whole), but its good report comes from the cache
    // and so again: the pack that holds only that jurisdiction's entries is kept for them
    const shangcheng = () =>
      reportEvents(cli(args).stdout)
        .filter((e) => String(e.id).startsWith('shangcheng-'))
        .map((e) => [e.id, e.cached, e.jurisdiction_cached]);
    expect(shangcheng()).toEqual([['shangcheng-2015', true, false]]);
    expect(shangcheng()).toEqual([['shangcheng-2015', true, false]]);
    // a run of another input on the same cache, which points no unit at that pack, keeps it for its entries
    const other = path.join(tmpdir('yoy-input-'), 'input');
    fs.cpSync(input, other, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(other, 'manifest.json'), 'utf8'));
    manifest.reports = manifest.reports.filter((r: { jurisdiction: string }) => r.jurisdiction !== 'shangcheng');
    fs.writeFileSync(path.join(other, 'manifest.json'), JSON.stringify(manifest));
    expect(cli(['--input', other, '--cache-dir', cacheDir]).status).toBe(0);
    expect(shangcheng()).toEqual([['shangcheng-2015', true, false]]);
  });

  it('sees a change that keeps the size and the modification time (the change time gives it away)', async () => {
    const input = inputs[1];
    const file = path.join(input, 'shangcheng-2016-excerpt.txt');
    await quiet();
    const cacheDir = tmpdir('yoy-cache-');
    const out = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', out, '--cache-dir', cacheDir]).status).toBe(0);
    const stats = JSON.parse(fs.readFileSync(path.join(cacheDir, 'stat.json'), 'utf8')).entries;
    expect(Object.keys(stats).some((k) => k.endsWith('shangcheng-2016-excerpt.txt'))).toBe(true);
    // the same bytes but one figure, written back with the old modification time
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    const changed = text.replace(/(\d)(\.\d+亿元)/, (_, d, rest) => `${(Number(d) + 1) % 10}${rest}`);
    expect(changed).not.toBe(text);
    expect(Buffer.byteLength(changed)).toBe(before.size);
    fs.writeFileSync(file, changed);
    fs.utimesSync(file, before.atime, before.mtime);
    const r = cli(['--input', input, '--output', out, '--cache-dir', cacheDir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(
      reportEvents(r.stdout)
        .filter((e) => !e.cached)
        .map((e) => e.id),
    ).toEqual(['shangcheng-2016']);
    const full = path.join(tmpdir(), 'release');
    expect(cli(['--input', input, '--output', full, '--no-cache']).status).toBe(0);
    expect(differences(snapshot(out), snapshot(full))).toEqual([]);
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

  it('says what it chose (one thread here), gives the same bytes without a cache (--no-views: the data release, byte for byte), and refuses a count that is not a number', () => {
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--output', out, '--no-cache', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const plan = events(r.stdout).find((e) => e.event === 'plan');
    expect(plan).toMatchObject({ reports: DEFAULT_REPORTS, jurisdictions: DEFAULT_JURISDICTIONS, jobs: 1 });
    const shared = snapshot(RELEASE);
    shared.delete('report.html');
    shared.delete('yoy.xlsx');
    expect(differences(snapshot(out), shared)).toEqual([]);
    const bad = cli(['--jobs', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--jobs/);
  });
});

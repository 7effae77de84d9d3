// A re-run after one report changes takes the rest from the cache and gives the bytes of a
// full run; what a failed or partial run computed is kept; a corpus copied anew is found by its
// bytes. (Split from scale.test.ts so that the two files run side by side.)
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cli, differences, events, snapshot, tmpdir, sentenceWith, seed } from './helpers.js';
import { loadInput } from '../pipeline/load/index.js';
import { smallInput, reportEvents } from './small-input.js';

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

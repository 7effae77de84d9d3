// Parallel and incremental runs give the same release as a plain one.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { cli, snapshot, tmpdir } from './helpers.js';

describe('--jobs and the cache never change a result', () => {
  let plain: Map<string, Buffer>;
  let cacheDir: string;
  beforeAll(() => {
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--output', out, '--jobs', '1', '--no-cache']);
    expect(r.status, r.stderr).toBe(0);
    plain = snapshot(out);
    cacheDir = tmpdir('yoy-cache-');
  });

  it('--jobs 2 gives the same bytes as --jobs 1', () => {
    const out = path.join(tmpdir(), 'release');
    expect(cli(['--output', out, '--jobs', '2', '--no-cache']).status).toBe(0);
    expect(snapshot(out)).toEqual(plain);
  });

  it('a cached re-run gives the same bytes, and reads every report from the cache', () => {
    const first = path.join(tmpdir(), 'release');
    expect(cli(['--output', first, '--cache-dir', cacheDir, '--jobs', '2']).status).toBe(0);
    const second = path.join(tmpdir(), 'release');
    const r = cli(['--output', second, '--cache-dir', cacheDir, '--json']);
    expect(r.status).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const reports = events.filter((e) => e.event === 'report');
    expect(reports.length).toBe(24);
    expect(reports.every((e) => e.cached)).toBe(true);
    expect(snapshot(first)).toEqual(plain);
    expect(snapshot(second)).toEqual(plain);
  });

  it('a damaged cache entry is recomputed, not trusted', () => {
    const entries = (fs.readdirSync(cacheDir, { recursive: true }) as string[]).map((f) => path.join(cacheDir, f)).filter((f) => fs.statSync(f).isFile());
    // the stat signatures, one fragment per jurisdiction and one extraction per report
    expect(entries.filter((f) => f.endsWith('.frag')).length).toBe(2);
    expect(entries.filter((f) => f.endsWith('.json')).length).toBe(25);
    for (const e of entries) fs.writeFileSync(e, '{"ok": true, "observations": [');
    const out = path.join(tmpdir(), 'release');
    const r = cli(['--output', out, '--cache-dir', cacheDir, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('"cached":true'))).toEqual([]);
    expect(snapshot(out)).toEqual(plain);
  });
});

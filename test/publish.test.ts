// Publishing under a lock (proper-lockfile) and writing files whole (write-file-atomic),
// each through the real CLI: a live run keeps others out, a dead one does not —
// even a zombie that kill(pid, 0) still sees.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { cli, cliArgs, cliEnv, tmpdir, shangchengInput, TMP_ROOT } from './helpers.js';
import { writeAtomic } from '../pipeline/core/atomic.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const linux = process.platform === 'linux';

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  for (const t0 = Date.now(); !ok(); await sleep(25))
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting until ${what}`);
}

/** The process's state letter from /proc (R, S, Z …), or undefined when it is gone. */
function procState(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

/** True once the run writing `out` holds its lock and has reached emit (its temporary release has files). */
function inEmit(out: string): boolean {
  const parent = path.dirname(out);
  if (!fs.existsSync(path.join(`${out}.lock`, 'owner.json'))) return false;
  const tmp = fs.readdirSync(parent).find((n) => n.startsWith(`${path.basename(out)}.tmp-`));
  return Boolean(tmp && fs.readdirSync(path.join(parent, tmp)).length);
}

const holderEnv = cliEnv({ YOY_EMIT_PAUSE_MS: '1500' });

describe('the output lock', () => {
  it('a second run fails with OUTPUT_LOCKED naming the live holder and the lock, and leaves the output alone', async () => {
    const input = shangchengInput();
    const out = path.join(tmpdir(), 'release');
    const holder = spawn(process.execPath, cliArgs(['--input', input, '--output', out]), {
      cwd: TMP_ROOT,
      env: holderEnv,
      stdio: 'ignore',
    });
    try {
      await until('the first run is in emit', () => inEmit(out));
      const r = cli(['--input', input, '--output', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`OUTPUT_LOCKED: another run (pid ${holder.pid}) is writing this output`);
      expect(r.stderr).toContain(`The lock is ${out}.lock`);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.on('exit', r));
    }
  });

  it.runIf(linux)(
    'a zombie holder — SIGKILLed, never reaped, still seen by kill(pid, 0) — does not block the next run',
    async () => {
      const input = shangchengInput();
      const out = path.join(tmpdir(), 'release');
      // sh starts the CLI in the background, prints its pid and becomes `sleep`, which never
      // waits for a child: once killed, the CLI stays a zombie, as under a container without init
      const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      const parent: ChildProcess = spawn(
        'sh',
        [
          '-c',
          `${[process.execPath, ...cliArgs(['--input', input, '--output', out])].map(q).join(' ')} >/dev/null 2>&1 & echo $!; exec sleep 120`,
        ],
        { cwd: TMP_ROOT, env: holderEnv, stdio: ['ignore', 'pipe', 'ignore'] },
      );
      try {
        const pid = await new Promise<number>((resolve) =>
          parent.stdout!.once('data', (d) => resolve(Number(String(d).trim()))),
        );
        expect(pid).toBeGreaterThan(0);
        await until('the first run is in emit', () => inEmit(out));
        process.kill(pid, 'SIGKILL');
        await until('the killed run is a zombie', () => procState(pid) === 'Z');
        // what the old pid lock asked, and why it waited forever: the zombie answers as alive
        expect(() => process.kill(pid, 0)).not.toThrow();
        // and its lock is still there, naming it
        expect(JSON.parse(fs.readFileSync(path.join(`${out}.lock`, 'owner.json'), 'utf8')).pid).toBe(pid);

        const r = cli(['--input', input, '--output', out]);
        expect(r.status, r.stderr).toBe(0);
        expect(procState(pid), 'the holder was still a zombie during the run').toBe('Z');
        expect(fs.existsSync(path.join(out, 'bundle.json'))).toBe(true);
        expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['release']); // lock and temporary release gone
      } finally {
        parent.kill('SIGKILL'); // the zombie goes to init (or the nearest subreaper), which reaps it
        await new Promise((r) => parent.on('exit', r));
      }
    },
  );

  it.runIf(linux)('a lock whose pid now belongs to another process (a later start time) is taken over', () => {
    const input = shangchengInput();
    const out = path.join(tmpdir(), 'release');
    // this test's own process is alive, but it is not the process that took the lock
    fs.mkdirSync(`${out}.lock`);
    fs.writeFileSync(
      path.join(`${out}.lock`, 'owner.json'),
      JSON.stringify({ pid: process.pid, host: os.hostname(), start: '1' }),
    );
    const r = cli(['--input', input, '--output', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(`${out}.lock`)).toBe(false);
  });

  it("a lock held from another host is respected while fresh and taken over once stale (proper-lockfile's mtime)", () => {
    const input = shangchengInput();
    const out = path.join(tmpdir(), 'release');
    fs.mkdirSync(`${out}.lock`);
    fs.writeFileSync(path.join(`${out}.lock`, 'owner.json'), JSON.stringify({ pid: 4242, host: 'elsewhere.example' }));
    const fresh = cli(['--input', input, '--output', out]);
    expect(fresh.status).toBe(1);
    expect(fresh.stderr).toContain('OUTPUT_LOCKED: another run (pid 4242) on elsewhere.example is writing this output');
    // not refreshed for a minute: its holder is gone
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(`${out}.lock`, past, past);
    const stale = cli(['--input', input, '--output', out]);
    expect(stale.status, stale.stderr).toBe(0);
    expect(fs.existsSync(`${out}.lock`)).toBe(false);
  });
});

describe('files written whole', () => {
  it('writeAtomic makes its directory once, and again when it was removed since (another run cleaning the cache)', () => {
    const dir = path.join(tmpdir(), 'shard');
    writeAtomic(path.join(dir, 'a.json'), '1', { durable: false });
    fs.rmSync(dir, { recursive: true });
    writeAtomic(path.join(dir, 'b.json'), '2', { durable: false });
    expect(fs.readdirSync(dir)).toEqual(['b.json']);
    expect(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('2');
  });

  it('a run leaves only finished cache entries (no temporary files of write-file-atomic)', () => {
    const input = shangchengInput();
    const cache = tmpdir('yoy-cache-');
    expect(cli(['--input', input, '--output', path.join(tmpdir(), 'release'), '--cache-dir', cache]).status).toBe(0);
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [d.name]));
    const names = files(cache);
    expect(names).toContain('stat.json');
    // the index of the units' fragments, and of the reports' extractions, which are sections of those fragments
    expect(names.filter((n) => n.endsWith('.json') && n !== 'stat.json')).toEqual(['index.json', 'index.json']);
    // every fragment the run computed in one pack of its own
    expect(names.filter((n) => n.endsWith('.pack'))).toHaveLength(1);
    expect(names.filter((n) => !/(\.json|\.pack)$/.test(n))).toEqual([]);
    const reports = fs.readdirSync(path.join(cache, 'reports'));
    const index = JSON.parse(fs.readFileSync(path.join(cache, 'reports', reports[0], 'index.json'), 'utf8'));
    const places = Object.values(index.places) as Array<[string, number, number]>;
    expect(places).toHaveLength(2); // the two reports
    expect(new Set(places.map((p) => p[0])).size).toBe(1);
    expect(places[0][0]).toMatch(/^units\/.*\.pack$/);
  });
});

// The output's lock: one run writes an output at a time. proper-lockfile takes it
// (an atomic mkdir of `<output>.lock`), keeps its mtime fresh while the run lives
// and takes over a lock nobody has refreshed for STALE_MS. A run that was killed
// outright (SIGKILL, a crash of the machine) cannot remove its lock, so the lock
// also records its holder: pid, host, pid namespace and the process's start time.
// When the holder ran on this host and has exited, the next run takes it over at once:
// "exited" includes a zombie — a killed process that no parent has reaped yet,
// which `kill(pid, 0)` still sees and which is common in containers without an
// init — and a pid that now belongs to a later process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { YoyError } from '../core/errors.js';

/** A lock whose mtime has not moved for this long is taken over, whoever holds it. */
export const STALE_MS = 30_000;
/** How often the holder refreshes the lock's mtime. */
export const UPDATE_MS = 5_000;
/** The holder's record, inside the lock directory. */
const OWNER = 'owner.json';

interface Holder {
  pid: number;
  host?: string;
  /** the pid namespace (Linux): containers on one host may share a hostname but not their pids */
  pidns?: string;
  /** the process's start time in clock ticks after boot (Linux), to tell a reused pid */
  start?: string;
}

export interface OutputLock {
  file: string;
  /** Fail if another run took the lock over while this one was writing (never publish then). */
  check(): void;
  release(): void;
}

/** state and start time of a process from /proc (Linux); null where there is no /proc; 'gone' when it does not exist */
function procStat(pid: number): { state: string; start: string } | 'gone' | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return fs.existsSync('/proc/self/stat') ? 'gone' : null;
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")"
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: rest[0], start: rest[19] };
}

function pidNamespace(): string | undefined {
  try {
    return fs.readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
}

function readHolder(lockPath: string): Holder | undefined {
  try {
    const file = fs.statSync(lockPath).isDirectory() ? path.join(lockPath, OWNER) : lockPath;
    const text = fs.readFileSync(file, 'utf8').trim();
    // a lock file of an earlier yoy holds only the pid
    if (/^\d+$/.test(text)) return { pid: Number(text) };
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h.pid) && h.pid > 0 ? h : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder is still running: 'dead' when this host can tell it has
 * exited (no such process, a zombie, its pid now another process's, or our own
 * pid from an earlier life); 'alive' when it runs; 'unknown' when this host cannot
 * tell (another host or container, or no /proc to tell a zombie), and the lock's
 * age decides.
 */
function holderState(h: Holder): 'alive' | 'dead' | 'unknown' {
  if (h.host && h.host !== os.hostname()) return 'unknown';
  if (h.pidns && h.pidns !== pidNamespace()) return 'unknown';
  if (h.pid === process.pid) return 'dead';
  const proc = procStat(h.pid);
  if (proc === 'gone') return 'dead';
  if (proc) {
    if (proc.state === 'Z' || proc.state === 'X') return 'dead';
    if (h.start && proc.start !== h.start) return 'dead';
    return 'alive';
  }
  try {
    process.kill(h.pid, 0);
    return 'unknown';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH' ? 'dead' : 'unknown';
  }
}

function lockedError(out: string, lockPath: string, h: Holder | undefined): YoyError {
  const who = h
    ? `another run (pid ${h.pid})${h.host && h.host !== os.hostname() ? ` on ${h.host}` : ''}`
    : 'another run';
  return new YoyError(
    'OUTPUT_LOCKED',
    `${who} is writing this output; try again when it has finished. The lock is ${lockPath}: it is taken over once its holder has exited, or when it has not been refreshed for ${STALE_MS / 1000} s`,
    out,
  );
}

/**
 * proper-lockfile's file operations, with two changes: creating the lock directory
 * also writes the holder's record into it (before proper-lockfile first stamps the
 * directory's mtime, so the record never looks like a foreign change), and removing
 * the lock removes the record with it.
 */
function lockFs(owner: Holder) {
  return {
    ...fs,
    mkdirSync(dir: string) {
      fs.mkdirSync(dir);
      try {
        fs.writeFileSync(path.join(dir, OWNER), JSON.stringify(owner));
      } catch (e) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    },
    rmdirSync(dir: string) {
      fs.rmSync(dir, { recursive: true });
    },
  };
}

/** Take the output's lock, or fail with OUTPUT_LOCKED naming the holder and the lock. */
export function lockOutput(out: string, writable: <T>(f: () => T) => T): OutputLock {
  const abs = path.resolve(out);
  const lockPath = `${abs}.lock`;
  writable(() => fs.mkdirSync(path.dirname(abs), { recursive: true }));

  const held = readHolder(lockPath);
  if (held) {
    const state = holderState(held);
    if (state === 'alive') throw lockedError(out, lockPath, held);
    if (state === 'dead') {
      // remove it only if it is still the same dead holder's (another run may have just taken it over)
      const again = readHolder(lockPath);
      if (again && JSON.stringify(again) === JSON.stringify(held))
        writable(() => fs.rmSync(lockPath, { recursive: true, force: true }));
    }
  }

  const me = procStat(process.pid);
  const pidns = pidNamespace();
  const owner: Holder = {
    pid: process.pid,
    host: os.hostname(),
    ...(pidns ? { pidns } : {}),
    ...(me && me !== 'gone' ? { start: me.start } : {}),
  };
  let compromised: Error | undefined;
  let release: () => void;
  try {
    release = lockfile.lockSync(abs, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      update: UPDATE_MS,
      fs: lockFs(owner),
      onCompromised: (e) => {
        compromised = e;
      },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw lockedError(out, lockPath, readHolder(lockPath));
    return writable(() => {
      throw e;
    });
  }
  return {
    file: lockPath,
    check() {
      if (compromised)
        throw new YoyError(
          'OUTPUT_LOCKED',
          `this run lost the lock ${lockPath} while writing (${compromised.message}); the output was not replaced`,
          out,
        );
    },
    release() {
      try {
        release();
      } catch {
        // already released, or taken over: nothing of ours is left to remove
      }
    },
  };
}

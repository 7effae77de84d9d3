// One run of the CLI for the benchmark: its JSON events, its wall time, and the CPU
// time of each of its threads, read from /proc every few milliseconds while it runs
// (a thread's last reading stands for it once it has ended). Node 20 names every
// thread "node", so they are told apart by when they started: the main thread; the
// threads started with the process, before any JavaScript ran, which are V8's
// helpers (the optimising compiler, the garbage collector); and the threads started
// later by the run (worker threads, and libuv's pool for zlib and asynchronous I/O).
import fs from 'node:fs';
import { spawn } from 'node:child_process';

export interface ProcessRun {
  wallMs: number;
  events: Array<Record<string, unknown> & { event: string }>;
  /** CPU milliseconds by kind of thread */
  threads: Record<string, number>;
  /** the lines of stdout that are not events (V8's traces) */
  other: string[];
}

const TICK_MS = 1000 / 100; // Linux's USER_HZ
/** threads started within this many ticks of the main thread were started by node itself, before the run's code */
const STARTUP_TICKS = 3;

/** Each thread's CPU time so far (utime + stime), by thread id, with its kind. */
function sample(pid: number, seen: Map<number, [string, number]>, main: { start?: number }): void {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const t of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      // fields from the state on: utime and stime are the 12th and 13th, the start time the 20th
      const ticks = Number(fields[11]) + Number(fields[12]);
      const start = Number(fields[19]);
      if (Number(t) === pid) main.start = start;
      const kind =
        Number(t) === pid
          ? 'main'
          : main.start !== undefined && start <= main.start + STARTUP_TICKS
            ? 'V8 helpers'
            : 'started later (workers, libuv)';
      seen.set(Number(t), [kind, ticks * TICK_MS]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

export function runProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const seen = new Map<number, [string, number]>();
    const main: { start?: number } = {};
    const timer = setInterval(() => sample(child.pid!, seen, main), 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - t0;
      if (code !== 0)
        return reject(new Error(`node ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString()}`));
      const events: ProcessRun['events'] = [];
      const other: string[] = [];
      for (const line of Buffer.concat(out).toString('utf8').split('\n')) {
        if (line.startsWith('{"event"')) events.push(JSON.parse(line));
        else if (line) other.push(line);
      }
      const threads: Record<string, number> = {};
      for (const [kind, ms] of seen.values()) threads[kind] = Math.round((threads[kind] ?? 0) + ms);
      resolve({ wallMs, events, threads, other });
    });
  });
}

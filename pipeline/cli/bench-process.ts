// One run of the CLI for the benchmark: its JSON events, its wall time, and the CPU
// time of each of its threads, read from /proc every few milliseconds while it runs
// (a thread's last reading stands for it once it has ended). Node 20 names every
// thread "node", so they are told apart by when they started: the main thread; the
// threads started with the process, before any JavaScript ran, which are V8's
// helpers (the optimising compiler, the garbage collector); and the threads started
// later by the run (worker threads, and libuv's pool for zlib and asynchronous I/O).
// node 20 starts V8's four platform threads first, before its other threads.
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
/** V8's platform threads (node's --v8-pool-size, 4 by default): the first threads node starts */
const V8_THREADS = 4;

interface Thread {
  tid: number;
  start: number;
  ms: number;
}

/** Each thread's CPU time so far (utime + stime) and start time, by thread id. */
function sample(pid: number, seen: Map<number, Thread>): void {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const t of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields from the state on: utime and stime are the 12th and 13th, the start time the 20th
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      seen.set(Number(t), { tid: Number(t), start: Number(fields[19]), ms });
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

/** CPU milliseconds by kind of thread. */
function byKind(pid: number, seen: Map<number, Thread>): Record<string, number> {
  const others = [...seen.values()].filter((t) => t.tid !== pid).sort((a, b) => a.start - b.start || a.tid - b.tid);
  const out: Record<string, number> = { main: seen.get(pid)?.ms ?? 0, 'V8 helpers': 0, 'started by the run': 0 };
  others.forEach((t, i) => (out[i < V8_THREADS ? 'V8 helpers' : 'started by the run'] += t.ms));
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]);
  return out;
}

export function runProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const seen = new Map<number, Thread>();
    const timer = setInterval(() => sample(child.pid!, seen), 20);
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
      resolve({ wallMs, events, threads: byKind(child.pid!, seen), other });
    });
  });
}

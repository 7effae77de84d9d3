// node's own options for a run of the pipeline. V8 sizes the young generation when the
// process starts: v8.setFlagsFromString('--max-semi-space-size=64') from the running
// program left it at node 20's 16 MB a semi-space (measured: 137 scavenges in a 20 MB
// run with or without the call, 91 with the flag on the command line). So the options
// are given on the command line: by the npm scripts, and otherwise (the bin, `node
// dist/cli/start.js`) the CLI starts itself again with them, once, before the pipeline
// loads (about 0.1 s of node's start-up). NODE_OPTIONS cannot carry them: node refuses
// most V8 options there.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import v8 from 'node:v8';

export const NODE_FLAGS: string[] = [
  // extraction, formatting and the views allocate many short-lived strings: with 64 MB a
  // semi-space the scavenger ran a third as often as with node's 16 MB. 32 MB: the young
  // generation is 64 MB of the run's memory, not 128 (peak at 100 MB of the mix, data
  // release, three pairs on a shared machine: 364–389 MB against 445–448), and the run's
  // CPU time the same (24.0–24.4 s against 22.3–25.3 s)
  '--max-semi-space-size=32',
  // V8's optimising compiler spent half its time recompiling functions after a
  // deoptimisation, most of them inlined callees' wrong maps; without inlining its
  // threads took 1.7 s of CPU instead of 2.8 s in a 20 MB run of the real mix, the
  // main thread's time the same (2.84 s against 2.82 s), and readItems deoptimised 3
  // times instead of 6, normalize at most twice instead of 6 times
  '--no-turbo-inlining',
  // V8 lets the old generation grow to up to four times what survived its last full
  // collection while allocation is fast, as it is all through a run: the main thread's
  // heap reached 290 MB at 300 MB of the mix for 111 MB alive. Growing by half at most:
  // peak memory at 100 MB of the mix 393–399 → 319–328 MB (data release) and 478 → 404 MB
  // (as users run it), at 300 MB 524 → 397 MB, for 0–8% more CPU (a busy machine, one or
  // two runs each; the bench's figures are in the README). Every thread takes it.
  '--heap-growing-percent=50',
];

/** The flags this process was started without. */
export const missingFlags = () => NODE_FLAGS.filter((f) => !process.execArgv.includes(f));

/**
 * This CLI run again in a process with the flags, its exit status returned; undefined
 * when this process has them already. The child shares stdin, stdout and stderr, and
 * a signal sent to this process (kill PID) is passed on to it.
 */
export async function rerunWithFlags(): Promise<number | undefined> {
  const missing = missingFlags();
  if (!missing.length) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  try {
    const [code, signal] = (await Promise.race([
      once(child, 'exit'),
      once(child, 'error').then(([e]) => Promise.reject(e)),
    ])) as [number | null, NodeJS.Signals | null];
    // killed by a signal: the shell's convention, 128 + its number
    return code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0);
  } finally {
    for (const s of signals) process.off(s, forward);
  }
}

/**
 * The young generation given on the command line is this thread's only. V8 takes
 * --max-semi-space-size over a worker's own resourceLimits, so every worker thread got
 * the command line's semi-spaces too (measured with 64 MB: a worker asking for a 16 MB
 * young generation had a 128 MB new space; the PDF reader's thread grew its new space to
 * 128 MB). This thread's heap is sized already (at start-up, as above): the flag cleared
 * now leaves it so, and each worker started from here on is sized by its resourceLimits
 * (or V8's default).
 */
export function youngGenerationForThisThreadOnly(): void {
  v8.setFlagsFromString('--max-semi-space-size=0');
}

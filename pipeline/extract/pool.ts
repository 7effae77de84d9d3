// Running extraction tasks: in this thread for one job, across worker threads
// (piscina) for more. Results come back in report order whatever the job count,
// so the release is byte-identical for any --jobs.
import { Piscina } from 'piscina';
import type { Dictionary, CompiledDictionary } from './dictionary.js';
import { runTask, type Task, type TaskResult } from './task.js';

export async function runTasks(tasks: Task[], dictionary: Dictionary, compiled: CompiledDictionary, jobs: number, onResult: (r: TaskResult) => void): Promise<TaskResult[]> {
  const results = new Array<TaskResult>(tasks.length);
  if (jobs <= 1 || tasks.length <= 1) {
    for (const t of tasks) {
      results[t.index] = runTask(t, compiled);
      onResult(results[t.index]);
    }
    return results;
  }
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    workerData: { dictionary },
    minThreads: Math.min(jobs, tasks.length),
    maxThreads: Math.min(jobs, tasks.length),
    // a worker keeps its next batch at hand instead of waiting for a round trip
    concurrentTasksPerWorker: 2,
    // extraction allocates many short strings: a larger young generation means fewer scavenges
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  try {
    await Promise.all(
      batches(tasks, jobs).map((batch) =>
        (pool.run(batch) as Promise<TaskResult[]>).then((rs) => {
          for (const r of rs) {
            results[r.index] = r;
            onResult(r);
          }
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}

/**
 * Reports go to workers in batches, so that the cost of a message is paid once per
 * batch: about 32 batches per job, each of at most 64 reports.
 */
function batches(tasks: Task[], jobs: number): Task[][] {
  const size = Math.max(1, Math.min(64, Math.ceil(tasks.length / (jobs * 32))));
  const out: Task[][] = [];
  for (let i = 0; i < tasks.length; i += size) out.push(tasks.slice(i, i + size));
  return out;
}

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
  });
  try {
    await Promise.all(
      tasks.map((t) =>
        (pool.run(t) as Promise<TaskResult>).then((r) => {
          results[t.index] = r;
          onResult(r);
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}

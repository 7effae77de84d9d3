// A worker of the extraction pool (piscina): compiles the dictionary once, then
// runs tasks. See task.ts.
import { workerData } from 'node:worker_threads';
import { compileDictionary, type Dictionary } from './dictionary.js';
import { runTask, type Task } from './task.js';

const dict = compileDictionary(workerData.dictionary as Dictionary);

export default function (batch: Task[]) {
  return batch.map((task) => runTask(task, dict));
}

// yoy.xlsx written in a thread of its own, while the main thread writes report.html
// and the review pages: the release is read back here too (the worker shares no
// objects with the main thread), and nothing is returned but the file.
import { workerData, parentPort } from 'node:worker_threads';
import { readRelease } from '../read.js';
import { writeWorkbook } from './workbook.js';

const { dir } = workerData as { dir: string };
await writeWorkbook(readRelease(dir), dir);
parentPort!.postMessage('done');

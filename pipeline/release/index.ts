// Stage: release. The data release from the fragments: the CSVs and bundle.json
// (written as the fragments arrive, assemble.ts), then datapackage.json. Pure of
// the publish step: the CLI writes into a temporary directory and swaps it in
// only when everything is written (publish.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { RunMeta } from '../core/model.js';
import type { ReleaseWriter, Assembled } from './assemble.js';
import { dataPackage } from './datapackage.js';

/**
 * Fault injection for the crash tests: YOY_EMIT_PAUSE_MS makes emit pause after each
 * file, so a test can kill the process half-way through writing a release.
 */
const PAUSE_MS = Number(process.env.YOY_EMIT_PAUSE_MS ?? 0);
function pauseForTests() {
  if (PAUSE_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
}

export function finishRelease(
  writer: ReleaseWriter,
  meta: RunMeta,
  dir: string,
  opts: { bom: boolean },
): Assembled & { files: string[] } {
  const done = writer.finish(meta, pauseForTests);
  const pkg = dataPackage(meta, done.written, opts);
  fs.writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
  return {
    ...done,
    files: [...done.written.map((w) => w.table.file), 'bundle.json', 'datapackage.json', ...done.sourceTexts],
  };
}

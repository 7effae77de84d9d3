// Running units: in this thread for one job, across worker threads (piscina) for
// more. Fragments are handed on in jurisdiction order whatever the job count, so
// the release is byte-identical for any --jobs; only a bounded window of units is
// in flight or waiting its turn, so memory does not grow with the corpus.
import fs from 'node:fs';
import { Piscina } from 'piscina';
import { compileDictionary } from '../extract/dictionary.js';
import { processUnit, type Unit, type UnitContext } from './unit.js';
import { workerEntry } from './build-worker.js';
import { decodeFragment, type Fragment } from './fragment.js';

export interface Item {
  unit: Unit;
  /** the fragment from the cache, when there is one */
  cached: () => Fragment | undefined;
}

function decoded(unit: Unit, bytes: Uint8Array): Fragment {
  const f = decodeFragment(bytes);
  if (!f) throw new Error(`the fragment of ${unit.jurisdiction} is damaged`);
  return f;
}

export async function runUnits(items: Item[], ctx: UnitContext, jobs: number, deliver: (unit: Unit, fragment: Fragment, cached: boolean) => void): Promise<void> {
  if (jobs <= 1 || items.length <= 1) {
    const dict = compileDictionary(ctx.dictionary);
    const indicators = new Map(ctx.dictionary.indicators.map((i) => [i.id, i]));
    for (const { unit, cached } of items) {
      const hit = cached();
      deliver(unit, hit ?? decoded(unit, processUnit(unit, ctx, dict, indicators)), hit !== undefined);
    }
    return;
  }
  const threads = Math.min(jobs, items.length);
  const pool = new Piscina({
    // plain JavaScript: the workers need no TypeScript loader
    ...(await workerEntry()),
    workerData: { ctx },
    minThreads: threads,
    maxThreads: threads,
    // extraction allocates many short strings: a larger young generation means fewer scavenges
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  const window = threads * 4;
  const done = new Map<number, { fragment: Fragment; cached: boolean }>();
  let next = 0;
  let sent = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const flush = () => {
        for (let d = done.get(next); d; d = done.get(next)) {
          done.delete(next);
          deliver(items[next].unit, d.fragment, d.cached);
          next++;
        }
      };
      let failed = false;
      const fail = (e: unknown) => {
        failed = true;
        reject(e);
      };
      const pump = () => {
        // after a failure, replies still arriving are dropped: the run is over
        if (failed) return;
        try {
          for (;;) {
            flush();
            if (next === items.length) return resolve();
            if (sent >= items.length || sent - next >= window) return; // a reply will pump again
            const i = sent++;
            const hit = items[i].cached();
            if (hit) {
              done.set(i, { fragment: hit, cached: true });
              continue;
            }
            (pool.run(items[i].unit) as Promise<Uint8Array>).then((bytes) => {
              if (failed) return;
              try {
                done.set(i, { fragment: decoded(items[i].unit, bytes), cached: false });
              } catch (e) {
                return fail(e);
              }
              pump();
            }, fail);
          }
        } catch (e) {
          fail(e);
        }
      };
      pump();
    });
  } finally {
    // fragments from the cache that never got their turn hold their files open
    for (const d of done.values()) if (d.fragment.fd !== undefined) fs.closeSync(d.fragment.fd);
    await pool.destroy();
  }
}

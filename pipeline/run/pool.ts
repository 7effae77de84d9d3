// Running units: in this thread for one job, across worker threads (piscina) for
// more. Fragments are handed on in jurisdiction order whatever the job count, so
// the release is byte-identical for any --jobs; p-map's ordered iterable keeps only
// a bounded window of units in flight or waiting their turn, so memory does not
// grow with the corpus.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazy } from '../core/lazy.js';
import { pMapIterable } from 'p-map';
import { compileDictionary } from '../extract/dictionary.js';
import { compileLexicon, lexicon, useLexicon } from '../lexicon/index.js';
import { processUnit, type Unit, type UnitContext } from './unit.js';
import { decodeFragment, type Fragment } from '../format/fragment.js';
import { RUNS_FROM_DIST } from './cache/code-hash.js';
import { DIST_DIR } from '../core/paths.js';
import { ReadAhead } from './read-ahead.js';
import { heapLog } from '../core/heap-log.js';
import { closeBridge } from '../load/bridge.js';

// a run of one thread never starts a pool
const piscina = lazy<typeof import('piscina')>('piscina');

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

/**
 * The worker's code: the bundle the build wrote (plain JavaScript, ready in about
 * 60 ms), or, when the pipeline runs from its sources (the tests), the TypeScript
 * source under the parent's loader.
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  if (RUNS_FROM_DIST) return { filename: path.join(DIST_DIR, 'run', 'worker.js'), execArgv: [] };
  return {
    filename: path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts'),
    execArgv: ['--import', 'tsx'],
  };
}

export async function runUnits(
  items: Item[],
  ctx: UnitContext,
  jobs: number,
  deliver: (unit: Unit, fragment: Fragment, cached: boolean) => void,
): Promise<void> {
  if (jobs <= 1 || items.length <= 1) {
    const dict = compileDictionary(ctx.dictionary);
    const indicators = new Map(ctx.dictionary.indicators.map((i) => [i.id, i]));
    // the run's lexicon in use in this thread while it reads (the run made it so: compiled again only where not),
    // and the one before it again after
    const inUse = lexicon();
    const before = useLexicon(
      inUse.hash === ctx.lexicon.hash ? inUse : compileLexicon(ctx.lexicon.data, ctx.lexicon.hash),
    );
    const ahead = new ReadAhead(items.map((i) => i.unit));
    try {
      for (const { unit, cached } of items) {
        ahead.fill(unit.index);
        const hit = cached();
        // the header is read back from its bytes in this thread too: as made, its strings are slices of
        // the reports' texts, which the run would keep alive with it (tried: 0.3 s less, 30 MB more at 100 MB)
        deliver(unit, hit ?? decoded(unit, processUnit(unit, ctx, dict, indicators)), hit !== undefined);
        heapLog('main', `unit ${unit.index}`);
      }
    } finally {
      useLexicon(before);
      closeBridge();
    }
    return;
  }
  const threads = Math.min(jobs, items.length);
  const pool = new (piscina().Piscina)({
    ...workerEntry(),
    workerData: { ctx },
    minThreads: threads,
    maxThreads: threads,
    // extraction allocates many short strings: a larger young generation means fewer scavenges
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  // fragments from the cache hold their files open until delivered
  const open = new Set<Fragment>();
  const window = threads * 4;
  try {
    const results = pMapIterable(
      items,
      async ({ unit, cached }) => {
        const hit = cached();
        if (hit) {
          open.add(hit);
          return { unit, fragment: hit, cached: true };
        }
        return { unit, fragment: decoded(unit, (await pool.run(unit)) as Uint8Array), cached: false };
      },
      { concurrency: window, backpressure: window },
    );
    for await (const r of results) {
      open.delete(r.fragment);
      deliver(r.unit, r.fragment, r.cached);
    }
  } finally {
    for (const f of open) if (f.fd !== undefined) fs.closeSync(f.fd);
    await pool.destroy();
  }
}

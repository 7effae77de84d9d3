// A worker of the pool: compiles the dictionary and the lexicon once, then processes units. It
// runs as a bundle of plain JavaScript (dist/run/worker.js, see scripts/build.mjs). The reply is the
// fragment's bytes, moved to the main thread rather than copied.
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { compileDictionary } from '../extract/dictionary.js';
import { compileLexicon, useLexicon } from '../lexicon/index.js';
import { processUnit, type Unit, type UnitContext } from './unit.js';

const ctx = workerData.ctx as UnitContext;
const dict = compileDictionary(ctx.dictionary);
useLexicon(compileLexicon(ctx.lexicon.data, ctx.lexicon.hash));
const indicators = new Map(ctx.dictionary.indicators.map((i) => [i.id, i]));

export default function (unit: Unit) {
  return Piscina.move(processUnit(unit, ctx, dict, indicators));
}

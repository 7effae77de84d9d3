// A worker of the pool: compiles the dictionary once, then processes units. It
// runs as a bundle of plain JavaScript (dist/run/worker.js, see scripts/build.mjs). The reply is the
// fragment's bytes, moved to the main thread rather than copied.
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { compileDictionary } from '../extract/dictionary.js';
import { processUnit, type Unit, type UnitContext } from './unit.js';

const ctx = workerData.ctx as UnitContext;
const dict = compileDictionary(ctx.dictionary);
const indicators = new Map(ctx.dictionary.indicators.map((i) => [i.id, i]));

export default function (unit: Unit) {
  return Piscina.move(processUnit(unit, ctx, dict, indicators));
}

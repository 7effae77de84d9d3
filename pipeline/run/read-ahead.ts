// PDFs and Word files are taken apart in a thread of their own (load/bridge.ts),
// at 250–330 ms per MB for a PDF: with one job, this thread would wait for each.
// Asked for a few documents ahead, that thread reads the next PDF on the other
// core while this one extracts the documents before it.
import { aheadBytes } from '../load/bridge.js';
import { readDocumentAhead } from '../load/read.js';
import type { Unit } from './unit.js';

/**
 * At most this many bytes of documents in hand ahead of their turn, and no further ahead than this many
 * units: a PDF takes the reader longer than the units between two PDFs take this thread (in the benchmark's
 * mix one place in 20 has one), so a window of 8 units left this thread waiting; 64 did not (30 MB, one
 * job, three runs each on a shared machine: 5.4–6.9 s against 7.6–9.1 s, none 6.9–8.8 s).
 */
const MAX_BYTES = 16e6;
const MAX_UNITS = 64;

export class ReadAhead {
  /** the next unit and task not yet looked at */
  private unit = 0;
  private task = 0;

  constructor(private units: Unit[]) {}

  /**
   * Called before unit `current` runs: ask for its documents and the ones after it, up to the bounds.
   * Its own come first: asked for after those ahead, they would wait behind them in the reader's queue.
   */
  fill(current: number): void {
    if (this.unit < current) {
      this.unit = current;
      this.task = 0;
    }
    while (this.unit < this.units.length && this.unit <= current + MAX_UNITS && aheadBytes() < MAX_BYTES) {
      const tasks = this.units[this.unit].tasks;
      if (this.task >= tasks.length) {
        this.unit++;
        this.task = 0;
        continue;
      }
      const t = tasks[this.task++];
      // a report the cache knows is not read again; nor is one without a cache hint taken apart twice
      if (!t.cache?.hint) readDocumentAhead(t.ref);
    }
  }
}

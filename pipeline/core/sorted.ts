// One search over things sorted by where they start in a text: the readers and the account
// look up the first figure or name at or after a place, by halves, instead of from the start.

/** The index of the first of `xs` (sorted by `start`) whose start is at `at` or after; xs.length if none. */
export function firstAtOrAfter<T>(xs: readonly T[], at: number, start: (x: T) => number): number {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(xs[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

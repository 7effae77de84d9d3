// A promise a report states twice is one promise: 开展职业技能培训40万人次 in the plan and again in its annex of
// 民生实事. The later statement is set aside as a duplicate, so the year's promises are not counted twice; where
// one of them stands in a list of works, that one is kept, since a list's items are the works a report counts.
import type { CommitmentExtraction, CommitmentRecord } from './index.js';
import { normObject } from './objects.js';

/** The shortest object that names one thing: a shorter one (学校) may be two programmes' alike. */
const MIN_OBJECT = 4;

/** The key two statements of one promise share, or undefined for what is not compared (a list's count, a short object). */
function keyOf(c: CommitmentRecord): string | undefined {
  const object = normObject(c.object);
  if (c.kind !== 'figure' || object.length < MIN_OBJECT) return undefined;
  return [c.year, c.verb, object, c.value, c.value_high, c.unit, c.qualifier].join('\u0000');
}

/**
 * The commitments with each one stated twice kept once; the others go to `dropped`, coded `duplicate`, with
 * their figure's source span (`figureAt`: start and end of commitment k at 2k and 2k + 1).
 */
export function keepOnce(
  commitments: CommitmentRecord[],
  figureAt: readonly number[],
  dropped: CommitmentExtraction['dropped'],
): CommitmentRecord[] {
  const keys = commitments.map(keyOf);
  const first = new Map<string, CommitmentRecord>();
  for (const [k, c] of commitments.entries()) {
    const key = keys[k];
    if (key === undefined) continue;
    const kept = first.get(key);
    if (!kept || (c.in_list && !kept.in_list)) first.set(key, c);
  }
  const out: CommitmentRecord[] = [];
  for (const [k, c] of commitments.entries()) {
    const key = keys[k];
    const kept = key === undefined ? undefined : first.get(key);
    if (!kept || kept === c) out.push(c);
    else
      dropped.push({
        text: c.item,
        start: c.start,
        end: c.end,
        reason: `the same promise stated again ("${kept.item}"): counted once`,
        code: 'duplicate',
        figure: { start: figureAt[2 * k], end: figureAt[2 * k + 1] },
      });
  }
  return out.length === commitments.length ? commitments : out;
}

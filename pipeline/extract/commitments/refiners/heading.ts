// Refiner: a notice in sections, each headed by the work it reports on (一、就业惠民工程 / 全年筹措资金7.36亿元，
// 完成年度计划的105.1%): a figure or a completion whose own words name only money or effort (资金), or nothing, is
// of its section's work, as the plan said it (筹措7亿元实施就业惠民工程). Without the heading it names nothing a
// promise can be told by.
import type { Item } from '../types.js';
import { linesOf } from '../zones.js';
import { cleanObject } from '../parsers/clauses.js';
import { normObject } from '../objects.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

/** The longest heading that names a work, not a sentence (一、就业惠民工程). */
const HEADING_MAX = 20;
/** What is left of a name of money or effort alone once those words are off (资金, 项目资金). */
const GENERIC_LEFT = 1;

export function nameFromHeading(text: string, items: Item[]): void {
  const { GENERIC_WORDS } = commitmentsLexicon();
  // each heading's span: from its line to the next line marked in its family (one pass: a family's open section
  // ends where its next marked line starts)
  const sections: Array<{ from: number; to: number; name: string }> = [];
  const open = new Map<string, { from: number; to: number; name: string }>();
  for (const l of linesOf(text)) {
    if (!l.marker || (l.marker.family !== 'chinese' && l.marker.family !== 'bracket')) continue;
    const before = open.get(l.marker.family);
    if (before) before.to = l.from;
    open.delete(l.marker.family);
    const body = text.slice(l.from + l.marker.length, l.to).trim();
    if (!body || body.length > HEADING_MAX || /[\d。；;，,]/.test(body)) continue;
    const section = { from: l.to, to: text.length, name: cleanObject(body) };
    sections.push(section);
    open.set(l.marker.family, section);
  }
  if (!sections.length) return;
  for (const it of items) {
    if (it.role !== 'statement' || it.dropped || (it.kind !== 'figure' && it.kind !== 'no_figure')) continue;
    // a figure with words of its own, or a completion (完成年度计划的105.1%, 各项建设任务全面完成)
    if (it.kind === 'figure' && !it.object) continue;
    if (normObject(it.object).replace(GENERIC_WORDS, '').length > GENERIC_LEFT) continue;
    const s = sections.find((x) => it.from >= x.from && it.from < x.to);
    if (!s) continue;
    // the work is the thing, as the plan names it (筹措7亿元实施就业惠民工程: the money for the work)
    it.object = s.name;
    it.objectInherited = true;
  }
}

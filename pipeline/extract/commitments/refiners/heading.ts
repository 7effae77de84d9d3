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

/** The longest label a line opens with that names a work (高标准农田建设：…). */
const LABEL_MAX = 20;

/**
 * A notice's line that opens with the work's name and a colon, then its target and its progress (高标准农田建设：年度
 * 目标1000万亩，累计完成1000万亩): a figure whose own words name nothing, or only the target (年度目标), is of
 * that work.
 */
export function nameFromLineLabel(text: string, items: Item[]): void {
  const { TARGET_WORDS_ONLY_RE } = commitmentsLexicon();
  const labels: Array<{ from: number; to: number; name: string }> = [];
  for (const l of linesOf(text)) {
    const colon = text.slice(l.from, l.to).search(/[：:]/);
    if (colon <= 0 || colon > LABEL_MAX) continue;
    const name = cleanObject(text.slice(l.from + (l.marker?.length ?? 0), l.from + colon).trim());
    if (!name || /[\d。；;，,]/.test(name) || TARGET_WORDS_ONLY_RE.test(name)) continue;
    labels.push({ from: l.from + colon + 1, to: l.to, name });
  }
  if (!labels.length) return;
  for (const it of items) {
    if (it.dropped || it.kind !== 'figure') continue;
    if (it.object && !TARGET_WORDS_ONLY_RE.test(it.object.trim())) continue;
    const label = labels.find((x) => it.from >= x.from && it.from < x.to);
    if (!label) continue;
    it.object = label.name;
    it.objectInherited = true;
  }
}

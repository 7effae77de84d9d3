// Rule: a progress notice's table of promises and how far each got, as a page's table comes
// out of it (序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 |), one row a line or one cell a line.
// The figure under the target's column restates the promise; the one under the column of what
// was done is its outcome, paired with it. Read as two outcomes, the first would say every
// promise was kept to the letter.
import type { Item } from '../types.js';
import { unitBase } from '../quantities.js';
import { cleanObject } from './clauses.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';

/** The fewest columns a table of promises has: a name, a target and what was done. */
const COLUMNS_MIN = 3;
/** A cell that numbers its row (1 |). */
const ROW_NUMBER = /^\s*\d{1,3}\s*\|\s*$/;
/** A line that is one cell (项目名称 |). */
const ONE_CELL = /^[^|\n]*\|\s*$/;

interface Cell {
  from: number;
  to: number;
}

/**
 * A table flattened one cell a line (序号 |\n项目名称 |\n…\n1 |\n…) with its rows joined, a line each: the line
 * breaks inside a row become spaces, so the text keeps its length and every offset. The header is the cells before
 * the first row's number; each row has as many.
 */
export function joinTableCells(text: string): string {
  if (!text.includes('|')) return text;
  const lines: Cell[] = [];
  for (let from = 0; from <= text.length;) {
    const to = text.indexOf('\n', from);
    const end = to < 0 ? text.length : to;
    lines.push({ from, to: end });
    from = end + 1;
  }
  const chars = text.split('');
  let changed = false;
  for (let k = 0; k < lines.length;) {
    const oneCell = (l: Cell) => ONE_CELL.test(text.slice(l.from, l.to));
    if (!oneCell(lines[k])) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && oneCell(lines[end])) end++;
    const run = lines.slice(k, end);
    const header = run.findIndex((l) => ROW_NUMBER.test(text.slice(l.from, l.to)));
    if (header >= COLUMNS_MIN) {
      for (let row = 0; row + header <= run.length; row += header)
        for (let c = row; c < row + header - 1; c++) {
          chars[run[c].to] = ' ';
          changed = true;
        }
    }
    k = end;
  }
  return changed ? chars.join('') : text;
}

/** The cells of a line of a table, or none where it has too few. */
function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let at = from;
  for (let i = from; i < to; i++)
    if (text[i] === '|') {
      cells.push({ from: at, to: i });
      at = i + 1;
    }
  return cells.length >= COLUMNS_MIN ? cells : [];
}

/** Where a cell's words begin. */
function firstWord(text: string, c: Cell): number {
  let at = c.from;
  while (at < c.to && /\s/.test(text[at])) at++;
  return at;
}

export function readTableRows(text: string, items: Item[]): void {
  if (!text.includes('|')) return;
  const { TABLE_TARGET_COLUMN_RE, TABLE_DONE_COLUMN_RE } = commitmentsLexicon();
  const base = (it: Item) => unitBase(it.q!.unit.replace(/\/.*$/, ''))?.base;
  let target = -1,
    done = -1;
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const cells = cellsOf(text, from, to);
    if (!cells.length) target = done = -1;
    else {
      const words = cells.map((c) => text.slice(c.from, c.to).trim());
      const t = words.findIndex((w) => TABLE_TARGET_COLUMN_RE.test(w));
      const d = words.findIndex((w, i) => i !== t && TABLE_DONE_COLUMN_RE.test(w));
      if (t >= 0 && d >= 0 && !words.some((w) => /\d/.test(w))) {
        // a header: the columns of the rows below it
        target = t;
        done = d;
      } else if (target >= 0 && cells.length > Math.max(target, done)) {
        const inCell = (c: Cell) =>
          items.filter(
            (it) => it.kind === 'figure' && it.q && !it.dropped && it.q.numFrom >= c.from && it.q.to <= c.to,
          );
        const [a] = inCell(cells[target]);
        const [b] = inCell(cells[done]);
        if (a && b && !b.pairedWith && base(a) !== undefined && base(a) === base(b)) {
          // each as written in its cell, not from the joined line break before it
          for (const it of [a, b]) it.from = Math.max(it.from, firstWord(text, cells[it === a ? target : done]));
          // a figure that took no thing from its row's words: the thing is the row's name (its cell of words
          // before the target's)
          if (!a.object || a.object === a.verb) {
            const name = cells
              .slice(0, target)
              .map((c) => text.slice(c.from, c.to).trim())
              .filter((w) => /[\u4e00-\u9fff]/.test(w))
              .pop();
            if (name) a.object = cleanObject(name);
          }
          a.role = 'promise';
          a.restated = true;
          a.rule = 'table-target';
          a.verb = a.verb || b.verb;
          b.object = a.object;
          b.objectInherited = true;
          b.verb = b.verb || a.verb;
          b.pairedWith = a;
          b.rule = 'table-done';
        }
      }
    }
    from = to + 1;
  }
}

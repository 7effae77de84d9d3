// Page numbers left in a text copied out of a PDF: "— 7 —", "- 12 -" or "第 7 页" on a line of
// their own, often between two halves of a sentence (现代服\n- 7 -\n务业). Such a line is
// furniture, not a figure: normalize() drops it, and where it interrupts a paragraph it drops
// the line breaks around it too, so the halves (a name, or a number: 5.\n— 7 —\n5%) join again.
import { perLexicon } from '../lexicon/index.js';
import { endsParagraph, opensParagraph } from './paragraph-opening.js';

const furniture = perLexicon(({ data }) => new RegExp(data.markers.page_furniture, 'my'));

/** The longest line worth trying the pattern on (第 12 页 共 120 页 with spaces round it). */
const LONGEST = 32;

/** Whether a line (without its line break) is a page number and nothing else. */
export function isFurniture(line: string): boolean {
  const re = furniture();
  re.lastIndex = 0;
  return line.length <= LONGEST && re.test(line);
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d;

/**
 * The furniture lines of a plain text, as [start, end) pairs in source order (`lines`: a line
 * with its own line break), and the breaks before them where the paragraph looks as if it runs
 * on across the page (`joins`; a page ends after a full stop as often as inside a sentence: the
 * stop does not say that the paragraph ended). In a text cut at one width, normalize() asks the
 * widths of the lines instead (softBreaks).
 */
export function pageFurniture(source: string): { lines: number[]; joins: number[] } {
  const line = furniture();
  const out: number[] = [];
  const joins: number[] = [];
  for (let from = 0; from < source.length;) {
    const at = source.indexOf('\n', from);
    const end = at < 0 ? source.length : at;
    line.lastIndex = from;
    if (end - from <= LONGEST && end > from && line.test(source)) {
      if (from === 0 || at < 0) out.push(from === 0 ? 0 : from - 1, at < 0 ? end : at + 1);
      else {
        // the break before the line goes too when the paragraph runs on past it: no blank line on
        // either side, the next line does not open a paragraph of its own (an indent, a list's item),
        // nor is it a heading after a stop
        let q = from - 2;
        while (q >= 0 && isBlank(source.charCodeAt(q))) q--;
        const runsOn =
          q >= 0 &&
          source.charCodeAt(q) !== 0x0a &&
          !blankAfter(source, at + 1) &&
          !opensParagraph(source, at + 1) &&
          !(endsParagraph(source, q, q + 1) && heading(source, at + 1));
        out.push(from, at + 1);
        if (runsOn) joins.push(source.charCodeAt(from - 2) === 0x0d ? from - 2 : from - 1, from);
      }
    }
    if (at < 0) break;
    from = at + 1;
  }
  return { lines: out, joins };
}

/** The longest heading: a line of a text cut at one width is longer. */
const HEADING = 20;

/** Whether the line at `from` is a heading by its look: short, ending in no stop, and a line after it (2015年预期总目标). */
function heading(source: string, from: number): boolean {
  const at = source.indexOf('\n', from);
  if (at < 0) return false;
  let end = at;
  while (end > from && /\s/.test(source[end - 1])) end--;
  return end > from && end - from <= HEADING && !endsParagraph(source, from, end);
}

/** Whether a blank line follows (the next paragraph starts after a gap). */
function blankAfter(source: string, from: number): boolean {
  let k = from;
  while (k < source.length && isBlank(source.charCodeAt(k))) k++;
  return k >= source.length || source.charCodeAt(k) === 0x0a;
}

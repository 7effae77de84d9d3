// A PDF's text, through pdfjs-dist: the text items of each page set in lines,
// lines joined into paragraphs, paragraphs ended by a newline. Extraction reads
// sentences within paragraphs, so a paragraph must not break at every printed line
// (全区实现地区生产总值807.62亿 | 元 would lose its figure). A new paragraph starts
// where a line is indented, where the line before it stopped short of the right
// margin, or after a wider gap; otherwise lines are joined as they were printed,
// across a page break too. Page numbers standing alone at the top or bottom of a
// page are left out. The text that comes out is the report's source: offsets of
// observations point into it, and `pageStarts` keeps where each page begins.
import { perLexicon } from '../lexicon/index.js';
import { YoyError } from '../core/errors.js';
import { runSync, type RawItem, type RawPage } from './bridge.js';

export interface PdfText {
  text: string;
  /** offset in `text` where each page's text begins (pages without text begin where the next does) */
  pageStarts: number[];
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const isCjk = (c: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Items of one page in lines: an item starts a new line when its baseline moves by half its size or more. */
function lines(items: RawItem[]): Line[] {
  const out: Line[] = [];
  let cur: Line | undefined;
  let lastEnd = 0;
  for (const it of items) {
    if (!it.str) continue;
    const size = it.h || 10;
    if (!cur || Math.abs(it.y - cur.y) >= Math.max(size, cur.size) / 2 || it.x < lastEnd - 2 * size) {
      if (cur && cur.text.trim()) out.push(cur);
      cur = { text: '', x: it.x, right: it.x, y: it.y, size };
      lastEnd = it.x;
    }
    // a space where the printed gap is wide and no space is written, between words of Latin script
    if (
      cur.text &&
      it.x - lastEnd > size * 0.4 &&
      !/\s$/.test(cur.text) &&
      !/^\s/.test(it.str) &&
      !(isCjk(cur.text.slice(-1)) || isCjk(it.str[0]))
    )
      cur.text += ' ';
    cur.text += it.str;
    lastEnd = Math.max(lastEnd, it.x + it.w);
    cur.right = Math.max(cur.right, it.x + it.w);
    cur.size = Math.max(cur.size, size);
  }
  if (cur && cur.text.trim()) out.push(cur);
  for (const l of out) {
    const lead = l.text.length - l.text.trimStart().length;
    // leading spaces are an indent as much as the x position is
    l.x += lead * l.size * 0.5;
    l.text = l.text.trim();
  }
  return out;
}

/** A page number standing alone: 3, - 3 -, —3—, 第3页, 3/20. */
const pageNumber = perLexicon(({ data }) => new RegExp(data.markers.page_number));

/**
 * How wide the first unbreakable piece of a line is: a run of Latin letters, digits
 * and signs (11.6%;), or one character, with the punctuation that may not begin a
 * line and so travelled with it (先。).
 */
const FIRST_WORD =
  /^(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|.)(?:[、。，,.;；:：!！?？)）\]】》〉”’」』%％…—]|[“‘「『（(《〈【].)*/su;
function firstWordWidth(l: Line): number {
  const word = FIRST_WORD.exec(l.text)?.[0] ?? '';
  let w = 0;
  for (const c of word) w += isCjk(c) ? l.size : l.size * 0.6;
  return w;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The lines of a page without a page number at its top or bottom. */
function body(page: RawPage): Line[] {
  const ls = lines(page.items);
  const PAGE_NUMBER = pageNumber();
  if (ls.length && PAGE_NUMBER.test(ls[ls.length - 1].text)) ls.pop();
  if (ls.length && PAGE_NUMBER.test(ls[0].text)) ls.shift();
  return ls;
}

/**
 * Pages of text items to one text. Exported for tests: the layout is pure, the
 * reading (bridge.ts) is not.
 */
export function layoutPages(pages: RawPage[]): PdfText {
  const bodies = pages.map(body);
  // the margins of the whole document: the most common left edge, and the right edge full lines reach
  const all = bodies.flat();
  const size = median(all.map((l) => l.size)) || 10;
  const left = median(all.map((l) => Math.round(l.x)));
  const rights = all.map((l) => l.right).sort((a, b) => a - b);
  const right = rights.length ? rights[Math.floor(rights.length * 0.9)] : 0;
  const gaps: number[] = [];
  for (const ls of bodies) for (let i = 1; i < ls.length; i++) gaps.push(ls[i - 1].y - ls[i].y);
  const lineGap = median(gaps.filter((g) => g > 0)) || size * 1.5;

  let text = '';
  const pageStarts: number[] = [];
  let prev: Line | undefined;
  for (const ls of bodies) {
    pageStarts.push(text.length);
    ls.forEach((l, i) => {
      if (prev) {
        const indented = l.x > left + size * 0.8;
        // a line that stops short ended its paragraph, unless the next line's first word would not have fitted in (a wrap)
        const prevShort = prev.right + firstWordWidth(l) < right - size * 0.5;
        // a gap is only measured within a page; across a page break the other cues decide
        const wideGap = i > 0 && prev.y - l.y > lineGap * 1.4;
        if (indented || prevShort || wideGap) text += '\n';
        // words of Latin script broken at a line end had a space there
        else if (isLetter(text[text.length - 1]) && isLetter(l.text[0])) text += ' ';
      }
      if (i === 0) pageStarts[pageStarts.length - 1] = text.length;
      text += l.text;
      prev = l;
    });
  }
  if (text) text += '\n';
  return { text, pageStarts };
}

/** The page (1-based) that an offset of the text falls on. */
export function pageAt(pageStarts: number[], offset: number): number {
  let lo = 0;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i] <= offset) lo = i;
  return lo + 1;
}

export function pdfText(bytes: Uint8Array, file: string): PdfText {
  const r = runSync({ kind: 'pdf', bytes });
  if (!r.ok) {
    if (r.name === 'PasswordException')
      throw new YoyError(
        'PDF_UNREADABLE',
        'the PDF is protected by a password: save an unprotected copy and point the manifest at it',
        file,
      );
    throw new YoyError(
      'PDF_UNREADABLE',
      `the PDF cannot be read (${r.name}: ${r.message}); if it opens in a viewer, print it to a new PDF or save its text as .txt`,
      file,
    );
  }
  if (r.kind !== 'pdf') throw new Error('the bridge answered a PDF with something else');
  const out = layoutPages(r.pages);
  const chars = out.text.replace(/\s/g, '').length;
  // a scan: pages of images, no text layer (or one with only page numbers)
  if (chars < Math.max(20, r.pages.length * 10)) {
    throw new YoyError(
      'PDF_NO_TEXT',
      `the PDF has no text layer (${r.pages.length} page${r.pages.length === 1 ? '' : 's'}, ${chars} characters of text): it is probably a scan. Run OCR on it (for example: ocrmypdf -l chi_sim FILE.pdf OUT.pdf) and point the manifest at the result, or get the report as text`,
      file,
    );
  }
  return out;
}

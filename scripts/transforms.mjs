// The clothes a document arrives in (scripts/metamorphic.mjs, test/metamorphic.test.ts):
// each transformation takes a text and a seed and returns the same document as a PDF's
// text layer, a traditional-script re-publication or a full-width typesetting would give it.
// Random choices come from the seed, so a run is repeatable.
import { createRequire } from 'node:module';

const OpenCC = createRequire(import.meta.url)('opencc-js');

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PDF's text layer: every line cut every N characters (N from 28 to 40), inside words and numbers alike. */
function hardWraps(text, seed) {
  const n = 28 + Math.floor(random(seed)() * 13);
  return text
    .split('\n')
    .map((line) => {
      const chars = Array.from(line);
      const out = [];
      for (let k = 0; k < chars.length; k += n) out.push(chars.slice(k, k + n).join(''));
      return out.join('\n');
    })
    .join('\n');
}

/**
 * A page number between two halves of a sentence, at a few places: — 7 —, - 7 -, 第 7 页.
 * `atLineEnds`: only where a line ends (a page of a text already cut into lines).
 */
function pageFurniture(text, seed, atLineEnds = false) {
  const rnd = random(seed);
  const chars = Array.from(text);
  const count = Math.max(1, Math.min(5, Math.floor(chars.length / 3000)));
  const snap = (at) => {
    if (!atLineEnds) return at;
    const next = chars.indexOf('\n', at);
    return next < 0 ? chars.length : next + 1;
  };
  const places = Array.from({ length: count }, () => snap(Math.floor(rnd() * chars.length))).sort((a, b) => a - b);
  let page = 1 + Math.floor(rnd() * 5);
  const styles = [(n) => `— ${n} —`, (n) => `- ${n} -`, (n) => `第 ${n} 页`];
  let out = '';
  let from = 0;
  for (const at of places) {
    // a line of its own: at a line's start only its own break is added
    const number = styles[Math.floor(rnd() * styles.length)](page);
    const lineStart = atLineEnds && (at === 0 || chars[at - 1] === '\n');
    out += chars.slice(from, at).join('') + (lineStart ? `${number}\n` : `\n${number}\n`);
    page += 1 + Math.floor(rnd() * 3);
    from = at;
  }
  return out + chars.slice(from).join('');
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Full-width digits, per cent, point and Latin letters; an ideographic space for a space. */
function fullWidth(text) {
  return text.replace(/[0-9A-Za-z%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

/** A space between every two Chinese characters, as some PDF text layers set them. */
function cjkSpaces(text) {
  return text.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ');
}

/** A stray space after the point of about half the decimals: 1234. 56. */
function numberSpaces(text, seed) {
  const rnd = random(seed);
  return text.replace(/(\d\.)(?=\d)/g, (m) => (rnd() < 0.5 ? `${m} ` : m));
}

/** Corner brackets for curly quotes (as HK and TW texts set them), and a full-width hyphen or an en dash for a dash. */
function quotesAndDashes(text) {
  const marks = { '“': '「', '”': '」', '‘': '『', '’': '』', '——': '－－', '—': '–' };
  return text.replace(/——|[“”‘’—]/g, (c) => marks[c]);
}

export const TRANSFORMS = {
  'hard-wraps': hardWraps,
  'page-furniture': pageFurniture,
  'traditional-tw': (t) => toTaiwan(t),
  'traditional-hk': (t) => toHongKong(t),
  'full-width': fullWidth,
  'cjk-spaces': cjkSpaces,
  'number-spaces': numberSpaces,
  'quotes-dashes': quotesAndDashes,
  // all of a PDF's text layer at once: lines cut at one width, page numbers between them, full-width figures
  'pdf-layer': (t, seed) => pageFurniture(hardWraps(fullWidth(t), seed), seed + 1, true),
};

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const QUOTES = { '「': '“', '」': '”', '『': '‘', '』': '’' };
/** A name as read, in one form whatever the clothes: simplified, half-width, curly quotes, without spaces. */
export function canonical(s) {
  return toSimplified(String(s ?? '').normalize('NFKC'))
    .replace(/[「」『』]/g, (c) => QUOTES[c])
    .replace(/\s+/g, '');
}

// Normalisation with an offset map. Extraction reads the normalised text; every
// span it finds is mapped back to the decoded source, so that
// source.slice(start, end) === text holds for every observation.
import { decodeHTML } from 'entities';
import * as OpenCC from 'opencc-js';

export interface NormalText {
  /** normalised, simplified text that the rules read */
  text: string;
  /** for each normalised UTF-16 unit, the source offset where it starts */
  start: Int32Array;
  /** for each normalised UTF-16 unit, the source offset where it ends */
  end: Int32Array;
}

/** A visible stretch of the source (all of it for plain text; text nodes for HTML). */
export interface Segment {
  from: number;
  to: number;
  /** HTML text nodes carry entities (&nbsp;) that must be decoded */
  entities?: boolean;
  /** a block boundary before this segment (a paragraph break in HTML) */
  breakBefore?: boolean;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPACE = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;
const CJK = /[\u3400-\u9fff\uf900-\ufaff%‰]/;
const DIGIT = /[0-9.]/;

class Builder {
  chars: string[] = [];
  start: number[] = [];
  end: number[] = [];
  push(ch: string, from: number, to: number) {
    this.chars.push(ch);
    this.start.push(from);
    this.end.push(to);
  }
}

/** Fold one character: full-width forms to ASCII, odd spaces to ' ', zero-width to nothing. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (ch === '\r') return '';
  if (ZERO_WIDTH.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  return ch;
}

/**
 * Whitespace between Chinese characters and digits carries no meaning but breaks
 * numbers apart ("74.4\n\u200b\n万亿元"). A run of spaces is dropped; a run with a line
 * break stays one '\n' (a paragraph boundary) unless it splits a number from its unit.
 */
function collapseWhitespace(b: Builder): Builder {
  const out = new Builder();
  const n = b.chars.length;
  let i = 0;
  while (i < n) {
    const ch = b.chars[i];
    if (ch !== ' ' && ch !== '\n' && ch !== '\t') {
      out.push(ch, b.start[i], b.end[i]);
      i++;
      continue;
    }
    let j = i;
    let newline = -1;
    while (j < n && (b.chars[j] === ' ' || b.chars[j] === '\n' || b.chars[j] === '\t')) {
      if (b.chars[j] === '\n' && newline < 0) newline = j;
      j++;
    }
    const prev = out.chars.length ? out.chars[out.chars.length - 1] : '';
    const next = j < n ? b.chars[j] : '';
    const splitsNumber = DIGIT.test(prev) && next !== '' && CJK.test(next);
    if (newline >= 0 && !splitsNumber) {
      out.push('\n', b.start[newline], b.end[newline]);
    } else if (newline < 0 && !(CJK.test(prev) || CJK.test(next) || splitsNumber || prev === '' || next === '')) {
      // keep one space between Latin words or two numbers
      if (!(DIGIT.test(prev) && /[%]/.test(next))) out.push(' ', b.start[i], b.end[i]);
    }
    i = j;
  }
  return out;
}

let toSimplified: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  const conv = toSimplified ?? OpenCC.Converter({ from: 'hk', to: 'cn' });
  toSimplified = conv;
  return conv;
}

/** Characters common in traditional text and absent from simplified text. */
const TRADITIONAL_HINT = /[們國經濟發產總長與實區這億萬個為業務會對來時現過動點開關進還]/g;

export function looksTraditional(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const hits = sample.match(TRADITIONAL_HINT)?.length ?? 0;
  return hits >= 10 || (hits >= 2 && hits / sample.length > 0.002);
}

/** Convert traditional to simplified without moving any character. */
function simplify(chars: string[]): string[] {
  const conv = converter();
  const joined = chars.join('');
  const whole = conv(joined);
  if (whole.length === joined.length) {
    const out = new Array<string>(chars.length);
    // chars are UTF-16 units except surrogate pairs pushed as one string; keep alignment by unit
    let k = 0;
    for (let i = 0; i < chars.length; i++) {
      out[i] = whole.slice(k, k + chars[i].length);
      k += chars[i].length;
    }
    return out;
  }
  // a phrase conversion changed the length: fall back to one character at a time
  return chars.map((c) => {
    const s = conv(c);
    return s.length === c.length ? s : c;
  });
}

export function normalize(source: string, segments?: Segment[]): NormalText {
  const segs = segments ?? [{ from: 0, to: source.length }];
  const b = new Builder();
  for (const seg of segs) {
    if (seg.breakBefore && b.chars.length) b.push('\n', seg.from, seg.from);
    let i = seg.from;
    while (i < seg.to) {
      const ch = source[i];
      if (seg.entities && ch === '&') {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(source);
        if (m && m.index + m[0].length <= seg.to) {
          const decoded = decodeHTML(m[0]);
          if (decoded !== m[0]) {
            for (let k = 0; k < decoded.length; k++) {
              const f = fold(decoded[k]);
              if (f) b.push(f, i, i + m[0].length);
            }
            i += m[0].length;
            continue;
          }
        }
      }
      const f = fold(ch);
      if (f) b.push(f, i, i + 1);
      i++;
    }
  }
  const collapsed = collapseWhitespace(b);
  let chars = collapsed.chars;
  if (looksTraditional(chars.join(''))) chars = simplify(chars);
  return {
    text: chars.join(''),
    start: Int32Array.from(collapsed.start),
    end: Int32Array.from(collapsed.end),
  };
}

/** Map a span of the normalised text back to the source. */
export function sourceSpan(norm: NormalText, from: number, to: number): { start: number; end: number } {
  return { start: norm.start[from], end: norm.end[to - 1] };
}

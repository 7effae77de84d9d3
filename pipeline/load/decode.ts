// Bytes to text: a BOM decides; otherwise strict UTF-8; otherwise GB18030.
// A declared encoding in the manifest wins. Binary files are refused.
//
// A report's text is then checked by its statistics (textStats): the share of
// characters that no text holds (U+FFFD, control characters, private use, lone
// surrogates) and, among the Chinese characters, the share of ordinary ones
// (the lexicon's text.common_chars). Real reports have no undecodable characters to speak of and at
// least 86% ordinary Chinese characters; random bytes read as GB18030, and text
// read in the wrong encoding, have 14% or fewer. So:
// - random bytes are refused (FILE_NOT_TEXT), not read as a GB18030 or UTF-16 report;
//   a file of a known binary format (an image, an archive) is FILE_BINARY;
// - UTF-16 without a BOM (NUL bytes, which made it "binary") is read when one byte
//   order gives Chinese text;
// - mojibake is refused with the way out (FILE_MOJIBAKE): UTF-8 read as cp1252 or
//   Latin-1 and saved again ("æ–°å¢ž" for 新增), or a file whose declared or
//   detected encoding gives rare characters where another gives Chinese text, with
//   the `encoding` to set in the manifest.
import { lazy } from '../core/lazy.js';
import { YoyError } from '../core/errors.js';
import { isHan, perLexicon } from '../lexicon/index.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export interface DecodeOptions {
  /** check that the text reads as a report (its statistics); not for JSON configuration files */
  content?: boolean;
}

function controlShare(bytes: Uint8Array): { nul: boolean; binary: boolean; share: number } {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return { nul: true, binary: true, share: 1 };
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return { nul: false, binary: control > n / 50, share: control / n };
}

// ---------------------------------------------------------------- statistics

export interface TextStats {
  /** characters looked at (not whitespace), in a sample of at most SAMPLE code units */
  chars: number;
  /** U+FFFD, control characters other than whitespace, private use, lone surrogates, noncharacters */
  bad: number;
  /** Chinese characters, and how many of them are ordinary ones */
  cjk: number;
  common: number;
  /** characters of Latin-1 and cp1252's upper half: what UTF-8 read as cp1252 is made of */
  latin: number;
  /** other characters outside ASCII */
  other: number;
}

/**
 * The statistics are those of the first 8K code units and of 8K from the middle (an
 * HTML page's head can be long): plenty to tell text from garbage, and cheap (0.5–0.8
 * ms per MB of reports, measured on the national collection).
 */
// iconv-lite's codecs load on the first text that is not UTF-8
const iconv = lazy<typeof import('iconv-lite')>('iconv-lite');

const SAMPLE = 1 << 14;
const HALF = SAMPLE / 2;
/** cp1252's characters for 0x80–0x9F, where Latin-1 has control characters */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<number, number>([...CP1252_HIGH].map((c, i) => [c.charCodeAt(0), 0x80 + i]));

const isCjk = (c: number) =>
  // a Chinese character, of the basic plane or of the supplementary ones (a text's characters are counted by code point)
  isHan(c) || (c >= 0x20000 && c <= 0x3ffff);
/** What a character counts as in the statistics; a high surrogate is looked at with the unit after it. */
const enum Class {
  SPACE,
  ASCII,
  BAD,
  CJK,
  CJK_COMMON,
  LATIN,
  OTHER,
  HIGH_SURROGATE,
}

/** The class of a code point (of any plane), given the lexicon's common characters. */
function classOf(c: number, common: Uint8Array): Class {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000 || c === 0xa0 || c === 0xfeff) return Class.SPACE;
  if (c < 0x80) return c < 0x20 || c === 0x7f ? Class.BAD : Class.ASCII;
  if (isCjk(c)) return c < 0x10000 && common[c] ? Class.CJK_COMMON : Class.CJK;
  if (
    c < 0xa0 ||
    c === 0xfffd ||
    (c >= 0xd800 && c <= 0xf8ff) ||
    (c >= 0xfdd0 && c <= 0xfdef) ||
    (c & 0xfffe) === 0xfffe ||
    c >= 0xf0000
  )
    return Class.BAD;
  if (c <= 0xff || CP1252_BYTE.has(c)) return Class.LATIN;
  return Class.OTHER;
}

/**
 * The class of every unit of the basic plane, built once per lexicon (its common characters,
 * text.common_chars, make CJK_COMMON): the statistics read every text of the input, a lookup
 * per unit where tests per character cost several calls.
 */
const classes = perLexicon(({ data }) => {
  const common = new Uint8Array(0x10000);
  for (const ch of data.text.common_chars) {
    const c = ch.codePointAt(0)!;
    if (c < 0x10000) common[c] = 1;
  }
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c >= 0xd800 && c <= 0xdbff ? Class.HIGH_SURROGATE : classOf(c, common);
  return { table, common };
});

export function textStats(text: string): TextStats {
  const s: TextStats = { chars: 0, bad: 0, cjk: 0, common: 0, latin: 0, other: 0 };
  const mid = Math.max(HALF, text.length >> 1);
  for (const [from, to] of [
    [0, Math.min(text.length, HALF)],
    [mid, Math.min(text.length, mid + HALF)],
  ])
    statsOf(text, from, to, s);
  return s;
}

function statsOf(text: string, from: number, n: number, s: TextStats): void {
  const { table, common } = classes();
  for (let i = from; i < n; i++) {
    let k = table[text.charCodeAt(i)];
    if (k === Class.HIGH_SURROGATE) {
      // a pair is one character, of a supplementary plane; a lone high surrogate is a bad one
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        k = classOf(0x10000 + ((text.charCodeAt(i) - 0xd800) << 10) + (d - 0xdc00), common);
        i++;
      } else k = Class.BAD;
    }
    switch (k) {
      case Class.SPACE:
        continue;
      case Class.BAD:
        s.bad++;
        break;
      case Class.CJK_COMMON:
        s.common++;
        s.cjk++;
        break;
      case Class.CJK:
        s.cjk++;
        break;
      case Class.LATIN:
        s.latin++;
        break;
      case Class.OTHER:
        s.other++;
        break;
    }
    s.chars++;
  }
}

/** Ordinary text has under 1% undecodable or control characters; Chinese text, over half its Chinese characters ordinary ones. */
const MAX_BAD = 0.01;
const MIN_COMMON = 0.5;
/** enough Chinese characters to say which encoding reads a file; and fewer, but enough to say that one does not */
const MIN_CJK = 8;
const MIN_CJK_REFUSE = 4;

const pct = (a: number, b: number) => `${b ? Math.round((100 * a) / b) : 0}%`;

/** Why these statistics are not those of a text, or undefined when they are. */
function implausible(s: TextStats): string | undefined {
  if (s.bad >= 2 && s.bad > s.chars * MAX_BAD)
    return `${pct(s.bad, s.chars)} of its characters are undecodable or control characters`;
  if (s.cjk >= MIN_CJK_REFUSE && s.common < s.cjk * MIN_COMMON)
    return `${pct(s.cjk - s.common, s.cjk)} of its Chinese characters are rare ones, as in text read in the wrong encoding`;
  return undefined;
}

/** Chinese text that reads as such: enough ordinary Chinese characters and nothing undecodable. */
function readsAsChinese(s: TextStats): boolean {
  return s.cjk >= MIN_CJK && implausible(s) === undefined;
}

// ---------------------------------------------------------------- mojibake

/** The bytes that UTF-8 read as cp1252 or Latin-1 came from, or undefined when the text is not made of such characters. */
function cp1252Bytes(text: string): Uint8Array | undefined {
  const n = Math.min(text.length, SAMPLE);
  const out = new Uint8Array(n);
  let k = 0;
  let foreign = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) out[k++] = c;
    else if (CP1252_BYTE.has(c)) out[k++] = CP1252_BYTE.get(c)!;
    else if (c === 0xfffd)
      continue; // a byte cp1252 has no character for, lost when the file was saved
    else if (++foreign > n / 100) return undefined;
  }
  return out.subarray(0, k);
}

/** "æ–°å¢ž" is "新增": the first few mojibake characters and what they were. */
const MOJIBAKE_RUN = new RegExp(`[\u00e0-\u00ef][\u0080-\u00ff${CP1252_HIGH}]{5}`);
function mojibakeExample(text: string): string {
  const m = MOJIBAKE_RUN.exec(text.slice(0, SAMPLE));
  if (!m) return '';
  const src = m[0];
  const bytes = cp1252Bytes(src);
  return bytes ? `"${src}" is "${new TextDecoder('utf-8').decode(bytes).replace(/\ufffd+$/, '')}"` : '';
}

/** UTF-8 that was read as cp1252 or Latin-1 and saved again: whether undoing it gives Chinese text. */
function isUtf8AsCp1252(text: string, s: TextStats): boolean {
  if (s.cjk >= MIN_CJK || s.latin < 2 * MIN_CJK || s.latin < (s.chars - s.bad) / 4) return false;
  const bytes = cp1252Bytes(text);
  if (!bytes) return false;
  const r = textStats(new TextDecoder('utf-8').decode(bytes));
  return r.cjk >= MIN_CJK && r.common >= r.cjk * MIN_COMMON;
}

// ---------------------------------------------------------------- decoding

const ALTERNATIVES: Encoding[] = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];

function decodeAs(bytes: Uint8Array, encoding: Encoding): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        return undefined;
      }
    case 'utf-16le':
      return iconv().decode(buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2) : buf, encoding);
    case 'utf-16be':
      return iconv().decode(buf[0] === 0xfe && buf[1] === 0xff ? buf.subarray(2) : buf, encoding);
    default:
      return iconv().decode(buf, encoding);
  }
}

/** Strict UTF-8, allowing a file cut inside its last character (a truncated download): that character reads as U+FFFD. */
function utf8(bytes: Uint8Array): string | undefined {
  const strict = decodeAs(bytes, 'utf-8');
  if (strict !== undefined) return strict;
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > 1 && bytes.length - i < need && decodeAs(bytes.subarray(0, i), 'utf-8') !== undefined)
      return new TextDecoder('utf-8').decode(bytes);
    break;
  }
  return undefined;
}

/** The encodings other than `tried` in which the bytes read as Chinese text. */
function readableAs(bytes: Uint8Array, tried: Encoding): Encoding[] {
  const sample = bytes.subarray(0, SAMPLE * 2);
  return ALTERNATIVES.filter((e) => e !== tried && !(tried === 'utf-8-bom' && e === 'utf-8')).filter((e) => {
    // a sample may end inside a character: utf8() allows that at the very end
    const t = e === 'utf-8' ? utf8(sample) : decodeAs(sample, e);
    return t !== undefined && readsAsChinese(textStats(t));
  });
}

/** UTF-16 without a BOM: the byte order in which the bytes read as Chinese text, if one does. */
function utf16(bytes: Uint8Array): Decoded | undefined {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const sample = decodeAs(bytes.subarray(0, SAMPLE * 2), encoding)!;
    if (readsAsChinese(textStats(sample))) return { text: decodeAs(bytes, encoding)!, encoding };
  }
  return undefined;
}

const ENCODINGS_HINT = 'utf-8, gb18030, gbk, big5, utf-16le or utf-16be';

/** The checks on a report's decoded text: mojibake and garbage are refused, with what to do. */
function checkContent(bytes: Uint8Array, text: string, encoding: Encoding, file: string, declared: boolean): void {
  const s = textStats(text);
  if (isUtf8AsCp1252(text, s)) {
    const example = mojibakeExample(text);
    throw new YoyError(
      'FILE_MOJIBAKE',
      `the text is mojibake: UTF-8 that was read as cp1252 or Latin-1 and saved again${example ? ` (${example})` : ''}. No "encoding" reads it back: fetch the file again, or undo the damage (iconv -f UTF-8 -t CP1252 < FILE > FIXED, or Python's ftfy) and point the manifest at the result`,
      file,
    );
  }
  const why = implausible(s);
  if (!why) return;
  const as = declared ? `read as ${encoding} (the manifest's "encoding")` : `read as ${encoding}`;
  const others = readableAs(bytes, encoding);
  if (others.length) {
    const e = others[0] === 'utf-8' && encoding === 'utf-8-bom' ? 'utf-8-bom' : others[0];
    throw new YoyError(
      'FILE_MOJIBAKE',
      `${as}, ${why} ("${sampleOf(text)}"); it reads as Chinese text in ${e}: set "encoding": "${e}" in its entry of manifest.json${declared && e === 'utf-8' ? ' (or remove "encoding")' : ''}`,
      file,
    );
  }
  throw new YoyError(
    'FILE_NOT_TEXT',
    `the file does not read as a text report: ${as}, ${why}, and no other encoding reads it as Chinese text. If it is text in an encoding yoy does not try on its own, set "encoding" in its entry of manifest.json (${ENCODINGS_HINT})`,
    file,
  );
}

/** The formats whose files are binary by their first bytes: what a report folder may hold besides reports. */
const SIGNATURES: Array<[string, number[], number?]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['an executable', [0x4d, 0x5a]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['a media file', [0x66, 0x74, 0x79, 0x70], 4],
];
function binaryFormat(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, sig, at = 0]) => sig.every((b, i) => bytes[at + i] === b))?.[0];
}

/** Bytes that no encoding reads as text, and not of a known binary format: FILE_NOT_TEXT, with how UTF-16 read them. */
function notText(bytes: Uint8Array, c: { nul: boolean; share: number }, file: string): YoyError {
  // a text with a few stray NUL or control bytes (a damaged copy) reads in its own encoding
  const other = readableAs(bytes, 'utf-16le').find((e) => e !== 'utf-16be');
  if (other)
    return new YoyError(
      'FILE_NOT_TEXT',
      `the file reads as Chinese text in ${other}, but holds ${c.nul ? 'NUL bytes' : 'control characters'}, which a text report has not: remove them (for example: tr -d '\\000-\\010\\016-\\037' < FILE > FIXED) and point the manifest at the result`,
      file,
    );
  const sample = bytes.subarray(0, SAMPLE * 2);
  const why16 = (['utf-16le', 'utf-16be'] as const)
    .map((e) => implausible(textStats(decodeAs(sample, e)!)))
    .find(Boolean);
  const how = c.nul
    ? `it has NUL bytes, which text has only in UTF-16, and read as UTF-16 (either byte order) ${why16 ?? 'it holds too few Chinese characters to be a report'}`
    : `${Math.round(c.share * 100)}% of its first bytes are control characters, which text does not have`;
  return new YoyError(
    'FILE_NOT_TEXT',
    `the file does not read as a text report: ${how}, and no other encoding reads it as Chinese text. If it is text in an encoding yoy does not try on its own, set "encoding" in its entry of manifest.json (${ENCODINGS_HINT})`,
    file,
  );
}

/** A few characters from the first stretch outside ASCII, to show what the text looks like. */
function sampleOf(text: string): string {
  const at = Math.max(0, text.search(/[^\x00-\x7f]/));
  return text.slice(at, at + 8).replace(/[\x00-\x1f\x7f]/g, '·');
}

export function decode(bytes: Uint8Array, file: string, declared?: Encoding, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new YoyError('FILE_EMPTY', 'the file is empty', file);
  const bom8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bom16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bom16be = bytes[0] === 0xfe && bytes[1] === 0xff;
  let encoding: Encoding;
  let text: string | undefined;
  if (declared) encoding = declared;
  else if (bom8) encoding = 'utf-8-bom';
  else if (bom16le) encoding = 'utf-16le';
  else if (bom16be) encoding = 'utf-16be';
  else {
    const c = controlShare(bytes);
    if (c.binary) {
      // NUL bytes are half of UTF-16's ASCII: a report in UTF-16 without a BOM is read when one byte order gives Chinese text
      const u16 = opts.content && c.nul ? utf16(bytes) : undefined;
      if (!u16) {
        const format = binaryFormat(bytes);
        // a file of a known format is binary; any other (random bytes) was tried as text, and says how it read
        if (!opts.content || format)
          throw new YoyError(
            'FILE_BINARY',
            `the file is binary${format ? ` (${format})` : ''}, not a text report`,
            file,
          );
        throw notText(bytes, c, file);
      }
      ({ text, encoding } = u16);
    } else {
      // strict UTF-8 first: a file that decodes without error is UTF-8; otherwise GB18030
      text = opts.content ? utf8(bytes) : decodeAs(bytes, 'utf-8');
      if (text !== undefined) encoding = 'utf-8';
      else {
        encoding = 'gb18030';
        if (opts.content) {
          text = decodeAs(bytes, 'gb18030')!;
          // neither UTF-8 nor GB18030: UTF-16 with no ASCII at all has no NUL bytes
          if (!readsAsChinese(textStats(text))) {
            const u16 = utf16(bytes);
            if (u16) ({ text, encoding } = u16);
          }
        }
      }
    }
  }
  if (text === undefined) {
    if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
      text = decodeAs(bytes, encoding);
      if (text === undefined)
        throw new YoyError(
          'DECODE_FAILED',
          `the file is not valid ${encoding}${opts.content ? hintOthers(bytes, encoding) : ''}`,
          file,
        );
    } else text = decodeAs(bytes, encoding)!;
  }
  if (opts.content) checkContent(bytes, text, encoding, file, declared !== undefined);
  else if (text.includes('\ufffd') && encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    const bad = (text.match(/\ufffd/g) ?? []).length;
    if (bad > text.length / 100)
      throw new YoyError('DECODE_FAILED', `${bad} characters could not be decoded as ${encoding}`, file);
  }
  if (!text.trim()) throw new YoyError('FILE_EMPTY', 'the file holds no text', file);
  return { text, encoding };
}

/** "; it reads as Chinese text in gb18030: set …" when another encoding reads it. */
function hintOthers(bytes: Uint8Array, tried: Encoding): string {
  const others = readableAs(bytes, tried);
  return others.length
    ? `; it reads as Chinese text in ${others[0]}: set "encoding": "${others[0]}" in its entry of manifest.json (or remove "encoding")`
    : '';
}

// Chinese characters outside the ordinary repertoire: the 6,763 of GB2312 (the
// simplified characters of everyday text) and the 5,401 frequent ones of Big5 (its
// first level, the traditional ones), 8,841 in all, taken from iconv-lite's tables
// (not the platform's WHATWG Big5, which gives five of them, 亅 匸 夊 癶 辵, as Kangxi radicals).
// In the State Council's reports 1954–2025 and every other text of the corpus at
// most 1.7% of the Chinese characters are outside it (the 1954 report's 産 and 爲);
// a text layer whose glyphs map to the wrong characters (radicals, compatibility
// forms, rare ideographs) has far more, and its figures go unread. A text where a
// tenth or more are unusual gets a warning that says what to check. The table is kept
// as data (ordinary-chars.json, made by scripts/gen-ordinary-chars.mjs from the tables).
// (the lexicon's text.common_chars, decode.ts's 1,374 most frequent characters, is for telling text from
// garbage: an ordinary short notice has 13% outside it, so it cannot serve here.)
import ORDINARY from './ordinary-chars.json' with { type: 'json' };

/** The share of unusual characters at which a text gets a warning, and how many Chinese characters it needs to be judged. */
export const UNUSUAL_SHARE = 0.1;
const MIN_CJK = 100;

/**
 * The ordinary characters, as a table over the basic plane (1 for each): read from ordinary-chars.json, which
 * scripts/gen-ordinary-chars.mjs writes from iconv-lite's tables (decoding them took about 150 ms a run).
 */
export function ordinaryTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const bits = Buffer.from(ORDINARY.bits, 'base64');
  for (let c = ORDINARY.from; c <= ORDINARY.to; c++)
    if (bits[(c - ORDINARY.from) >> 3] & (1 << ((c - ORDINARY.from) & 7))) t[c] = 1;
  return t;
}

/** Radicals, strokes, the unified ideographs and their extensions, compatibility ideographs. */
const isCjk = (c: number) =>
  (c >= 0x2e80 && c <= 0x2fdf) ||
  (c >= 0x31c0 && c <= 0x31ef) ||
  (c >= 0x3400 && c <= 0x9fff) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0x20000 && c <= 0x3ffff);

export interface UnusualChars {
  cjk: number;
  unusual: number;
  /** the most frequent unusual characters, most frequent first */
  examples: string[];
}

/** Every unit of the basic plane: 0 not Chinese, 1 an ordinary Chinese character, 2 an unusual one (built on first use). */
let kinds: Uint8Array | undefined;
function kindsOfUnits(): Uint8Array {
  if (kinds) return kinds;
  const t = ordinaryTable();
  const k = new Uint8Array(0x10000);
  for (let c = 0x2e80; c < 0x10000; c++) if (isCjk(c)) k[c] = t[c] ? 1 : 2;
  return (kinds = k);
}

export function unusualChars(text: string): UnusualChars {
  const kind = kindsOfUnits();
  let cjk = 0;
  let unusual = 0;
  const seen = new Map<string, number>();
  // by code unit, with a lookup per unit, not by a string or a range test per character: this reads every text of the input
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const p = text.codePointAt(i)!;
      if (p > 0xffff) {
        const ch = text.slice(i, ++i + 1);
        // a character of a supplementary plane is never an ordinary one
        if (!isCjk(p)) continue;
        cjk++;
        unusual++;
        seen.set(ch, (seen.get(ch) ?? 0) + 1);
        continue;
      }
    }
    const k = kind[c];
    if (k === 0) continue;
    cjk++;
    if (k === 1) continue;
    unusual++;
    const ch = text[i];
    seen.set(ch, (seen.get(ch) ?? 0) + 1);
  }
  const examples = [...seen]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([ch]) => ch);
  return { cjk, unusual, examples };
}

/** What to check, when a tenth or more of a text's Chinese characters are unusual; undefined otherwise. */
export function unusualWarning(text: string, id: string, derived: boolean): string | undefined {
  const u = unusualChars(text);
  if (u.cjk < MIN_CJK || u.unusual < u.cjk * UNUSUAL_SHARE) return undefined;
  const pct = Math.round((100 * u.unusual) / u.cjk);
  return `${pct}% of its Chinese characters (${u.unusual} of ${u.cjk}) are unusual ones, outside GB2312 and Big5's frequent characters (${u.examples.join('')}); an ordinary report has under 2%. ${
    derived
      ? `The text read from the document (sources/${id}.txt in the release) probably does not match what it shows: a PDF whose fonts map glyphs to the wrong characters. Compare that text with the document; if they differ, save the report as .txt from where it was published (or print it to a new PDF) and point the manifest at that file`
      : 'Compare the file with the published report: it may be text copied from a PDF whose fonts map glyphs to the wrong characters, or in an encoding read wrongly (set "encoding" in its manifest entry)'
  }`;
}

// Look-alike characters folded to the ordinary ones, as a report's text is read.
// A PDF's text layer often maps a glyph that a CJK font shares between an ideograph
// and a radical to the radical: 生 comes out as ⽣ (U+2F63, a Kangxi radical), 民 as
// ⺠ (U+2EA0, CJK Radicals Supplement), and some files carry compatibility
// ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F). They look the same and match nothing
// (人民政府 is not ⼈⺠政府), so the targets of a report printed to PDF were lost.
// Kangxi radicals and compatibility ideographs fold by NFKC, one character at a
// time (NFKC on the whole text would also fold full-width digits and letters, which
// extraction reads with an offset map of its own); the Radicals Supplement has no
// NFKC mapping, and folds by Unicode's Equivalent_Unified_Ideograph
// (radicals-supplement.json, made by scripts/gen-radicals.mjs).
//
// The folded text is the report's source: offsets point into it. A fold may change
// the length (an astral compatibility ideograph to a basic-plane one), so it is done
// before anything is measured, and a text that changed is kept in the release
// (sources/<id>.txt), as a PDF's text is.
import SUPPLEMENT from './radicals-supplement.json' with { type: 'json' };

const TABLE: Readonly<Record<string, string>> = SUPPLEMENT.map;

/** Radicals Supplement and Kangxi radicals, compatibility ideographs, and their supplement (U+2F800–U+2FA1F). */
const LOOKALIKE = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;

export interface Folded {
  text: string;
  /** how many characters were folded */
  folded: number;
  /** the folds made most often, most first ("⼯→工, ⺠→民"), for a message */
  examples: string;
}

/** The ordinary character a look-alike stands for, or the character itself. */
export function ordinary(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2e80 && c <= 0x2eff) return TABLE[ch] ?? ch;
  return ch.normalize('NFKC');
}

/** A folder that counts what it folds. */
function folder() {
  const counts = new Map<string, number>();
  const fold = (part: string) =>
    part.replace(LOOKALIKE, (ch) => {
      const o = ordinary(ch);
      if (o !== ch) counts.set(`${ch}→${o}`, (counts.get(`${ch}→${o}`) ?? 0) + 1);
      return o;
    });
  const result = (out: string, text: string): Folded => {
    let n = 0;
    for (const c of counts.values()) n += c;
    const examples = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([f]) => f)
      .join(', ');
    return n ? { text: out, folded: n, examples } : { text, folded: 0, examples: '' };
  };
  return { fold, result };
}

export function foldLookalikes(text: string): Folded {
  const { fold, result } = folder();
  return result(fold(text), text);
}

/** A PDF's text folded page by page, with where each page now begins. */
export function foldPages(text: string, pageStarts: number[]): Folded & { pageStarts: number[] } {
  const { fold, result } = folder();
  const bounds = [...pageStarts, text.length];
  // text before the first page's start (none, as pdf.ts lays it out)
  let out = fold(text.slice(0, bounds[0]));
  const starts: number[] = [];
  for (let i = 0; i < pageStarts.length; i++) {
    starts.push(out.length);
    out += fold(text.slice(bounds[i], bounds[i + 1]));
  }
  const f = result(out, text);
  return { ...f, pageStarts: f.folded ? starts : pageStarts };
}

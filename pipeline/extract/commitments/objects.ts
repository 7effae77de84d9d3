// Objects compared: what is counted, written one way (without scope words in front,
// quotes, brackets, 等; synonyms as one word), and its head noun. Used by the matcher,
// and by the reader where it pairs a notice's progress with the promise it restates.
import { commitmentsLexicon, perCommitmentsLexicon } from '../../lexicon/commitments.js';

/** Words for the same thing, written one way before objects are compared: each synonym group's first word; and the objects so written. */
const sameWords = perCommitmentsLexicon(({ HEAD_SYNONYMS }) => ({
  SAME_WORDS: HEAD_SYNONYMS.filter((g) => g[0].length >= 2).map((g): [RegExp, string] => [
    new RegExp(
      g
        .slice(1)
        .filter((w) => w.length >= 2)
        .sort((a, b) => b.length - a.length)
        // a short form of the first word (高速 for 高速公路) stands for it only where it ends a name:
        // 高速铁路 is no 高速公路
        .map((w) => (g[0].startsWith(w) ? `${w}$` : w))
        .join('|') || '(?!)',
    ),
    g[0],
  ]),
  NORMALISED: new Map<string, string>(),
  HEADS: new Map<string, string>(),
}));

// the straight quotes as escapes (\u0022 \u0027): a quote character in a regular expression confuses simple scanners of the source
export const PUNCT = /[“”\u0022\u0027‘’()（）\[\]【】《》<>、,，.。:：;；\s·-]/g;

/** What is counted, for comparison: without scope words in front (全市, 各类), quotes, brackets and 等. */
export function normObject(o: string): string {
  const { SAME_WORDS, NORMALISED } = sameWords();
  const known = NORMALISED.get(o);
  if (known !== undefined) return known;
  if (NORMALISED.size > 20000) NORMALISED.clear();
  const LEX = commitmentsLexicon();
  let n = o
    .replace(/[(（][^()（）]{0,6}[)）]/g, '')
    .replace(PUNCT, '')
    .replace(LEX.ETC_ALL_RE, '')
    .replace(LEX.OBJECT_PREFIX_RE, '');
  // one word for the same thing (停车位 and 泊位)
  for (const [word, as] of SAME_WORDS) n = n.replace(word, as);
  NORMALISED.set(o, n);
  return n;
}

/** The head noun: what remains at the end once the words of activity are taken off (农村幸福院建设 → 幸福院). */
export function headOf(o: string): string {
  // kept as normObject's are: the matcher asks for the same objects' heads for every pair it weighs
  const { HEADS } = sameWords();
  const known = HEADS.get(o);
  if (known !== undefined) return known;
  if (HEADS.size > 20000) HEADS.clear();
  const { ACTIVITY_SUFFIX_RE } = commitmentsLexicon();
  let h = normObject(o);
  for (let k = 0; k < 3 && h.length > 2 && ACTIVITY_SUFFIX_RE.test(h); k++) h = h.replace(ACTIVITY_SUFFIX_RE, '');
  HEADS.set(o, h);
  return h;
}

/** Whether two objects name the same kind of thing by their head nouns (幸福院 and 农村幸福院建设). */
export function headsAgree(a: string, b: string): boolean {
  const { HEAD_SYNONYMS } = commitmentsLexicon();
  const ha = headOf(a),
    hb = headOf(b);
  if (!ha || !hb) return false;
  // one names the other with a word more at the end (集中供养孤儿 and 集中供养孤儿基本生活最低养育标准)
  const [short, long] = ha.length <= hb.length ? [ha, hb] : [hb, ha];
  if (short.length >= 4 && long.startsWith(short)) return true;
  if (ha.endsWith(hb) || hb.endsWith(ha)) return true;
  if (ha.slice(-1) === hb.slice(-1)) return true;
  return HEAD_SYNONYMS.some((g) => g.some((w) => ha.endsWith(w)) && g.some((w) => hb.endsWith(w)));
}

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

/** Pairs of characters of a text (numbers as #), kept for the texts compared again and again. */
const BIGRAMS = new Map<string, Set<string>>();
function bigrams(s: string): Set<string> {
  let out = BIGRAMS.get(s);
  if (out) return out;
  const t = s.replace(PUNCT, '').replace(/\d+(?:\.\d+)?/g, '#');
  out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  if (t.length === 1) out.add(t);
  if (BIGRAMS.size > 20000) BIGRAMS.clear();
  BIGRAMS.set(s, out);
  return out;
}

/** How alike two texts are by their pairs of characters (Dice's coefficient), 0 to 1. */
export function dice(a: string, b: string): number {
  const A = bigrams(a),
    B = bigrams(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

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
    // (0—6岁残疾儿童 and 残疾儿童: the age says who, not what)
    .replace(LEX.AGE_ALL_RE, '');
  n = n.slice(prefixEnd(n));
  // one word for the same thing (停车位 and 泊位)
  for (const [word, as] of SAME_WORDS) n = n.replace(word, as);
  NORMALISED.set(o, n);
  return n;
}

/**
 * Where the scope words in front of an object end (全市, 年度, 共): before a verb that starts inside them
 * and runs past them (年度共建项目: 共建 is a word of the name, not 共 and 建).
 */
function prefixEnd(n: string): number {
  const { OBJECT_PREFIX_RE, VERB_RE } = commitmentsLexicon();
  const m = OBJECT_PREFIX_RE.exec(n);
  if (!m) return 0;
  const end = m[0].length;
  for (let i = 0; i < end; i++) {
    VERB_RE.lastIndex = i;
    const v = VERB_RE.exec(n);
    if (v && i + v[0].length > end) return i;
  }
  return end;
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

/**
 * The same thing with words more inside it: 居家养老服务中心 in 示范型居家养老服务照料中心. Every
 * character of the shorter name stands in the longer in its order, both end in the same head
 * noun (two characters), and the shorter is long enough to say what it is (four characters).
 */
export function spreadIn(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length || short.slice(-2) !== long.slice(-2)) return false;
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/** The fewest runs of a long name's characters a shortening leaves out inside it (公路, 全生命, 护). */
const ABBREVIATION_GAPS = 2;

/**
 * A name shortened by characters of its words, as 村道安防工程 shortens 村道公路安全生命防护工程 and 境外展洽活动
 * shortens 境外展会和洽谈活动: spread in the long name (spreadIn), with two runs or more of it left out inside. One run
 * left out is a kind said more (重大项目 and 亿元以上重大产业项目: 产业), not a shortening.
 */
export function abbreviatedIn(short: string, long: string): boolean {
  if (!spreadIn(short, long)) return false;
  let gaps = 0;
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    const at = long.indexOf(short[i], j);
    if (at > j && i > 0) gaps++;
    j = at + 1;
  }
  return gaps >= ABBREVIATION_GAPS;
}

/** The longest short name of a thing in a list of them (城镇、农村; 交通、水利). */
export const SHORT_NAME_MAX = 4;

/**
 * The words the names share after the last of them (交通、水利、能源领域投资额: 领域投资额, so 交通领域投资额,
 * 水利领域投资额, 能源领域投资额), where the others are as long as the last one's own word; '' for none.
 */
export function sharedTail(names: string[]): string {
  if (names.length < 2) return '';
  const others = names.slice(0, -1).map((n) => n.length);
  const last = names[names.length - 1];
  const own = Math.max(...others);
  if (Math.min(...others) < own - 1 || own > SHORT_NAME_MAX || last.length <= own + 1) return '';
  return last.slice(own);
}

/** The shortest head two lists of kinds share (管网), and the fewest distinct characters of the kinds listed. */
const LISTED_HEAD_MIN = 2;
const LISTED_KINDS_MIN = 2;

/**
 * One thing listed by its kinds in other words: 燃气、供排水等老化管道 and 燃气、排水、供水管网改造, 排水、供水、
 * 供热、燃气管网 and 水热气等管网. At least one name is a list (、 or 等), both end in the same head once the
 * words of activity are off, and every character of the fewer kinds stands in the other's kinds (水热气:
 * 排水、供水、供热、燃气). 燃气管网 and 供水管网 are two things; neither is a list of the other's kinds.
 */
export function kindsOfOne(a: string, b: string): boolean {
  const { ETC_ALL_RE, AND_ALL_RE } = commitmentsLexicon();
  const listed = (o: string) => o.includes('、') || o.search(ETC_ALL_RE) >= 0;
  if (!listed(a) && !listed(b)) return false;
  const x = headOf(a),
    y = headOf(b);
  let head = 0;
  while (head < x.length && head < y.length && x[x.length - 1 - head] === y[y.length - 1 - head]) head++;
  if (head < LISTED_HEAD_MIN) return false;
  // (概念验证和中试平台 and 概念验证中心、中试平台: the words that join the kinds are none of them)
  const kinds = (w: string) => new Set(w.replace(new RegExp(AND_ALL_RE.source, 'g'), ''));
  const kx = kinds(x.slice(0, x.length - head)),
    ky = kinds(y.slice(0, y.length - head));
  const [few, many] = kx.size <= ky.size ? [kx, ky] : [ky, kx];
  return few.size >= LISTED_KINDS_MIN && [...few].every((ch) => many.has(ch));
}

/** Whether one name is the other with one plain qualifier more (重点, 城镇: words.plain_qualifiers). */
export function plainQualifierApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || !short) return false;
  for (const w of commitmentsLexicon().PLAIN_QUALIFIERS)
    for (let i = long.indexOf(w); i >= 0; i = long.indexOf(w, i + 1))
      if (long.slice(0, i) + long.slice(i + w.length) === short) return true;
  return false;
}

/** The fewest characters of each of the two parts of a name said in the other order. */
const ORDER_PART_MIN = 2;

/**
 * One name in two orders, where the work is named and the places it is done in (农村生活污水治理提升行政村 and
 * 行政村农村生活污水治理提升): the same words, the one part before the other; or the places moved, the work with words
 * more in front in one of them (placesMoved).
 */
export function otherOrder(a: string, b: string): boolean {
  // (农用地…溯源整治的县区 and 县区农用地…溯源整治: the 的 that puts the places after the work says no more)
  const { ATTRIBUTIVE } = commitmentsLexicon();
  const x = normObject(a).replaceAll(ATTRIBUTIVE, ''),
    y = normObject(b).replaceAll(ATTRIBUTIVE, '');
  if (x === y) return false;
  if (x.length !== y.length) return placesMoved(x, y) || placesMoved(y, x);
  if (x.length < 2 * ORDER_PART_MIN) return false;
  // (免费“两癌”筛查 and “两癌”免费筛查: two words swapped before a word both end with)
  let tail = 0;
  while (tail < x.length && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const [mx, my] = [x.slice(0, x.length - tail), y.slice(0, y.length - tail)];
  const at = (mx + mx).indexOf(my);
  return at >= ORDER_PART_MIN && mx.length - at >= ORDER_PART_MIN;
}

/** The fewest characters of a work named beside the places it is done in, said in another order. */
const MOVED_WORK_MIN = 4;

/**
 * 农村生活污水提升治理村庄 and 村庄生活污水提升治理: the places said after the work in one name and before it in the
 * other, the work one name of the other's with words more in front (农村).
 */
function placesMoved(x: string, y: string): boolean {
  const { COUNTED_PLACE_END_RE } = commitmentsLexicon();
  for (let cut = ORDER_PART_MIN; y.length - cut >= MOVED_WORK_MIN; cut++) {
    const places = y.slice(0, cut),
      work = y.slice(cut);
    if (!x.endsWith(places) || !COUNTED_PLACE_END_RE.test(places)) continue;
    const rest = x.slice(0, -cut);
    if (rest.length >= MOVED_WORK_MIN && (rest.endsWith(work) || work.endsWith(rest))) return true;
  }
  return false;
}

/**
 * 新能源装机 and 新能源: capacity installed (装机) that ends one name only is the measure of what it ends, not another
 * thing (figures in kilowatts both, or no pair is asked); the two names as they are otherwise.
 */
export function withoutCapacity(a: string, b: string): [string, string] {
  const { CAPACITY_END_RE } = commitmentsLexicon();
  const [ea, eb] = [CAPACITY_END_RE.test(a), CAPACITY_END_RE.test(b)];
  if (ea === eb) return [a, b];
  const bare = (ea ? a : b).replace(CAPACITY_END_RE, '');
  if (!bare) return [a, b];
  return ea ? [bare, b] : [a, bare];
}

/** A name in quotes at the opening of an object: the name a work is known by (“渝邻汇”社区综合服务体). */
export const QUOTED_OPENING_RE = /^[“\u0022‘「《]([^”\u0022’」》]{2,})[”\u0022’」》]/;

/**
 * “渝邻汇” and “渝邻汇”社区综合服务体: a work said by the quoted name it is known by alone is the work the longer name
 * opens with; the quotes make the short name no common word (学校 in 学校周边环境 is another thing).
 */
export function quotedNameOf(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  const [qx, qy] = [QUOTED_OPENING_RE.exec(x), QUOTED_OPENING_RE.exec(y)];
  if (!qx || !qy || qx[1] !== qy[1]) return false;
  return qx[0].length === x.length || qy[0].length === y.length;
}

/** The comma that lists things (、): 中小学、幼儿园. */
export const LIST_COMMA = '、';

/** A short name given in brackets after the full one: 自动体外除颤器（AED）, 产业技术研究院（产研院）. */
const ALIAS_END = /[（(]([A-Za-z0-9]{2,}|[\u4e00-\u9fff]{2,})[)）]\s*$/;

/** The words a name may have before a short name it ends on (老年 in 老年助餐点). */
const ALIAS_QUALIFIER = 2;

/** 自动体外除颤器（AED） and AED设备: one name says the short name the other gives itself in brackets. */
export function namedByAlias(a: string, b: string): boolean {
  // (the other name opens on the short name, AED设备, or ends on it after a word or so, 老年助餐点)
  const said = (x: string, y: string) => {
    const alias = ALIAS_END.exec(x)?.[1];
    const other = y.replace(ALIAS_END, '');
    return (
      alias !== undefined &&
      (other.startsWith(alias) || (other.endsWith(alias) && other.length - alias.length <= ALIAS_QUALIFIER))
    );
  };
  return said(a, b) || said(b, a);
}

/** 单项冠军企业 without 企业: a name that says what the enterprises are (four characters or more) needs no word of enterprise. */
export function withoutEnterpriseWord(name: string): string {
  const body = name.replace(commitmentsLexicon().ENTERPRISE_END_RE, '');
  return body.length >= 4 ? body : name;
}

/** Whether two objects name the same kind of thing by their head nouns (幸福院 and 农村幸福院建设). */
export function headsAgree(a: string, b: string): boolean {
  const { HEAD_SYNONYMS } = commitmentsLexicon();
  const ha = headOf(a),
    hb = headOf(b);
  if (!ha || !hb) return false;
  // (…or its head nouns, a word of work after one of them aside: 护眼照明教室 and 教室护眼照明改造)
  if (otherOrder(a, b) || otherOrder(ha, hb) || quotedNameOf(a, b) || namedByAlias(a, b)) return true;
  // 单项冠军企业 and 制造业单项冠军: a name of what the enterprises are, with the word of enterprise after it or not
  if (withoutEnterpriseWord(ha) !== ha && hb.endsWith(withoutEnterpriseWord(ha))) return true;
  if (withoutEnterpriseWord(hb) !== hb && ha.endsWith(withoutEnterpriseWord(hb))) return true;
  // one names the other with a word more at the end (集中供养孤儿 and 集中供养孤儿基本生活最低养育标准)
  const [short, long] = ha.length <= hb.length ? [ha, hb] : [hb, ha];
  if (short.length >= 4 && long.startsWith(short)) return true;
  if (ha.endsWith(hb) || hb.endsWith(ha)) return true;
  // (项目 and 科技成果项目: the one name ends the other, though the words of activity took the longer one's head)
  const [na, nb] = [normObject(a), normObject(b)];
  if (na.endsWith(nb) || nb.endsWith(na)) return true;
  // (村道安防工程 and 村道公路安全生命防护工程: a name shortened by characters of its words)
  if (abbreviatedIn(na, nb) || abbreviatedIn(nb, na)) return true;
  if (ha.slice(-1) === hb.slice(-1)) return true;
  // 共建项目 and 共建重点项目: one name with a plain qualifier more, though the words of activity took its head
  if (plainQualifierApart(normObject(a), normObject(b))) return true;
  if (kindsOfOne(a, b)) return true;
  return HEAD_SYNONYMS.some((g) => g.some((w) => ha.endsWith(w)) && g.some((w) => hb.endsWith(w)));
}

/**
 * Words without the verbs of work, the general words of money or effort and the joiners that end them, and a mark
 * before them (路段管网铺设: 路段管网; ▶老年助餐点建设任务: 老年助餐点; 安装并投入使用: nothing): the thing they name.
 */
export function thingBeforeWork(words: string): string {
  const { VERBS, GENERIC_END_RE, JOINER } = commitmentsLexicon();
  let rest = words.replace(/^[^\u4e00-\u9fff]+/, '');
  for (let cut = rest; cut;) {
    cut = GENERIC_END_RE.exec(rest)?.[0] ?? VERBS.find((v) => v.length >= 2 && rest.endsWith(v)) ?? '';
    rest = rest.slice(0, rest.length - cut.length);
    if (cut && rest && JOINER.test(rest.slice(-1))) rest = rest.slice(0, -1);
  }
  return rest;
}

/**
 * A completion of a step of the work, not of the work: a thing of its own named done (笔试、面试已完成, sharing no two
 * characters in a row with 中小学教师, its general words and a label of progress aside), where the words around it say
 * the work still under way (拟聘人员正在体检和考察，预计…到岗).
 */
export function stepDone(object: string, promised: string, said: string): boolean {
  const { GENERIC_WORDS, PROGRESS_LABEL_END_RE, NOT_YET_RE } = commitmentsLexicon();
  const own = normObject(object).replace(PROGRESS_LABEL_END_RE, '').replace(GENERIC_WORDS, ''),
    theirs = normObject(promised);
  if (own.length < 2 || theirs.length < 2 || !NOT_YET_RE.test(said)) return false;
  for (let i = 0; i + 2 <= own.length; i++) if (theirs.includes(own.slice(i, i + 2))) return false;
  return true;
}

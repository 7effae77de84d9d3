// Rule: an indicator's name followed by its figures.
//   地区生产总值807.62亿元,同比增长8.1%      → level and growth
//   单位GDP电耗和电力消费总量分别下降13.2%和6.24% → one figure each, in order
//   城镇调查失业率和登记失业率稳定在4.3%左右   → one figure shared by both
import { alt, escape, lexicon, perLexicon } from '../../lexicon/index.js';
import { setAsideWords, type SetAsideCode } from '../set-aside.js';
import { readFigureLists, isPercent, isPercentagePoints, type Figure, type FigureList } from '../figures.js';
import type { Candidate, Mention } from '../types.js';
import type { Sentence } from '../context.js';
import { BOUNDARY_CHARS } from '../commitments/text.js';
import { unitBase } from '../units.js';
import type { Indicator, Measure } from '../../core/model.js';

const mark = (data: { figures: { enumeration_mark?: string } }) => escape(data.figures.enumeration_mark ?? '\uFFFF');

/** Joiners of names, what after a name makes it modify what follows (生产总值的比例, GDP比重), a name that implies growth. */
const expressions = perLexicon(({ figures, data }) => ({
  JOINER: new RegExp(`^(?:${figures.joinAlt})$`),
  MODIFIES_NEXT: new RegExp(`^(?:${alt(figures.modifiesNext)})`),
  MODIFIER: new RegExp(`(?:${alt(figures.modifiesNext)})`, 'y'),
  // 占全省比重: what a share is of may stand among the modifying words
  OF_WHOLE: new RegExp(`(?:${alt(data.figures.gap.other)})`, 'y'),
  // a link that begins like such a word (平均为 against 平均) links the name to its figure
  LINK: new RegExp(`^(?:${figures.linksAlt})`),
  NAME_IMPLIES_GROWTH: new RegExp(alt(figures.growthNames)),
  // 、规上服务业营收 before 分别: items of the list that name nothing of the dictionary, each a short run without
  // a figure, a clause break or a joiner (an item with a joiner inside would be miscounted: the list is then left)
  UNNAMED_ITEM: new RegExp(
    `(?:${figures.joinAlt})[^\\d,，;；:：。!！?？()（）${data.figures.joins.filter((j) => j.length === 1).join('')}]{1,16}?(?=${figures.joinAlt}|${figures.respectivelyAlt})`,
    'y',
  ),
  RESPECTIVELY_AHEAD: new RegExp(`(?:${figures.respectivelyAlt})`, 'y'),
  // 和社会融资规模余额预期增长均为12%: an item the dictionary lacks, then one figure that 均 gives to every item
  JOINED: new RegExp(`(?:${figures.joinAlt})`, 'y'),
  ALL_ALIKE: new RegExp(`(?:${alt(data.figures.all_alike ?? [])})`),
  ITEM_CHAR: new RegExp(`[^\\d,，;；:：。!！?？()（）]`),
  // 人均地区生产总值: a word right before the name that makes its figures per person or per unit
  PER_UNIT_BEFORE: new RegExp(`(?:${alt(data.figures.per_unit ?? [])})$`),
  // between one name's level and the next name of a chain: a comma alone
  CHAIN_GAP: /^[,，]$/,
  // the list mark that joins parts before a name
  // (two characters at least before the mark: 城、乡居民人均可支配收入 is two names, not parts)
  LISTED: new RegExp(`[^\\d${mark(data)}]{2}${mark(data)}[^\\d]`),
}));

/**
 * 规上工业增加值、规上服务业营收分别增长6.5%和7%: after the group's last name, the items of a 分别
 * list that are no indicator's names. Their count, and where 分别 stands, or null when none is there.
 */
function unnamedItems(text: string, from: number, limit: number): { count: number; at: number } | null {
  const { UNNAMED_ITEM, RESPECTIVELY_AHEAD } = expressions();
  let p = from;
  let count = 0;
  for (;;) {
    UNNAMED_ITEM.lastIndex = p;
    const m = UNNAMED_ITEM.exec(text);
    if (!m || p + m[0].length > limit) break;
    p += m[0].length;
    count++;
  }
  RESPECTIVELY_AHEAD.lastIndex = p;
  return count && RESPECTIVELY_AHEAD.test(text) ? { count, at: p } : null;
}

/**
 * 广义货币M2和社会融资规模余额预期增长均为12%左右: after the group's last name, a joined item that is no
 * indicator's name, then one figure that a word of the lexicon (均) gives to every item. Where the
 * figure's list starts, or null when the text is not so.
 */
function allAlikeTail(text: string, from: number, limit: number): number | null {
  const { JOINED, ALL_ALIKE, ITEM_CHAR } = expressions();
  JOINED.lastIndex = from;
  const joiner = JOINED.exec(text);
  if (!joiner) return null;
  const itemFrom = from + joiner[0].length;
  // the item is a short run of words; its figure's list begins where the list reader finds one
  for (let p = itemFrom + 2; p < Math.min(limit, itemFrom + 24) && ITEM_CHAR.test(text[p - 1]); p++) {
    const [list] = readFigureLists(text, p, limit);
    if (!list || list.from !== p) continue;
    if (list.figures.length !== 1 || list.respectively) return null;
    return ALL_ALIKE.test(text.slice(itemFrom, list.figures[0].from)) ? p : null;
  }
  return null;
}

/** One level and nothing else: 达到10493元. */
function isOneLevel(list: FigureList): boolean {
  const [f] = list.figures;
  return list.figures.length === 1 && !list.modifiedBy && f.direction === 'none' && !isPercent(f.unit) && !!f.unit;
}

/** A list of changes in percent with one figure for each name of a chain: 分别增长9.6%和6.2%, 实际增长8.4%和8%. */
function fitsChain(list: FigureList, names: number): boolean {
  return (
    list.figures.length === names &&
    !list.modifiedBy &&
    !list.stretch &&
    list.figures.every((f) => isPercent(f.unit) && f.direction !== 'none' && !f.gap && !f.acrossYears)
  );
}

/** Which measure a figure states for this indicator, or why it states none. */
export function measureOf(ind: Indicator, f: Figure, name: string): Measure | { reject: string } {
  if (isPercentagePoints(f.unit)) {
    return ind.measures.includes('change_pp')
      ? 'change_pp'
      : { reject: 'percentage points for an indicator without change_pp' };
  }
  if (isPercent(f.unit)) {
    if (f.direction !== 'none') {
      if (ind.measures.includes('growth')) return 'growth';
      return { reject: 'a change of a rate stated in percent' };
    }
    if (ind.percent_measure === 'rate' && ind.measures.includes('rate')) return 'rate';
    if (ind.percent_measure === 'growth' && expressions().NAME_IMPLIES_GROWTH.test(name)) return 'growth';
    return { reject: 'a percentage without a verb of change' };
  }
  if (!f.unit) return { reject: 'a number without a unit' };
  if (f.direction !== 'none') return { reject: 'an amount of change, not a level' };
  if (!ind.measures.includes('level')) return { reject: 'a level for an indicator without levels' };
  const base = unitBase(f.unit);
  if (ind.unit_bases && (!base || !ind.unit_bases.includes(base)))
    return { reject: `unit ${f.unit} is not one of ${ind.unit_bases.join(', ')}` };
  return 'level';
}

export function candidateFrom(
  m: Mention,
  f: Figure,
  measure: Measure,
  sentence: Sentence,
  rule: string,
  spanFrom: number,
): Candidate {
  return {
    indicator: m.indicator,
    measure,
    number: f.number,
    negative: f.direction === 'fall',
    number2: f.number2,
    unit: f.unit,
    qualifier: f.qualifier,
    qualifierWord: f.qualifierWord,
    from: spanFrom,
    to: f.to,
    nameFrom: m.from,
    nameTo: m.to,
    name: m.name,
    groupFrom: m.from,
    sentence,
    rule,
    confidence: 0.9,
    notes: [],
  };
}

/** 从5.5%降到5.3%: the level the change starts from, set aside beside the level it reaches (its time is not said). */
function earlierLevel(c: Candidate, at: NonNullable<Figure['earlier']>): Candidate {
  return {
    ...c,
    number: at.number,
    number2: undefined,
    from: at.from,
    to: at.to,
    notes: [],
    code: 'earlier_level',
    dropped: 'the level a change starts from, beside the level it reaches',
  };
}

/**
 * 地区生产总值年均增长5.2% · 服务业增加值占比达到58.8% · 占国内生产总值的比重为8.6%: a name that modifies
 * what follows states no figure of its own; the figure after the modifying words is set aside with the
 * code its words give (a share, a yearly average), so the account can say why it was not read.
 */
function modifiedFigures(text: string, sentence: Sentence, m: Mention, limit: number): Candidate[] {
  const { MODIFIER, OF_WHOLE } = expressions();
  const codeOf = lexicon().figures.modifiedCode;
  let p = m.to;
  let code: SetAsideCode | undefined;
  for (let k = 0; k < 4; k++) {
    MODIFIER.lastIndex = p;
    const w = MODIFIER.exec(text);
    if (w) {
      code ??= codeOf.get(w[0]);
      p += w[0].length;
      continue;
    }
    OF_WHOLE.lastIndex = p;
    const o = k > 0 && OF_WHOLE.exec(text);
    if (!o) break;
    p += o[0].length;
  }
  if (!code) return [];
  const lists = readFigureLists(text, p, limit);
  if (!lists.length || lists[0].from !== p) return [];
  // the share's other figures (提高2个百分点) are the share's too; a gap is a gap (优于全国约1个百分点)
  return lists.flatMap((list) =>
    list.figures.flatMap((f) => {
      const c = setAsideFigure(m, f, sentence, f.gap ? 'gap_to_other' : code!);
      // 比率从14.7%降至13%: the level the share starts from goes with it
      return f.earlier ? [c, earlierLevel(c, f.earlier)] : [c];
    }),
  );
}

/** The measure a figure set aside would state, or the indicator's first where it states none of them. */
function measureOrFirst(m: Mention, f: Figure): Measure {
  const measure = measureOf(m.indicator, f, m.name);
  return typeof measure === 'string' ? measure : m.indicator.measures[0];
}

/** A figure after a name that is not the name's: set aside with its code, so the account can say why. */
function setAsideFigure(m: Mention, f: Figure, sentence: Sentence, code: SetAsideCode): Candidate {
  return {
    ...candidateFrom(m, f, measureOrFirst(m, f), sentence, 'name-figure', m.from),
    code,
    dropped: setAsideWords(code),
  };
}

/** Whether items joined by 、 stand before a name in its clause (对东盟、欧盟进出口): the name is theirs to share. */
function partsBefore(text: string, sentence: Sentence, m: Mention): boolean {
  const { LISTED } = expressions();
  let from = m.from;
  while (from > sentence.from && !BOUNDARY_CHARS[text.charCodeAt(from - 1)]) from--;
  return LISTED.test(text.slice(from, m.from));
}

export function nameThenFigures(text: string, sentence: Sentence, mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const named = mentions.filter((m) => !m.valueFirst);
  // names that each state one level in successive clauses, and where the last one's level ends
  let chain: Mention[] = [];
  let chainEnd = -1;
  let i = 0;
  while (i < named.length) {
    // gather names joined by 和/、 into one group that shares the figures after the last
    const group = [named[i]];
    // names joined by 和/、, and the names one written name stands for (城乡居民人均可支配收入)
    while (
      i + 1 < named.length &&
      (expressions().JOINER.test(text.slice(group[group.length - 1].to, named[i + 1].from)) ||
        (named[i + 1].split && named[i + 1].from === group[group.length - 1].from))
    ) {
      group.push(named[++i]);
    }
    const last = group[group.length - 1];
    const limit = i + 1 < named.length ? named[i + 1].from : sentence.to;
    i++;
    // long enough for the longest link that begins with a modifying word (的调控目标)
    const after = text.slice(last.to, last.to + 8);
    if (expressions().MODIFIES_NEXT.test(after) && !expressions().LINK.test(after)) {
      out.push(...modifiedFigures(text, sentence, last, limit));
      continue;
    }
    // 人均地区生产总值达到3.2万美元 · 万元生产总值用水量下降22%: per person or per unit, not the total's
    if (expressions().PER_UNIT_BEFORE.test(text.slice(Math.max(0, group[0].from - 2), group[0].from))) {
      for (const list of readFigureLists(text, last.to, limit))
        for (const f of list.figures) {
          const c = setAsideFigure(last, f, sentence, 'per_unit');
          out.push(c);
          if (f.earlier) out.push({ ...earlierLevel(c, f.earlier), code: 'per_unit', dropped: c.dropped });
        }
      continue;
    }
    // a 分别 list with items after the names that are not the dictionary's: the names take the first figures
    const tail = unnamedItems(text, last.to, limit);
    const alike = tail ? null : allAlikeTail(text, last.to, limit);
    const lists = readFigureLists(text, tail ? tail.at : (alike ?? last.to), limit);
    // 城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%: after names
    // that each state a level, one clause by one, a list with one figure for each of them goes to them in order
    const single = group.length === 1 && !tail && !alike;
    if (!(single && chain.length && expressions().CHAIN_GAP.test(text.slice(chainEnd, last.from)))) chain = [];
    const levelFirst = single && lists.length > 0 && isOneLevel(lists[0]);
    const chained = levelFirst ? [...chain, last] : [];
    if (levelFirst && lists.length === 1) {
      chain = chained;
      chainEnd = lists[0].to;
    } else chain = [];
    const shapes = new Set<string>();
    for (const list of lists) {
      if (chained.length > 1 && list !== lists[0] && fitsChain(list, chained.length)) {
        for (const [k, m] of chained.entries()) {
          const f = list.figures[k];
          const measure = measureOf(m.indicator, f, m.name);
          if (typeof measure !== 'string') continue;
          const c = candidateFrom(m, f, measure, sentence, 'names-respective-figures', m.from);
          c.groupFrom = chained[0].from;
          out.push(c);
        }
        continue;
      }
      // 达14.2万亿元、年均增长5.7%: a yearly average over years is not the year's
      if (list.modifiedBy) {
        out.push(...list.figures.map((f) => setAsideFigure(last, f, sentence, list.modifiedBy!)));
        continue;
      }
      // 增长5.4%、高于全国0.4个百分点: the gap to another figure is set aside, whatever the names
      if (list.figures.some((f) => f.gap)) {
        out.push(...list.figures.map((f) => setAsideFigure(last, f, sentence, 'gap_to_other')));
        continue;
      }
      // 增长11%、力争达到11.5%: the target is the first figure, not the one reached for
      const shape = isPercent(list.figures[0].unit) ? 'pct' : list.figures[0].unit;
      if (list.stretch && shapes.has(shape)) {
        // 增长7%以上、力争达到8%: the figure a plan reaches for beyond its target
        out.push(...list.figures.map((f) => setAsideFigure(last, f, sentence, 'secondary_figure')));
        continue;
      }
      shapes.add(shape);
      const n = list.figures.length;
      let pairs: Array<[Mention, Figure]>;
      if (tail) {
        if (!list.respectively || n !== group.length + tail.count) continue;
        pairs = group.map((m, k) => [m, list.figures[k]]);
        // 规上工业增加值、规上服务业营收分别增长6.5%和7%: the unnamed items' figures are theirs, not the names'
        out.push(
          ...list.figures.slice(group.length).map((f) => setAsideFigure(last, f, sentence, 'not_in_dictionary')),
        );
      } else if (group.length === 1 && n === 1) pairs = [[group[0], list.figures[0]]];
      else if (group.length > 1 && n === group.length && (list.respectively || n > 1))
        pairs = group.map((m, k) => [m, list.figures[k]]);
      else if (group.length > 1 && n === 1 && !list.respectively && !group.some((m) => m.apart))
        pairs = group.map((m) => [m, list.figures[0]]);
      else {
        // 对东盟、欧盟进出口分别增长16.7%、40.2% · 金融业、软件和信息服务业增加值分别增长9.7%、15.3%: parts
        // listed before one name share its 分别 figures; each is a part's, not the name's
        if (list.respectively && group.length === 1 && n > 1 && partsBefore(text, sentence, group[0]))
          out.push(...list.figures.map((f) => setAsideFigure(last, f, sentence, 'narrower_scope')));
        continue; // the figures do not line up with the names: leave them
      }
      const rule = group.length === 1 ? 'name-figure' : n === 1 ? 'names-shared-figure' : 'names-respective-figures';
      for (const [m, f] of pairs) {
        // 从2020年的3.68万亿元增长到2025年的4.93万亿元: neither level is the year's (a rounded level
        // beside the year's exact one would go to review as a conflict)
        if (f.acrossYears) {
          const c = setAsideFigure(m, f, sentence, 'across_years');
          out.push(c);
          if (f.earlier) out.push({ ...earlierLevel(c, f.earlier), code: 'across_years', dropped: c.dropped });
          continue;
        }
        const measure = measureOf(m.indicator, f, m.name);
        if (typeof measure !== 'string') continue;
        const c = candidateFrom(m, f, measure, sentence, rule, m.from);
        c.groupFrom = group[0].from;
        out.push(c);
        if (f.earlier) out.push(earlierLevel(c, f.earlier));
      }
    }
  }
  return out;
}

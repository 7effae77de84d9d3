// Refiner: the name must be the jurisdiction's own indicator. Whatever stands
// between the start of its clause and the name has to be a subject or a link
// word (全区, 全年, 2014年, 实现); a sector, a park or a ratio in front of the
// name (金融业实现地方财政收入, 科技工业园实现工业销售产值, 占GDP比重) sets it aside.
// The jurisdiction's own name is a subject too (去年一年潮州GDP总量完成850.2亿元,
// 云南省2018年地区生产总值增长8.9%), and a list marker starts a clause (●经济增长6%左右).
import type { Candidate } from '../types.js';
import { LIST_MARKERS, THIS_JURISDICTION, JURISDICTION_SUFFIX } from '../vocabulary.js';

const CLAUSE_START = new RegExp(`[,，;；:：。!！?？\\n(（、—${LIST_MARKERS}]`);
/** A numbered item: 1. 2、 (3) （四） ⑤; the clause starts after an opening bracket, so 3) and 四) too */
const ITEM_NUMBER = /^(?:\d{1,2}[.、]|[(（]?[一二三四五六七八九十\d]{1,2}[)）]|[\u2460-\u2473])/;
const SUBJECT_WORDS = [
  '全区',
  '全市',
  '全省',
  '全县',
  '全州',
  '全旗',
  '全国',
  '全口径',
  '我区',
  '我市',
  '我省',
  '我县',
  '我国',
  '区属',
  '市属',
  '县属',
  '本区',
  '本市',
  '本县',
  '辖区',
  '全辖区',
  '全域',
  '全市域',
  '全区域',
  '全年',
  '今年',
  '去年',
  '当年',
  '年末',
  '其中',
  '实现',
  '完成',
  '力争',
  '确保',
  '预计',
  '初步核算',
  '中央提出',
  '提出',
  '建议',
  '经济运行',
  '主要指标',
  '同时',
  '使',
  '将',
  '要',
  '继续',
  '进一步',
  '努力',
  '争取',
  '保持',
  '共',
  '和',
  '及',
  '与',
  '以及',
  '、',
  '“',
  '”',
  ' ',
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
  '六是',
  '七是',
  '八是',
  '九是',
  '十是',
  '全面完成',
  '全年完成',
  '全年实现',
  '按可比价格计算',
  // 去年一年, 2015年拟定预期生产总值增长11%, 江苏目标经济增长5%左右, 在固定资产投资增长11.6%…的情况下
  '一年',
  '拟定',
  '预期',
  '目标',
  '在',
  ...THIS_JURISDICTION,
];
const YEAR_WORD = /^\d{4}年(?:度)?/;
const WORDS = SUBJECT_WORDS.slice().sort((a, b) => b.length - a.length);

/** The ways a report names its own jurisdiction: 云南省 and 云南, 上城区 and 上城. */
export function ownNames(jurisdictionName: string | undefined): string[] {
  if (!jurisdictionName) return [];
  const short = jurisdictionName.replace(JURISDICTION_SUFFIX, '');
  return short !== jurisdictionName && short.length >= 2 ? [jurisdictionName, short] : [jurisdictionName];
}

/** True when `prefix` is made only of subject and link words (and the jurisdiction's own names). */
export function isSubjectPrefix(prefix: string, own: string[] = []): boolean {
  let p = prefix.replace(ITEM_NUMBER, '');
  while (p.length) {
    const y = YEAR_WORD.exec(p);
    if (y) {
      p = p.slice(y[0].length);
      continue;
    }
    const w = WORDS.find((word) => p.startsWith(word)) ?? own.find((word) => p.startsWith(word));
    if (!w) return false;
    p = p.slice(w.length);
  }
  return true;
}

export function clausePrefix(text: string, sentenceFrom: number, nameFrom: number): string {
  let i = nameFrom - 1;
  while (i >= sentenceFrom && !CLAUSE_START.test(text[i])) i--;
  return text.slice(i + 1, nameFrom);
}

export function refineSubject(text: string, cands: Candidate[], jurisdictionName?: string): void {
  const own = ownNames(jurisdictionName);
  for (const c of cands) {
    // a report that declines a number speaks of its own target (我们没有提出全年经济增速具体目标)
    if (c.dropped || c.rule === 'figure-name' || c.word === 'declined') continue;
    // names joined into a group share the subject of the first: 全区单位GDP电耗和电力消费总量
    const prefix = clausePrefix(text, c.sentence.from, c.groupFrom);
    if (!isSubjectPrefix(prefix, own)) {
      c.code = 'not_jurisdiction';
      c.dropped = `not the jurisdiction's own figure: "${prefix}" stands before the name`;
    }
  }
}

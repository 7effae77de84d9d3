// Refiner: a name joined to a level it reaches, and a name whose own last word is the work done.
//   set aside: a measured stock to reach with no verb of its own (新型储能超500万千瓦, 清洁能源装机突破8200万千瓦),
//     a reach of people or households (带动小农户规模达到160万户), a sum agreed in contracts (合同引资额3000亿元)
//   set aside: a running total after what the year adds (新增1000处信号灯联网、累计达8000处)
//   promised, with no verb of doing before them: a counted stock of enterprises or projects to reach
//     (高新技术企业数量突破300家, 亿元以上项目达到1000个), the year's new capacity (新能源装机600万千瓦以上),
//     the area of a work (“三北”工程建设面积70万亩)
//   an outcome's verb, from the name it ends with a word of size (新能源项目开工建设规模1684万千瓦)
import type { Item } from '../types.js';
import { unitOfItem } from '../item.js';
import { commitmentsLexicon } from '../../../lexicon/commitments.js';
import { drop, clauseStart } from './set-aside.js';
import { enterpriseStock } from './not-promised.js';

/** Things counted one by one that a plan may promise to reach a total of (家, 个, 户): not people. */
const COUNTED_THINGS = new Set(['count', 'households']);
/** What a reach is counted in (户, 人): a size of money (资金管理规模超过500亿元) is a sum, read as before. */
const REACH = new Set(['count', 'households', 'persons', 'person_times']);
/** Capacity (千瓦, 兆瓦). */
const CAPACITY = 'kW';

/** The words of an item's clause before its number (the name, and the word that links it to the figure). */
function wordsBefore(text: string, it: Item): string {
  return text.slice(clauseStart(text, it, it.q!.numFrom), it.q!.numFrom);
}

export function refineLevels(text: string, items: Item[]): void {
  const LEX = commitmentsLexicon();
  for (const it of items) {
    // 新能源项目开工建设规模1684万千瓦: in an outcome with no verb of its own, a verb then a word of size end the name:
    // so much was done by that verb to the thing before it
    if (!it.dropped && it.role === 'statement' && it.kind === 'figure' && it.rule === 'object-figure' && !it.verb) {
      const work = LEX.WORK_SIZE_END_RE.exec(it.object);
      if (work && work.index >= 2) {
        it.verb = work[1];
        it.object = it.object.slice(0, work.index);
      }
    }
    if (it.dropped || it.role !== 'promise' || it.kind !== 'figure' || !it.q || it.rule !== 'object-figure') continue;
    const base = unitOfItem(it)?.base;
    const before = wordsBefore(text, it);
    const passed = LEX.LEVEL_PASSED_END_RE.exec(before);
    const ownVerb = Boolean(it.verb) && !it.verbInherited;
    if (!ownVerb && LEX.RUNNING_TOTAL_END_RE.test(before))
      drop(it, `a running total ("${before}"), not what the year adds`, 'not_one_year');
    else if (LEX.CONTRACT_SUM_END_RE.test(it.object))
      drop(it, `a sum agreed in contracts ("${it.object}"), not a sum promised`, 'attribute');
    else if (
      passed &&
      base !== undefined &&
      REACH.has(base) &&
      LEX.SIZE_END_RE.test(it.object.replace(LEX.LEVEL_PASSED_END_RE, ''))
    )
      drop(it, `a size or reach to attain ("${it.object}"), not things done`, 'headline_indicator');
    else if (passed && !ownVerb && base !== undefined && !COUNTED_THINGS.has(base))
      drop(it, `a stock to reach ("${it.object}${passed[0]}"), not what is added`, 'headline_indicator');
    else if (passed && it.verbInherited && LEX.STOCK_COUNT_UNIT_RE.test(it.q.unit) && !it.object.includes(LEX.EACH)) {
      // 培育…企业330家以上，国家高新技术企业突破1.5万家: a stock to reach, its own word its verb, not its neighbour's
      it.verb = passed[0];
      it.verbInherited = false;
      it.object = it.object.replace(LEX.LEVEL_PASSED_END_RE, '');
    } else if (passed && ownVerb && LEX.LEVEL_PASSED_END_RE.test(it.object))
      // 新增开发装机突破1000万千瓦: the word of the level is no part of the thing
      it.object = it.object.replace(LEX.LEVEL_PASSED_END_RE, '');
    else if (!it.verb) {
      // no verb of doing: the word that links the name to its figure, or the name's own last word, is the promise
      const work = LEX.WORK_AREA_END_RE.exec(it.object);
      if (passed && LEX.STOCK_COUNT_UNIT_RE.test(it.q.unit) && !it.object.includes(LEX.EACH)) {
        it.verb = passed[0];
        it.object = it.object.replace(LEX.LEVEL_PASSED_END_RE, '');
      } else if (!passed && enterpriseStock(it.object, it.q.unit, LEX) && LEX.LEVEL_LINK_END_RE.test(before)) {
        // “领跑者”企业总量保持在650家以上: a counted stock of enterprises held at a level
        const link = LEX.LEVEL_LINK_END_RE.exec(before)![0];
        it.verb = link;
        it.object = it.object.replace(LEX.LEVEL_LINK_END_RE, '');
      } else if (base === CAPACITY && LEX.CAPACITY_END_RE.test(it.object))
        it.verb = LEX.CAPACITY_END_RE.exec(it.object)![0];
      else if (work) it.verb = work[1];
    }
  }
}

// The language of commitments, compiled once per lexicon from its commitments topic
// (input/lexicon/commitments.json, extended by an input directory's own: load.ts and
// commitments-file.ts): the units of what is counted, the verbs of promises and
// outcomes, the words of lists, stages, completion and time, and the patterns built of
// them. A reader asks for it when it reads (commitmentsLexicon()), so a run's words,
// and a worker's, are the ones it uses.
import fs from 'node:fs';
import path from 'node:path';
import { YoyError } from '../core/errors.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { assertValid } from '../core/schemas.js';
import type { Qualifier } from '../core/model.js';
import { assertNoDuplicates, type CommitmentsLexiconFile } from './commitments-file.js';
import { lexicon, perLexicon } from './index.js';
import { escapeClass } from './compile.js';

export { duplicatesOf, type CommitmentsLexiconFile } from './commitments-file.js';

export const COMMITMENTS_LEXICON_PATH = path.join(PROJECT_ROOT, 'input', 'lexicon', 'commitments.json');

const invalid = (file: string, message: string, where?: string) =>
  new YoyError('LEXICON_INVALID', message, path.relative(PROJECT_ROOT, file) || file, where);

/** Check the file: its duplicates first (named), then its shape against the schema. */
export function checkCommitmentsLexicon(data: unknown, file: string): CommitmentsLexiconFile {
  const shown = path.relative(PROJECT_ROOT, file) || file;
  assertNoDuplicates(data, shown);
  assertValid('lexicon/commitments', data, shown);
  return data as CommitmentsLexiconFile;
}

/** A word taken literally in a regular expression. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
/** An alternation of words, longest first, each taken literally. */
export const alt = (words: readonly string[]) => [...words].sort(byLength).map(escape).join('|');
/** What stands for the works between a push and the works' word in the verb they are given (加快…建设). */
const PUSHED_GAP = '…';
/** An alternation of words in the order listed (where the first listed must win), each taken literally. */
const either = (words: readonly string[]) => `(?:${words.map(escape).join('|')})`;

/**
 * Verbs longest first, where a long verb that is a shorter one run into the
 * opening of a third does not swallow that opening (新增加装电梯: 新增, then 加装).
 */
function verbAlternation(verbs: readonly string[]): string {
  const listed = new Set(verbs);
  return [...verbs]
    .sort(byLength)
    .map((verb) => {
      const tails: string[] = [];
      for (let cut = 1; cut < verb.length; cut++) {
        if (!listed.has(verb.slice(0, cut))) continue;
        const overlap = verb.slice(cut);
        for (const next of verbs)
          if (next.length > overlap.length && next.startsWith(overlap)) tails.push(next.slice(overlap.length));
      }
      return tails.length ? `${escape(verb)}(?!${either(tails)})` : escape(verb);
    })
    .join('|');
}

/** The first code units of words, as a table over the basic plane. */
function firstUnits(words: readonly string[]): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const w of words) if (w) t[w.charCodeAt(0)] = 1;
  return t;
}

/** The lexicon compiled: word lists, tables and regular expressions the rules use. */
export function compileCommitmentsLexicon(
  file: CommitmentsLexiconFile,
  where = COMMITMENTS_LEXICON_PATH,
  /** the list markers every reader knows (markers.json), for a pattern's {list_markers} */
  listMarkers = lexicon().data.markers.list_markers,
) {
  const words = (name: string): string[] => {
    const e = file.words[name];
    if (!e) throw invalid(where, `words.${name} is missing: the commitments reader needs it`);
    return e.words;
  };
  const pattern = (name: string): string => {
    const e = file.patterns[name];
    if (!e) throw invalid(where, `patterns.${name} is missing: the commitments reader needs it`);
    return e.pattern.replaceAll('{list_markers}', escapeClass(listMarkers));
  };
  const re = (name: string, flags = '') => {
    try {
      return new RegExp(pattern(name), flags);
    } catch (err) {
      throw invalid(where, `patterns.${name} is not a regular expression: ${(err as Error).message}`);
    }
  };
  /** A list of words as a regular expression: `shape` wraps the alternation (listed order). */
  const list = (name: string, shape: (alternation: string) => string = (a) => a, flags = '') =>
    new RegExp(shape(either(words(name))), flags);

  /** Words of a target, as a name's end (年度目标) or only as a line's label (目标：): both name no thing alone. */
  const targetOrLabel = either([...words('target_words'), ...words('target_label_words')]);
  /** The works that make a thing (新建, 改扩建), longest first. */
  const madeBy = either(
    [...words('increments'), ...words('merged_verbs'), ...words('remaking_verbs')].sort((a, b) => b.length - a.length),
  );
  /** Units of what is counted beyond the headline figures' (extract/commitments/quantities.ts adds those). */
  const UNITS: Record<string, { base: string; factor: string }> = {};
  /** the thing a unit counts, where it names one (列: 班列) */
  const UNIT_THINGS = new Map<string, string>();
  for (const u of file.units) {
    UNITS[u.word] = { base: u.base, factor: u.factor };
    if (u.names) UNIT_THINGS.set(u.word, u.names);
  }
  const PER_UNITS: Record<string, { unit: string; base: string }> = {};
  for (const u of file.per_units) PER_UNITS[u.word] = { unit: u.unit, base: u.base };
  const QUALIFIER_BEFORE: Record<string, Qualifier> = {};
  for (const q of file.qualifiers_before) QUALIFIER_BEFORE[q.word] = q.qualifier;
  const QUALIFIER_AFTER: Record<string, Qualifier> = {};
  for (const q of file.qualifiers_after) QUALIFIER_AFTER[q.word] = q.qualifier;
  const UNIT_CONTINUES: Record<string, RegExp> = {};
  for (const u of file.unit_continues) UNIT_CONTINUES[u.unit] = new RegExp(`^${either(u.words)}`);
  const VERBS = words('verbs');
  // a verb, not where a thing's name opens with one (安置房): one pattern for the three searches below
  const VERB_PATTERN = `(?!${either(words('verb_nouns'))})(?:${verbAlternation(VERBS)})`;
  const STAGE_START = list('stage_start');
  const STAGE_FINISH = list('stage_finish');

  return {
    UNITS,
    UNIT_THINGS,
    ZH_COUNT_UNITS: words('chinese_count_units'),
    ZH_COUNT_QUALIFIERS: words('chinese_count_qualifiers'),
    APPROX_MORE: words('approximately_more'),
    PER_UNITS,
    PER_UNIT_RE: new RegExp(`(?:${alt(Object.keys(PER_UNITS))})$`),
    QUALIFIER_BEFORE,
    QUALIFIER_AFTER,
    UNIT_CONTINUES,
    RANGE_DASH: pattern('range_dash'),
    ZH_NUMERALS: pattern('chinese_count_numerals'),
    ZH_DIGIT_RE: re('chinese_count_digit'),
    ZH_LARGE: pattern('chinese_large_count'),
    ZH_LARGE_UNITS: words('chinese_large_count_units'),
    ZH_NOT_AFTER_RE: re('chinese_count_not_after'),
    NUMERAL_BEFORE_RE: re('numeral_before'),
    NOT_A_QUANTITY_BEFORE: re('not_a_quantity_before'),
    ZH_NUMERAL_VERBS: words('chinese_numeral_verbs'),
    ZH_NUMERAL_VERB_TAILS: words('chinese_numeral_verb_tails'),
    ONE_VERBS: words('one_verbs'),
    ONE_UNITS: words('one_units'),
    ONE: words('one')[0],
    YUAN_END_RE: list('yuan', (a) => `${a}$`),
    FROM_END_RE: list('from', (a) => `${a}$`),
    TEN_THOUSAND: words('ten_thousand')[0],
    COUNTED_PEOPLE: words('counted_people'),
    PEOPLE_UNIT: words('people_unit')[0],
    COUNTED_HOUSEHOLDS: words('counted_households'),
    TASK_TAILS: words('task_tails'),
    TASK_TAIL_RE: list('task_tails', (a) => `^${a}$`),
    HOUSEHOLD_UNIT: words('household_unit')[0],

    VERBS,
    VERB_RE: new RegExp(VERB_PATTERN, 'y'),
    VERB_ANYWHERE: new RegExp(VERB_PATTERN, 'g'),
    /** the same, tried at one position (where a verb's first unit stands: VERB_FIRST) */
    VERB_AT: new RegExp(VERB_PATTERN, 'y'),
    VERB_FIRST: firstUnits(VERBS),
    LEAD_ONLY_VERB_RE: list('lead_only_verbs', (a) => `^${a}$`),
    GENERAL_VERB_RE: list('general_verbs', (a) => `^${a}`),
    GENERAL_VERB_END_RE: list('general_verbs', (a) => `${a}$`),
    MERGED_VERBS: words('merged_verbs'),
    VERB_JOINERS_RE: re('verb_joiners', 'g'),
    /** 新开、优化调整; 新开通或优化: what lists works side by side in one verb */
    VERB_LIST_SPLIT_RE: list('verb_list_joiners'),
    NEARLY_RE: re('nearly'),
    MODALS_RE: re('modals'),
    MANNER_RE: list('manner', (a) => `^${a}+$`),
    MANNER_END_RE: list('manner', (a) => `${a}+$`),
    MANNER_START_RE: list('manner', (a) => `^${a}+`),
    MANNER_ALL_RE: list('manner', (a) => a, 'g'),
    INTENT_START_RE: list('intent_words', (a) => `^${a}+`),
    PROPERTY_START_RE: list('property_openings', (a) => `^${a}`),
    NEW_RE: list('verb_prefixes', (a) => `^${a}$`),
    NEW_END_RE: list('verb_prefixes', (a) => `${a}$`),
    NEW_START_RE: list('verb_prefixes', (a) => `^${a}`),
    PREPOSITION_RE: list('prepositions', (a) => `^${a}`),
    /** a phrase that is only the preposition (为6000栋…: who or what the work is for is counted) */
    PREPOSITION_ONLY_RE: list('prepositions', (a) => `^${a}$`),
    /** a phrase of where, naming fields by example, at its end (在…等方面) */
    FIELD_END_RE: list('field_words', (a) => `${either(words('etc'))}?${a}$`),
    /** every word of fields in a name, to take them all off (领域, 方面) */
    FIELD_ALL_RE: list('field_words', (a) => a, 'g'),
    /** an object that opens with a word of fields (17个领域碳达峰工作): the count is of fields */
    FIELD_START_RE: list('field_words', (a) => `^${a}`),
    /** a word of where along a line right before a length (长江沿线1公里…) */
    PLACING_END_RE: list('placing_words', (a) => `${a}$`),
    /** the size of projects named before it (重大项目总投资) */
    PROJECT_SIZE_END_RE: list('project_sizes', (a) => `.${a}$`),
    SUBJECT_END_RE: list('subject_ends', (a) => `${a}$`),
    FINDING_ONLY_RE: list('finding_words', (a) => `^${a}$`),
    NUMBERED_NAME_PART: re('numbered_name_part'),
    RELATIVE_START_RE: list('relative_openings', (a) => `^${a}`),
    LEVEL_PASSED_END_RE: list('level_passed', (a) => `${a}$`),
    /** a word that holds a name at a level, at the end (总量保持在) */
    LEVEL_LINK_END_RE: list('level_links', (a) => `${a}$`),
    LEVEL_LINK_START_RE: list('level_links', (a) => `^${a}`),
    LEVEL_REACHED_END_RE: list('level_reached', (a) => `${a}$`),
    LEVEL_NOW_END_RE: re('level_now_end'),
    SIZE_END_RE: list('size_words', (a) => `${a}$`),
    ENTERPRISE_END_RE: list('enterprise_heads', (a) => `${a}$`),
    EXISTING_END_RE: list('existing_things', (a) => `${a}$`),
    SIZE_LEVEL_REACHED_RE: re('size_level_reached'),
    PURPOSE_OPENING_RE: re('purpose_opening'),
    STOCK_COUNT_UNIT_RE: list('stock_count_units', (a) => `${a}$`),
    CONTRACT_SUM_END_RE: list('contract_sums', (a) => `${a}$`),
    CAPACITY_END_RE: list('capacity_words', (a) => `${a}$`),
    /** a verb of doing before 面积 at the end of a name (建设面积): the area of a work */
    WORK_AREA_END_RE: new RegExp(`(${alt(VERBS)})${either(words('area_words'))}$`),
    /** a verb of doing, then a word of size (开工建设规模): the size of the work that verb did */
    WORK_SIZE_END_RE: new RegExp(`(${alt(VERBS)})${either(words('size_words'))}$`),
    /** an area named at the end of a thing (保护性耕作面积): a year's extent of a work, however reached */
    AREA_END_RE: list('area_words', (a) => `(?:${a})$`),
    KEEP_END_RE: list('keep_verbs', (a) => `${a}$`),
    PLACE_VERB_END_RE: list('place_verbs', (a) => `${a}$`),
    COUNTED_PLACE_END_RE: list('counted_places', (a) => `${a}$`),
    PLACE_COUNT_UNIT_RE: list('place_count_units', (a) => `^${a}$`),
    PLACE_MODIFIER_RE: list('place_modifiers'),
    /** a place word alone (农村, 城市): what a count after 其中 is a part of, or a thing's place, not the thing */
    PLACE_ONLY_RE: new RegExp(`^(?:${either(words('counted_places'))}|${either(words('place_modifiers'))})$`),
    /** a word whose last character starts a predicate (收入 before 住房) */
    PREDICATE_PART_END_RE: list('predicate_word_parts', (a) => `${a}$`),
    PREDICATE_PART_ALL_RE: list('predicate_word_parts', (a) => a, 'g'),
    /** a place a programme covers, a few words of kind before it, right after a count (14个潜力地区) */
    PLACE_AFTER_RE: new RegExp(`^[\u4e00-\u9fff]{0,3}?${either(words('counted_places'))}`),
    PERSON_TIMES_VERB_RE: list('person_times_verbs', (a) => `^${a}`),
    ATTRIBUTE_ONLY: list('attribute_only', (a) => `^${a}$`),
    PREDICATE_RE: list('predicates'),
    /** where a predicate can start (every unit, should a predicate be empty): a test before the expression */
    PREDICATE_FIRST: words('predicates').every(Boolean)
      ? firstUnits(words('predicates'))
      : new Uint8Array(0x10000).fill(1),
    /** a word of the predicates right before a noun of people (参保孕产妇): it describes them, it says nothing done */
    PREDICATE_PEOPLE_RE: new RegExp(
      `^${either(words('predicates'))}[\\u4e00-\\u9fff]{0,2}?${either(words('counted_people'))}`,
    ),
    JOINER: new RegExp(`^(?:、|${words('joiners').map(escape).join('|')})`),
    AND_RE: list('and'),
    AND_ALL_RE: new RegExp(`${either(words('and'))}|、`),
    /** 和 与 及 并 and an opening bracket: what may join two verbs into one run (推动开工和投用, 新(改)建). */
    VERB_JOIN_RE: new RegExp(`${either(words('verb_and'))}|[(（]`),
    /** 新建、改扩建中小学25所: two works that make a thing, side by side with 、 between them, are one merged verb */
    MADE_BY_RE: new RegExp(`^${madeBy}+$`),
    ETC_END_RE: list('etc', (a) => `${a}$`),
    ETC_ALL_RE: list('etc', (a) => a, 'g'),
    ATTRIBUTIVE: words('attributive')[0],
    ATTRIBUTIVE_START_RE: list('attributive', (a) => `^${a}`),
    ATTRIBUTIVE_ALL_RE: list('attributive', (a) => a, 'g'),
    SIZE_CLASS_START_RE: list('size_class', (a) => `^${a}`),
    EACH: words('each')[0],
    EACH_SHARED_END_RE: list('each_shared', (a) => `${a}$`),
    RAISE_END_RE: list('raise_verbs', (a) => `${a}$`),
    PROBLEM_END_RE: list('problem_words', (a) => `${a}$`),
    CAUSATIVE_END_RE: list('causatives', (a) => `${a}$`),
    BENEFIT_END_RE: list('benefit_words', (a) => `${a}$`),
    BENEFIT_PREDICATE_START_RE: list('benefit_predicates', (a) => `^${a}`),
    BENEFIT_WORD: words('benefit_words')[0],
    // 惠及群众, 受益农村人口: a verb of reach or a word of benefit, and people named only as people, a place or
    // standing word before them
    REACHED_PEOPLE_RE: new RegExp(
      `^${either([...words('reach_verbs'), ...words('benefit_words')])}?([\\u4e00-\\u9fff]{0,2}?${either(words('counted_people'))})$`,
    ),
    // 农村饮水安全巩固提升工程惠及群众, 城乡供水一体化受益人口: the work, the verb of reach or word of benefit, the people
    WORK_REACHES_RE: new RegExp(
      `^(.{2,}?)(${either([...words('reach_verbs'), ...words('benefit_words')])})([\\u4e00-\\u9fff]{0,2}?${either(words('counted_people'))})$`,
    ),
    FINISH_PROMISING_VERBS: words('finish_promising_verbs'),
    RECEIVING_START_RE: list('receiving_predicates', (a) => `^${a}`),
    HOUSEHOLDS_OF_THINGS: words('households_of_things')[0],
    REACH_VERBS: [...words('reach_verbs'), ...words('benefit_words')],
    CAPACITY_HEAD_END_RE: list('capacity_heads', (a) => `${a}$`),
    LEADING: re('leading'),
    BEFORE_VERB: re('before_verb'),
    LINK_TAIL: re('link_tail'),
    RESPECTIVELY_FROM_TAIL: re('respectively_from_tail'),
    ADVERB_TAIL: re('adverb_tail'),
    TITLE_TAIL_RE: re('title_tail'),
    AGE_ALL_RE: re('age_range', 'g'),
    OBJECT_LEAD: re('object_lead'),
    OBJECT_TOTAL_TAIL: re('object_total_tail'),
    OBJECT_TARGET_TAIL: list('target_words', (a) => `(?<=[\\u4e00-\\u9fff]{2})${a}$`),
    OBJECT_DONE_TAIL: re('object_done_tail'),
    OBJECT_PERIOD_TAIL: re('object_period_tail'),
    OBJECT_LIST_TAIL: re('object_list_tail'),
    WHOLE_YEAR_OPENING_RE: list('whole_year_openings', (a) => `^${a}`),
    NEXT_NOT_OBJECT: re('next_not_object'),
    COMPLETED_BEFORE: re('completed_before'),
    OBJECT_FIRST_AFTER: re('object_first_after'),
    ETC_AFTER: re('etc_after'),
    RESTATED_TARGET_RE: re('restated_target'),
    FRACTION_BETWEEN: re('fraction_between'),
    LIST_SEPARATOR_RE: re('list_separator'),
    DONE_AFTER_FIGURE: re('done_after_figure'),
    PROGRESS_THEN_RE: re('progress_then'),
    USE_STAGE_RE: list('use_stage', (a) => `^(?:${a})`),
    PROGRESS_LABEL_OPENING_RE: re('progress_label_opening'),
    TABLE_TARGET_COLUMN_RE: re('table_target_column'),
    PART_OPENING_RE: re('part_opening'),
    BRACKET_NOTE_OPENING_RE: re('bracket_note_opening'),
    RESPECTIVELY_LINK_RE: re('respectively_link'),
    SHARE_DONE_RE: re('share_done'),
    TABLE_DONE_COLUMN_RE: re('table_done_column'),
    TABLE_HEADER_PERIOD_RE: re('table_header_period'),
    FIGURE_EMPHASIS_RE: re('figure_emphasis', 'g'),
    TABLE_UNIT_COLUMN_RE: re('table_unit_column'),
    TABLE_NAME_COLUMN_RE: re('table_name_column'),
    CAPTION_FIGURE_LINE_RE: re('caption_figure_line'),
    PART_ONLY_LINE_RE: re('part_only_line'),
    DECORATED_HEADING_LINE_RE: re('decorated_heading_line'),
    FIGURE_BAR_CAPTION_LINE_RE: re('figure_bar_caption_line'),
    STAMP_LINE_RE: re('stamp_line'),
    NOTICE_PART_HEADING_RE: re('notice_part_heading'),
    SINCE_YEAR_RE: re('since_year'),
    FIELD_TOPIC_OPENING_RE: re('field_topic_opening'),
    PLACE_SUBJECT_RE: re('place_subject'),
    PLACE_BREAKDOWN_OPENING_RE: re('place_breakdown_opening'),
    PLACE_ONLY_OBJECT_RE: re('place_only_object'),
    AGENCY_OPENING_RE: re('agency_opening'),
    PLACE_WIDE_START_RE: re('place_wide'),
    WHOLE_PLACE_RE: re('whole_place'),
    NOT_TOPIC_RE: re('not_topic'),
    MONEY_FOR_RE: re('money_for'),
    WORKS_COUNTED_RE: re('works_counted'),
    WORKS_LISTED_RE: re('works_listed'),
    MONEY_IN_PLACE_RE: re('money_in_place'),
    PLACE_PART_RE: list('place_parts'),
    PLACE_PART_END_RE: list('place_parts', (a) => `(?:${a})$`),
    PLACE_PART_ONLY_RE: list('place_parts', (a) => `^(?:${a})$`),
    FIELD_LABEL_OPENING_RE: re('field_label_opening'),
    TABLE_OWNER_COLUMN_RE: re('table_owner_column'),
    TABLE_PERIOD_COLUMN_RE: re('table_period_column'),
    TABLE_TO_DATE_COLUMN_RE: re('table_to_date_column'),
    NAME_LABEL_RE: re('name_label'),
    RANK_AND_ABOVE_RE: re('rank_and_above'),
    AMONG_END_RE: re('among_end'),
    ONE_OF_END_RE: re('one_of_end'),
    SAMPLE_SEEN_BEFORE_RE: re('sample_seen_before'),
    PROMISED_BEFORE_RE: re('promised_before'),
    SAID_DONE_NEXT_RE: re('said_done_next'),
    GROWTH_AFTER_SET_RE: re('growth_after_set'),
    ONLY_PART_AFTER_SET_RE: re('only_part_after_set'),
    RECORD_NO_FIGURE_KEY_RE: re('record_no_figure_key'),
    TABLE_TOTAL_CELL_RE: re('table_total_cell'),
    TABLE_PLAN_ROW_RE: re('table_plan_row'),
    TASKS_ASKED_RE: re('tasks_asked'),
    CORRECTED_BEFORE_RE: re('corrected_before'),
    REVISED_BEFORE_RE: re('revised_before'),
    CAPTION_LABEL_RE: re('caption_label'),
    OWNER_TAIL_RE: re('owner_tail'),
    GOVERNMENT_END_RE: re('government_end'),
    ITEM_REFERENCE_RE: re('item_reference'),
    ASPECT_TAIL_RE: re('aspect_tail'),
    TABLE_CONTEXT_COLUMN_RE: re('table_context_column'),
    TABLE_GAP_COLUMN_RE: re('table_gap_column'),
    TABLE_DECLARED_COLUMN_RE: re('table_declared_column'),
    TABLE_YEAR_COLUMN_RE: re('table_year_column'),
    TASK_NAMED_AFTER_RE: re('task_named_after'),
    TASK_DONE_BEFORE_RE: re('task_done_before'),
    TASK_SET_BEFORE_RE: re('task_set_before'),
    QUOTED_LINE_RE: re('quoted_line'),
    TOLD_AS_OF_MONTH_RE: re('told_as_of_month', 'g'),
    TOLD_AS_OF_QUARTERS_RE: re('told_as_of_quarters', 'g'),
    TABLE_ACTUAL_ROW_RE: re('table_actual_row'),
    AS_REPORTED_BEFORE_RE: re('as_reported_before'),
    CORRECTIONS_RE: re('corrections'),
    QUESTION_END_RE: re('question_end'),
    QUESTIONER_LABEL_RE: re('questioner_label'),
    MESSAGE_LABEL_RE: re('message_label', 'g'),
    REPLY_LABEL_RE: re('reply_label', 'g'),
    ASKED_HEADING_RE: re('asked_heading'),
    SIZE_OF_EACH_BEFORE_RE: re('size_of_each_before'),
    TARGET_SAID_AFTER_RE: re('target_said_after'),
    PLANNED_SET_OPENING_RE: re('planned_set_opening'),
    TOPIC_OPENING_RE: re('topic_opening'),
    AMONG_WITHIN_RE: re('among_within'),
    SET_DONE_AFTER_RE: re('set_done_after'),
    PLACE_NAME_ONLY_RE: re('place_name_only'),
    COUNT_HAD_BEFORE_RE: re('count_had_before'),
    /** the same, ending the words before a count with 有 (…幼儿园已有): the count a part had of the set */
    SET_HAD_END_RE: new RegExp(`(?:${pattern('set_done_after')})\\s*$`),
    SET_THEN_DONE_RE: re('set_then_done'),
    BRACKET_OTHER_NAME_RE: re('bracket_other_name'),
    FORWARD_IN_SENTENCE_RE: re('forward_in_sentence'),
    TOLD_TO_DO_RE: re('told_to_do'),
    RESPECTIVELY_FROM: re('respectively_from', 'g'),
    RESPECTIVELY_TO: list('respectively_to'),
    RESPECTIVELY_VERB: new RegExp(`^${either(words('continue'))}?${either(words('respectively_verbs'))}`),
    CONTINUE_START_RE: list('continue', (a) => `^${a}`),
    RESPECTIVELY_RE: list('respectively', (a) => a, 'g'),
    COUNT_OF_KIND_RE: re('count_of_kind'),
    // (the same, to test for: a global pattern's test moves on from its last match)
    RESPECTIVELY_WORD_RE: list('respectively', (a) => a),

    NOT_YET_RE: re('not_yet'),
    NO_DATA_YET_RE: re('no_data_yet'),
    PEOPLE_LEVEL_END_RE: re('people_level_end'),
    PEOPLE_LEVEL_VERB_RE: re('people_level_verb'),
    LIST_OBJECT_RE: list('list_names', (a) => `^${either(words('list_emphasis'))}?${a}`),
    /** any list name, alone: a cheap test a text passes before LIST_NAME_RE, whose optional count is tried at every position */
    LIST_NAMES_ANY_RE: list('list_names'),
    LIST_NAME_RE: new RegExp(
      `${pattern('list_count_prefix')}(?:${either(words('list_emphasis'))}?${either(words('list_names'))})`,
      'g',
    ),
    /** a line that is only a list's name, with its year and count (2025年10件惠民实事): an annex's heading */
    LIST_HEADING_RE: new RegExp(
      `^(?:\\d{4}${either(words('year_suffix'))})?${pattern('list_count_prefix')}${either(words('list_emphasis'))}?${either(words('list_names'))}$`,
    ),
    LIST_COUNT_UNIT_RE: list('list_count_units', (a) => `^${a}$`),
    LIST_WORDS_RE: list('list_words'),
    LIST_OBJECT: words('list_object')[0],
    LIST_IN_QUOTE_RE: list('list_in_quote'),
    LIST_VERB_RE: re('list_promise_verb'),
    LIST_VERB_TAIL: re('list_verb_tail'),
    LIST_COUNT_START: re('list_count_start'),
    LIST_DONE_RE: list('list_done'),
    LIST_DONE_BEFORE_RE: list('list_done_before', (a) => `${a}$`),
    LIST_DONE_MANNER: list('list_done_manner', (a) => a, 'g'),
    PARTLY_DONE_RE: list('partly_done'),
    NOT_WHOLLY_DONE_RE: new RegExp(
      `${either(words('partly_done'))}|${either(words('not_done'))}|${pattern('some_of')}`,
    ),
    DONE_RE: re('done'),
    DONE_TASK_AFTER_RE: re('done_task_after'),
    TASK_DONE_INSIDE_RE: re('task_done_inside'),
    DONE_LEAD: re('done_lead'),
    DONE_TIME: re('done_time'),
    DONE_ON_DATE_RE: re('done_on_date'),

    /** The stage a verb names: started (开工) or finished (竣工); a promise to do a thing names neither. */
    stageOf(verb: string): 'start' | 'finish' | 'none' {
      const start = STAGE_START.test(verb);
      const finish = STAGE_FINISH.test(verb);
      return start && !finish ? 'start' : finish && !start ? 'finish' : 'none';
    },
    INCREMENT_RE: list('increments'),
    INCREMENT_END_RE: list('increments', (a) => `${a}$`),
    CUMULATIVE_RE: list('cumulative'),
    /** 新建扩建学校: the works that make a thing (madeBy), opening its name */
    MADE_BY_START_RE: new RegExp(`^${madeBy}+`),
    /** 中小学新建、改扩建项目: the works that make a thing and the word of a project, ending its name */
    MADE_BY_END_RE: new RegExp(
      `${madeBy}(?:${either(words('and'))}|、)?(?:${madeBy})*${either(words('project_heads'))}$`,
    ),
    STOCK_RE: list('stocks'),
    /** the words of a total that are more than a level reached (总里程, 总量; not 达到): a total whatever verb it shares */
    TOTAL_WORD_RE: new RegExp(either(words('stocks').filter((w) => !words('level_reached').includes(w)))),
    GROWN_TO_RE: list('grown_to'),
    CHANGE_RE: re('change'),
    THRESHOLDS: words('thresholds'),
    NEXT_LINKS_RE: new RegExp(`^(?:${[...words('attributive'), ...words('and')].map(escape).join('|')})`),

    /** a line that is only a glossary's heading (名词解释), or an annex's (附件, 附件1：) */
    GLOSSARY_HEADING_RE: list('glossary_headings', (a) => `^${a}[:：]?$`),
    ANNEX_HEADING_RE: list('annex_headings', (a) => `^${a}\\d*[:：]?$`),
    /** the first units of the glossary's and the annexes' headings: a line that starts otherwise is neither */
    GLOSSARY_OR_ANNEX_FIRST: firstUnits([...words('glossary_headings'), ...words('annex_headings')]),
    PROGRAMME_END_RE: list('programme_words', (a) => `${a}$`),
    PROGRAMME_ITEM_RE: list('programme_items'),
    PROGRAMME_UNIT_RE: list('programme_count_units', (a) => `^${a}$`),
    /** an indicator's name, then 分别 and a word that holds it at a level, if any (粮肉奶产量分别稳定在) */
    INDICATOR_LEVEL_END_RE: list(
      'indicator_levels',
      (a) => `${a}${either(words('respectively'))}?${either(words('level_links'))}?$`,
    ),
    RUNNING_TOTAL_END_RE: list('running_totals', (a) => `${a}$`),
    RUNNING_TOTAL_RE: list('running_totals'),
    CAPACITY_WORK_END_RE: list('capacity_works', (a) => `${a}$`),
    VERB_COMPLEMENT_START_RE: list('verb_complements', (a) => `^${a}`),
    RESULT_COMPLEMENTS: words('result_complements'),
    CAPACITY_WORD: words('capacity_words')[0],
    WITHIN_START_RE: list('within', (a) => `^${a}[\u4e00-\u9fff]`),
    BASIS_END_RE: list('basis_words', (a) => `${a}$`),
    RANK_ONLY_RE: list('ranks', (a) => `^${a}$`),
    RANK_ALL_RE: list('ranks', (a) => a, 'g'),
    WHERE_ALL_RE: list('where_words', (a) => a, 'g'),
    EXAMPLE_BEFORE_ETC: re('example_before_etc', 'g'),
    UNDER_WAY_RE: list('progress_adverbs', (a) => `^${a}.`),
    PACE_END_RE: list('progress_adverbs', (a) => `${a}$`),
    PLACE_START_RE: list('counted_places', (a) => `^${a}`),
    PER_HEAD_RE: list('per_head'),
    PER_CAPITA_RE: list('per_capita'),
    DAILY_RATE_END_RE: list('daily_rates', (a) => `${a}$`),
    PROJECT_HEAD_RE: list('project_heads', (a) => `${a}(?:${either(words('activity_suffixes'))})?$`),
    /** a verb that ends on the works' own word (加快建设, 实施): what it counts are works under way (words.pushed_work_ends) */
    WORKS_VERB_END_RE: list('pushed_work_ends', (a) => `${a}$`),
    LIST_MARKER: re('list_marker'),
    LIST_INTRO_RE: re('list_intro'),
    HEAD_COUNT_RE: list('head_count_words', (a) => `^(?:${a})$`),
    ALL_KINDS_START_RE: list('all_kinds', (a) => `^(?:${a})`),
    DONE_ADVERBS_ONLY_RE: re('done_adverbs_only'),
    DONE_ADVERB_END_RE: re('done_adverb_end'),
    DONE_STATES_RE: re('done_states'),
    PREDICATE_JOINER_RE: re('predicate_joiners'),
    CLAUSE_JOINER_RE: re('clause_joiners'),
    /** a sentence that pushes works ahead and ends on their word (words.push_verbs, words.pushed_work_ends) */
    PUSHED_WORKS_RE: new RegExp(
      `(${either(words('push_verbs'))})[^。；;]*?(${either(words('pushed_work_ends'))})[。；;]?$`,
    ),
    /** what stands for the works between the push and their word in the verb they are given (加快…建设) */
    PUSHED_GAP,
    /** a verb that ends on a push (有序推进, 加快): the work it names goes on (words.push_verbs) */
    PUSH_VERB_END_RE: list('push_verbs', (a) => `${a}$`),
    UNDER_CONSTRUCTION_RE: list('under_construction'),
    MONEY_DONE_AFTER_COUNT_RE: re('money_done_after_count'),
    /** the verb of works pushed ahead (加快…建设): a push, the gap of the works, their word */
    PUSHED_VERB_RE: new RegExp(`^${either(words('push_verbs'))}${PUSHED_GAP}${either(words('pushed_work_ends'))}$`),
    PUSHED_AHEAD_RE: re('pushed_ahead'),
    WORK_SITE_END_RE: list('work_site_ends', (a) => `(?:${a})$`),
    /** a list named where it begins, inside a plan (今年将办好十方面民生实事：一是…, 民生实事项目如下：) */
    NAMED_LIST_RE: new RegExp(`(?:${either(words('list_names'))})(?:[^。；;\\n]{0,12}?${pattern('list_intro')}|[:：])`),
    COMMENTARY_RE: re('commentary_line'),
    NOTES_LABEL_RE: re('notes_label'),
    CANDIDATE_HEADING_RE: re('candidate_heading'),
    COMMENTARY_TAIL_RE: re('commentary_tail'),
    COMMENTARY: words('commentary')[0],
    PAST_YEAR_RE: re('past_year'),
    THIS_YEAR_OPENING_RE: re('this_year_opening'),
    LATER_YEAR_OPENING_RE: re('later_year_opening'),
    EARLIER_YEAR_OPENING_RE: re('earlier_year_opening'),
    SEVERAL_YEARS_SPAN_RE: re('several_years_span', 'g'),
    YEAR_OWN_CUE_RE: list('year_own_cues'),
    YEAR_OWN_END_RE: list('year_own_cues', (a) => `${a}$`),
    /** a verb that raises a standard to a level (提高到): the level stands at one point, it is no total */
    LEVEL_TO_END_RE: list('respectively_to', (a) => `${a}$`),
    EACH_PLACE_RE: re('distributive_before', 'g'),
    /** support to each place (支持每个乡镇…): what follows is a standard each place meets */
    SUPPORT_EACH_RE: new RegExp(`${either(words('place_verbs'))}(?:${pattern('distributive_before')})`),
    RUNNING_VERB_RE: list('running_verbs', (a) => `^${a}`),
    AIM_END_RE: list('aim_suffixes', (a) => `${a}$`),
    INCOME_END_RE: list('income_words', (a) => `${a}$`),
    BURDEN_END_RE: list('burden_words', (a) => `${a}$`),
    BUDGET_LINE_RE: list('budget_lines'),
    MONETARY_AGGREGATE_RE: list('monetary_aggregates', (a) => `^${a}$`),
    PER_MEASURE_RE: list('per_measure'),
    THRESHOLD_END_RE: list('threshold_words', (a) => `${a}$`),
    FORECAST_RE: list('forecast_words'),
    EXPECTED_TARGETS_RE: list('expected_targets'),
    PROGRAMME_SUFFIX_END_RE: list('programme_suffixes', (a) => `${a}$`),
    YEARS_SPAN_START_RE: re('years_span_start'),
    EFFORT_END_RE: list('effort_words', (a) => `${a}$`),
    EFFORT_VERB_START_RE: list('effort_verbs', (a) => `^${a}`),
    PLACE_PREPOSITION_RE: list('place_prepositions'),
    PLAIN_QUALIFIERS: words('plain_qualifiers'),
    PLAIN_QUALIFIERS_RE: list('plain_qualifiers', (a) => `^${a}+$`),
    INFLOW_VERB_RE: list('inflow_verbs', (a) => `^${a}$`),
    /** the word after a year's digits (年) */
    YEAR_WORD: words('year_suffix')[0],
    PROGRESS_LABEL_RE: list('progress_labels'),
    PROGRESS_LABEL_END_RE: list('progress_labels', (a) => `${a}$`),
    PROGRESS_LABELS: words('progress_labels'),
    VERB_LED_NOUNS: [...words('progress_labels'), ...words('verb_led_nouns')],
    ALREADY_DONE_RE: re('already_done'),
    PROGRESS_WORD_RE: list('progress_words'),
    TARGET_WORDS_ONLY_RE: new RegExp(`^${targetOrLabel}$`),
    TARGET_WORDS_HEAD_RE: new RegExp(`^${targetOrLabel}[:：]?`),
    /** the words of progress no promise uses (已, 截至, 完成率…) */
    PROGRESS_WORD_ONLY_RE: new RegExp(
      either(words('progress_words').filter((w) => !words('progress_words_promises_use').includes(w))),
    ),
    PROGRESS_OPENING_RE: re('progress_opening'),
    REPORT_CUE_RE: re('report_cues'),
    TIME_ONLY_RE: re('time_only'),
    TARGET_LABEL_RE: re('target_label', 'g'),
    TARGET_LABEL_END_RE: re('target_label_end'),
    OTHER_PERIOD_RE: re('other_period'),
    PERIOD_TASK_RE: re('period_task'),
    SUM_BEFORE_RE: re('sum_before'),
    YEAR_WRITTEN_RE: re('year_written', 'g'),
    LATER_YEAR_PLAN_OPENING_RE: re('later_year_plan_opening'),
    META_OBJECT_RE: list('meta_objects', (a) => `^${a}`),

    OBJECT_PREFIX_RE: list('object_prefixes', (a) => `^${a}+`),
    ACTIVITY_SUFFIX_RE: list('activity_suffixes', (a) => `${a}$`),
    HEAD_SYNONYMS: file.head_synonyms,
    GENERIC_WORDS: list('generic_words', (a) => a, 'g'),
    GENERAL_NAMES: words('general_names'),
    MONEY_ONLY_RE: list('money_words', (a) => `^${a}+$`),
    GENERIC_END_RE: list('generic_words', (a) => `${a}$`),
    WORKS_RE: list('works_words'),
    WORKS_END_RE: list('works_words', (a) => `${a}+$`),
    WORKS_START_RE: list('works_words', (a) => `^${a}+`),
    /** every word of works in a name, to take them all off (工程, 项目, 建设) */
    WORKS_ALL_RE: list('works_words', (a) => a, 'g'),
    PURPOSE_NOISE: new RegExp(`${either(words('purpose_noise'))}|\\d+(?:\\.\\d+)?`, 'g'),
    SPENDER_ONLY: re('spender_only'),
    PARTS_SPLIT: new RegExp(`、|${either(words('and'))}`),
  };
}

export type CommitmentsLexicon = ReturnType<typeof compileCommitmentsLexicon>;

/** Read, check and compile a lexicon file on its own (the tests' way; a run's comes from its lexicon). */
export function loadCommitmentsLexicon(file: string = COMMITMENTS_LEXICON_PATH): CommitmentsLexicon {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw invalid(file, `cannot be read as JSON: ${(err as Error).message}`);
  }
  return compileCommitmentsLexicon(checkCommitmentsLexicon(data, file), file);
}

/** The commitments lexicon of the lexicon in use, compiled once per lexicon. */
export const commitmentsLexicon = perLexicon((lx) => compileCommitmentsLexicon(lx.data.commitments));

/** What a rule builds from the commitments lexicon (its own expressions around its words), once per lexicon. */
export function perCommitmentsLexicon<T>(build: (lex: CommitmentsLexicon) => T): () => T {
  return perLexicon(() => build(commitmentsLexicon()));
}

// The registry of released tables: for each, its file, its columns (with their
// Table Schema types and descriptions), where a jurisdiction's rows come from,
// whether it is an array of bundle.json (and the schema its items are checked
// against). The runner, the release writer and reader, the views, validation and
// the data package all iterate TABLES: a new table is one entry here (and a sheet of
// yoy.xlsx one entry of release/views/sheets.ts).
import { defaultLexicon } from '../lexicon/index.js';
import type { Observation } from '../core/model.js';
import type { Derived } from '../derive/index.js';
import type { Pivot } from '../derive/pivot.js';
import { amplification, type TargetBand, type Level } from '../derive/amplification.js';
import { scorecard, MIN_JURISDICTIONS, type ScoreRow } from '../derive/scorecard.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
}

/** A jurisdiction's results, from which every table's rows are cut. */
export interface UnitRows {
  /** the jurisdiction's division code, which every row of its tables carries (a release read back has it in its rows) */
  division_code?: string | null;
  observations: Observation[];
  review: Array<Observation & { review_reason: string }>;
  derived: Derived;
}

export interface TableDef {
  name: string;
  file: string;
  title: string;
  description: string;
  primaryKey?: string[];
  /** the columns; for a pivot, those before the year columns */
  fields: Field[];
  /** a jurisdiction's rows of a table of rows */
  rows?: (u: UnitRows) => object[];
  /** a pivot: one row per series, one column per year of the whole release (formatted per jurisdiction, widened at the end) */
  pivot?: (d: Derived) => Pivot;
  /** an array of bundle.json, each item checked against this schema (a name known to core/schemas) when given */
  bundle?: { itemSchema?: string };
  /**
   * A table across jurisdictions: its rows are derived once for the whole release from
   * what every unit hands on (release/assemble.ts), not cut per jurisdiction (a unit's
   * share of it is empty).
   */
  across?: (a: AcrossInput) => object[];
}

/** What the release step has of every jurisdiction: its numeric targets, and the levels of government. */
export interface AcrossInput {
  targets: Map<string, TargetBand[]>;
  /** each jurisdiction's candidate rows of the scorecard (derive/scorecard.ts) */
  scorecard: Map<string, ScoreRow[]>;
  levels: Level[];
}

const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });
/** A description that gives examples in the reports' words: the project's lexicon's text.column_descriptions. */
const doc = (key: string): string => defaultLexicon().data.text.column_descriptions[key];

/**
 * A text column: in the CSV and the workbook each run of line breaks is one space
 * (format/csv.ts foldLineBreaks), while bundle.json keeps the text exactly.
 */
const text = (name: string, description: string): Field =>
  f(
    name,
    'string',
    `${description}. In the CSV and yoy.xlsx each run of line breaks (CR, LF, U+2028, U+2029) is one space, so compare it with source.slice(start, end) folded the same way; bundle.json keeps the exact text`,
  );

/** Columns of another table, with its words: a column two tables share is described once. */
const fieldsOf = (t: TableDef, names: string[]): Field[] =>
  names.map((n) => {
    const found = t.fields.find((x) => x.name === n);
    if (!found) throw new Error(`${t.name} has no column ${n}`);
    return found;
  });

/** The jurisdiction, first in every table: its slug, and its official code to join other data on. */
const JURISDICTION: Field[] = [
  f('jurisdiction', 'string', 'Jurisdiction slug'),
  f('division_code', 'string', doc('jurisdiction.division_code')),
];

/** The key of a series, first in every table about series. */
const SERIES: Field[] = [
  ...JURISDICTION,
  f('indicator', 'string', 'Canonical indicator id'),
  f('indicator_label', 'string', 'Chinese name of the indicator'),
  f('measure', 'string', 'level, growth, rate or change_pp'),
];

export const OBSERVATIONS: TableDef = {
  name: 'observations',
  file: 'observations.csv',
  title: 'Extracted observations',
  description: 'One row per figure read from a report, with the exact source span it came from.',
  rows: (u) => u.observations,
  // checked one by one in the validate stage, each problem naming its report and span
  bundle: {},
  fields: [
    f('report_id', 'string', 'Report id from the manifest'),
    ...JURISDICTION,
    f('report_year', 'integer', 'Year the report was delivered'),
    f('indicator', 'string', 'Canonical indicator id (input/indicators.json)'),
    f('indicator_label', 'string', 'Chinese name of the indicator'),
    f('kind', 'string', doc('observations.kind')),
    f('period', 'integer', 'Year the figure is about'),
    f(
      'period_source',
      'string',
      'stated (the sentence or its paragraph names the year) or implied (the section implies it)',
    ),
    f(
      'measure',
      'string',
      'level, growth (percent change on the previous year; a fall is negative), rate, or change_pp',
    ),
    f('value', 'number', doc('observations.value')),
    f('unit', 'string', doc('observations.unit')),
    f('value_low', 'number', 'Lower end of a range (qualifier range)'),
    f('value_high', 'number', 'Upper end of a range (qualifier range)'),
    f('qualifier', 'string', doc('observations.qualifier')),
    f('estimated', 'boolean', doc('observations.estimated')),
    f('value_base', 'number', 'The value in base units'),
    f('unit_base', 'string', 'Base unit: CNY, USD, persons, count, households, m2, m, kg, percent, percentage_points'),
    text('text', 'The exact source span: source.slice(start, end)'),
    f('start', 'integer', 'Start offset (JavaScript string index) in the decoded source'),
    f('end', 'integer', 'End offset (exclusive) in the decoded source'),
    f('confidence', 'number', '0-1; rows under the review threshold are also in review.csv'),
    f('rule', 'string', 'The extraction rule that read the figure'),
    f('override', 'string', 'The reason of the override that added or corrected this row, if any'),
    text('sentence', 'The source sentence, for reading the figure in context'),
    f('doc_kind', 'string', 'The kind of document: work_report, statistical_communique, progress, commitments, series'),
    f('source_url', 'string', "The document's URL (a series row's own, else the manifest's source_url)"),
    f('as_of', 'string', 'For an interim progress notice, the date it reports to'),
    f('notes', 'string', 'What the rules noted of the figure: why its confidence is lower, when it is'),
    f('target_ref', 'string', 'For an in_step_with target, the indicator whose growth it is to keep pace with (gdp)'),
    f('publisher', 'string', doc('observations.publisher')),
  ],
};

export const TARGETS_VS_ACTUALS: TableDef = {
  name: 'targets_vs_actuals',
  file: 'targets_vs_actuals.csv',
  title: 'Targets against actuals',
  description:
    'One row per jurisdiction × indicator × measure × year with a target or an actual. The target for year Y comes from the report delivered in Y; the actual from the first later report that states it.',
  primaryKey: ['jurisdiction', 'indicator', 'measure', 'year'],
  rows: (u) => u.derived.targets_vs_actuals,
  bundle: { itemSchema: 'bundle_targets_vs_actuals' },
  fields: [
    ...SERIES,
    f('year', 'integer', 'The year compared'),
    f('target_qualifier', 'string', 'Qualifier of the target as read'),
    f('target_value', 'number', "The target (signed), in the row's unit (target_text has it as stated)"),
    f(
      'target_low',
      'number',
      "Lowest value that meets the target (empty when unbounded below); for in_step_with, the referenced indicator's actual growth",
    ),
    f('target_high', 'number', 'Highest value that meets the target (empty when unbounded above)'),
    f('actual', 'number', "The actual, in the row's unit (actual_text has it as stated)"),
    f('unit', 'string', doc('targets_vs_actuals.unit')),
    f('actual_estimated', 'boolean', doc('targets_vs_actuals.actual_estimated')),
    f(
      'gap',
      'number',
      'actual − target_low (for at_most: actual − target_high); pp for growth and rates, the unit for levels',
    ),
    f('shortfall', 'number', 'How far the actual falls short in the unfavourable direction; 0 when met'),
    f('attainment_pct', 'number', 'actual / target × 100, for level targets'),
    f(
      'status',
      'string',
      "met, near (an about target missed within the tolerance), missed (for in_step_with: growth at least the reference's less the tolerance; for a target in words without both outcomes, what a later report says of it); no_actual (the outcome was due by the input's date, bundle.json meta.input_date, and no document in the input states it; missing_reason says which silence), pending (not yet due at the input's date: the year is not over, or ended less than three months before it), no_target (the year's report sets none), no_report (no report for the year in the input), declined (the report sets no number, in words)",
    ),
    f('prev_actual', 'number', 'Actual of the previous year'),
    f(
      'ambition_vs_prev_actual',
      'number',
      'Target − previous actual (pp); for levels, the percent change from the previous actual',
    ),
    f('prev_target', 'number', 'Target of the previous year'),
    f('ambition_vs_prev_target', 'number', 'Target − previous target (pp); for levels, the percent change'),
    f('target_report_id', 'string', 'Report the target comes from'),
    f('actual_report_id', 'string', 'Report the actual comes from'),
    text('target_text', 'Source span of the target'),
    text('actual_text', 'Source span of the actual'),
    f('target_start', 'integer', 'Start offset of the target span in its report'),
    f('target_end', 'integer', 'End offset of the target span'),
    f('actual_start', 'integer', 'Start offset of the actual span in its report'),
    f('actual_end', 'integer', 'End offset of the actual span'),
    f(
      'actual_source',
      'string',
      "The chosen outcome's document kind: statistical_communique, series, work_report, progress, or override",
    ),
    f(
      'actual_url',
      'string',
      "Where the chosen outcome was read (the series row's source_url, or the manifest's): often a repost or mirror; actual_publisher is the official source",
    ),
    f('actual_as_of', 'string', 'For an interim progress notice, the date it reports to'),
    f('sources', 'integer', "How many documents state the year's outcome (all of them are in outcome_sources.csv)"),
    f(
      'target_ref',
      'string',
      "For an in_step_with target, the indicator whose growth it keeps pace with; target_low is then that indicator's actual growth",
    ),
    f(
      'missing_reason',
      'string',
      'For no_actual: later_documents_silent (documents of the jurisdiction after the year are in the input and do not state the outcome) or no_later_document (no document of the jurisdiction after the year is in the input: the outcome was published but is not in the input)',
    ),
    f(
      'actual_publisher',
      'string',
      "The body that publishes the chosen outcome officially (a series row's publisher, or the manifest's publisher of its document); empty where the input names none",
    ),
  ],
};

export const GROWTH_DELTAS: TableDef = {
  name: 'growth_deltas',
  file: 'growth_deltas.csv',
  title: 'Year-over-year changes',
  description: 'One row per jurisdiction × indicator × measure × year with actuals in two consecutive years.',
  primaryKey: ['jurisdiction', 'indicator', 'measure', 'year'],
  rows: (u) => u.derived.growth_deltas,
  bundle: { itemSchema: 'bundle_growth_deltas' },
  fields: [
    ...SERIES,
    f('year', 'integer', 'The later year'),
    f('prev_year', 'integer', 'The earlier year'),
    f('prev_value', 'number', "Actual of the earlier year, in the series' unit"),
    f('value', 'number', 'Actual of the later year'),
    f('unit', 'string', "The series' one unit (as in targets_vs_actuals.csv)"),
    f('delta', 'number', 'value − prev_value (pp for growth and rates)'),
    f('delta_pct', 'number', 'For levels: (value / prev_value − 1) × 100, the growth implied by the two levels'),
    f('reported_growth', 'number', 'For levels: the growth the report states for the same year'),
    f('implied_minus_reported_pp', 'number', 'delta_pct − reported_growth'),
    f(
      'growth_basis',
      'string',
      'consistent (within 0.5 pp); comparable_prices (within 5 pp: reported growth is at comparable prices, levels at current prices; not an error); restated_base (within 15 pp); check_extraction (larger)',
    ),
    f('prev_report_id', 'string', 'Report of the earlier actual'),
    f('report_id', 'string', 'Report of the later actual'),
  ],
};

export const SUMMARY: TableDef = {
  name: 'summary',
  file: 'summary.csv',
  title: 'Series statistics',
  description: 'One row per jurisdiction × indicator × measure.',
  primaryKey: ['jurisdiction', 'indicator', 'measure'],
  rows: (u) => u.derived.summary,
  bundle: { itemSchema: 'bundle_summary' },
  fields: [
    ...SERIES,
    f('first_year', 'integer', 'First year with a target or an actual'),
    f('last_year', 'integer', 'Last year with a target or an actual'),
    f('targets', 'integer', 'Years with a target'),
    f('actuals', 'integer', 'Years with an actual'),
    f('years_compared', 'integer', 'Years with both'),
    f('met', 'integer', 'Years met'),
    f('near', 'integer', 'Years near'),
    f('missed', 'integer', 'Years missed'),
    f('hit_rate', 'number', 'met / years_compared'),
    f('mean_gap', 'number', 'Mean gap over the years compared'),
    f('median_gap', 'number', 'Median gap'),
    f('sd_gap', 'number', 'Sample standard deviation of the gap'),
    f('mean_ambition_vs_prev_actual', 'number', 'Mean of target − previous actual'),
    f(
      'actual_trend_per_year',
      'number',
      'For growth: slope of the actuals over the years (pp per year), least squares, 3 years or more',
    ),
    f('cagr_pct', 'number', 'For levels: compound annual growth from the first to the last actual, in percent'),
  ],
};

export const REVISIONS: TableDef = {
  name: 'revisions',
  file: 'revisions.csv',
  title: 'Restated actuals',
  description:
    'An actual stated again by a later report with a different figure; the first statement is the one compared.',
  rows: (u) => u.derived.revisions,
  bundle: {},
  fields: [
    ...JURISDICTION,
    f('indicator', 'string', 'Canonical indicator id'),
    f('measure', 'string', 'Measure'),
    f('year', 'integer', 'Year of the figure'),
    f('first_value', 'number', 'First statement'),
    f('first_unit', 'string', 'Its unit'),
    f('first_report_id', 'string', 'Report of the first statement'),
    f('later_value', 'number', 'Later statement'),
    f('later_unit', 'string', 'Its unit'),
    f('later_report_id', 'string', 'Report of the later statement'),
    text('later_text', 'Source span of the later statement'),
  ],
};

export const REVIEW: TableDef = {
  name: 'review',
  file: 'review.csv',
  title: 'Observations to review',
  description:
    'Observations under the review threshold, for a person to confirm, correct (overrides.json) or suppress.',
  // an outcome that could not be set beside one commitment without a guess is here too (indicator "commitment")
  rows: (u) => [...u.review, ...(u.derived.commitment_review ?? [])],
  fields: [...OBSERVATIONS.fields, f('review_reason', 'string', 'Why the row needs a look')],
};

export const OUTCOME_SOURCES: TableDef = {
  name: 'outcome_sources',
  file: 'outcome_sources.csv',
  title: 'Every statement of each outcome',
  description:
    "One row per jurisdiction × indicator × measure × year × document that states the year's outcome: the chosen one (by the precedence in the README) and every other, with its difference from the chosen figure.",
  primaryKey: ['jurisdiction', 'indicator', 'measure', 'year', 'report_id'],
  rows: (u) => u.derived.outcome_sources,
  bundle: {},
  fields: [
    ...SERIES,
    f('year', 'integer', 'The year the outcome is about'),
    f('source', 'string', "The document's kind: statistical_communique, series, work_report, progress, or override"),
    f('report_id', 'string', 'The document (the manifest id)'),
    f('chosen', 'boolean', 'This statement is the outcome compared in targets_vs_actuals.csv'),
    f('value', 'number', doc('outcome_sources.value')),
    f('unit', 'string', "The series' one unit (as in targets_vs_actuals.csv)"),
    f('difference', 'number', 'value − the chosen figure (pp for growth and rates; the unit for levels)'),
    f('same_figure', 'boolean', doc('outcome_sources.same_figure')),
    f('value_as_stated', 'number', 'The figure as the document states it'),
    f('unit_as_stated', 'string', 'Its unit as stated'),
    f('estimated', 'boolean', doc('outcome_sources.estimated')),
    f('interim', 'boolean', 'From a progress notice dated before the end of the year'),
    f('as_of', 'string', "The progress notice's date"),
    f('url', 'string', "Where the statement was read (the document's source URL): often a repost or mirror"),
    text('text', 'The exact source span'),
    f('start', 'integer', 'Start offset in the decoded source'),
    f('end', 'integer', 'End offset in the decoded source'),
    f(
      'publisher',
      'string',
      "The body that publishes the statement officially (a series row's publisher, or the manifest's); empty where the input names none",
    ),
  ],
};

export const STATED_ATTAINMENT: TableDef = {
  name: 'stated_attainment',
  file: 'stated_attainment.csv',
  title: 'Attainment as the reports state it',
  description: doc('stated_attainment.description'),
  rows: (u) => u.derived.stated_attainment,
  bundle: { itemSchema: 'bundle_stated_attainment' },
  fields: [
    ...JURISDICTION,
    f('year', 'integer', 'Year the statement is about'),
    f('indicator', 'string', "Indicator named, or '*' when the report speaks of all its targets and none was compared"),
    f('measure', 'string', 'Measure of the computed row'),
    f('stated', 'string', 'met or missed, as the report says'),
    f('computed_status', 'string', 'Status in targets_vs_actuals.csv (empty when not compared)'),
    f('agrees', 'boolean', 'Whether the statement and the computed status agree (empty when not compared)'),
    f('report_id', 'string', 'Report making the statement'),
    text('text', 'Source span of the statement'),
    f('start', 'integer', 'Start offset in the decoded source'),
    f('end', 'integer', 'End offset in the decoded source'),
  ],
};

export const AMPLIFICATION: TableDef = {
  name: 'amplification',
  file: 'amplification.csv',
  title: 'Targets against the level above',
  description:
    'One row per jurisdiction × indicator × measure × year where both the jurisdiction and an ancestor (its parent in the manifest, followed upwards through the input) set a numeric target in growth, a rate or percentage points. The ancestor is the nearest one with such a target for the same indicator, measure and year.',
  primaryKey: ['jurisdiction', 'indicator', 'measure', 'year'],
  rows: (u) => u.derived.amplification ?? [],
  across: (a) => amplification(a.targets, a.levels),
  bundle: { itemSchema: 'bundle_amplification' },
  fields: [
    ...JURISDICTION,
    f('level', 'string', 'Its level: province, city, district, county'),
    f(
      'parent',
      'string',
      "The ancestor compared with: the nearest jurisdiction above it (through the manifest's parents) that sets a numeric target for the same indicator, measure and year; the manifest's own parent when that one does",
    ),
    f('parent_level', 'string', "The ancestor's level"),
    f('indicator', 'string', 'Canonical indicator id'),
    f('measure', 'string', 'growth, rate or change_pp'),
    f('year', 'integer', 'The plan year'),
    f('target_low', 'number', "The jurisdiction's target band, lower end (targets_vs_actuals.csv)"),
    f('target_high', 'number', 'Its upper end'),
    f('parent_target_low', 'number', "The ancestor's target band, lower end"),
    f('parent_target_high', 'number', 'Its upper end'),
    f('amplification', 'number', doc('amplification.amplification')),
  ],
};

export const SCORECARD: TableDef = {
  name: 'scorecard',
  file: 'scorecard.csv',
  title: 'Scorecard: promised and achieved, jurisdiction by jurisdiction',
  description: `For each level and year in which at least ${MIN_JURISDICTIONS} jurisdictions have a target compared with its outcome (the provinces in 2025), one row per jurisdiction, indicator and year: the target with the words it was written in, the outcome, the status, and what the next report says of it. The level above leads (the nation above the provinces); then the jurisdictions that missed most; within one, the indicators most often set first. The page's scorecard shows these rows, in this order.`,
  primaryKey: ['jurisdiction', 'indicator', 'year'],
  rows: (u) => u.derived.scorecard ?? [],
  across: (a) => scorecard(a.scorecard, a.levels),
  bundle: { itemSchema: 'bundle_scorecard' },
  fields: [
    f(
      'level',
      'string',
      'The level of the scorecard: national (the level above, for reference), province, city, district, county',
    ),
    f('year', 'integer', 'The plan year'),
    ...JURISDICTION,
    f('jurisdiction_name', 'string', doc('scorecard.jurisdiction_name')),
    ...fieldsOf(TARGETS_VS_ACTUALS, ['indicator', 'indicator_label']),
    f(
      'measure',
      'string',
      'The measure targeted (one with an outcome compared first, then growth or a rate before a level)',
    ),
    f(
      'status',
      'string',
      'met, near, missed; no_actual (due, but no document of the input states it) or pending (not yet due at the input date): "not stated" on the page; declined',
    ),
    ...fieldsOf(TARGETS_VS_ACTUALS, ['target_qualifier']),
    f('target_words', 'string', doc('scorecard.target_words')),
    ...fieldsOf(TARGETS_VS_ACTUALS, ['target_low', 'target_high', 'actual', 'unit', 'gap']),
    f('stated', 'string', 'met or missed, where a later report says so in words of its own (stated_attainment.csv)'),
    text('stated_text', doc('scorecard.stated_text')),
    // the spans of both sides, as targets_vs_actuals.csv has them
    ...fieldsOf(TARGETS_VS_ACTUALS, [
      'missing_reason',
      'target_report_id',
      'target_text',
      'target_start',
      'target_end',
      'actual_report_id',
      'actual_text',
      'actual_start',
      'actual_end',
    ]),
  ],
};

export const COMMITMENTS: TableDef = {
  name: 'commitments',
  file: 'commitments.csv',
  title: 'Commitments and their outcomes',
  description: doc('commitments.description'),
  primaryKey: ['report_id', 'start', 'end'],
  rows: (u) => u.derived.commitments,
  bundle: { itemSchema: 'bundle_commitments' },
  fields: [
    ...JURISDICTION,
    f('year', 'integer', "The year promised for: a work report's year, or the year a list covers"),
    f('report_id', 'string', 'Document the commitment is read from'),
    text('item', 'The commitment as written (the exact source span)'),
    f('object', 'string', doc('commitments.object')),
    f('value', 'number', 'The quantity as stated (the lower end of a range)'),
    f('unit', 'string', doc('commitments.unit')),
    f('value_base', 'number', doc('commitments.value_base')),
    f(
      'unit_base',
      'string',
      'Base unit: count, persons, person_times, households, m2, m, CNY (with /person/month for standards)',
    ),
    f('qualifier', 'string', doc('commitments.qualifier')),
    f('start', 'integer', 'Start offset of the item in the decoded source'),
    f('end', 'integer', 'End offset (exclusive)'),
    f('outcome_value', 'number', 'The outcome as the later document states it'),
    f('outcome_unit', 'string', 'Its unit as stated'),
    f('outcome_value_base', 'number', 'The outcome in the base unit, compared with value_base'),
    f('outcome_report_id', 'string', 'Document the outcome is read from'),
    text('outcome_text', 'The outcome as written (the exact source span)'),
    f('outcome_start', 'integer', 'Start offset of the outcome in its document'),
    f('outcome_end', 'integer', 'End offset of the outcome'),
    f('outcome_as_of', 'string', 'For an interim progress notice, the date it reports to'),
    f('match_score', 'number', doc('commitments.match_score')),
    f(
      'status',
      'string',
      "done (an outcome at or above the commitment), partly (below it, or work started but not finished), done_no_figure (a later document says it was completed, without a figure, or says so of the whole list), not_stated (no document in the input states an outcome, though a document on the whole year is in the input or the year's account was due by the input's date: three months after the year's end; missing_reason says which), pending (not yet due at the input's date, and nothing on the whole year in the input)",
    ),
    text('text', 'The sentence the commitment stands in'),
    f('verb', 'string', doc('commitments.verb')),
    f('value_low', 'number', doc('commitments.value_low')),
    f('value_high', 'number', 'Upper end of a range'),
    f('baseline', 'number', doc('commitments.baseline')),
    f('kind', 'string', doc('commitments.kind')),
    f(
      'rule',
      'string',
      'The reading rule: object-figure, figure-object, from-to, respectively-from-to, fraction-promise, quoted-promise, list-count, …',
    ),
    f('doc_kind', 'string', "The kind of the commitment's document: work_report, commitments, progress"),
    f('outcome_kind', 'string', 'figure, no_figure (completed, no number), or list_done (said of the whole list)'),
    f('outcome_source', 'string', "The kind of the outcome's document"),
    text('outcome_sentence', 'The sentence the outcome stands in'),
    f(
      'sources',
      'integer',
      'How many later statements were matched to it (the one shown is chosen: a year-end figure before an interim one)',
    ),
    f(
      'review_reason',
      'string',
      'Why an outcome for it is in review.csv instead of here (an aggregate of several commitments, a wider group, two candidates)',
    ),
    f(
      'missing_reason',
      'string',
      'For not_stated: later_documents_silent (a document of the jurisdiction on the whole year is in the input and does not mention it) or no_later_document (none is in the input)',
    ),
  ],
};

const pivot = (name: 'pivot_actuals' | 'pivot_targets', pivotOf: (d: Derived) => Pivot): TableDef => {
  const what = name === 'pivot_actuals' ? 'actual' : 'target';
  return {
    name,
    file: `${name}.csv`,
    title: name === 'pivot_actuals' ? 'Actuals by year' : 'Targets by year',
    description: `One row per jurisdiction × indicator × measure, one column per year: the ${what} of that year in the series' one unit${what === 'target' ? ' (the lower end of a range; qualifiers are in targets_vs_actuals.csv)' : ''}.`,
    primaryKey: ['jurisdiction', 'indicator', 'measure'],
    fields: [...SERIES, f('unit', 'string', "The series' one unit (as in targets_vs_actuals.csv)")],
    pivot: pivotOf,
  };
};

export const PIVOT_ACTUALS = pivot('pivot_actuals', (d) => d.pivot_actuals);
export const PIVOT_TARGETS = pivot('pivot_targets', (d) => d.pivot_targets);

/** Every released table, in the order of the data package. */
export const TABLES: readonly TableDef[] = [
  OBSERVATIONS,
  TARGETS_VS_ACTUALS,
  GROWTH_DELTAS,
  SUMMARY,
  REVISIONS,
  REVIEW,
  STATED_ATTAINMENT,
  OUTCOME_SOURCES,
  COMMITMENTS,
  AMPLIFICATION,
  SCORECARD,
  PIVOT_ACTUALS,
  PIVOT_TARGETS,
];
/** The tables of rows, cut per jurisdiction (a fragment's CSV sections). */
export const ROW_TABLES = TABLES.filter((t) => t.rows);
/** The arrays of bundle.json, in its order. */
export const BUNDLE_TABLES = TABLES.filter((t) => t.bundle);
/** The tables whose rows a fragment carries as JSON, one element per line: the bundle's arrays. */
export const JSON_TABLES = TABLES.filter((t) => t.rows && t.bundle);
export const PIVOT_TABLES = TABLES.filter((t) => t.pivot);
/** The tables derived across jurisdictions, once for the release. */
export const ACROSS_TABLES = TABLES.filter((t) => t.across);

/** Observations under the review threshold, each with why: the rules' notes, and the confidence against the threshold. */
export function reviewRows(observations: Observation[], threshold: number): UnitRows['review'] {
  return observations
    .filter((o) => o.confidence < threshold)
    .map((o) => ({
      ...o,
      review_reason: `${o.notes ?? 'a low confidence'} (confidence ${o.confidence}, under ${threshold})`,
    }));
}

/**
 * What every row of a jurisdiction's share of a table holds alike: its division code. It is
 * written with each row (csvRows, jsonLines), not copied into every row object: at 100 MB the
 * copies cost more than the rest of formatting.
 */
export const unitFields = (u: UnitRows): Record<string, unknown> | undefined =>
  u.division_code === undefined ? undefined : { division_code: u.division_code };

/** A jurisdiction's pivot of a table, each row with the jurisdiction's division code. */
export const pivotOf = (t: TableDef, u: UnitRows): Pivot => {
  const p = t.pivot!(u.derived);
  const code = u.division_code;
  return code === undefined ? p : { ...p, rows: p.rows.map((r) => ({ ...r, division_code: code })) };
};

/** A jurisdiction's rows of every bundle array whose items the schema describes, to be checked against it. */
export const bundleItems = (u: UnitRows) =>
  BUNDLE_TABLES.filter((t) => t.bundle!.itemSchema).map((t) => ({
    name: t.name,
    itemSchema: t.bundle!.itemSchema!,
    // the item schemas say nothing of the division code, which is the unit's own
    rows: t.rows!(u),
  }));

/** A pivot with its year columns: every year from the first to the last of the release. */
export function withYears(table: TableDef, years: number[]): TableDef {
  const what = table.name === 'pivot_actuals' ? 'actual' : 'target';
  return { ...table, fields: [...table.fields, ...years.map((y) => f(String(y), 'number', `The ${what} for ${y}`))] };
}

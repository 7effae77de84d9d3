// The lexicon's data as the files in input/lexicon/ hold it, one interface per topic.
// The schemas in schemas/lexicon/ check the files; these types follow them.
import type { Qualifier } from '../core/model.js';
import type { CommitmentsLexiconFile } from './commitments-file.js';

export interface UnitBase {
  base: string;
  factor: string;
}

export interface LexiconData {
  units: {
    multipliers: Record<string, string>;
    base_units: Record<string, UnitBase>;
    percent_units: Record<string, UnitBase>;
    counted_after_numeral: string[];
    examples: string[];
  };
  qualifiers: {
    before: Record<string, Qualifier>;
    after: Record<string, Qualifier>;
    approx_after: string[];
    plan_bounds: string[];
  };
  figures: {
    rise: string[];
    fall: string[];
    excluding: string[];
    excluding_adjusts: string[];
    links: string[];
    stretch: string;
    range_separators: string[];
    respectively: string[];
    all_alike?: string[];
    rank_clause?: string;
    enumeration_mark?: string;
    per_unit?: string[];
    joins: string[];
    milestone: string[];
    growth_continues: string[];
    modifies_next: string[];
    gap: { than: string[]; other: string[]; level: string[] };
    modified_figures: Partial<Record<'share_of' | 'not_one_year' | 'change_not_amount', string[]>>;
    growth_names: string[];
    sector_list: string;
    sectors: Record<string, string>;
    flat: Record<string, Qualifier>;
    flat_compared: string[];
    change_from: { from: string[]; earlier: string[]; particle: string[]; to: string[]; to_over_years?: string[] };
    circumstance: { open: string[]; close: string[] };
    split_words: Record<string, string[]>;
  };
  numerals: {
    integer_chars: string;
    fraction_chars: string;
    percent_chars: string;
    fraction_between: string;
    percent_prefix: string;
    decimal_point: string;
    decimal_digits: Record<string, string>;
    zero: string;
    aliases: Record<string, string>;
    range_words: string[];
    article: string;
  };
  time: {
    multi_year: string;
    plan_year: string;
    several_years_scope: string;
    one_year_scope: string;
    one_year_opening: string;
    one_year: string[];
    target_cue: string[];
    estimate: string[];
    last_year: string[];
    this_year: string[];
    several_years: string[];
    streak?: string[];
    not_the_year_before: string;
    not_the_year_after: string;
    not_last_year_after: string;
    from_to: string;
    programme_after: string[];
    plan_last_years: Record<string, number>;
  };
  sections: {
    year_suffix: string;
    this_year: string;
    top_heading: string;
    year_span: string;
    review_heading: string;
    several_years_heading: string;
    one_year_heading: string;
    plan_period_heading: string;
    plan_heading: string;
    bare_heading: string;
    year_word: string;
    delivered: string;
    plan_heading_year: string;
    horizon: string;
  };
  communique: {
    rewrites: Record<string, string>;
    compare_chars: string;
    year_before_word: string;
    place_suffix: string;
    title: string;
    dateline: string;
    month_or_quarter: string;
    year: string;
    year_before: string;
    later_year: string;
    annual: string;
    year_end: string;
    average: string;
    restricted: string;
    real_growth: string;
    lead_words: string[];
    ends_with_joiner: string;
    part_of_nation: string;
    the_nation: string;
    signed_lead: string;
    stating_verbs: string[];
    average_rate: string;
  };
  text: {
    work_report: string;
    target_example: string;
    sample_figure_sentence: string;
    common_chars: string;
    column_descriptions: Record<string, string>;
  };
  markers: {
    list_markers: string;
    ordinal_suffix: string;
    salutation: string;
    item_numerals: string;
    traditional_hints: string;
    page_number: string;
    page_furniture: string;
    paragraph_end: string;
  };
  targets: {
    targets_header: string;
    targets_heading: string;
    compared_with_target: string[];
    in_step_between: string;
    in_step_reference: string;
    in_step_economy: string;
    in_step_tail: string;
    quota: string;
    decline_before: string;
    decline_word: string;
    declined_tail: string;
    decline_after: string;
    assessment_qualify: string;
    missed_before: string[];
    missed_after: string[];
    met_before: string[];
    target_word: string;
    target_words: string[];
    all_met: string;
    intent: string[];
    plan_after_name?: string[];
    in_step_word: string;
    in_step_conjunctions: string;
    subject_change: string;
    restated_target: string;
    quota_list_end: string;
    quota_name_before: string;
    quota_item_ends: string[];
  };
  jurisdiction: {
    driven_by?: string[];
    level_subjects?: Partial<Record<'national' | 'province' | 'city', string[]>>;
    split_prefixes: Record<string, string[]>;
    this_jurisdiction: string[];
    suffix: string;
    subject_words: string[];
    nation_names: string[];
    division_groupings: string[];
    county_suffixes: string[];
    not_a_division_suffixes: string[];
    district_suffix: string;
    not_district_suffixes: string[];
    division_suffixes: string[];
  };
  /** the commitments reader's and matcher's words (commitments-file.ts says how a user's file extends them) */
  commitments: CommitmentsLexiconFile;
}

export type Topic = keyof LexiconData;

/** The topics, each a file input/lexicon/<topic>.json with its schema schemas/lexicon/<topic>.schema.json. */
export const TOPICS: readonly Topic[] = [
  'units',
  'qualifiers',
  'figures',
  'numerals',
  'time',
  'sections',
  'communique',
  'text',
  'markers',
  'targets',
  'jurisdiction',
  'commitments',
] as const;

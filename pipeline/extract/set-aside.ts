// Why a figure is set aside, as a code with words for people: one table for the
// three readers (work report, communiqué, commitments) and for the account, which
// gives every number of a document exactly one outcome (extract/account.ts). A
// reader's own reason (Dropped.reason) keeps the detail (the word that governed it);
// the code is what counts are kept by. schemas/bundle.schema.json lists the same codes.
export const SET_ASIDE = {
  // time: the figure is not one year's, or not the year the document is about
  five_year: 'in a five-year review or plan, not one year’s figure',
  several_years: 'in a passage, paragraph or after a word about several years',
  not_one_year:
    'not one year’s figure: a word governs it of several years (a total, a yearly average), of a base year, or of a month or a quarter',
  across_years: 'a comparison across years (from one year’s level to a later one’s), neither level the year’s own',
  other_year: 'a figure for a year the document neither reviews nor plans (an earlier year, or a goal for a later one)',
  this_year_in_review: 'this year’s figure in a review, without a word of intent',
  quarter_or_month: 'a month’s or a quarter’s figure, not the year’s',
  year_end: 'the year-end figure, not the annual average',
  plan_goal: 'a target, not an outcome',
  past_word_target: 'a target in words said of a past year',
  restates_target: 'restates a target, not an outcome',
  as_reported: 'a figure as first reported, which the text then corrects (as an audit does, before what it cut)',
  // scope: not this indicator's figure, or not this jurisdiction's
  not_jurisdiction: 'not the jurisdiction’s own figure (another subject stands before the name)',
  national_figure: 'the nation’s figure in a local document',
  narrower_scope: 'a part of the figure, not the whole (a narrower scope)',
  per_unit:
    'a figure per person or per unit of the named total (per-capita GDP, water used per unit of GDP), not the total',
  needs_context: 'the name counts only beside a word its sentence or paragraph lacks',
  target_only_name: 'a name that counts only where it states a target',
  inside_longer_name: 'the name is part of a longer Latin name',
  gap_to_other: 'a gap to another figure (the nation’s, the province’s), not the figure itself',
  share_of:
    'a share of the named figure or a ratio to it (a share of GDP, a contribution to growth), not the figure itself',
  not_in_dictionary:
    'a part the dictionary has no indicator for, listed beside one it has (the primary or secondary sector)',
  // the figure itself
  duplicate: 'restates a figure already read',
  secondary_figure: 'a secondary figure beside the headline figure',
  milestone: 'a milestone passed (a level crossed, a step reached), not a figure of its own',
  earlier_level: 'the level a change starts from, beside the level it reaches',
  implausible: 'a rate above 100%',
  broken_number: 'a piece of a number broken by a comma',
  // commitments
  change_not_amount: 'a change from a base (an increase), not an amount',
  attribute: 'describes what follows (a size or a threshold), not a quantity promised',
  baseline: 'the value a standard is raised from',
  text_parts: 'counts parts of the text or names nothing counted',
  list_count: 'the count of the list itself',
  no_verb: 'no verb of doing: not a promise',
  not_yet: 'still to come or in progress, not an outcome',
  already_done: 'said of what was already done, not promised',
  headline_indicator: 'a headline indicator, read by the dictionary instead',
  // numbers that are not figures at all (the account's own)
  date: 'part of a date (a year, a month, a day)',
  item_number: 'the number of a list item or a heading',
  ordinal: 'an ordinal or a rank (the 3rd), not an amount',
  count_of_years: 'a count of years (8 years in a row, a 20-year high), not an amount',
  footnote: 'a footnote’s mark ([2]), not an amount',
  in_name: 'part of a name written with Latin letters (PM2.5, M2, 5G)',
  // a rule that set a figure aside without a code (a test keeps this at none)
  unclassified: 'set aside by a rule that gave no code',
} as const;

export type SetAsideCode = keyof typeof SET_ASIDE;

export const SET_ASIDE_CODES = Object.keys(SET_ASIDE) as SetAsideCode[];

/** The words for people of a code. */
export const setAsideWords = (code: SetAsideCode): string => SET_ASIDE[code];

// The records every stage shares, in one place. Those that cross a file boundary
// (an observation, the manifest, the dictionary, the overrides) are generated from
// the JSON Schemas in schemas/ (model.generated.ts), so the schema is the one
// definition; the names below are what the code calls them.
import type { ObservationRecord, DictionaryFile, OverridesFile, Level, Collection, Folder } from './model.generated.js';

export type { Level };
/** A manifest entry that names a JSON Lines collection, one report per line. */
export type ManifestCollection = Collection;
export type ManifestFolder = Folder;
/** One grounded figure: a value with the exact span of text it came from. */
export type Observation = ObservationRecord;
export type Kind = Observation['kind'];
export type Measure = Observation['measure'];
export type Qualifier = Observation['qualifier'];
/** An observation with a figure: every actual, and every target but those set in words. */
export type Measured = Observation & { value: number };
/**
 * Targets set in words, without a number: in step with another indicator's growth
 * (target_ref), a quota set by the level above, or a number the report declines to set.
 */
export const WORD_QUALIFIERS: ReadonlySet<Qualifier> = new Set<Qualifier>(['in_step_with', 'quota', 'declined']);
export const hasValue = (o: Observation): o is Measured => o.value !== null;
/** What a document is: a work report, a statistical communiqué, a progress notice, a commitments list or a series file. */
export type DocKind = Observation['doc_kind'];

export type Dictionary = DictionaryFile;
export type Indicator = DictionaryFile['indicators'][number];

export type Override = OverridesFile['overrides'][number];

/** A visible stretch of an HTML source, in offsets of the decoded file. */
export interface Segment {
  from: number;
  to: number;
  /** HTML text nodes carry entities (&nbsp;) that must be decoded */
  entities?: boolean;
  /** a block boundary before this segment (a paragraph break in HTML) */
  breakBefore?: boolean;
}

/** The run's metadata, the head of bundle.json. */
export interface RunMeta {
  tool: { name: string; version: string };
  /** ISO date from SOURCE_DATE_EPOCH, when set; never the wall clock */
  created: string | null;
  /** the input's date: the latest publication date of any document in it (derive/input-date.ts); null when none has one */
  input_date: string | null;
  inputs: Array<{ path: string; sha256: string; bytes: number }>;
  reports: Array<{
    id: string;
    kind: DocKind;
    jurisdiction: string;
    jurisdiction_name: string;
    level: string;
    /** a work report's year; the year a communiqué, progress notice or list covers; 0 for a series file */
    report_year: number;
    path: string;
    sha256: string;
    encoding: string;
    /** how many look-alike characters (Kangxi radicals, CJK radical forms, compatibility ideographs) were folded as the text was read */
    lookalikes_folded: number;
    excerpt: boolean;
    observations: number;
    source_url?: string;
    publisher?: string;
    as_of?: string;
    parent?: string;
    /** for a PDF or Word report, or a text whose look-alikes were folded, the text read, in the release (offsets point into it) */
    source_text?: string;
    /** for a report of a collection, the field (JSON Lines) or column (CSV) whose text the offsets point into */
    text_field?: string;
    /** a document with the same text as another of its kind, read once: that document's id */
    same_text_as?: string;
    /** for a PDF, where each page starts in that text */
    page_starts?: number[];
    /** every number of a prose document and what became of it (extract/account.ts) */
    account?: Account;
  }>;
  dictionary_sha256: string;
  settings: Record<string, unknown>;
  warnings: Array<{ type: string; file?: string; report_id?: string; message: string }>;
  overrides_applied: Array<{ index: number; action: string; report_id: string; reason: string; result: string }>;
  skipped: Array<{ file: string; code: string; message: string }>;
  /** lines of collections that the manifest's skip rules left out: they are not reports */
  lines_skipped: Array<{ file: string; field: string; matches: string; count: number; lines: number[] }>;
  /** the levels of government: each jurisdiction with its level, parent and ancestors (nearest first) */
  jurisdictions?: Array<{
    jurisdiction: string;
    jurisdiction_name: string;
    level: Level;
    parent: string | null;
    ancestors: string[];
    in_input: boolean;
  }>;
}

/** What became of a number of a document (extract/account.ts). */
export type AccountOutcome =
  'observation' | 'commitment' | 'set_aside' | 'unexplained_near_name' | 'unexplained_no_name';

/** A number next to an indicator's name that no rule explained, with a few words around it. */
export interface NearName {
  start: number;
  end: number;
  text: string;
  /** the indicator whose name is nearest in the clause */
  indicator: string;
  /** a few characters either side, the number in [brackets] */
  context: string;
}

/** Every number of a prose document and what became of it: bundle.json's reports[].account. */
export interface Account {
  numbers: number;
  outcomes: Record<AccountOutcome, number>;
  /** the set-aside numbers by code (extract/set-aside.ts), every code that occurs */
  set_aside: Partial<Record<string, number>>;
  unexplained_near_name: NearName[];
}

// Generated from schemas/*.schema.json by scripts/gen-model.mjs (npm run model). Do not edit.

// observation.schema.json
export interface ObservationRecord {
  report_id: string;
  jurisdiction: string;
  /**
   * the jurisdiction's six-digit administrative division code (GB/T 2260); null for the nation
   */
  division_code?: string | null;
  report_year: number;
  indicator: string;
  indicator_label: string;
  kind: 'actual' | 'target';
  period: number;
  period_source: 'stated' | 'implied';
  measure: 'level' | 'growth' | 'rate' | 'change_pp';
  /**
   * the figure as stated; null only for a target without a number (qualifier in_step_with, quota or declined)
   */
  value: number | null;
  unit: string;
  value_low: number | null;
  value_high: number | null;
  qualifier: 'exact' | 'about' | 'at_least' | 'at_most' | 'range' | 'in_step_with' | 'quota' | 'declined';
  /**
   * for an in_step_with target, the indicator whose growth it is to keep pace with (gdp)
   */
  target_ref?: string | null;
  estimated: boolean;
  value_base: number | null;
  unit_base: string | null;
  text: string;
  start: number;
  end: number;
  sentence: string;
  confidence: number;
  rule: string;
  override: string | null;
  /**
   * the kind of document the figure was read from
   */
  doc_kind: 'work_report' | 'statistical_communique' | 'progress' | 'commitments' | 'series';
  /**
   * the document's URL (a series row's own, else the manifest's source_url)
   */
  source_url: string | null;
  /**
   * the body that publishes the document or figure officially (国家统计局, 国务院, 海关总署), where the manifest or the series row names it; empty, never guessed, otherwise
   */
  publisher: string | null;
  /**
   * for an interim progress notice, the date it reports to
   */
  as_of: string | null;
  /**
   * what the rules noted of the figure: why its confidence is lower, when it is
   */
  notes: string | null;
}

// manifest.schema.json
/**
 * the six-digit administrative division code (GB/T 2260, e.g. "330102"); looked up from jurisdiction_name when absent
 *
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "division_code".
 */
export type DivisionCode = string;
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "slug".
 */
export type Slug = string;
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "level".
 */
export type Level = 'national' | 'province' | 'city' | 'district' | 'county';
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "year".
 */
export type Year = number;
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "relpath".
 */
export type Relpath = string;
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "encoding".
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "kind".
 */
export type Kind = 'work_report' | 'statistical_communique' | 'progress' | 'commitments' | 'series';
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "report".
 */
export type Report = {
  /**
   * the report's id, unique in the manifest (e.g. "shangcheng-2015")
   */
  id: string;
  /**
   * what the document is; work_report when absent
   */
  kind?: 'work_report' | 'statistical_communique' | 'progress' | 'commitments' | 'series';
  /**
   * the year a communiqué, progress notice or commitments list is about (such a document is dated by covers_year; report_year is a work report's year of delivery)
   */
  covers_year?: number;
  /**
   * the date an interim progress notice reports to
   */
  as_of?: string;
  /**
   * the jurisdiction of the level above; from the dataset of divisions when absent
   */
  parent?: string;
  division_code?: DivisionCode;
  /**
   * the jurisdiction's id (e.g. "shangcheng"); the pinyin of jurisdiction_name without its suffix when absent
   */
  jurisdiction?: string;
  /**
   * the jurisdiction's name (e.g. "上城区")
   */
  jurisdiction_name: string;
  /**
   * one of national, province, city, district, county; from the dataset of divisions when absent
   */
  level?: 'national' | 'province' | 'city' | 'district' | 'county';
  /**
   * the year the report was delivered (e.g. 2015)
   */
  report_year?: number;
  /**
   * the report's file, relative to the input directory
   */
  path: string;
  /**
   * the day of delivery, YYYY-MM-DD
   */
  delivered_on?: string;
  /**
   * where the document was read (a repost or mirror is fine: publisher names the official source)
   */
  source_url?: string;
  /**
   * the body that publishes the document officially (国家统计局 for the national communiqué, 国务院 for the national work report)
   */
  publisher?: string;
  /**
   * the file's encoding, when detection gets it wrong
   */
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';
  /**
   * true when the file is only part of the report
   */
  excerpt?: boolean;
  /**
   * text or html (by default the file's extension decides); csv for a series
   */
  format?: 'text' | 'html' | 'csv';
};

export interface ManifestFile {
  $schema?: string;
  /**
   * the reports: a file each, or a collection with one report per line of a JSON Lines file ("format": "jsonl") or per row of CSV files ("format": "csv" with "fields")
   *
   * @minItems 1
   */
  reports: [Report | Collection | Folder, ...(Report | Collection | Folder)[]];
  /**
   * levels of government that have no report in the input but stand between those that do, so that a chain of parents can be followed (shangcheng → hangzhou → zhejiang → china)
   */
  jurisdictions?: Jurisdiction[];
}
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "jurisdiction".
 */
export interface Jurisdiction {
  /**
   * the jurisdiction's id (e.g. "hangzhou"); the pinyin of jurisdiction_name without its suffix when absent
   */
  jurisdiction?: string;
  /**
   * the jurisdiction's name (e.g. "杭州市")
   */
  jurisdiction_name: string;
  /**
   * one of national, province, city, district, county; from the dataset of divisions when absent
   */
  level?: 'national' | 'province' | 'city' | 'district' | 'county';
  /**
   * the jurisdiction of the level above; from the dataset of divisions when absent
   */
  parent?: string;
  division_code?: DivisionCode;
}
/**
 * a folder of documents, one per file: path is a glob (provinces-2025/*.docx); each file's jurisdiction is the division its file name names, its year the entry's or the one its file name holds
 *
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "folder".
 */
export interface Folder {
  /**
   * what the document is; work_report when absent
   */
  kind?: 'work_report' | 'statistical_communique' | 'progress' | 'commitments' | 'series';
  /**
   * the year the report was delivered (e.g. 2015)
   */
  report_year?: number;
  /**
   * the year a communiqué, progress notice or commitments list is about (such a document is dated by covers_year; report_year is a work report's year of delivery)
   */
  covers_year?: number;
  /**
   * the date an interim progress notice reports to
   */
  as_of?: string;
  /**
   * one of national, province, city, district, county; from the dataset of divisions when absent
   */
  level?: 'national' | 'province' | 'city' | 'district' | 'county';
  /**
   * the jurisdiction of the level above; from the dataset of divisions when absent
   */
  parent?: string;
  /**
   * the body that publishes the document officially (国家统计局 for the national communiqué, 国务院 for the national work report)
   */
  publisher?: string;
  /**
   * the file's encoding, when detection gets it wrong
   */
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';
  /**
   * true when the file is only part of the report
   */
  excerpt?: boolean;
  /**
   * text or html (by default the file's extension decides); csv for a series
   */
  format?: 'text' | 'html' | 'csv';
  /**
   * a glob naming the files, relative to the input directory (provinces-2025/*.docx)
   */
  path: string;
  /**
   * ids for jurisdictions a file name holds: { "广西": "guangxi" } gives the files whose name holds 广西 the id guangxi
   */
  jurisdictions?: {
    [k: string]: Slug;
  };
}
/**
 * This interface was referenced by `ManifestFile`'s JSON-Schema
 * via the `definition` "collection".
 */
export interface Collection {
  id?: Slug;
  /**
   * jsonl: one report per line of a JSON Lines file; csv: one report per row of CSV files with a header row
   */
  format: 'jsonl' | 'csv';
  /**
   * the collection's file, relative to the input directory, or a glob naming several ("provinces-2026/*.csv")
   */
  path: string;
  /**
   * the field of a line (the column of a row) that holds each thing, e.g. { "text": "content", "year": "year" }
   */
  fields: {
    /**
     * the field that holds the report's text
     */
    text: string;
    /**
     * the field that holds the report's year
     */
    year: string;
    title?: string;
    url?: string;
    /**
     * the field that holds the jurisdiction's name (北京市), when the collection holds several jurisdictions
     */
    jurisdiction_name?: string;
  };
  /**
   * the id of each jurisdiction named in the collection's rows, e.g. { "陕西省": "shaanxi" }; a name not listed gets its pinyin without the administrative suffix
   */
  jurisdictions?: {
    [k: string]: Slug;
  };
  /**
   * the jurisdiction's id (e.g. "china"); the pinyin of jurisdiction_name without its suffix when absent
   */
  jurisdiction?: string;
  /**
   * the jurisdiction's name (e.g. "中华人民共和国")
   */
  jurisdiction_name?: string;
  /**
   * one of national, province, city, district, county; from the dataset of divisions when absent
   */
  level?: 'national' | 'province' | 'city' | 'district' | 'county';
  /**
   * the jurisdiction of the level above; from the dataset of divisions when absent
   */
  parent?: string;
  division_code?: DivisionCode;
  /**
   * the body that publishes the reports officially (国务院)
   */
  publisher?: string;
  /**
   * the first and the last report year to read, e.g. [2003, 2025]
   *
   * @minItems 2
   * @maxItems 2
   */
  years?: [Year, Year];
  /**
   * lines that are not reports (a congress's resolution on the report, a notice): a line is left out, counted and not warned about when its field matches one of these rules
   */
  skip?: {
    /**
     * a field of the line, e.g. "title"
     */
    field: string;
    /**
     * a regular expression, e.g. "决议$"
     */
    matches: string;
  }[];
  encoding?: Encoding;
}

// indicators.schema.json
export interface DictionaryFile {
  $schema?: string;
  version?: string;
  indicators: {
    id: string;
    label: string;
    label_en?: string;
    names: string[];
    /**
     * names that statistics bureaus write and work reports do not (万元国内生产总值能耗, 城镇新增就业人数): read in communiqués only, each a name or a name with a word its paragraph (or sentence) must contain
     */
    names_communique?: (
      | string
      | {
          name: string;
          /**
           * a word the paragraph must contain for the name to count (自然增长率 is the population's only beside 人口), or several, any of which will do
           */
          context: string | [string, ...string[]];
          /**
           * where the context word must stand: the paragraph (the default), or the name's own sentence (占地区生产总值的比重 is R&D intensity only in the sentence of 研究与试验发展: a paragraph may hold other shares of GDP)
           */
          within?: 'paragraph' | 'sentence';
        }
    )[];
    names_value_first?: string[];
    /**
     * words that name the indicator only as the subject of a quota set by the level above (节能减排 in 完成国家下达的节能减排任务; 能源 in 能源、水资源等指标达到国家要求): never read elsewhere
     */
    names_in_quota?: string[];
    /**
     * names that count only where they state a target: a word too loose to name an outcome
     */
    names_targets_only?: string[];
    /**
     * @minItems 1
     */
    measures: ['level' | 'growth' | 'rate' | 'change_pp', ...('level' | 'growth' | 'rate' | 'change_pp')[]];
    percent_measure?: 'growth' | 'rate';
    unit_bases?: string[];
    default_unit?: string;
    better?: 'higher' | 'lower';
    group?: 'core' | 'work_plan';
    /**
     * a word that must appear in the same sentence
     */
    context?: string;
  }[];
}

// overrides.schema.json
export interface OverridesFile {
  $schema?: string;
  overrides: {
    action: 'add' | 'correct' | 'suppress';
    report_id: string;
    reason: string;
    /**
     * which extracted observation(s): any of these keys
     */
    match?: {
      indicator?: string;
      kind?: 'actual' | 'target';
      period?: number;
      measure?: 'level' | 'growth' | 'rate' | 'change_pp';
      value?: number;
      start?: number;
    };
    /**
     * fields to set (correct) or the whole observation (add)
     */
    set?: {
      indicator?: string;
      kind?: 'actual' | 'target';
      period?: number;
      measure?: 'level' | 'growth' | 'rate' | 'change_pp';
      value?: number;
      unit?: string;
      qualifier?: 'exact' | 'about' | 'at_least' | 'at_most' | 'range';
      value_low?: number;
      value_high?: number;
      estimated?: boolean;
      text?: string;
    };
  }[];
}

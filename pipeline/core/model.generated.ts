// Generated from schemas/*.schema.json by scripts/gen-model.mjs (npm run model). Do not edit.

// observation.schema.json
export interface ObservationRecord {
  report_id: string;
  jurisdiction: string;
  report_year: number;
  indicator: string;
  indicator_label: string;
  kind: 'actual' | 'target';
  period: number;
  period_source: 'stated' | 'implied';
  measure: 'level' | 'growth' | 'rate' | 'change_pp';
  value: number;
  unit: string;
  value_low: number | null;
  value_high: number | null;
  qualifier: 'exact' | 'about' | 'at_least' | 'at_most' | 'range';
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
   * for an interim progress notice, the date it reports to
   */
  as_of: string | null;
}

// manifest.schema.json
export type Report = {
  id: Slug;
  /**
   * what the document is; work_report when absent
   */
  kind?: 'work_report' | 'statistical_communique' | 'progress' | 'commitments' | 'series';
  /**
   * the year a communiqué, progress notice or commitments list is about
   */
  covers_year?: number;
  /**
   * the date an interim progress notice reports to
   */
  as_of?: string;
  /**
   * the jurisdiction of the level above
   */
  parent?: string;
  jurisdiction: Slug;
  jurisdiction_name: string;
  level: Level;
  report_year?: Year;
  path: Relpath;
  delivered_on?: string;
  source_url?: string;
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';
  excerpt?: boolean;
  format?: 'text' | 'html' | 'csv';
};
export type Slug = string;
export type Level = 'national' | 'province' | 'city' | 'district' | 'county';
export type Year = number;
export type Relpath = string;

export interface ManifestFile {
  $schema?: string;
  /**
   * @minItems 1
   */
  reports: [Report | Collection, ...(Report | Collection)[]];
}
export interface Collection {
  id?: Slug;
  format: 'jsonl';
  path: Relpath;
  fields: {
    text: string;
    year: string;
    title?: string;
    url?: string;
  };
  jurisdiction: Slug;
  jurisdiction_name: string;
  level: Level;
  /**
   * the jurisdiction of the level above
   */
  parent?: string;
  /**
   * @minItems 2
   * @maxItems 2
   */
  years?: [Year, Year];
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';
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
    names_value_first?: string[];
    /**
     * names that count only where they state a target (经济增长 in 经济增长预期目标为7%左右)
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

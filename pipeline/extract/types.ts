import type { Sentence } from './context.js';
import type { SetAsideCode } from './set-aside.js';
import type { Indicator, Kind, Measure, Qualifier } from '../core/model.js';

/** A figure read for an indicator, before the refiners place it in time and judge it. */
export interface Candidate {
  indicator: Indicator;
  measure: Measure;
  /** the figure as written (a decimal string) and its sign */
  number: string;
  negative: boolean;
  number2?: string;
  unit: string;
  qualifier: Qualifier;
  qualifierWord?: string;
  /** span in the normalised text: from the name to the end of the figure */
  from: number;
  to: number;
  /** where the name starts (subject checks read what stands before it) */
  nameFrom: number;
  nameTo: number;
  /** the name as written in the text */
  name: string;
  /** where the first name of its group starts (单位GDP电耗和电力消费总量: 单); the name itself when alone */
  groupFrom: number;
  sentence: Sentence;
  rule: string;
  confidence: number;
  kind?: Kind;
  period?: number;
  periodSource?: 'stated' | 'implied';
  estimated?: boolean;
  /** a target set in words, without a number (number is then ''): 与经济增长同步, 完成国家下达的目标任务, 不设GDP增速指标 */
  word?: 'in_step_with' | 'quota' | 'declined';
  /** for in_step_with: the indicator whose growth it keeps pace with */
  ref?: Indicator;
  /** why a refiner set it aside (kept for the eval and the review file) */
  dropped?: string;
  /** the same, as a code (extract/set-aside.ts) */
  code?: SetAsideCode;
  notes: string[];
}

export interface Mention {
  name: string;
  indicator: Indicator;
  from: number;
  to: number;
  valueFirst: boolean;
  /** one of the names a single written name stands for (城乡居民人均可支配收入: 城镇… and 农村…) */
  split?: boolean;
  /** one part of a word that stands for two (内外资): only a 分别 list gives it a figure of its own */
  apart?: boolean;
}

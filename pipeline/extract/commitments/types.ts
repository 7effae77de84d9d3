// What the commitments reader produces before spans are mapped to the source.
import type { Quantity } from './quantities.js';
import type { SetAsideCode } from '../set-aside.js';

export type Role = 'promise' | 'statement';

/** A stretch of a document and what it holds: promises for a year, or statements of how a year went. */
export interface Zone {
  from: number;
  to: number;
  role: Role;
  /** the year the promises are for, or the year the statements report on */
  year: number;
  /** inside a numbered list (or a 民生实事 list): every quantified clause is a promise */
  list: boolean;
  /** a promise a progress notice restates, its progress following on the same line */
  restated?: boolean;
}

export interface Span {
  from: number;
  to: number;
}

/**
 * One quantified clause (or a completion without a figure), read in the text: what
 * is done (verb), to what (object), how many (q). Offsets are in the read text.
 */
export interface Item {
  role: Role;
  year: number;
  /** figure: a counted quantity; no_figure: completed, no number; list: the count of a list itself; list_done: a list said to be completed */
  kind: 'figure' | 'no_figure' | 'list' | 'list_done';
  q?: Quantity;
  /** the item as written */
  from: number;
  to: number;
  verb: string;
  /** where the verb was read: its own, or from a neighbour that shares it */
  verbInherited: boolean;
  object: string;
  objectInherited: boolean;
  /** the sentence it stands in, for reading it in context */
  sentence: Span;
  /** the rule that read it */
  rule: string;
  /** 分别从631元提高到653元: the value it starts from */
  baseline?: string;
  /** 分别: its place among the figures */
  part?: number;
  /** a fraction (15个…已完成8个): the promise this outcome is read against */
  pairedWith?: Item;
  /** a promise a progress notice restates before its progress (from its zone) */
  restated?: boolean;
  /** why a refiner set it aside */
  dropped?: string;
  /** the same, as a code (extract/set-aside.ts) */
  code?: SetAsideCode;
  /** the clause's words from its start to the end of the item, for matching in context */
  context: string;
}

// A series file (manifest kind `series`, a CSV): outcomes a user already has, one
// row each. Every row becomes an observation grounded in the row itself (its text
// is the row as written, start and end its offsets in the file), and every bad
// row is an error that names its line and column. The columns are those of the
// contract: jurisdiction, indicator, year, measure, value, unit, and optionally
// note, publisher (the body that publishes the figure officially) and source_url
// (only where it was read: often a repost). A row may be a target (a table of targets
// a user already has): kind `target`, a qualifier (about, at_least, range with low and
// high, in_step_with with target_ref, ...), as a target read from a report has.
import { lexicon } from '../lexicon/index.js';
import Big from 'big.js';
import { parse } from 'csv-parse/sync';
import { YoyError } from '../core/errors.js';
import {
  WORD_QUALIFIERS,
  type Indicator,
  type Kind,
  type Measure,
  type Observation,
  type Qualifier,
} from '../core/model.js';
import { baseOf, unitBase } from './units.js';

const REQUIRED = ['jurisdiction', 'indicator', 'year', 'measure', 'value', 'unit'] as const;
const OPTIONAL = ['note', 'source_url', 'publisher', 'kind', 'qualifier', 'low', 'high', 'target_ref'] as const;
const KINDS: readonly Kind[] = ['actual', 'target'];
const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'about',
  'at_least',
  'at_most',
  'range',
  'in_step_with',
  'quota',
  'declined',
];
const MEASURES: readonly Measure[] = ['level', 'growth', 'rate', 'change_pp'];
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

export interface SeriesInput {
  id: string;
  jurisdiction: string;
  /** the decoded file: offsets point into it */
  source: string;
  /** the file's name, for errors */
  display: string;
}

interface Row {
  cells: string[];
  /** the row's span in the source, without its line break */
  start: number;
  end: number;
  line: number;
}

/** The records with their spans: csv-parse reads the quoting, the spans come from its byte counts. */
function rows(source: string): Row[] {
  const bytes = Buffer.from(source, 'utf8');
  const records = parse(bytes, {
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as Array<{ record: string[]; info: { bytes: number } }>;
  const out: Row[] = [];
  let prevByte = 0;
  let prevChar = 0;
  for (const { record, info } of records) {
    const chunk = bytes.toString('utf8', prevByte, info.bytes);
    let start = prevChar;
    let end = prevChar + chunk.length;
    prevByte = info.bytes;
    prevChar = end;
    // the stretch between two records holds the line breaks (and a BOM): the row is what is left
    while (start < end && /[\r\n\ufeff]/.test(source[start])) start++;
    while (end > start && /[\r\n]/.test(source[end - 1])) end--;
    const line = source.slice(0, start).split('\n').length;
    out.push({ cells: record.map((c) => c.trim()), start, end, line });
  }
  return out;
}

/**
 * The years a series file's rows are about, read before the run (they date the
 * input: input-date.ts). A file that cannot be read gives none here; its rows are
 * checked, and its errors named, when its turn comes.
 */
export function seriesYears(source: string): number[] {
  try {
    const [header, ...body] = rows(source);
    const names = header ? header.cells.map((c) => c.toLowerCase()) : [];
    const at = names.indexOf('year');
    const kind = names.indexOf('kind');
    if (at < 0) return [];
    // a target row dates nothing: a table of 2026 targets is not a report on 2026
    return body
      .filter((r) => kind < 0 || (r.cells[kind] ?? '').trim() !== 'target')
      .map((r) => r.cells[at] ?? '')
      .filter((y) => /^\d{4}$/.test(y))
      .map(Number);
  } catch {
    return [];
  }
}

/** Every row of a series file as an observation, or a SERIES_INVALID error naming the line and column. */
export function readSeriesFile(input: SeriesInput, indicators: Map<string, Indicator>): Observation[] {
  const fail = (line: number, column: string | null, problem: string): never => {
    throw new YoyError(
      'SERIES_INVALID',
      `${column ? `column ${column}: ` : ''}${problem}`,
      input.display,
      `line ${line}`,
    );
  };
  const [header, ...body] = rows(input.source);
  if (!header) fail(1, null, 'the file has no header row');
  const names = header.cells.map((c) => c.toLowerCase());
  for (const col of REQUIRED)
    if (!names.includes(col))
      fail(header.line, col, `the header has no column "${col}" (a series file needs ${REQUIRED.join(', ')})`);
  for (const n of names)
    if (!(REQUIRED as readonly string[]).includes(n) && !(OPTIONAL as readonly string[]).includes(n))
      fail(header.line, n, `unknown column "${n}" (known: ${[...REQUIRED, ...OPTIONAL].join(', ')})`);
  const at = (name: string) => names.indexOf(name);

  const seen = new Map<string, number>();
  return body.map((row): Observation => {
    const cell = (name: string) => (at(name) >= 0 ? (row.cells[at(name)] ?? '') : '');
    if (row.cells.length !== names.length)
      fail(row.line, null, `${row.cells.length} cells where the header has ${names.length}`);
    const jurisdiction = cell('jurisdiction');
    if (jurisdiction !== input.jurisdiction)
      fail(
        row.line,
        'jurisdiction',
        `"${jurisdiction}" is not this entry's jurisdiction "${input.jurisdiction}" (one series entry per jurisdiction)`,
      );
    const ind = indicators.get(cell('indicator'));
    if (!ind) fail(row.line, 'indicator', `unknown indicator "${cell('indicator')}" (not in the dictionary)`);
    const indicator = ind!;
    const year = cell('year');
    if (!/^\d{4}$/.test(year)) fail(row.line, 'year', `"${year}" is not a year`);
    const measure = cell('measure') as Measure;
    if (!MEASURES.includes(measure)) fail(row.line, 'measure', `"${measure}" is not one of ${MEASURES.join(', ')}`);
    if (!indicator.measures.includes(measure))
      fail(
        row.line,
        'measure',
        `${indicator.id} has no measure "${measure}" (it has ${indicator.measures.join(', ')})`,
      );
    const unit = cell('unit');
    if (!unit && !WORD_QUALIFIERS.has(cell('qualifier') as Qualifier)) fail(row.line, 'unit', 'no unit');
    const { percent } = lexicon().units;
    if (unit && measure !== 'level' && !percent[unit])
      fail(row.line, 'unit', `a ${measure} is in ${Object.keys(percent).join(', ')}, not "${unit}"`);
    if (unit && measure === 'level' && !unitBase(unit))
      fail(row.line, 'unit', `"${unit}" is not a unit yoy knows (e.g. ${lexicon().data.units.examples.join(', ')})`);
    const kind = (cell('kind') || 'actual') as Kind;
    if (!KINDS.includes(kind)) fail(row.line, 'kind', `"${kind}" is not one of ${KINDS.join(', ')}`);
    const qualifier = (cell('qualifier') || 'exact') as Qualifier;
    if (!QUALIFIERS.includes(qualifier))
      fail(row.line, 'qualifier', `"${qualifier}" is not one of ${QUALIFIERS.join(', ')}`);
    if (kind === 'actual' && qualifier !== 'exact')
      fail(row.line, 'qualifier', `"${qualifier}" qualifies a target; an actual is exact (leave the cell empty)`);
    const decimal = (name: string) => {
      const v = cell(name);
      if (!DECIMAL.test(v)) fail(row.line, name, `"${v}" is not a number (a plain decimal such as 5.2 or -0.7)`);
      return new Big(v);
    };
    const words = WORD_QUALIFIERS.has(qualifier);
    if (words && (cell('value') || cell('low') || cell('high')))
      fail(row.line, 'value', `a target "${qualifier}" has no number: leave value, low and high empty`);
    if (!words && qualifier !== 'range' && (cell('low') || cell('high')))
      fail(row.line, 'low', `low and high are for a range (qualifier "range"), not "${qualifier}"`);
    const low = qualifier === 'range' ? decimal('low') : null;
    const high = qualifier === 'range' ? decimal('high') : null;
    if (low && high && low.gt(high)) fail(row.line, 'high', `the range's high ${high} is below its low ${low}`);
    // a range's value is its low end, as for a range read from a report
    const value = words ? null : qualifier === 'range' && !cell('value') ? low! : decimal('value');
    const ref = cell('target_ref');
    if (qualifier === 'in_step_with') {
      if (!ref) fail(row.line, 'target_ref', 'a target in step with another indicator names it in target_ref (gdp)');
      if (!indicators.has(ref)) fail(row.line, 'target_ref', `unknown indicator "${ref}" (not in the dictionary)`);
    } else if (ref) fail(row.line, 'target_ref', `target_ref is for a target "in_step_with", not "${qualifier}"`);
    const key = `${indicator.id}|${measure}|${year}|${kind}`;
    if (seen.has(key))
      fail(
        row.line,
        null,
        `a second row for ${indicator.id} ${measure} ${year}${kind === 'target' ? ' target' : ''} (the first is on line ${seen.get(key)})`,
      );
    seen.set(key, row.line);
    const base = value === null ? { value: null, unit: null } : baseOf(unit, value);
    const text = input.source.slice(row.start, row.end);
    return {
      report_id: input.id,
      jurisdiction,
      report_year: Number(year),
      indicator: indicator.id,
      indicator_label: indicator.label,
      kind,
      period: Number(year),
      period_source: 'stated',
      measure,
      value: value === null ? null : Number(value),
      unit,
      value_low: low === null ? null : Number(low),
      value_high: high === null ? null : Number(high),
      qualifier,
      target_ref: ref || null,
      estimated: false,
      value_base: base.value,
      unit_base: value === null ? null : (base.unit ?? unitBase(unit) ?? null),
      text,
      start: row.start,
      end: row.end,
      sentence: text,
      confidence: 1,
      rule: 'series-row',
      override: null,
      doc_kind: 'series',
      source_url: cell('source_url') || null,
      publisher: cell('publisher') || null,
      as_of: null,
      notes: null,
    };
  });
}

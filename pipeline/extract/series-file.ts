// A series file (manifest kind `series`, a CSV): outcomes a user already has, one
// row each. Every row becomes an observation grounded in the row itself (its text
// is the row as written, start and end its offsets in the file), and every bad
// row is an error that names its line and column. The columns are those of the
// contract: jurisdiction, indicator, year, measure, value, unit, and optionally
// note, publisher (the body that publishes the figure officially) and source_url
// (only where it was read: often a repost).
import Big from 'big.js';
import { parse } from 'csv-parse/sync';
import { YoyError } from '../core/errors.js';
import type { Indicator, Measure, Observation } from '../core/model.js';
import { baseOf, unitBase } from './units.js';

const REQUIRED = ['jurisdiction', 'indicator', 'year', 'measure', 'value', 'unit'] as const;
const OPTIONAL = ['note', 'publisher', 'source_url'] as const;
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
    const at = header ? header.cells.map((c) => c.toLowerCase()).indexOf('year') : -1;
    if (at < 0) return [];
    return body
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
    const raw = cell('value');
    if (!DECIMAL.test(raw)) fail(row.line, 'value', `"${raw}" is not a number (a plain decimal such as 5.2 or -0.7)`);
    const unit = cell('unit');
    if (!unit) fail(row.line, 'unit', 'no unit');
    if (measure !== 'level' && unit !== '%' && unit !== '‰' && unit !== '个百分点')
      fail(row.line, 'unit', `a ${measure} is in %, ‰ or 个百分点, not "${unit}"`);
    if (measure === 'level' && !unitBase(unit))
      fail(row.line, 'unit', `"${unit}" is not a unit yoy knows (e.g. 亿元, 万人, 万吨)`);
    const key = `${indicator.id}|${measure}|${year}`;
    if (seen.has(key))
      fail(
        row.line,
        null,
        `a second row for ${indicator.id} ${measure} ${year} (the first is on line ${seen.get(key)})`,
      );
    seen.set(key, row.line);
    const value = new Big(raw);
    const base = baseOf(unit, value);
    const text = input.source.slice(row.start, row.end);
    return {
      report_id: input.id,
      jurisdiction,
      report_year: Number(year),
      indicator: indicator.id,
      indicator_label: indicator.label,
      kind: 'actual',
      period: Number(year),
      period_source: 'stated',
      measure,
      value: Number(value),
      unit,
      value_low: null,
      value_high: null,
      qualifier: 'exact',
      estimated: false,
      value_base: base.value,
      unit_base: base.unit ?? unitBase(unit) ?? null,
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

// CSV per the contract: RFC 4180, UTF-8 with a BOM unless asked not to, a
// header row, numbers as plain decimals, empty cells for missing values, and
// text that a spreadsheet would run as a formula neutralised.
import { stringify } from 'csv-stringify/sync';
import type { TableDef } from './tables.js';
import { plain } from '../derive/decimal.js';

/** A leading =, +, -, @, tab or CR makes a spreadsheet read a formula; a quote in front keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A run of line breaks (CRLF, LF, CR, U+2028, U+2029): the reports break lines inside figures (广义货币M\n2\n增长13.6%). */
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/**
 * Text as a person reads it in a cell: each run of line breaks folded to one space.
 * bundle.json keeps the exact span (source.slice(start, end) === text); a CSV or
 * workbook cell equals foldLineBreaks of it.
 */
export const foldLineBreaks = (text: string) => text.replace(LINE_BREAKS, ' ');

/** A text cell of a CSV or a sheet: line breaks folded, a formula neutralised. */
export const textCell = (text: string) => neutralise(foldLineBreaks(text));

function cell(value: unknown, type: string): string {
  if (value === null || value === undefined) return '';
  if (type === 'number' || type === 'integer') return typeof value === 'number' ? plain(value) : '';
  if (type === 'boolean') return value ? 'true' : 'false';
  return textCell(String(value));
}

export interface CsvOptions {
  bom: boolean;
}

/** JavaScript's \s: a cell that starts or ends with one is quoted, so that no reader trims it */
function isSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/**
 * csv-stringify's options. A cell with a line break is quoted by csv-stringify itself;
 * one with a space at either end is quoted by the cast, two character tests where a
 * `quoted_match` regular expression was searched in every cell. Records end in LF here
 * and CRLF once written (`crlf`): with a delimiter of two characters csv-stringify
 * builds cell + delimiter for every cell to look for one straddling the two, a
 * quarter of its time; no cell holds a line break (textCell folds them), so the LFs
 * it writes are exactly the records' ends.
 */
const STRINGIFY = {
  record_delimiter: '\n',
  cast: {
    string: (v: string) =>
      v && (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1))) ? { value: v, quoted: true } : v,
  },
};

/** The rows as cells; a field in `same` is the same in every row (a jurisdiction's division code), its cell made once. */
function records(table: TableDef, rows: object[], same?: Record<string, unknown>): string[][] {
  if (!same) return rows.map((r) => table.fields.map((fd) => cell((r as Record<string, unknown>)[fd.name], fd.type)));
  const fixed = table.fields.map((fd) => (fd.name in same ? cell(same[fd.name], fd.type) : undefined));
  return rows.map((r) =>
    table.fields.map((fd, i) => fixed[i] ?? cell((r as Record<string, unknown>)[fd.name], fd.type)),
  );
}

/** csv-stringify's text with each record ending in CRLF (the contract's RFC 4180). */
const crlf = (text: string) => text.replaceAll('\n', '\r\n');

export function toCsv(table: TableDef, rows: object[], opts: CsvOptions): string {
  const body = crlf(stringify([table.fields.map((fd) => fd.name), ...records(table, rows)], STRINGIFY));
  return (opts.bom ? '\ufeff' : '') + body;
}

/** The header row (with the BOM, when asked for). */
export function csvHeader(table: TableDef, opts: CsvOptions): string {
  return (opts.bom ? '\ufeff' : '') + crlf(stringify([table.fields.map((fd) => fd.name)], STRINGIFY));
}

/** Rows only, each ending in CRLF: a jurisdiction's share of a table (with what its rows hold alike, `same`). */
export function csvRows(table: TableDef, rows: object[], same?: Record<string, unknown>): string {
  return rows.length ? crlf(stringify(records(table, rows, same), STRINGIFY)) : '';
}

/**
 * A pivot's rows in pieces that fit any year range: the fixed columns (through
 * csv-stringify) and the year cells of this jurisdiction's years. Year cells are
 * plain numbers or empty, which CSV never quotes, so the release widens a row to
 * its own years by adding empty cells before and after.
 */
export interface PivotLines {
  first: number;
  last: number;
  rows: Array<[fixed: string, cells: string]>;
}

export function pivotLines(
  table: TableDef,
  pivot: { years: number[]; rows: Array<Record<string, unknown>> },
): PivotLines | null {
  if (!pivot.rows.length || !pivot.years.length) return null;
  const fixed = table.fields.filter((fd) => !/^\d+$/.test(fd.name));
  const rows = pivot.rows.map((r): [string, string] => [
    stringify([fixed.map((fd) => cell(r[fd.name], fd.type))], STRINGIFY).slice(0, -1),
    pivot.years.map((y) => cell(r[String(y)], 'number')).join(','),
  ]);
  return { first: pivot.years[0], last: pivot.years[pivot.years.length - 1], rows };
}

/** One pivot row widened to the release's years. */
export function pivotRow(lines: PivotLines, row: [string, string], first: number, last: number): string {
  return `${row[0]},${','.repeat(lines.first - first)}${row[1]}${','.repeat(last - lines.last)}\r\n`;
}

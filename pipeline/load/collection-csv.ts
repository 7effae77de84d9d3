// A CSV collection (manifest `"format": "csv"` with `fields`): one report per row of
// one or more CSV files (a glob such as provinces-2026/*.csv names a folder of them),
// each with a header row. The files are indexed here, each row's byte span kept, and
// the text is read again, one row at a time, when extracted (read.ts). A report's
// offsets point into its text column's value, as a JSON Lines report's point into its
// text field. A bad row is an error naming the file, the row and the column.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import { YoyError } from '../core/errors.js';
import type { ManifestCollection } from '../core/model.js';
import { sha256, type SourceRef } from './read.js';
import { decode } from './decode.js';
import { expandPath, insideInput } from './paths.js';
import { checkCollectionJurisdiction, rowJurisdiction, collectionMeta } from './collection-jurisdiction.js';
import type { LinesSkipped, ReportMeta, Warning } from './index.js';

interface Record_ {
  record: string[];
  info: { bytes: number; lines: number };
}

/**
 * The file's records with the byte where each ends, or an error naming the row (and,
 * where csv-parse knows it, the column) it stopped at, and the line the row starts on.
 */
function records(bytes: Buffer, display: string): Record_[] {
  let header: string[] = [];
  let lastLine = 0;
  try {
    return parse(bytes, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // with info, csv-parse hands on_record the record and its info together (its types say otherwise)
      on_record: ((r: Record_) => {
        if (!header.length) header = r.record;
        lastLine = r.info.lines;
        return r;
      }) as unknown as (record: string[]) => string[],
    }) as unknown as Record_[];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const e = err as CsvError & { records?: number; column?: number };
    // the row that failed is the one after the last read (the header is record 1)
    const row = e.records ?? 0;
    const column = e.column !== undefined && header[e.column] !== undefined ? `, column "${header[e.column]}"` : '';
    const what =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed (its " opens a field that runs to the end of the file)'
        : e.message;
    throw new YoyError(
      'COLLECTION_INVALID',
      `the file is not valid CSV: ${what}`,
      display,
      `${row ? `row ${row}` : 'the header'} (line ${lastLine + 1})${column}`,
    );
  }
}

export function loadCsvCollection(
  dir: string,
  realDir: string,
  e: ManifestCollection,
  manifestFile: string,
  maxFileBytes: number,
  note: (rel: string, hash: string, bytes: number) => void,
  warnings: Warning[],
  linesSkipped: LinesSkipped[],
): Array<{ meta: ReportMeta; ref: SourceRef }> {
  checkCollectionJurisdiction(e, manifestFile);
  const { fields } = e;
  const [from, to] = e.years ?? [-Infinity, Infinity];
  const out: Array<{ meta: ReportMeta; ref: SourceRef }> = [];
  for (const rel of expandPath(dir, e.path, manifestFile)) {
    const { file, stat } = insideInput(dir, realDir, rel, manifestFile);
    const display = path.join(dir, rel);
    if (Number(stat.size) > maxFileBytes)
      throw new YoyError(
        'FILE_TOO_LARGE',
        `the file is ${(Number(stat.size) / 1e6).toFixed(1)} MB, over the limit of ${(maxFileBytes / 1e6).toFixed(1)} MB (--max-file-mb)`,
        display,
      );
    const bytes = fs.readFileSync(file);
    note(rel, sha256(bytes), bytes.length);
    // rows are read again by their byte offsets, so the file must be UTF-8 (Excel's "CSV UTF-8")
    const { encoding } = decode(bytes, display);
    if (encoding !== 'utf-8' && encoding !== 'utf-8-bom')
      throw new YoyError(
        'COLLECTION_INVALID',
        `the file is ${encoding}, not UTF-8: a CSV collection is read as UTF-8; save it as UTF-8 (in Excel: Save As "CSV UTF-8"; or iconv -f ${encoding} -t utf-8)`,
        display,
      );
    const [header, ...body] = records(bytes, display);
    if (!header) throw new YoyError('COLLECTION_INVALID', 'the file is empty: it has no header row', display);
    const names = header.record.map((c) => c.trim());
    // every column the entry names must be in the header
    for (const [role, column] of Object.entries(fields))
      if (column && !names.includes(column))
        throw new YoyError(
          'COLLECTION_INVALID',
          `the header has no column "${column}" (the manifest's fields.${role}); its columns are ${names.join(', ')}`,
          display,
          'line 1',
        );
    const rules = (e.skip ?? []).map((r) => ({ ...r, re: new RegExp(r.matches, 'u'), lines: [] as number[] }));
    let prevByte = header.info.bytes;
    let prevLines = header.info.lines;
    body.forEach(({ record, info }, i) => {
      const offset = prevByte;
      const line = prevLines + 1;
      prevByte = info.bytes;
      prevLines = info.lines;
      const rowNo = i + 1;
      const where = `row ${rowNo}`;
      const location = (column: string) => `${where} (line ${line}), column "${column}"`;
      if (record.length < names.length)
        throw new YoyError(
          'COLLECTION_INVALID',
          `${where} has ${record.length} columns where the header has ${names.length}: a column is missing (or a field holding a comma or a quote is not quoted)`,
          display,
          location(names[record.length]),
        );
      if (record.length > names.length)
        throw new YoyError(
          'COLLECTION_INVALID',
          `${where} has ${record.length} columns where the header has ${names.length} (a field holding a comma is not quoted?)`,
          display,
          `${where} (line ${line})`,
        );
      const row: Record<string, string> = Object.fromEntries(names.map((n, c) => [n, record[c] ?? '']));
      const rule = rules.find((r) => r.re.test(row[r.field] ?? ''));
      if (rule) {
        rule.lines.push(line);
        return;
      }
      const yearRaw = row[fields.year].trim();
      if (!/^\d{4}$/.test(yearRaw))
        throw new YoyError(
          'COLLECTION_INVALID',
          `${where}: the year "${yearRaw.slice(0, 20)}" is not a number (a year such as 2026)`,
          display,
          location(fields.year),
        );
      const year = Number(yearRaw);
      if (year < from || year > to) return;
      if (!row[fields.text].trim()) {
        warnings.push({
          type: 'collection-line-without-text',
          file: rel,
          message: `${where} (${year}) has no text in column "${fields.text}"; skipped`,
        });
        return;
      }
      const who = rowJurisdiction(e, row, display, `${where} (line ${line})`);
      out.push({
        meta: collectionMeta(e, who, year, `${rel}#${where}`, {
          url: fields.url ? row[fields.url].trim() || undefined : undefined,
          title: fields.title ? row[fields.title].trim() || undefined : undefined,
        }),
        ref: {
          kind: 'csv',
          file,
          display,
          offset,
          length: info.bytes - offset,
          headerLength: header.info.bytes,
          textField: fields.text,
          column: names.indexOf(fields.text),
          row: rowNo,
          line,
          // the bytes read again for the row (read.ts): the header, then the row
          sha256: sha256(Buffer.concat([bytes.subarray(0, header.info.bytes), bytes.subarray(offset, info.bytes)])),
        },
      });
    });
    for (const r of rules)
      if (r.lines.length)
        linesSkipped.push({ file: rel, field: r.field, matches: r.matches, count: r.lines.length, lines: r.lines });
  }
  return out;
}

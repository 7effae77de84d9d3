// A fragment: one jurisdiction's share of the release, already formatted. Its CSV
// rows and bundle lines are bytes, so the release is written by concatenating
// fragments in jurisdiction order, and a fragment can be kept in the cache and
// reused whole while none of its inputs change. One layout serves the worker's
// reply, the cache file and the assembly: a JSON header line, then the sections.
import fs from 'node:fs';
import path from 'node:path';
import type { PivotLines } from './csv.js';
import type { Warning } from '../load/index.js';
import type { Dropped } from '../extract/index.js';
import type { Account } from '../extract/account.js';
import type { Applied } from '../correct/overrides.js';
import type { TargetBand } from '../derive/amplification.js';
import type { ScoreRow } from '../derive/scorecard.js';

import { ROW_TABLES, JSON_TABLES } from './tables.js';

/** The CSV tables a fragment carries rows for (the pivots travel in its header). */
export const CSV_SECTIONS = ROW_TABLES.map((t) => t.name);
/** The tables whose rows it carries as JSON, one element per line (the bundle's arrays and the workbook's sheets). */
export const JSON_SECTIONS = JSON_TABLES.map((t) => t.name);

export interface ReportOutcome {
  id: string;
  ok: boolean;
  sha256?: string;
  bytes?: number;
  encoding?: string;
  /** how many look-alike characters were folded as the text was read */
  lookalikes_folded?: number;
  observations: number;
  cached: boolean;
  /** thread time of reading (with decoding) and extracting the report, in milliseconds (for the benchmark) */
  ms?: { read: number; extract: number };
  /** a PDF's or Word file's text, which its offsets point into (written to the release's sources/) */
  derived_text?: { text: string; pageStarts?: number[] };
  /** why the report was skipped (--keep-going) */
  skipped?: { file: string; code: string; message: string };
  /** the figures the rules set aside, and why (for the review pages) */
  dropped?: Dropped[];
  /** every number of a prose document and what became of it */
  account?: Account;
  /** the document of the same kind with the same text, read in its stead */
  same_text_as?: string;
}

export interface FragmentHeader {
  jurisdiction: string;
  /** the key the fragment is cached under, or '' when it must not be cached */
  key: string;
  /** a failure that ends the run (a bad report without --keep-going, an invalid observation, a bad override) */
  error?: { code: string; message: string; file?: string; location?: string };
  reports: ReportOutcome[];
  warnings: Warning[];
  applied: Array<Applied & { index: number }>;
  counts: Record<string, number>;
  status: Record<string, number>;
  /** thread time of each step, in milliseconds */
  ms: { read: number; extract: number; validate: number; derive: number; format: number };
  /** each pivot's rows by table name, formatted to be widened to the release's years */
  pivots: Record<string, PivotLines | null>;
  /** the jurisdiction's numeric targets, for the tables derived across jurisdictions (amplification) */
  targets: TargetBand[];
  /** the jurisdiction's candidate rows of the scorecard, derived across jurisdictions like amplification */
  scorecard?: ScoreRow[];
  sections: Array<[string, number]>;
}

/**
 * A fragment ready to be written: its header, and where each section lies. Its
 * bytes are in memory (a unit just run), or only in its cache file, which is then
 * read section by section straight into the release and never held whole.
 */
export interface Fragment {
  header: FragmentHeader;
  /** the fragment's length in bytes */
  size: number;
  /** each section's start and length in the fragment's bytes */
  at: Record<string, [number, number]>;
  bytes?: Uint8Array;
  /** the cache file that holds the same bytes, if there is one (a pack of fragments: run/cache/units.ts) */
  file?: string;
  /** where the fragment starts in that file (`at` is relative to it) */
  offset?: number;
  /** that file, already open (a fragment read from the cache): whoever writes the fragment closes it */
  fd?: number;
}

const NL = 10;

export function encodeFragment(
  header: Omit<FragmentHeader, 'sections'>,
  csv: Record<string, string>,
  json: Record<string, string>,
  /** more sections, by name: the unit's reports' cache entries (run/cache/reports.ts) */
  more: Array<[name: string, text: string]> = [],
): Uint8Array {
  const texts: Array<[string, string]> = [
    ...CSV_SECTIONS.map((n) => [`csv:${n}`, csv[n]] as [string, string]),
    ...JSON_SECTIONS.map((n) => [`json:${n}`, json[n]] as [string, string]),
    ...more,
  ];
  const sections = texts.map(([n, t]) => [n, Buffer.byteLength(t)] as [string, number]);
  const head = JSON.stringify({ ...header, sections }) + '\n';
  const headBytes = Buffer.byteLength(head);
  const out = Buffer.allocUnsafe(headBytes + sections.reduce((a, [, n]) => a + n, 0));
  let at = out.write(head, 0);
  for (const [, t] of texts) at += out.write(t, at);
  return out;
}

/** Where each section lies, checked against the fragment's length; undefined when it does not add up. */
function layout(header: FragmentHeader, headLength: number, size: number): Fragment['at'] | undefined {
  if (!Array.isArray(header.sections)) return undefined;
  const at: Fragment['at'] = {};
  let pos = headLength + 1;
  for (const [name, n] of header.sections) {
    at[name] = [pos, n];
    pos += n;
  }
  if (
    pos !== size ||
    [...CSV_SECTIONS.map((s) => `csv:${s}`), ...JSON_SECTIONS.map((s) => `json:${s}`)].some((k) => !at[k])
  )
    return undefined;
  return at;
}

/** The fragment in bytes, read back; undefined when the bytes are not a whole fragment. */
export function decodeFragment(bytes: Uint8Array): Fragment | undefined {
  const nl = bytes.indexOf(NL);
  if (nl < 0) return undefined;
  let header: FragmentHeader;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, nl).toString('utf8'));
  } catch {
    return undefined;
  }
  const at = layout(header, nl, bytes.length);
  return at ? { header, size: bytes.length, at, bytes } : undefined;
}

/**
 * A section's bytes copied into `into` at `pos`, from the fragment's bytes or its open
 * cache file (call before whoever writes the fragment closes it); the bytes copied.
 */
export function copySection(f: Fragment, section: string, into: Uint8Array, pos = 0): number {
  const [start, n] = f.at[section] ?? [0, 0];
  if (!n) return 0;
  if (f.bytes) into.set(f.bytes.subarray(start, start + n), pos);
  else if (f.fd !== undefined) fs.readSync(f.fd, into, pos, n, (f.offset ?? 0) + start);
  else throw new Error(`the fragment of ${f.header.jurisdiction} has neither its bytes nor its file`);
  return n;
}

/** A JSON section's rows, parsed. */
export function sectionRows<T>(f: Fragment, table: string): T[] {
  const n = f.at[`json:${table}`]?.[1] ?? 0;
  if (!n) return [];
  const bytes = new Uint8Array(n);
  copySection(f, `json:${table}`, bytes);
  return JSON.parse(`[${Buffer.from(bytes.buffer, 0, n).toString('utf8')}]`) as T[];
}

/**
 * A cached fragment's header, when `length` bytes at `offset` of the file are a whole
 * fragment under its own key. Its sections stay on disk; the file is left open (`fd`),
 * so that it can be read to the end whatever happens to the cache meanwhile.
 */
export function readFragmentAt(file: string, offset: number, length: number, key: string): Fragment | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    if (fs.fstatSync(fd).size < offset + length) return undefined;
    let head = Buffer.allocUnsafe(Math.min(length, 1 << 16));
    let nl = -1;
    for (let got = 0; nl < 0 && got < length;) {
      if (got === head.length) head = Buffer.concat([head, Buffer.allocUnsafe(Math.min(head.length, length - got))]);
      const n = fs.readSync(fd, head, got, head.length - got, offset + got);
      if (n <= 0) break;
      nl = head.indexOf(NL, got);
      got += n;
    }
    const header = nl < 0 ? undefined : (JSON.parse(head.toString('utf8', 0, nl)) as FragmentHeader);
    const at = header && layout(header, nl, length);
    if (header && at && header.key === key && !header.error) {
      const f = { header, size: length, at, file, offset, fd };
      fd = undefined;
      return f;
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

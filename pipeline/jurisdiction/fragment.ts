// A fragment: one jurisdiction's share of the release, already formatted. Its CSV
// rows and bundle lines are bytes, so the release is written by concatenating
// fragments in jurisdiction order, and a fragment can be kept in the cache and
// reused whole while none of its inputs change. One layout serves the worker's
// reply, the cache file and the assembly: a JSON header line, then the sections.
import fs from 'node:fs';
import path from 'node:path';
import type { Pivot } from '../derive/pivot.js';
import type { Warning } from '../load/index.js';
import type { Applied } from '../overrides.js';

/** The CSV tables a fragment carries rows for (the pivots are assembled from their rows). */
export const CSV_SECTIONS = ['observations', 'targets_vs_actuals', 'growth_deltas', 'summary', 'revisions', 'review', 'stated_attainment'] as const;
/** The bundle's arrays, one JSON element per line. */
export const JSON_SECTIONS = ['observations', 'targets_vs_actuals', 'growth_deltas', 'summary', 'revisions', 'stated_attainment'] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];
export type JsonSection = (typeof JSON_SECTIONS)[number];

export interface ReportOutcome {
  id: string;
  ok: boolean;
  sha256?: string;
  bytes?: number;
  encoding?: string;
  observations: number;
  cached: boolean;
  /** why the report was skipped (--keep-going) */
  skipped?: { file: string; code: string; message: string };
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
  counts: Record<CsvSection, number>;
  status: Record<string, number>;
  /** thread time of each step, in milliseconds */
  ms: { read: number; extract: number; validate: number; derive: number; format: number };
  pivots: { actuals: Pivot; targets: Pivot };
  sections: Array<[string, number]>;
}

export interface Fragment {
  header: FragmentHeader;
  csv: Record<CsvSection, Uint8Array>;
  json: Record<JsonSection, Uint8Array>;
  /** the fragment's length in bytes */
  size: number;
  /** where each bundle section starts in the fragment's bytes (and so in its cache file) */
  jsonOffsets: Record<JsonSection, number>;
}

const NL = 10;

export function encodeFragment(header: Omit<FragmentHeader, 'sections'>, csv: Record<CsvSection, string>, json: Record<JsonSection, string>): Uint8Array {
  const texts: Array<[string, string]> = [...CSV_SECTIONS.map((n) => [`csv:${n}`, csv[n]] as [string, string]), ...JSON_SECTIONS.map((n) => [`json:${n}`, json[n]] as [string, string])];
  const sections = texts.map(([n, t]) => [n, Buffer.byteLength(t)] as [string, number]);
  const head = JSON.stringify({ ...header, sections }) + '\n';
  const headBytes = Buffer.byteLength(head);
  const out = Buffer.allocUnsafe(headBytes + sections.reduce((a, [, n]) => a + n, 0));
  let at = out.write(head, 0);
  for (const [, t] of texts) at += out.write(t, at);
  return out;
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
  if (!Array.isArray(header.sections)) return undefined;
  const total = header.sections.reduce((a, [, n]) => a + n, 0);
  if (nl + 1 + total !== bytes.length) return undefined;
  const csv = {} as Fragment['csv'];
  const json = {} as Fragment['json'];
  const jsonOffsets = {} as Fragment['jsonOffsets'];
  let at = nl + 1;
  for (const [name, n] of header.sections) {
    const part = bytes.subarray(at, at + n);
    const [kind, section] = name.split(':');
    if (kind === 'csv') csv[section as CsvSection] = part;
    else {
      json[section as JsonSection] = part;
      jsonOffsets[section as JsonSection] = at;
    }
    at += n;
  }
  if (CSV_SECTIONS.some((s) => !csv[s]) || JSON_SECTIONS.some((s) => !json[s])) return undefined;
  return { header, csv, json, jsonOffsets, size: bytes.length };
}

export const fragmentFile = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.frag`);

/** A cached fragment's bytes, when the file is there, whole, and under its own key. */
export function readFragment(dir: string, key: string): Uint8Array | undefined {
  try {
    const bytes = fs.readFileSync(fragmentFile(dir, key));
    const f = decodeFragment(bytes);
    return f && f.header.key === key && !f.header.error ? bytes : undefined;
  } catch {
    return undefined;
  }
}

export function writeFragment(dir: string, key: string, bytes: Uint8Array): void {
  try {
    const target = fragmentFile(dir, key);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch {
    // a cache that cannot be written only costs time
  }
}

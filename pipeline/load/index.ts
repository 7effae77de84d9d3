// Stage: load. The input directory's manifest, dictionary and overrides,
// validated; then the reports it names, each decoded to text. A report is read
// only when asked for, so memory holds one report at a time.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { YoyError } from '../errors.js';
import { assertValid, parseJson } from '../validate/index.js';
import { decode, type Encoding } from './decode.js';
import { visibleSegments } from './html.js';
import type { Segment } from '../extract/normalize.js';
import { mergeDictionaries, type Dictionary } from '../extract/dictionary.js';
import { DEFAULT_DICTIONARY_PATH } from '../paths.js';

export type Level = 'national' | 'province' | 'city' | 'district' | 'county';

export interface ReportMeta {
  id: string;
  jurisdiction: string;
  jurisdiction_name: string;
  level: Level;
  report_year: number;
  /** relative to the input directory; for a collection, the file and line */
  path: string;
  excerpt: boolean;
  delivered_on?: string;
  source_url?: string;
  title?: string;
}

export interface LoadedReport extends ReportMeta {
  source: string;
  segments?: Segment[];
  encoding: string;
  sha256: string;
  bytes: number;
}

export interface Override {
  action: 'add' | 'correct' | 'suppress';
  report_id: string;
  reason: string;
  match?: Record<string, unknown>;
  set?: Record<string, unknown>;
}

export interface Warning {
  type: string;
  file?: string;
  report_id?: string;
  message: string;
}

export interface Input {
  dir: string;
  reports: Array<{ meta: ReportMeta; read: () => LoadedReport }>;
  dictionary: Dictionary;
  dictionaryHash: string;
  overrides: Override[];
  inputFiles: Array<{ path: string; sha256: string; bytes: number }>;
  warnings: Warning[];
  /** reports that could not be read, with --keep-going */
  skipped: Array<{ file: string; code: string; message: string }>;
}

export interface LoadOptions {
  maxFileBytes: number;
  /** skip a report that cannot be read instead of failing the run */
  keepGoing?: boolean;
}

const sha256 = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex');

/** Resolve a manifest path and refuse anything that leaves the input directory, symlinks included. */
function insideInput(dir: string, rel: string, manifestFile: string): string {
  const abs = path.resolve(dir, rel);
  const realDir = fs.realpathSync(dir);
  if (!fs.existsSync(abs)) {
    if (path.relative(dir, abs).startsWith('..')) throw new YoyError('PATH_OUTSIDE_INPUT', `path "${rel}" leads outside the input directory`, manifestFile);
    throw new YoyError('FILE_MISSING', `the report file "${rel}" does not exist`, path.join(dir, rel));
  }
  const real = fs.realpathSync(abs);
  const relReal = path.relative(realDir, real);
  if (relReal.startsWith('..') || path.isAbsolute(relReal)) {
    throw new YoyError('PATH_OUTSIDE_INPUT', `path "${rel}" leads outside the input directory (to ${real})`, manifestFile);
  }
  if (!fs.statSync(real).isFile()) throw new YoyError('FILE_MISSING', `"${rel}" is not a file`, path.join(dir, rel));
  return real;
}

function readBytes(file: string, display: string, opts: LoadOptions): Buffer {
  const size = fs.statSync(file).size;
  if (size > opts.maxFileBytes) {
    throw new YoyError('FILE_TOO_LARGE', `the file is ${(size / 1e6).toFixed(1)} MB, over the limit of ${(opts.maxFileBytes / 1e6).toFixed(1)} MB (--max-file-mb)`, display);
  }
  return fs.readFileSync(file);
}

function readJsonFile(file: string, display: string, code: 'MANIFEST_NOT_JSON' | 'DICTIONARY_INVALID' | 'OVERRIDES_INVALID'): unknown {
  const bytes = fs.readFileSync(file);
  return parseJson(decode(bytes, display).text, display, code);
}

export function loadInput(dir: string, opts: LoadOptions): Input {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new YoyError('USAGE', `input directory "${dir}" does not exist`, dir);
  }
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new YoyError('FILE_MISSING', 'the input directory has no manifest.json', manifestFile);
  const manifest = readJsonFile(manifestFile, manifestFile, 'MANIFEST_NOT_JSON') as { reports: Array<Record<string, unknown>> };
  assertValid('manifest', manifest, manifestFile);

  const inputFiles: Input['inputFiles'] = [];
  const note = (rel: string, bytes: Uint8Array) => inputFiles.push({ path: rel, sha256: sha256(bytes), bytes: bytes.length });
  note('manifest.json', fs.readFileSync(manifestFile));

  // the dictionary: the project's default, extended by the input directory's own
  const base = readJsonFile(DEFAULT_DICTIONARY_PATH, DEFAULT_DICTIONARY_PATH, 'DICTIONARY_INVALID') as Dictionary;
  assertValid('indicators', base, DEFAULT_DICTIONARY_PATH);
  let dictionary = base;
  const userDict = path.join(dir, 'indicators.json');
  if (fs.existsSync(userDict) && fs.realpathSync(userDict) !== fs.realpathSync(DEFAULT_DICTIONARY_PATH)) {
    const extra = readJsonFile(userDict, userDict, 'DICTIONARY_INVALID') as Dictionary;
    assertValid('indicators', extra, userDict);
    dictionary = mergeDictionaries(base, extra);
    note('indicators.json', fs.readFileSync(userDict));
  } else if (fs.existsSync(userDict)) note('indicators.json', fs.readFileSync(userDict));
  const dictionaryHash = sha256(JSON.stringify(dictionary.indicators));

  let overrides: Override[] = [];
  const overridesFile = path.join(dir, 'overrides.json');
  if (fs.existsSync(overridesFile)) {
    const o = readJsonFile(overridesFile, overridesFile, 'OVERRIDES_INVALID') as { overrides: Override[] };
    assertValid('overrides', o, overridesFile);
    overrides = o.overrides;
    note('overrides.json', fs.readFileSync(overridesFile));
  }

  const warnings: Warning[] = [];
  const skipped: Input['skipped'] = [];
  const reports: Input['reports'] = [];
  for (const entry of manifest.reports) {
    try {
      if (entry.format === 'jsonl') reports.push(...loadCollection(dir, entry, manifestFile, opts, note, warnings));
      else reports.push(loadSingle(dir, entry, manifestFile, opts, note));
    } catch (e) {
      if (!(e instanceof YoyError) || !opts.keepGoing || e.code === 'PATH_OUTSIDE_INPUT') throw e;
      // paths relative to the input directory keep the release the same wherever it is built
      skipped.push({ file: e.file ? path.relative(dir, e.file) : String(entry.path), code: e.code, message: e.message });
    }
  }
  // one id, and one report per jurisdiction and year
  const ids = new Map<string, string>();
  const years = new Map<string, string>();
  for (const { meta } of reports) {
    if (ids.has(meta.id)) throw new YoyError('DUPLICATE_ID', `report id "${meta.id}" is used twice (${ids.get(meta.id)} and ${meta.path})`, manifestFile);
    ids.set(meta.id, meta.path);
    const jy = `${meta.jurisdiction}/${meta.report_year}`;
    if (years.has(jy)) throw new YoyError('DUPLICATE_REPORT_YEAR', `two reports for ${meta.jurisdiction} in ${meta.report_year}: "${years.get(jy)}" and "${meta.id}"`, manifestFile);
    years.set(jy, meta.id);
  }
  // a stable order whatever the manifest's: jurisdiction, then year
  reports.sort((a, b) => (a.meta.jurisdiction < b.meta.jurisdiction ? -1 : a.meta.jurisdiction > b.meta.jurisdiction ? 1 : a.meta.report_year - b.meta.report_year));
  inputFiles.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { dir, reports, dictionary, dictionaryHash, overrides, inputFiles, warnings, skipped };
}

function loadSingle(dir: string, e: Record<string, unknown>, manifestFile: string, opts: LoadOptions, note: (rel: string, b: Uint8Array) => void) {
  const rel = e.path as string;
  const file = insideInput(dir, rel, manifestFile);
  const display = path.join(dir, rel);
  const meta: ReportMeta = {
    id: e.id as string,
    jurisdiction: e.jurisdiction as string,
    jurisdiction_name: e.jurisdiction_name as string,
    level: e.level as Level,
    report_year: e.report_year as number,
    path: rel,
    excerpt: Boolean(e.excerpt),
    delivered_on: e.delivered_on as string | undefined,
    source_url: e.source_url as string | undefined,
  };
  // read once now: the hash goes in the bundle and a bad file fails before any work
  const bytes = readBytes(file, display, opts);
  note(rel, bytes);
  const isHtml = e.format === 'html' || /\.html?$/i.test(rel);
  const read = (): LoadedReport => {
    const { text, encoding } = decode(bytes, display, e.encoding as Encoding | undefined);
    const segments = isHtml ? visibleSegments(text) : undefined;
    return { ...meta, source: text, segments, encoding, sha256: sha256(bytes), bytes: bytes.length };
  };
  read(); // decode errors surface at load time, naming the file
  return { meta, read };
}

function loadCollection(dir: string, e: Record<string, unknown>, manifestFile: string, opts: LoadOptions, note: (rel: string, b: Uint8Array) => void, warnings: Warning[]) {
  const rel = e.path as string;
  const file = insideInput(dir, rel, manifestFile);
  const display = path.join(dir, rel);
  const bytes = readBytes(file, display, opts);
  note(rel, bytes);
  const { text } = decode(bytes, display, e.encoding as Encoding | undefined);
  const fields = e.fields as { text: string; year: string; title?: string; url?: string };
  const [from, to] = (e.years as [number, number] | undefined) ?? [-Infinity, Infinity];
  const out: Array<{ meta: ReportMeta; read: () => LoadedReport }> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    const row = parseJson(line, display, 'MANIFEST_NOT_JSON') as Record<string, unknown>;
    const yearRaw = row[fields.year];
    const year = typeof yearRaw === 'number' ? yearRaw : typeof yearRaw === 'string' && /^\d{4}$/.test(yearRaw.trim()) ? Number(yearRaw) : undefined;
    if (year === undefined) {
      warnings.push({ type: 'collection-line-without-year', file: rel, message: `${where} has no year ("${String(row[fields.title ?? ''] ?? '').slice(0, 40)}"); skipped` });
      return;
    }
    if (year < from || year > to) return;
    const content = row[fields.text];
    if (typeof content !== 'string' || !content.trim()) {
      warnings.push({ type: 'collection-line-without-text', file: rel, message: `${where} (${year}) has no text; skipped` });
      return;
    }
    const meta: ReportMeta = {
      id: `${e.jurisdiction}-${year}`,
      jurisdiction: e.jurisdiction as string,
      jurisdiction_name: e.jurisdiction_name as string,
      level: e.level as Level,
      report_year: year,
      path: `${rel}#${where}`,
      excerpt: false,
      source_url: fields.url ? (row[fields.url] as string | undefined) : undefined,
      title: fields.title ? (row[fields.title] as string | undefined) : undefined,
    };
    const lineHash = sha256(line);
    out.push({ meta, read: () => ({ ...meta, source: content, encoding: 'utf-8', sha256: lineHash, bytes: Buffer.byteLength(line) }) });
  });
  return out;
}

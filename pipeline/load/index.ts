// Stage: load. The input directory's manifest, dictionary and overrides,
// validated; then the reports it names, each decoded to text. A report is read
// only when asked for, so memory holds one report at a time.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { YoyError } from '../core/errors.js';
import { assertValid, parseJson } from '../core/schemas.js';
import { decode } from './decode.js';
import { sha256, type SourceRef } from './read.js';
import { mergeDictionaries } from './dictionary.js';
import { loadLexicon, type LoadedLexicon } from '../lexicon/index.js';
import { jurisdictionsOf, type JurisdictionInfo } from './levels.js';
import { completeJurisdictions, type JurisdictionFields } from './jurisdiction-codes.js';
import { DEFAULT_DICTIONARY_PATH } from '../core/paths.js';
import { isDynamicPattern } from 'tinyglobby';
import { expandPath, insideInput, relPath } from './paths.js';
import { loadCsvCollection } from './collection-csv.js';
import { checkCollectionJurisdiction, collectionMeta, rowJurisdiction } from './collection-jurisdiction.js';
import { loadSingle } from './single.js';
import { loadFolder } from './folder.js';
import type { Dictionary, DocKind, Level, Override, ManifestCollection, ManifestFolder } from '../core/model.js';

export interface ReportMeta {
  id: string;
  /** what the document is (the manifest's `kind`) */
  doc_kind: DocKind;
  jurisdiction: string;
  jurisdiction_name: string;
  level: Level;
  /** the year a work report was delivered; for a communiqué, progress notice or commitments list, the year it covers; 0 for a series file (each row has its year) */
  report_year: number;
  /** an interim progress notice's date */
  as_of?: string;
  /** the jurisdiction of the level above */
  parent?: string;
  /** the six-digit administrative division code (GB/T 2260); null for the nation and a division the dataset lacks */
  division_code: string | null;
  /** relative to the input directory; for a collection, the file and line */
  path: string;
  excerpt: boolean;
  delivered_on?: string;
  source_url?: string;
  /** the body that publishes the document officially, as the manifest names it */
  publisher?: string;
  title?: string;
}

export interface Warning {
  type: string;
  file?: string;
  report_id?: string;
  message: string;
}

/** Lines of a collection left out by one of its manifest entry's `skip` rules (they are not reports). */
export interface LinesSkipped {
  /** the collection, relative to the input directory */
  file: string;
  field: string;
  matches: string;
  count: number;
  /** their line numbers */
  lines: number[];
}

export interface Input {
  dir: string;
  /** the reports named by the manifest, not yet read */
  reports: Array<{ meta: ReportMeta; ref: SourceRef }>;
  dictionary: Dictionary;
  dictionaryHash: string;
  /** the lexicon: the project's, extended by the input directory's lexicon/ folder */
  lexicon: LoadedLexicon;
  overrides: Override[];
  inputFiles: Array<{ path: string; sha256: string; bytes: number }>;
  warnings: Warning[];
  /** reports that could not be read, with --keep-going */
  skipped: Array<{ file: string; code: string; message: string }>;
  linesSkipped: LinesSkipped[];
  /** every jurisdiction of the input and of the manifest's `jurisdictions`, with its level, parent and ancestors */
  jurisdictions: JurisdictionInfo[];
}

export interface LoadOptions {
  maxFileBytes: number;
  /** skip a report that cannot be read instead of failing the run */
  keepGoing?: boolean;
}

export { relPath };

function readJsonFile(
  file: string,
  display: string,
  code: 'MANIFEST_NOT_JSON' | 'DICTIONARY_INVALID' | 'OVERRIDES_INVALID',
): unknown {
  const bytes = fs.readFileSync(file);
  return parseJson(decode(bytes, display).text, display, code);
}

/** A folder entry (as the manifest's schema tells them apart): a glob in its path, and no id. */
const isFolder = (e: Record<string, unknown>) =>
  !('id' in e) && !(e.format === 'jsonl' || (e.format === 'csv' && e.fields)) && isDynamicPattern(String(e.path));

export function loadInput(dir: string, opts: LoadOptions): Input {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new YoyError('USAGE', `input directory "${dir}" does not exist`, dir);
  }
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile))
    throw new YoyError('FILE_MISSING', 'the input directory has no manifest.json', manifestFile);
  const manifest = readJsonFile(manifestFile, manifestFile, 'MANIFEST_NOT_JSON') as {
    reports: Array<Record<string, unknown>>;
    jurisdictions?: Array<{
      jurisdiction: string;
      jurisdiction_name: string;
      level: Level;
      parent?: string;
      division_code: string | null;
    }>;
  };
  assertValid('manifest', manifest, manifestFile, { inWords: true });
  const warnings: Warning[] = [];
  // each entry's division code, and its level, parent and slug where left out, from the dataset of divisions
  const declared = manifest.jurisdictions ?? [];
  // a collection whose rows name their jurisdictions is resolved row by row, once its rows are read
  const perRow = (e: Record<string, unknown>) =>
    isFolder(e) ||
    ((e.format === 'csv' || e.format === 'jsonl') &&
      !!(e.fields as { jurisdiction_name?: string } | undefined)?.jurisdiction_name);
  const named = manifest.reports.map((e, i) => ({ e, i })).filter(({ e }) => !perRow(e));
  const above = completeJurisdictions(
    [...named.map(({ e }) => e), ...declared] as JurisdictionFields[],
    (k) => {
      if (k >= named.length) return `jurisdictions[${k - named.length}]`;
      const { e, i } = named[k];
      return `reports[${i}]${e.id ? ` ("${String(e.id)}")` : ''}`;
    },
    manifestFile,
    warnings,
  ) as typeof declared;

  const inputFiles: Input['inputFiles'] = [];
  const note = (rel: string, hash: string, bytes: number) => inputFiles.push({ path: rel, sha256: hash, bytes });
  const noteFile = (rel: string, file: string) => {
    const b = fs.readFileSync(file);
    note(rel, sha256(b), b.length);
  };
  noteFile('manifest.json', manifestFile);

  // the dictionary: the project's default, extended by the input directory's own
  const base = readJsonFile(DEFAULT_DICTIONARY_PATH, DEFAULT_DICTIONARY_PATH, 'DICTIONARY_INVALID') as Dictionary;
  assertValid('indicators', base, DEFAULT_DICTIONARY_PATH);
  let dictionary = base;
  const userDict = path.join(dir, 'indicators.json');
  if (fs.existsSync(userDict) && fs.realpathSync(userDict) !== fs.realpathSync(DEFAULT_DICTIONARY_PATH)) {
    const extra = readJsonFile(userDict, userDict, 'DICTIONARY_INVALID') as Dictionary;
    assertValid('indicators', extra, userDict);
    dictionary = mergeDictionaries(base, extra);
    noteFile('indicators.json', userDict);
  } else if (fs.existsSync(userDict)) noteFile('indicators.json', userDict);
  const dictionaryHash = sha256(JSON.stringify(dictionary.indicators));
  // the lexicon: the project's, extended by the input directory's own lexicon/<topic>.json
  const lexicon = loadLexicon(dir);
  for (const rel of lexicon.userFiles) noteFile(rel.split(path.sep).join('/'), path.join(dir, rel));

  let overrides: Override[] = [];
  const overridesFile = path.join(dir, 'overrides.json');
  if (fs.existsSync(overridesFile)) {
    const o = readJsonFile(overridesFile, overridesFile, 'OVERRIDES_INVALID') as { overrides: Override[] };
    assertValid('overrides', o, overridesFile);
    overrides = o.overrides;
    noteFile('overrides.json', overridesFile);
  }

  const linesSkipped: LinesSkipped[] = [];
  const skipped: Input['skipped'] = [];
  const reports: Input['reports'] = [];
  const realDir = fs.realpathSync(dir);
  const perRowMeta = new Set<(typeof reports)[number]>();
  const madeIds = new Set<ReportMeta>();
  for (const entry of manifest.reports) {
    try {
      const before = reports.length;
      if (entry.format === 'csv' && entry.fields)
        reports.push(
          ...loadCsvCollection(
            dir,
            realDir,
            entry as unknown as ManifestCollection,
            manifestFile,
            opts.maxFileBytes,
            note,
            warnings,
            linesSkipped,
          ),
        );
      else if (entry.format === 'jsonl')
        reports.push(
          ...loadCollection(
            dir,
            realDir,
            entry as unknown as ManifestCollection,
            manifestFile,
            opts,
            note,
            warnings,
            linesSkipped,
          ),
        );
      else if (isFolder(entry))
        for (const r of loadFolder(dir, realDir, entry as unknown as ManifestFolder, manifestFile, opts)) {
          reports.push(r);
          madeIds.add(r.meta);
        }
      else reports.push(loadSingle(dir, realDir, entry, manifestFile, opts));
      if (perRow(entry)) for (const r of reports.slice(before)) perRowMeta.add(r);
    } catch (e) {
      if (!(e instanceof YoyError) || !opts.keepGoing || e.code === 'PATH_OUTSIDE_INPUT') throw e;
      // paths relative to the input directory keep the release the same wherever it is built
      skipped.push({
        file: e.file ? path.relative(dir, e.file) : relPath(String(entry.path)),
        code: e.code,
        message: e.message,
      });
    }
  }
  // the rows of collections that name their jurisdictions, resolved now that they are read
  const rows = reports.filter((r) => perRowMeta.has(r));
  if (rows.length)
    for (const a of completeJurisdictions(
      rows.map((r) => r.meta) as JurisdictionFields[],
      (k) => rows[k].meta.path,
      manifestFile,
      warnings,
    ) as typeof declared)
      if (!above.some((x) => x.jurisdiction === a.jurisdiction)) above.push(a);
  // one id per document. Several documents of one kind, jurisdiction and year are all read (a
  // communiqué over two pages, an interim and a final progress notice, a report and a reprint):
  // a collection's second report of a year gets the id <jurisdiction>-<year>-2, and so on
  const ids = new Map<string, string>();
  // the ids the manifest gives first: an id yoy made (a collection's row, a folder's file) gives way
  // to them, and a clash between two given ids is an error
  const made = (meta: ReportMeta) => meta.path.includes('#') || madeIds.has(meta);
  const given = reports.filter((r) => !made(r.meta));
  for (const { meta } of [...given, ...reports.filter((r) => made(r.meta))]) {
    if (ids.has(meta.id) && made(meta)) {
      let n = 2;
      while (ids.has(`${meta.id}-${n}`)) n++;
      meta.id = `${meta.id}-${n}`;
    }
    if (ids.has(meta.id))
      throw new YoyError(
        'DUPLICATE_ID',
        `report id "${meta.id}" is used twice (${ids.get(meta.id)} and ${meta.path})`,
        manifestFile,
      );
    ids.set(meta.id, meta.path);
  }
  // a stable order whatever the manifest's: jurisdiction, then year, then kind and id (the jurisdiction's
  // name and level are then those of its first document)
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  reports.sort(
    (a, b) =>
      cmp(a.meta.jurisdiction, b.meta.jurisdiction) ||
      a.meta.report_year - b.meta.report_year ||
      cmp(a.meta.doc_kind, b.meta.doc_kind) ||
      cmp(a.meta.id, b.meta.id),
  );
  inputFiles.sort((a, b) => (a.path < b.path ? -1 : 1));
  const jurisdictions = jurisdictionsOf(
    reports.map((r) => r.meta),
    [...declared, ...above],
    manifestFile,
  );
  // then the jurisdictions in the release's order (the nation, by level, by name): the units run, and
  // every table lists its rows, in this order; a stable sort keeps each one's documents as above
  const place = new Map(jurisdictions.map((j, i) => [j.jurisdiction, i]));
  reports.sort((a, b) => place.get(a.meta.jurisdiction)! - place.get(b.meta.jurisdiction)!);
  return {
    dir,
    reports,
    dictionary,
    dictionaryHash,
    lexicon,
    overrides,
    inputFiles,
    warnings,
    skipped,
    linesSkipped,
    jurisdictions,
  };
}

/**
 * A JSON Lines collection is indexed in one streaming pass: for each line its byte
 * offset, length and year. The texts are read again, one at a time, when extracted.
 */
function loadCollection(
  dir: string,
  realDir: string,
  e: ManifestCollection,
  manifestFile: string,
  opts: LoadOptions,
  note: (rel: string, hash: string, bytes: number) => void,
  warnings: Warning[],
  linesSkipped: LinesSkipped[],
) {
  checkCollectionJurisdiction(e, manifestFile);
  return expandPath(dir, relPath(e.path), manifestFile).flatMap((rel) =>
    loadJsonlFile(dir, realDir, rel, e, manifestFile, opts, note, warnings, linesSkipped),
  );
}

function loadJsonlFile(
  dir: string,
  realDir: string,
  rel: string,
  e: ManifestCollection,
  manifestFile: string,
  opts: LoadOptions,
  note: (rel: string, hash: string, bytes: number) => void,
  warnings: Warning[],
  linesSkipped: LinesSkipped[],
) {
  const { file } = insideInput(dir, realDir, rel, manifestFile);
  const display = path.join(dir, rel);
  const fields = e.fields;
  const [from, to] = e.years ?? [-Infinity, Infinity];
  // lines that are not reports: the schema has checked that each pattern compiles
  const rules = (e.skip ?? []).map((r) => ({ ...r, re: new RegExp(r.matches, 'u'), lines: [] as number[] }));
  const out: Array<{ meta: ReportMeta; ref: SourceRef }> = [];
  const hash = crypto.createHash('sha256');
  let total = 0;
  let lineNo = 0;
  forEachLine(
    file,
    (line, offset, length) => {
      lineNo++;
      const text = line.toString('utf8').replace(/^\ufeff/, '');
      if (!text.trim()) return;
      const where = `line ${lineNo}`;
      const row = parseJson(text, `${display} (${where})`, 'MANIFEST_NOT_JSON') as Record<string, unknown>;
      const rule = rules.find((r) => {
        const v = row[r.field];
        return (typeof v === 'string' || typeof v === 'number') && r.re.test(String(v));
      });
      if (rule) {
        rule.lines.push(lineNo);
        return;
      }
      const yearRaw = row[fields.year];
      const year =
        typeof yearRaw === 'number'
          ? yearRaw
          : typeof yearRaw === 'string' && /^\d{4}$/.test(yearRaw.trim())
            ? Number(yearRaw)
            : undefined;
      if (year === undefined) {
        warnings.push({
          type: 'collection-line-without-year',
          file: rel,
          message: `${where} has no year ("${String(row[fields.title ?? ''] ?? '').slice(0, 40)}"); skipped (if such lines are not reports, say so with a "skip" rule on the collection in manifest.json)`,
        });
        return;
      }
      if (year < from || year > to) return;
      const content = row[fields.text];
      if (typeof content !== 'string' || !content.trim()) {
        warnings.push({
          type: 'collection-line-without-text',
          file: rel,
          message: `${where} (${year}) has no text; skipped`,
        });
        return;
      }
      const who = rowJurisdiction(e, row, display, where);
      const meta = collectionMeta(e, who, year, `${rel}#${where}`, {
        url: fields.url ? (row[fields.url] as string | undefined) : undefined,
        title: fields.title ? (row[fields.title] as string | undefined) : undefined,
      });
      out.push({
        meta,
        ref: {
          kind: 'jsonl',
          file,
          display,
          offset,
          length,
          textField: fields.text,
          line: lineNo,
          sha256: sha256(line),
        },
      });
    },
    opts.maxFileBytes,
    display,
    (chunk) => {
      hash.update(chunk);
      total += chunk.length;
    },
  );
  note(rel, hash.digest('hex'), total);
  for (const r of rules)
    if (r.lines.length)
      linesSkipped.push({ file: rel, field: r.field, matches: r.matches, count: r.lines.length, lines: r.lines });
  return out;
}

/** Call fn for each line of a file (without its newline), reading in chunks. */
function forEachLine(
  file: string,
  fn: (line: Buffer, offset: number, length: number) => void,
  maxLine: number,
  display: string,
  onChunk: (b: Buffer) => void,
) {
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  let carry: Buffer = Buffer.alloc(0);
  let carryOffset = 0;
  let pos = 0;
  try {
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, pos);
      if (n === 0) break;
      onChunk(chunk.subarray(0, n));
      let data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        const line = data.subarray(start, nl);
        fn(line, carryOffset + start, line.length);
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
      carryOffset += start;
      if (carry.length > maxLine)
        throw new YoyError(
          'FILE_TOO_LARGE',
          `a line is over the limit of ${(maxLine / 1e6).toFixed(1)} MB (--max-file-mb)`,
          display,
        );
      pos += n;
      data = chunk;
    }
    if (carry.length) fn(carry, carryOffset, carry.length);
  } finally {
    fs.closeSync(fd);
  }
}

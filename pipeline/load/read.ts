// Reading one report on demand (in the main thread or a worker): its bytes, their
// hash, the decoded text and, for HTML, the visible stretches; for a PDF or a Word
// file, the text extracted from it (pdf.ts, docx.ts), which then is the source.
// Whatever the format, look-alike characters (Kangxi radicals and the like) are
// folded to the ordinary ones before anything else reads the text (lookalikes.ts).
// Nothing is held between reports, so memory does not grow with the corpus.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { YoyError } from '../core/errors.js';
import { decode, type Encoding } from './decode.js';
import { visibleSegments } from './html.js';
import type { Segment } from '../core/model.js';
import { parse } from 'csv-parse/sync';
import { pdfText } from './pdf.js';
import { docxText } from './docx.js';
import { foldLookalikes, foldPages } from './lookalikes.js';
import { readAhead } from './bridge.js';

/** Where a report's text is: a whole file, one line of a JSON Lines collection, or one row of a CSV collection. */
export type SourceRef =
  | {
      kind: 'file';
      file: string;
      display: string;
      encoding?: Encoding;
      html: boolean;
      maxBytes: number;
      stat: string;
      size: number;
    }
  | {
      kind: 'jsonl';
      file: string;
      display: string;
      offset: number;
      length: number;
      textField: string;
      line: number;
      sha256: string;
    }
  | {
      kind: 'csv';
      file: string;
      display: string;
      /**
       * the row's bytes in the file, and the header's length: the row is read with the
       * header before it, so that csv-parse reads its line breaks as it read the whole file
       */
      offset: number;
      length: number;
      headerLength: number;
      /** the text's column, by name and by index */
      textField: string;
      column: number;
      /** the data row (1 the first after the header) and the line of the file it starts on */
      row: number;
      line: number;
      sha256: string;
    };

export interface ReadReport {
  source: string;
  segments?: Segment[];
  /** how the bytes became text: an encoding, or "pdf" / "docx" for text extracted from a document */
  encoding: string;
  bytes: number;
  /**
   * true when `source` is not the file's bytes decoded: text extracted from a PDF or a
   * Word file, or a text whose look-alike characters were folded. The file alone cannot
   * check a span, so the release keeps this text beside it
   */
  derivedText?: boolean;
  /** the look-alike characters folded to ordinary ones (lookalikes.ts): how many, and the commonest folds */
  lookalikes: { folded: number; examples: string };
  /** for a PDF: the offset in `source` where each page begins (page n at pageStarts[n − 1]) */
  pageStarts?: number[];
}

/** What a report file holds, by its first bytes and its name. */
export type DocumentKind = 'text' | 'pdf' | 'docx' | 'ole' | 'ofd';

export function documentKind(file: string, bytes: Uint8Array): DocumentKind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  // %PDF- may follow a little junk; readers look in the first kilobyte
  if (
    starts(0x25, 0x50, 0x44, 0x46, 0x2d) ||
    (/\.pdf$/i.test(file) && Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-'))
  )
    return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    if (/\.ofd$/i.test(file)) return 'ofd';
    if (/\.(docx|docm|dotx)$/i.test(file) || Buffer.from(bytes.subarray(0, 4096)).includes('word/')) return 'docx';
  }
  if (/\.pdf$/i.test(file)) return 'pdf';
  if (/\.(docx|docm)$/i.test(file)) return 'docx';
  // Word also saves RTF under .doc; a .doc that is HTML or text is read as text
  if (/\.(doc|wps|dot)$/i.test(file) && starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'ole';
  return 'text';
}

/** A report read from a document: the text extracted from it is the source. */
function readDocument(
  kind: DocumentKind,
  ref: Extract<SourceRef, { kind: 'file' }>,
  bytes: Buffer,
): ReadReport | undefined {
  switch (kind) {
    case 'pdf': {
      const pdf = pdfText(bytes, ref.display);
      const { text, pageStarts, ...lookalikes } = foldPages(pdf.text, pdf.pageStarts);
      return { source: text, encoding: 'pdf', bytes: bytes.length, derivedText: true, pageStarts, lookalikes };
    }
    case 'docx': {
      const { text, ...lookalikes } = foldLookalikes(docxText(bytes, ref.display));
      return { source: text, encoding: 'docx', bytes: bytes.length, derivedText: true, lookalikes };
    }
    case 'ole':
      throw new YoyError(
        'FILE_UNSUPPORTED',
        /\.wps$/i.test(ref.file)
          ? 'a WPS Office document (.wps) cannot be read: open it in WPS Office or LibreOffice and save it as .docx (or as .txt), then point the manifest at that file'
          : 'a Word 97–2003 document (.doc) cannot be read: open it in Word, WPS Office or LibreOffice and save it as .docx (or run: soffice --headless --convert-to docx FILE.doc), then point the manifest at the .docx',
        ref.display,
      );
    case 'ofd':
      throw new YoyError(
        'FILE_UNSUPPORTED',
        'an OFD document cannot be read: export it as PDF (or save its text as .txt) and point the manifest at that file',
        ref.display,
      );
    default:
      return undefined;
  }
}

export const sha256 = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex');

/** The raw bytes of a report (for its hash, which keys the cache). */
export function readBytes(ref: SourceRef): Buffer {
  if (ref.kind === 'file') {
    let size: number;
    try {
      size = fs.statSync(ref.file).size;
    } catch {
      throw new YoyError('FILE_MISSING', 'the report file cannot be read', ref.display);
    }
    if (size > ref.maxBytes) {
      throw new YoyError(
        'FILE_TOO_LARGE',
        `the file is ${(size / 1e6).toFixed(1)} MB, over the limit of ${(ref.maxBytes / 1e6).toFixed(1)} MB (--max-file-mb)`,
        ref.display,
      );
    }
    return fs.readFileSync(ref.file);
  }
  const fd = fs.openSync(ref.file, 'r');
  try {
    const head = ref.kind === 'csv' ? ref.headerLength : 0;
    const buf = Buffer.allocUnsafe(head + ref.length);
    if (head) fs.readSync(fd, buf, 0, head, 0);
    fs.readSync(fd, buf, head, ref.length, ref.offset);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

export function decodeReport(ref: SourceRef, bytes: Buffer): ReadReport {
  if (ref.kind === 'file') {
    // a declared encoding or an HTML page is text, whatever its first bytes
    const doc = ref.encoding || ref.html ? undefined : readDocument(documentKind(ref.file, bytes), ref, bytes);
    if (doc) return doc;
    const decoded = decode(bytes, ref.display, ref.encoding, { content: true });
    // an HTML page is folded whole (markup has no look-alikes), so its stretches are those of the folded text
    const { text, ...lookalikes } = foldLookalikes(decoded.text);
    return {
      source: text,
      segments: ref.html ? visibleSegments(text) : undefined,
      encoding: decoded.encoding,
      bytes: bytes.length,
      lookalikes,
      ...(lookalikes.folded ? { derivedText: true } : {}),
    };
  }
  if (ref.kind === 'csv') {
    const [, record] = parse(bytes, { bom: true, relax_column_count: true }) as string[][];
    const content = record?.[ref.column];
    if (typeof content !== 'string')
      throw new YoyError('FILE_EMPTY', `row ${ref.row} has no text in column "${ref.textField}"`, ref.display);
    return fieldText(content, bytes.length);
  }
  const row = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const content = row[ref.textField];
  if (typeof content !== 'string') throw new YoyError('FILE_EMPTY', `line ${ref.line} has no text`, ref.display);
  return fieldText(content, bytes.length);
}

/** A collection's text field (a JSON Lines line's, a CSV row's), its look-alikes folded; folded, it is kept in the release. */
function fieldText(content: string, bytes: number): ReadReport {
  const { text, ...lookalikes } = foldLookalikes(content);
  return { source: text, encoding: 'utf-8', bytes, lookalikes, ...(lookalikes.folded ? { derivedText: true } : {}) };
}

/** The file names of documents worth reading ahead. */
const AHEAD_NAME = /\.(?:pdf|docx|docm|dotx)$/i;

/**
 * Start taking a PDF or a Word file apart before its turn (bridge.ts), when the
 * reference is one: how many bytes that put in hand, 0 for any other document.
 * A file that cannot be read now is left to its turn, which reports it.
 */
export function readDocumentAhead(ref: SourceRef): number {
  if (ref.kind !== 'file' || ref.encoding || ref.html || ref.size > ref.maxBytes) return 0;
  // opening every text file twice costs more than the rare PDF named otherwise saves: that one is read in its turn
  if (!AHEAD_NAME.test(ref.file)) return 0;
  try {
    // the kind as its turn will tell it (decodeReport): a .pdf that is text is not sent
    const bytes = fs.readFileSync(ref.file);
    const kind = documentKind(ref.file, bytes);
    if (kind !== 'pdf' && kind !== 'docx') return 0;
    readAhead({ kind, bytes });
    return bytes.length;
  } catch {
    return 0;
  }
}

export function readReport(ref: SourceRef): ReadReport {
  return decodeReport(ref, readBytes(ref));
}

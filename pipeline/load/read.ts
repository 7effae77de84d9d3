// Reading one report on demand (in the main thread or a worker): its bytes, their
// hash, the decoded text and, for HTML, the visible stretches. Nothing is held
// between reports, so memory does not grow with the corpus.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { YoyError } from '../errors.js';
import { decode, type Encoding } from './decode.js';
import { visibleSegments } from './html.js';
import type { Segment } from '../extract/normalize.js';

/** Where a report's text is: a whole file, or one line of a JSON Lines collection. */
export type SourceRef =
  | { kind: 'file'; file: string; display: string; encoding?: Encoding; html: boolean; maxBytes: number; stat: string; size: number }
  | { kind: 'jsonl'; file: string; display: string; offset: number; length: number; textField: string; line: number; sha256: string };

export interface ReadReport {
  source: string;
  segments?: Segment[];
  encoding: string;
  bytes: number;
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
      throw new YoyError('FILE_TOO_LARGE', `the file is ${(size / 1e6).toFixed(1)} MB, over the limit of ${(ref.maxBytes / 1e6).toFixed(1)} MB (--max-file-mb)`, ref.display);
    }
    return fs.readFileSync(ref.file);
  }
  const fd = fs.openSync(ref.file, 'r');
  try {
    const buf = Buffer.allocUnsafe(ref.length);
    fs.readSync(fd, buf, 0, ref.length, ref.offset);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

export function decodeReport(ref: SourceRef, bytes: Buffer): ReadReport {
  if (ref.kind === 'file') {
    const { text, encoding } = decode(bytes, ref.display, ref.encoding, { content: true });
    return { source: text, segments: ref.html ? visibleSegments(text) : undefined, encoding, bytes: bytes.length };
  }
  const row = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const content = row[ref.textField];
  if (typeof content !== 'string') throw new YoyError('FILE_EMPTY', `line ${ref.line} has no text`, ref.display);
  return { source: content, encoding: 'utf-8', bytes: bytes.length };
}

export function readReport(ref: SourceRef): ReadReport {
  return decodeReport(ref, readBytes(ref));
}

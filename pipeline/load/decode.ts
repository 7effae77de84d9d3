// Bytes to text: a BOM decides; otherwise strict UTF-8; otherwise GB18030.
// A declared encoding in the manifest wins. Binary files are refused.
import iconv from 'iconv-lite';
import { YoyError } from '../core/errors.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be' | 'big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n / 50;
}

export function decode(bytes: Uint8Array, file: string, declared?: Encoding): Decoded {
  if (bytes.length === 0) throw new YoyError('FILE_EMPTY', 'the file is empty', file);
  const bom8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bom16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bom16be = bytes[0] === 0xfe && bytes[1] === 0xff;
  let encoding: Encoding;
  let text: string | undefined;
  if (declared) encoding = declared;
  else if (bom8) encoding = 'utf-8-bom';
  else if (bom16le) encoding = 'utf-16le';
  else if (bom16be) encoding = 'utf-16be';
  else {
    if (looksBinary(bytes)) throw new YoyError('FILE_BINARY', 'the file is binary, not a text report', file);
    // strict UTF-8 first: a file that decodes without error is UTF-8; otherwise GB18030
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      encoding = 'gb18030';
    }
  }
  if (text === undefined) {
    switch (encoding) {
      case 'utf-8':
      case 'utf-8-bom':
        try {
          text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        } catch {
          throw new YoyError('DECODE_FAILED', `the file is not valid ${encoding}`, file);
        }
        break;
      default: {
        const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const stripped = (encoding === 'utf-16le' && bom16le) || (encoding === 'utf-16be' && bom16be) ? buf.subarray(2) : buf;
        text = iconv.decode(stripped, encoding);
      }
    }
  }
  if (text.includes('\ufffd') && encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    const bad = (text.match(/\ufffd/g) ?? []).length;
    if (bad > text.length / 100) throw new YoyError('DECODE_FAILED', `${bad} characters could not be decoded as ${encoding}`, file);
  }
  if (!text.trim()) throw new YoyError('FILE_EMPTY', 'the file holds no text', file);
  return { text, encoding };
}

// A Word (.docx) file's text, through mammoth's extractRawText: each paragraph
// followed by a blank line. The text that comes out is the report's source:
// offsets of observations point into it.
import { YoyError } from '../core/errors.js';
import { runSync } from './bridge.js';

export function docxText(bytes: Uint8Array, file: string): string {
  const r = runSync({ kind: 'docx', bytes });
  if (!r.ok)
    throw new YoyError(
      'DOCX_UNREADABLE',
      `the Word file cannot be read (${r.message}); if it opens in Word or LibreOffice, save it again as .docx, or save its text as .txt`,
      file,
    );
  if (r.kind !== 'docx') throw new Error('the bridge answered a Word file with something else');
  if (!r.text.trim())
    throw new YoyError(
      'FILE_EMPTY',
      'the Word file holds no text (only images or objects?): save its text as .txt, or run OCR on its images',
      file,
    );
  return r.text;
}

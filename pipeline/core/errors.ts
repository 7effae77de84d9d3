// Errors as typed values: a code a script can match, the file, and where in it.
export type ErrorCode =
  | 'USAGE'
  | 'MANIFEST_NOT_JSON'
  | 'MANIFEST_INVALID'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_REPORT_YEAR'
  | 'PATH_OUTSIDE_INPUT'
  | 'FILE_MISSING'
  | 'FILE_EMPTY'
  | 'FILE_BINARY'
  | 'FILE_TOO_LARGE'
  | 'DECODE_FAILED'
  | 'SERIES_INVALID'
  | 'COLLECTION_INVALID'
  | 'FILE_NOT_TEXT'
  | 'FILE_MOJIBAKE'
  | 'FILE_UNSUPPORTED'
  | 'PDF_NO_TEXT'
  | 'PDF_UNREADABLE'
  | 'DOCX_UNREADABLE'
  | 'DICTIONARY_INVALID'
  | 'LEXICON_INVALID'
  | 'OVERRIDES_INVALID'
  | 'OBSERVATION_INVALID'
  | 'BUNDLE_INVALID'
  | 'DERIVED_INVALID'
  | 'OUTPUT_LOCKED'
  | 'OUTPUT_UNWRITABLE'
  | 'REPORT_YEAR_MISMATCH'
  | 'NODE_UNSUPPORTED'
  | 'DIVISION_AMBIGUOUS'
  | 'DIVISION_UNKNOWN';

/** Exit status per the contract: 1 the data was bad, 2 the command was used wrongly. */
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

export class YoyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly file?: string,
    readonly location?: string,
  ) {
    super(message);
    this.name = 'YoyError';
  }

  get exitCode(): number {
    // a node older than package.json's engines: the command was run wrongly, not on bad data
    return this.code === 'USAGE' || this.code === 'OUTPUT_UNWRITABLE' || this.code === 'NODE_UNSUPPORTED'
      ? EXIT_USAGE
      : EXIT_DATA;
  }

  /** "input/manifest.json (line 3, column 5): MANIFEST_NOT_JSON: …" */
  toString(): string {
    const where = this.file ? `${this.file}${this.location ? ` (${this.location})` : ''}: ` : '';
    return `${where}${this.code}: ${this.message}`;
  }
}

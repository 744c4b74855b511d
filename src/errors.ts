/**
 * One error type for everything Lectern refuses to do, with a fixed table of exit
 * codes. Only the CLI turns these into exit codes; the library throws them.
 */

export const EXIT_CODES = {
  ok: 0,
  /** A bug in Lectern: anything that is not a LecternError. */
  internal: 1,
  /** Bad command line: unknown option, unknown format, bad --date. */
  usage: 2,
  /** The input does not exist or is not a regular file. */
  inputNotFound: 3,
  /** The input exists but cannot be read as an article (empty, binary, too large, unreadable). */
  badInput: 4,
  /** An output file could not be written. */
  output: 5,
  /** A speech engine or encoder is missing or failed. */
  engine: 6,
} as const;

export type ErrorKind = keyof typeof EXIT_CODES;

export class LecternError extends Error {
  readonly kind: ErrorKind;
  readonly file?: string;

  constructor(kind: ErrorKind, message: string, file?: string) {
    super(message);
    this.name = 'LecternError';
    this.kind = kind;
    this.file = file;
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

export function isLecternError(error: unknown): error is LecternError {
  return error instanceof LecternError;
}

/** The writer registry: `--format` choices, help text and "unknown format" errors all come from here. */
import { LecternError } from '../errors.js';
import { audioWriter } from './audio/index.js';
import { epubWriter } from './epub/index.js';
import { htmlWriter } from './html/index.js';
import type { Writer } from './types.js';

export const WRITERS: readonly Writer[] = [epubWriter, htmlWriter, audioWriter];

export function writerNames(): string[] {
  return WRITERS.map((w) => w.name);
}

/** Parses `--format epub,html` (or repeated values); no list means every format. */
export function chooseWriters(formats: string[] | undefined): Writer[] {
  const names = (formats ?? []).flatMap((f) => f.split(',')).map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return [...WRITERS];
  return [...new Set(names)].map((name) => {
    const writer = WRITERS.find((w) => w.name === name);
    if (!writer) {
      const known = writerNames();
      throw new LecternError('usage', `unknown format "${name}"; ${known.length ? `choose from: ${known.join(', ')}` : 'no output formats are available yet'}`);
    }
    return writer;
  });
}

/** The writer registry: `--format` choices, help text and "unknown format" errors all come from here. */
import { LecternError } from '../errors.js';
import type { Writer } from './types.js';

/**
 * Writers load their modules (and heavy dependencies: the EPUB assembler, the speech
 * engine, the encoders) on first use, so `lectern tree` and `--help` start fast.
 */
export const WRITERS: readonly Writer[] = [
  {
    name: 'epub',
    description: 'an accessible EPUB 3 for e-readers',
    write: async (article, options) => (await import('./epub/index.js')).writeEpub(article, options),
  },
  {
    name: 'epub-audio',
    onRequest: true,
    description: 'the EPUB 3 with the narration inside: an MP3 and a media overlay per document, read along sentence by sentence',
    write: async (article, options) => (await import('./epub/read-along.js')).writeReadAlong(article, options),
  },
  {
    name: 'html',
    description: 'one self-contained, screen-reader-friendly HTML page',
    write: async (article, options) => (await import('./html/index.js')).writeHtml(article, options),
  },
  {
    name: 'audio',
    description: 'narrated MP3 with ID3 chapters, WebVTT/JSON chapters and word timings (--audio-format m4b adds an M4B)',
    write: async (article, options) => (await import('./audio/index.js')).writeAudio(article, options),
  },
];

export function writerNames(): string[] {
  return WRITERS.map((w) => w.name);
}

/** Parses `--format epub,html` (or repeated values); no list means every format but those written on request (epub-audio). */
export function chooseWriters(formats: string[] | undefined): Writer[] {
  const names = (formats ?? []).flatMap((f) => f.split(',')).map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return WRITERS.filter((w) => !w.onRequest);
  return [...new Set(names)].map((name) => {
    const writer = WRITERS.find((w) => w.name === name);
    if (!writer) {
      const known = writerNames();
      throw new LecternError('usage', `unknown format "${name}"; ${known.length ? `choose from: ${known.join(', ')}` : 'no output formats are available yet'}`);
    }
    return writer;
  });
}

/** The reader registry: format name → reader, and the default reader for a file name. */
import { extname } from 'node:path';
import { LecternError } from '../errors.js';
import type { SourceFormat } from '../tree/types.js';
import { markdownReader } from './markdown/index.js';
import { newsTextReader } from './news-text/index.js';
import type { Reader } from './types.js';

export const READERS: readonly Reader[] = [newsTextReader, markdownReader];

export function readerNames(): string[] {
  return READERS.map((r) => r.name);
}

/** `--from` wins; otherwise the file extension; stdin and unknown extensions read as news text. */
export function chooseReader(file: string | undefined, from?: string): Reader {
  if (from) {
    const reader = READERS.find((r) => r.name === from);
    if (!reader) {
      throw new LecternError('usage', `unknown input format "${from}"; choose one of: ${readerNames().join(', ')}`);
    }
    return reader;
  }
  const ext = file && file !== '-' ? extname(file).toLowerCase() : '';
  return READERS.find((r) => r.extensions.includes(ext)) ?? newsTextReader;
}

export function readerFor(format: SourceFormat): Reader | undefined {
  return READERS.find((r) => r.name === format);
}

/** The reader registry: format name → reader, and the default reader for a file name. */
import { extname } from 'node:path';
import { LecternError } from '../errors.js';
import type { SourceFormat } from '../tree/types.js';
import { htmlReader } from './html/index.js';
import { markdownReader } from './markdown/index.js';
import { newsTextReader } from './news-text/index.js';
import type { Reader } from './types.js';

export const READERS: readonly Reader[] = [newsTextReader, markdownReader, htmlReader];

export function readerNames(): string[] {
  return READERS.map((r) => r.name);
}

/**
 * `--from` wins; otherwise the file extension; stdin, `.txt` and unknown extensions read as news
 * text unless the text is really a web page (it starts with a doctype or `<html>`).
 */
export function chooseReader(file: string | undefined, from?: string, text?: string): Reader {
  if (from) {
    const reader = READERS.find((r) => r.name === from);
    if (!reader) {
      throw new LecternError('usage', `unknown input format "${from}"; choose one of: ${readerNames().join(', ')}`);
    }
    return reader;
  }
  const ext = file && file !== '-' ? extname(file).toLowerCase() : '';
  const byExtension = READERS.find((r) => r.extensions.includes(ext));
  // A `.txt` (or no extension, or stdin) that holds a saved web page is read as one.
  if (byExtension && byExtension !== newsTextReader) return byExtension;
  return text !== undefined && looksLikeHtmlPage(text) ? htmlReader : newsTextReader;
}

/** A web page, not text: it opens (after blank space and comments) with a doctype, `<html>` or `<head>`. */
export function looksLikeHtmlPage(text: string): boolean {
  // (A UTF-8 byte-order mark read as Latin-1 is `ï»¿`: the bytes are sniffed that way before decoding.)
  const start = text.slice(0, 4096).replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '');
  return /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(start);
}

export function readerFor(format: SourceFormat): Reader | undefined {
  return READERS.find((r) => r.name === format);
}

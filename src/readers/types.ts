import type { Article, SourceFormat } from '../tree/types.js';
import type { ReferenceDate } from './shared/dates.js';
import { collapseWhitespace } from './shared/whitespace.js';

export interface ReaderOptions {
  /** The input's file name, for `source.file` and relative image paths. */
  file?: string;
  /** Anchors relative datelines (`3 HOURS AGO`); from `--date`. */
  date?: ReferenceDate;
  /** The page's address when the input came from a URL: relative links and images resolve against it. */
  baseUrl?: string;
  /**
   * `false`: nobody will see the explanations (`lectern tree` without `--explain`, `export`), so a
   * reader may leave them out; the news-text reader then keeps no record per line (a page of half
   * a million lines saves about 100 MB). The article is the same either way.
   */
  explain?: boolean;
}

/** Why a line of the input became what it became (`lectern tree --explain`). */
export interface Explanation {
  line: number;
  rule: string;
  text: string;
  /** The line's two best role scores (`[['headline', 5.5], ['standfirst', 2]]`), where the reader scores roles. */
  scores?: [string, number][];
}

export interface ReadResult {
  article: Article;
  explain: Explanation[];
  /** Sentences for `lectern: warning:` lines (the input is read, but something in it was not used). */
  warnings?: string[];
}

export interface Reader {
  name: SourceFormat;
  description: string;
  /** File extensions (lower case, with the dot) this reader is the default for. */
  extensions: string[];
  read(text: string, options: ReaderOptions): ReadResult;
}

/** Shortens a line for `--explain` output (a slice of the line, not a copy of all of it). */
export function clip(raw: string, max = 70): string {
  const text = collapseWhitespace(raw);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

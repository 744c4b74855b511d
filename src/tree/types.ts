/**
 * The article tree: the one contract between readers and writers.
 *
 * Every reader produces an `Article`; every writer consumes one and nothing else.
 * The tree is plain data: it survives `JSON.parse(JSON.stringify(tree))` unchanged,
 * so `lectern tree --json` prints exactly what writers receive.
 *
 * Nodes taken from the input carry a `position` (1-based line and column, 0-based
 * offset into the decoded text); nodes Lectern generates carry none.
 */

/** A place in the decoded input. Example: `{ line: 3, column: 1, offset: 42 }`. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The span of the input a node came from. */
export interface Position {
  start: Point;
  end: Point;
}

/** Plain text. Example: `{ type: 'text', value: 'council leader' }`. */
export interface Text {
  type: 'text';
  value: string;
}

/** Stress or importance. Example: `{ type: 'emphasis', children: [{ type: 'text', value: 'not' }] }`. */
export interface Emphasis {
  type: 'emphasis' | 'strong';
  children: Inline[];
}

/**
 * A hyperlink. Only real, safe URLs (http, https, mailto) become links; placeholder
 * targets (`#`, empty) and unsafe schemes (`javascript:`, `data:`) stay plain text.
 * Example: `{ type: 'link', url: 'https://example.org/gazette', children: [{ type: 'text', value: 'Eastwick Gazette' }] }`.
 */
export interface Link {
  type: 'link';
  url: string;
  children: Inline[];
}

/** Inline code. Example: `{ type: 'code', value: 'npm install' }`. */
export interface InlineCode {
  type: 'code';
  value: string;
}

/** A hard line break inside a paragraph. */
export interface Break {
  type: 'break';
}

/** A reference to a footnote; `id` is the `id` of a `FootnoteItem`. Example: `{ type: 'footnoteRef', id: 'fn-1', label: '1' }`. */
export interface FootnoteRef {
  type: 'footnoteRef';
  id: string;
  label: string;
}

export type Inline = Text | Emphasis | Link | InlineCode | Break | FootnoteRef;

/** A paragraph of running text. */
export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  /** BCP 47 language, set when the passage is clearly in another language than the article. Example: `'fr'`. */
  lang?: string;
  position?: Position;
}

/** A block quotation; `pull` marks a pull quote (rendered as an epigraph-like aside). */
export interface Quote {
  type: 'quote';
  blocks: Block[];
  pull?: boolean;
  /** BCP 47 language, set when the passage is clearly in another language than the article; its blocks inherit it. */
  lang?: string;
  position?: Position;
}

/** A bulleted or numbered list; each item is a list of blocks. */
export interface List {
  type: 'list';
  ordered: boolean;
  start?: number;
  items: Block[][];
  position?: Position;
}

/** A data table with one header row. `align` has one entry per column. */
export interface Table {
  type: 'table';
  id: string;
  caption?: Inline[];
  align: ('left' | 'right' | 'center' | null)[];
  head: Inline[][];
  rows: Inline[][][];
  position?: Position;
}

/**
 * An image and/or its caption and credit. `src` is a local path, relative to the
 * input file, or a `data:` URI; `alt: ''` marks a decorative image; a missing `alt`
 * means the source gave none.
 * Example: `{ type: 'figure', id: 'figure-1', caption: [...], credit: 'Alamy' }`.
 */
export interface Figure {
  type: 'figure';
  id: string;
  src?: string;
  alt?: string;
  caption?: Inline[];
  credit?: string;
  /** The word the source put before the credit (`Photograph`, `Foto`); writers show it. */
  creditLabel?: string;
  position?: Position;
}

/** Preformatted code. */
export interface Code {
  type: 'code';
  lang?: string;
  value: string;
  position?: Position;
}

/** One footnote's content; `id` is what `FootnoteRef.id` points to. */
export interface FootnoteItem {
  id: string;
  label: string;
  blocks: Block[];
}

/** The footnotes of a section, placed at the end of that section. */
export interface Footnotes {
  type: 'footnotes';
  items: FootnoteItem[];
}

export type Block = Paragraph | Quote | List | Table | Figure | Code | Footnotes;

/**
 * A part of the body. Sections are a flat list; `depth` 1 is top level (one EPUB
 * chapter, one audio chapter), 2 and 3 nest under the previous shallower section.
 * A section without `heading` is untitled (typically the text before the first subheading).
 */
export interface Section {
  type: 'section';
  id: string;
  depth: 1 | 2 | 3;
  heading?: Inline[];
  blocks: Block[];
  position?: Position;
}

/** One author. Example: `{ name: 'Priya Ramanathan', location: 'Eastwick' }`. */
export interface Author {
  name: string;
  location?: string;
}

/** The date as written, plus the ISO 8601 date/time when it can be known. */
export interface Dateline {
  text: string;
  iso?: string;
}

/** Who wrote it, where, and when. `raw` is the byline as written. */
export interface Byline {
  authors: Author[];
  /** When it was published: `{ text: 'Nov. 3, 2025, 9:12 a.m. ET', iso: '2025-11-03T09:12-05:00' }`. */
  dateline?: Dateline;
  /**
   * When it was last changed, if the page says so; the label (`Updated`, `modifié à`,
   * `Aktualisiert am`) is not part of the text. `Updated 11:40 a.m. ET, Nov. 3, 2025` →
   * `{ text: '11:40 a.m. ET, Nov. 3, 2025', iso: '2025-11-03T11:40-05:00' }`. Writers show it
   * after the date ("Updated …" in the article's language) and narrate it in the opening.
   */
  updated?: Dateline;
  raw: string;
}

/** Copyright, reporting credits, corrections. */
export interface Footer {
  rights?: string;
  notes: Block[];
}

/** Text removed from the body, with the reason; never removed silently. */
export interface Dropped {
  text: string;
  reason: string;
  position?: Position;
}

export type SourceFormat = 'news-text' | 'markdown' | 'html';

export interface Article {
  type: 'article';
  /** Slug of the headline; also the output file name. */
  id: string;
  /** BCP 47 language tag, e.g. `en-GB`. */
  lang: string;
  kicker?: Inline[];
  headline: Inline[];
  standfirst?: Inline[];
  byline?: Byline;
  publisher?: string;
  lead?: Figure;
  /** The body; at least one section. */
  sections: Section[];
  footer?: Footer;
  dropped: Dropped[];
  source: { format: SourceFormat; file?: string };
}

export type Node = Article | Section | Block;

/** Makes a `switch` over a union exhaustive: a new node type fails the build here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled node: ${JSON.stringify(value)}`);
}

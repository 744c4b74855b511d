/**
 * The Markdown reader: Markdown with optional YAML front matter → article tree.
 * The only module that imports marked. marked's tokens carry `raw` but no positions,
 * so positions of top-level blocks come from summing `raw` lengths.
 */
import { Lexer, type Token, Tokenizer, type Tokens } from 'marked';
import { UNTITLED_HEADLINE } from '../../tree/ids.js';
import type { Article, Block, Dropped, Figure, FootnoteItem, Inline, Section } from '../../tree/types.js';
import { parseDateline } from '../shared/dates.js';
import { decodeEntities, htmlToBlocks, trimInlines } from '../shared/html.js';
import { headingDepth } from '../shared/sections.js';
import { normalizeLanguageTag } from '../../tree/language-tag.js';
import { guessLanguage } from '../shared/language.js';
import { LineIndex } from '../shared/positions.js';
import { safeLinkUrl } from '../shared/urls.js';
import { type Explanation, type ReadResult, type Reader, type ReaderOptions, clip } from '../types.js';
import { parseFrontMatter, splitFrontMatter } from './front-matter.js';
import { extractFootnotes } from './footnotes.js';

export const markdownReader: Reader = {
  name: 'markdown',
  description: 'Markdown (GFM) with optional YAML front matter (default for .md)',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  read: readMarkdown,
};

/** Elements whose inner text must not survive when they appear as inline HTML. */
const UNSAFE_INLINE = /^<(script|style|iframe|object|embed|noscript|template|textarea|svg|math)\b/i;

/** A newline inside a Markdown paragraph is a soft break: a space to the reader. */
function softBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

class Converter {
  readonly dropped: Dropped[] = [];
  readonly footnoteLabels: Set<string>;
  /** Footnote labels in order of first reference, with the section they were first referenced in. */
  readonly referenced = new Map<string, Section>();
  current: Section | undefined;

  constructor(labels: Iterable<string>) {
    this.footnoteLabels = new Set(labels);
  }

  blocks(tokens: Token[]): Block[] {
    const out: Block[] = [];
    for (const token of tokens) out.push(...this.block(token));
    return out;
  }

  block(token: Token): Block[] {
    switch (token.type) {
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        const figures: Figure[] = [];
        const children = trimInlines(this.inlines(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text }], figures));
        const blocks: Block[] = children.length ? [{ type: 'paragraph', children }] : [];
        return [...blocks, ...figures];
      }
      case 'code': {
        const t = token as Tokens.Code;
        return [{ type: 'code', value: t.text, ...(t.lang ? { lang: t.lang } : {}) }];
      }
      case 'blockquote':
        return [{ type: 'quote', blocks: this.blocks((token as Tokens.Blockquote).tokens) }];
      case 'list': {
        const t = token as Tokens.List;
        const start = typeof t.start === 'number' ? t.start : undefined;
        return [
          {
            type: 'list',
            ordered: t.ordered,
            ...(t.ordered && start !== undefined && start !== 1 ? { start } : {}),
            items: t.items.map((item) => this.blocks(item.tokens)),
          },
        ];
      }
      case 'table': {
        const t = token as Tokens.Table;
        return [
          {
            type: 'table',
            id: '',
            align: t.align.map((a) => a ?? null),
            head: t.header.map((cell) => trimInlines(this.inlines(cell.tokens, []))),
            rows: t.rows.map((row) => row.map((cell) => trimInlines(this.inlines(cell.tokens, [])))),
          },
        ];
      }
      case 'html': {
        const result = htmlToBlocks((token as Tokens.HTML).text);
        this.dropped.push(...result.dropped);
        return result.blocks;
      }
      case 'heading': {
        // Only reached for headings nested in lists or quotes: keep the words, as strong text.
        const t = token as Tokens.Heading;
        return [{ type: 'paragraph', children: [{ type: 'strong', children: this.inlines(t.tokens, []) }] }];
      }
      case 'hr':
      case 'space':
      case 'def':
        return [];
      default:
        return 'text' in token && typeof token.text === 'string' && token.text.trim()
          ? [{ type: 'paragraph', children: [{ type: 'text', value: token.text }] }]
          : [];
    }
  }

  /** Inline tokens → inlines; images are lifted out into `figures`. */
  inlines(tokens: Token[], figures: Figure[]): Inline[] {
    const out: Inline[] = [];
    let skipping: string | undefined;
    for (const token of tokens) {
      if (skipping) {
        if (token.type === 'html' && new RegExp(`^</${skipping}\\s*>`, 'i').test(token.raw)) skipping = undefined;
        else if ('text' in token && typeof token.text === 'string') this.dropped.push({ text: token.text, reason: `raw HTML <${skipping}> removed (can run code or embed content)` });
        continue;
      }
      switch (token.type) {
        case 'text':
        case 'escape': {
          const t = token as Tokens.Text;
          if (t.tokens && t.tokens.length > 0) out.push(...this.inlines(t.tokens, figures));
          else out.push(...this.textWithFootnotes(token.type === 'escape' ? t.text : softBreaks(decodeEntities(t.text))));
          break;
        }
        case 'strong':
        case 'em':
          out.push({ type: token.type === 'em' ? 'emphasis' : 'strong', children: this.inlines((token as Tokens.Strong).tokens, figures) });
          break;
        case 'del':
          out.push(...this.inlines((token as Tokens.Del).tokens, figures));
          break;
        case 'codespan':
          out.push({ type: 'code', value: decodeEntities((token as Tokens.Codespan).text) });
          break;
        case 'br':
          out.push({ type: 'break' });
          break;
        case 'link': {
          const t = token as Tokens.Link;
          const children = this.inlines(t.tokens, figures);
          const url = safeLinkUrl(t.href);
          if (url) out.push({ type: 'link', url, children });
          else out.push(...children);
          break;
        }
        case 'image': {
          const t = token as Tokens.Image;
          const figure: Figure = { type: 'figure', id: '', alt: decodeEntities(t.text) };
          if (t.href) figure.src = t.href;
          if (t.title) figure.caption = [{ type: 'text', value: t.title }];
          figures.push(figure);
          break;
        }
        case 'html': {
          const unsafe = UNSAFE_INLINE.exec(token.raw);
          if (unsafe?.[1] && !/\/>\s*$/.test(token.raw)) skipping = unsafe[1].toLowerCase();
          if (unsafe) this.dropped.push({ text: token.raw, reason: `raw HTML <${unsafe[1]?.toLowerCase()}> removed (can run code or embed content)` });
          else if (/^<br\s*\/?>$/i.test(token.raw)) out.push({ type: 'break' });
          // Any other tag is dropped; the text between tags is kept by the tokens around it.
          break;
        }
        default:
          if ('text' in token && typeof token.text === 'string') out.push({ type: 'text', value: decodeEntities(token.text) });
      }
    }
    return out;
  }

  textWithFootnotes(value: string): Inline[] {
    const out: Inline[] = [];
    let last = 0;
    for (const m of value.matchAll(/\[\^([^\]\s]+)\]/g)) {
      const label = m[1] as string;
      if (!this.footnoteLabels.has(label)) continue;
      if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
      out.push({ type: 'footnoteRef', id: `footnote:${label}`, label });
      if (this.current && !this.referenced.has(label)) this.referenced.set(label, this.current);
      last = m.index + m[0].length;
    }
    if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
    return out;
  }
}

/** A setext heading's text is at most this long (characters). */
const MAX_HEADING_TEXT = 10_000;

/** Emphasis nests at most this deep (`*a *a *a …* a* a*` two thousand deep overflowed marked's stack). */
const MAX_INLINE_DEPTH = 32;

class LinearTokenizer extends Tokenizer {
  #emphasisDepth = 0;

  // A setext heading is a line or two of text over `===` or `---`. marked's pattern for it backtracks
  // through the whole paragraph, and a 64 MiB paragraph overflowed the regular-expression stack: a
  // paragraph that long is no heading.
  override lheading(src: string): Tokens.Heading | undefined {
    // (Only up to the paragraph's end, the first blank line: a heading's text is never this long.)
    const end = src.slice(0, MAX_HEADING_TEXT + 1).search(/\n[ \t]*\n/);
    if (end < 0 && src.length > MAX_HEADING_TEXT) return undefined;
    return super.lheading(src);
  }

  override emStrong(src: string, maskedSrc: string, prevChar = ''): Tokens.Em | Tokens.Strong | undefined {
    // Deeper than the cap, the markers stay text: nothing is lost, and the lexer cannot recurse without end.
    if (this.#emphasisDepth >= MAX_INLINE_DEPTH) return undefined;
    this.#emphasisDepth++;
    try {
      return super.emStrong(src, maskedSrc, prevChar);
    } finally {
      this.#emphasisDepth--;
    }
  }

  // marked's GFM e-mail autolink retries at every character of a long word that ends at `@`, so
  // 80 kB of letters before an `@` take seconds and 64 MiB take hours. An address's local part is
  // at most 64 characters: a longer run is read as text in one step.
  override url(src: string): Tokens.Link | undefined {
    return /^[A-Za-z0-9._+-]{65,}(?=@)/.test(src) ? undefined : super.url(src);
  }

  override inlineText(src: string): Tokens.Text | undefined {
    const run = /^[A-Za-z0-9._+-]{65,}(?=@)/.exec(src)?.[0];
    return run ? { type: 'text', raw: run, text: run, escaped: false } : super.inlineText(src);
  }
}

/** The lexer for every piece of Markdown the reader reads. */
function lex(source: string): Token[] {
  return new Lexer({ gfm: true, tokenizer: new LinearTokenizer() }).lex(source);
}

/** Quotes nest at most this deep; real articles quote a quote of a quote at most. */
const MAX_QUOTE_DEPTH = 16;

/**
 * `>>>>>>…` ten thousand deep would overflow the stack of every recursive walk (marked's
 * lexer first). Markers beyond the cap become spaces: the text stays where it was (positions
 * hold), one level deep less for each marker removed, and the reader says so.
 */
function capQuoteNesting(body: string): { text: string; capped: number } {
  let capped = 0;
  const text = body.replace(new RegExp(`^((?: {0,3}>[ \\t]?){${MAX_QUOTE_DEPTH}})((?: {0,3}>[ \\t]?)+)`, 'gm'), (_m, kept: string, extra: string) => {
    capped++;
    return kept + ' '.repeat(extra.length);
  });
  return { text, capped };
}

/** Lists nest at most this deep; deeper items become items of the deepest list kept. */
const MAX_LIST_DEPTH = 16;

/**
 * A thousand nested list items take marked seconds (its list lexing is quadratic in depth) and
 * overflow the writers' recursive walks. Items deeper than the cap are set at the indentation of
 * the deepest item kept, so they become its siblings; the spaces taken from the front go to the
 * end of the line, where they change nothing (an item's line ends its paragraph), so every
 * position in the text holds. Fenced code is left alone.
 */
function capListNesting(body: string): { text: string; capped: number } {
  let capped = 0;
  let fence: string | undefined;
  const open: { indent: number; content: number }[] = [];
  let previousBlank = false;
  const lines = body.split('\n').map((line) => {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return line;
    }
    if (fenceMark) {
      fence = fenceMark;
      return line;
    }
    const item = /^( *)([-*+]|\d{1,9}[.)])( +|$)/.exec(line);
    if (!item) {
      // After a blank line, a line left of an open item's content closes that item (lazy lines do not).
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      if (line.trim() && previousBlank) while (open.length && indent < (open[open.length - 1] as { content: number }).content) open.pop();
      previousBlank = !line.trim();
      return line;
    }
    previousBlank = false;
    let indent = (item[1] as string).length;
    const width = (item[2] as string).length + Math.max(1, (item[3] as string).length);
    while (open.length && indent < (open[open.length - 1] as { content: number }).content) open.pop();
    if (open.length >= MAX_LIST_DEPTH) {
      const deepest = open[MAX_LIST_DEPTH - 1] as { indent: number };
      const excess = indent - deepest.indent;
      open.length = MAX_LIST_DEPTH - 1;
      indent = deepest.indent;
      capped++;
      line = `${line.slice(excess)}${' '.repeat(excess)}`;
    }
    open.push({ indent, content: indent + width });
    return line;
  });
  return { text: lines.join('\n'), capped };
}

/** Paragraphs longer than this are read in pieces (bytes of text, about 40,000 words). */
const HUGE_PARAGRAPH = 256 * 1024;
const PARAGRAPH_PIECE = 64 * 1024;

/**
 * marked's block patterns backtrack through a whole paragraph, and a paragraph of tens of
 * megabytes (64 MiB of lines with no blank line between them) overflows the regular-expression
 * stack. No article has such a paragraph; one that long is cut at line breaks into pieces of
 * about 64 KiB, by a blank line after each, so every word is still read, and the reader says so.
 * Positions after a cut move by one character per cut.
 */
function splitHugeParagraphs(body: string): { text: string; split: number } {
  if (body.length <= HUGE_PARAGRAPH) return { text: body, split: 0 };
  const lines = body.split('\n');
  const out: string[] = [];
  let split = 0;
  for (let i = 0; i < lines.length; ) {
    if (!(lines[i] as string).trim()) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    let end = i;
    let size = 0;
    while (end < lines.length && (lines[end] as string).trim()) size += (lines[end++] as string).length + 1;
    let piece = 0;
    let cut = false;
    for (let k = i; k < end; k++) {
      out.push(lines[k] as string);
      piece += (lines[k] as string).length + 1;
      if (size > HUGE_PARAGRAPH && piece >= PARAGRAPH_PIECE && k < end - 1) {
        out.push('');
        piece = 0;
        cut = true;
      }
    }
    if (cut) split++;
    i = end;
  }
  return split ? { text: out.join('\n'), split } : { text: body, split: 0 };
}

export function readMarkdown(text: string, options: ReaderOptions = {}): ReadResult {
  const index = new LineIndex(text);
  const explain: Explanation[] = [];
  const { yaml, bodyOffset } = splitFrontMatter(text);
  const front = yaml !== undefined ? parseFrontMatter(yaml, options.file) : { authors: [] };
  if (yaml !== undefined) explain.push({ line: 1, rule: 'front-matter', text: clip(yaml.split('\n')[0] ?? '') });
  const extracted = extractFootnotes(text.slice(bodyOffset));
  const { definitions } = extracted;
  const nesting = capQuoteNesting(extracted.body);
  const listNesting = capListNesting(nesting.text);
  const pieces = splitHugeParagraphs(listNesting.text);
  const body = pieces.text;
  const converter = new Converter(definitions.keys());
  const tokens = lex(body);

  // Top-level positions: marked's `raw` strings tile the body.
  let offset = bodyOffset;
  const located = tokens.map((token) => {
    const start = offset;
    offset += token.raw.length;
    return { token, start, end: start + token.raw.replace(/\s+$/, '').length };
  });
  const content = located.filter(({ token }) => token.type !== 'space' && token.type !== 'def');

  let headline: Inline[] | undefined = front.title ? [{ type: 'text', value: front.title }] : undefined;
  let first = 0;
  const opening = content[0];
  if (!headline && opening?.token.type === 'heading') {
    headline = trimInlines(converter.inlines((opening.token as Tokens.Heading).tokens, []));
    explain.push({ line: index.point(opening.start).line, rule: 'headline:first-heading', text: clip(opening.token.raw.trim()) });
    first = 1;
  }
  const levels = content.slice(first).filter(({ token }) => token.type === 'heading').map(({ token }) => (token as Tokens.Heading).depth);
  const top = levels.length ? Math.min(...levels) : 1;

  const sections: Section[] = [];
  // `heading` is read once the section is current: a note its heading cites belongs to it,
  // not to the section before.
  const section = (heading?: () => Inline[], depth: 1 | 2 | 3 = 1, start?: number, end?: number): Section => {
    const s: Section = { type: 'section', id: '', depth, blocks: [] };
    converter.current = s;
    if (heading) s.heading = heading();
    if (start !== undefined && end !== undefined) s.position = index.position(start, end);
    sections.push(s);
    return s;
  };
  let current: Section | undefined;
  for (const { token, start, end } of content.slice(first)) {
    const line = index.point(start).line;
    if (token.type === 'heading') {
      const t = token as Tokens.Heading;
      // No skipped levels: a heading can be at most one level below the one before it.
      const depth = headingDepth(t.depth, top, current);
      current = section(() => trimInlines(converter.inlines(t.tokens, [])), depth, start, end);
      explain.push({ line, rule: `heading:depth-${depth}`, text: clip(t.text) });
      continue;
    }
    current ??= section();
    converter.current = current;
    const blocks = converter.block(token);
    for (const block of blocks) {
      if (block.type !== 'footnotes' && blocks.length === 1) block.position = index.position(start, end);
      current.blocks.push(block);
    }
    if (token.type !== 'hr') explain.push({ line, rule: token.type === 'html' ? 'raw-html:sanitized' : token.type, text: clip(token.raw.trim()) });
  }
  if (sections.length === 0) section();

  // Footnotes go to the end of the section that first refers to them; unreferenced ones to the last section.
  const bySection = new Map<Section, FootnoteItem[]>();
  for (const [label, source] of definitions) {
    converter.current = undefined;
    const item: FootnoteItem = { id: `footnote:${label}`, label, blocks: converter.blocks(lex(source)) };
    const owner = converter.referenced.get(label) ?? (sections[sections.length - 1] as Section);
    bySection.set(owner, [...(bySection.get(owner) ?? []), item]);
  }
  for (const [owner, items] of bySection) owner.blocks.push({ type: 'footnotes', items });

  const article: Article = {
    type: 'article',
    id: front.id ?? '',
    lang: (front.lang ? normalizeLanguageTag(front.lang) : undefined) ?? guessLanguage(body),
    headline: headline ?? [{ type: 'text', value: UNTITLED_HEADLINE }],
    sections,
    dropped: converter.dropped,
    source: { format: 'markdown', ...(options.file ? { file: options.file } : {}) },
  };
  if (!headline) explain.unshift({ line: 1, rule: 'headline:missing', text: 'no title in front matter or first heading; use --title' });
  if (front.lang && !normalizeLanguageTag(front.lang)) article.dropped.push({ text: `language: ${front.lang}`, reason: 'front matter language is not a BCP 47 tag (such as en-GB); the language was identified from the text' });
  if (front.kicker) article.kicker = [{ type: 'text', value: front.kicker }];
  if (front.subtitle) article.standfirst = [{ type: 'text', value: front.subtitle }];
  if (front.publisher) article.publisher = front.publisher;
  if (front.authors.length || front.date || front.updated) {
    const raw = front.authors.map((a) => (a.location ? `${a.name} in ${a.location}` : a.name)).join(', ');
    article.byline = { authors: front.authors, raw };
    if (front.date) {
      const iso = parseDateline(front.date, options.date, article.lang)?.iso;
      article.byline.dateline = { text: front.date, ...(iso ? { iso } : {}) };
    }
    if (front.updated) {
      const iso = parseDateline(front.updated, options.date, article.lang)?.iso;
      article.byline.updated = { text: front.updated, ...(iso ? { iso } : {}) };
    }
  }
  if (front.image) {
    const lead: Figure = { type: 'figure', id: '' };
    if (front.image.src) lead.src = front.image.src;
    if (front.image.alt !== undefined) lead.alt = front.image.alt;
    if (front.image.caption) lead.caption = [{ type: 'text', value: front.image.caption }];
    if (front.image.credit) lead.credit = front.image.credit;
    article.lead = lead;
  }
  if (front.rights) article.footer = { rights: front.rights, notes: [] };
  const warnings = [...(front.warnings ?? [])];
  if (pieces.split > 0) warnings.push(`${pieces.split} paragraph${pieces.split === 1 ? '' : 's'} longer than ${HUGE_PARAGRAPH / 1024} KiB ${pieces.split === 1 ? 'was' : 'were'} read in pieces of about ${PARAGRAPH_PIECE / 1024} KiB`);
  if (listNesting.capped > 0) warnings.push(`lists nested deeper than ${MAX_LIST_DEPTH} levels: ${listNesting.capped} item${listNesting.capped === 1 ? ' was' : 's were'} read ${MAX_LIST_DEPTH} deep`);
  if (nesting.capped > 0) warnings.push(`quotes nested deeper than ${MAX_QUOTE_DEPTH} levels on ${nesting.capped} line${nesting.capped === 1 ? '' : 's'} were read ${MAX_QUOTE_DEPTH} deep`);
  return { article, explain, ...(warnings.length ? { warnings } : {}) };
}

/**
 * HTML → tree nodes: one table of element handlers, used for the raw HTML a Markdown file
 * carries and for the article a web page holds (the `html` reader). The only module that
 * imports htmlparser2. Nothing passes through as HTML: elements that can run code or embed
 * other documents are removed and recorded in `dropped`; every other element is reduced to
 * the tree's own nodes or its text.
 */
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import type { Block, Dropped, Figure, Inline, List, Table } from '../../tree/types.js';
import { safeLinkUrl } from './urls.js';

export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  /** Siblings, as htmlparser2 links them. */
  prev?: HtmlNode | null;
  next?: HtmlNode | null;
}

/** Elements whose content is code or another document, never article text. */
const UNSAFE = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template',
  'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'canvas', 'audio', 'video',
]);

/** Void elements that never hold words. */
const WORDLESS = new Set(['meta', 'link']);

export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** A heading met in HTML: the HTML reader starts a section at it; Markdown's raw HTML keeps it as strong text. */
export interface HeadingMark {
  type: 'heading';
  level: number;
  children: Inline[];
}

export type Segment = Block | HeadingMark;

export interface HtmlOptions {
  /** Resolves relative link targets (a page fetched from a URL); without it they stay text. */
  baseUrl?: string;
  /**
   * Resolves relative link targets only, not pictures: a saved page's own address (its canonical
   * URL), so its links still lead somewhere while its pictures stay in its folder.
   */
  linkBase?: string;
}

export interface HtmlResult {
  blocks: Block[];
  dropped: Dropped[];
}

/** Elements nest at most this deep; what is deeper is kept as its text. */
const MAX_HTML_DEPTH = 64;

/**
 * Ten thousand nested `<div>`s overflow every recursive walk below. Without recursion, each
 * element at the cap gives up its children for their text (scripts and styles left out), so
 * no word is lost and the walks stay shallow.
 */
function flattenDeep(root: HtmlNode): void {
  const stack: { node: HtmlNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop() as { node: HtmlNode; depth: number };
    if (!node.children?.length) continue;
    if (depth < MAX_HTML_DEPTH) {
      for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
      continue;
    }
    const texts: string[] = [];
    const inner: HtmlNode[] = [...node.children].reverse();
    while (inner.length) {
      const next = inner.pop() as HtmlNode;
      if (next.type === 'text') texts.push(next.data ?? '');
      else if (next.type === 'tag' && !UNSAFE.has(next.name?.toLowerCase() ?? '')) for (let c = (next.children?.length ?? 0) - 1; c >= 0; c--) inner.push(next.children?.[c] as HtmlNode);
    }
    node.children = [{ type: 'text', data: texts.join(' ') }];
  }
}

/** Parses HTML once (entities decoded, depth capped) into the nodes the handlers walk. */
export function parseHtmlFragment(html: string): HtmlNode {
  const root = parseDocument(html, { decodeEntities: true }) as unknown as HtmlNode;
  flattenDeep(root);
  return root;
}

/** Raw HTML inside Markdown → blocks; a heading keeps its words as strong text (as Markdown does for nested headings). */
export function htmlToBlocks(html: string, options: HtmlOptions = {}): HtmlResult {
  const { segments, dropped } = htmlToSegments(parseHtmlFragment(html), options);
  return { blocks: segments.map((s) => (s.type === 'heading' ? headingAsParagraph(s) : s)), dropped };
}

export function headingAsParagraph(heading: HeadingMark): Block {
  return { type: 'paragraph', children: [{ type: 'strong', children: heading.children }] };
}

/** Parsed HTML → segments (blocks and headings, in order), and what was removed. */
export function htmlToSegments(root: HtmlNode, options: HtmlOptions = {}): { segments: Segment[]; dropped: Dropped[] } {
  const walker = new Walker(options);
  const segments = walker.segmentsOf(root.children ?? []);
  return { segments, dropped: walker.dropped };
}

type BlockHandler = (walker: Walker, node: HtmlNode, out: SegmentSink) => void;
type InlineHandler = (walker: Walker, node: HtmlNode, children: () => Inline[]) => Inline[];

/** Where a walk writes: the finished segments, the paragraph being gathered, the images lifted out of it. */
class SegmentSink {
  segments: Segment[] = [];
  inline: Inline[] = [];
  lifted: Figure[] = [];
  flush(): void {
    const trimmed = trimInlines(this.inline);
    if (trimmed.length > 0) this.segments.push({ type: 'paragraph', children: trimmed });
    this.inline = [];
    for (const figure of this.lifted) this.segments.push(figure);
    this.lifted = [];
  }
}

const container: BlockHandler = (walker, node, out) => {
  // (`<div><div><img></div><figcaption>…</figcaption></div>`: a box with one picture and a figcaption of its
  // own is a figure the page did not mark as one.)
  const ownCaption = (node.children ?? []).some((c) => c.type === 'tag' && c.name === 'figcaption');
  if (node.name !== 'figure' && ownCaption && findAll(node, 'img', 'figure').length === 1) return figure(walker, node, out);
  out.flush();
  walker.walkInto(node.children ?? [], out);
  out.flush();
};

const heading: BlockHandler = (walker, node, out) => {
  out.flush();
  const children = trimInlines(walker.inlinesOf(node.children ?? [], out.lifted));
  if (children.length > 0) out.segments.push({ type: 'heading', level: Number(node.name?.slice(1)) || 2, children });
  out.flush();
};

const list: BlockHandler = (walker, node, out) => {
  out.flush();
  const items: Block[][] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'text' && !(child.data ?? '').trim()) continue;
    const blocks = walker.blocksOf(child.type === 'tag' && child.name === 'li' ? (child.children ?? []) : [child]);
    if (blocks.length > 0) items.push(blocks);
  }
  if (items.length === 0) return;
  const ordered = node.name === 'ol';
  const start = ordered ? Number.parseInt(node.attribs?.start ?? '', 10) : Number.NaN;
  const result: List = { type: 'list', ordered, items };
  if (Number.isFinite(start) && start !== 1) result.start = start;
  out.segments.push(result);
};

const quote: BlockHandler = (walker, node, out) => {
  out.flush();
  const blocks = walker.blocksOf(node.children ?? []);
  if (blocks.length > 0) out.segments.push({ type: 'quote', blocks });
};

const preformatted: BlockHandler = (_walker, node, out) => {
  out.flush();
  const value = textOf(node).replace(/^\n/, '').replace(/\s+$/, '');
  if (!value) return;
  const lang = /(?:^|\s)(?:language|lang)-([\w+-]+)/.exec(`${node.attribs?.class ?? ''} ${findFirst(node, 'code')?.attribs?.class ?? ''}`)?.[1];
  out.segments.push(lang ? { type: 'code', value, lang } : { type: 'code', value });
};

const figure: BlockHandler = (walker, node, out) => {
  const image = findFirst(node, 'img') ?? findFirst(node, 'amp-img');
  // A figure around a quote, a table or an embed is a container, not a picture.
  if (!image) return container(walker, node, out);
  out.flush();
  const result = walker.figureFrom(image);
  // (`<div class="Figure-caption">` and `<div class="Figure-credit">` beside the picture: a figure without a figcaption.)
  const figcaption = findFirst(node, 'figcaption');
  const caption = figcaption ?? findMarked(node, CAPTION_MARKS, image);
  if (!figcaption) {
    const creditNode = findMarked(node, CREDIT_MARKS, image);
    const credit = creditNode && creditNode !== caption ? collapse(textOf(creditNode)).trim() : '';
    if (credit && creditNode) {
      result.credit = credit;
      creditNode.children = [];
    }
  }
  if (caption) {
    dropCaptionButtons(walker, caption);
    const creditNode = findCredit(caption) ?? lastSpanCredit(caption);
    if (creditNode) {
      const credit = collapse(textOf(creditNode)).trim();
      if (credit) result.credit = credit;
      creditNode.children = [];
    }
    const inlines = trimInlines(walker.inlinesOf(caption.children ?? [], []));
    if (inlines.length > 0) result.caption = inlines;
  }
  // A credit laid over the picture, beside it in its box (`<span>Getty Images</span>`).
  const beside = (node.children ?? []).filter((c) => c !== caption && contains(c, image)).map((c) => collapse(textOf(c)).trim()).join(' ').trim();
  if (beside && !result.credit && beside.split(' ').length <= 8) result.credit = beside;
  out.segments.push(result);
  // Text in the figure outside the picture and its caption (a second paragraph) is kept.
  const rest = (node.children ?? []).filter((c) => c !== caption && !contains(c, image));
  if (rest.some((c) => collapse(textOf(c)).trim())) container(walker, { type: 'tag', name: 'div', children: rest }, out);
};

const image: BlockHandler = (walker, node, out) => {
  out.lifted.push(walker.figureFrom(node));
};

const table: BlockHandler = (walker, node, out) => {
  const rows = findAll(node, 'tr', 'table');
  const cells = rows.map((row) => (row.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th')));
  const width = Math.max(0, ...cells.map((r) => r.length));
  // A table that lays out a page (one column, or blocks in its cells) is read as the blocks it holds.
  const layout = width < 2 || cells.length < 2 || rows.some((row) => findFirst(row, 'table') || hasBlockChild(row));
  if (layout) return container(walker, node, out);
  out.flush();
  const headerRow = cells[0]?.every((c) => c.name === 'th') || rows[0] !== undefined && isInside(node, rows[0], 'thead') ? 0 : -1;
  const cellInlines = (row: HtmlNode[]) => {
    const padded = row.map((c) => trimInlines(walker.inlinesOf(c.children ?? [], [])));
    while (padded.length < width) padded.push([]);
    return padded;
  };
  const result: Table = {
    type: 'table',
    id: '',
    align: Array.from({ length: width }, () => null),
    head: headerRow === 0 ? cellInlines(cells[0] ?? []) : Array.from({ length: width }, () => []),
    rows: cells.slice(headerRow === 0 ? 1 : 0).map(cellInlines),
  };
  const caption = findFirst(node, 'caption');
  if (caption) {
    const inlines = trimInlines(walker.inlinesOf(caption.children ?? [], []));
    if (inlines.length > 0) result.caption = inlines;
  }
  out.segments.push(result);
};

const nothing: BlockHandler = (_walker, _node, out) => out.flush();

/** The block elements and what each becomes; every other element is inline (its text and marks). */
const BLOCK_HANDLERS: Record<string, BlockHandler> = {
  h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading,
  ul: list, ol: list, menu: list,
  blockquote: quote,
  pre: preformatted,
  figure,
  img: image, 'amp-img': image,
  table,
  hr: nothing,
};
for (const name of ['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figcaption', 'address', 'details', 'summary', 'center', 'dl', 'dt', 'dd', 'li', 'picture', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'hgroup', 'body', 'html']) {
  BLOCK_HANDLERS[name] = container;
}

const emphasis: InlineHandler = (_w, _n, children) => [{ type: 'emphasis', children: children() }];
const strong: InlineHandler = (_w, _n, children) => [{ type: 'strong', children: children() }];
const code: InlineHandler = (_w, node) => [{ type: 'code', value: collapse(textOf(node)) }];
const INLINE_HANDLERS: Record<string, InlineHandler> = {
  em: emphasis, i: emphasis, cite: emphasis, dfn: emphasis, var: emphasis,
  strong, b: strong,
  code, kbd: code, samp: code, tt: code,
  br: () => [{ type: 'break' }],
  a: (walker, node, children) => {
    const url = walker.linkUrl(node.attribs?.href);
    const inner = children();
    return url ? [{ type: 'link', url, children: inner }] : inner;
  },
};

class Walker {
  readonly dropped: Dropped[] = [];
  constructor(private readonly options: HtmlOptions) {}

  segmentsOf(nodes: HtmlNode[]): Segment[] {
    const out = new SegmentSink();
    this.walkInto(nodes, out);
    out.flush();
    return out.segments;
  }

  /** Blocks only: a heading nested in a list or a quote keeps its words as strong text. */
  blocksOf(nodes: HtmlNode[]): Block[] {
    return this.segmentsOf(nodes).map((s) => (s.type === 'heading' ? headingAsParagraph(s) : s));
  }

  walkInto(nodes: HtmlNode[], out: SegmentSink): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        out.inline.push(...textNodes(node.data ?? ''));
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const name = node.name?.toLowerCase() ?? '';
      if (UNSAFE.has(name)) {
        this.drop(node, name);
        continue;
      }
      const handler = BLOCK_HANDLERS[name] ?? (wrapsBlocks(node, name) ? container : undefined);
      if (handler) handler(this, node, out);
      else for (const piece of this.inlineOf(node, out.lifted)) out.inline.push(piece);
    }
  }

  inlinesOf(nodes: HtmlNode[], lifted: Figure[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) for (const piece of this.inlineOf(node, lifted)) out.push(piece);
    return out;
  }

  inlineOf(node: HtmlNode, lifted: Figure[]): Inline[] {
    if (node.type === 'text') return textNodes(node.data ?? '');
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return [];
    const name = node.name?.toLowerCase() ?? '';
    if (UNSAFE.has(name)) {
      this.drop(node, name);
      return [];
    }
    if (name === 'img' || name === 'amp-img') {
      lifted.push(this.figureFrom(node));
      return [];
    }
    const children = () => this.inlinesOf(node.children ?? [], lifted);
    const handler = INLINE_HANDLERS[name];
    if (handler) return setApart(node, name, handler(this, node, children));
    // A block inside an inline element (`<a><p>…</p></a>`) reads as its words, set apart by spaces.
    return BLOCK_HANDLERS[name] ? [{ type: 'text', value: ' ' }, ...children(), { type: 'text', value: ' ' }] : setApart(node, name, children());
  }

  figureFrom(node: HtmlNode): Figure {
    const result: Figure = { type: 'figure', id: '' };
    const src = imageSource(node.attribs ?? {});
    if (src) result.src = this.options.baseUrl && !src.startsWith('data:') ? resolveUrl(src, this.options.baseUrl) ?? src : src;
    const alt = node.attribs?.alt;
    if (alt !== undefined) result.alt = collapse(alt).trim();
    return result;
  }

  linkUrl(href: string | undefined): string | undefined {
    if (!href) return undefined;
    const base = this.options.baseUrl ?? this.options.linkBase;
    if (base && !/^[a-z][a-z0-9+.-]*:/i.test(href.trim())) return safeLinkUrl(resolveUrl(href.trim(), base));
    return safeLinkUrl(href);
  }

  private drop(node: HtmlNode, name: string): void {
    // A `<meta itemprop>` or `<link>` in the text holds no word: nothing to record.
    if (WORDLESS.has(name) && !collapse(textOf(node)).trim() && !Object.keys(node.attribs ?? {}).some((a) => a.startsWith('on'))) return;
    this.dropped.push({ text: collapse(textOf(node)).trim() || `<${name}>`, reason: `raw HTML <${name}> removed (can run code or embed content)` });
  }
}

/** Elements that may sit inside a word (`<b>W</b>hen`, `H<sub>2</sub>O`). */
const IN_WORD = new Set(['b', 'i', 'em', 'strong', 'u', 'sup', 'sub', 'small', 'mark', 'abbr', 'font', 's', 'del', 'ins', 'q', 'bdi', 'bdo', 'wbr']);

/**
 * Two parts a page's styles set apart (`<a>… price cap</a><time>November 1</time>`) touch in the
 * markup; where letters meet letters across such an element's edge, a space keeps the words
 * apart. Formatting inside a word and a one-letter drop cap (`<span>W</span>hen`) stay joined.
 */
function setApart(node: HtmlNode, name: string, inlines: Inline[]): Inline[] {
  if (IN_WORD.has(name)) return inlines;
  const own = textOf(node);
  if (own.trim().length < 2) return inlines;
  const before = node.prev ? textOf(node.prev) : '';
  const after = node.next ? textOf(node.next) : '';
  const out = [...inlines];
  if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(own)) out.unshift({ type: 'text', value: ' ' });
  if (/[\p{L}\p{N}]$/u.test(own) && /^[\p{L}\p{N}]/u.test(after)) out.push({ type: 'text', value: ' ' });
  return out;
}

/** The picture's address: `src`, or a lazy loader's `data-src`, or the first candidate of `srcset`. */
function imageSource(attribs: Record<string, string>): string | undefined {
  const direct = attribs.src?.trim();
  if (direct && !/^data:image\/gif;base64,R0lGOD/i.test(direct)) return direct;
  const lazy = attribs['data-src']?.trim() || attribs['data-original']?.trim() || attribs['data-lazy-src']?.trim();
  if (lazy) return lazy;
  const set = (attribs.srcset ?? attribs['data-srcset'])?.trim().split(/\s*,\s+/)[0]?.split(/\s+/)[0];
  return set || direct || undefined;
}

function resolveUrl(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** The names pages give the element that holds a picture's credit (`class="credit"`, `photoAuthor`, `data-qa="caption-credit"`). */
export const CREDIT_MARKS = /credit|crédit|copyright|byline|photographer|fotograf|fotograaf|autor-?foto|source|author|attribution|auteur/i;

/** The attributes a page names its parts with (class, itemprop, test ids), as one string to test. */
function nodeMarks(node: HtmlNode): string {
  return ['class', 'itemprop', 'data-testid', 'data-qa', 'data-component'].map((name) => node.attribs?.[name] ?? '').join(' ');
}

/** A caption's box when the markup has no figcaption: `<div class="Figure-caption">`, `<p class="legende">`. */
const CAPTION_MARKS = /caption|legend|légende|didascalia|bildtext|bildunterschrift|onderschrift|pie-?de-?foto|epigrafe/i;

/** The first element inside `node` that its marks name, and that does not hold the picture. */
function findMarked(node: HtmlNode, marks: RegExp, image: HtmlNode): HtmlNode | undefined {
  const stack = [...(node.children ?? [])];
  while (stack.length) {
    const child = stack.shift() as HtmlNode;
    if (child.type !== 'tag' || contains(child, image)) {
      if (child.type === 'tag') stack.push(...(child.children ?? []));
      continue;
    }
    if (marks.test(nodeMarks(child)) && collapse(textOf(child)).trim()) return child;
    stack.push(...(child.children ?? []));
  }
  return undefined;
}

/**
 * A caption of two spans whose classes say nothing (hashed names), the last one a short name:
 * `<span>Leerlingen … op het schoolplein</span><span>RTV Noord</span>`: the last is the credit.
 */
function lastSpanCredit(caption: HtmlNode): HtmlNode | undefined {
  const parts = (caption.children ?? []).filter((c) => c.type === 'tag' || collapse(textOf(c)).trim());
  if (parts.length < 2 || parts.some((c) => c.type !== 'tag' || c.name !== 'span')) return undefined;
  const last = parts[parts.length - 1] as HtmlNode;
  const text = collapse(textOf(last)).trim();
  const before = parts.slice(0, -1).map((c) => collapse(textOf(c)).trim()).join(' ');
  const words = text.split(/\s+/u);
  return words.length <= 5 && /^\p{Lu}/u.test(text) && !/[.!?:;,]$/u.test(text) && before.split(/\s+/u).length >= 4 ? last : undefined;
}

/** A caption's credit, when the markup marks it: `<span class="credit">`, `<small>`, `<cite>`. */
/** A button's element by its name or class (`<a class="btn tnt-buy-now">Buy Now</a>`). */
const BUTTON_MARK = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/iu;

/**
 * Buttons set inside a caption (`Buy Now`, `Enlarge`) are the picture desk's, not the caption's
 * words: recorded as dropped, and left out of the caption.
 */
function dropCaptionButtons(walker: Walker, caption: HtmlNode): void {
  const isButton = (node: HtmlNode) => node.type === 'tag' && (node.name === 'button' || BUTTON_MARK.test(node.attribs?.class ?? '')) && collapse(textOf(node)).trim().split(' ').length <= 4;
  const stack = [caption];
  while (stack.length) {
    const node = stack.shift() as HtmlNode;
    const children = node.children ?? [];
    for (const child of children.filter(isButton)) {
      const text = collapse(textOf(child)).trim();
      if (text) walker.dropped.push({ text, reason: 'a button inside a picture’s caption (site furniture)' });
    }
    node.children = children.filter((child) => !isButton(child));
    stack.push(...node.children.filter((child) => child.type === 'tag'));
  }
}

function findCredit(caption: HtmlNode): HtmlNode | undefined {
  const stack = [...(caption.children ?? [])];
  while (stack.length) {
    const node = stack.shift() as HtmlNode;
    if (node.type !== 'tag') continue;
    if (CREDIT_MARKS.test(nodeMarks(node))) return node;
    stack.push(...(node.children ?? []));
  }
  return undefined;
}

function findFirst(node: HtmlNode, name: string): HtmlNode | undefined {
  const stack = [...(node.children ?? [])];
  while (stack.length) {
    const next = stack.shift() as HtmlNode;
    if (next.type === 'tag' && next.name === name) return next;
    if (next.children) stack.unshift(...next.children);
  }
  return undefined;
}

/** Every `name` element below `node`, not looking inside nested `stop` elements. */
function findAll(node: HtmlNode, name: string, stop: string): HtmlNode[] {
  const found: HtmlNode[] = [];
  const stack = [...(node.children ?? [])].reverse();
  while (stack.length) {
    const next = stack.pop() as HtmlNode;
    if (next.type !== 'tag') continue;
    if (next.name === name) found.push(next);
    else if (next.name !== stop) for (let i = (next.children?.length ?? 0) - 1; i >= 0; i--) stack.push(next.children?.[i] as HtmlNode);
  }
  return found;
}

/**
 * A wrapper with no meaning of its own around the story's blocks (`<div class="story"><span><p>…`, a CMS's
 * custom element `<story-body>`): its paragraphs and headings are blocks still, as a browser shows them,
 * not one paragraph of their words.
 */
function wrapsBlocks(node: HtmlNode, name: string): boolean {
  if (name !== 'span' && name !== 'font' && !name.includes('-')) return false;
  return (node.children ?? []).some((c) => c.type === 'tag' && WRAPPED_BLOCKS.has(c.name?.toLowerCase() ?? ''));
}

const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure']);
const WRAPPED_BLOCKS = new Set([...CELL_BLOCKS, 'section', 'article']);
function hasBlockChild(row: HtmlNode): boolean {
  return (row.children ?? []).some((cell) => (cell.children ?? []).some((c) => c.type === 'tag' && CELL_BLOCKS.has(c.name ?? '')));
}

function isInside(root: HtmlNode, target: HtmlNode, name: string): boolean {
  const section = findFirst(root, name);
  return !!section && contains(section, target);
}

function contains(node: HtmlNode, target: HtmlNode): boolean {
  if (node === target) return true;
  return (node.children ?? []).some((c) => contains(c, target));
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/**
 * Zero-width spaces, word joiners and stray byte-order marks some editors scatter through text:
 * no word, no space. (Joiners and non-joiners stay: emoji sequences and Indic and Persian script need them.)
 */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

function textNodes(value: string): Inline[] {
  const text = value.replace(ZERO_WIDTH, '');
  return text ? [{ type: 'text', value: collapse(text) }] : [];
}

export function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'comment' || node.type === 'directive') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** Drops leading/trailing whitespace-only text and merges adjacent text nodes. */
export function trimInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of inlines) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node.type === 'text' ? { ...node } : node);
  }
  for (const node of merged) if (node.type === 'text') node.value = node.value.replace(/ {2,}/g, ' ');
  const first = merged[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const end = merged[merged.length - 1];
  if (end?.type === 'text') end.value = end.value.replace(/\s+$/, '');
  return merged.filter((n) => n.type !== 'text' || n.value !== '');
}

/** One element of an XML document: its name as written (`svg:script` too), attributes (entities decoded) and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The text directly inside (a `<style>` sheet, say). */
  text: string;
}

/**
 * Every element of an XML document (an SVG image), depth first, for checks that must see all of
 * them: names keep their prefixes, attribute values have their entities decoded.
 */
export function xmlElements(xml: string): XmlElement[] {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const out: XmlElement[] = [];
  const stack: HtmlNode[] = [...((doc.children as unknown as HtmlNode[]) ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const children = node.children ?? [];
      out.push({ name: node.name ?? '', attributes: node.attribs ?? {}, text: children.filter((c) => c.type === 'text' || c.type === 'cdata').map((c) => c.data ?? (c.children ?? []).map((d) => d.data ?? '').join('')).join('') });
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode);
    } else if (node.type === 'directive' && /<!ENTITY|<!DOCTYPE[^>]*\[/i.test(`<${node.data ?? ''}>`)) {
      out.push({ name: '!entity', attributes: {}, text: node.data ?? '' });
    } else if (node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
    }
  }
  return out;
}

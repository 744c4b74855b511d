/**
 * Raw HTML found in an input (Markdown allows it) → tree nodes or plain text.
 * The only module that imports htmlparser2. Nothing passes through as HTML: elements
 * that can run code or embed other documents are removed and recorded in `dropped`;
 * every other element is reduced to the tree's own nodes or its text.
 */
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import type { Block, Dropped, Inline } from '../../tree/types.js';
import { safeLinkUrl } from './urls.js';

interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

/** Elements whose content is code or another document, never article text. */
const UNSAFE = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template',
  'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'canvas', 'audio', 'video',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary', 'center',
]);

export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
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

/** Tags the HTML once and reports what was removed. */
export function htmlToBlocks(html: string): HtmlResult {
  const dropped: Dropped[] = [];
  const root = parseDocument(html, { decodeEntities: true }) as unknown as HtmlNode;
  flattenDeep(root);
  const blocks: Block[] = [];
  let inline: Inline[] = [];
  const flush = () => {
    const trimmed = trimInlines(inline);
    if (trimmed.length > 0) blocks.push({ type: 'paragraph', children: trimmed });
    inline = [];
  };
  const walk = (node: HtmlNode) => {
    if (node.type === 'text') {
      for (const piece of textNodes(node.data ?? '')) inline.push(piece);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') return;
    if (node.type === 'root') {
      for (const child of node.children ?? []) walk(child);
      return;
    }
    const name = node.name?.toLowerCase();
    if (name && UNSAFE.has(name)) {
      dropped.push({ text: textOf(node).trim() || `<${name}>`, reason: `raw HTML <${name}> removed (can run code or embed content)` });
      return;
    }
    if (name && BLOCK.has(name)) {
      flush();
      if (name === 'ul' || name === 'ol') {
        const items = (node.children ?? [])
          .filter((c) => c.type === 'tag')
          .map((c) => htmlToBlocksFrom(c, dropped));
        blocks.push({ type: 'list', ordered: name === 'ol', items });
        return;
      }
      if (name === 'blockquote') {
        blocks.push({ type: 'quote', blocks: htmlToBlocksFrom(node, dropped) });
        return;
      }
      if (name === 'pre') {
        blocks.push({ type: 'code', value: textOf(node) });
        return;
      }
      for (const child of node.children ?? []) walk(child);
      flush();
      return;
    }
    if (name === 'img') {
      const alt = node.attribs?.alt;
      if (alt) inline.push({ type: 'text', value: alt });
      return;
    }
    // (A loop, not a spread: an element can have more children than a call takes arguments.)
    for (const piece of inlineFrom(node, dropped)) inline.push(piece);
  };
  walk(root);
  flush();
  return { blocks, dropped };
}

function htmlToBlocksFrom(node: HtmlNode, dropped: Dropped[]): Block[] {
  const parsed = htmlToBlocks((node.children ?? []).map(serialize).join(''));
  for (const entry of parsed.dropped) dropped.push(entry);
  return parsed.blocks;
}

/** Inline HTML (a single element's content) → inlines; unsafe parts recorded. */
export function inlineFrom(node: HtmlNode, dropped: Dropped[]): Inline[] {
  if (node.type === 'text') return textNodes(node.data ?? '');
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return [];
  const name = node.name?.toLowerCase() ?? '';
  if (UNSAFE.has(name)) {
    dropped.push({ text: textOf(node).trim() || `<${name}>`, reason: `raw HTML <${name}> removed (can run code or embed content)` });
    return [];
  }
  const children = (node.children ?? []).flatMap((c) => inlineFrom(c, dropped));
  switch (name) {
    case 'em':
    case 'i':
    case 'cite':
      return [{ type: 'emphasis', children }];
    case 'strong':
    case 'b':
      return [{ type: 'strong', children }];
    case 'code':
    case 'kbd':
    case 'samp':
      return [{ type: 'code', value: textOf(node) }];
    case 'br':
      return [{ type: 'break' }];
    case 'img':
      return node.attribs?.alt ? [{ type: 'text', value: node.attribs.alt }] : [];
    case 'a': {
      const url = safeLinkUrl(node.attribs?.href);
      return url ? [{ type: 'link', url, children }] : children;
    }
    default:
      return children;
  }
}

function textNodes(value: string): Inline[] {
  return value ? [{ type: 'text', value: value.replace(/\s+/g, ' ') }] : [];
}

function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Re-serializes a subtree so nested block content goes through the same walk. */
function serialize(node: HtmlNode): string {
  if (node.type === 'text') return escapeText(node.data ?? '');
  if (node.type === 'comment' || node.type === 'directive') return '';
  const name = node.name ?? 'span';
  const attrs = Object.entries(node.attribs ?? {})
    .filter(([key]) => key === 'href' || key === 'alt')
    .map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${name}${attrs}>${(node.children ?? []).map(serialize).join('')}</${name}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Drops leading/trailing whitespace-only text and merges adjacent text nodes. */
export function trimInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of inlines) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node.type === 'text' ? { ...node } : node);
  }
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

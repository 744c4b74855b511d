/**
 * The page as lines of visible text, in reading order, each with the block element it came from:
 * what a person would see, and what a copy from the browser would give. The header reader looks at
 * the lines around the headline; nothing else in the page is read this way.
 */
import type { DomElement } from './dom.js';

export interface PageLine {
  text: string;
  /** The nearest block element holding the line's text. */
  element: DomElement;
}

const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-text|screenreader-only|a11y-hidden|u-hidden-visually|is-visually-hidden|hidden-visually|visuallyhidden|offscreen)(?:\s|$)/i;

/** Never visible text: code, styles, embedded documents, form controls. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'head', 'title', 'meta', 'link', 'base', 'audio', 'video', 'button', 'input']);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure', 'figcaption', 'picture',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary', 'center', 'form', 'hgroup', 'body', 'br', 'time-block',
]);

/**
 * Hidden from everyone: `hidden`, `display: none`, `visibility: hidden`. (`aria-hidden` is not:
 * it hides from screen readers what sighted readers still see, such as the ` | ` between two dates.)
 */
export function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  // Text only screen readers get, in place of an icon (`<span class="sr-only">Share on Facebook</span>`):
  // the tree's own outputs say what it stands for, and a reader of the page does not see it.
  if (SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Lines of `root`'s visible text; a block element starts and ends a line. Walks without recursion. */
export function pageLines(root: DomElement): PageLine[] {
  const lines: PageLine[] = [];
  let current = '';
  let owner: DomElement = root;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, element: owner });
    current = '';
  };
  type Step = { node: DomNodeLike; block?: DomElement; exit?: boolean };
  const stack: Step[] = [{ node: root as unknown as DomNodeLike }];
  const blocks: DomElement[] = [];
  while (stack.length) {
    const step = stack.pop() as Step;
    if (step.exit) {
      flush();
      blocks.pop();
      owner = blocks[blocks.length - 1] ?? root;
      continue;
    }
    const node = step.node;
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as unknown as DomElement;
    const name = element.localName;
    if (INVISIBLE.has(name) || isHidden(element)) continue;
    if (name === 'img') continue;
    const children = Array.from(node.childNodes);
    // Parts set apart by the page's styles (`<span>…EST</span><span>Updated …</span>`) are words
    // apart; formatting inside a word (`<b>W</b>hen`) is not.
    if (!BLOCKS.has(name) && !IN_WORD.has(name)) {
      current += ' ';
      stack.push({ node: SPACE });
    }
    if (BLOCKS.has(name)) {
      flush();
      blocks.push(element);
      owner = element;
      stack.push({ node, exit: true });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNodeLike });
  }
  flush();
  return lines;
}

/** Elements that may sit inside a word. */
const IN_WORD = new Set(['b', 'i', 'em', 'strong', 'u', 'sup', 'sub', 'small', 'mark', 'abbr', 'font', 's', 'del', 'ins']);

const SPACE: DomNodeLike = { nodeType: 3, textContent: ' ', childNodes: [] };

interface DomNodeLike {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNodeLike>;
}

/**
 * The length of every element's text (its `textContent`), computed in one pass from the leaves
 * up: asking each element in turn costs time in proportion to the page's size times its depth.
 */
export function textLengths(root: DomElement): Map<DomElement, number> {
  const lengths = new Map<DomElement, number>();
  const stack: { node: DomNodeLike; done: boolean }[] = [{ node: root as unknown as DomNodeLike, done: false }];
  while (stack.length) {
    const step = stack.pop() as { node: DomNodeLike; done: boolean };
    const children = Array.from(step.node.childNodes);
    if (!step.done) {
      stack.push({ node: step.node, done: true });
      for (const child of children) if (child.nodeType === 1) stack.push({ node: child, done: false });
      continue;
    }
    let total = 0;
    for (const child of children) total += child.nodeType === 1 ? (lengths.get(child as unknown as DomElement) ?? 0) : child.nodeType === 3 ? (child.textContent ?? '').length : 0;
    lengths.set(step.node as unknown as DomElement, total);
  }
  return lengths;
}

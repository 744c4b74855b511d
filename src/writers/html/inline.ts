/** Inline nodes → HTML; one case per node type, exhaustive. */
import type { LanguageRecord } from '../../lang/index.js';
import { assertNever, type Inline } from '../../tree/types.js';
import { escapeHtml } from './escape.js';
import { type NoteLinks, renderNoteRef } from './notes.js';
import { type SentenceRange, splitAtSentences } from './sentence-spans.js';

/**
 * The read-along writers' narrated sentences, by the inline array of the tree they were read from
 * (compared by identity). `take` gives an array's sentences once; `wrapped` hears which got a span.
 */
export interface SentenceSpans {
  take(inlines: readonly Inline[]): readonly SentenceRange[] | undefined;
  wrapped(ids: readonly string[]): void;
  /**
   * The id for an element that shows a narrated sentence whole, if it was narrated: by name (`authors`,
   * `dateline`, `updated`, `rights`) or by the tree node it belongs to (a figure's credit, a footnote's number, a footnotes block's heading).
   */
  element(part: string | object): string | undefined;
}

export interface InlineOptions {
  /** XHTML for EPUB: void elements self-closed, epub:type on note references. */
  xhtml?: boolean;
  /** Footnote numbers, reference ids and links (required: any inline run may cite a note). */
  notes: NoteLinks;
  /** The words around the article, in its language: a note reference's name, a table's, the footnotes' heading … */
  words: LanguageRecord;
  /** Read-along output: each narrated sentence in a `<span id>` (which screen readers do not announce). */
  sentences?: SentenceSpans;
}

export function renderInlines(inlines: readonly Inline[] | undefined, options: InlineOptions): string {
  if (!inlines) return '';
  const ranges = options.sentences?.take(inlines);
  if (ranges?.length) {
    const { pieces, wrapped } = splitAtSentences(inlines, ranges);
    options.sentences?.wrapped(wrapped);
    return pieces.map((p) => (p.id ? `<span id="${escapeHtml(p.id)}">${renderInlines(p.inlines, options)}</span>` : renderInlines(p.inlines, options))).join('');
  }
  return inlines.map((node) => renderInline(node, options)).join('');
}

function renderInline(node: Inline, options: InlineOptions): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${renderInlines(node.children, options)}</em>`;
    case 'strong':
      return `<strong>${renderInlines(node.children, options)}</strong>`;
    case 'link':
      return `<a href="${escapeHtml(node.url)}">${renderInlines(node.children, options)}</a>`;
    case 'code':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return options.xhtml ? '<br/>' : '<br>';
    case 'footnoteRef':
      return renderNoteRef(node, options);
    default:
      return assertNever(node);
  }
}

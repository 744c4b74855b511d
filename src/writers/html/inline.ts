/** Inline nodes → HTML; one case per node type, exhaustive. */
import type { LanguageRecord } from '../../lang/index.js';
import { assertNever, type Inline } from '../../tree/types.js';
import { escapeHtml } from './escape.js';
import { type NoteLinks, renderNoteRef } from './notes.js';

export interface InlineOptions {
  /** XHTML for EPUB: void elements self-closed, epub:type on note references. */
  xhtml?: boolean;
  /** Footnote numbers, reference ids and links (required: any inline run may cite a note). */
  notes: NoteLinks;
  /** The words around the article, in its language: a note reference's name, a table's, the footnotes' heading … */
  words: LanguageRecord;
}

export function renderInlines(inlines: readonly Inline[] | undefined, options: InlineOptions): string {
  if (!inlines) return '';
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

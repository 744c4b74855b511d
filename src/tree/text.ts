import type { Block, Inline } from './types.js';

/**
 * Inlines → plain text, as a reader would say them: link text only, no markup, and no note
 * references. A reference's text is the note's number, which the writers take from the
 * footnote plan (tree/notes.ts); the source's label (`[^wcag]`) is not the reader's, and a
 * title, an id or a metadata field made from text carries no note marker.
 */
export function inlineText(inlines: readonly Inline[] | undefined): string {
  if (!inlines) return '';
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
      case 'code':
        out += node.value;
        break;
      case 'emphasis':
      case 'strong':
      case 'link':
        out += inlineText(node.children);
        break;
      case 'break':
        out += '\n';
        break;
      case 'footnoteRef':
        break;
    }
  }
  return out;
}

/**
 * Inlines as the narration reads them: footnote markers are not read, a line break is a space,
 * runs of white space are one space, no space at either end. The narration script's utterances
 * and the read-along EPUB's sentence spans both count offsets in this text.
 */
export function spokenInlineText(inlines: readonly Inline[] | undefined): string {
  return rawSpokenText(inlines).replace(/\s+/g, ' ').trim();
}

/** `spokenInlineText` before white space is collapsed: one character per character of text, a space per break. */
export function rawSpokenText(inlines: readonly Inline[] | undefined): string {
  if (!inlines) return '';
  return inlines
    .map((node) => (node.type === 'footnoteRef' ? '' : node.type === 'break' ? ' ' : 'children' in node ? rawSpokenText(node.children) : inlineText([node])))
    .join('');
}

/** All the words of a block, for search, conservation checks and narration. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.children);
    case 'quote':
      return block.blocks.map(blockText).join('\n');
    case 'list':
      return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
    case 'table':
      return [
        inlineText(block.caption),
        ...block.head.map((c) => inlineText(c)),
        ...block.rows.flatMap((row) => row.map((c) => inlineText(c))),
      ].join('\n');
    case 'figure':
      return [block.alt ?? '', inlineText(block.caption), block.credit ?? ''].join('\n');
    case 'code':
      return block.value;
    case 'footnotes':
      return block.items.map((item) => item.blocks.map(blockText).join('\n')).join('\n');
  }
}

/** Text → plain inline list. */
export function textInline(value: string): Inline[] {
  return value ? [{ type: 'text', value }] : [];
}

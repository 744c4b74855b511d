/** Plain text of the tree's inline nodes and sections, as the html reader's rules compare it. */
import { inlineText as spokenText } from '../../tree/text.js';
import type { Inline, Section } from '../../tree/types.js';

/** The tree's own plain text, with a line break read as a space (the rules compare single lines). */
export function inlineText(inlines: Inline[]): string {
  return spokenText(inlines).replace(/\n/g, ' ');
}

export function sectionParagraphs(sections: Section[]): string[] {
  const parts: string[] = [];
  for (const section of sections) for (const block of section.blocks) if (block.type === 'paragraph') parts.push(inlineText(block.children));
  return parts;
}

export function sectionText(sections: Section[]): string {
  return sectionParagraphs(sections).join('\n');
}

/** Plain text of the tree's inline nodes and sections, as the html reader's rules compare it (a break is a space). */
import type { Inline, Section } from '../../tree/types.js';

export function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === 'text' || i.type === 'code' ? i.value : i.type === 'break' ? ' ' : 'children' in i ? inlineText(i.children) : '')).join('');
}

export function sectionParagraphs(sections: Section[]): string[] {
  const parts: string[] = [];
  for (const section of sections) for (const block of section.blocks) if (block.type === 'paragraph') parts.push(inlineText(block.children));
  return parts;
}

export function sectionText(sections: Section[]): string {
  return sectionParagraphs(sections).join('\n');
}


import { inlineText } from './text.js';
import type { Article, Section } from './types.js';

export interface OutlineEntry {
  id: string;
  title: string;
  depth: 1 | 2 | 3;
  /** True when the section has no heading and `title` was generated for it. */
  untitled: boolean;
}

/**
 * The single source of section titles: the EPUB nav, the HTML table of contents and
 * heading outline, and the audio chapters all come from this list.
 *
 * An untitled section (text before the first subheading) gets a generated title:
 * "Introduction" when headed sections follow, otherwise the headline.
 */
export function outline(article: Article): OutlineEntry[] {
  const hasHeadings = article.sections.some((s) => s.heading);
  return article.sections.map((section) => ({
    id: section.id,
    title: sectionTitle(article, section, hasHeadings),
    depth: section.depth,
    untitled: !section.heading,
  }));
}

function sectionTitle(article: Article, section: Section, hasHeadings: boolean): string {
  if (section.heading) return inlineText(section.heading).trim();
  return hasHeadings ? 'Introduction' : inlineText(article.headline).trim();
}

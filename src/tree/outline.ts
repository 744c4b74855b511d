import { wordsFor } from '../lang/index.js';
import { inlineText } from './text.js';
import type { Article, Inline, Section } from './types.js';

export interface OutlineEntry {
  id: string;
  title: string;
  depth: 1 | 2 | 3;
  /** True when the section has no heading and `title` was generated for it. */
  untitled: boolean;
}

/**
 * The single source of section titles: the chunk plan (chunks.ts) takes them from here, and
 * the EPUB nav, the HTML table of contents and the audio chapters take them from the plan.
 *
 * An untitled section (text before the first subheading) gets a generated title that
 * says what it is, in the article's language: "Introduction" when headed sections follow,
 * otherwise "Article text" (not the headline again: the opening already carries it).
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

/** A title is one line: a line break in a heading (`Lifts<br>and ramps`) is a space in the contents, a chapter list or a document's title. */
export function titleText(inlines: readonly Inline[] | undefined): string {
  return inlineText(inlines).replace(/\s+/g, ' ').trim();
}

function sectionTitle(article: Article, section: Section, hasHeadings: boolean): string {
  if (section.heading) return titleText(section.heading);
  const { introduction, articleText } = wordsFor(article.lang).sections;
  return hasHeadings ? introduction : articleText;
}

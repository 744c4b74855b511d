/**
 * Which content document holds which part of the article, decided here and only here, so
 * the chapter files, the nav, the NCX and every footnote link agree. The title page holds
 * the masthead and the untitled opening text; each top-level section, with the deeper
 * sections under it, is a chapter file; the footer is the rights page.
 */
import { FOOTER_PLACE } from '../../tree/notes.js';
import type { Article, Section } from '../../tree/types.js';

export const TITLE_PAGE_FILE = 'title-page.xhtml';
export const RIGHTS_FILE = 'rights.xhtml';

export interface Chapter {
  /** File name inside OEBPS/. */
  file: string;
  /** Manifest id. */
  id: string;
  sections: Section[];
}

export interface BookLayout {
  /** The untitled text before the first heading, on the title page after the masthead. */
  opening: Section[];
  chapters: Chapter[];
  /** The file holding each place: the article id (the masthead), a section id, or the footer's. */
  fileOf: Map<string, string>;
}

/** File names from tree ids when they are plain ASCII, else numbered (EPUBCheck warns on non-ASCII names). */
export function fileName(id: string, fallback: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : fallback;
}

export function bookLayout(article: Article): BookLayout {
  const top: Section[][] = [];
  for (const section of article.sections) {
    if (section.depth === 1 || top.length === 0) top.push([section]);
    else top[top.length - 1]?.push(section);
  }
  const opening = top[0]?.[0]?.heading ? [] : (top.shift() ?? []);
  const chapters = top.map((sections, index) => {
    const [first] = sections as [Section, ...Section[]];
    return { file: `${fileName(first.id, `chapter-${index + 1}`)}.xhtml`, id: `ch-${fileName(first.id, String(index + 1))}`, sections };
  });
  const fileOf = new Map<string, string>([
    [article.id, TITLE_PAGE_FILE],
    [FOOTER_PLACE, RIGHTS_FILE],
  ]);
  for (const section of opening) fileOf.set(section.id, TITLE_PAGE_FILE);
  for (const chapter of chapters) for (const section of chapter.sections) fileOf.set(section.id, chapter.file);
  return { opening, chapters, fileOf };
}

/**
 * The link to the element `id` in the part of the article at `place`: `file.xhtml#id`, or `#id`
 * from a document (`from`) that holds it itself. The nav and the NCX give no `from`.
 */
export function hrefFor(layout: BookLayout, id: string, place: string, from?: string): string {
  const file = layout.fileOf.get(place);
  if (!file) throw new Error(`no file holds "${place}": the layout was made from another tree`);
  return file === from ? `#${id}` : `${file}#${id}`;
}

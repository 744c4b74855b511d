/**
 * The chunk plan: the parts every output cuts the article into, decided here and only here,
 * once per article, so the EPUB's files, its nav and NCX, the HTML table of contents, the
 * audio chapters and the read-along book's media overlays cannot disagree.
 *
 * The chunks, in reading order:
 *  - the opening: the masthead (kicker, headline, standfirst, byline, lead figure); its id is
 *    the article id, its title the headline;
 *  - one chunk per top-level section, with the deeper sections under it; its id is the
 *    section's. The untitled text before the first heading is a chunk of its own too
 *    ("Introduction", or "Article text" when no heading follows): the contents and the
 *    chapters name where the text starts, so a listener can skip the masthead and a reader
 *    can jump past it. In the EPUB it stays on the title page, under the masthead, as a
 *    printed article's first paragraphs stand under its headline;
 *  - the closing: the credits and rights (the footer), when there are any; its id is
 *    `FOOTER_PLACE`.
 *
 * File names are part of the plan because links are: a footnote cited in one chapter file and
 * held in another, its back-links and the nav all need the file that holds an id. They are the
 * EPUB's file names (the only output split into files); the HTML page is one file and links
 * with `#id`.
 *
 * The contents (the EPUB nav and NCX, the HTML table of contents) list every section, nested by
 * depth; the depth never grows by more than one from one entry to the next (a tree made by hand
 * may jump from 1 to 3; readers never do), so every nested list has an entry to hang from.
 *
 * An untitled section with nothing in it (what readers give an article that is all headline) is
 * no chunk: the contents would name "Article text" and lead to nothing, and the narration has
 * nothing to read there. An article with no other sections lists its opening: a table of contents
 * is never empty, and it then names the one chapter the audio has.
 */
import { wordsFor } from '../lang/index.js';
import { FOOTER_PLACE, type NotePlan, planNotes } from './notes.js';
import { outline, titleText } from './outline.js';
import type { Article } from './types.js';

export const TITLE_PAGE_FILE = 'title-page.xhtml';
export const RIGHTS_FILE = 'rights.xhtml';

export interface Chunk {
  /** The article id (the opening), the first section's id, or `FOOTER_PLACE` (the closing). */
  id: string;
  /** The file that holds it (EPUB: inside OEBPS/). The title page holds the opening and the untitled text after it. */
  file: string;
  /** One line, in the article's language: the headline, the section's title, "Credits and rights". */
  title: string;
  /** Its level in the contents: 1 for a chunk of sections; 0 for the opening and the closing, which the contents do not list. */
  depth: 0 | 1;
  /** The sections it holds, in order (none for the opening and the closing). */
  sectionIds: string[];
  /** The footnotes it holds (a note is held where the tree puts its item), in document order. */
  noteIds: string[];
}

export interface ContentsEntry {
  /** A section id; the article id for an article with no sections. */
  id: string;
  title: string;
  /** 1 … 3, never more than one below the entry before it. */
  depth: 1 | 2 | 3;
  /** The chunk that holds it. */
  chunk: string;
  /** True when the section has no heading and `title` was generated for it. */
  untitled: boolean;
}

export interface ChunkPlan {
  chunks: Chunk[];
  /** The table of contents, in reading order. */
  contents: ContentsEntry[];
  /** The footnote plan (numbers, reference ids, places) the chunks' `noteIds` come from. */
  notes: NotePlan;
  /** The file that holds an id: a chunk, a section, a footnote or a footnote reference. */
  fileOf(id: string): string;
  /**
   * The link to `id`: `file#id` for an element (a section, a note, a reference), or `#id` from a
   * document (`from`) that holds it itself; the file alone for the opening and the closing,
   * which are no element's id. The nav and the NCX give no `from`.
   */
  hrefFor(id: string, from?: string): string;
}

/** File names from tree ids when they are plain ASCII, else numbered (EPUBCheck warns on non-ASCII names). */
export function fileName(id: string, fallback: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : fallback;
}

export function planChunks(article: Article): ChunkPlan {
  const words = wordsFor(article.lang);
  const notes = planNotes(article);
  const opening: Chunk = { id: article.id, file: TITLE_PAGE_FILE, title: titleText(article.headline), depth: 0, sectionIds: [], noteIds: [] };
  const chunks: Chunk[] = [opening];
  const contents: ContentsEntry[] = [];
  // A section whose id cannot be a file name gets a numbered one, `chapter-N`, which no section's own file may have.
  const sectionIds = new Set(article.sections.map((section) => section.id));
  let chapters = 0;
  const numbered = (): string => {
    const base = `chapter-${++chapters}`;
    let name = base;
    for (let n = 2; sectionIds.has(name); n++) name = `${base}-${n}`;
    return name;
  };
  const empty = new Set(article.sections.filter((section) => !section.heading && section.blocks.length === 0).map((section) => section.id));
  let current: Chunk | undefined;
  for (const entry of outline(article).filter((e) => !empty.has(e.id))) {
    const depth = Math.min(entry.depth, (contents[contents.length - 1]?.depth ?? 0) + 1) as 1 | 2 | 3;
    if (depth === 1 || !current) {
      // The untitled opening text stays on the title page; every other top-level section is a file.
      const file = !current && entry.untitled ? TITLE_PAGE_FILE : `${fileName(entry.id, numbered())}.xhtml`;
      current = { id: entry.id, file, title: entry.title, depth: 1, sectionIds: [], noteIds: [] };
      chunks.push(current);
    }
    current.sectionIds.push(entry.id);
    contents.push({ id: entry.id, title: entry.title, depth, chunk: current.id, untitled: entry.untitled });
  }
  if (contents.length === 0) contents.push({ id: opening.id, title: opening.title, depth: 1, chunk: opening.id, untitled: false });
  if (article.footer && (article.footer.notes.length > 0 || article.footer.rights)) {
    chunks.push({ id: FOOTER_PLACE, file: RIGHTS_FILE, title: words.labels.creditsAndRights, depth: 0, sectionIds: [], noteIds: [] });
  }

  // Where each id is: a place (a chunk or a section, as the footnote plan names them) holds notes and references.
  const chunkOfPlace = new Map<string, Chunk>();
  for (const chunk of chunks) {
    chunkOfPlace.set(chunk.id, chunk);
    for (const id of chunk.sectionIds) chunkOfPlace.set(id, chunk);
  }
  const placed = (place: string): Chunk => {
    const chunk = chunkOfPlace.get(place);
    if (!chunk) throw new Error(`no chunk holds "${place}": the footnote plan was made from another tree`);
    return chunk;
  };
  const elementFile = new Map<string, string>();
  for (const chunk of chunks) for (const id of chunk.sectionIds) elementFile.set(id, chunk.file);
  for (const note of notes.notes.values()) {
    const chunk = placed(note.place);
    chunk.noteIds.push(note.id);
    elementFile.set(note.id, chunk.file);
    for (const reference of note.references) elementFile.set(reference.id, placed(reference.place).file);
  }

  const fileOf = (id: string): string => {
    const file = elementFile.get(id) ?? chunkOfPlace.get(id)?.file;
    if (!file) throw new Error(`no chunk holds "${id}": the plan was made from another tree`);
    return file;
  };
  const hrefFor = (id: string, from?: string): string => {
    const file = elementFile.get(id);
    if (file) return file === from ? `#${id}` : `${file}#${id}`;
    return fileOf(id);
  };
  return { chunks, contents, notes, fileOf, hrefFor };
}

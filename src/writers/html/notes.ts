/**
 * Footnote references and the links back to them, numbered by the article's footnote plan
 * (tree/notes.ts), for the HTML page and the EPUB alike.
 */
import { fill, type LanguageRecord } from '../../lang/index.js';
import type { NotePlan, PlannedNote } from '../../tree/notes.js';
import type { FootnoteRef } from '../../tree/types.js';
import { escapeHtml } from './escape.js';

export interface NoteLinks {
  plan: NotePlan;
  /**
   * The link to a note or a reference: `#id` on the one HTML page; in the EPUB, the chunk
   * plan's (tree/chunks.ts) `file.xhtml#id` when another document holds it.
   */
  href: (id: string) => string;
}

/**
 * `[3]`, superscript, kept on one line by the style sheet. The link says "Note 3" (its label
 * replaces the bare digit, so it is not read twice); the brackets stay outside the link, where
 * screen readers at their usual punctuation level do not read them.
 */
export function renderNoteRef(node: FootnoteRef, { notes: links, words, xhtml }: { notes: NoteLinks; words: LanguageRecord; xhtml?: boolean }): string {
  const planned = links.plan.references.get(node);
  // A reference to no note (a tree made by hand: readers and assignIds never leave one) stays
  // its label in brackets, as text, as assignIds writes it: never a link to nowhere.
  if (!planned) return escapeHtml(`[${node.label}]`);
  const { id, note } = planned;
  const epubType = xhtml ? ' epub:type="noteref"' : '';
  return `<sup class="noteref">[<a href="${escapeHtml(links.href(note.id))}" id="${id}" role="doc-noteref"${epubType} aria-label="${escapeHtml(fill(words.labels.note, { n: note.number }))}">${note.number}</a>]</sup>`;
}

/**
 * The way back from a note: one link per reference, so a reader returns to the place they left
 * rather than to the first citation, which may be sections (in the EPUB, files) away. A note
 * cited once has one link, "↩", "Back to reference 3"; cited more often, its links are lettered
 * in reading order, as print does: "↩3a", "Back to reference 3a", then 3b … Every label names
 * the note, so it still makes sense in a screen reader's list of links, and holds the visible
 * text, so speech input can say what it sees ("3a"; a lone letter would not be in the label).
 * A note nobody cites has none.
 */
export function renderBackLinks(note: PlannedNote, links: NoteLinks, words: LanguageRecord): string {
  const lettered = note.references.length > 1;
  return note.references
    .map((reference, i) => {
      const mark = lettered ? `${note.number}${letters(i)}` : '';
      return `<a href="${escapeHtml(links.href(reference.id))}" class="footnote-back" aria-label="${escapeHtml(fill(words.labels.backToReference, { n: mark || note.number }))}">↩${mark}</a>`;
    })
    .join(' ');
}

/** 0 → a, 25 → z, 26 → aa …: the letters for the citations of one note. */
function letters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

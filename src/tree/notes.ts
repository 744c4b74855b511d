/**
 * The footnote plan: one number per note for the whole article and one id per reference,
 * computed once from the tree (after `assignIds`) so that the HTML page, the EPUB and the
 * narration all say the same number for the same note.
 *
 * Numbers follow the order in which notes are first cited, across sections, as a reader
 * meets them; notes nobody cites come after, in the order they stand. A note's label in
 * the source (`[^wcag]`) is never shown: it is a name for the author, not for the reader.
 *
 * Each citation of a note is its own element, so each gets its own id: `fn-x--ref`, then
 * `fn-x--ref-2`, `fn-x--ref-3` … in document order. Tree ids are slugs, which never hold
 * `--`, so these cannot collide with them.
 *
 * A note and each reference know their place: the part of the article that holds them,
 * named as the audio chapters are (the article id for the masthead, a section id, `rights`
 * for the footer), so a writer that splits the article into files can link across them.
 */
import { assertNever, type Article, type Block, type FootnoteItem, type FootnoteRef, type Inline } from './types.js';

/** The footer's place: the id the writers already give the credits and rights. */
export const FOOTER_PLACE = 'rights';

export interface NoteReference {
  /** The reference element's id: `fn-x--ref`, `fn-x--ref-2` … */
  id: string;
  /** The part of the article that holds the reference (see the module comment). */
  place: string;
}

export interface PlannedNote {
  /** The `FootnoteItem` id. */
  id: string;
  /** 1 … N across the whole article. */
  number: number;
  /** The part of the article that holds the note. */
  place: string;
  /** Its references, in document order; empty for a note nobody cites. */
  references: NoteReference[];
}

export interface NotePlan {
  /** By note id. */
  notes: Map<string, PlannedNote>;
  /**
   * Each reference node's own id and note. Keyed by the node: the same note cited twice is
   * two nodes, and writers render the tree they were given, so identity is what they share.
   */
  references: Map<FootnoteRef, { id: string; note: PlannedNote }>;
}

/** What a writer renders, in reading order: runs of inlines, and notes; each with the place that holds it. */
type Part = { place: string; inlines: Inline[] } | { place: string; item: FootnoteItem };

function* parts(article: Article): Generator<Part> {
  for (const inlines of [article.kicker, article.headline, article.standfirst, article.lead?.caption]) {
    if (inlines) yield { place: article.id, inlines };
  }
  for (const section of article.sections) {
    if (section.heading) yield { place: section.id, inlines: section.heading };
    yield* blockParts(section.blocks, section.id);
  }
  yield* blockParts(article.footer?.notes ?? [], FOOTER_PLACE);
}

function* blockParts(blocks: readonly Block[], place: string): Generator<Part> {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        yield { place, inlines: block.children };
        break;
      case 'quote':
        // A pull quote repeats the story's words and is written as plain text: what it holds is not linked.
        if (!block.pull) yield* blockParts(block.blocks, place);
        break;
      case 'list':
        for (const item of block.items) yield* blockParts(item, place);
        break;
      case 'table':
        for (const inlines of [block.caption ?? [], ...block.head, ...block.rows.flat()]) yield { place, inlines };
        break;
      case 'figure':
        if (block.caption) yield { place, inlines: block.caption };
        break;
      case 'footnotes':
        for (const item of block.items) {
          yield { place, item };
          yield* blockParts(item.blocks, place);
        }
        break;
      case 'code':
        break;
      default:
        assertNever(block);
    }
  }
}

function* referencesIn(inlines: readonly Inline[]): Generator<FootnoteRef> {
  for (const node of inlines) {
    if (node.type === 'footnoteRef') yield node;
    else if ('children' in node) yield* referencesIn(node.children);
  }
}

export function planNotes(article: Article): NotePlan {
  const notes = new Map<string, PlannedNote>();
  for (const part of parts(article)) {
    if ('item' in part && !notes.has(part.item.id)) notes.set(part.item.id, { id: part.item.id, number: 0, place: part.place, references: [] });
  }
  let count = 0;
  const references = new Map<FootnoteRef, { id: string; note: PlannedNote }>();
  for (const part of parts(article)) {
    if (!('inlines' in part)) continue;
    for (const node of referencesIn(part.inlines)) {
      const note = notes.get(node.id);
      if (!note) continue;
      if (note.number === 0) note.number = ++count;
      const id = `${note.id}--ref${note.references.length === 0 ? '' : `-${note.references.length + 1}`}`;
      note.references.push({ id, place: part.place });
      references.set(node, { id, note });
    }
  }
  // Notes nobody cites: after the cited ones, in the order they stand.
  for (const note of notes.values()) if (note.number === 0) note.number = ++count;
  return { notes, references };
}

/**
 * A footnote list's items with their planned notes, in the order of their numbers, so a list
 * never reads 4, 3. A note missing from the plan means the plan was made from another tree.
 */
export function numberedItems(items: readonly FootnoteItem[], plan: NotePlan): { item: FootnoteItem; note: PlannedNote }[] {
  return items
    .map((item) => {
      const note = plan.notes.get(item.id);
      if (!note) throw new Error(`footnote ${item.id} is not in the footnote plan: the plan was made from another tree`);
      return { item, note };
    })
    .sort((a, b) => a.note.number - b.note.number);
}

/**
 * The narration script: a pure function of the tree. It decides what a listener hears
 * and in which order, one chapter per chunk of the article's chunk plan (tree/chunks.ts), the
 * parts the EPUB and the tables of contents use too: the opening (kicker, headline, standfirst,
 * byline, date, lead caption), one chapter per top-level section, and a closing chapter for
 * credits and rights. A chunk with nothing to say (an untitled section holding only an
 * undescribed picture) is no chapter: a chapter of no length is none a player can show. Pauses come from the structure. Links are read as their text, footnote
 * markers are not read, and footnotes are read at the end of their section, each
 * announced with its number in the footnote plan (the one the page and the book show).
 */
import { fill, type LanguageRecord, plural, wordsFor } from '../../lang/index.js';
import { bylineText, spokenDate, spokenUpdated } from '../../tree/byline.js';
import { type ChunkPlan, planChunks } from '../../tree/chunks.js';
import { FOOTER_PLACE, type NotePlan, numberedItems } from '../../tree/notes.js';
import { spokenInlineText } from '../../tree/text.js';
import { assertNever, type Article, type Block, type Figure, type FootnoteItem, type Inline, type Section } from '../../tree/types.js';
import { type Lexicon, applyLexiconMapped } from './lexicon.js';
import { normalizeMapped } from './normalize.js';
import { type Sentence, narrationSentences } from './sentence-map.js';
import { appended, unchanged } from './text-map.js';

export type UtteranceKind =
  | 'kicker' | 'headline' | 'standfirst' | 'byline' | 'date' | 'caption' | 'heading' | 'paragraph'
  | 'announcement' | 'item' | 'cell' | 'code' | 'note' | 'rights';

export interface Utterance {
  kind: UtteranceKind;
  /** The words as written (for transcripts and synchronized highlighting). */
  text: string;
  /** The words as the engine receives them: lexicon applied, then normalized for speech. */
  spoken: string;
  /** Its sentences, each as written (a substring of `text`) and as spoken (a part of `spoken`). */
  sentences: Sentence[];
  /** Silence after this utterance, in milliseconds. */
  pauseMs: number;
  /** BCP 47 language of a passage the tree marks as another language than the article: read with a voice for it. */
  lang?: string;
  /**
   * Where the utterance's words are on the page: each source is an inline array of the tree (the
   * very array, compared by identity) whose `spokenInlineText` is `text.slice(at, at + length)`.
   * The read-along EPUB wraps each sentence where it lies in a source; text said but not shown
   * (`Image:`, `Row 1.`, a list's announcement) has none.
   */
  sources?: UtteranceSource[];
  /**
   * Words the page shows as one element of its own rather than as inlines of the tree: the sentence
   * of the utterance at offset `at` is that element (the byline's authors, a date, the rights line,
   * a figure's credit, a note's number, the notes' heading).
   */
  shows?: ShownElement[];
}

/** A part of the page by name, or by the tree node it belongs to (a figure for its credit, a footnote item for its number, a footnotes block for its heading). */
export type ShownPart = 'authors' | 'dateline' | 'updated' | 'rights' | Figure | FootnoteItem | Block;

export interface ShownElement {
  part: ShownPart;
  at: number;
}

export interface UtteranceSource {
  inlines: readonly Inline[];
  at: number;
}

export interface ScriptChapter {
  /** Its chunk's id (tree/chunks.ts): the article id for the opening, a section id, or `rights`. */
  id: string;
  title: string;
  utterances: Utterance[];
}

export interface NarrationScript {
  lang: string;
  chapters: ScriptChapter[];
}

/**
 * Pauses, in milliseconds: between the sentences of a paragraph (audiobooks: about 0.3–0.4 s),
 * longer between paragraphs, longer again between sections.
 */
export const PAUSES = { sentence: 350, label: 350, headline: 900, paragraph: 550, item: 350, heading: 800, chapter: 1600 } as const;

/** Text as the listener hears it: footnote markers are not read. */
const spokenInlines = spokenInlineText;

/** Ends a phrase with a full stop (the language's: `.`, `。`) so the engine drops its voice and pauses. */
function sentence(text: string, fullStop: string): string {
  const t = text.trim();
  return /[.!?…:。！？]["'”’)」』]*$/.test(t) ? t : `${t}${fullStop}`;
}

export interface ScriptOptions {
  lexicon?: Lexicon;
  /** The article's chunk plan, when the caller has made it already (the read-along outputs): the chapters are its chunks. */
  chunks?: ChunkPlan;
}

export function narrationScript(article: Article, options: ScriptOptions = {}): NarrationScript {
  const words = wordsFor(article.lang);
  const say: Say = (kind, text, pauseMs, lang, fullStop = '', sources = []) => {
    const written = text.replace(/\s+/g, ' ').trim();
    const normalized = normalizeMapped(applyLexiconMapped(unchanged(written), options.lexicon ?? []), lang ?? article.lang);
    const mapped = fullStop ? appended(normalized, sentence(normalized.text, fullStop).slice(normalized.text.length)) : normalized;
    const sentences = narrationSentences(written, mapped);
    const utterance: Utterance = lang ? { kind, text: written, spoken: mapped.text, sentences, pauseMs, lang } : { kind, text: written, spoken: mapped.text, sentences, pauseMs };
    // A source is kept only where the page's text is where it is said to be.
    const found = sources.filter((s) => {
      const shown = spokenInlineText(s.inlines);
      return shown.length > 0 && written.slice(s.at, s.at + shown.length) === shown;
    });
    if (found.length) utterance.sources = found;
    return utterance;
  };
  const shown = (part: ShownPart, u: Utterance): Utterance => withShown(u, [{ part, at: 0 }]);
  const { chunks, notes } = options.chunks ?? planChunks(article);
  const end = (text: string) => sentence(text, words.narration.fullStop);
  // A line of the page (a headline, a heading): the full stop that makes the engine drop its voice is said, not written.
  const sayLine = (kind: UtteranceKind, inlines: readonly Inline[], pauseMs: number) =>
    say(kind, spokenInlines(inlines), pauseMs, undefined, words.narration.fullStop, [{ inlines, at: 0 }]);

  // The opening.
  const masthead = (): Utterance[] => {
    const opening: Utterance[] = [];
    if (article.kicker) opening.push(sayLine('kicker', article.kicker, PAUSES.label));
    opening.push(sayLine('headline', article.headline, PAUSES.headline));
    if (article.standfirst) opening.push(sayLine('standfirst', article.standfirst, PAUSES.paragraph));
    if (article.byline?.authors.length) opening.push(shown('authors', say('byline', end(bylineText(article.byline.authors, article.lang)), PAUSES.label)));
    if (article.byline?.dateline) opening.push(shown('dateline', say('date', end(spokenDate(article.byline.dateline, article.lang)), PAUSES.paragraph)));
    if (article.byline?.updated) opening.push(shown('updated', say('date', end(spokenUpdated(article.byline.updated, article.lang, article.byline.dateline)), PAUSES.paragraph)));
    if (article.lead) opening.push(...figureUtterances(article.lead, words, say));
    return opening;
  };

  // A chunk of sections: a top-level section, and the deeper sections read inside it.
  const sectionById = new Map(article.sections.map((section) => [section.id, section]));
  const sections = (ids: readonly string[]): Utterance[] => {
    const utterances: Utterance[] = [];
    for (const section of ids.map((id) => sectionById.get(id)).filter((s): s is Section => s !== undefined)) {
      if (section.heading) utterances.push(sayLine('heading', section.heading, PAUSES.heading));
      // (A loop, not a spread: a block can give more utterances than a call takes arguments.)
      for (const block of section.blocks) for (const utterance of blockUtterances(block, words, say, notes)) utterances.push(utterance);
    }
    return utterances;
  };

  // The closing: credits and rights.
  const footer = (): Utterance[] => {
    const closing: Utterance[] = [];
    for (const note of article.footer?.notes ?? []) closing.push(...blockUtterances(note, words, say, notes));
    if (article.footer?.rights) closing.push(shown('rights', say('rights', article.footer.rights, PAUSES.paragraph, undefined, words.narration.fullStop)));
    return closing;
  };

  const chapters: ScriptChapter[] = chunks.map((chunk) => ({
    id: chunk.id,
    title: chunk.title,
    utterances: chunk.id === article.id ? masthead() : chunk.id === FOOTER_PLACE ? footer() : sections(chunk.sectionIds),
  }));
  for (const chapter of chapters) {
    const last = chapter.utterances[chapter.utterances.length - 1];
    if (last) last.pauseMs = PAUSES.chapter;
  }
  return { lang: article.lang, chapters: chapters.filter((c) => c.utterances.length > 0) };
}

type Say = (kind: UtteranceKind, text: string, pauseMs: number, lang?: string, fullStop?: string, sources?: UtteranceSource[]) => Utterance;

function figureUtterances(figure: Figure, words: LanguageRecord, say: Say): Utterance[] {
  const end = (text: string) => sentence(text, words.narration.fullStop);
  const caption = spokenInlines(figure.caption);
  // With no alt text the label alone (`Image:`) introduces the caption.
  const described = figure.alt ? end(fill(words.labels.image, { alt: figure.alt })) : caption ? fill(words.labels.image, { alt: '' }).trim() : '';
  const parts = [described, caption ? end(caption) : '', figure.credit ? end(`${figure.creditLabel ?? words.narration.credit}: ${figure.credit}`) : ''];
  const text = parts.filter(Boolean).join(' ');
  const sources = figure.caption && caption ? [{ inlines: figure.caption, at: described ? described.length + 1 : 0 }] : [];
  if (!text) return [];
  const utterance = say('caption', text, PAUSES.paragraph, undefined, '', sources);
  const credit = parts[2] ?? '';
  return [credit ? withShown(utterance, [{ part: figure, at: utterance.text.length - credit.replace(/\s+/g, ' ').trim().length }]) : utterance];
}

/**
 * `lang`: the language of the passage around this block when the tree marks it as another
 * language than the article (inside a marked quotation). Announcements stay in the article's language.
 */
function blockUtterances(block: Block, words: LanguageRecord, say: Say, notes: NotePlan, lang?: string): Utterance[] {
  const end = (text: string) => sentence(text, words.narration.fullStop);
  const announce = (text: string, pauseMs: number) => say('announcement', end(text), pauseMs);
  const said = words.narration;
  switch (block.type) {
    case 'paragraph': {
      const text = spokenInlines(block.children);
      return text ? [say('paragraph', text, PAUSES.paragraph, block.lang ?? lang, '', [{ inlines: block.children, at: 0 }])] : [];
    }
    case 'quote': {
      // A pull quote repeats words the listener has just heard.
      if (block.pull) return [];
      const inner = block.lang ?? lang;
      return [announce(said.quote, PAUSES.item), ...block.blocks.flatMap((b) => blockUtterances(b, words, say, notes, inner)), announce(said.endQuote, PAUSES.paragraph)];
    }
    case 'list': {
      const items = block.items.flatMap((item, i) =>
        item.flatMap((b, j) => blockUtterances(b, words, say, notes, lang).map((u, k) => (block.ordered && j === 0 && k === 0 ? numbered(u, (block.start ?? 1) + i) : u))).map((u) => ({ ...u, kind: 'item' as const, pauseMs: PAUSES.item })),
      );
      return [announce(plural(words, said.list, block.items.length), PAUSES.item), ...items, announce(said.endList, PAUSES.paragraph)];
    }
    case 'table': {
      const columns = block.head.map((c) => spokenInlines(c));
      const rows = block.rows.map((row, i) => {
        // `Row 1. Name: value. …`: each cell's words are where the page shows them, after its column's name.
        let text = end(fill(said.row, { n: i + 1 }));
        const sources: UtteranceSource[] = [];
        row.forEach((cell, c) => {
          const prefix = `${columns[c] ?? ''}: `;
          text += ' ';
          sources.push({ inlines: cell, at: text.length + prefix.length });
          text += end(`${prefix}${spokenInlines(cell)}`);
        });
        return say('cell', text, PAUSES.item, undefined, '', sources);
      });
      const caption = block.caption ? [say('announcement', end(spokenInlines(block.caption)), PAUSES.item, undefined, '', [{ inlines: block.caption, at: 0 }])] : [];
      const rowCount = block.rows.length;
      return [...caption, announce(plural(words, said.table, rowCount, { rows: rowCount, columns: columns.join(words.join.separator) }), PAUSES.item), ...rows];
    }
    case 'figure':
      return figureUtterances(block, words, say);
    case 'code':
      return [announce(said.code, PAUSES.item), say('code', block.value, PAUSES.paragraph)];
    case 'footnotes':
      return [
        withShown(announce(words.labels.notes, PAUSES.item), [{ part: block, at: 0 }]),
        // In the order of their numbers, announced with the same numbers the page and the book show.
        ...numberedItems(block.items, notes).flatMap(({ item, note }) => {
          const body = item.blocks.flatMap((b) => blockUtterances(b, words, say, notes, lang));
          const first = body[0];
          const label = end(fill(words.labels.note, { n: note.number }));
          // The announcement is in the article's language: before a note read in another language it is said on its own.
          if (first?.lang) body.unshift(withShown(say('note', label, PAUSES.item), [{ part: item, at: 0 }]));
          else if (first) body[0] = withShown(say('note', `${label} ${first.text}`, first.pauseMs, undefined, '', shifted(first.sources, label.length + 1)), [{ part: item, at: 0 }]);
          return body;
        }),
      ];
    default:
      return assertNever(block);
  }
}

/** An ordered list's item with its number before it, said as a sentence of its own (`2.`), as the engine always paused after it. */
function numbered(u: Utterance, n: number): Utterance {
  const number = `${n}.`;
  const shift = number.length + 1;
  const sentences = [{ text: number, offset: 0, spoken: number, map: unchanged(number) }, ...u.sentences.map((s) => ({ ...s, offset: s.offset + shift }))];
  const sources = shifted(u.sources, shift);
  return { ...u, text: `${number} ${u.text}`, spoken: `${number} ${u.spoken}`, sentences, ...(sources.length ? { sources } : {}) };
}

/** The utterance, with elements of the page that show some of its sentences. */
function withShown(u: Utterance, shows: ShownElement[]): Utterance {
  u.shows = [...(u.shows ?? []), ...shows];
  return u;
}

/** Sources of an utterance that gets words before it. */
function shifted(sources: UtteranceSource[] | undefined, by: number): UtteranceSource[] {
  return (sources ?? []).map((s) => ({ inlines: s.inlines, at: s.at + by }));
}

/** The script as a listener hears it, for golden files and `--script` review. */
export function formatScript(script: NarrationScript): string {
  const lines: string[] = [`# Narration (${script.lang})`, ''];
  script.chapters.forEach((chapter, i) => {
    lines.push(`## ${i + 1}. ${chapter.title}  [#${chapter.id}]`, '');
    for (const u of chapter.utterances) {
      lines.push(`[${u.kind}${u.lang ? ` lang=${u.lang}` : ''}] ${u.spoken}`);
      lines.push(`    … ${u.pauseMs} ms`);
    }
    lines.push('');
  });
  return lines.join('\n');
}

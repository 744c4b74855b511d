/**
 * The narrated sentences of an article, with their ids, mapped onto the page: one segmentation
 * for every read-along output (the EPUB's media overlays and the HTML page's highlighting).
 *
 * The narration script's sentences (the ones the audio writer speaks and writes to timings.json)
 * are numbered in reading order (`s_1`, `s_2` …) and wrapped where the script says they are on the
 * page (each utterance's `sources`); a sentence shown as an element of its own (the byline's
 * authors, a date, a credit) gives that element its id. A sentence the page does not show
 * (`Image:`, `Row 1.`, `List of 3 items.`) gets no span.
 */
import type { ChunkPlan } from '../../tree/chunks.js';
import { spokenInlineText } from '../../tree/text.js';
import type { Article, Inline } from '../../tree/types.js';
import { parseLexicon } from '../audio/lexicon.js';
import { type NarrationScript, type ShownPart, narrationScript } from '../audio/script.js';
import type { WriterOptions } from '../types.js';
import type { SentenceSpans } from './inline.js';
import type { SentenceRange } from './sentence-spans.js';

/** A narrated sentence: its id on the page, its chapter (index in the script) and its text as written. */
export interface NarratedSentence {
  id: string;
  chapter: number;
  text: string;
}

export interface NarratedSentences {
  script: NarrationScript;
  /** Every narrated sentence in reading order (the order of timings.json). */
  narrated: NarratedSentence[];
  /** The spans for one document (`file`): each id is given out once, in the first document that shows it. */
  spans(file: string): SentenceSpans;
  /** Where each id was wrapped: the document that holds its span or element. */
  wrappedIn: Map<string, string>;
}

/** The id of the flat index `k` of a narrated sentence. Tree ids are slugs (no `_`), so these never clash. */
export function sentenceId(k: number): string {
  return `s_${k + 1}`;
}

/** `chunks`: the article's chunk plan, the one the page or the book is made from. */
export function narratedSentences(article: Article, options: WriterOptions, chunks: ChunkPlan): NarratedSentences {
  const lexiconText = typeof options.lexicon === 'string' ? options.lexicon : undefined;
  const lexicon = lexiconText ? parseLexicon(lexiconText, typeof options.lexiconName === 'string' ? options.lexiconName : undefined) : [];
  const script = narrationScript(article, { lexicon, chunks });

  // Every sentence in reading order, with its id; each source's sentences, by the tree's inline array.
  const narrated: NarratedSentence[] = [];
  const bySource = new Map<readonly Inline[], SentenceRange[]>();
  const byPart = new Map<ShownPart, string>();
  for (const [chapter, c] of script.chapters.entries()) {
    for (const utterance of c.utterances) {
      const first = narrated.length;
      const inSources = new Set<string>();
      for (const sentence of utterance.sentences) {
        const id = sentenceId(narrated.length);
        narrated.push({ id, chapter, text: sentence.text });
        // The sentence is wrapped in the first source it overlaps, over the part it overlaps (a cell after its column's name).
        for (const source of utterance.sources ?? []) {
          const shown = spokenInlineText(source.inlines);
          let start = Math.max(sentence.offset, source.at) - source.at;
          let end = Math.min(sentence.offset + sentence.text.length, source.at + shown.length) - source.at;
          while (start < end && /\s/u.test(shown[start] as string)) start++;
          while (end > start && /\s/u.test(shown[end - 1] as string)) end--;
          if (start >= end) continue;
          const list = bySource.get(source.inlines) ?? [];
          list.push({ id, start, end });
          bySource.set(source.inlines, list);
          inSources.add(id);
          break;
        }
      }
      // Shown as one element: the element takes the id of the sentence at its offset (one not wrapped in a source).
      for (const shown of utterance.shows ?? []) {
        const i = utterance.sentences.findIndex((s) => s.offset + s.text.length > shown.at);
        const id = sentenceId(first + Math.max(0, i));
        if (i >= 0 && !inSources.has(id)) byPart.set(shown.part, id);
      }
    }
  }
  // Where each id was wrapped: an inline array is rendered in one document, once.
  const wrappedIn = new Map<string, string>();
  const spans = (file: string): SentenceSpans => ({
    take: (inlines) => {
      const ranges = bySource.get(inlines);
      bySource.delete(inlines);
      // An id is used once in the book.
      return ranges?.filter((r) => !wrappedIn.has(r.id));
    },
    wrapped: (ids) => {
      for (const id of ids) wrappedIn.set(id, file);
    },
    element: (part) => {
      const id = byPart.get(part as ShownPart);
      byPart.delete(part as ShownPart);
      if (!id || wrappedIn.has(id)) return undefined;
      wrappedIn.set(id, file);
      return id;
    },
  });
  return { script, narrated, spans, wrappedIn };
}

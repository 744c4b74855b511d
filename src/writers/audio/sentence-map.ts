/**
 * An utterance's sentences, found once for everything that needs them: the engine is given
 * each sentence's spoken text, and timings (and, later, the EPUB's media overlays) name the
 * same sentence by its written text, a substring of the utterance's `text` at `offset`.
 *
 * The split is made on the spoken text, where the normalizer has already said abbreviations
 * in full (`Sra. Ruiz` → `señora Ruiz`, `am 3. November` → `am dritten November`), so their
 * full stops end no sentence; each spoken sentence is then mapped back to the written text.
 * A boundary never falls inside a rewrite: `3-4` said as `3 to 4` is in one sentence whole.
 */
import type { WordTiming } from './engines/types.js';
import { splitSentences } from './sentences.js';
import { type MappedText, rewriteAround, sliceMap, sourceSpan } from './text-map.js';

export interface Sentence {
  /** The sentence as written: `utterance.text.slice(offset, offset + text.length)`. */
  text: string;
  offset: number;
  /** What the engine is given. */
  spoken: string;
  /** `spoken` (the map's text) mapped back to `text`, offsets in each. */
  map: MappedText;
}

const SPACE = /\s/u;

/** `written` is the utterance's text, `spoken` its rewrite with the map back to it. */
export function narrationSentences(written: string, spoken: MappedText): Sentence[] {
  const ranges: [number, number][] = [];
  for (const span of splitSentences(spoken.text)) {
    const start = rewriteAround(spoken, span.offset)?.at ?? span.offset;
    const end = span.offset + span.text.length;
    const around = rewriteAround(spoken, end);
    const last = ranges[ranges.length - 1];
    const to = around ? around.at + around.length : end;
    // A boundary moved to the edge of a rewrite may run into the sentence before: one sentence then.
    if (last && start < last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([start, to]);
  }
  const sentences: Sentence[] = [];
  for (let [start, end] of ranges) {
    while (start < end && SPACE.test(spoken.text[start] as string)) start++;
    while (end > start && SPACE.test(spoken.text[end - 1] as string)) end--;
    if (start === end) continue;
    let { start: from, end: to } = sourceSpan(spoken, start, end);
    while (from < to && SPACE.test(written[from] as string)) from++;
    while (to > from && SPACE.test(written[to - 1] as string)) to--;
    sentences.push({ text: written.slice(from, to), offset: from, spoken: spoken.text.slice(start, end), map: sliceMap(spoken, start, end, from, to) });
  }
  return sentences;
}

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}][^\p{L}\p{N}]*$/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Inside a written word: `U.S.`, `3,000km`, `10.30am`, `l'OTAN`, `2019-2021`. */
const JOINER = /[.,:'’-]/u;

/** From `start`–`end`, out to the whole written word around it. */
function wholeWord(text: string, start: number, end: number): [number, number] {
  const inWord = (i: number, side: -1 | 1) => {
    const c = text[i] ?? '';
    return LETTER.test(c) || (JOINER.test(c) && LETTER.test(text[i + side] ?? ''));
  };
  while (start > 0 && inWord(start - 1, -1)) start--;
  while (end < text.length && inWord(end, 1)) end++;
  return [start, end];
}

/**
 * An engine's word timings for a sentence's spoken text, as offsets in its written text: each
 * spoken word stands for the whole written word under it. Spoken words from one written word
 * (`nineteen nineties` ← `1990s`, `F.B.I` ← `FBI`) become one; a spoken word with no letter or
 * digit under it (`percent` ← `%`) is left out, so the highlight stays on the word before.
 */
export function writtenWords(sentence: Sentence, words: readonly WordTiming[]): WordTiming[] {
  const out: WordTiming[] = [];
  for (const word of words) {
    const span = sourceSpan(sentence.map, word.offset, word.offset + word.length);
    const slice = sentence.text.slice(span.start, span.end);
    const first = slice.search(WORD_START);
    const last = slice.search(WORD_END);
    if (first < 0 || last < 0) continue;
    const [start, end] = wholeWord(sentence.text, span.start + first, span.start + last + 1);
    const previous = out[out.length - 1];
    if (previous && start < previous.offset + previous.length) {
      previous.length = Math.max(previous.offset + previous.length, end) - previous.offset;
      continue;
    }
    out.push({ offset: start, length: end - start, sample: word.sample });
  }
  return out;
}

/**
 * Pull quotes: a quotation standing alone that repeats words from the story, set large
 * by the site to draw the eye. `“The houses never cool down at night”` between
 * paragraphs, when a paragraph says "…the houses never cool down at night.", is one.
 * Marked as such, writers can present it as a pull quote (and narration can skip the
 * repetition) instead of reading it as a new paragraph.
 */
import { wordCount } from '../units.js';

const QUOTED = /^["“‘'«]\s*(.+?)\s*[.,!?]?\s*["”’'»]$/u;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The quoted words, when `text` is a short standalone quotation. */
export function quotedText(text: string): string | undefined {
  const m = QUOTED.exec(text.trim());
  if (!m?.[1] || wordCount(m[1]) < 3 || wordCount(m[1]) > 40) return undefined;
  return m[1];
}

/** True when the quotation's words appear, in order, in another passage of the story. */
export function repeatsStory(quoted: string, passages: string[]): boolean {
  const needle = normalize(quoted);
  return needle.length > 0 && passages.some((p) => normalize(p).includes(needle));
}

/** The same words, whatever the punctuation and case (a caption repeated by a carousel). */
export function sameWords(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

/**
 * Furniture the rules did not know, found by the learned model (`../shared/furniture-model.ts`):
 * at the story's edges a line that scores well above even (the comment rules and pitches that
 * close a story, the app pitch that opens it), and anywhere in the story a short line that scores
 * far above it. The thresholds were chosen leaving each blind set out of training in turn (on the
 * thirty-sixth to forty-fourth sets, 22 of the 62 furniture lines the rules had left in the story
 * caught, 1 of 2,209 story paragraphs taken); `npm run bench -- furniture-cv` measures the rule so.
 * (Tried on the html reader's paragraphs too, after its footer and bylines: one check gained on 241
 * saved pages, and writers' names and footer notes the html reader had left in the story taken for
 * chrome; not used there. A label's linked headlines under it were tried too: no check gained.)
 */
import { furnitureScore, furnitureWordScore } from '../shared/furniture-model.js';
import type { Line } from './features.js';
import type { FurnitureRule } from './rules/furniture.js';
import { textSize } from './units.js';

export const LEARNED: FurnitureRule = {
  name: 'furniture:learned',
  reason: 'reads like the site furniture of other pages (learned furniture model)',
  pattern: { test: () => false },
};

/** The log-odds a line at the story's first or last place needs. */
const AT_THE_EDGE = 6;
/** The log-odds a line inside the story needs. */
const INSIDE = 10;
/** Longer lines inside the story are not scored: furniture is short there, and the story's long paragraphs are most of a page's words. */
const INSIDE_MAX_WORDS = 40;

/**
 * Which of a story's parts, in order, read as furniture. Each part is its text (to be judged),
 * `undefined` (already furniture: passed over) or `null` (something else the reader has read, a
 * byline, a figure, a table: kept, and it ends the run from an edge).
 */
export function learnedFurniture(parts: readonly (string | null | undefined)[]): Set<number> {
  const found = new Set<number>();
  const judge = (i: number, threshold: number) => {
    const text = parts[i];
    if (typeof text !== 'string' || furnitureScore(text) <= threshold) return false;
    found.add(i);
    return true;
  };
  // From each edge inwards, over the furniture already known, while parts score as furniture.
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== undefined && !judge(i, AT_THE_EDGE)) break;
  for (let i = 0; i < parts.length; i++) if (parts[i] !== undefined && !judge(i, AT_THE_EDGE)) break;
  for (let i = 0; i < parts.length; i++) {
    const text = parts[i];
    // (Inside the story, the words must lean to furniture too: by its shape alone, two words in capitals no page
    // has shown scored just over the threshold once the model was retrained on the fiftieth set, and Turkish
    // subheadings in capitals, `ESNAF ENDİŞELİ`, went with them.)
    if (typeof text === 'string' && !found.has(i) && textSize(text) <= INSIDE_MAX_WORDS && furnitureWordScore(text) > 0) judge(i, INSIDE);
  }
  return found;
}

/** Plain text of the story that no other rule has read as something (a byline, a date, a credit, a footer note, a table row). */
function judged(line: Line): boolean {
  return !line.rule && !line.byline && !line.dates && !line.creditLine && !line.footer && !line.tableRow && !HEADING_MARK.test(line.text);
}

/** A line the page marks as a heading (`■冬の夜にライトアップも`, `## …`): its own marking says it is the story's. */
const HEADING_MARK = /^(?:[■◆◇●▶▷□]|#{1,4}\s)/u;

/** The text reader's use: marks the lines of the story from `start` to `end` the model finds. */
export function markLearnedFurniture(lines: Line[], start: number, end: number, listOf: (FurnitureRule | undefined)[], furnitureOf: (i: number) => FurnitureRule | undefined): void {
  const parts = lines.slice(start, end).map((line) => (furnitureOf(line.index) || line.rule ? undefined : judged(line) ? line.text : null));
  for (const i of learnedFurniture(parts)) listOf[start + i] = LEARNED;
}

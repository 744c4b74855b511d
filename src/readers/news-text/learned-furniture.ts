/**
 * Furniture the rules did not know, found by the learned model (`../shared/furniture-model.ts`):
 * at the story's edges a line that scores well above even (the comment rules and pitches that
 * close a story, the app pitch that opens it), and anywhere in the story a short line that scores
 * far above it. The thresholds were chosen leaving each blind set out of training in turn: on
 * 216 pages they caught 22 of the 62 furniture lines the rules had left in the story, and took 1
 * of 2,209 story paragraphs for furniture.
 */
import { furnitureScore } from '../shared/furniture-model.js';
import type { Line } from './features.js';
import type { FurnitureRule } from './rules/furniture.js';

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

/** Plain text of the story that no other rule has read as something (a byline, a date, a credit, a footer note, a table row). */
function judged(line: Line): boolean {
  return !line.rule && !line.byline && !line.dates && !line.creditLine && !line.footer && !line.tableRow;
}

export function markLearnedFurniture(lines: Line[], start: number, end: number, listOf: (FurnitureRule | undefined)[], furnitureOf: (i: number) => FurnitureRule | undefined): void {
  const mark = (i: number, threshold: number) => {
    const line = lines[i] as Line;
    if (!judged(line) || furnitureScore(line.text) <= threshold) return false;
    listOf[i] = LEARNED;
    return true;
  };
  // From each edge inwards, over the furniture already known, while lines score as furniture.
  for (let i = end - 1; i >= start; i--) if (!furnitureOf(i) && !(lines[i] as Line).rule && !mark(i, AT_THE_EDGE)) break;
  for (let i = start; i < end; i++) if (!furnitureOf(i) && !(lines[i] as Line).rule && !mark(i, AT_THE_EDGE)) break;
  for (let i = start; i < end; i++) if (!furnitureOf(i) && (lines[i] as Line).size <= INSIDE_MAX_WORDS) mark(i, INSIDE);
}

/**
 * The kicker: a section label of at most five words right above the headline (`Cities`,
 * `World news`, `ANALYSIS`). Copies put many short labels above a headline, so a candidate
 * is refused when it is really the end of something else:
 * - a breadcrumb (`Accueil` / `Actualité` / `Société`): where the page sits;
 * - a menu of three or more short lines copied without blank lines, set apart from the
 *   headline by a blank line or by buttons;
 * - the site's name at the very top of the copy, with its buttons after it.
 */
import type { Line } from '../features.js';
import type { FurnitureRule } from './furniture.js';
import { HOME_PAGE } from './home-page.js';
import { UPPER_TITLE } from './headline.js';

type FurnitureOf = (i: number) => FurnitureRule | undefined;

/** A short label: no sentence, no date, byline, credit or furniture. */
export function isKickerLike(line: Line): boolean {
  // (An upper title over the headline, `… شورای شهر خبر داد`, is longer than a label and still the kicker.)
  if (UPPER_TITLE.test(line.text) && line.size <= 14 && !line.sentence && !line.furniture) return true;
  return (
    line.size >= 1 &&
    line.size <= 5 &&
    line.text.length <= 40 &&
    // (`¡INSÓLITO!`: a word or two in capitals with an exclamation mark is a tabloid's label, not a sentence.)
    (!line.sentence || /^¡?\p{Lu}[\p{Lu}\s]{2,20}!$/u.test(line.text)) &&
    // (`+0.21%`: a ticker's change is no label; a label has letters.)
    !/^[-+−]?\d/u.test(line.text) &&
    /\p{L}/u.test(line.text) &&
    !line.furniture &&
    !line.dates &&
    !(line.byline && !line.bareNames) &&
    !line.creditLine &&
    !line.rule
  );
}

/**
 * Line `i`, reached from the headline at `headlineAt` over `skipped` furniture lines, is the
 * kicker when it looks like one and ends no breadcrumb, masthead or menu.
 */
export function isKicker(lines: Line[], i: number, headlineAt: number, skipped: number, furnitureOf: FurnitureOf): boolean {
  const candidate = lines[i] as Line;
  if (!isKickerLike(candidate)) return false;
  // (`فارسی` over an English headline: a label in another script than the headline's is the last
  // entry of a language menu, not the section of the story.)
  if (otherScript(candidate.text, (lines[headlineAt] as Line).text)) return false;
  // Across a blank line, a label with buttons after it is the masthead (the first line of a
  // copy is most often the site's name), or the end of a menu.
  const masthead =
    skipped > 0 &&
    ((lines.slice(i + 1, headlineAt + 1).some((l) => l.unit.afterGap) && lines.slice(0, i).every((l, j) => furnitureOf(j) || l.rule)) ||
      menuRun(lines, i) >= 3);
  return !masthead && !endsBreadcrumb(lines, i, furnitureOf) && !endsDetachedMenu(lines, i, headlineAt);
}

/** The script most of a text's letters are written in (`Latin`, `Arabic`, `Han`…), or `undefined` for no letters. */
function mainScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const letter of text.match(/\p{L}/gu) ?? []) {
    const script = SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u], ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u], ['Devanagari', /\p{Script=Devanagari}/u], ['Thai', /\p{Script=Thai}/u], ['Hangul', /\p{Script=Hangul}/u],
  // (Chinese and Japanese share Han: a Japanese label over a Japanese headline is one script.)
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** Two texts whose letters are mostly in different scripts. */
function otherScript(a: string, b: string): boolean {
  const first = mainScript(a);
  const second = mainScript(b);
  return !!first && !!second && first !== second && first !== 'other' && second !== 'other';
}

/**
 * A label that closes a menu (three or more short lines with no blank line between them) and is
 * set apart from the headline by a blank line belongs to the menu; a kicker is set with the
 * headline, either on its own or right above it.
 */
function endsDetachedMenu(lines: Line[], i: number, headlineAt: number): boolean {
  let gapToHeadline = false;
  for (let j = i + 1; j <= headlineAt; j++) if ((lines[j] as Line).unit.afterGap) gapToHeadline = true;
  return gapToHeadline && menuRun(lines, i) >= 3;
}

/** How many short lines, copied without blank lines between them, end at line `i`. */
function menuRun(lines: Line[], i: number): number {
  let run = 1;
  for (let j = i; j > 0 && !(lines[j] as Line).unit.afterGap; j--) {
    const above = lines[j - 1] as Line;
    if (above.size > 5 || above.sentence) break;
    run++;
  }
  return run;
}

/** The last item of a breadcrumb (`Accueil` / `Actualité` / `Société`) is where the page sits, not a kicker. */
function endsBreadcrumb(lines: Line[], i: number, furnitureOf: FurnitureOf): boolean {
  for (let j = i, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const line = lines[j] as Line;
    if (HOME_PAGE.test(line.text)) return true;
    if (!furnitureOf(j) && (line.size > 5 || line.sentence)) return false;
    if (j < i && (lines[j + 1] as Line).unit.afterGap) return false;
  }
  return false;
}

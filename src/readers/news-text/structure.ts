/**
 * Furniture found by where lines stand, not by the words of one line: a run of short links
 * (tags, topics, menus), a box of furniture inside the story (a newsletter's name and pitch
 * between its buttons, a video teaser between its play button and its duration), and the
 * last title of a link list before the site's closing blurb.
 */
import type { Line } from './features.js';
import type { FurnitureRule } from './rules/furniture.js';

/** These rules are never matched against a line's text. */
const FOUND_BY_POSITION = { test: () => false };

export const LINK_LIST: FurnitureRule = {
  name: 'furniture:link-list',
  reason: 'a list of short links: tags, topics, menus (site furniture)',
  pattern: FOUND_BY_POSITION,
};
export const BOX: FurnitureRule = {
  name: 'furniture:box',
  reason: 'part of a box of site furniture (newsletter, video, promotion)',
  pattern: FOUND_BY_POSITION,
};

export const REPEATED: FurnitureRule = {
  name: 'furniture:repeated',
  reason: 'a line the page repeats three times or more (site template)',
  pattern: FOUND_BY_POSITION,
};

/** `Article content` between every paragraph, `More like this` under every teaser: a short line the page repeats is its template's. */
export function markRepeatedLines(lines: Line[], start: number, end: number, listOf: (FurnitureRule | undefined)[]): void {
  const eligible = (l: Line) =>
    l.size >= 1 && l.size <= 8 && !l.sentence && !l.listItem && !l.tableRow && !l.creditLine && !l.caption && !l.byline?.authors.length && !l.dates && /\p{L}{2}/u.test(l.text);
  // Only inside the story: above it, a kicker may repeat a menu item and a tag below.
  for (const line of lines.slice(start, end)) if (eligible(line) && line.repeats >= 3 && !line.furniture) listOf[line.index] ??= REPEATED;
}

/** A short line of a link list or menu: a few words, no sentence, no date, caption or byline, no bullet or number an author wrote. */
function isLinkLike(line: Line): boolean {
  return line.size <= 5 && !line.listItem && !line.tableRow && !line.sentence && !line.dates && !line.caption && !line.creditLine && !(line.byline && !line.bareNames) && !line.footer && !line.rule;
}

/** Three or more short link-like lines in a row (tags, topics, menus) are furniture wherever they stand. */
export function markLinkLists(lines: Line[], from: number, listOf: (FurnitureRule | undefined)[]): void {
  let runStart = from;
  const close = (end: number) => {
    // `The branches that reopen on Sundays:` then short lines, then the story goes on: the
    // author's list, introduced by a sentence (a link list's label is a word or two).
    const lead = lines[runStart - 1];
    const after = lines[end];
    const buttons = lines.slice(runStart, end).some((l) => l.furniture);
    // (Items of a word or three in small letters are tags, whatever introduces them: `bologna`, `città 30`.)
    const tags = lines.slice(runStart, end).filter((l) => /^\p{Ll}/u.test(l.text) && l.size <= 3).length >= 3;
    if (lead && /:$/.test(lead.text) && lead.size >= 5 && !lead.furniture && !buttons && !tags && after?.prose === 2 && !after.footer) return;
    // Three short links at least, not counting the buttons among them.
    let links = 0;
    for (let j = runStart; j < end; j++) if (!(lines[j] as Line).furniture && !listOf[j]) links++;
    if (links < 3) return;
    for (let j = runStart; j < end; j++) if (!(lines[j] as Line).furniture) listOf[j] ??= LINK_LIST;
    // `Read everything on the topic and follow:` introduces the list.
    if (lead && /:$/.test(lead.text) && lead.size <= 12) listOf[runStart - 1] ??= LINK_LIST;
  };
  for (let i = from; i <= lines.length; i++) {
    const line = lines[i];
    if (line && (isLinkLike(line) || line.furniture || listOf[i])) continue;
    close(i);
    runStart = i + 1;
  }
}

/** A byline or a dateline is the article's, wherever it stands: never a box's title or pitch. */
function isByOrDateline(line: Line): boolean {
  return !!line.dates || !!(line.byline?.authors.length && !line.bareNames);
}

/**
 * Inside the story, a title-like line set between two pieces of furniture (a video teaser
 * between its play button and its duration) belongs to the furniture, and so does a short
 * title right above a furniture line (a newsletter box's name above its sign-up prompt).
 */
export function markFurnitureBoxes(
  lines: Line[],
  start: number,
  end: number,
  listOf: (FurnitureRule | undefined)[],
  furnitureOf: (i: number) => FurnitureRule | undefined,
): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = start; i < end; i++) {
      const line = lines[i] as Line;
      if (furnitureOf(i) || line.size > 15 || isByOrDateline(line) || line.caption || line.creditLine || line.footer) continue;
      const before = i > start && !!furnitureOf(i - 1);
      const after = i + 1 < end && !!furnitureOf(i + 1);
      // A box's description runs straight into its buttons (`Email`, `Sign up`). (Not into a related
      // link's label and its headline, `Pročitajte i ovo` / a headline: the story's list items run into those.)
      const intoButtons =
        after && i + 2 < end && !!furnitureOf(i + 2) && furnitureOf(i + 1)?.name !== 'furniture:related' && !(lines[i + 1] as Line).unit.afterGap && !(lines[i + 2] as Line).unit.afterGap;
      if ((before && after) || intoButtons || (after && line.size <= 3 && !(lines[i + 1] as Line).unit.afterGap)) listOf[i] = BOX;
    }
  }
}

/** What a long pitch is about (a story paragraph in a box's place is not one). */
const PITCH_TOPIC = /\b(?:newsletters?|subscri\w*|abonn\w*|suscri\w*|assin\w*|support|donat\w*|members?|membership|journalism|periodismo|journalisme|journalismus|giornalismo|journalistiek|jornalismo|inbox|e-?mail|postfach|correo)\b/iu;

/** The buttons of a picture or gallery. */
const PICTURE_BUTTON = /\b(?:image|photo|picture|gallery|fullscreen|full screen|enlarge|zoom|caption|bild|foto|imagen|immagine|afbeelding|imagem|zdjęcie|vergrößern|agrandir|ampliar|ingrandisci|vergroot)\b/iu;

/** Furniture that closes a box: its button or its pitch. */
const BOX_CLOSERS = new Set(['furniture:call-to-action', 'furniture:newsletter', 'furniture:pitch', 'furniture:button', 'furniture:paywall', 'furniture:social']);

/**
 * A promotion box inside the story: a title (`Morning Briefing`, `Support HuffPost`), at most one
 * short sentence (`Starten Sie mit den wichtigsten Nachrichten …`), then its button or pitch
 * (`Jetzt anmelden`, `Tilmeld dig …`). A subheading is followed by the story, never by a button.
 */
export function markPromotionBoxes(lines: Line[], start: number, end: number, listOf: (FurnitureRule | undefined)[], furnitureOf: (i: number) => FurnitureRule | undefined): void {
  // (A picture's button, `View image in fullscreen`, closes nothing: the story goes on above the picture.)
  const closes = (j: number) => j < lines.length && BOX_CLOSERS.has(furnitureOf(j)?.name ?? '') && !PICTURE_BUTTON.test((lines[j] as Line).text);
  for (let i = start; i < end; i++) {
    const title = lines[i] as Line;
    // (`Thank you for donating to DutchNews.nl.` / its pitch / `Make a donation`: a box's title may be a short
    // sentence about what the box asks for, when its pitch and button follow.)
    const sentenceTitle = title.sentence && PITCH_TOPIC.test(title.text);
    if (furnitureOf(i) || (title.sentence && !sentenceTitle) || title.size > 12 || title.size === 0 || title.listItem || title.tableRow || title.caption || isByOrDateline(title)) continue;
    if (closes(i + 1) && !sentenceTitle) {
      listOf[i] = BOX;
      continue;
    }
    // One or two lines of pitch between the title and the button, set close together.
    for (let pitchLines = 1; pitchLines <= 2; pitchLines++) {
      const pitch = lines.slice(i + 1, i + 1 + pitchLines);
      // (The button follows straight on: a story paragraph followed, after a gap, by an offer is not a box.)
      const fits = pitch.length === pitchLines && pitch.every((p, k) => !furnitureOf(i + 1 + k) && !isByOrDateline(p) && (p.size <= 30 || (p.size <= 80 && PITCH_TOPIC.test(p.text))) && !p.unit.afterGap);
      if (!fits || !closes(i + 1 + pitchLines) || (lines[i + 1 + pitchLines] as Line).unit.afterGap) continue;
      for (let k = i; k <= i + pitchLines; k++) listOf[k] = BOX;
      break;
    }
  }
}

/** Furniture that is part of a sign-up box: its name, its pitch, its form, its button. */
const SIGN_UP_PARTS = new Set(['furniture:newsletter', 'furniture:pitch', 'furniture:form', 'furniture:call-to-action', 'furniture:ai-notice']);
/** How far apart a sign-up box's parts may stand (a few newsletters, each a name and a line). */
const SIGN_UP_SPAN = 7;

/**
 * A sign-up box inside the story: between two of its parts (`Sign up for our newsletters` …
 * `Your email address`), the short lines are its own (`Tick the boxes …`, `Morning Call`, a
 * newsletter's one-line description), not the story's subheadings and paragraphs. A story
 * paragraph (more than 30 words) between them means they are two boxes.
 */
export function markSignUpBoxes(lines: Line[], start: number, end: number, listOf: (FurnitureRule | undefined)[], furnitureOf: (i: number) => FurnitureRule | undefined): void {
  const part = (i: number) => SIGN_UP_PARTS.has((lines[i] as Line).furniture?.name ?? '');
  // (A box may open in the header, above where the story was found to begin: only the story's lines are marked.)
  for (let i = Math.max(0, start - SIGN_UP_SPAN); i < end; i++) {
    if (!part(i)) continue;
    let j = i + 1;
    while (j < end && j - i <= SIGN_UP_SPAN && !part(j) && (lines[j] as Line).size <= 30 && !(lines[j] as Line).listItem) j++;
    if (j >= end || j - i > SIGN_UP_SPAN || !part(j)) continue;
    for (let k = Math.max(i + 1, start); k < j; k++) if (!furnitureOf(k)) listOf[k] = BOX;
    // The box's name again right under it (`FAST` … `Tap here to return to FAST` / `FAST`) closes it.
    const names = new Set(lines.slice(i, j + 1).map((l) => l.text));
    const after = lines[j + 1];
    if (after && j + 1 < end && after.size <= 3 && names.has(after.text) && !furnitureOf(j + 1)) listOf[j + 1] = BOX;
  }
}

/** True when at most one prose line follows line `i` before the page ends in furniture. */
export function isLastProse(lines: Line[], i: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean {
  let prose = 0;
  for (let j = i + 1; j < lines.length && prose <= 1; j++) if (!furnitureOf(j) && !(lines[j] as Line).footer && (lines[j] as Line).prose > 0) prose++;
  return prose <= 1;
}

/** `1. Take-up is higher than schools expected`: a number, then a title with no closing stop. */
const NUMBERED_TITLE = /^(\d{1,2})[.)]\s+\p{L}.{1,120}$/u;

/**
 * An explainer's numbered subheadings (`1. Take-up is higher …` / paragraphs / `2. A third say …` /
 * paragraphs): numbered titles, each alone between paragraphs, counting up from 1 through the story.
 * Three at least, so a list of two that a paragraph splits stays a list; the line under each is prose.
 */
export function findNumberedSubheadings(lines: Line[], start: number, end: number, furnitureOf: (i: number) => FurnitureRule | undefined): Set<number> {
  const found: number[] = [];
  const numberOf = (line: Line | undefined) => Number(NUMBERED_TITLE.exec(line?.text ?? '')?.[1] ?? Number.NaN);
  for (let i = start; i < end; i++) {
    const line = lines[i] as Line;
    if (furnitureOf(i) || line.sentence || line.size > 15 || /[.!?:;,]$/u.test(line.text) || !NUMBERED_TITLE.test(line.text)) continue;
    const next = lines[i + 1];
    const previous = lines[i - 1];
    // (Alone: the lines on either side are no items of the same numbering.)
    if (next?.prose !== 2 || !Number.isNaN(numberOf(next)) || !Number.isNaN(numberOf(previous))) continue;
    found.push(i);
  }
  const counts = found.every((i, k) => numberOf(lines[i]) === k + 1);
  return counts && found.length >= 3 ? new Set(found) : new Set();
}

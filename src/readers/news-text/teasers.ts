/**
 * Streams of teasers: a headline, its one- or two-sentence summary, perhaps a byline or date
 * under it, then the next headline of the same shape. Pages put them under the story ("More
 * from Tech", a section's latest, a blog's related posts) and sometimes inside it, often with
 * no label a word list could know. Their summaries read as prose, so without this the body
 * runs on through them (or, when the stream is longer than the story, becomes the stream).
 *
 * The shape is the evidence, not the words: three headline-and-summary pairs in a row, three
 * headlines cut short with `…`, three headlines each after the time it was posted (a live column),
 * or a label in capitals over a headline inside the story (a card). A story's own sections are
 * rarely three in a row of one short paragraph each, and a listicle's numbered titles are items
 * the author wrote (`LIST_ITEM`), never a teaser's headline. Bare headlines with no summaries, three
 * or more after the story's last sentence, end the story too (`endBeforeHeadlineList`).
 */
import type { Line } from './features.js';
import type { FurnitureRule } from './rules/furniture.js';
import { endsWithStop } from './units.js';

export const TEASER_STREAM: FurnitureRule = {
  name: 'furniture:teasers',
  reason: 'a stream of teasers (headlines with their summaries) around the story',
  // (Found by shape, never by a line alone.)
  pattern: { test: () => false },
};

/** Teasers in a row that make a stream. */
const STREAM_BLOCKS = 3;

/** A teaser's headline: a title's length, no full stop at its end. */
function isTeaserHeadline(line: Line): boolean {
  return (
    !line.furniture &&
    !line.listItem &&
    !line.tableRow &&
    !line.dateOnly &&
    !line.bareNames &&
    line.size >= 5 &&
    line.size <= 18 &&
    // (A question is a headline; a line that ends a sentence otherwise, or a quotation, is the story's.)
    (!line.sentence || /\?$/u.test(line.text)) &&
    /^[\p{Lu}\p{N}\p{Lo}"“„«'‘]/u.test(line.text) &&
    !CODE.test(line.text)
  );
}

/** Code, not prose: brackets, semicolons and operators a headline never has. */
const CODE = /[{};=<>]|\(\)|^\/\//u;

/** Its summary: a sentence or two, or a cut-off one (`…`). */
function isTeaserSummary(line: Line): boolean {
  return !line.furniture && !line.listItem && !line.tableRow && line.size >= 10 && line.size <= 55 && (line.sentence || /(?:…|\.\.\.)$/u.test(line.text)) && !CODE.test(line.text);
}

/** What may stand under a summary: a byline, a date, a short label (`In "News"`, `3 min read`). */
function isTeaserMeta(line: Line): boolean {
  // (`In "News"` ends with a quotation mark, as a sentence may: three words at most are no sentence.)
  return (!line.sentence || line.size <= 3) && !line.listItem && line.size <= 8 && (line.dateOnly || !!line.byline || !!line.furniture || line.size <= 4);
}

/** A line under the summary that is the teaser's own, not the next teaser's headline. */
function isMetaUnder(line: Line): boolean {
  return isTeaserMeta(line) && (!!line.byline || line.dateOnly || !isTeaserHeadline(line));
}

/** The index after the teaser that starts at `i`, or -1 when no teaser starts there. */
function teaserEnd(lines: Line[], i: number): number {
  const headline = lines[i];
  const summary = lines[i + 1];
  if (!headline || !summary || !isTeaserHeadline(headline) || !isTeaserSummary(summary)) return -1;
  // (A teaser's summary says more than its headline; a line shorter than the title above it is no summary.)
  if (summary.size < headline.size) return -1;
  let end = i + 2;
  while (end < i + 4 && lines[end] && isMetaUnder(lines[end] as Line)) end++;
  // (A second paragraph under it: a section of the story with its heading, not a teaser.)
  const next = lines[end];
  if (next && next.prose === 2 && teaserHeadlineFollowedBySummary(lines, end) === false) return -1;
  return end;
}

function teaserHeadlineFollowedBySummary(lines: Line[], i: number): boolean {
  const headline = lines[i];
  const summary = lines[i + 1];
  return !!headline && !!summary && isTeaserHeadline(headline) && isTeaserSummary(summary);
}

/** A link's headline cut to fit its box (`23 choses que toutes les filles des années 2000…`). */
function isCutHeadline(line: Line): boolean {
  return !line.listItem && line.size >= 3 && line.size <= 14 && /\p{L}\s?(?:…|\.\.\.)$/u.test(line.text) && !/[.!?]\s?\S*\s?(?:…|\.\.\.)$/u.test(line.text.slice(0, -3));
}

/** A headline after the time it was posted (`14:44 Accusations de viols : 14 militaires mis en cause`): a feed's item. */
function isTimedHeadline(line: Line): boolean {
  return !line.listItem && /^(?:[01]?\d|2[0-3])[:.h][0-5]\d\s+\p{Lu}/u.test(line.text) && line.size >= 4 && line.size <= 24;
}

/**
 * A card inside the story: a label in capitals and, on the very next line, a linked headline, with
 * the story's paragraphs above and below (`IRITZIA` / `Movilidad sostenible, pero no a cualquier precio`).
 * A subheading in capitals stands alone, with a blank line and its paragraph under it.
 */
function isLabelledCard(lines: Line[], i: number): boolean {
  const label = lines[i];
  const headline = lines[i + 1];
  const before = lines[i - 1];
  const after = lines[i + 2];
  if (!label || !headline || !before || !after) return false;
  return (
    label.size <= 2 &&
    !label.sentence &&
    /\p{Lu}{3}/u.test(label.text) &&
    label.text === label.text.toUpperCase() &&
    !headline.unit.afterGap &&
    isTeaserHeadline(headline) &&
    after.unit.afterGap &&
    before.prose === 2 &&
    after.prose === 2
  );
}

/** Lines that belong to a stream of teasers, by index. */
export function findTeaserStreams(lines: Line[]): boolean[] {
  const member: boolean[] = [];
  for (let i = 1; i < lines.length - 2; i++) {
    if (isLabelledCard(lines, i)) {
      member[i] = true;
      member[i + 1] = true;
    }
  }
  // A feed's headlines, each after its time, three or more with at most three other lines between
  // (`Direct` / `14:44 …` / `14:32 …` / a tweet / `13:54 …`): the items of a live column beside the story.
  const timed = lines.filter(isTimedHeadline).map((line) => line.index);
  for (let a = 0; a < timed.length; ) {
    let b = a;
    while (b + 1 < timed.length && (timed[b + 1] as number) - (timed[b] as number) <= 4) b++;
    if (b - a + 1 >= STREAM_BLOCKS) for (let k = a; k <= b; k++) member[timed[k] as number] = true;
    a = b + 1;
  }
  // Headlines cut short, three or more in a row: a box of links.
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && isCutHeadline(lines[end] as Line)) end++;
    if (end - i >= STREAM_BLOCKS) for (let k = i; k < end; k++) member[k] = true;
    i = Math.max(end, i + 1);
  }
  let i = 0;
  while (i < lines.length) {
    const blocks: [number, number][] = [];
    let at = i;
    for (;;) {
      const end = teaserEnd(lines, at);
      if (end < 0) break;
      blocks.push([at, end]);
      at = end;
    }
    if (blocks.length >= STREAM_BLOCKS) {
      for (const [from, to] of blocks) for (let k = from; k < to; k++) member[k] = true;
      i = at;
    } else {
      i++;
    }
  }
  return member;
}

/** A headline in a list of other stories: a title's length, no sentence, nothing else a rule knows. */
function isListedHeadline(line: Line): boolean {
  // (A headline may end with a quotation, `… 「競争は春まで続く」`, `… "הזוכים פשוט מוותרים"`: only a full stop inside or outside it ends a sentence.)
  return !endsWithStop(line.text) && line.size >= 4 && line.size <= 20 && line.text.length <= 150 && !line.listItem && !line.tableRow && !line.caption && !line.creditLine && !line.footer && !line.dates && !line.byline && !line.rule;
}

/** Headlines in a row that make a list of other stories. */
const HEADLINE_LIST = 3;

/**
 * The story's last sentence, then three or more headlines of other stories, none a sentence,
 * perhaps under a short label (`הכתבות החמות`, `野球の…のニュース`), running on past the body or up
 * to its end: a list of related or latest stories that held no word a rule knows, not the story's
 * last section. (A list the story gives follows a line ending with a colon, and its items are the
 * list rules'.)
 */
export function endBeforeHeadlineList(lines: Line[], start: number, end: number, furnitureOf: (i: number) => FurnitureRule | undefined): number {
  // (Counts, buttons and labels between them, `ランキング` / `1` / a headline / `2` …, are the list's too.)
  let headlines = 0;
  let first = end;
  for (let i = end - 1; i > start; i--) {
    if (furnitureOf(i)) continue;
    if (!isListedHeadline(lines[i] as Line)) break;
    headlines++;
    first = i;
  }
  if (first === end) return end;
  for (let i = end; i < lines.length && (furnitureOf(i) || isListedHeadline(lines[i] as Line)); i++) if (!furnitureOf(i)) headlines++;
  // (A short label over the list, `Most popular` in words no rule knows.)
  const label = lines[first - 1];
  const labelled = !!label && first - 1 > start && !furnitureOf(first - 1) && !label.sentence && label.size <= 10 && !label.listItem;
  const opening = labelled ? first - 1 : first;
  const before = lines[opening - 1];
  if (headlines < HEADLINE_LIST || !before || /[:：]$/u.test(before.text)) return end;
  return opening;
}

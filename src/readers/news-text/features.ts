/**
 * What each line of a copied page looks like, measured once: its length, whether it is
 * prose, and what every rule module says of it. The reader's zones and assemblers
 * decide from these; they never re-run a rule.
 *
 * Each line also gets a score for every role it could play (`roleScores`), so that
 * `lectern tree --explain` can show why a line became what it became and what it
 * nearly became.
 */
import type { Byline } from '../../tree/types.js';
import { type DatelineReading, type ReferenceDate, isDatelineLabel, readDateline } from '../shared/dates.js';
import { visibleText } from './inline.js';
import { hasBylineLabel, parseByline } from './rules/byline.js';
import { type CaptionMatch, isCaptionLabel, matchCaption, matchCreditLine } from './rules/caption.js';
import { type FooterKind, isRule, matchFooter } from './rules/footer.js';
import { type FurnitureRule, matchAnyLengthFurniture, matchFurniture } from './rules/furniture.js';
import { type Unit, endsSentence, textSize } from './units.js';

/** A list item as authors write it in text: a bullet or a number, then the item. */
export const LIST_ITEM = /^(?:[-•*–·▪►+]|\d{1,3}[.)])\s+(.+)$/u;

export interface Line {
  index: number;
  unit: Unit;
  /** The text as a reader sees it (Markdown-style links reduced to their labels). */
  text: string;
  size: number;
  sentence: boolean;
  /** 0: not prose; 1: a sentence; 2: a paragraph's worth of sentence. */
  prose: 0 | 1 | 2;
  furniture?: FurnitureRule | undefined;
  caption?: CaptionMatch | undefined;
  creditLine?: { credit: string; label: string } | undefined;
  captionLabel: boolean;
  dates?: DatelineReading | undefined;
  /** Only the date (and its label) on the line: `Published 3 Nov 2025`, `vor 3 Stunden`. */
  dateOnly: boolean;
  /**
   * A year and a time of day in a few words that no date rule read: a date in a calendar or a month
   * name the reader does not know (`२०८३ मंसिर ९ गते १४:३५`). Never a headline; a sign of the header.
   */
  timestamp: boolean;
  dateLabel: boolean;
  byline?: Byline | undefined;
  /** The byline is names alone, with no `By` and no date: a byline only beside other byline lines. */
  bareNames: boolean;
  footer?: FooterKind | undefined;
  rule: boolean;
  /** Starts with a bullet or a number: an item of a list the author wrote, not a menu link. */
  listItem: boolean;
  /** A row of a table: tab-separated cells, beside another row with as many (`markTableRows`). */
  tableRow: boolean;
  /** How many lines of the page have this text, for short lines (`countRepeats`); 1 for others. */
  repeats: number;
}

const TIMESTAMP_YEAR = /(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/u;
const TIMESTAMP_CLOCK = /(?<!\p{Nd})\p{Nd}{1,2}[:：]\p{Nd}{2}(?!\p{Nd})/u;

export interface FeatureOptions {
  reference?: ReferenceDate | undefined;
  lang?: string | undefined;
}

/** A credit line, unless the line is a caption of some words with its credit (`Senosios perkėlos keltas Klaipėdoje / Pauliaus Žemaičio/LRT nuotr.`). */
function creditUnlessCaptioned(text: string, caption: CaptionMatch | undefined): { credit: string; label: string } | undefined {
  const credit = matchCreditLine(text);
  if (!credit) return undefined;
  return caption && textSize(caption.caption) >= 3 && caption.credit.length < credit.credit.length ? undefined : credit;
}

/** Index `i`'s next three lines hold a date alone, with no names of its own: how far down (0–2), or -1. */
export function bareDateBelow(lines: readonly Line[], i: number): number {
  for (let k = 0; k < 3; k++) {
    const next = lines[i + 1 + k];
    if (!next) return -1;
    if (next.dateOnly && !next.byline?.authors.length) return k;
  }
  return -1;
}

/** Thai and Lao letters: those scripts end a sentence with a space, not a stop. */
const NO_STOP_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}]/gu;

/**
 * 2: a paragraph's worth of sentence (or forty words of anything); 1: a sentence; 0: not prose.
 * (In Thai or Lao, which write no full stop, a long line is a paragraph's worth whatever its end.)
 */
function proseOf(sentence: boolean, size: number, text: string): 0 | 1 | 2 {
  if (!sentence && size >= 25 && (text.match(NO_STOP_SCRIPT)?.length ?? 0) >= 0.5 * text.length) return 2;
  return (sentence && size >= 15) || size >= 40 ? 2 : sentence && size >= 7 ? 1 : 0;
}

export function measureLine(unit: Unit, index: number, options: FeatureOptions): Line {
  const text = visibleText(unit.text);
  const size = textSize(text);
  const sentence = endsSentence(text);
  const prose = proseOf(sentence, size, text);
  const short = size <= 40 && text.length <= 320;
  const dates = short ? readDateline(text, options) : undefined;
  // Only a date, give or take a label beside it (`2025年11月3日 14:12 [会員限定記事]`, `Madrid - 3 nov 2025`).
  // Reading times and buttons between bars (`Nov 6th 2025|LISBON|4 min read`) do not count.
  // (A short button or label, beside a date that is most of the line: a pitch that mentions `Today` is no date.)
  const besideDate = (part: string) => (dates?.coverage ?? 0) >= 0.3 && textSize(part) <= 8 && !!matchFurniture(part);
  const rest =
    dates?.rest
      .split(/\s*[|·•]\s*/u)
      // (`November 10, 2025 08:00 ET | Source: Northwind Grid`: a press release names its source beside the date.)
      .filter((part) => !besideDate(part) && !/^source\s*:/iu.test(part))
      .join(' ')
      .replace(/[\p{P}\s]+/gu, ' ')
      .trim() ?? '';
  const dateOnly =
    !!dates && (!!dates.published || !!dates.updated) && (rest === '' || besideDate(rest) || textSize(rest) <= (dates.coverage >= 0.6 ? 3 : 2));
  // (Read once: the caption field and the credit line's test both need it.)
  const captionMatch = matchCaption(text);
  // (`Update : 25 Nov 2026, 09:12 PM`: `Update` with nothing but a date after it is the date's label; `Correction:
  // <date>` heads the correction's text on the next line.)
  const footerKind = matchFooter(text);
  const footer = footerKind === 'correction' && dateOnly && /^updated?\b/iu.test(text) ? undefined : footerKind;
  const line: Line = {
    index,
    unit,
    text,
    size,
    sentence,
    // A line of dates with full stops (`Publié le … à 14:12. / Modifié le … à 16:45.`) is no prose.
    prose: dateOnly ? 0 : prose,
    // (A date alone is a date, not a count or a button: `23.10.2025 | 09:47`.)
    furniture: short && !dateOnly ? matchFurniture(text) : matchAnyLengthFurniture(text),
    // A date with a credit-like tail (`November 10, 2025 08:00 ET | Source: …`) is no caption.
    caption: dateOnly ? undefined : captionMatch,
    creditLine: short ? creditUnlessCaptioned(text, captionMatch) : undefined,
    captionLabel: isCaptionLabel(text),
    dates,
    dateOnly,
    timestamp: !dates && size <= 8 && TIMESTAMP_YEAR.test(text) && TIMESTAMP_CLOCK.test(text),
    dateLabel: isDatelineLabel(text),
    footer,
    rule: isRule(text),
    listItem: LIST_ITEM.test(text),
    tableRow: false,
    repeats: 1,
    bareNames: false,
  };
  if (short && !line.furniture && !line.rule) {
    line.byline = parseByline(text, { ...options, dates: dates ?? null });
    // Names with where they reported from (`Rafael Nunes, da CNN, em São Paulo`) say more than names alone.
    line.bareNames = !!line.byline && !line.byline.dateline && !line.byline.updated && !hasBylineLabel(text) && !/,\s+\p{Ll}{1,4}\s/u.test(text);
    // `By Jane Doe and John Roe Globe Staff, Updated November 3, 2025, 5:47 p.m.`: long, but no prose.
    if (line.byline?.authors.length && (line.byline.dateline || line.byline.updated) && hasBylineLabel(text)) line.prose = 0;
  }
  return line;
}

/**
 * A line far inside a very long page (`RULED_LINES_AT_EACH_END`), measured as the story's text: its
 * size, whether it is prose, a list item or a rule, and only the furniture of any length (markup,
 * legal notices). No date, byline, caption, credit, footer or short-furniture rule runs on it: those
 * read a page's header and footer, which stand at its ends.
 */
export function measureBodyLine(unit: Unit, index: number): Line {
  const text = visibleText(unit.text);
  const size = textSize(text);
  const sentence = endsSentence(text);
  return {
    index,
    unit,
    text,
    size,
    sentence,
    prose: proseOf(sentence, size, text),
    furniture: matchAnyLengthFurniture(text),
    caption: undefined,
    creditLine: undefined,
    captionLabel: false,
    dates: undefined,
    dateOnly: false,
    timestamp: false,
    dateLabel: false,
    footer: undefined,
    rule: isRule(text),
    listItem: LIST_ITEM.test(text),
    tableRow: false,
    repeats: 1,
    bareNames: false,
  };
}

/** How often each short line's text (eight words at most) stands on the page: `More like this` under every teaser. */
export function countRepeats(lines: Line[]): void {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.size > 0 && line.size <= 8) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  for (const line of lines) if (line.size > 0 && line.size <= 8) line.repeats = counts.get(line.text) ?? 1;
}

/** Rows of a table: lines of tab-separated cells next to a line with as many cells. */
export function markTableRows(lines: Line[]): void {
  const width = (i: number) => lines[i]?.unit.cells?.length ?? 0;
  for (const [i, line] of lines.entries()) {
    const cells = width(i);
    if (cells === 0) continue;
    const withPrevious = width(i - 1) === cells && !line.unit.afterGap;
    const withNext = width(i + 1) === cells && !(lines[i + 1] as Line).unit.afterGap;
    line.tableRow = withPrevious || withNext;
  }
}

/** A line that can only be part of a page's header: a byline, a date, a credit, a caption label. */
export function isHeaderItem(line: Line): boolean {
  return (
    !!line.byline ||
    line.dateOnly ||
    line.dateLabel ||
    !!line.creditLine ||
    line.captionLabel ||
    (!!line.caption && line.size <= 80)
  );
}

/** A short line with nothing of a sentence: a label, a button, a menu item, a subheading. */
export function isShortLabel(line: Line): boolean {
  return !line.sentence && line.size <= 8;
}

/** How well the line fits each role, for `--explain`; the reader's choices use the same signals. */
export function roleScores(line: Line, headline: number): [string, number][] {
  const scores: [string, number][] = [
    ['headline', headline],
    ['kicker', !line.sentence && line.size >= 1 && line.size <= 4 && !line.furniture ? 1.5 : 0],
    ['standfirst', !line.furniture && line.size >= 5 && line.size <= 80 ? 1 + (line.sentence ? 0.5 : 1) : 0],
    ['byline', line.byline ? (line.byline.authors.length ? 3 : 2) : 0],
    ['dateline', line.dateOnly ? 3 : line.dates ? 3 * line.dates.coverage : 0],
    ['caption', line.caption ? 3 : line.creditLine ? 2.5 : line.captionLabel ? 3 : 0],
    ['furniture', line.furniture ? 3 : 0],
    ['footer', line.footer ? 3 : 0],
    ['body', line.prose === 2 ? 3 : line.prose === 1 ? 2 : Math.min(1, line.size / 20)],
  ];
  return scores
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([role, s]) => [role, Math.round(s * 10) / 10]);
}

/**
 * `roleScores` as a function that gives equal answers as one shared array: a page of half a
 * million lines has a few hundred distinct answers, and `--explain` keeps one a line (about
 * 150 bytes each as copies). The arrays are only read, never changed.
 */
export function sharedRoleScores(): (line: Line, headline: number) => [string, number][] {
  const seen = new Map<string, [string, number][]>();
  return (line, headline) => {
    const scores = roleScores(line, headline);
    const key = scores.join(';');
    const shared = seen.get(key);
    if (shared) return shared;
    seen.set(key, scores);
    return scores;
  };
}

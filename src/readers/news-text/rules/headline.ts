/**
 * The top of the page: kicker, headline, standfirst.
 *
 * - kicker: see `kicker.ts`;
 * - headline: the title-like line nearest above the story that the header lines follow
 *   (a byline, a date, a caption, a standfirst): `Port council delays vote on harbour bridge`.
 *   It is chosen by score among all candidates, so menu items, section labels, masthead
 *   slogans and "Skip to content" above it lose to it instead of stopping the reading;
 * - standfirst: the summary line under the headline, before the story starts.
 */
import { matchFurniture } from './furniture.js';
import type { Line } from '../features.js';
import { bareDateBelow, isHeaderItem } from '../features.js';
import { isBylineLabel, isRoleAlone } from './byline.js';
import { isStandInCaption } from './caption.js';

/** A kind of piece in capitals, a dash, and a title: `ANALYSIS - …`, `DÉCRYPTAGE - …`, `VIDEO | …`. */
export const LABELLED_LINK = /^\p{Lu}{4,}(?:\s\p{Lu}{2,})?\s+[-–—|]\s+\p{Lu}/u;

/** `Arizona Farmers Fallow Fields as Colorado River Talks Stall`: at least `share` of the words of four letters or more capitalised (three such words at least). */
export function isTitleCase(text: string, share = 0.7): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= share * words.length;
}

/**
 * `رئیس کمیته حمل‌ونقل شورای شهر خبر داد` ("the head of the transport committee announced"): Persian
 * papers set such an upper title (rutitr) over the headline, naming who gave the news.
 */
export const UPPER_TITLE = /(?:خبر داد|خبر می‌دهد|اعلام کرد|تأکید کرد|تاکید کرد)$/u;

/** How much a line looks like a headline on its own, before its neighbours are considered. */
function ownScore(line: Line): number {
  if (line.furniture || line.rule || line.dateOnly || line.timestamp || line.dateLabel || line.creditLine || line.captionLabel || line.footer) return -10;
  if ((line.byline?.authors.length && !line.bareNames) || line.caption || isStandInCaption(line.text)) return -6;
  const namesAlone = line.bareNames ? -2.5 : 0;
  const t = line.text;
  const n = line.size;
  let score = n >= 6 && n <= 22 ? 3.5 : n >= 4 && n <= 5 ? 2.5 : n >= 2 && n <= 3 ? 1 : n > 22 && n <= 32 ? 2.5 : n > 32 && n <= 40 ? 1 : n === 1 ? -1.5 : -4;
  const titleCase = isTitleCase(t);
  if (/[,;:]$/.test(t)) score -= 4;
  else if (/[^.]\.$/u.test(t) && !/\b\p{Lu}\.$/u.test(t)) score -= titleCase || /[.!?]\s+\p{Lu}/u.test(t) ? 1 : 2.5;
  // (The full stops of other scripts end a summary's sentence as `.` does: Bengali and Hindi `।`, Chinese and
  // Japanese `。`, Burmese `။`, Amharic `።`, Urdu `۔`, Khmer `។`.)
  else if (/[।॥。။።۔។]$/u.test(t)) score -= 2.5;
  if (titleCase && n >= 5) score += 1;
  if (/^[\p{Ll}]/u.test(t)) score -= 2;
  if (t === t.toUpperCase() && /\p{Lu}/u.test(t)) score -= n <= 3 ? 2.5 : 0.5;
  if (/^\d+$/.test(t) || /^[-–—•*]\s/.test(t)) score -= 3;
  // (`Local Democracy Reporter` under the writer's name: a role, never a title.)
  if (isRoleAlone(t)) score -= 4;
  // `ANÁLISIS - El mapa de …`: a link to another piece, labelled with its kind.
  if (LABELLED_LINK.test(t)) score -= 3;
  // An upper title naming who gave the news, as Persian papers set one over the headline: a kicker.
  if (UPPER_TITLE.test(t)) score -= 3;
  // (`2017-03-10 09:58 来源：网易科学人`, `Газета «Коммерсантъ» №219 от 25.11.2026, стр. 9`: a whole date, year
  // and all, inside a line makes it a record of when and where; a headline names a day, seldom its year.)
  if (line.dates?.published && /\p{Nd}{4}/u.test(line.dates.published.text)) score -= 3;
  return score + namesAlone;
}

/** One- or two-word lines under a candidate that make it the masthead's, over the site's menu. */
const MENU_UNDER_MASTHEAD = 4;

/**
 * Scores line `i` as the headline: its own shape, the header lines that follow it (a byline
 * with names is the strongest sign, then a date, a summary, a caption), and how much other
 * matter stands between it and where the story starts (`bodyStart`).
 */
export function headlineScore(lines: Line[], i: number, bodyStart: number, otherMatter: OtherMatter = countOtherMatter(lines)): number {
  const line = lines[i] as Line;
  let score = ownScore(line);
  if (score <= -6) return score;
  let named = false;
  let dated = false;
  let summary = false;
  let caption = false;
  let menuItems = 0;
  for (let j = i + 1, seen = 0; j < lines.length && seen < 5; j++) {
    const next = lines[j] as Line;
    if (next.furniture || next.rule) continue;
    seen++;
    if (next.byline?.authors.length && !next.bareNames) named = true;
    // (Names alone in a run of one-word menu items, `Policiales` / `Información General` / `Política`, are a menu's.)
    else if (next.byline?.authors.length && seen <= 3 && !betweenMenuItems(lines, j)) named = true;
    // (`By` alone on its line: the names follow it.)
    else if (isBylineLabel(next.text)) named = true;
    // (A date below a run of one-word lines dates the story, not a menu item above them.)
    if ((next.dateOnly || next.timestamp || next.byline?.dateline || next.byline?.updated) && menuItems < 2) dated = true;
    if (next.size <= 2 && !next.sentence && !next.dates && !next.byline) menuItems++;
    if (next.caption || next.creditLine || next.captionLabel) caption = true;
    if (seen === 1 && !isHeaderItem(next) && next.size >= 6 && next.size <= 70) summary = true;
    if (next.prose === 2 && seen > 2) break;
  }
  // (`Why We Wrote This` and its note between the summary and `By Nora Halvorsen`: the byline under a
  // box still names the story; the box's own label, right above the byline, is no better placed.)
  if (!named && summary && bylineUnderBox(lines, i + 1)) named = true;
  score += (named ? 3 : 0) + (dated ? 2 : 0) + (summary ? 1 : 0) + (caption ? 1 : 0);
  // A line over the site's menu (four or more one- or two-word items within its next five lines), with
  // no byline under it, is the masthead's tagline (`Isle of Wight News, What's On and More`); a date
  // between them is the top bar's (`Štvrtok 26. november 2026Meniny má Kornel`), not the story's.
  // Measured: at three items corpus 1,126 → 1,129 failed checks, at four 1,126 → 1,123.
  if (menuItems >= MENU_UNDER_MASTHEAD && !named) score -= 2;
  // The headline is the title nearest above the header lines: each title-like line between
  // them (the real headline, under a section label) counts against a candidate.
  for (let j = i + 1, titles = 0; j < lines.length && j < i + 8; j++) {
    const next = lines[j] as Line;
    if (next.furniture || next.rule) continue;
    // (A date right under a breadcrumb's last step, `Свердловская область` / `25.11.2026 14:32` / `Транспорт` / the
    // headline: the titles after that date still stand between the step and the byline.)
    if (isHeaderItem(next) && !(next.dateOnly && j === i + 1 && line.size <= 3)) break;
    if (next.size >= 4 && ownScore(next) >= 2 && titles++ >= 0) score -= 1.5;
    if (next.prose === 2) break;
  }
  // A headline comes before the byline and date, not after them; but a date under the section's
  // label, over the headline, is the top bar's (`Thời sự` / `Giao thông` / `Thứ tư, 3/12/2025`).
  // (A published and an updated date, one over the other, are one date bar: they cost once.)
  for (let j = i - 1, seen = 0, datedAbove = false; j >= 0 && seen < 2; j--) {
    const above = lines[j] as Line;
    if (above.furniture) continue;
    seen++;
    if (above.byline?.authors.length && !above.bareNames) score -= 2.5;
    // (`Общество, 25 ноя, 11:47` / the headline: the section and the date in one bar over the title cost nothing.)
    else if (above.dateOnly && !datedAbove) score -= seen === 1 && sectionBesideDate(above) ? 0 : seen === 1 && isLabelAbove(lines, j) ? 1 : 1.5;
    if (above.dateOnly) datedAbove = true;
  }
  // The story starts soon after the headline: other matter in between costs, beyond a
  // summary and a caption.
  const end = Math.min(bodyStart, lines.length);
  const between = end > i + 1 ? otherMatter(end) - otherMatter(i + 1) : 0;
  if (i > bodyStart) score -= 1 + 0.5 * (i - bodyStart);
  score -= Math.min(5, 0.8 * Math.max(0, between - 2));
  // Under a title-like line, a line is its summary, not the headline.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const above = lines[j] as Line;
    if (above.furniture) continue;
    // (Not under its own title cut short: `Under-Construction Water Tank Collapses In Telangana...`.)
    if (above.size >= 6 && ownScore(above) >= 2.5 && !isHeaderItem(above) && !cutShortOf(above.text, line.text)) score -= 2;
    // Nor does it follow a summary sentence.
    else if (above.prose >= 1 && above.size >= 8) score -= 2;
    break;
  }
  // (`Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter` a few lines up: the
  // breadcrumb ends in the page's own title, and this line is that title.)
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const above = lines[j] as Line;
    if (above.furniture?.name !== 'furniture:breadcrumb') continue;
    const last = above.text.split(/\s[»›>]\s/u).pop()?.trim();
    if (last && last.length >= 12 && last === line.text.trim()) score += 3;
    break;
  }
  // (`Under-Construction Water Tank Collapses In Telangana...`: a title cut short, a breadcrumb's last step,
  // whose whole stands a few lines further down.)
  const cut = cutPrefix(line.text);
  for (let j = i + 1; cut && j < lines.length && j < i + 8; j++) {
    if (continuesCut(cut, (lines[j] as Line).text)) {
      score -= 8;
      break;
    }
  }
  // A word or two at the end of a run of such lines (`Kultura` / `Divertiment` / `E-Paper`) is the menu's last item.
  if (line.size <= 2 && menuItemsAbove(lines, i) >= 3) score -= 2;
  const previous = lines[i - 1];
  // The line after a caption label or a credit is the caption, not a headline.
  if (previous?.captionLabel) return -10;
  if (previous?.creditLine) score -= 2;
  // Under the byline and over a labelled credit (`Minn Kristina Vella` / this line / `Ritratt: Joe Galea`): the lead picture's caption.
  const next = lines[i + 1];
  if (next?.creditLine && previous?.byline?.authors.length && !previous.bareNames) score -= 3;
  if (!previous || previous.furniture || previous.size <= 5) score += 0.5;
  return score;
}

/** What is left of a title cut off and ended with dots (`Under-Construction Water Tank Collapses In Telangana...`). */
function cutPrefix(text: string): string | undefined {
  return /^(.{12,}?)\s*(?:\.{3}|…)$/u.exec(text)?.[1];
}

/** `whole` is the title `cut` was cut from. */
function continuesCut(cut: string, whole: string): boolean {
  return whole.startsWith(cut) && whole.length > cut.length + 3;
}

/** `short` is `whole` cut off and ended with dots. */
function cutShortOf(short: string, whole: string): boolean {
  const cut = cutPrefix(short);
  return !!cut && continuesCut(cut, whole);
}

/** How many of the four lines right above `i` are a menu's items: a word or two each, no sentence, no date. */
function menuItemsAbove(lines: Line[], i: number): number {
  let items = 0;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (isMenuItem(lines[j]) && (lines[j] as Line).size >= 1) items++;
  return items;
}

/** A menu's item: a word or two, no sentence, no date, no one's name. */
function isMenuItem(line: Line | undefined): boolean {
  return !!line && line.size <= 2 && !line.sentence && !line.dates && !line.byline?.authors.length;
}

/** The lines on both sides of line `j` are a menu's items: a word or two each, no sentence. */
function betweenMenuItems(lines: Line[], j: number): boolean {
  return isMenuItem(lines[j - 1]) && isMenuItem(lines[j + 1]);
}

/**
 * A byline within twelve lines of `from`, under nothing longer than a summary's length: with its label
 * (`By …`), or names alone with the date right under them (`Lea Gerber` / `Marcel Urech` / `Publiziert: …`).
 */
function bylineUnderBox(lines: Line[], from: number): boolean {
  for (let j = from; j < lines.length && j <= from + 12; j++) {
    const line = lines[j] as Line;
    if (line.furniture || line.rule) continue;
    if (line.byline?.authors.length && !line.bareNames && /^by\s/iu.test(line.text)) return true;
    if (line.bareNames && bareDateBelow(lines, j) >= 0) return true;
    if (line.size > 60) return false;
  }
  return false;
}

/** The line above line `j` (furniture aside) is a short label: a section's name, not a title or a byline. */
/** The section's name beside the date on one line (`Общество, 25 ноя, 11:47`, `Politics | Nov 25, 2026`): what the line holds besides the date. */
export function sectionBesideDate(line: Line): string | undefined {
  const rest = line.dateOnly ? line.dates?.rest.replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/gu, '') : undefined;
  return rest && /^\p{L}[\p{L}\p{M}'’ -]{1,30}$/u.test(rest) && rest.split(/\s+/u).length <= 3 && !matchFurniture(rest) ? rest : undefined;
}

function isLabelAbove(lines: Line[], j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const line = lines[k] as Line;
    if (line.furniture) continue;
    return line.size <= 3 && !line.sentence && !line.byline?.authors.length && !line.dates;
  }
  return false;
}

/** How many lines of other matter (not furniture, not header lines, longer than a label) stand before line `j`. */
export type OtherMatter = (j: number) => number;

/**
 * Counted once for the page, so that scoring every candidate's distance to the story is
 * linear, not quadratic in the lines above it (a copy can start with thousands of menu lines).
 */
export function countOtherMatter(lines: Line[]): OtherMatter {
  const before = new Int32Array(lines.length + 1);
  for (const [j, line] of lines.entries()) {
    before[j + 1] = (before[j] as number) + (!line.furniture && !isHeaderItem(line) && line.size > 8 ? 1 : 0);
  }
  return (j) => before[j] as number;
}

export function isStandfirstLike(line: Line): boolean {
  return line.size >= 4 && line.size <= 80 && !line.furniture && !line.rule && !line.dateOnly;
}

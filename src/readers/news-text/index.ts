/**
 * The news-text reader: a news page selected and copied from a browser → article tree.
 *
 * Such pages carry no markup, only the typography conventions of news sites, and the copy
 * catches the site's chrome with the story. The reader classifies, then assembles:
 * 1. every line is measured once (`features.ts`): prose or not, and what each rule module
 *    (`rules/`) says it could be;
 * 2. the body is found first, as the stretch densest in prose (`zones.ts`);
 * 3. the headline is the best-scoring title-like line above it (`rules/headline.ts`), the
 *    kicker the label right above that, and the lines between headline and body are read
 *    for standfirst, byline, dates and lead caption; a line that fits none is dropped as
 *    an unrecognised header line and the reading goes on;
 * 4. the body's lines become paragraphs, subheadings, lists, quotes and figures, its
 *    furniture goes to `dropped`; the lines after it are footer notes or furniture.
 * Nothing is dropped without a reason in `dropped`.
 */
import { signatureLine, takeOpeningByline } from '../shared/opening-byline.js';
import { LecternError } from '../../errors.js';
import type { Article, Author, Block, Byline, Dateline, Dropped, Figure, Paragraph, Position, Section } from '../../tree/types.js';
import { UNTITLED_HEADLINE } from '../../tree/ids.js';
import { inlineText } from '../../tree/text.js';
import { type ReferenceDate, findAbsoluteDate, isUpdatedLabel, parseDateline } from '../shared/dates.js';
import { guessLanguage } from '../shared/language.js';
import { looksLikePersonName } from '../shared/person-names.js';
import { isKnownPlace, placeName } from '../shared/places.js';
import { LineIndex } from '../shared/positions.js';
import { type Explanation, type ReadResult, type Reader, type ReaderOptions, clip } from '../types.js';
import { LIST_ITEM, type Line, bareDateBelow, countRepeats, isHeaderItem, isShortLabel, markTableRows, measureBodyLine, measureLine, sharedRoleScores } from './features.js';
import { parseInlines, visibleText } from './inline.js';
import { agencyLine, ethiopicSignOff, hasBylineLabel, isKoreanByline, wireOpeningAuthors, isBylineLabel, isRoleAlone, isCompanyName, isPublicationName, isUnknownInCapitals, parseByline, townsPaper, matchAffiliation, matchRoleLine, startsWithRole, titleCase } from './rules/byline.js';
import { type CaptionMatch, captionAsides, creditlessCaption, labelledCaption, matchCaption } from './rules/caption.js';
import { CONTACT_DETAIL, INITIALS_SIGN_OFF, preferRights, publisherFromRights, startsContactBlock } from './rules/footer.js';
import { markLearnedFurniture } from './learned-furniture.js';
import { type FurnitureRule, continuesFurnitureList, matchFurniture } from './rules/furniture.js';
import { LABELLED_LINK, countOtherMatter, headlineScore, isStandfirstLike, isTitleCase, sectionBesideDate } from './rules/headline.js';
import { isKicker } from './rules/kicker.js';
import { quotedText, repeatsStory, sameWords } from './rules/pull-quote.js';
import { matchSubheading } from './rules/subheading.js';
import { matchWireDateline } from './rules/wire.js';
import { type Unit, endsSentence, splitUnits, textSize } from './units.js';
import { findNumberedSubheadings, isLastProse, markFurnitureBoxes, markLinkLists, markPromotionBoxes, markRepeatedLines, markSignUpBoxes } from './structure.js';
import { TEASER_STREAM, endBeforeHeadlineList, findTeaserStreams } from './teasers.js';
import { findBody } from './zones.js';


/** What a page's title adds after the headline: a bar or a dash, then the site's name (`| Ethiopian Reporter | ሪፖርተር`). */
const SITE_AFTER_TITLE = /^\s*[|–—-]\s*[^.!?。]{2,60}$/u;

/** A footer line giving the date the story first ran, in the languages the footer rules know. */
const ORIGINALLY_PUBLISHED = /\b(?:originally|first) published\b|\bpublicad[oa] originalmente\b|\bpublié (?:initialement|à l['’]origine)\b|\bursprünglich (?:veröffentlicht|erschienen)\b|\boriginariamente pubblicat[oa]\b|\boorspronkelijk gepubliceerd\b/iu;

export const newsTextReader: Reader = {
  name: 'news-text',
  description: 'a news page saved as plain text (default for .txt and stdin)',
  extensions: ['.txt', '.text'],
  read: readNewsText,
};

/** A line with no letter that has case: Arabic, Hebrew, Devanagari, CJK … */
function caseless(text: string): boolean {
  return !/[\p{Lu}\p{Ll}]/u.test(text);
}

/**
 * On a page with no blank lines between paragraphs: after a line ending in a colon, two or more short
 * lines up to the next paragraph (or up to the chrome set inside the story after them, `Pročitajte i ovo`).
 */
function findListsAfterColons(lines: Line[], start: number, end: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean[] {
  const items: boolean[] = [];
  for (let i = start + 1; i < end; i++) {
    const lead = lines[i - 1] as Line;
    if (!/:$/.test(lead.text) || furnitureOf(i - 1)) continue;
    let j = i;
    while (j < end && !furnitureOf(j) && isItemLike(lines[j] as Line)) j++;
    if (j - i >= 2 && j < end && ((lines[j] as Line).prose === 2 || !!furnitureOf(j))) for (let k = i; k < j; k++) items[k] = true;
    i = Math.max(i, j - 1);
  }
  return items;
}

/** A line that can be an item of a list copied without its bullets: short, no full stop, nothing else. */
function isItemLike(l: Line): boolean {
  return !l.sentence && l.size >= 1 && l.size <= 30 && !l.furniture && !l.caption && !l.creditLine && !l.dates && !(l.byline?.authors.length && !l.bareNames) && !l.footer && !l.rule && !l.listItem && !l.tableRow;
}

/**
 * A list without bullets, as browsers copy `<ul>` items: on a page that sets its paragraphs
 * apart with blank lines, two or more short lines in a row with no blank line between them,
 * none a sentence, after a paragraph or a line ending with a colon.
 */
function findUnmarkedLists(lines: Line[], start: number, end: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean[] {
  const items: boolean[] = [];
  const prose = lines.slice(start, end).filter((l) => l.prose === 2);
  if (prose.length < 3) return items;
  // A page with no blank lines between its paragraphs: after a lead ending in a colon, short lines up to the next paragraph.
  if (prose.filter((l) => l.unit.afterGap).length < 0.2 * prose.length) return findListsAfterColons(lines, start, end, furnitureOf);
  if (prose.filter((l) => l.unit.afterGap).length < 0.8 * prose.length) return items;
  for (let i = start; i < end; i++) {
    const lead = lines[i - 1];
    if (!lead || !(lead.prose > 0 || /:$/.test(lead.text)) || furnitureOf(i - 1)) continue;
    let j = i;
    while (j < end && isItemLike(lines[j] as Line) && !furnitureOf(j) && (j === i || !(lines[j] as Line).unit.afterGap)) j++;
    if (j - i >= 2 && (j === end || (lines[j] as Line).unit.afterGap)) for (let k = i; k < j; k++) items[k] = true;
    i = Math.max(i, j - 1);
  }
  return items;
}

/**
 * An author box: the name, then the role (`Katharina Vogt` / `Redakteurin in der Rhein-Main-Zeitung.`)
 * or a sentence about the person (`Danielle Okafor` / `Danielle Okafor is a health reporter …`,
 * `Lena Hartwig` / `Redakteurin im Berlin-Ressort. Schreibt über …`).
 */
function isAuthorBox(lines: Line[], i: number, writers: ReadonlySet<string> = new Set()): boolean {
  const name = lines[i];
  const below = lines[i + 1];
  if (!name?.bareNames || !below) return false;
  if (matchRoleLine(below.text.replace(/\.$/, '')) || below.footer === 'bio' || startsWithRole(below.text)) return true;
  // The byline's own writer, alone on a line, then a short line about them in words no rule knows
  // (`Hélène Costaz` / `Économiste, maîtresse de conférences à l'université de Lille, chroniqueuse à Marianne`).
  // (Four words at least: a tag or a section under the name, `Explainers`, is a link; the paper's name is the box's chrome.)
  return writers.has(nameKey(name.text)) && below.size >= 4 && below.size <= 40 && !below.furniture && !below.dateOnly && !below.bareNames && !(below.size <= 5 && isPublicationName(below.text)) && !/^(?:The|Le|La|El|Der|Die|Das|Il|De|O)\s(?:\p{Lu}\S*\s?){1,5}$/u.test(below.text);
}

/** `Bild: …`, `Foto: …`: a line that opens with a label and its colon. */
const LABELLED = /^\p{L}[\p{L} ]{0,20}:/u;

/** A short line that ends with an e-mail address (not after a label, `이메일 : jebo@…`, which is a tip box's). */
const ENDS_WITH_ADDRESS = /^[^:：]+\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/**
 * The byline's writer named on a short line among other parts, set off by slashes, bars or dashes
 * (`Priya Kandola / Local Journalism Initiative`): a sign-off, not a teaser or a link to their page.
 */
function signsOff(line: Line, writers: ReadonlySet<string>): boolean {
  if (line.size > 20 || line.sentence || line.furniture) return false;
  const parts = line.text.split(/\s+[/|–—-]\s+/u).map(nameKey);
  return parts.length >= 2 && parts.some((part) => part.includes(' ') && writers.has(part));
}

/** `(*) Hélène Marchetti est économiste …`, `* Jane Doe is …`: a line an asterisk marks that names the byline's writer. */
function notesTheWriter(line: Line, writers: ReadonlySet<string>): boolean {
  if (!/^(?:\(\*{1,3}\)|\*{1,3})\s*\p{Lu}/u.test(line.text) || line.size > 80) return false;
  const text = nameKey(line.text);
  return [...writers].some((writer) => writer.includes(' ') && text.includes(writer));
}

/**
 * A name without case or accents: `ΕΛΕΝΗ ΣΤΑΜΑΤΑΚΗ` and `Ελένη Σταματάκη` are one person. (Only the
 * combining accents of Latin, Greek and Cyrillic letters: in Devanagari the marks are vowels.)
 */
function nameKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The byline's writers, to know their names when they stand alone under the story. */
function writersOf(byline: Byline | undefined): Set<string> {
  return new Set((byline?.authors ?? []).map((a) => nameKey(a.name)));
}

/**
 * The byline's writer in a box under the story, with only short lines after it that no rule knows
 * (a follow dialog's messages, `Interessieren Sie sich für diesen Ort?`): the story ended at the box.
 * Only the byline's own name counts, and no paragraph of the story may stand between.
 */
function endBeforeWritersBox(lines: Line[], start: number, end: number, writers: ReadonlySet<string>, furnitureOf: (i: number) => FurnitureRule | undefined): number {
  if (writers.size === 0) return end;
  for (let i = end - 2; i > start && i >= end - 12; i--) {
    const line = lines[i] as Line;
    if (line.size > 30) return end;
    if (writers.has(nameKey(line.text)) && !furnitureOf(i + 1) && isAuthorBox(lines, i, writers)) return i;
  }
  return end;
}

/**
 * `विवेक त्रिपाठी, अमर उजाला, लखनऊ`, `Express News Service, Chennai`: a writer, the paper's own name
 * (the masthead at the top of the page) and a town, between commas. The masthead tells a byline
 * where the names themselves cannot (a script without capitals, names no list knows).
 */
function markMastheadBylines(lines: Line[]): void {
  const mastheads = new Set(
    lines
      .slice(0, 6)
      .filter((l) => l.size <= 4 && !l.sentence && !l.furniture)
      .map((l) => l.text.toLowerCase()),
  );
  if (mastheads.size === 0) return;
  for (const line of lines.slice(0, 80)) {
    // (`Фото: Ирина Бужор, Коммерсантъ`: a picture's credit names the paper too.)
    if (line.byline?.authors.length || line.furniture || line.sentence || line.size > 12 || /\d/u.test(line.text) || line.creditLine || line.caption) continue;
    const parts = line.text.split(/\s*,\s*/u);
    if (parts.length < 2 || parts.length > 3) continue;
    const at = parts.findIndex((part, k) => k > 0 && mastheads.has(part.toLowerCase()));
    const name = parts[0] as string;
    // (`Politics Reporter, HuffPost`: a role and the paper, no one's name.)
    if (at < 0 || textSize(name) < 2 || textSize(name) > 4 || mastheads.has(name.toLowerCase()) || isRoleAlone(name) || matchRoleLine(name)) continue;
    const place = at === 1 && parts.length === 3 ? parts[2] : undefined;
    line.byline = { authors: [place ? { name, location: place } : { name }], raw: line.unit.text };
    line.bareNames = false;
  }
}

/**
 * Names alone right above or below the dateline, before any byline: the byline, even in a
 * credit's shape (`Christopher Thomas/Gleaner Writer`, `Anna Ozoliņa, Kārlis Liepa (LTV Ziņu dienests)`).
 */
function namesBesideDate(lines: Line[], k: number, byline: Byline | undefined): boolean {
  const line = lines[k] as Line;
  if (byline?.authors.length || !line.bareNames || !line.byline?.authors.length || line.size > 12) return false;
  if (!lines[k - 1]?.dateOnly && !lines[k + 1]?.dateOnly) return false;
  return line.byline.authors.every((author) => looksLikePersonName(author.name));
}

/** After the credit line at `i`, a caption-sized sentence and then the byline or more header lines. */
function isCaptionAfterCredit(lines: Line[], i: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean {
  const caption = lines[i + 1];
  if (!caption || furnitureOf(i + 1) || caption.size > 30 || caption.prose === 0 || isHeaderItem(caption)) return false;
  const after = lines[i + 2];
  return !!after && (!!after.byline?.authors.length || after.dateOnly);
}

/** `Madrid`, `New Delhi`, `Rio de Janeiro`; not `HuffPost`, `The Times`, `Fotojournalist`, `Follow Author`, the masthead. */
function isPlausiblePlace(place: string, mastheads: Set<string>): boolean {
  // (`Nashville Tennessean`: a town and one more word, under each name, is the town's paper.)
  if (mastheads.has(place.toLowerCase()) || isPublicationName(place) || (townsPaper(place) && !isKnownPlace(place)) || matchFurniture(place) || matchRoleLine(place)) return false;
  if (/^(?:the|le|la|les|el|los|las|der|die|das|il|de|het|o|os)\s/iu.test(place)) return false;
  // (`NEW` beside the audio player, `Uppdaterad kl. 13.20`: a word in capitals no gazetteer knows, or a time, is no place.)
  if (/\d/u.test(place) || isUnknownInCapitals(place)) return false;
  // `Oskar Bergqvist` under `Linnea Holm` is a second author, unless the gazetteer knows the name (`Santa Cruz`).
  if (looksLikePersonName(place) && !isKnownPlace(place)) return false;
  // A capital inside a word (`HuffPost`, `ProPublica`) names a brand.
  return !/\p{Ll}\p{Lu}/u.test(place);
}

/**
 * A byline with its label (`By Nora Halvorsen Staff writer | Denver`) a few lines under line `from`,
 * after nothing longer than a summary: the summary, perhaps a picture, and perhaps a box stand between
 * the headline and the byline. The box is `titled` when a title no rule knows (`Why We Wrote This`)
 * opens a note; a box whose title is known chrome (`L’essentiel`) holds the story's key points, and
 * its lines are the story's.
 */
function bylineAfterBox(lines: Line[], from: number, furnitureOf: (i: number) => FurnitureRule | undefined): { bylineAt: number; titled: boolean } | undefined {
  let content = 0;
  let titled = false;
  for (let j = from; j < lines.length && j <= from + 8; j++) {
    const line = lines[j] as Line;
    if (furnitureOf(j)) continue;
    // (Untitled, only the summary and a picture's caption and credit may stand before the byline.)
    // (Or names alone with the date right under them: `Lea Gerber` / `Marcel Urech` / `Publiziert: …`.)
    const namesThenDate = line.bareNames && bareDateBelow(lines, j) >= 0;
    if (j > from && line.byline?.authors.length && (hasBylineLabel(line.text) || namesThenDate) && line.size <= 12) return (titled ? content >= 2 && content <= 3 : content === 1) ? { bylineAt: j, titled } : undefined;
    if (line.size > 60 || content > 4) return undefined;
    if (line.caption || line.creditLine) continue;
    content++;
    if (j > from && line.size <= 5 && !line.sentence && !line.dates) titled = true;
  }
  return undefined;
}

/** True when every line strictly between `from` and `to` is furniture. */
function onlyFurnitureBetween(from: number, to: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean {
  for (let i = from + 1; i < to; i++) if (!furnitureOf(i)) return false;
  return true;
}

/** Furniture that embeds another thing in the story: a title right above it is that thing's. */
const EMBED_RULES = new Set(['furniture:video', 'furniture:player', 'furniture:related-link', 'furniture:related']);

/** Roles of lines a page with no story keeps as its text: what no rule knew, and short links no rule named. */
const SNIPPET_ROLES = new Set(['header:unrecognised', 'footer:unrecognised', 'furniture:link-list', 'furniture:link-list:item']);

/** Longer than the longest captions news sites write (about 35 words). */
const CAPTION_LENGTH = 260;

/**
 * A copied page has a few hundred lines, a long one a few thousand; the reader keeps a record of
 * every line (about 1.5 KB each), so a page of millions of short lines (64 MiB of them) would need
 * gigabytes. Beyond this many it is refused with a clear message instead.
 */
export const MAX_NEWS_TEXT_LINES = 1_000_000;

/**
 * How many lines at each end of a page every rule reads. A copied page's header and footer are a
 * few hundred lines from its ends; a page of more than twice this (a book pasted whole, or an input
 * built to be slow) has its middle read as the story's text only (`measureBodyLine`), so the work
 * of the header and footer rules stays bounded whatever the page's length.
 */
export const RULED_LINES_AT_EACH_END = 10_000;

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

export function readNewsText(text: string, options: ReaderOptions = {}): ReadResult {
  const lineCount = countLines(text);
  if (lineCount > MAX_NEWS_TEXT_LINES) {
    const name = options.file ?? 'the page';
    throw new LecternError('badInput', `${name} has ${lineCount.toLocaleString('en')} lines; a news page is read only up to ${MAX_NEWS_TEXT_LINES.toLocaleString('en')} lines`, options.file);
  }
  const index = new LineIndex(text);
  const units = splitUnits(text);
  const explain: Explanation[] = [];
  const dropped: Dropped[] = [];
  const position = (u: Unit) => index.position(u.start, u.end);

  // Language first: month names and date order depend on it. The identifier reads the page's
  // prose lines itself, so a menu in another language does not decide it.
  const lang = guessLanguage(text);
  const reference: ReferenceDate | undefined =
    options.date ?? findAbsoluteDate(units.slice(0, Math.min(units.length, 40)).map((u) => u.text).join('\n'));
  const ruled = (i: number) => i < RULED_LINES_AT_EACH_END || i >= units.length - RULED_LINES_AT_EACH_END;
  const lines = units.map((u, i) => (ruled(i) ? measureLine(u, i, { reference, lang }) : measureBodyLine(u, i)));
  markTableRows(lines);
  countRepeats(lines);
  markMastheadBylines(lines);
  const passagesForQuotes = units.map((u) => (u.text.length >= 40 ? u.text : ''));

  // Furniture lists: a list opener ("Most read") takes the short lines after it.
  const listOf: (FurnitureRule | undefined)[] = [];
  let openList: FurnitureRule | undefined;
  let listHasHeadline = false;
  // Linked headlines in the open list: after two, a third of their shape is one more (`Related News` / three headlines set apart by blank lines).
  let listHeadlines = 0;
  let proseSeen = 0;
  for (const line of lines) {
    // (Only inside the story: above it, a box's last line is the page's own title or chrome.)
    const storyBegun = proseSeen >= 2;
    if (line.prose === 2) proseSeen++;
    // The line right after the opener (`LEES OOK`, blank line, the linked headline) is always its item.
    const firstItem = !!lines[line.index - 1]?.furniture?.startsList;
    // Items set apart by blank lines, all in Title Case, or after two linked headlines one more of
    // their length: the next such line is one more item.
    const previous = lines[line.index - 1];
    const likeTheItemBefore =
      (!!previous && !!listOf[previous.index] && previous.unit.afterGap && isTitleCase(previous.text, 0.8) && isTitleCase(line.text, 0.8)) ||
      (listHeadlines >= 2 && !!previous && !!listOf[previous.index] && line.size >= 7 && line.size <= 20 && !line.sentence) ||
      // (`Tramvia, via libera al progetto …` / `Viale Europa, da lunedì cambia la viabilità: ecco le deviazioni`: a second
      // linked headline as long as the first and built like one, with its comma or colon; a subheading is seldom either.)
      (listHeadlines >= 1 && !!previous && !!listOf[previous.index] && previous.size >= 7 && line.size >= 7 && line.size <= 20 && !line.sentence && /\p{L}[,:]\s/u.test(line.text)) ||
      // (In a script without capitals, Title Case cannot tell: two headlines set apart alike, neither a sentence, are two items.)
      (listHeadlines >= 1 && !!previous && !!listOf[previous.index] && previous.unit.afterGap && line.unit.afterGap && !previous.sentence && !line.sentence && previous.size >= 5 && line.size >= 5 && line.size <= 20 && caseless(previous.text) && caseless(line.text));
    // After a linked headline, a short title right above the story's next paragraph is that section's
    // heading, not one more link (`Lee también` / `<headline>` / `Recelo entre las empresas` / paragraph).
    const following = lines[line.index + 1];
    // (Not after a topic label of the list, `Radverkehr` / `Wo in Köln noch immer Fahrradbügel fehlen`: that is one more label-and-headline pair.)
    const afterListLabel = !!previous && !!listOf[previous.index] && previous.size <= 3 && !previous.bareNames && !line.unit.afterGap && listHeadlines >= 1;
    // (Set apart by a blank line from items that had none between them, a title may be longer: `LEIA TAMBÉM` /
    // two headlines / blank line / `Domingo é dia de trabalho para muita gente` / paragraph.)
    const apartFromItems = line.unit.afterGap && !!previous && !!listOf[previous.index] && !previous.unit.afterGap;
    const headingAfterList =
      storyBegun && listHasHeadline && !afterListLabel && line.size <= (apartFromItems ? 10 : 7) && !line.sentence && !/^\p{Ll}/u.test(line.text) && following?.prose === 2 && !following.furniture && !line.bareNames && !line.dateOnly && !line.byline;
    // Inside the story, a title right under a subscriber label (`BILDplus Inhalt` / `Wer steckt hinter …?`) links to that content.
    // `Read Next` / a headline / `By Marisol Vega` / `November 20, 2025 5:00 AM`: a teaser card's byline and date, set straight under its headline.
    const cardLine = (l: Line) => storyBegun && !!previous && !!listOf[previous.index] && !l.unit.afterGap && (l.dateOnly || (!!l.byline && !l.sentence)) && l.size <= 8;
    // `Queensland` / a headline / its one-sentence summary, then a blank line: a teaser card's summary is part of the card.
    const teaserSummary =
      !!openList && listHasHeadline && !!previous && !!listOf[previous.index] && previous.size >= 6 && !previous.sentence && !line.unit.afterGap && line.sentence && line.size <= 35 && lines[line.index + 1]?.unit.afterGap !== false;
    if (teaserSummary) {
      listOf[line.index] = openList;
      continue;
    }
    const teaserAfterLabel = storyBegun && !line.furniture && previous?.furniture?.name === 'furniture:paywall' && previous.size <= 4 && (!line.sentence || /\?$/u.test(line.text)) && line.size <= 16;
    if (teaserAfterLabel) {
      listOf[line.index] = previous?.furniture;
      continue;
    }
    if (line.furniture) {
      // A label between the list's items (`Independent Premium`, `Premium` under `Lees ook`) keeps the list open.
      // (Only in a list of linked headlines, or right under its opener: a button in a menu of short links ends the menu.)
      const labelInList =
        !!openList && (line.furniture.name === 'furniture:paywall' || line.furniture.name === 'furniture:button') && (listHasHeadline || !!lines[line.index - 1]?.furniture?.startsList);
      if (!labelInList) {
        openList = line.furniture.startsList ? line.furniture : undefined;
        listHasHeadline = false;
        listHeadlines = 0;
      }
    } else if (
      openList &&
      !headingAfterList &&
      // (Right under the opener, a linked headline may ask a question: `… சேவை எப்போது?`.)
      (continuesFurnitureList(line.text) || (firstItem && /\?["”’]?$/u.test(line.text) && line.size <= 16 && !lines[line.index - 1]?.unit.afterGap)) &&
      !line.footer &&
      (!(isHeaderItem(line) && !line.bareNames) || cardLine(line)) &&
      // (Inside the story a headline with a byline and date under it is a teaser card's, not a new article's.)
      // (`Topic:` / `Coastal Erosion` / `Posted 3h ago`: a label with its colon takes the line under it whatever follows.)
      (storyBegun || !opensHeader(lines, line.index) || (firstItem && /:$/u.test(previous?.text ?? ''))) &&
      (!line.unit.afterGap || firstItem || likeTheItemBefore || (line.size <= 16 && lines[line.index + 1]?.prose !== 2))
    ) {
      listOf[line.index] = openList;
      if (line.size >= 6) {
        listHasHeadline = true;
        listHeadlines++;
      }
    } else {
      openList = undefined;
      listHasHeadline = false;
      listHeadlines = 0;
    }
  }
  const teaser = findTeaserStreams(lines);
  for (let i = 0; i < lines.length; i++) if (teaser[i] && !listOf[i]) listOf[i] = TEASER_STREAM;
  const furnitureOf = (i: number) => (lines[i] as Line).furniture ?? listOf[i];

  // The rule that read each line, by line index (a string each: a page can have a million lines).
  const roles: string[] = [];
  const note = (line: Line, rule: string) => {
    roles[line.index] = rule;
  };
  const drop = (line: Line, rule: string, reason: string) => {
    note(line, rule);
    dropped.push({ text: line.unit.text, reason, position: position(line.unit) });
  };
  const dropFurniture = (line: Line) => {
    const rule = furnitureOf(line.index) as FurnitureRule;
    drop(line, listOf[line.index] && !line.furniture ? `${rule.name}:item` : rule.name, rule.reason);
  };

  // 1. Where the story is.
  const body = findBody(lines, (i) => listOf[i] !== undefined);
  // A site whose pictures carry a credit and no caption puts the credit under whatever paragraph
  // the picture follows: one credit under a paragraph longer than any caption shows the habit.
  const creditsStandAlone = lines.some((line, i) => i > body.start && i < body.end && !!line.creditLine && (lines[i - 1] as Line).prose === 2 && (lines[i - 1] as Line).unit.text.length > CAPTION_LENGTH);

  // 2. The headline: the best candidate above the story or among its first lines.
  const headlineScores: number[] = [];
  let headlineAt = -1;
  let bestScore = 0.5;
  const searchEnd = Math.min(lines.length, body.start + 6);
  const otherMatter = countOtherMatter(lines);
  for (let i = 0; i < searchEnd; i++) {
    // A list opener's items may run on into the headline (a menu above it): an item can still
    // be the headline, at a cost.
    const score = headlineScore(lines, i, body.start, otherMatter) - (listOf[i] ? 1.5 : 0);
    headlineScores[i] = score;
    if (score > bestScore) {
      bestScore = score;
      headlineAt = i;
    }
  }
  // `ዜናየቡና ላኪዎች …` over `የቡና ላኪዎች …`: the section's name glued to the headline, then the headline alone;
  // the line that is only the headline is it.
  const glued = lines[headlineAt];
  const alone = glued ? nextContent(lines, headlineAt + 1, furnitureOf) : undefined;
  if (glued && alone && alone.index <= headlineAt + 2 && alone.text.length >= 10 && glued.text.length > alone.text.length && glued.text.endsWith(alone.text) && glued.text.length - alone.text.length <= 30) headlineAt = alone.index;
  // A summary set straight under its headline, with no blank line, sits nearer the byline and can
  // outscore it: a shorter title-like line right above the choice is the headline.
  const above = lines[headlineAt - 1];
  const chosen = lines[headlineAt];
  // (With a blank line between them, only when the line above scores nearly as well: a page that
  // spaces every element apart.)
  const nearlyAsGood = (headlineScores[headlineAt - 1] ?? -10) >= bestScore - 1.5;
  // (Under the date, a title of two words is one too: `25.11.2026, 00:12` / `Груз ожидания` / its summary. A
  // kicker stands above the date, not under it.)
  const underDate = !!lines[headlineAt - 2]?.dateOnly && !chosen?.unit.afterGap && !above?.unit.afterGap;
  // (But a title that is no sentence, with its summary sentence right under it, is the headline already: the
  // shorter line above is its upper title, `رئیس کمیته حمل‌ونقل شورای شهر خبر داد` over `مترو تهران از دی‌ماه …`.)
  const summaryUnder = lines[headlineAt + 1];
  // (A sentence over a credit line is the picture's caption, not the title's summary: `… en el sector Muñoz.` / `Fuente externa`.)
  const captionUnder = !!nextContent(lines, headlineAt + 2, furnitureOf)?.creditLine;
  const headedBySummary = !!chosen && !chosen.sentence && !!summaryUnder && !summaryUnder.unit.afterGap && summaryUnder.sentence && summaryUnder.size >= 12 && !isHeaderItem(summaryUnder) && !captionUnder;
  if (above && chosen && !headedBySummary && (!chosen.unit.afterGap || nearlyAsGood) && !furnitureOf(headlineAt - 1) && !isHeaderItem(above) && above.size >= (underDate ? 2 : 6) && above.size < chosen.size && !above.sentence && (headlineScores[headlineAt - 1] ?? -10) > (underDate ? -1 : 0)) {
    headlineAt -= 1;
  }

  // A line in capitals over a title in ordinary case is a kicker over its headline
  // (`MIT DEM BESENSTIEL IN DIE FLUCHT GESCHLAGEN` / `Kiosk-Oma (71) verjagt maskierten Räuber`).
  const capitals = lines[headlineAt];
  const under = capitals ? nextContent(lines, headlineAt + 1, furnitureOf) : undefined;
  let capitalsKicker: Line | undefined;
  if (capitals && under && isAllCapitals(capitals.text) && !isAllCapitals(under.text) && !under.sentence && under.size >= 4 && (headlineScores[under.index] ?? -10) >= bestScore - 2.5) {
    headlineAt = under.index;
    capitalsKicker = capitals;
  }

  // 3. The header.
  let kicker: Line | undefined;
  /** The kicker when it shares the date's line (`Общество, 25 ноя, 11:47`). */
  let sectionKicker: string | undefined;
  let headline: Line | undefined;
  let standfirst: Line | undefined;
  let byline: Byline | undefined;
  let lead: Figure | undefined;
  let pendingDate: Line | undefined;
  let pendingUpdate: Line | undefined;
  const dropSecondDate = (line: Line) => {
    roles[line.index] = 'header:above-headline';
    dropped.push({ text: line.unit.text, reason: 'a second date line above the headline', position: position(line.unit) });
  };
  let lastBylineAt = -10;
  const takeByline = (line: Line, found: Byline) => {
    const merged = mergeBylines(byline, found);
    byline = merged;
    if (found.authors.length) lastBylineAt = line.index;
    note(line, found.authors.length ? (found.dateline || found.updated ? 'byline+dateline' : 'byline') : 'dateline');
  };
  if (headlineAt >= 0) {
    // The list the headline was read into ends above it.
    for (let i = headlineAt; i < lines.length && listOf[i]; i++) listOf[i] = undefined;
    headline = lines[headlineAt] as Line;
    note(headline, 'headline');
    // The kicker: the label right above the headline (over any furniture), unless it ends a menu.
    for (let i = headlineAt - 1, skipped = 0; i >= 0 && skipped <= 2; i--) {
      const candidate = lines[i] as Line;
      // A label right above the headline, set off from a menu list by a blank line, is the kicker.
      if (i === headlineAt - 1 && listOf[i] && !candidate.furniture && candidate.unit.afterGap) listOf[i] = undefined;
      if (furnitureOf(i)) {
        skipped++;
        continue;
      }
      if (candidate === capitalsKicker || isKicker(lines, i, headlineAt, skipped, furnitureOf)) {
        kicker = candidate;
        note(candidate, 'kicker');
      }
      // `Общество, 25 ноя, 11:47` right over the headline: the section beside the date is the kicker.
      else sectionKicker = sectionBesideDate(candidate);
      break;
    }
  }
  const headerStart = headlineAt >= 0 ? headlineAt + 1 : 0;
  // Lines above the headline (and above the kicker) are the site's masthead and menus,
  // except for a date, which some sites print above the headline.
  // Of several dates there, the story's is the one nearest the headline: the one over the menus is the
  // top bar's, today's date (`Il-Ħamis, 26 ta’ Novembru 2026` … menus … `25 ta’ Novembru 2026 – 11:42`).
  // A published line with its updated line right under it are one date bar (`… kl. 16:05` / `Dagført … kl. 18:20`).
  const datesAbove = lines.slice(0, Math.max(headlineAt, 0)).filter((line, i) => line !== kicker && !furnitureOf(i) && line.dateOnly);
  let storyDate = datesAbove[datesAbove.length - 1];
  const dateBefore = datesAbove[datesAbove.length - 2];
  if (storyDate && dateBefore?.index === storyDate.index - 1 && storyDate.dates?.updated && !storyDate.dates.published && dateBefore.dates?.published) {
    pendingUpdate = storyDate;
    storyDate = dateBefore;
  }
  for (let i = 0; i < Math.max(headlineAt, 0); i++) {
    const line = lines[i] as Line;
    if (line === kicker) continue;
    if (furnitureOf(i)) dropFurniture(line);
    else if (line === storyDate || line === pendingUpdate) {
      if (line === storyDate) pendingDate = line;
      note(line, 'dateline:above-headline');
    } else drop(line, 'header:above-headline', 'site navigation or masthead above the headline');
  }

  // Update notes and corrections printed above the story belong to its footer.
  const earlyNotes: Block[] = [];
  let k = headerStart;
  let leadCreditAt = -1;
  let captionNext = false;
  let dateLabel: Line | undefined;
  let box: { bylineAt: number; titled: boolean } | undefined;
  for (; k < lines.length && headline; k++) {
    const line = lines[k] as Line;
    if (furnitureOf(k)) {
      dropFurniture(line);
      // `Show Caption` / `Hide Caption`: the picture's caption comes next.
      if (/\bcaption\b/iu.test(line.text) && !lead?.caption) captionNext = true;
      continue;
    }
    // `Trevor Halvorsen, USA TODAY` right under the caption: the photographer and the publication.
    if (lead?.caption && !lead.credit && roles[k - 1]?.startsWith('caption') && line.size <= 8 && !line.sentence) {
      const credit = /^(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})\s*[,/|–-]\s*(\p{Lu}[\p{Lu}\p{N}\s&.'’-]{1,30})$/u.exec(line.text);
      if (credit) {
        lead = { ...lead, credit: line.text };
        note(line, 'caption:credit-line');
        continue;
      }
    }
    if (line.rule) {
      note(line, 'rule');
      continue;
    }
    const namesAtDate = namesBesideDate(lines, k, byline) && !(lead?.caption && !lead.credit);
    // (A picture's label wins over names after it, `Ritratt: Joe Galea`, `Mynd: Jens Kristian Vang`; a credit without
    // one, `By Hollis Whitmire hwhitmire@…`, is the byline's.)
    if (line.creditLine && !(line.byline?.authors.length && !line.bareNames && !line.creditLine.label) && !namesAtDate) {
      if (lead?.credit) break;
      lead = { ...(lead ?? { type: 'figure', id: '', position: position(line.unit) }), credit: line.creditLine.credit };
      if (line.creditLine.label) lead.creditLabel = line.creditLine.label;
      leadCreditAt = k;
      note(line, 'caption:credit-line');
      continue;
    }
    // (`Updated at 6:05 pm` in the header is the updated time, which a note under the story would not give.)
    if ((line.footer === 'note' || line.footer === 'correction') && !(line.dateOnly && line.dates?.updated)) {
      earlyNotes.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
      note(line, `footer:${line.footer}`);
      continue;
    }
    if (line.captionLabel) {
      captionNext = true;
      drop(line, 'caption:label', 'caption label (the caption follows it)');
      continue;
    }
    const inlineCaption = labelledCaption(line.text);
    if (inlineCaption && !lead?.caption) {
      // (`Legenda: Terminal de Messejana … Foto: DAVI ROCHA/ O POVO`: the labelled caption may end with its credit.)
      const credited = lead?.credit ? undefined : matchCaption(inlineCaption);
      lead = { ...(lead ?? { type: 'figure', id: '' }), caption: parseInlines(credited?.caption || inlineCaption), position: position(line.unit) };
      if (credited?.caption) {
        lead.credit = credited.credit;
        if (credited.label) lead.creditLabel = credited.label;
      }
      note(line, 'caption:labelled');
      dropped.push({ text: line.text.slice(0, line.text.length - inlineCaption.length).trim(), reason: 'caption label', position: position(line.unit) });
      continue;
    }
    if (captionNext) {
      captionNext = false;
      const split = line.caption;
      if (split) dropCounter(split, position(line.unit), dropped);
      lead = { ...(lead ?? { type: 'figure', id: '' }), caption: parseInlines(split ? split.caption : line.unit.text), position: position(line.unit) };
      if (split && !lead.credit) {
        lead.credit = split.credit;
        if (split.label) lead.creditLabel = split.label;
      }
      note(line, 'caption:after-label');
      continue;
    }
    // In the header, a line ending in a name in brackets is the lead picture's caption and credit.
    // (Not a labelled byline with the town in brackets: `Текст: Ирина Ковалёва (Екатеринбург)`.)
    const labelledByline = !!line.byline?.authors.length && hasBylineLabel(line.text);
    const bracketed = !line.caption && !lead && !line.dates && line.size <= 60 && !namesAtDate && !labelledByline ? /^(.{15,}?)\s*\((\p{Lu}[\p{L}.'’ -]{1,40})\)$/u.exec(line.text) : null;
    if (bracketed?.[1] && bracketed[2]) {
      // (`… (Guadalajara). Mateo Lucena (Europa Press)`: the photographer's name after the full stop, the agency in brackets.)
      const photographer = /(?<=[.!?])\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})$/u.exec(bracketed[1]);
      const caption = photographer && photographer.index >= 10 ? bracketed[1].slice(0, photographer.index) : bracketed[1];
      const credit = photographer?.[1] && photographer.index >= 10 ? `${photographer[1]} (${bracketed[2].trim()})` : bracketed[2].trim();
      lead = { type: 'figure', id: '', caption: parseInlines(caption), credit, position: position(line.unit) };
      note(line, 'caption:bracketed-name');
      continue;
    }
    const creditless = !line.caption && !lead && !line.dates ? creditlessCaption(line.text) : undefined;
    if (creditless) {
      lead = figureWithoutCreditForm(creditless, position(line.unit));
      note(line, 'caption:creditless');
      continue;
    }
    // The lead picture's caption again (a carousel repeats it): said once is enough.
    if (line.caption && lead?.caption && sameWords(line.caption.caption, inlineText(lead.caption))) {
      drop(line, 'caption:repeated', 'the lead picture’s caption, repeated');
      continue;
    }
    // `News provided by` / `By` alone: the names are on the next line.
    if (isBylineLabel(line.text) && !byline?.authors.length) {
      const next = nextContent(lines, k + 1, furnitureOf);
      const names = next ? next.text.replace(/\s*[→›»>]+$/u, '') : '';
      if (next && names && next.size <= 6 && !next.sentence) {
        // (`News Provided By` / `Harbor Point Cold Chain LLC`: a company issues a release; no person wrote it.)
        // (`Olivia Szabo, cleveland.com`: the names line read as a byline, so a site or a place after them goes.)
        const parsed = parseByline(`By ${names}`, { reference, lang })?.authors;
        const authors = isCompanyName(names) ? [] : parsed?.length ? parsed : [{ name: names }];
        byline = mergeBylines(byline, { authors, raw: `${line.unit.text} ${next.unit.text}` });
        note(line, 'byline:label');
        note(next, 'byline');
        k = next.index;
        continue;
      }
    }
    if (line.caption && !lead && line.size <= 80) {
      lead = figureFrom(line.caption, position(line.unit), dropped);
      note(line, line.caption.rule);
      continue;
    }
    if (line.dateLabel && (!byline?.dateline || (isUpdatedLabel(line.text) && !byline.updated))) {
      dateLabel = line;
      note(line, 'dateline:label');
      continue;
    }
    // A date with a label beside it (`2025年11月3日 14:12 [会員限定記事]`) that no byline holds.
    if (line.dateOnly && !line.byline && line.dates && ((line.dates.published && !byline?.dateline) || (line.dates.updated && !byline?.updated))) {
      const found: Byline = { authors: [], raw: line.unit.text };
      if (line.dates.published) found.dateline = line.dates.published;
      if (line.dates.updated) found.updated = line.dates.updated;
      takeByline(line, found);
      continue;
    }
    // `EFE` alone between the summary and the date: the agency signs the story.
    const agency = !byline?.authors.length && (standfirst || lead) ? agencyLine(line.text) : undefined;
    if (agency) {
      takeByline(line, { authors: agency, raw: line.unit.text });
      continue;
    }
    // (Names alone that the headline itself holds are its subject, a tag: `Metro do Porto` over `Metro do Porto fecha …`.)
    const headlineSubject = line.bareNames && !!headline && visibleText(headline.text).includes(line.text);
    if (line.byline && (line.byline.authors.length || line.byline.dateline || line.byline.updated) && line.prose < 2 && (!line.bareNames || namesAtDate || namesConfirmed(lines, k, furnitureOf)) && !headlineSubject) {
      const found = line.byline;
      // Names on one line, then `Madrid - 03 nov 2025`: the second line's "name" is the place.
      const rest = line.dates?.rest.replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/gu, '') ?? '';
      const place =
        found.authors.length === 1 && !found.authors[0]?.location
          ? found.authors[0]?.name
          : !found.authors.length && /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u.test(rest)
            ? titleCase(rest)
            : undefined;
      if (byline?.authors.length && !byline.dateline && (found.dateline || found.updated) && place && place.split(/\s+/).length <= 3) {
        byline = {
          ...mergeBylines(byline, { ...found, authors: [] }),
          authors: byline.authors.map((a) => ({ ...a, location: a.location ?? place })),
        };
        note(line, 'dateline:with-place');
        continue;
      }
      // `Mariana Toledo, da CNN, em Porto Alegre` / `Rafael Nunes, da CNN, em São Paulo`: one author a line.
      if (byline?.authors.length && found.authors.length && !line.bareNames && !byline.dateline && lastBylineAt === line.index - 1) {
        byline = { ...byline, authors: [...byline.authors, ...found.authors], raw: `${byline.raw} ${found.raw}` };
        if (found.dateline) byline.dateline = found.dateline;
        if (found.updated) byline.updated = found.updated;
        lastBylineAt = line.index;
        note(line, 'byline');
        continue;
      }
      if (dateLabel && !found.authors.length) {
        found.raw = `${dateLabel.unit.text} ${found.raw}`;
        // `Updated` on its own line, the date on the next: the date of the last change.
        if (isUpdatedLabel(dateLabel.text) && found.dateline && !found.updated) {
          found.updated = found.dateline;
          delete found.dateline;
        }
        dateLabel = undefined;
      }
      const fits = !byline || (!byline.authors.length && found.authors.length) || (!byline.dateline && !found.authors.length);
      if (fits) {
        takeByline(line, found);
        continue;
      }
      if (found.updated && !byline?.updated && !found.authors.length) {
        byline = { ...(byline as Byline), updated: found.updated, raw: `${(byline as Byline).raw} ${found.raw}` };
        note(line, 'dateline:updated');
        continue;
      }
    }
    // The line under a byline naming the organisation and place ("BBC News, York"), or the role.
    // `Mette Søndergaard, Aarhus` / `og Rasmus Kjær Holm`: the next author on a line of their own, after "and".
    const andAuthor = byline?.authors.length && !byline.dateline && line.size <= 6 && !line.sentence ? nextAuthorLine(line.text) : undefined;
    if (byline && andAuthor) {
      byline = { ...byline, authors: [...byline.authors, { name: andAuthor }], raw: `${byline.raw} ${line.unit.text}` };
      note(line, 'byline:and-author');
      continue;
    }
    // The organisation alone under the name (`BBC News Mundo`): part of the byline, not a place.
    if (byline?.authors.length && line.size <= 5 && !line.sentence && isPublicationName(line.text) && !line.dates && !line.text.includes(',')) {
      byline = { ...byline, raw: `${byline.raw} ${line.unit.text}` };
      note(line, 'byline:affiliation');
      continue;
    }
    if (byline?.authors.length && !byline.authors.some((a) => a.location)) {
      const reportingFrom = /^(?:[Rr]eporting from|[Rr]eporting in|[Rr]eported from|[Aa]us|[Dd]epuis|[Dd]esde|[Dd]a|[Dd]e|[Zz]|[Uu]it|[Ee]m)\s+(\p{Lu}.{1,40})$/u.exec(line.text);
      // `Colaboração para o UOL, em Belo Horizonte`: a short line ending in a town the gazetteer knows.
      const endsInPlace = !reportingFrom && line.size <= 10 && !line.sentence ? /(?:,\s*|\s)(?:em|in|en|à|a|aus|from|depuis|desde|da|na|no|w|z|i)\s+(\p{Lu}[\p{L}'’. -]{1,40})$/u.exec(line.text) : null;
      const knownPlace = endsInPlace?.[1] && isKnownPlace(endsInPlace[1]) ? endsInPlace[1] : undefined;
      const affiliation = reportingFrom ? { organization: '', place: (reportingFrom[1] as string).replace(/,$/, '') } : knownPlace ? { organization: '', place: knownPlace } : matchAffiliation(line.text);
      const role = affiliation ? undefined : matchRoleLine(line.text);
      if (affiliation || role) {
        const place = affiliation?.place ?? role?.place;
        byline = {
          ...byline,
          authors: byline.authors.map((a) => (place ? { ...a, location: place } : a)),
          raw: `${byline.raw} ${line.unit.text}`,
        };
        note(line, affiliation ? 'byline:affiliation' : 'byline:role');
        continue;
      }
    }
    // `رنا الحوراني` / `الأربعاء 25 تشرين الثاني 2026, 11:40 ص`: in a script without capitals no rule can tell a
    // name, but a few words alone between the headline (or its summary) and the date are the writer's.
    // (`শাহীন আলম, রাজশাহী`: the name, a comma and the town.)
    const namesAndTown = !byline?.authors.length && line.size >= 2 && line.size <= 5 && caseless(line.text) ? /^([^\p{N}\p{P}]+?)(?:\s*[,،]\s*([^\p{N}\p{P}]+))?$/u.exec(line.text.trim()) : null;
    const dateUnder = namesAndTown ? nextContent(lines, k + 1, furnitureOf) : undefined;
    if (namesAndTown?.[1] && (dateUnder?.dateOnly || dateUnder?.timestamp) && [headline, standfirst].includes(previousContent(lines, k, furnitureOf) ?? line)) {
      const town = namesAndTown[2];
      takeByline(line, { authors: [town ? { name: namesAndTown[1], location: town } : { name: namesAndTown[1] }], raw: line.unit.text });
      continue;
    }
    // A date no rule could read (`२०८३ मंसिर ९ गते १४:३५`: a calendar the reader does not know) is no summary.
    if (line.timestamp) {
      drop(line, 'dateline:unread', 'a date the reader cannot read (its calendar or month names are unknown)');
      continue;
    }
    // After the summary, a labelled title (`ANÁLISIS - …`) links to another piece.
    if (standfirst && LABELLED_LINK.test(line.text) && !line.sentence) {
      drop(line, 'furniture:related-link', 'link to another story (site furniture)');
      continue;
    }
    // A caption whose credit is on the next line.
    const next = nextContent(lines, k + 1, furnitureOf);
    // Names, then a place on its own line, then the date.
    // One more author on a line of their own, right under the byline (`Linnea Holm` / `Oskar Bergqvist`),
    // or with a role line under the name (`Kjetil Bakke` / `Fotojournalist`).
    if (byline?.authors.length && lastBylineAt >= k - 3 && line.size <= 5 && !line.sentence && isAnotherAuthor(line.text, byline)) {
      byline = { ...byline, authors: [...byline.authors, { name: line.text }], raw: `${byline.raw} ${line.unit.text}` };
      lastBylineAt = k;
      note(line, 'byline:another-author');
      continue;
    }
    // (`Santa Cruz de Tenerife`: longer when the gazetteer knows the town.)
    if (byline?.authors.length && !byline.dateline && !byline.authors.some((a) => a.location) && (line.size <= 3 || (line.size <= 5 && isKnownPlace(line.text))) && !line.sentence && !isPublicationName(line.text) && next && (next.dateOnly || next.byline?.dateline)) {
      // `à Maniwaki`, `in Leeds`: the little word before the place is not part of it.
      const place = line.text.replace(/^(?:à|a|in|en|em|aus|from|de|da|z|w|i|från|fra)\s+(?=\p{Lu})/u, '');
      byline = { ...byline, authors: byline.authors.map((a) => ({ ...a, location: place })), raw: `${byline.raw} ${line.unit.text}` };
      note(line, 'byline:place');
      continue;
    }
    // (Right under the headline, a line followed by a credit and then by the caption is the summary.)
    const captionFollows = !!next && isCaptionAfterCredit(lines, next.index, furnitureOf);
    // (A caption may say when the picture was taken: a date in it does not make it a dateline. One of a
    // few words without a full stop is a caption too, `Brankov most u popodnevnoj gužvi` over `Foto: …`,
    // but not right under the headline, where it is more often the summary.)
    if (!lead?.caption && next?.creditLine && !line.byline?.authors.length && !line.dateOnly && line.size <= 70 && (!isShortLabel(line) || (line.size >= 4 && k !== headlineAt + 1)) && !creditsStandAlone && !(k === headlineAt + 1 && !standfirst && captionFollows)) {
      lead = { ...(lead ?? { type: 'figure', id: '' }), caption: parseInlines(line.unit.text), position: position(line.unit) };
      note(line, 'caption:before-credit');
      continue;
    }
    // `Un tren de Cercanías entrando en Atocha.` / `EUROPA PRESS`, `… en una imagen del año pasado.` / `Aton`:
    // under a caption, an agency in capitals or a one-word name, then the story, is the picture's credit
    // (once the summary or the byline is read: a name under a summary is more often its author's).
    if (!lead?.caption && next && next.index === k + 1 && (standfirst || byline) && isBareCredit(next) && line.size >= 6 && line.size <= 60 && !line.byline?.authors.length && !line.dateOnly && !isShortLabel(line) && (lines[next.index + 1]?.prose ?? 0) === 2) {
      lead = { ...(lead ?? { type: 'figure', id: '' }), caption: parseInlines(line.unit.text), credit: next.text, position: index.position(line.unit.start, next.unit.end) };
      note(line, 'caption:before-credit');
      note(next, 'caption:bare-credit');
      k = next.index;
      continue;
    }
    // The summary: right under the headline, or (on some sites) under the byline or the
    // picture, when more header lines follow it.
    const early = !byline && !lead;
    if (!standfirst && isStandfirstLike(line) && line.prose < 2 + (line.size <= 60 ? 1 : 0) && (early || (line.size >= 12 && line.size <= 60))) {
      if ((early && !line.sentence) || headerFollows(lines, k + 1, furnitureOf)) {
        standfirst = line;
        note(line, 'standfirst');
        continue;
      }
    }
    // A lead caption with no credit: a sentence among the header lines, before the byline.
    // Only furniture may stand between the credit and its caption.
    // (Under the byline, two sentences after a credit that stands alone open the story.)
    const storyLike = !!byline?.authors.length && /[.!?]\s+\p{Lu}/u.test(line.text);
    if (lead?.credit && !lead.caption && line.size <= 30 && line.prose > 0 && !storyLike && onlyFurnitureBetween(leadCreditAt, k, furnitureOf)) {
      lead = { ...lead, caption: parseInlines(line.unit.text), position: position(line.unit) };
      note(line, 'caption:after-credit');
      continue;
    }
    // Short lines no rule knows (a reading time, a label, a button) are chrome while more
    // header lines follow, or while the story has not begun.
    if ((isShortLabel(line) || line.size <= 3) && (headerFollows(lines, k + 1, furnitureOf) || k < body.start)) {
      drop(line, 'header:unrecognised', 'unrecognised header line');
      continue;
    }
    if (line.dateOnly) {
      drop(line, 'header:extra-date', 'a second date line in the header');
      continue;
    }
    // `Why We Wrote This` and its note between the summary and `By Nora Halvorsen`: a box the site
    // sets between the headline and the byline. The summary is the first line; the box is chrome.
    // (One line at a time: a caption or a credit among them is still read as one.)
    if (!byline?.authors.length && !box) box = bylineAfterBox(lines, k, furnitureOf);
    if (box && k < box.bylineAt) {
      if (!standfirst && isStandfirstLike(line)) {
        standfirst = line;
        note(line, 'standfirst');
        continue;
      }
      // (Under a title that is known chrome, `L’essentiel`, the box holds the story's key points: they stay.)
      if (box.titled) {
        drop(line, 'header:box', 'a box between the headline and the byline (site furniture)');
        continue;
      }
    }
    break;
  }
  if (dateLabel && !byline?.dateline) {
    // A label with no date after it is kept as text, not lost.
    k = Math.min(k, dateLabel.index);
    delete roles[dateLabel.index];
  }
  if (pendingDate && !byline?.dateline) {
    const found = pendingDate.byline ?? { authors: [], raw: pendingDate.unit.text, ...(pendingDate.dates?.published ? { dateline: pendingDate.dates.published } : {}) };
    const updated = pendingUpdate?.dates?.updated;
    // (The update's line, label and all, is part of what the byline was read from.)
    byline = mergeBylines(byline, updated && pendingUpdate && !found.updated ? { ...found, updated, raw: `${found.raw} ${pendingUpdate.unit.text}` } : found);
    if (pendingUpdate && found.updated) dropSecondDate(pendingUpdate);
  } else if (pendingDate) {
    for (const line of [pendingDate, pendingUpdate]) if (line) dropSecondDate(line);
  }
  const bodyStart = headline ? k : 0;
  markLinkLists(lines, bodyStart, listOf);
  markRepeatedLines(lines, bodyStart, body.end, listOf);

  // 4. Where the story ends: the footer notes and furniture after its last paragraph.
  let bodyEnd = Math.max(bodyStart, body.end);
  const bylineWriters = writersOf(byline);
  const trailingChrome = (i: number) => {
    const line = lines[i] as Line;
    return !!furnitureOf(i) || !!line.footer || line.rule || (isShortLabel(line) && line.size <= 3) || notesTheWriter(line, bylineWriters);
  };
  while (bodyEnd > bodyStart) {
    if (trailingChrome(bodyEnd - 1)) bodyEnd--;
    // An author box closes the story: the name alone, then a note about the person.
    else if (bodyEnd - 2 > bodyStart && isAuthorBox(lines, bodyEnd - 2)) bodyEnd -= 2;
    // (Or the name, the role, then the note, which starts with the name: `Christina Aigner` /
    // `Redakteurin Lokalteil Tennengau` / `Christina Aigner berichtet seit 2018 …`.)
    else if (bodyEnd - 3 > bodyStart && isAuthorBox(lines, bodyEnd - 3) && (lines[bodyEnd - 1] as Line).text.startsWith((lines[bodyEnd - 3] as Line).text)) bodyEnd -= 3;
    else break;
  }
  const writers = writersOf(byline);
  bodyEnd = endBeforeWritersBox(lines, bodyStart, bodyEnd, writers, furnitureOf);

  // A run of chrome near the end with only a few lines after it, one of them a footer's (an author
  // bio, a credit): the story ended before the run (`Submit Correction`, `About the writer`, the
  // bio), and what follows belongs to the footer.
  bodyEnd = endBeforeClosingChrome(lines, bodyStart, bodyEnd, furnitureOf);
  bodyEnd = endBeforeHeadlineList(lines, bodyStart, bodyEnd, furnitureOf);
  while (bodyEnd > bodyStart) {
    const line = lines[bodyEnd - 1] as Line;
    if (line.footer || line.rule || furnitureOf(bodyEnd - 1)) bodyEnd--;
    else break;
  }

  markFurnitureBoxes(lines, bodyStart, bodyEnd, listOf, furnitureOf);
  markPromotionBoxes(lines, bodyStart, bodyEnd, listOf, furnitureOf);
  markSignUpBoxes(lines, bodyStart, bodyEnd, listOf, furnitureOf);
  markLearnedFurniture(lines, bodyStart, bodyEnd, listOf, furnitureOf);
  // The boxes just found may have been all that kept the story's end open: the lines left between
  // them and the story's last paragraph (`Rights & Permissions` over the writer's bio) are its closing chrome.
  while (bodyEnd > bodyStart && trailingChrome(bodyEnd - 1)) bodyEnd--;

  // 5. The body.
  const sections: Section[] = [{ type: 'section', id: '', depth: 1, blocks: [] }];
  let current = sections[0] as Section;
  let lastParagraph: { block: Paragraph; text: string; start: number; line: number } | undefined;
  const unmarkedItem = findUnmarkedLists(lines, bodyStart, bodyEnd, furnitureOf);
  const numberedHeadings = findNumberedSubheadings(lines, bodyStart, bodyEnd, furnitureOf);
  let list: Block | undefined;
  let wireDate: { text: string; place: string; agency: string } | undefined;
  for (let i = bodyStart; i < bodyEnd; i++) {
    const line = lines[i] as Line;
    const t = line.unit.text;
    if (furnitureOf(i)) {
      dropFurniture(line);
      lastParagraph = undefined;
      continue;
    }
    // `<headline> | Ethiopian Reporter | ሪፖርተር`: the page's title, the headline and the site's name, copied again.
    if (headline && t.length > headline.unit.text.length && t.startsWith(headline.unit.text) && SITE_AFTER_TITLE.test(t.slice(headline.unit.text.length))) {
      drop(line, 'furniture:page-title', 'the page’s title: the headline and the site’s name (site furniture)');
      lastParagraph = undefined;
      continue;
    }
    if (line.rule) {
      // A rule carries no words: explained, not recorded as dropped text.
      note(line, 'rule');
      continue;
    }
    // A paragraph cut by a page break: the previous one stops mid-sentence, this one goes on in lower case.
    if (lastParagraph && !endsSentence(lastParagraph.text) && /^[\p{Ll}]/u.test(t) && !line.byline && !line.dates) {
      lastParagraph.text = `${lastParagraph.text} ${t}`;
      lastParagraph.block.children = parseInlines(lastParagraph.text);
      lastParagraph.block.position = index.position(lastParagraph.start, line.unit.end);
      note(line, 'page-break-join');
      continue;
    }
    // `Image source, Getty Images` / `Image caption, Residents …`: a credit over a labelled caption is that picture's.
    const labelledNext = line.creditLine ? nextContent(lines, i + 1, furnitureOf) : undefined;
    const captionBelow = labelledNext ? labelledCaption(labelledNext.text) : undefined;
    if (line.creditLine && labelledNext && captionBelow) {
      const figure: Figure = { type: 'figure', id: '', caption: parseInlines(captionBelow), credit: line.creditLine.credit, position: index.position(line.unit.start, labelledNext.unit.end) };
      if (line.creditLine.label) figure.creditLabel = line.creditLine.label;
      current.blocks.push(figure);
      dropped.push({ text: labelledNext.text.slice(0, labelledNext.text.length - captionBelow.length).trim(), reason: 'caption label', position: position(labelledNext.unit) });
      note(line, 'caption:credit-line');
      note(labelledNext, 'caption:labelled');
      i = labelledNext.index;
      lastParagraph = undefined;
      continue;
    }
    // A credit on its own line: the short paragraph above it was the caption of an image.
    const previousBlock = current.blocks[current.blocks.length - 1];
    if (line.creditLine && previousBlock?.type === 'paragraph' && lastParagraph && lastParagraph.text.length <= 400 && !creditsStandAlone) {
      const figure: Figure = { type: 'figure', id: '', caption: previousBlock.children, credit: line.creditLine.credit, position: index.position(lastParagraph.start, line.unit.end) };
      if (line.creditLine.label) figure.creditLabel = line.creditLine.label;
      current.blocks[current.blocks.length - 1] = figure;
      if (roles[lastParagraph.line]) roles[lastParagraph.line] = 'caption:before-credit';
      note(line, 'caption:credit-line');
      lastParagraph = undefined;
      continue;
    }
    // A credit under a story paragraph on a page whose images have no captions: the image's credit alone.
    if (line.creditLine && creditsStandAlone) {
      const figure: Figure = { type: 'figure', id: '', credit: line.creditLine.credit, position: position(line.unit) };
      if (line.creditLine.label) figure.creditLabel = line.creditLine.label;
      current.blocks.push(figure);
      note(line, 'caption:credit-alone');
      lastParagraph = undefined;
      continue;
    }
    if (line.footer === 'note' || line.footer === 'correction') {
      earlyNotes.push({ type: 'paragraph', children: parseInlines(t), position: position(line.unit) });
      note(line, `footer:${line.footer}`);
      continue;
    }
    // (Near the top of the story only: further down, a byline or date belongs to a teaser card or a timeline.)
    const nearTheTop = () => sections.reduce((n, section) => n + section.blocks.length, 0) <= 5;
    // `L’essentiel` and its points, then `Propos recueillis par Élodie Ferrand`: a byline with its label,
    // under the first lines of the story when the header had none.
    // (Or names alone, one a line, with the date under them: `Lea Gerber` / `Marcel Urech` / `Publiziert: …`.)
    // (Looked for only under names alone: this runs on every line of the story.)
    // (Or names and the date on one line, `Marta Outeiriño | A Coruña | 26/11/2026`, when the header had no date:
    // not a credit's `Bild: Livia Küttel (Emmenbrücke, 2. 3. 2026)`.)
    const dateBelow = line.bareNames && line.byline?.authors.length ? bareDateBelow(lines, i) : -1;
    const namesOverDate = dateBelow >= 0 && lines.slice(i + 1, i + 1 + dateBelow).every((next) => next.bareNames || next.furniture);
    if (line.byline?.authors.length && (hasBylineLabel(t) || namesOverDate || (!!line.byline.dateline && !line.bareNames && !line.creditLine && !line.caption && !LABELLED.test(t) && !byline?.dateline)) && (!byline?.authors.length || (namesOverDate && roles[i - 1] === 'byline:in-body')) && line.size <= 12 && nearTheTop()) {
      const previousAuthors = byline?.authors ?? [];
      byline = mergeBylines(byline, line.byline);
      if (byline.authors.length === 0) byline = { ...byline, authors: line.byline.authors };
      // (The second of two names, one a line: one more author.)
      else if (namesOverDate && previousAuthors.length) byline = { ...byline, authors: [...previousAuthors, ...line.byline.authors] };
      note(line, 'byline:in-body');
      continue;
    }
    if (line.dateOnly) {
      if (!byline?.dateline && line.dates?.published && nearTheTop()) {
        byline = mergeBylines(byline, { authors: [], dateline: line.dates.published, raw: t });
        // (`Publié le … — Mis à jour le …`: the update on the same line.)
        if (line.dates.updated && !byline.updated) byline = { ...byline, updated: line.dates.updated };
        note(line, 'dateline:in-body');
      } else {
        drop(line, 'dateline:in-body', 'a date line inside the story (a timestamp)');
      }
      continue;
    }
    if (line.tableRow && line.unit.cells) {
      const row = line.unit.cells.map((cell) => parseInlines(cell));
      const previousBlock = current.blocks[current.blocks.length - 1];
      if (previousBlock?.type === 'table' && !line.unit.afterGap && lines[i - 1]?.tableRow && previousBlock.head.length === row.length) {
        previousBlock.rows.push(row);
        if (previousBlock.position) previousBlock.position.end = index.point(line.unit.end);
      } else {
        // The first row of a copied table is its header row (browsers copy `<th>` cells as text too).
        current.blocks.push({ type: 'table', id: '', align: row.map(() => null), head: row, rows: [], position: position(line.unit) });
      }
      note(line, 'table-row');
      list = undefined;
      lastParagraph = undefined;
      continue;
    }
    if (numberedHeadings.has(i)) {
      current = { type: 'section', id: '', depth: 1, heading: parseInlines(t), blocks: [], position: position(line.unit) };
      sections.push(current);
      note(line, 'subheading:numbered');
      list = undefined;
      lastParagraph = undefined;
      continue;
    }
    const item = LIST_ITEM.exec(t);
    if (item?.[1] || unmarkedItem[i]) {
      if (list?.type !== 'list') {
        list = { type: 'list', ordered: !!item && /^\d/.test(t), items: [], position: position(line.unit) };
        current.blocks.push(list);
      }
      list.items.push([{ type: 'paragraph', children: parseInlines(item?.[1] ?? t), position: position(line.unit) }]);
      if (list.position) list.position.end = index.point(line.unit.end);
      note(line, 'list-item');
      lastParagraph = undefined;
      continue;
    }
    list = undefined;
    // A title right after a list of links, before the site's closing blurb, is the list's last item.
    const previousLine = lines[i - 1];
    if (previousLine && listOf[i - 1] && !line.sentence && line.size <= 16 && !line.caption && nextContent(lines, i + 1, furnitureOf) !== undefined && isLastProse(lines, i, furnitureOf)) {
      listOf[i] = listOf[i - 1];
      dropFurniture(line);
      continue;
    }
    // (Before subheadings: `Representative image` names a picture, it does not head a section.)
    const creditless = line.size <= 60 ? creditlessCaption(t) : undefined;
    if (creditless) {
      current.blocks.push(figureWithoutCreditForm(creditless, position(line.unit)));
      note(line, 'caption:creditless');
      lastParagraph = undefined;
      continue;
    }
    const previousIsProse = !!lastParagraph && endsSentence(lastParagraph.text);
    const following = nextContent(lines, i + 1, furnitureOf);
    const heading =
      !line.caption && !(line.byline && !line.bareNames) && !line.footer && !repeatsAsPullQuote(t, passagesForQuotes, i) && !isTeaserTitle(lines, i, furnitureOf)
        ? matchSubheading(visibleText(t), previousIsProse || current.blocks.length > 0, !!following && following.prose > 0 && !isHeaderItem(following))
        : undefined;
    // `Reportáž Událostí v regionech` / `Video: Události v regionech`: a title right over an embedded video or
    // a link box is that embed's, not a section's.
    if (heading && !/[,;\p{N}]/u.test(t) && i + 1 < lines.length && EMBED_RULES.has(furnitureOf(i + 1)?.name ?? '')) {
      drop(line, 'furniture:embed-title', 'the title of an embedded video or link box (site furniture)');
      continue;
    }
    if (heading) {
      current = { type: 'section', id: '', depth: 1, heading: parseInlines(t.replace(/^#{1,4}\s+/, '')), blocks: [], position: position(line.unit) };
      sections.push(current);
      note(line, 'subheading');
      lastParagraph = undefined;
      continue;
    }
    if (line.caption && line.size <= 60) {
      current.blocks.push(figureFrom(line.caption, position(line.unit), dropped));
      note(line, line.caption.rule);
      lastParagraph = undefined;
      continue;
    }
    if (/^>\s?/.test(t)) {
      current.blocks.push({ type: 'quote', blocks: [{ type: 'paragraph', children: parseInlines(t.replace(/^>\s?/, '')) }], position: position(line.unit) });
      note(line, 'quote');
      lastParagraph = undefined;
      continue;
    }
    // At the top of the story, a line with a person's name straight under it, then the story: the
    // lead picture's caption and its photographer (`A fábrica … em Sines.` / `Duarte Salvador`).
    const nameBelow = lines[i + 1];
    if (
      !lead &&
      sections.length === 1 &&
      current.blocks.length === 0 &&
      nameBelow &&
      i + 1 < bodyEnd &&
      !nameBelow.unit.afterGap &&
      nameBelow.bareNames &&
      nameBelow.size <= 4 &&
      line.size <= 40 &&
      lines[i + 2]?.unit.afterGap &&
      (lines[i + 2]?.prose ?? 0) === 2 &&
      !byline?.authors.some((a) => a.name === nameBelow.text)
    ) {
      lead = { type: 'figure', id: '', caption: parseInlines(t), credit: nameBelow.text, position: index.position(line.unit.start, nameBelow.unit.end) };
      note(line, 'caption:before-name');
      note(nameBelow, 'caption:credit-name');
      i++;
      continue;
    }
    const paragraph: Paragraph = { type: 'paragraph', children: parseInlines(t), position: position(line.unit) };
    // (`(대전=연합뉴스) 김지훈 기자 = …`, `中新网北京11月25日电 (记者 李晓红)…`: the writer opens the first paragraph.)
    // (Or gives the town of the writer the header named: `김지훈 기자` over it.)
    const opening = sections.length === 1 && current.blocks.length === 0 && !byline?.authors.some((a) => a.location) ? wireOpeningAuthors(t) : undefined;
    if (opening && !byline?.authors.length) byline = mergeBylines(byline, { authors: opening, raw: line.unit.text.slice(0, 40) });
    else if (opening && byline) {
      const towns = new Map(opening.map((a) => [a.name, a.location]));
      byline = { ...byline, authors: byline.authors.map((a) => (towns.get(a.name) ? { ...a, location: towns.get(a.name) as string } : a)) };
    }
    const wire = !wireDate && sections.length === 1 && current.blocks.length === 0 ? matchWireDateline(t) : undefined;
    if (wire) {
      wireDate = { text: wire.date ?? '', place: wire.place, agency: wire.agency };
      note(line, 'wire-dateline');
    } else {
      note(line, 'paragraph');
    }
    current.blocks.push(paragraph);
    lastParagraph = { block: paragraph, text: t, start: line.unit.start, line: line.index };
  }

  // Pull quotes: standalone quotations that repeat the story's own words.
  // A pull quote repeats what the story has already said; a quotation that comes before its
  // source line announces it (a heading or a lead quote), and stays as it is.
  const passages = sections.flatMap((section) => section.blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : '')));
  let seen = 0;
  for (const section of sections) {
    section.blocks = section.blocks.map((block) => {
      seen++;
      if (block.type !== 'paragraph') return block;
      const blockText = inlineText(block.children);
      const quoted = quotedText(blockText);
      if (!quoted || !repeatsStory(quoted, passages.slice(0, seen - 1))) return block;
      const at = lines.find((l) => l.unit.start === block.position?.start.offset);
      if (at && roles[at.index]) roles[at.index] = 'pull-quote';
      return { type: 'quote', pull: true, blocks: [{ type: 'paragraph', children: block.children }], ...(block.position ? { position: block.position } : {}) };
    });
  }

  // 6. After the story: rights, credits, corrections, bios, notes; everything else is furniture.
  let rights: string | undefined;
  let originallyPublished: Dateline | undefined;
  let updatedInNote: Dateline | undefined;
  const notes: Block[] = [...earlyNotes];
  let afterArticle = false;
  let siteRights: string | undefined;
  let chromeSeen = 0;
  let siteLinksSeen = false;
  for (let i = bodyEnd; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.rule) {
      note(line, 'footer:rule');
      continue;
    }
    // A copyright line below the site's own menus is the site's, not the article's.
    if (line.footer === 'rights' && (chromeSeen >= 4 || siteLinksSeen)) {
      // (The first that names the publisher: a notice forbidding copies, `未經許可，不得轉載`, may stand above `© 2026 Ming Pao`.)
      siteRights = preferRights(siteRights, visibleText(line.unit.text));
      drop(line, 'furniture:site-rights', 'the site’s copyright line, below its menus (site furniture)');
      continue;
    }
    // A press contact block: the label, then name, organisation, e-mail and telephone lines.
    if (startsContactBlock(lines, i)) {
      let j = i;
      const block: Line[] = [];
      for (; j < lines.length && j < i + 8; j++) {
        const member = lines[j] as Line;
        // (`Dana Whitcomb, Quarry Lane Software, 1 208-555-0147, press@…`: one line may hold them all.)
        if (j > i && (member.unit.afterGap || member.sentence || member.size > (CONTACT_DETAIL.test(member.text) ? 25 : 10))) break;
        block.push(member);
      }
      const known = new Set(notes.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : [])));
      for (const member of block) {
        if (known.has(member.text)) drop(member, 'footer:repeated', 'the same contact line again (site furniture)');
        else {
          notes.push({ type: 'paragraph', children: parseInlines(member.unit.text), position: position(member.unit) });
          note(member, 'footer:contact');
        }
      }
      i = j - 1;
      continue;
    }
    // `ROG`, `(JPS)`, `frt/rcr`: the editors' initials right under the story.
    // (`TEMAS` over a list of tags is the list’s label, not a desk’s initials: those are two or three letters, `OF`.)
    // (Nor is the paper's name in capitals, `HAZ`, which the page shows at its top too.)
    const initials = (i === bodyEnd && INITIALS_SIGN_OFF.test(line.text) && !(i + 1 < lines.length && furnitureOf(i + 1) && /^\p{Lu}{4,}$/u.test(line.text)) && line.repeats < 2) || (/\//u.test(line.text) && /^\(?\/?\p{L}{2,5}(?:\s?\/{1,2}\s?\p{L}{2,5})*\/?\)?$/u.test(line.text) && onlyFurnitureBetween(bodyEnd - 1, i, furnitureOf));
    if (initials) {
      notes.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
      note(line, 'footer:initials');
      continue;
    }
    // A byline under the story (`Lukas Imhof`, `Autorka/Autor: Katarzyna Wróblewska`) on a page whose header gave none.
    // (Names right under the story may open the run of short links after it: `Ольга Никитина, Новосибирск; Тимофей Ларин` / `Комментарии`.)
    const signedNames = i === bodyEnd && !line.furniture && (line.byline?.authors.length ?? 0) >= 2 && !!line.byline?.authors.every((a) => looksLikePersonName(a.name) && !isKnownPlace(a.name));
    // (`Авторы` / `Ирина Котова, Дмитрий Шелгунов`: the label on a line of its own, the names under it; `Ewelina
    // Jurczak (PAP)`: one person's name right under the story, with the agency in brackets.)
    const people = !byline?.authors.length && !line.furniture && !!line.byline?.authors.length && line.byline.authors.every((a) => looksLikePersonName(a.name) && !isKnownPlace(a.name));
    const underLabel = people && i >= 1 && i <= bodyEnd + 2 && isBylineLabel((lines[i - 1] as Line).text);
    // (Not in a script without capitals, where a given name decides alone (`انتهای پیام`, "end of message"),
    // nor a press contact's name over the company, telephone and address.)
    const lone = people && i === bodyEnd && line.size <= 6 && line.byline?.authors.length === 1 && /^[\p{Lu}\p{Ll}]/u.test(line.text) && !lines.slice(i + 1, i + 4).some((l) => CONTACT_DETAIL.test(l.text));
    if ((underLabel || lone) && !isAuthorBox(lines, i)) {
      byline = mergeBylines(byline, { authors: line.byline?.authors ?? [], raw: line.unit.text });
      note(line, 'byline:after-story');
      if (underLabel) note(lines[i - 1] as Line, 'byline:label');
      continue;
    }
    if (!byline?.authors.length && i <= bodyEnd + 1 && (!furnitureOf(i) || signedNames) && !isAuthorBox(lines, i)) {
      const labelled = line.byline?.authors.length && (hasBylineLabel(line.text) || isKoreanByline(line.text)) ? line.byline : undefined;
      const named = line.size <= 5 && looksLikePersonName(line.text) && !isKnownPlace(line.text) ? { authors: [{ name: line.text }], raw: line.unit.text } : undefined;
      // (`（竹内美咲）`: Japanese and Chinese papers sign in brackets under the last paragraph.)
      const signature = i === bodyEnd ? (signatureLine(line.text) ?? ethiopicSignOff(line.text)) : undefined;
      const found = labelled ?? named ?? (signedNames ? line.byline : undefined) ?? (signature ? { authors: signature, raw: line.unit.text } : undefined);
      if (found) {
        byline = mergeBylines(byline, { ...found, authors: found.authors });
        note(line, 'byline:after-story');
        continue;
      }
    }
    // The date under the story (`Publiziert am 03.11.2025`), on a page whose header gave none.
    if (!byline?.dateline && line.dateOnly && line.dates?.published && i <= bodyEnd + 3) {
      byline = mergeBylines(byline, { authors: [], dateline: line.dates.published, raw: line.unit.text });
      note(line, 'dateline:after-story');
      // `This story was originally published November 26, 2025 at 6:00 AM.`: a footer note too.
      if (line.footer) notes.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
      continue;
    }
    // A footnote: its number alone, then its text (`1` / `The docket is …`).
    const footnoteText = lines[i + 1];
    // (A ranked list's number before a headline, `3` / `滋賀・近江八幡の老舗和菓子店が閉店へ`, is none: a footnote's text ends with a full stop.)
    if (/^\d{1,2}$/.test(line.text) && !listOf[i] && !listOf[i + 1] && footnoteText && footnoteText.prose > 0 && /[.!?。！？…]\P{L}{0,2}$/u.test(footnoteText.text) && footnoteText.size >= 15 && !footnoteText.furniture) {
      notes.push({ type: 'paragraph', children: parseInlines(`${line.unit.text} ${footnoteText.unit.text}`), position: index.position(line.unit.start, footnoteText.unit.end) });
      note(line, 'footer:footnote');
      note(footnoteText, 'footer:footnote');
      i++;
      continue;
    }
    // An author box: the name, then the role or a note about the person.
    const below = lines[i + 1];
    // (Inside a list of links, only a name the byline gives: `About the writer` under `View Editorial Guidelines` is not a bio.)
    // (The note in words no rule knows counts only outside a list: under `More Coverage`, the writer's name
    // and a headline are links to their other stories.)
    if (below && (!furnitureOf(i) || byline?.authors.some((a) => a.name.toLowerCase() === line.text.toLowerCase())) && isAuthorBox(lines, i, furnitureOf(i + 1) ? undefined : writers)) {
      notes.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
      notes.push({ type: 'paragraph', children: parseInlines(below.unit.text), position: position(below.unit) });
      note(line, 'footer:bio');
      note(below, 'footer:bio');
      i++;
      // (Name, role, then the note: `Mira Castellanos` / `Food Reporter` / `Mira Castellanos is a food reporter …`,
      // `Mette Bach Jensen` / `Journalist, NORDJYSKE Aalborg` / `Skriver om byudvikling …`.)
      const third = lines[i + 1];
      if (third && !furnitureOf(i + 1) && (third.text.startsWith(line.text) || third.footer === 'bio' || (matchRoleLine(below.text.replace(/\.$/, '')) && third.prose > 0 && third.size <= 40))) {
        notes.push({ type: 'paragraph', children: parseInlines(third.unit.text), position: position(third.unit) });
        note(third, 'footer:bio');
        i++;
      }
      continue;
    }
    if (line.furniture && line.footer !== 'credit' && line.footer !== 'correction') {
      chromeSeen++;
      if (line.furniture.name === 'furniture:site-footer') siteLinksSeen = true;
      if (line.furniture.endsArticle) afterArticle = true;
      dropFurniture(line);
      continue;
    }
    if (line.footer && !afterArticle && !(line.footer === 'bio' && furnitureOf(i))) {
      if (line.footer === 'rights' && rights === undefined) {
        rights = visibleText(line.unit.text);
        note(line, 'footer:rights');
      } else {
        notes.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
        note(line, `footer:${line.footer}`);
        // `Article amended on 26 November 2026` / `We have corrected …`: a dated label, its correction on the next line.
        const text = lines[i + 1];
        if (line.footer === 'correction' && line.dates && line.size <= 8 && text && !text.footer && !furnitureOf(i + 1) && !text.unit.afterGap && text.sentence && text.size <= 80) {
          notes.push({ type: 'paragraph', children: parseInlines(text.unit.text), position: position(text.unit) });
          note(text, 'footer:correction');
          i++;
        }
        // `This story was originally published November 25, 2025 at 5:00 AM.`: the date the header left out.
        if (line.footer === 'credit' && line.dates?.published && ORIGINALLY_PUBLISHED.test(line.text)) originallyPublished ??= line.dates.published;
        // `This article was updated at 3.40pm AEDT on November 28 to include …`: the date of the change, in the note that says so.
        if (line.footer !== 'rights' && line.dates?.updated) updatedInNote ??= line.dates.updated;
      }
      continue;
    }
    // `Priya Kandola / Local Journalism Initiative / Canada's National Observer`: the byline's writer signs
    // off under the story, with the desk or the paper; `◎공감언론 뉴시스 jwkim@newsis.com`: or the
    // paper's name and the writer's address, right under it.
    // (`(*) Hélène Marchetti est économiste …`: a note about the writer, marked as the byline marks the name.)
    if (!afterArticle && !furnitureOf(i) && i <= bodyEnd + 12 && (signsOff(line, writers) || notesTheWriter(line, writers) || (i <= bodyEnd + 1 && line.size <= 6 && ENDS_WITH_ADDRESS.test(line.text)))) {
      notes.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
      note(line, 'footer:sign-off');
      continue;
    }
    chromeSeen++;
    if (furnitureOf(i)) {
      if (furnitureOf(i)?.endsArticle) afterArticle = true;
      dropFurniture(line);
      continue;
    }
    drop(line, 'footer:unrecognised', 'unrecognised line after the article (site furniture, teasers or comments)');
  }

  if (originallyPublished && !byline?.dateline) byline = mergeBylines(byline, { authors: [], dateline: originallyPublished, raw: originallyPublished.text });
  if (updatedInNote && !byline?.updated) byline = mergeBylines(byline, { authors: [], updated: updatedInNote, raw: updatedInNote.text });
  // A wire dateline dates the story when nothing else does; its year comes from the
  // reference date or the copyright line.
  if (wireDate?.text && !byline?.dateline) {
    const year = reference ? new Date(reference.epochMs).getUTCFullYear() : /\b(19|20)\d{2}\b/.exec(rights ?? '')?.[0];
    const dated = year ? parseDateline(`${wireDate.text} ${year}`) : undefined;
    const dateline = { text: wireDate.text, ...(dated?.iso ? { iso: dated.iso } : {}) };
    byline = byline ? { ...byline, dateline } : { authors: [], dateline, raw: `${wireDate.place}, ${wireDate.text}` };
  }

  // A picture before the story's first words is the lead picture, wherever the header ended.
  // A line or two that no header rule knew may stand above it (an audio disclaimer, a sign-in
  // prompt, "This article was produced for …"): the story has not begun, so the picture is still
  // the lead, and those lines are header chrome when they are short or speak of the page itself.
  const openingBlocks = sections[0]?.blocks ?? [];
  const leadAt = lead ? -1 : openingBlocks.findIndex((block) => block.type === 'figure');
  const leadFigure = openingBlocks[leadAt];
  const aboveLead = openingBlocks.slice(0, Math.max(leadAt, 0));
  if (leadFigure?.type === 'figure' && !leadFigure.src && (leadFigure.caption || leadFigure.credit) && leadAt <= 3 && aboveLead.every((block) => block.type === 'paragraph' && isHeaderChrome(inlineText(block.children)))) {
    lead = leadFigure;
    for (const block of aboveLead) {
      const at = lines.find((l) => l.unit.start === (block as Paragraph).position?.start.offset);
      if (at) drop(at, 'header:unrecognised', 'unrecognised header line');
    }
    openingBlocks.splice(0, leadAt + 1);
  }

  // A page with no story found is a snippet (a paragraph or a few lines copied on their own):
  // nothing on it is chrome for sure but what a rule names, so its other lines are the story.
  if (sections.every((s) => s.blocks.length === 0)) {
    const keep = lines.filter((l) => SNIPPET_ROLES.has(roles[l.index] ?? '') && !l.furniture);
    // (A paragraph read as the only headline, with nothing under it: an ended sentence, or two sentences.)
    const paragraphLike = (l: Line) => (l.sentence && l.size >= 7) || (l.size >= 12 && /\p{Ll}[.!?]\s+\p{Lu}/u.test(l.text));
    if (headline && keep.length === 0 && paragraphLike(headline)) {
      keep.push(headline);
      headline = undefined;
    }
    for (const line of keep) {
      (sections[0] as Section).blocks.push({ type: 'paragraph', children: parseInlines(line.unit.text), position: position(line.unit) });
      roles[line.index] = 'body:snippet';
    }
    const keptAt = new Set(keep.map((l) => position(l.unit).start.offset));
    const stillDropped = dropped.filter((d) => !keptAt.has(d.position?.start.offset ?? -1));
    dropped.splice(0, dropped.length, ...stillDropped);
  }

  // (Only when someone will read them: a record for every line the reader placed.)
  if (options.explain !== false) {
    if (!headline) explain.push({ line: 1, rule: 'headline:missing', text: 'no headline found; use --title' });
    const scoresOf = sharedRoleScores();
    for (const line of lines) {
      const role = roles[line.index];
      if (!role) continue;
      explain.push({ line: index.line(line.unit.start), rule: role, text: clip(line.unit.text), scores: scoresOf(line, headlineScores[line.index] ?? -10) });
    }
  }
  // `ELEKTRILEVI EI VASTA ISEGI TELEFONILE“ (23)`: a comment count after the headline is no part of it.
  const commentCount = headline ? COMMENT_COUNT_AFTER.exec(headline.unit.text) : null;
  if (headline && commentCount?.[1]) dropped.push({ text: commentCount[1], reason: 'a comment count after the headline (site furniture)', position: position(headline.unit) });
  const headlineText = headline && commentCount ? headline.unit.text.slice(0, commentCount.index) : headline?.unit.text;
  const article: Article = {
    type: 'article',
    id: '',
    lang,
    headline: headlineText ? parseInlines(headlineText) : [{ type: 'text', value: UNTITLED_HEADLINE }],
    sections: sections.filter((s, i) => i > 0 || s.blocks.length > 0 || sections.length === 1),
    dropped,
    source: { format: 'news-text', ...(options.file ? { file: options.file } : {}) },
  };
  if (kicker) article.kicker = parseInlines(kicker.unit.text);
  else if (sectionKicker) article.kicker = [{ type: 'text', value: sectionKicker }];
  if (standfirst) article.standfirst = parseInlines(standfirst.unit.text);
  // `by Kirsten Marlow, ProPublica, and …`: a name that the page shows alone above its headline
  // (the masthead) is the publication, not an author.
  if (byline) {
    // The site's name stands among the page's first lines (a menu further down may list cities).
    const mastheads = new Set(lines.slice(0, Math.min(Math.max(headlineAt, 0), 6)).filter((l) => l.size <= 3 && !l.sentence).map((l) => l.text.toLowerCase()));
    let authors = byline.authors.filter((a) => !mastheads.has(a.name.toLowerCase()));
    if (authors.length === 0) authors = byline.authors;
    // A place is where the author worked, not the publication, a role or a button read beside the name.
    authors = authors.map((a) => (a.location && !isPlausiblePlace(a.location, mastheads) ? { name: a.name } : a));
    byline = { ...byline, authors: oncePerPerson(authors) };
  }
  if (byline) article.byline = { ...byline, authors: byline.authors.map((a) => (a.location ? { ...a, location: placeName(a.location) } : a)) };
  if (lead) article.lead = lead;
  const publisher = (rights ? publisherFromRights(rights) : undefined) ?? (siteRights ? publisherFromRights(siteRights) : undefined) ?? wireDate?.agency;
  if (publisher) article.publisher = publisher;
  if (rights !== undefined || notes.length > 0) article.footer = { ...(rights !== undefined ? { rights } : {}), notes };
  explain.sort((a, b) => a.line - b.line);
  takeOpeningByline(article);
  return { article, explain };
}

/** Where the story ends when a run of chrome (three lines or more) is followed only by a few lines and a footer's. */
function endBeforeClosingChrome(lines: Line[], start: number, end: number, furnitureOf: (i: number) => FurnitureRule | undefined): number {
  let after = 0;
  let words = 0;
  let footerSeen = false;
  for (let i = end - 1; i > start; i--) {
    if (furnitureOf(i)) {
      let run = 0;
      while (i - run > start && furnitureOf(i - run)) run++;
      if (run >= 3 && footerSeen && after <= 4 && words <= 150) return i - run + 1;
      i -= run - 1;
      continue;
    }
    const line = lines[i] as Line;
    after++;
    words += line.size;
    if (line.footer || isAuthorBox(lines, i)) footerSeen = true;
    if (after > 4 || words > 150) return end;
  }
  return end;
}

/** `MIT DEM BESENSTIEL IN DIE FLUCHT GESCHLAGEN`: letters, all of them capitals (three words or more). */
function isAllCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase() && text.split(/\s+/u).length >= 3;
}

/** A person's name that the gazetteer does not know as a place, not yet among the byline's authors. */
function isAnotherAuthor(text: string, byline: Byline): boolean {
  return looksLikePersonName(text) && !isKnownPlace(text) && !isPublicationName(text) && !byline.authors.some((a) => a.name.toLowerCase() === text.toLowerCase());
}

/** Words that speak of the page itself: `This article was produced for …`, `Voice is AI-generated`. */
const ABOUT_THE_PAGE =
  /\b(?:this (?:article|story|page|content)|the audio version|text-to-speech|AI-generated|(?:sign|log) in\b|register|subscribe|cet article|ce contenu|dieser (?:artikel|beitrag)|diesen (?:artikel|beitrag)|este (?:artículo|artigo|contenido|conteúdo)|questo articolo|dit artikel|ten artykuł|denne artikkel|denna artikel|tämä artikkeli)/iu;

/** A line above the lead picture that is not the story's: short, or about the page itself. */
function isHeaderChrome(text: string): boolean {
  const size = textSize(text);
  return size <= 8 || (size <= 12 && !endsSentence(text)) || (size <= 45 && ABOUT_THE_PAGE.test(text));
}

/** `og Rasmus Kjær Holm`, `and Jane Doe`, `und Jonas Weber`: "and" and a person's name, the rest of a byline. */
const AND_NAME = /^(?:and|und|et|y|e|en|i|og|och|ja|ve|és|oraz|a|&)\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})$/u;

function nextAuthorLine(text: string): string | undefined {
  const name = AND_NAME.exec(text)?.[1];
  return name && looksLikePersonName(name) && !isKnownPlace(name) && !isPublicationName(name) ? name : undefined;
}

/** Names alone are a byline only beside other byline lines: a date, a role, a place, an affiliation. */
function namesConfirmed(lines: Line[], k: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean {
  // A given name and a family name, and not a town: a person (`Mariana Albuquerque` under the headline).
  const own = lines[k] as Line;
  if (own.size <= 5 && looksLikePersonName(own.text) && !isKnownPlace(own.text)) return true;
  // Just under the date (`November 3, 2025` / `Heard on Morning Edition` / `Nathan Rourke`).
  for (let j = k - 1, seen = 0; j >= 0 && seen < 2; j--) {
    if (furnitureOf(j)) continue;
    seen++;
    if ((lines[j] as Line).dateOnly) return true;
  }
  const next = nextContent(lines, k + 1, furnitureOf);
  if (!next) return false;
  if (next.dateOnly || next.byline?.dateline || next.byline?.updated || next.dateLabel) return true;
  // Then `og Rasmus Kjær Holm`: a second author after "and".
  if (nextAuthorLine(next.text)) return true;
  if (matchAffiliation(next.text) || matchRoleLine(next.text)) return true;
  // A place on its own line, then the date (`Ana Lúcia Ferreira` / `São Paulo` / `3.nov.2025`).
  const after = nextContent(lines, next.index + 1, furnitureOf);
  return next.size <= 3 && !next.sentence && !!after && (after.dateOnly || !!after.byline?.dateline);
}

/** A short quotation that repeats the story's words is a pull quote, not a subheading. */
function repeatsAsPullQuote(text: string, passages: string[], before: number): boolean {
  const quoted = quotedText(text);
  return !!quoted && repeatsStory(quoted, passages.slice(0, before).filter((p) => p !== text));
}

/**
 * A title inside the story that is another story's teaser, not a subheading: it has its date right
 * above or below it (`23. 11. 2026. у 18:30` / `ВРАТИО СЕ ИЗ НЕМАЧКЕ …`), or it follows another title
 * of five words or more with no paragraph between (a run of teasers), or a label of a word or two that
 * no rule knows (`Související` / `Meteorologové varují před ledovkou na jižní Moravě`).
 */
function isTeaserTitle(lines: Line[], i: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean {
  const line = lines[i] as Line;
  const before = lines[i - 1];
  const after = lines[i + 1];
  if ((before?.dateOnly && !line.unit.afterGap) || (after?.dateOnly && !after.unit.afterGap)) return true;
  // (A teaser the page's rules already set aside, `Lesen Sie auch` / its title, may stand right above a real subheading.)
  if (!before || line.size < 6 || line.unit.afterGap || furnitureOf(i - 1)) return false;
  const titleLike = (l: Line) => !l.sentence && l.prose === 0 && !l.furniture && !l.listItem && !l.caption && !l.creditLine && !l.dates;
  return titleLike(before) && (before.size >= 5 || (before.size <= 2 && !/[:：]$/u.test(before.text)));
}

/** `… TELEFONILE“ (23)`: a number alone in brackets after the headline's words, the count of comments. */
const COMMENT_COUNT_AFTER = /(?<=\S)\s+(\(\d{1,5}\))$/u;

/** A headline's shape: the next line or the one after is a date or a byline. */
function opensHeader(lines: Line[], i: number): boolean {
  for (const next of [lines[i + 1], lines[i + 2]]) {
    if (next && (next.dateOnly || (next.byline && !next.bareNames) || next.byline?.dateline)) return true;
  }
  return false;
}

/** A credit with no label: an agency or call sign in capitals (`EUROPA PRESS`, `WKEF`) or a one-word name (`Aton`), never a town. */
function isBareCredit(line: Line): boolean {
  const words = line.text.split(/\s+/u);
  // (`Kirsten Lindqvist | MPR News`: or a person's name, a bar, and the publication.)
  const photographer = /^(.+?)\s+\|\s+(.+)$/u.exec(line.text);
  if (photographer?.[1] && photographer[2] && words.length <= 8 && !line.dates && !line.furniture && looksLikePersonName(photographer[1]) && isPublicationName(photographer[2])) return true;
  const capitals = line.text === line.text.toUpperCase() && /\p{Lu}{2}/u.test(line.text);
  // (`Europa Press`, `Agence France-Presse`: a news agency's name, however it is written.)
  if (words.length <= 4 && !line.sentence && !line.text.includes(':') && !line.dates && !line.furniture && agencyLine(line.text)) return true;
  return (
    words.length <= 3 &&
    !line.sentence &&
    !line.furniture &&
    !line.dates &&
    !line.footer &&
    /^\p{Lu}[\p{L}.&'’-]+$/u.test(words[0] ?? '') &&
    (capitals || words.length === 1) &&
    !isKnownPlace(line.text)
  );
}

/** The nearest line above line `i` that is not furniture. */
function previousContent(lines: Line[], i: number, furnitureOf: (i: number) => FurnitureRule | undefined): Line | undefined {
  for (let j = i - 1; j >= 0; j--) if (!furnitureOf(j)) return lines[j];
  return undefined;
}

/** The next line that is not furniture. */
function nextContent(lines: Line[], from: number, furnitureOf: (i: number) => FurnitureRule | undefined): Line | undefined {
  for (let i = from; i < lines.length; i++) if (!furnitureOf(i) && !(lines[i] as Line).rule) return lines[i];
  return undefined;
}

/** True when a byline, date or caption line comes within the next few lines, before the story. */
function headerFollows(lines: Line[], from: number, furnitureOf: (i: number) => FurnitureRule | undefined): boolean {
  for (let i = from, seen = 0; i < lines.length && seen < 3; i++) {
    const line = lines[i] as Line;
    if (furnitureOf(i) || line.rule) continue;
    if (isHeaderItem(line)) return true;
    // A caption whose credit is on the next line.
    const next = nextContent(lines, i + 1, furnitureOf);
    if (next?.creditLine && line.size <= 70) return true;
    if (line.prose === 2) return false;
    seen++;
  }
  return false;
}

/** A carousel counter set before a caption (`Item 1 of 3`) goes to `dropped`, not into the caption. */
function dropCounter(caption: CaptionMatch, position: Position, dropped: Dropped[]): void {
  for (const aside of captionAsides(caption)) dropped.push({ ...aside, position });
}

function figureWithoutCreditForm(found: { caption: string; credit?: string; label?: string }, at: Position): Figure {
  const figure: Figure = { type: 'figure', id: '', caption: parseInlines(found.caption), position: at };
  if (found.credit) figure.credit = found.credit;
  if (found.label) figure.creditLabel = found.label;
  return figure;
}

function figureFrom(caption: CaptionMatch, position: Position, dropped: Dropped[]): Figure {
  dropCounter(caption, position, dropped);
  const figure: Figure = { type: 'figure', id: '', credit: caption.credit, position };
  if (caption.label) figure.creditLabel = caption.label;
  if (caption.caption) figure.caption = parseInlines(caption.caption);
  return figure;
}

/**
 * Each author once: a hover card repeats the byline's name, in capitals or without its accents. The
 * spelling kept is the one with small letters and accents (the most marks), as the writer spells it.
 */
function oncePerPerson(authors: readonly Author[]): Author[] {
  const kept = new Map<string, Author>();
  const marks = (name: string) => (name.normalize('NFD').match(/[\u0300-\u036f]/gu)?.length ?? 0) + (/\p{Ll}/u.test(name) ? 100 : 0);
  for (const author of authors) {
    const key = nameKey(author.name);
    const before = kept.get(key);
    if (!before) kept.set(key, author);
    else if (marks(author.name) > marks(before.name)) kept.set(key, { ...author, location: author.location ?? before.location });
  }
  return [...kept.values()];
}

function mergeBylines(previous: Byline | undefined, found: Byline): Byline {
  if (!previous) return found;
  const merged: Byline = { authors: previous.authors.length ? previous.authors : found.authors, raw: `${previous.raw} ${found.raw}` };
  const dateline = previous.dateline ?? found.dateline;
  const updated = previous.updated ?? found.updated;
  if (dateline) merged.dateline = dateline;
  if (updated) merged.updated = updated;
  return merged;
}

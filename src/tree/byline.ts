/**
 * Bylines and dates in words, shared by every writer so the page, the book and the
 * narration say the same thing, in the words of the article's language (src/lang).
 */
import { fill, type LanguageRecord, recordFor, wordsFor } from '../lang/index.js';
import type { Author, Dateline } from './types.js';

/** `Ann Lee, Bo Diaz and Cy Roth`: the record's separator, then its `and` (or the variant the last item asks for). */
function joinNames(items: readonly string[], words: LanguageRecord): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  const and = words.join.andBefore.find((rule) => rule.start.test(last))?.and ?? words.join.and;
  return `${items.slice(0, -1).join(words.join.separator)}${and}${last}`;
}

/** `Priya Ramanathan in Eastwick and Tomasz Nowak in Gdańsk`; authors sharing a place share it. */
export function formatAuthors(authors: readonly Author[], lang = 'en'): string {
  const words = wordsFor(lang);
  const groups: { names: string[]; location?: string }[] = [];
  for (const author of authors) {
    const last = groups[groups.length - 1];
    if (last && last.location === author.location && author.location !== undefined) last.names.push(author.name);
    else groups.push({ names: [author.name], ...(author.location ? { location: author.location } : {}) });
  }
  const items = groups.map((g) => (g.location ? fill(words.byline.at, { names: joinNames(g.names, words), place: g.location }) : joinNames(g.names, words)));
  return joinNames(items, words);
}

/** The byline as the page and the narration give it: `By Priya Ramanathan in Eastwick`, `Von Anna Schmidt und Jonas Weber in Köln`. */
export function bylineText(authors: readonly Author[], lang: string): string {
  return fill(wordsFor(lang).byline.by, { names: formatAuthors(authors, lang) });
}

/** A day in the record's words: `14 March 2025`, `14. März 2025`, `1er mars 2025`. */
function dayInWords(date: RegExpExecArray, words: LanguageRecord): string {
  const day = Number(date[3]);
  return fill(words.dates.date, { day: day === 1 ? words.dates.firstDay : day, month: words.dates.months[Number(date[2]) - 1] ?? '', year: date[1] ?? '' });
}

/** For the page: `2025-03-14` → `14 March 2025` in the article's language (English without a record); any other dateline as written. */
export function displayDate(dateline: Dateline, lang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateline.text.trim());
  return m ? dayInWords(m, wordsFor(lang)) : dateline.text;
}

/**
 * The date in words for narration, from its ISO form: `14 March 2025`, `14. März 2025`. In a
 * language Lectern has no record for, the date is said as written, in the page's own words.
 */
export function spokenDate(dateline: Dateline, lang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateline.iso ?? '');
  const words = recordFor(lang);
  if (m && words) return dayInWords(m, words);
  // Engines spell out words in capitals ("3 HOURS AGO"); say them as words.
  return dateline.text === dateline.text.toUpperCase() ? dateline.text.toLowerCase() : dateline.text;
}

/**
 * The change date for narration: `Updated at 15:30` when it is the day of publication,
 * `Aktualisiert am 4. November 2025` on another day, `Updated 2 hours ago` when only the words are known.
 */
export function spokenUpdated(updated: Dateline, lang = 'en', published?: Dateline): string {
  const words = wordsFor(lang);
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(updated.iso ?? '');
  if (m?.[2] && m[3] && published?.iso?.slice(0, 10) === m[1]) return fill(words.dates.updatedAt, { hh: m[2], h: Number(m[2]), mm: m[3] });
  const date = spokenDate(updated, lang);
  return m && date !== updated.text && date !== updated.text.toLowerCase() ? fill(words.dates.updatedOn, { date }) : `${words.labels.updated} ${date}`;
}

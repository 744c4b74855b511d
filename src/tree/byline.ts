/**
 * Bylines and dates in words, shared by every writer so the page, the book and the
 * narration say the same thing.
 */
import type { Author, Dateline } from './types.js';

/** `Priya Ramanathan in Eastwick and Tomasz Nowak in Gdańsk`; authors sharing a place share "in". */
export function formatAuthors(authors: readonly Author[], and = 'and', inWord = 'in'): string {
  const groups: { names: string[]; location?: string }[] = [];
  for (const author of authors) {
    const last = groups[groups.length - 1];
    if (last && last.location === author.location && author.location !== undefined) last.names.push(author.name);
    else groups.push({ names: [author.name], ...(author.location ? { location: author.location } : {}) });
  }
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
  return list(groups.map((g) => (g.location ? `${list(g.names)} ${inWord} ${g.location}` : list(g.names))));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-03-14` → `14 March 2025`; any other dateline is shown as written. */
export function displayDate(dateline: Dateline): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateline.text.trim());
  if (!m) return dateline.text;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const SPOKEN_MONTHS: Record<string, string[]> = {
  en: MONTHS,
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** The date in words for narration, in the article's language: `14 March 2025`, `14. März 2025`. */
export function spokenDate(dateline: Dateline, lang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateline.iso ?? '');
  const base = lang.slice(0, 2).toLowerCase();
  const months = SPOKEN_MONTHS[base];
  if (m && months) {
    const day = Number(m[3]);
    const month = months[Number(m[2]) - 1];
    if (base === 'de') return `${day}. ${month} ${m[1]}`;
    if (base === 'es') return `${day} de ${month} de ${m[1]}`;
    return `${day} ${month} ${m[1]}`;
  }
  // Engines spell out words in capitals ("3 HOURS AGO"); say them as words.
  return dateline.text === dateline.text.toUpperCase() ? dateline.text.toLowerCase() : dateline.text;
}

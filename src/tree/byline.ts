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

/** The date in words for narration: `14 March 2025`, from the ISO date when known. */
export function spokenDate(dateline: Dateline): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateline.iso ?? '');
  if (!m) return dateline.text;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

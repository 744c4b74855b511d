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

/** The word before a changed date, and how narration says it, per language. */
const UPDATED: Record<string, { label: string; onDay: (date: string) => string; atTime: (hh: string, mm: string) => string }> = {
  en: { label: 'Updated', onDay: (d) => `Updated ${d}`, atTime: (h, m) => `Updated at ${h}:${m}` },
  de: { label: 'Aktualisiert', onDay: (d) => `Aktualisiert am ${d}`, atTime: (h, m) => `Aktualisiert um ${h}:${m} Uhr` },
  fr: { label: 'Mis à jour', onDay: (d) => `Mis à jour le ${d}`, atTime: (h, m) => `Mis à jour à ${h} h ${m}` },
  es: { label: 'Actualizado', onDay: (d) => `Actualizado el ${d}`, atTime: (h, m) => `Actualizado a las ${h}:${m}` },
  it: { label: 'Aggiornato', onDay: (d) => `Aggiornato il ${d}`, atTime: (h, m) => `Aggiornato alle ${h}:${m}` },
  nl: { label: 'Bijgewerkt', onDay: (d) => `Bijgewerkt op ${d}`, atTime: (h, m) => `Bijgewerkt om ${h}:${m}` },
  pt: { label: 'Atualizado', onDay: (d) => `Atualizado em ${d}`, atTime: (h, m) => `Atualizado às ${h}h${m}` },
  pl: { label: 'Zaktualizowano', onDay: (d) => `Zaktualizowano ${d}`, atTime: (h, m) => `Zaktualizowano o ${h}:${m}` },
  ja: { label: '更新', onDay: (d) => `${d} 更新`, atTime: (h, m) => `${Number(h)}時${m}分 更新` },
};

function updatedWords(lang: string) {
  return UPDATED[lang.slice(0, 2).toLowerCase()] ?? (UPDATED.en as (typeof UPDATED)[string]);
}

/** `Updated`, `Aktualisiert`, `Mis à jour`: the word shown before the date of the last change. */
export function updatedLabel(lang = 'en'): string {
  return updatedWords(lang).label;
}

/**
 * The change date for narration: `Updated at 15:30` when it is the day of publication,
 * `Aktualisiert am 4. November 2025` on another day, `Updated 2 hours ago` when only the words are known.
 */
export function spokenUpdated(updated: Dateline, lang = 'en', published?: Dateline): string {
  const words = updatedWords(lang);
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(updated.iso ?? '');
  if (m?.[2] && m[3] && published?.iso?.slice(0, 10) === m[1]) return words.atTime(m[2], m[3]);
  const date = spokenDate(updated, lang);
  return m && date !== updated.text && date !== updated.text.toLowerCase() ? words.onDay(date) : `${words.label} ${date}`;
}

/**
 * Bylines: who wrote the article, where from, and when.
 *
 * `Priya Ramanathan in Eastwick and Tomasz Nowak in Gdańsk 3 HOURS AGO` gives two
 * authors, each with a place, and the dateline `3 HOURS AGO`.
 * `By A and B in Washington and C in Tel Aviv` gives A and B in Washington, C in Tel Aviv.
 * A leading `By` (or `Von`, `Par`, `Por`) is removed; roles (`Transport Correspondent`) are
 * kept only in `raw`.
 */
import type { Author, Byline } from '../../../tree/types.js';
import { type ReferenceDate, parseDateline, splitTrailingDateline } from '../../shared/dates.js';

const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)";
const PARTICLE = '(?:de|da|di|dos|du|van|von|der|den|del|la|le|al|el|bin|ibn|ter|zu)';
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,4}$`, 'u');
const ROLE = /\b(correspondent|editor|reporter|writer|columnist|staff|analyst|chief|bureau|contributor|critic|desk|redakteur|korrespondent|journaliste|envoyé)s?\b/i;
const SEPARATOR = /\s*,\s*(?:and\s+)?|\s+(?:and|&|und|et|y|e)\s+/u;
const PLACE = /^(.*?)\s+(?:in|à|en|aus|from)\s+(\p{Lu}.*)$/u;
const LEADING_BY = /^(?:by|von|par|por|di|door)\s+/i;

export function parseByline(text: string, reference?: ReferenceDate): Byline | undefined {
  if (text.length > 300) return undefined;
  const split = splitTrailingDateline(text, reference);
  // Sentences are not bylines, unless they end in a dateline ("… 4:12 p.m.").
  if (!split && /[.!?]["”]?$/.test(text)) return undefined;
  const raw = text;
  const hasBy = LEADING_BY.test(text);
  const whole = parseDateline(text, reference);
  if (whole) return { authors: [], dateline: whole, raw };
  const namesPart = (split ? split.rest : text).replace(LEADING_BY, '').replace(/[|·•]\s*$/, '').trim();
  if (!hasBy && !split) {
    // A bare list of names is a byline only if it looks unmistakably like names.
    const authors = parseAuthors(namesPart, false);
    if (!authors?.some((a) => a.name.includes(' '))) return undefined;
    return { authors, raw };
  }
  if (!namesPart) return split ? { authors: [], dateline: split.dateline, raw } : undefined;
  const authors = parseAuthors(namesPart, hasBy);
  if (!authors) return undefined;
  const byline: Byline = { authors, raw };
  if (split) byline.dateline = split.dateline;
  return byline;
}

function parseAuthors(namesPart: string, lenient: boolean): Author[] | undefined {
  const authors: Author[] = [];
  let waiting: Author[] = [];
  for (const segment of namesPart.split(SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
    if (ROLE.test(segment)) continue;
    const placed = PLACE.exec(segment);
    const name = titleCase((placed ? placed[1] : segment)?.trim() ?? '');
    if (!NAME.test(name) && !(lenient && name.split(/\s+/).length <= 5)) return undefined;
    const author: Author = { name };
    waiting.push(author);
    authors.push(author);
    if (placed?.[2]) {
      for (const w of waiting) w.location = placed[2].trim();
      waiting = [];
    }
  }
  return authors.length > 0 && authors.length <= 8 ? authors : undefined;
}

/** `LISA MASCARO` → `Lisa Mascaro`: names set in capitals are typography, not spelling. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The line under a byline naming the author's organisation and place:
 * `BBC News, York` → `{ organization: 'BBC News', place: 'York' }`.
 */
export function matchAffiliation(text: string): { organization: string; place: string } | undefined {
  const m = /^(\p{Lu}[\p{L}&.'’ -]{1,40}),\s*(\p{Lu}[\p{L} .'’-]{1,30})$/u.exec(text);
  if (!m?.[1] || !m[2] || text.split(/\s+/).length > 6) return undefined;
  return { organization: m[1].trim(), place: m[2].trim() };
}

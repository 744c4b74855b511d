/**
 * Does a short line name a person? A byline's names often stand alone on a line (above the
 * story, under it, or one author a line), where the only thing that tells `Oskar Bergqvist`
 * (a second author) from `Belo Horizonte` (the place) or `Follow Author` (a button) is that
 * Oskar is a given name.
 *
 * The given names are faker's person data (`@faker-js/faker`, MIT): first names of about 70
 * locales, from Afrikaans to Vietnamese, maintained by its contributors. This is the one
 * module that reads them. They are loaded on first use (about 100 ms, once per process), so
 * a page whose bylines need no such judgement never pays for them.
 */
import { createRequire } from 'node:module';

interface FakerLocale {
  person?: { first_name?: unknown };
}

let givenNames: Set<string> | undefined;

/** Every string in faker's `first_name` entry, which is a list or a record of lists by sex. */
function collect(entry: unknown, into: Set<string>): void {
  if (typeof entry === 'string') into.add(entry.toLocaleLowerCase());
  else if (Array.isArray(entry)) for (const item of entry) collect(item, into);
  else if (entry && typeof entry === 'object') for (const value of Object.values(entry)) collect(value, into);
}

function names(): Set<string> {
  if (givenNames) return givenNames;
  // Faker is an ES module; Node ≥ 20.19 (Lectern's minimum) loads it synchronously with require,
  // which keeps the readers synchronous.
  const { allLocales } = createRequire(import.meta.url)('@faker-js/faker') as { allLocales: Record<string, FakerLocale> };
  const found = new Set<string>();
  for (const locale of Object.values(allLocales)) collect(locale.person?.first_name, found);
  givenNames = found;
  return found;
}

/**
 * Greek written with its accents, as papers print names (`Ελένη`); faker lists them without
 * (`Ελενη`). (Only Greek: in Devanagari or Bengali the marks are the vowels.)
 */
function withoutGreekAccents(word: string): string {
  return /\p{Script=Greek}/u.test(word) ? word.normalize('NFD').replace(/[\u0301\u0308]/gu, '').normalize('NFC') : word;
}

/** `Linnea`, `Jean-Pierre` (by its first part), `KATARZYNA`, `Ελένη`: a given name in some locale. */
export function isGivenName(word: string): boolean {
  const lower = withoutGreekAccents(word.replace(/[.,;:]+$/u, '').toLocaleLowerCase());
  if (names().has(lower)) return true;
  const first = lower.split(/[-‐]/u)[0];
  return !!first && first !== lower && names().has(first);
}

/** Little words inside names: `Ana de la Cruz`, `Jan van der Berg`, `Ludwig von Trapp`. */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'y', 'e', 'bin', 'al']);

const INITIAL_AND_NAME = /^\p{Lu}\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?$/u;

/** `Г.Оюунчимэг`: an initial glued to a family name by its stop (one word that is a person's name). */
export function isInitialAndName(word: string): boolean {
  return INITIAL_AND_NAME.test(word);
}

/** A word in a script that has no capital letters: Hebrew, Arabic, Devanagari, Bengali, Thai. */
const CASELESS_WORD = /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{M}'’-]+$/u;

/**
 * Two to four capitalised words (small particles allowed), the first a given name, or the
 * last for languages that put the family name first (`Kovács Dóra`). A line like this is a
 * person's name unless something else says otherwise (a known place, a role word).
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  // (`Г.Оюунчимэг`, `И.Петров`: an initial glued to the family name by its stop, as Mongolian, Russian
  // and Central Asian papers sign; one word, but no place, button or menu item is written so.)
  if (words.length === 1) return isInitialAndName(words[0] as string);
  if (words.length < 2 || words.length > 5) return false;
  // Scripts without capitals (`אורי ששון`, `محمد علي`): two to four words of letters, a given name first or last.
  if (words.every((word) => CASELESS_WORD.test(word))) return words.length <= 4 && (isGivenName(words[0] as string) || isGivenName(words[words.length - 1] as string));
  const capitalised = words.filter((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
  if (capitalised.length < 2 || words.some((word) => !capitalised.includes(word) && !PARTICLES.has(word))) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  return isGivenName(first) || isGivenName(last);
}

/**
 * `\b` in a JavaScript regular expression knows only ASCII letters, even with the `u` flag: in
 * `/\b(?:zapisz się)\b/u` there is no word end after `ę`, so "Zapisz się do newslettera" never
 * matched, and `\b` before `Über` or after `réservé` fails alike. This rewrites a pattern's `\b`
 * into a boundary between a letter, digit or `_` of any script and anything else.
 */
const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

export function unicodeWords(pattern: RegExp): RegExp {
  // Only patterns that spell a word with a letter outside ASCII need it: the rewritten boundary
  // costs two look-arounds at every position, and an ASCII word's edges are ASCII letters anyway.
  if (!/[^\x00-\x7F]/u.test(pattern.source)) return pattern;
  // (`\b` inside a character class would be a backspace: none of Lectern's patterns has one.)
  return new RegExp(pattern.source.replace(/(?<!\\)((?:\\\\)*)\\b/gu, `$1${BOUNDARY}`), pattern.flags);
}

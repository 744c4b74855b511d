/**
 * Ordinal numbers that engines read as cardinals: German `am 3. November` ("am drei", then a
 * pause: espeak takes the full stop for a sentence end), French `2e` ("deux e"), Spanish `1.º`
 * ("uno punto o"). The words come from n2words (MIT), which knows each language's ordinals;
 * English `1st`, `21st` need no rule (espeak and flite read them). Only the ordinal itself is
 * rewritten, inflected for the words around it where the language needs it.
 */
import { toOrdinal as germanOrdinal } from 'n2words/de-DE';
import { toOrdinal as spanishOrdinal } from 'n2words/es-ES';
import { toOrdinal as frenchOrdinal } from 'n2words/fr-FR';
import { RECORDS } from '../../../lang/index.js';
import { type Rule, ex } from './types.js';

const GERMAN_MONTHS = new Set((RECORDS.de?.dates.months ?? []).map((m) => m.toLowerCase()));
/** Before these a German ordinal ends in -en (`am dritten`, `bis fünften`); after der/die/das in -e; alone (a date line) in -er. */
const GERMAN_DATIVE = new Set(['am', 'vom', 'zum', 'zur', 'im', 'beim', 'dem', 'den', 'des', 'einem', 'einen', 'eines', 'bis', 'ab', 'seit', 'nach', 'vor', 'ihrem', 'ihren', 'seinem', 'seinen']);
const GERMAN_ARTICLE = new Set(['der', 'die', 'das']);

/** `am 3. November`, `der 2. Weltkrieg`: an ordinal before a month, or between an article and a noun. Else a number ending a sentence. */
function germanOrdinalAt(match: string, n: string, index: number, text: string): string {
  // (Within a window: slicing the whole text at every match of a long paragraph would be quadratic.)
  const next = /^\s(\p{L}+)/u.exec(text.slice(index + match.length, index + match.length + 40))?.[1] ?? '';
  const previous = /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1];
  const before = previous?.toLowerCase() ?? '';
  const month = GERMAN_MONTHS.has(next.toLowerCase());
  const afterArticle = (GERMAN_DATIVE.has(before) || GERMAN_ARTICLE.has(before)) && /^\p{Lu}/u.test(next);
  if ((!month && !afterArticle) || Number(n) < 1) return match;
  const stem = germanOrdinal(Number(n));
  if (GERMAN_DATIVE.has(before)) return `${stem}n`;
  if (GERMAN_ARTICLE.has(before)) return stem;
  // A date on its own (`Montag, 3. November`) is read in the nominative.
  if (!previous || /^\p{Lu}/u.test(previous)) return `${stem}r`;
  return `${stem}n`;
}

/** I–XXXIX: centuries and monarchs. L, C and M are left out: `Le`, `Ce` and `Me` are French words. */
function roman(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i] as string] ?? 0;
    const next = values[numeral[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function frenchOrdinalOf(n: number, suffix: string, plural: string): string {
  const word = n === 1 ? (/^(re|ère)$/.test(suffix) ? 'première' : 'premier') : frenchOrdinal(n);
  return `${word}${plural}`;
}

export const ORDINAL_RULES: Rule[] = [
  {
    examples: [
      ex('de', 'Am 3. November kam der 2. Weltkrieg zur Sprache', 'Am dritten November kam der zweite Weltkrieg zur Sprache'),
      ex('de', 'Montag, 3. November 2025', 'Montag, dritter November 2025'),
      ex('de', 'Es waren 3. Dann kam', 'Es waren 3. Dann kam'),
    ],
    pattern: /(?<![\p{L}\p{N}.,])(\d{1,2})\.(?=\s\p{L})/gu,
    replace: (match, n, index, text) => germanOrdinalAt(match, n ?? '', Number(index), text ?? ''),
    langs: ['de'],
  },
  {
    examples: [ex('fr', 'le 1er mai, la 1re fois, le 2e tour, le 21e siècle', 'le premier mai, la première fois, le deuxième tour, le vingt et unième siècle')],
    pattern: /(?<![\p{L}\p{N},.])(\d{1,4})(er|re|ère|ème|eme|e)(s?)(?![\p{L}\p{N}])/gu,
    replace: (match, n, suffix, plural) => (Number(n) > 0 ? frenchOrdinalOf(Number(n), suffix ?? '', plural ?? '') : match),
    langs: ['fr'],
  },
  {
    examples: [ex('fr', 'au XXe siècle, sous François Ier', 'au vingtième siècle, sous François premier')],
    pattern: /(?<![\p{L}\p{N}])([IVX]{1,6})(er|re|ème|e)(s?)(?![\p{L}\p{N}])/gu,
    replace: (match, numeral, suffix, plural) => {
      const n = roman(numeral ?? '');
      return n > 0 ? frenchOrdinalOf(n, suffix ?? '', plural ?? '') : match;
    },
    langs: ['fr'],
  },
  {
    examples: [ex('es', 'el 1.º de mayo, la 3.ª planta, el 1.er puesto', 'el primero de mayo, la tercera planta, el primer puesto')],
    pattern: /(?<![\p{L}\p{N}])(\d{1,3})\.?(º|ª|er)(?![\p{L}\p{N}])/gu,
    replace: (match, n, suffix) => {
      const value = Number(n);
      if (value < 1) return match;
      if (suffix === 'ª') return spanishOrdinal(value, { gender: 'feminine' });
      const word = spanishOrdinal(value);
      // `1.er`, `3.er`: the short form before a masculine noun (primer, tercer).
      return suffix === 'er' ? word.replace(/o$/, '') : word;
    },
    langs: ['es'],
  },
];

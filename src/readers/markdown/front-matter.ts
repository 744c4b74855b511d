/**
 * YAML front matter → article metadata. The only module that imports `yaml`.
 *
 * Example:
 * ```yaml
 * title: The quiet return of the night train
 * subtitle: Sleeper services are back on the timetable
 * kicker: Travel
 * authors: [{ name: Elena Marsh, location: Vienna }, Daniel Osei]
 * date: 2025-03-14
 * updated: 2025-03-15       # or `modified:`
 * language: en-GB
 * image: { src: sleeper.svg, alt: …, caption: …, credit: … }
 * ```
 */
import { parseDocument } from 'yaml';
import { LecternError } from '../../errors.js';
import type { Author } from '../../tree/types.js';

export interface FrontMatter {
  title?: string;
  subtitle?: string;
  kicker?: string;
  authors: Author[];
  date?: string;
  /** When the article last changed (`updated:` or `modified:`). */
  updated?: string;
  lang?: string;
  publisher?: string;
  /** What YAML warned about (an unknown tag, say), as sentences. */
  warnings?: string[];
  rights?: string;
  id?: string;
  image?: { src?: string; alt?: string; caption?: string; credit?: string };
}

/** Splits `---\n…\n---` off the top. `bodyOffset` is where the Markdown starts. */
export function splitFrontMatter(text: string): { yaml?: string; bodyOffset: number } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { bodyOffset: 0 };
  return { yaml: m[1], bodyOffset: m[0].length };
}

export function parseFrontMatter(yamlText: string, file?: string): FrontMatter {
  let data: unknown;
  let warnings: string[] = [];
  try {
    // `logLevel: 'silent'`: the library's warnings come back here, not as Node process warnings on stderr.
    const doc = parseDocument(yamlText, { logLevel: 'silent' });
    if (doc.errors.length > 0) throw doc.errors[0];
    warnings = doc.warnings.map((w) => `front matter: ${(w.message.split('\n')[0] ?? '').replace(/:\s*$/, '')}`);
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LecternError('badInput', `invalid YAML front matter: ${detail}`, file);
  }
  if (data === null || data === undefined) return { authors: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new LecternError('badInput', 'front matter must be a YAML mapping (key: value lines)', file);
  }
  const record = data as Record<string, unknown>;
  const str = (...keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (typeof value === 'number') return String(value);
      if (value instanceof Date) return value.toISOString().slice(0, 10);
    }
    return undefined;
  };
  const front: FrontMatter = { authors: authorsFrom(record.authors ?? record.author) };
  if (warnings.length) front.warnings = warnings;
  const set = <K extends keyof FrontMatter>(key: K, value: FrontMatter[K] | undefined) => {
    if (value !== undefined) front[key] = value;
  };
  set('title', str('title', 'headline'));
  set('subtitle', str('subtitle', 'standfirst', 'description', 'summary', 'dek'));
  set('kicker', str('kicker', 'section', 'category'));
  set('date', str('date', 'published'));
  set('updated', str('updated', 'modified', 'last_modified', 'dateModified'));
  set('lang', str('language', 'lang'));
  set('publisher', str('publisher', 'publication'));
  set('rights', str('rights', 'copyright'));
  set('id', str('id', 'slug'));
  const image = record.image ?? record.lead;
  if (typeof image === 'string') front.image = { src: image };
  else if (image && typeof image === 'object') {
    const i = image as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    front.image = {};
    for (const key of ['src', 'alt', 'caption', 'credit'] as const) {
      const value = text(i[key]);
      if (value !== undefined) front.image[key] = value;
    }
  }
  return front;
}

function authorsFrom(value: unknown): Author[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const authors: Author[] = [];
  for (const entry of list) {
    if (typeof entry === 'string' && entry.trim()) authors.push({ name: entry.trim() });
    else if (entry && typeof entry === 'object') {
      const e = entry as Record<string, unknown>;
      if (typeof e.name !== 'string' || !e.name.trim()) continue;
      const author: Author = { name: e.name.trim() };
      const location = e.location ?? e.place;
      if (typeof location === 'string' && location.trim()) author.location = location.trim();
      authors.push(author);
    }
  }
  return authors;
}

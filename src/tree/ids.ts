/**
 * Deterministic, unique ids. Assigned once, before any writer runs, so the EPUB nav,
 * HTML anchors and audio chapters all use the same strings.
 */
import { en } from '../lang/en.js';

/** Ids the writers use for their own parts; article content never takes them. */
export const RESERVED_IDS = [
  'main',
  'toc',
  'title-page',
  'cover',
  'rights',
  'footnotes',
  'content',
  'landmarks',
] as const;

/**
 * A URL- and file-name-safe slug: lower case, accents removed, non-alphanumerics
 * collapsed to `-`. Non-Latin scripts are kept (they are valid in ids and file names).
 * Example: `slugify('Port council delays vote')` → `'port-council-delays-vote'`;
 * `slugify('Ça coûte')` → `'ca-coute'`; `slugify('市バス')` → `'市バス'`.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    // Accents off Latin letters only: in other scripts a mark is part of the letter (バ is not ハ).
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut;
}

/**
 * The headline readers give a page whose headline they could not find. It is the same
 * for every such page, so it must not become the article id (and the output file names).
 * English while the reader runs; `nameUntitled` (transforms.ts) puts it in the article's language.
 */
export const UNTITLED_HEADLINE = en.labels.untitledArticle;

/**
 * What an article id is made from: the headline, or, for a page whose headline is the
 * untitled placeholder, the input's file name without its extension, so two untitled
 * pages do not share one id. Example: `('Untitled article', 'notes.txt')` → `'notes'`.
 */
export function articleIdSource(headline: string, file?: string): string {
  if (headline.trim() !== UNTITLED_HEADLINE || !file) return headline;
  const stem = file.replace(/\.[^.]*$/, '');
  return slugify(stem) ? stem : headline;
}

/** Hands out ids, never the same twice: `intro`, `intro-2`, `intro-3` … */
export class IdRegistry {
  private readonly used = new Set<string>(RESERVED_IDS);
  /** The next suffix to try for each base: 20,000 equal headings take linear time, not quadratic. */
  private readonly nextSuffix = new Map<string, number>();

  /** Claims `wanted` (slugified) or the first free numbered variant; falls back to `fallback`. */
  claim(wanted: string, fallback: string): string {
    let base = slugify(wanted) || fallback;
    // Ids must start with a letter to be valid XML ids and CSS-friendly anchors.
    if (!/^\p{L}/u.test(base)) base = `${fallback}-${base}`;
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    if (this.used.has(id)) {
      for (; this.used.has(`${base}-${n}`); n++);
      id = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }

  /** Records an id that is already fixed (e.g. explicit in the input). */
  reserve(id: string): void {
    this.used.add(id);
  }
}

/**
 * What a page declares about its article, read before anything visible: schema.org JSON-LD
 * (`NewsArticle`, `Article`, `BlogPosting`, … alone, in an array or in an `@graph`), Open Graph
 * and `article:*` meta, `citation_*` and Dublin Core meta, the plain `author`/`description` meta,
 * `<html lang>`, `<title>`. Every field is optional: many pages declare nothing.
 */
import { type DomDocument, all, textOf } from './dom.js';

export interface PageMetadata {
  headline?: string;
  /** `og:title`, `twitter:title`, `citation_title`, `<title>`: titles that may carry the site's name. */
  titles: string[];
  description?: string;
  /** People, as the page names them (organisations left out). */
  authors: string[];
  published?: string;
  modified?: string;
  section?: string;
  publisher?: string;
  lang?: string;
  image?: string;
  /** `<link rel="canonical">` or `og:url`. */
  url?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /^(?:\w+:)?(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting|Report|WebPage|Posting)$/;

export function readMetadata(doc: DomDocument): PageMetadata {
  const meta = metaTags(doc);
  const ld = articleJsonLd(doc);
  const first = (...names: string[]) => names.map((n) => meta.get(n)?.[0]).find((v) => v !== undefined && v !== '');
  const result: PageMetadata = { titles: [], authors: [] };
  const headline = str(ld?.headline) ?? str(ld?.name);
  if (headline) result.headline = clean(headline);
  for (const title of [first('og:title'), first('twitter:title'), first('citation_title', 'dc.title'), textOf(doc.querySelector('head > title') ?? doc.querySelector('title'))]) {
    if (title && !result.titles.includes(clean(title))) result.titles.push(clean(title));
  }
  const description = str(ld?.description) ?? first('og:description', 'description', 'twitter:description', 'dc.description');
  if (description) result.description = clean(description);
  result.authors = unique([...peopleIn(ld?.author), ...(meta.get('citation_author') ?? []), ...(meta.get('author') ?? []).filter(isNameLike), ...(meta.get('article:author') ?? []).filter(isNameLike)]);
  const published = str(ld?.datePublished) ?? first('article:published_time', 'citation_publication_date', 'date', 'dc.date', 'pubdate', 'parsely-pub-date', 'sailthru.date');
  if (published) result.published = published.trim();
  const modified = str(ld?.dateModified) ?? first('article:modified_time', 'og:updated_time', 'lastmod');
  if (modified) result.modified = modified.trim();
  const section = str(ld?.articleSection) ?? first('article:section', 'parsely-section');
  if (section) result.section = clean(section);
  const publisher = nameOf(ld?.publisher) ?? first('og:site_name', 'citation_publisher', 'application-name');
  if (publisher) result.publisher = clean(publisher);
  const lang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang') ?? str(ld?.inLanguage) ?? first('og:locale', 'content-language', 'dc.language', 'language');
  if (lang?.trim()) result.lang = lang.trim().replace(/_/g, '-');
  const image = imageOf(ld?.image) ?? first('og:image', 'twitter:image');
  if (image) result.image = image.trim();
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? first('og:url');
  if (url) result.url = url.trim();
  return result;
}

/** `<meta name|property|itemprop=… content=…>`, names lower-cased, every value kept in order. */
function metaTags(doc: DomDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const element of all(doc, 'meta')) {
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = element.getAttribute('content');
    if (!name || content === null) continue;
    const list = out.get(name) ?? [];
    list.push(content);
    out.set(name, list);
  }
  return out;
}

/** The first JSON-LD object whose `@type` is an article (malformed blocks are skipped: sites ship many). */
function articleJsonLd(doc: DomDocument): Record<string, Json> | undefined {
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: Json, depth: number): Record<string, Json> | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const types = Array.isArray(data['@type']) ? data['@type'] : [data['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage') && (data.headline || data.articleBody || data.author)) return data;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const inner = data[key];
    if (inner !== undefined) {
      const found = findArticle(inner, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Names of the people in an `author` value: a string, a Person, an array of them; organisations left out. */
function peopleIn(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return isNameLike(value) ? [clean(value)] : [];
  if (Array.isArray(value)) return value.flatMap(peopleIn);
  if (typeof value !== 'object') return [];
  const type = String(value['@type'] ?? 'Person');
  if (/Organi[sz]ation|NewsMediaOrganization|Corporation/i.test(type)) return [];
  const name = nameOf(value);
  return name && isNameLike(name) ? [clean(name)] : [];
}

function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return str(value.name);
  return undefined;
}

function imageOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object') return str(value.url) ?? str(value.contentUrl);
  return undefined;
}

function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

/** A person's name, not a profile URL or a handle. */
function isNameLike(value: string): boolean {
  const text = value.trim();
  return text.length > 1 && text.length < 80 && !/^(?:https?:|www\.|@)/i.test(text);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

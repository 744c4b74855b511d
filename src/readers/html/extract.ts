/**
 * The article's content, found by Mozilla's Readability (Firefox's Reader View): the only module
 * that imports it. Before it runs, the parts of the page that name themselves as furniture
 * (`class="newsletter-signup"`, `data-component="related-links"`, `aria-label="Share"`) are taken
 * out and recorded, since Readability keeps a box that sits inside the story's column.
 */
import { Readability } from '@mozilla/readability';
import type { Dropped } from '../../tree/types.js';
import { type DomDocument, type DomElement, all, marksOf, textOf } from './dom.js';
import { pageLines } from './lines.js';

const FURNITURE_MARK =
  /(?:^|[\s_-])(?:newsletters?|subscribe|subscription|signup|sign-up|promo|promotion|related|recommended|recommendations|most-?read|most-?viewed|most-?popular|trending|share|sharing|share-?tools|social|advert|advertisement|ads?|adunit|ad-?slot|ad-?container|dfp|sponsored|outbrain|taboola|paywall|epic|cta|read-?more|read-?also|also-?read|lees-?ook|leggi-?anche|lire-?aussi|mehr-?zum-?thema|zobacz-?tez|lee-?tambien|tags?|topics|keywords|comments?|comment-?count|disqus|cookies?|consent|gdpr|breadcrumbs?|toolbar|bookmark|gift|listen|audio-?player|follow|merkliste|more-?on-?this-?story|inline-?related|byline-?share)(?:$|[\s_-])/i;

/** Elements that hold a page part (never a word inside a sentence: `<span class="tag">` stays). */
const CONTAINERS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'form', 'footer', 'header', 'figure', 'p', 'li', 'dl', 'table']);

/** Named like furniture, and small beside the story: never the element that holds the headline or most of the text. */
function isFurnitureElement(element: DomElement, headline: DomElement | undefined, storyChars: number): boolean {
  if (['html', 'body', 'main', 'article'].includes(element.localName)) return false;
  if (!FURNITURE_MARK.test(marksOf(element))) return false;
  if (headline && (element === headline || element.contains(headline))) return false;
  const paragraphs = all(element, 'p').reduce((n, p) => n + textOf(p).length, 0);
  return paragraphs < storyChars * 0.3;
}

export interface Extracted {
  /** The article's HTML (scripts and styles already gone), or undefined when Readability found none. */
  content?: string;
  title?: string;
  byline?: string;
  dropped: Dropped[];
}

export function extractArticle(doc: DomDocument, headline: DomElement | undefined): Extracted {
  const dropped: Dropped[] = [];
  const storyChars = all(doc, 'p').reduce((n, p) => n + textOf(p).length, 0);
  const removed: DomElement[] = [];
  for (const element of all(doc, 'body *')) {
    if (!CONTAINERS.has(element.localName) || removed.some((r) => r.contains(element))) continue;
    if (!isFurnitureElement(element, headline, storyChars)) continue;
    removed.push(element);
    const text = pageLines(element).map((l) => l.text).join(' / ');
    if (text) dropped.push({ text, reason: `page part marked as furniture (${furnitureName(element)})` });
    element.remove();
  }
  // Readability changes the document it reads: it runs last.
  const result = new Readability(doc as never, { keepClasses: true }).parse();
  const extracted: Extracted = { dropped };
  if (result?.content) extracted.content = result.content;
  if (result?.title) extracted.title = result.title;
  if (result?.byline) extracted.byline = result.byline;
  return extracted;
}

function furnitureName(element: DomElement): string {
  const mark = FURNITURE_MARK.exec(marksOf(element))?.[0] ?? '';
  return mark.replace(/^[\s_-]+|[\s_-]+$/g, '').toLowerCase();
}

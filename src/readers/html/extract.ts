/**
 * The article's content, found by Mozilla's Readability (Firefox's Reader View): the only module
 * that imports it. Before it runs, the parts of the page that name themselves as furniture
 * (`class="newsletter-signup"`, `data-component="related-links"`, `aria-label="Share"`) are taken
 * out and recorded, since Readability keeps a box that sits inside the story's column.
 */
import { Readability } from '@mozilla/readability';
import type { Dropped } from '../../tree/types.js';
import { type DomDocument, type DomElement, all, marksOf, textOf } from './dom.js';
import { pageLines, textLengths } from './lines.js';
import { matchFurniture } from '../news-text/rules/furniture.js';
import { textSize } from '../news-text/units.js';

const FURNITURE_MARK =
  /(?:^|[\s_-])(?:newsletters?|subscribe|subscription|subscripcio|subscripcion|suscripcion|abonnement|abonnieren|assinatura|abbonamento|abbonati|prenumerata|butlleti|boletin|infolettre|nieuwsbrief|signup|sign-up|promo|promotion|related|recommended|recommendations|most-?read|most-?viewed|most-?popular|trending|share|sharing|share-?tools|social|advert|advertisement|ads?|adunit|ad-?slot|ad-?container|dfp|sponsored|outbrain|taboola|paywall|epic|cta|read-?more|read-?also|also-?read|lees-?ook|leggi-?anche|lire-?aussi|mehr-?zum-?thema|zobacz-?tez|lee-?tambien|tags?|topics|keywords|comments?|comment-?count|disqus|discuss|discussion|cookies?|consent|gdpr|breadcrumbs?|toolbar|bookmark|gift|listen|audio-?player|video|videos|video-?player|media-?player|mediaplayer|player|follow|merkliste|more-?on-?this-?story|inline-?related|byline-?share|support-?(?:box|us|banner|cta|block|module)|donate|donations?|membership-?(?:box|banner|cta))(?:$|[\s_-])/i;

/** Elements that hold a page part (never a word inside a sentence: `<span class="tag">` stays). */
const CONTAINERS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'form', 'footer', 'header', 'figure', 'p', 'li', 'dl', 'table']);

/**
 * Named like furniture (tested by the caller), and small beside the story: never the element that
 * holds most of the text, nor one of a run of elements named alike that do (`<p class="… paywall">`
 * on every paragraph: the words behind the paywall, which is the story).
 */
function isFurnitureElement(element: DomElement, storyChars: number, charsByMarks: ReadonlyMap<string, number>): boolean {
  if (['html', 'body', 'main', 'article'].includes(element.localName)) return false;
  const paragraphs = all(element, 'p').reduce((n, p) => n + textOf(p).length, element.localName === 'p' ? textOf(element).length : 0);
  return paragraphs < storyChars * 0.3 && (charsByMarks.get(marksOf(element)) ?? 0) < storyChars * 0.3;
}

/** The text of the page's paragraphs, summed by how they are named (their classes, ids, roles). */
function paragraphCharsByMarks(doc: DomDocument): Map<string, number> {
  const chars = new Map<string, number>();
  for (const p of all(doc, 'body p')) {
    const marks = marksOf(p);
    chars.set(marks, (chars.get(marks) ?? 0) + textOf(p).length);
  }
  return chars;
}

export interface Extracted {
  /** The article's HTML (scripts and styles already gone), or undefined when Readability found none. */
  content?: string;
  title?: string;
  byline?: string;
  dropped: Dropped[];
}

/** The class and id words that make Readability (0.6) weigh an element against the content, as its source lists them. */
const READABILITY_NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

export function extractArticle(doc: DomDocument, headline: DomElement | undefined): Extracted {
  const dropped: Dropped[] = [];
  // Readability resolves links and pictures against the page's `<base>`: a page could point its
  // relative pictures at another server that way. Links resolve against the page's own address
  // (a URL input) or stay as written (a saved page, whose pictures are in its folder).
  for (const base of all(doc, 'base')) base.remove();
  const storyChars = all(doc, 'p').reduce((n, p) => n + textOf(p).length, 0);
  const charsByMarks = paragraphCharsByMarks(doc);
  const removed = new Set<DomElement>();
  const headlineAncestors = new Set<DomElement>();
  for (let e: DomElement | null = headline ?? null; e; e = e.parentElement) headlineAncestors.add(e);
  for (const element of all(doc, 'body *')) {
    if (!CONTAINERS.has(element.localName) || !FURNITURE_MARK.test(marksOf(element)) || insideAny(element, removed)) continue;
    if (headlineAncestors.has(element) || !isFurnitureElement(element, storyChars, charsByMarks)) continue;
    removed.add(element);
    const text = pageLines(element).map((l) => l.text).join(' / ');
    if (text) dropped.push({ text, reason: `page part marked as furniture (${furnitureName(element)})` });
    element.remove();
  }
  for (const box of furnitureBoxes(doc, headlineAncestors, storyChars, removed)) {
    const lines = pageLines(box.element).map((l) => l.text);
    dropped.push({ text: lines.join(' / '), reason: box.reason });
    box.element.remove();
  }
  // Readability drops a heading whose class or id weighs against it (`<h2 class="header-anchor-post">`,
  // Substack's subheadings; `<h2 class="com-subhead">`, La Nación's, where `com-` reads as "comment"):
  // a subheading among the story's paragraphs loses its class and id first.
  for (const heading of all(doc, 'body h2, body h3, body h4')) {
    const siblings = heading.parentElement ? Array.from(heading.parentElement.children) : [];
    const marks = `${heading.getAttribute('class') ?? ''} ${heading.getAttribute('id') ?? ''}`;
    if (siblings.filter((e) => e.localName === 'p').length >= 2 && (/header/i.test(marks) || READABILITY_NEGATIVE.test(marks))) {
      heading.setAttribute('class', '');
      heading.setAttribute('id', '');
    }
  }
  // Readability changes the document it reads: it runs last.
  let result: ReturnType<Readability['parse']> = null;
  const whole = doc.documentElement ? doc.body?.innerHTML : undefined;
  try {
    if (doc.documentElement) result = new Readability(doc as never, { keepClasses: true }).parse();
  } catch {
    // A page broken enough to stop Readability (its root lost to an unclosed tag) is read whole.
    result = null;
  }
  const extracted: Extracted = { dropped };
  if (!result) {
    if (whole) extracted.content = whole;
    return extracted;
  }
  if (result?.content) extracted.content = result.content;
  if (result?.title) extracted.title = result.title;
  if (result?.byline) extracted.byline = result.byline;
  return extracted;
}

/** Box furniture the text reader would see coming: a small box whose first line is a newsletter, related-links or subscription label. */
const BOX_OPENERS = new Set(['furniture:newsletter', 'furniture:related', 'furniture:pitch', 'furniture:paywall', 'furniture:call-to-action', 'furniture:advert', 'furniture:sponsor', 'furniture:related-link', 'furniture:social', 'furniture:video', 'furniture:audio-player']);

/**
 * Boxes inside the story that say what they are in their first line (`Newsletter`, `Lire aussi`,
 * `Więcej ważnych informacji`): small (at most 60 words), without a paragraph of story length.
 */
function furnitureBoxes(doc: DomDocument, headlineAncestors: Set<DomElement>, storyChars: number, removed: Set<DomElement>): { element: DomElement; reason: string }[] {
  const found: { element: DomElement; reason: string }[] = [];
  const taken = new Set<DomElement>();
  const lengths = doc.body ? textLengths(doc.body) : new Map<DomElement, number>();
  for (const element of all(doc, 'body div, body section, body aside')) {
    // (Cheap tests first: most elements hold far more text than a box.)
    if ((lengths.get(element) ?? 0) > 1200 || headlineAncestors.has(element)) continue;
    if (insideAny(element, removed) || insideAny(element, taken)) continue;
    const lines = pageLines(element);
    const first = lines[0];
    if (!first || lines.length < 2) continue;
    const words = lines.reduce((n, l) => n + textSize(l.text), 0);
    if (words > 60 || textOf(element).length > storyChars * 0.3) continue;
    if (lines.some((l) => textSize(l.text) > 30)) continue;
    const rule = matchFurniture(first.text);
    // (A button word opening a box, `Video` over a player and its title, only for a box of a few words.)
    if ((rule?.name === 'furniture:button' && words <= 25) || (rule && BOX_OPENERS.has(rule.name))) {
      found.push({ element, reason: `${rule.reason.replace(/ \(site furniture\)$/, '')}: the whole box (site furniture)` });
      taken.add(element);
    }
  }
  return found;
}

/** The element or one of its ancestors is in `set`. */
function insideAny(element: DomElement, set: Set<DomElement>): boolean {
  if (set.size === 0) return false;
  for (let e: DomElement | null = element; e; e = e.parentElement) if (set.has(e)) return true;
  return false;
}

function furnitureName(element: DomElement): string {
  const mark = FURNITURE_MARK.exec(marksOf(element))?.[0] ?? '';
  return mark.replace(/^[\s_-]+|[\s_-]+$/g, '').toLowerCase();
}

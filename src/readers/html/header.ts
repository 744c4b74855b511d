/**
 * The article's header as the page shows it: the headline, the label above it (kicker), the
 * summary under it (standfirst), the byline and dates, and the lead picture. Read from the
 * page's visible lines around the headline, with the markup's names (`class="byline"`,
 * `data-testid="headline"`) as hints and the page's metadata to confirm; the text rules are the
 * news-text reader's own (bylines, dates, furniture), so both readers agree on what a byline is.
 */
import type { Byline, Dateline } from '../../tree/types.js';
import { LEADING_BY, agencyLine, isPublicationName, parseByline, titleCase } from '../news-text/rules/byline.js';
import { textSize } from '../news-text/units.js';
import { matchFurniture } from '../news-text/rules/furniture.js';
import { type ReferenceDate, isDatelineLabel, readDateline } from '../shared/dates.js';
import { CREDIT_MARKS } from '../shared/html.js';
import { looksLikePersonName } from '../shared/person-names.js';
import { isKnownPlace, placeName } from '../shared/places.js';
import { type DomDocument, type DomElement, all, marksOf, textOf } from './dom.js';
import { type PageLine, isHidden, pageLines } from './lines.js';
import type { PageMetadata } from './metadata.js';
import { withoutAccents } from '../shared/accents.js';

/** An element the byline's box names as the place: `<span class="voc-author__place">`, `art-author__place`. */
const PLACE_MARK = /(?:^|[\s_-])(?:place|location|locality|ort|lieu|lugar|luogo)(?:$|[\s_-])/i;

export interface PageHeader {
  headline?: string;
  kicker?: string;
  standfirst?: string;
  byline?: Byline;
  /** The lead picture's element (`figure`, `picture` or `img`). */
  lead?: DomElement;
  /** A photographer the byline names (`Foto: …`): the lead picture's credit when it has none. */
  photographer?: string;
  /** The lead picture's caption and credit when the markup puts them beside it, not in a `<figcaption>`. */
  leadCaption?: string;
  leadCredit?: string;
  /** Texts of the header's lines, to take out of the body where Readability kept them. */
  consumed: Set<string>;
  /** Header lines that are site furniture, with the reason. */
  furniture: { text: string; reason: string }[];
  /** Why each field was chosen (`--explain`). */
  rules: { field: string; rule: string; text: string }[];
}

const KICKER_MARK = /(?:^|[\s_-])(?:kicker|eyebrow|overline|rubric|rubrik|rubrique|label|flag|topper|occhiello|surtitle|surtitre|dachzeile|supertitle|section-?name|category|categoria|tag-?line|pre-?title|headline__label|article__kicker|tema|volanta|antetitulo|antetítulo|cintillo|sobretitulo|sobretítulo|epigrafe|epígrafe|chapeau-?titre|surtitre)(?:$|[\s_-])/i;
const STANDFIRST_MARK = /(?:^|[\s_-])(?:standfirst|dek|desc|description|summary|sub[-_]?title|subhead(?:line)?|intro|excerpt|lede|lead-?text|chapo|chapeau|sommario|teaser-?text|abstract|article__desc|kurztext|entradilla|sottotitolo|field-intro|deck|sub-?deck|sub-?dek|strapline|bajada|intro-?text|article-?lead|lead|ingress|ingressi|preamble|preambule|vorspann|perex|spot|sumario|resumo|linha-?fina|subtitulo|subtítulo|teaser-?lead|article-?summary|dek-?text|tit-?sub|sub-?tit|subtit)(?:$|[\s_-])/i;
const PHOTOGRAPHER_LINE = /^(?:foto|fotos|photo|photos|photographs?|bild|bilder|kuva|kuvat|zdjęcia|fotó|fotografie)\s*:\s*(\p{Lu}.{1,60})$/iu;
const BYLINE_MARK = /(?:^|[\s_-])(?:byline|bylines|author|authors|autor|autore|auteur|writer|contributor|signature|firma|meta__author|by-?line|credits?-?author|article-?author)(?:$|[\s_-])/i;
const HEADLINE_MARK = /(?:^|[\s_-])(?:headline|title|titre|titel|titulo|titolo|tytul|heading|entry-title|post-title|article-title)(?:$|[\s_-])/i;
const SITE_TITLE_MARK = /(?:^|[\s_-])(?:site-?title|logo|brand|masthead|site-?name|navbar)(?:$|[\s_-])/i;
const OTHER_STORIES_MARK = /(?:^|[\s_-])(?:comments?|related|next|previous|prev|more|recommended|promo|teaser|card|slideshow|gallery|popular|trending)(?:$|[\s_-])/i;
const FIGURE_AVOID_MARK = /(?:^|[\s_-])(?:avatar|author|authors|autor|auteur|byline|signature|writer|journalist|reporter|contributor|logo|icon|profile|headshot|teaser|related|promo|ad|advert)(?:$|[\s_-])/i;
/** A share row's icons (`<a class="share-x"><img …>`); on the picture itself, `img-share` marks a picture readers may share. */
const SHARE_MARK = /(?:^|[\s_-])(?:share|sharing|social|sns)(?:$|[\s_-])/i;
const CAPTION_MARK = /(?:^|[\s_-])(?:caption|figcaption|legend|legende|légende|desc|description|bijschrift|didascalia|bildunterschrift|unterschrift|pie|pie-?de-?foto|leyenda|opis|podpis|cutline|image-?text|photo-?text)(?:$|[\s_-])/i;

/** What a reader sees of an element: its lines, without an icon's `<title>` or a script's text. */
export function visibleText(element: DomElement): string {
  return pageLines(element).map((l) => l.text).join(' ');
}

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Word overlap of two titles (0..1), measured on the shorter one. */
export function titleSimilarity(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.length, wb.size);
}

/** In the site's navigation, footer, a side column or its masthead; the page's own article and main region are never chrome. */
function inChrome(element: DomElement): boolean {
  for (let e: DomElement | null = element; e && !['article', 'main', 'body', 'html'].includes(e.localName); e = e.parentElement) {
    if (e.localName === 'nav' || e.localName === 'footer' || (e.localName === 'aside' && !e.querySelector('h1'))) return true;
    if (SITE_TITLE_MARK.test(marksOf(e))) return true;
  }
  return false;
}

/** The headline's element: a visible `<h1>` that is not the site's name, the one closest to the declared titles. */
export function findHeadlineElement(doc: DomDocument, meta: PageMetadata): DomElement | undefined {
  const titles = [meta.headline, ...meta.titles].filter((t): t is string => !!t);
  const score = (element: DomElement) => {
    const text = visibleText(element);
    const similarity = Math.max(0, ...titles.map((t) => titleSimilarity(text, t)));
    const inArticle = closest(element, (e) => e.localName === 'article' || e.localName === 'main') ? 0.3 : 0;
    const aside = closest(element, (e) => OTHER_STORIES_MARK.test(marksOf(e))) || matchFurniture(text) ? 1 : 0;
    return 2 * similarity + inArticle - aside + Math.min(text.length, 120) / 1000;
  };
  const h1s = all(doc, 'h1').filter((e) => !isHidden(e) && textOf(e).length > 0 && !inChrome(e));
  // The first of equals: a page's own headline comes before the headlines of the stories it links to.
  const top = h1s.length > 0 ? best(h1s, (e) => score(e) - h1s.indexOf(e) * 0.01) : undefined;
  const similarity = (e: DomElement) => Math.max(0, ...titles.map((t) => titleSimilarity(visibleText(e), t)));
  // No <h1>, or one that names the site's section rather than the story (`Allergies Health
  // Center`): an element named like a headline, or a lower heading, that says what the declared titles say.
  // (`<h4 class="headline-title">`: KBS keeps its <h1> for the logo and titles the story four levels down.)
  const named = all(doc, 'h2, h3, h4, div, span, p, a')
    .filter((e) => (HEADLINE_MARK.test(marksOf(e)) || /^h[23]$/.test(e.localName)) && !inChrome(e) && !isHidden(e))
    .filter((e) => {
      const words = textSize(textOf(e));
      return words >= 2 && words <= 30;
    });
  // `<h1>Wescott Valley News & Notes</h1>` and `<title>Wescott Valley News & Notes: Village council OKs …</title>`:
  // the <h1> is the blog's name that the title puts before the post's; the post's title is the heading that says the rest.
  const rest = top ? titles.map((t) => titleAfterSiteName(visibleText(top), t)).find(Boolean) : undefined;
  if (rest) {
    const post = named.filter((e) => titleSimilarity(visibleText(e), rest) >= 0.7 && !e.querySelector('h1, h2, h3, h4, p'));
    if (post.length > 0) return best(post, score);
  }
  if (top && (titles.length === 0 || similarity(top) >= 0.4)) return top;
  const confirmed = named.filter((e) => similarity(e) >= 0.7 && !e.querySelector('h1, h2, h3, h4, p'));
  if (confirmed.length > 0) return best(confirmed, score);
  // An <h1> that shares nothing with the declared titles is the blog's or the section's name: the declared title is the headline.
  if (top && similarity(top) < 0.2 && (meta.headline || meta.titles.length > 1)) return undefined;
  if (top) return top;
  // A page without <h1> whose declared title is only the site's name: the first element named a
  // title that reads like a headline (a home-made page's `<div class="titre">`).
  return named.find((e) => textSize(visibleText(e)) >= 4 && !/[.!?]$/.test(visibleText(e)));
}

/** What a title says after (or before) the site's name and its separator, when that is a headline's length. */
function titleAfterSiteName(site: string, title: string): string | undefined {
  const name = normalizeText(site);
  for (const separator of [': ', ' | ', ' - ', ' – ', ' — ', ' :: ', ' » ']) {
    const at = title.indexOf(separator);
    if (at < 0) continue;
    const [before, after] = [title.slice(0, at), title.slice(at + separator.length)];
    // (The headline says more than the site's name: `Headline - The Irish Times` with the headline in the <h1> is the other way round.)
    if (normalizeText(before) === name && textSize(after) >= 3 && textSize(after) > textSize(site)) return after;
    const last = title.lastIndexOf(separator);
    const head = title.slice(0, last);
    if (normalizeText(title.slice(last + separator.length)) === name && textSize(head) >= 3 && textSize(head) > textSize(site)) return head;
  }
  return undefined;
}

function best<T>(items: T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

export function closest(element: DomElement, test: (e: DomElement) => boolean): DomElement | undefined {
  for (let e: DomElement | null = element; e; e = e.parentElement) if (test(e)) return e;
  return undefined;
}

/** The nearest of the element and its ancestors below the article, main region or body that passes `test`. */
function closestInArticle(element: DomElement, test: (e: DomElement) => boolean): DomElement | undefined {
  for (let e: DomElement | null = element; e && !['article', 'main', 'body', 'html'].includes(e.localName); e = e.parentElement) if (test(e)) return e;
  return undefined;
}

/** The nearest of the element and its `levels` ancestors that passes `test`. */
function closestWithin(element: DomElement, levels: number, test: (e: DomElement) => boolean): DomElement | undefined {
  let e: DomElement | null = element;
  for (let i = 0; e && i <= levels; i++, e = e.parentElement) if (test(e)) return e;
  return undefined;
}

function within(element: DomElement, ancestor: DomElement): boolean {
  return ancestor === element || ancestor.contains(element);
}

export interface HeaderInput {
  doc: DomDocument;
  lines: PageLine[];
  meta: PageMetadata;
  /** Texts of the body's paragraphs as Readability found them (normalized). */
  bodyTexts: Set<string>;
  reference?: ReferenceDate | undefined;
  lang?: string | undefined;
}

export function readHeader(input: HeaderInput): PageHeader {
  const { doc, lines, meta } = input;
  const header: PageHeader = { consumed: new Set(), furniture: [], rules: [] };
  const h1 = findHeadlineElement(doc, meta);
  let at = h1 ? lines.findIndex((l) => within(l.element, h1)) : -1;
  if (h1 && at >= 0) {
    header.headline = visibleText(h1);
    header.rules.push({ field: 'headline', rule: h1.localName === 'h1' ? 'html:h1' : 'html:named-headline', text: header.headline });
    const inner = kickerInsideHeadline(h1) ?? kickerBeforeDeclaredTitle(header.headline, meta);
    if (inner) {
      header.kicker = inner.kicker;
      header.headline = inner.headline;
      header.rules.push({ field: 'kicker', rule: 'html:kicker-in-h1', text: inner.kicker });
    }
    // The headline's line may be split (a kicker span on its own line): skip every line inside the h1.
    while (at + 1 < lines.length && within((lines[at + 1] as PageLine).element, h1)) at++;
    header.consumed.add(normalizeText(visibleText(h1)));
    header.consumed.add(normalizeText(header.headline));
    if (header.kicker) header.consumed.add(normalizeText(header.kicker));
  }
  if (!header.headline) {
    const declared = meta.headline ?? cleanTitle(meta.titles, meta.publisher);
    if (declared) {
      header.headline = declared;
      header.rules.push({ field: 'headline', rule: 'html:declared-title', text: declared });
      header.consumed.add(normalizeText(declared));
      at = lines.findIndex((l) => titleSimilarity(l.text, declared) >= 0.8 && textSize(l.text) <= textSize(declared) + 3);
    }
  }
  if (at < 0) return header;
  if (!header.kicker) findKicker(header, lines, at, meta, h1);
  readBelowHeadline(header, input, at, h1);
  return header;
}

/** `<h1><span class="kicker">Klimakrise</span> <span>Die Flut …</span></h1>`: a label inside the headline. */
function kickerInsideHeadline(h1: DomElement): { kicker: string; headline: string } | undefined {
  // `[Herald Interview] …`, `【速報】…`: a label in brackets opening the headline.
  const bracketed = /^[[【［〔]([^\]】］〕]{2,40})[\]】］〕]\s*(\S.{4,})$/u.exec(visibleText(h1));
  if (bracketed?.[1] && bracketed[2]) return { kicker: bracketed[1].trim(), headline: bracketed[2].trim() };
  // Two parts, and nothing else: a short first part over the headline proper.
  // (A separator between them, `<span>:</span>`, is neither.)
  const parts = Array.from(h1.children).filter((c) => visibleText(c) && !/^[\s:|·•–—-]*$/u.test(visibleText(c)));
  if (parts.length === 2 && normalizeText(parts.map((p) => visibleText(p)).join(' ')) === normalizeText(visibleText(h1)).replace(/\s[:|·•–—-]\s/u, ' ')) {
    const [first, second] = parts.map((p) => visibleText(p)) as [string, string];
    if (textSize(first) <= 6 && textSize(second) >= 3 && !/[.!?,]$/.test(first) && (first.length < second.length / 1.5)) return { kicker: first.replace(/[\s:|·–—-]+$/u, ''), headline: second };
  }
  for (const child of Array.from(h1.querySelectorAll('span, em, small, strong, div'))) {
    if (!KICKER_MARK.test(marksOf(child))) continue;
    const kicker = textOf(child);
    const whole = textOf(h1);
    if (!kicker || kicker.length >= whole.length) continue;
    const headline = whole.replace(kicker, '').replace(/^[\s:|·–—-]+/u, '').trim();
    if (headline) return { kicker: kicker.replace(/[\s:|·–—-]+$/u, ''), headline };
  }
  return undefined;
}

/**
 * `Wohnungsmarkt in Leipzig Die Genossenschaft, die ihre Mieter verkaufte` where the page declares
 * the title `Die Genossenschaft, die ihre Mieter verkaufte`: the words before it are a label.
 */
function kickerBeforeDeclaredTitle(headline: string, meta: PageMetadata): { kicker: string; headline: string } | undefined {
  for (const title of [meta.headline, ...meta.titles]) {
    if (!title) continue;
    const at = headline.lastIndexOf(title);
    if (at <= 0 || at + title.length !== headline.length) continue;
    const kicker = headline.slice(0, at).replace(/[\s:|·–—-]+$/u, '').trim();
    const words = textSize(kicker);
    if (kicker && words <= 6 && !/[.!?]$/.test(kicker)) return { kicker: kicker.replace(/^\S+\+\s+/u, ''), headline: title };
  }
  return undefined;
}

/** A kicker without the subscription or sponsor label beside it in the same line (`Premium` `Environment`). */
function withoutLabels(element: DomElement, text: string): string {
  const parts = Array.from(element.children).map((c) => visibleText(c)).filter(Boolean);
  const labels = parts.filter((p) => matchFurniture(p));
  if (labels.length === 0 || labels.length === parts.length) return text;
  let rest = text;
  for (const label of labels) rest = rest.replace(label, ' ');
  return rest.replace(/\s+/g, ' ').trim() || text;
}

/** The smallest element inside the line's block that holds exactly the line's text (the link or span a label is). */
function lineElement(line: PageLine, avoid: DomElement | undefined): DomElement {
  const want = normalizeText(line.text);
  let found = line.element;
  for (const e of all(line.element, '*')) {
    if (avoid && (e === avoid || e.contains(avoid))) continue;
    if (normalizeText(textOf(e)) === want) found = e;
  }
  return found;
}

/** The lowest element holding both, and how many levels above `b` it is. */
function commonAncestor(a: DomElement, b: DomElement): { ancestor: DomElement; levels: number } | undefined {
  let levels = 0;
  for (let e: DomElement | null = b; e; e = e.parentElement, levels++) if (e.contains(a)) return { ancestor: e, levels };
  return undefined;
}

function findKicker(header: PageHeader, lines: PageLine[], at: number, meta: PageMetadata, h1: DomElement | undefined): void {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const line = lines[i] as PageLine;
    const own = lineElement(line, h1);
    // (`<a>Oslo</a> <span>+</span>`: the section and the subscription badge beside it, which read
    // together as a brand's name, `Oslo +`.)
    const text = withoutLabels(own, line.text);
    const words = textSize(text);
    if (matchFurniture(text) || readDateline(text)?.coverage === 1) continue;
    if (words > 6 || /[.!?]$/.test(text)) break;
    if (meta.publisher && normalizeText(text) === normalizeText(meta.publisher)) break;
    // (A breadcrumb's steps, `News / Cities / Chennai`, say where the page sits, and an item of a list
    // of links is a menu's: neither is the story's label.)
    if (closest(own, (e) => /breadcrumb/i.test(marksOf(e)))) break;
    const item = closest(own, (e) => e.localName === 'li');
    if (item?.parentElement && Array.from(item.parentElement.children).filter((e) => e.localName === 'li').length >= 3) break;
    const marked = closest(own, (e) => KICKER_MARK.test(marksOf(e)) && !e.querySelector('h1'));
    const isSection = meta.section && normalizeText(text) === normalizeText(meta.section);
    // Beside the headline: both in the same small header (a few levels up, no menu in it).
    const shared = h1 ? commonAncestor(own, h1) : undefined;
    const besideHeadline = !!shared && shared.levels <= 4 && !shared.ancestor.querySelector('nav, [role="navigation"]') && !['body', 'html', 'main'].includes(shared.ancestor.localName);
    if (marked || isSection || (besideHeadline && !inChrome(own) && !own.querySelector('a[href="/"]'))) {
      header.kicker = text.replace(/[\s:|·–—-]+$/u, '');
      header.consumed.add(normalizeText(line.text));
      header.rules.push({ field: 'kicker', rule: marked ? 'html:kicker-mark' : isSection ? 'html:kicker-section' : 'html:kicker-beside-headline', text: line.text });
      return;
    }
    break;
  }
}

function readBelowHeadline(header: PageHeader, input: HeaderInput, at: number, h1: DomElement | undefined): void {
  const { lines, bodyTexts, meta } = input;
  // The body starts at the first line Readability kept as a paragraph of some length; the header
  // is what lies between. Lines in the same container as that paragraph are body, whatever they say.
  // (A paragraph element first: a standfirst Readability kept is often a `<div>` of the same length.)
  // (Not a line of dates that Readability kept: `פורסם: 26.11.26, 08:47 עודכן: 26.11.26, 11:32` counts twelve words.)
  const startsBody = (line: PageLine, paragraphOnly: boolean) =>
    bodyTexts.has(normalizeText(line.text)) &&
    textSize(line.text) >= 12 &&
    !namedStandfirst(line.element) &&
    (!paragraphOnly || line.element.localName === 'p') &&
    (readDateline(line.text, { reference: input.reference, lang: input.lang })?.coverage ?? 0) < 0.6;
  let end = lines.length;
  for (const paragraphOnly of [true, false]) {
    const found = lines.findIndex((line, i) => i > at && i <= at + 40 && startsBody(line, paragraphOnly));
    if (found >= 0) {
      end = found;
      break;
    }
  }
  const limit = Math.min(end, at + 25);
  const bodyContainer = end < lines.length ? (lines[end] as PageLine).element.parentElement : null;
  const authors: string[] = [];
  const declaredSection = (name: string) => !!meta.section && normalizeText(name) === normalizeText(meta.section);
  const places = new Map<string, string>();
  const bylineLines: string[] = [];
  let byline: Byline | undefined;
  let bylineElement: DomElement | undefined;
  let lastWasByline = false;
  const dates: { published?: Dateline; updated?: Dateline } = {};
  const region = headerLines(lines.slice(at + 1, limit));
  for (const [index, line] of region.entries()) {
    const text = line.text;
    if (index > 0 && !bylineLines.includes((region[index - 1] as PageLine).text)) lastWasByline = false;
    // A paragraph in the story's own container is the story's, unless it is named a standfirst.
    const inBody = !!bodyContainer?.contains(line.element) && (line.element.localName === 'p' || input.bodyTexts.has(normalizeText(text))) && !namedStandfirst(line.element);
    if (closest(line.element, (e) => e.localName === 'figure' || e.localName === 'figcaption')) continue;
    // (`<picture>…</picture><span class="caption">…</span>`: a caption beside the picture, outside any figure, is the lead's, read below.)
    if (closestWithin(line.element, 2, (e) => CAPTION_MARK.test(marksOf(e)) && picturedBefore(e))) continue;
    // (The caption inline in the picture's box makes that box's line: `<div><picture/><span class="caption">…</span></div>`.)
    if (all(line.element, '*').some((e) => CAPTION_MARK.test(marksOf(e)) && picturedBefore(e) && normalizeText(visibleText(e)) === normalizeText(text))) continue;
    const furniture = matchFurniture(text);
    const bylineMarked = closestWithin(line.element, 3, (e) => BYLINE_MARK.test(marksOf(e)) && !e.querySelector('p, h1, h2') && textOf(e).length < 200);
    const dateline = readDateline(text, { reference: input.reference, lang: input.lang });
    const timed = closest(line.element, (e) => e.localName === 'time') ?? line.element.querySelector('time');
    if (dateline && (dateline.published || dateline.updated) && (dateline.coverage > 0.5 || timed)) {
      if (dateline.published && !dates.published) dates.published = withIso(dateline.published, timed);
      if (dateline.updated && !dates.updated) dates.updated = withIso(dateline.updated, null);
      const rest = dateline.rest.trim();
      // (`Sevilla 26/11/2025`: the place the byline's box names beside the date, in its own element.)
      const placed = rest && authors.length > 0 && (isKnownPlace(rest) || PLACE_MARK.test(marksOf(line.element.querySelector('[class*="place"], [class*="location"]') ?? line.element)));
      if (placed) for (const name of authors) if (!places.has(name)) places.set(name, placeName(rest));
      else if (rest && bylineMarked) addAuthors(rest, authors, input);
      header.consumed.add(normalizeText(text));
      bylineLines.push(text);
      header.rules.push({ field: 'date', rule: 'html:dateline', text });
      continue;
    }
    // One byline: the first element marked as one (all its lines), or the first line that reads as one.
    // (A second byline block right after the first, `<div class="byline">` twice, names more authors.)
    const inByline = bylineElement && (within(line.element, bylineElement) || (!!bylineMarked && lastWasByline));
    if ((bylineMarked && (!bylineElement || inByline)) || (!bylineElement && !furniture && textSize(text) <= 12 && parseByline(text, { lang: input.lang })?.authors.length)) {
      // `Foto: Jonas Lindkvist` beside `Text: Karin Sjöberg`: the photographer credits the pictures, not the text.
      const photographer = PHOTOGRAPHER_LINE.exec(text)?.[1];
      if (photographer) {
        header.photographer ??= photographer.trim();
        header.consumed.add(normalizeText(text));
        bylineLines.push(text);
        continue;
      }
      // `BBC News, Bristol`, `Reporting from Madison, Maine`: where the authors are, on a line of its own.
      const place = authors.length > 0 ? (PLACE_MARK.test(marksOf(line.element)) ? placeName(text) : placeLine(text)) : undefined;
      if (place) {
        for (const name of authors) if (!places.has(name)) places.set(name, place);
        header.consumed.add(normalizeText(text));
        bylineLines.push(text);
        header.rules.push({ field: 'byline', rule: 'html:byline-place', text });
        continue;
      }
      // (`Redazione ANSA` in the byline's box: the agency's desk signs for the agency.)
      const agency = bylineMarked ? agencyLine(text) : undefined;
      const parsed = nameWithPlace(text) ?? parseByline(text, { reference: input.reference, lang: input.lang }) ?? (agency ? { authors: agency, raw: text } : undefined);
      if (parsed?.authors.length || bylineMarked) {
        bylineElement ??= bylineMarked ?? line.element;
        for (const a of parsed?.authors ?? []) if (a.location && !places.has(a.name)) places.set(a.name, placeName(a.location));
        if (parsed?.authors.length) {
          // (`Press Trust of India · India News · Updated …`: the section the page declares, in the byline's row, is no one.)
          for (const a of parsed.authors) if (!authors.includes(a.name) && !isPublicationName(a.name) && !declaredSection(a.name)) authors.push(a.name);
        // (`Chicago Tribune` after the name and the address, in the byline's box: the paper, no person.)
        } else if (bylineMarked && looksLikePersonName(text) && !isPublicationName(text) && !authors.includes(text) && !declaredSection(text)) authors.push(text);
        const named = parsed?.authors.filter((a) => !declaredSection(a.name));
        if (!byline && parsed && named?.length) byline = { ...parsed, authors: named };
        if (parsed?.dateline && !dates.published) dates.published = parsed.dateline;
        header.consumed.add(normalizeText(text));
        bylineLines.push(text);
        header.rules.push({ field: 'byline', rule: bylineMarked ? 'html:byline-mark' : 'html:byline-text', text });
        lastWasByline = true;
        continue;
      }
    }
    if (furniture) {
      header.furniture.push({ text, reason: furniture.reason });
      header.consumed.add(normalizeText(text));
      continue;
    }
    if (inMachineSummary(line, region)) {
      header.furniture.push({ text, reason: 'the site’s machine-made summary (site furniture)' });
      header.consumed.add(normalizeText(text));
      continue;
    }
    const words = textSize(text);
    // (A standfirst its class names may be short: `<h2 class="sub_title">평균 보증금 회수까지 13개월 걸려</h2>`.)
    if (!header.standfirst && !inBody && words >= (namedStandfirst(line.element) ? 4 : 6) && (namedStandfirst(line.element) || !bodyTexts.has(normalizeText(text)) || line.element.localName !== 'p' || (meta.description && titleSimilarity(text, meta.description) >= 0.8))) {
      header.standfirst = text;
      header.consumed.add(normalizeText(text));
      header.rules.push({ field: 'standfirst', rule: namedStandfirst(line.element) ? 'html:standfirst-mark' : 'html:standfirst-below-headline', text });
      continue;
    }
    if (words <= 8 && !bodyTexts.has(normalizeText(text))) {
      header.furniture.push({ text, reason: 'a line of the page’s header that is not the article’s (site furniture)' });
      header.consumed.add(normalizeText(text));
    }
  }
  // (`<div class="date">2026年11月26日星期四</div><hgroup><h1>…`: no date under the headline, but one right over it, in the
  // headline's own small header, not the masthead's date of today.)
  if (!dates.published && h1) {
    for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
      const line = lines[i] as PageLine;
      const over = readDateline(line.text, { reference: input.reference, lang: input.lang });
      // (Mostly the date: the update's label beside it, `Atjaunots:`, is no other words; at 0.7 the
      // saved pages gained one check, none lost.)
      if (!over?.published || over.coverage < 0.7) continue;
      const shared = commonAncestor(line.element, h1);
      if (!shared || shared.levels > 3 || inChrome(line.element) || ['body', 'html'].includes(shared.ancestor.localName)) break;
      dates.published = withIso(over.published, closest(line.element, (e) => e.localName === 'time') ?? line.element.querySelector('time'));
      // (`Vakar, 19:05 Atjaunots: šodien, 10:30`: the update's time beside it, in the same bar.)
      if (over.updated && !dates.updated) dates.updated = withIso(over.updated, line.element.querySelectorAll('time')[1] ?? null);
      header.consumed.add(normalizeText(line.text));
      header.rules.push({ field: 'date', rule: 'html:dateline-above-headline', text: line.text });
      break;
    }
  }
  // The same person in capitals on the page and properly in the metadata (`ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ`): once, as the metadata spells it.
  const declared = new Map(meta.authors.map((a) => [folded(a), a]));
  const shown = [...new Map(authors.map((a) => [folded(a), declared.get(folded(a)) ?? a])).values()];
  const people = shown.length > 0 ? shown : meta.authors.filter((a) => !meta.publisher || normalizeText(a) !== normalizeText(meta.publisher));
  const published = dates.published ?? declaredDate(meta.published);
  if (people.length > 0 || published || dates.updated) {
    const result: Byline = byline ? { ...byline, authors: byline.authors.length ? byline.authors : [] } : { authors: [], raw: people.join(', ') };
    if (result.authors.length === 0 || authors.length > result.authors.length) result.authors = people.map((name) => ({ name }));
    for (const author of result.authors) {
      const place = places.get(author.name);
      if (place && !author.location) author.location = place;
    }
    if (published) result.dateline = published;
    else delete result.dateline;
    if (dates.updated) result.updated = dates.updated;
    // The byline as written: the byline's and the dates' lines of the header, labels included.
    if (bylineLines.length > 0) result.raw = bylineLines.join(' · ');
    if (!result.raw) result.raw = [people.join(', '), published?.text].filter(Boolean).join(' · ');
    header.byline = result;
  }
  header.lead = findLead(input.doc, h1, end < lines.length ? (lines[end] as PageLine).element : undefined);
  if (header.lead && !header.lead.querySelector('figcaption')) {
    const beside = captionBeside(header.lead);
    if (beside.caption) header.leadCaption = beside.caption;
    if (beside.credit) header.leadCredit = beside.credit;
    const pictures = new Set([beside.caption, beside.credit, beside.whole].filter((text): text is string => !!text).map(normalizeText));
    for (const text of pictures) header.consumed.add(text);
    // (The header's lines were read before the picture: a caption taken there for furniture is the picture's.)
    header.furniture = header.furniture.filter((f) => !pictures.has(normalizeText(f.text)));
    // (And words taken for the summary are the picture's caption, once the picture claims them.)
    if (header.standfirst && pictures.has(normalizeText(header.standfirst))) {
      delete header.standfirst;
      header.rules = header.rules.filter((r) => r.field !== 'standfirst');
    }
  }
}

/**
 * A caption the markup puts after the picture rather than in a `<figcaption>`: the next
 * elements after the picture (or after the box around it) named a caption or a credit
 * (`<p class="desc">`, Drupal's `field--name-field-bijschrift`, `<div class="legende">`).
 */
/** A picture stands right before the element (`<img>`, `<picture>`, or a box holding one). */
function picturedBefore(element: DomElement): boolean {
  // (Two siblings back: a viewer's button, `Lihat Foto`, may stand between the picture and its caption.)
  for (let before = element.previousElementSibling, k = 0; before && k < 2; before = before.previousElementSibling, k++) {
    if (before.localName === 'img' || before.localName === 'picture' || before.querySelector('img')) return true;
  }
  return false;
}

function captionBeside(image: DomElement): { caption?: string; credit?: string; whole?: string } {
  const found: { caption?: string; credit?: string; whole?: string } = {};
  let box: DomElement | null = image;
  for (let level = 0; box && level < 3 && !found.caption && !found.credit; level++, box = box.parentElement) {
    let next = box.nextElementSibling;
    for (let k = 0; next && k < 3; k++, next = next.nextElementSibling) {
      const text = visibleText(next);
      if (!text || textSize(text) > 80 || next.querySelector('img, p p, h1, h2')) break;
      const credit = next.querySelector('*') ? all(next, '*').find((e) => CREDIT_MARKS.test(marksOf(e))) : undefined;
      // (`<div class="image-info"><span class="image-caption">…</span><span class="image-author">…</span></div>`:
      // a box no mark names, holding the marked caption and credit.)
      const inner = CREDIT_MARKS.test(marksOf(next)) || CAPTION_MARK.test(marksOf(next)) ? undefined : all(next, '*').find((e) => CAPTION_MARK.test(marksOf(e)) && !CREDIT_MARKS.test(marksOf(e)));
      if (inner && visibleText(inner)) {
        found.whole = text;
        found.caption = visibleText(inner);
        if (credit && !inner.contains(credit)) found.credit = visibleText(credit);
      } else if (CREDIT_MARKS.test(marksOf(next))) found.credit = text;
      else if (CAPTION_MARK.test(marksOf(next))) {
        found.whole = text;
        if (credit) {
          found.credit = visibleText(credit);
          found.caption = text.replace(found.credit, '').trim();
        } else found.caption = text;
        // (A viewer's link between the picture and its caption, `Lihat Foto`, `View gallery`, is stepped over.)
      } else if (!(textSize(text) <= 3 && (next.localName === 'a' || next.localName === 'button' || next.querySelector('a, button')))) break;
    }
  }
  return found;
}

/** `Mathilde Kervran (Brest, correspondante)`: a name, then where in brackets (a known place first). */
function nameWithPlace(text: string): Byline | undefined {
  // `Murat Öztürk TRABZON`, `Ana Souza São Paulo`: a name, then a known place. (Not `Von Jana Weißenfels`:
  // "by" and a name, whose family name is also a town.)
  if (LEADING_BY.test(text.trim())) return undefined;
  const words = text.trim().split(/\s+/);
  for (let cut = words.length - 1; cut >= 2 && cut >= words.length - 3; cut--) {
    const name = words.slice(0, cut).join(' ');
    const place = words.slice(cut).join(' ');
    const placeName = place === place.toUpperCase() ? titleCase(place) : place;
    if (/^\p{Lu}/u.test(place) && isKnownPlace(placeName) && looksLikePersonName(name)) return { authors: [{ name, location: placeName }], raw: text };
  }
  const m = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{L}[\p{L}'’.-]+){1,3})\s*\((\p{Lu}[\p{L} .'’-]{1,40}?)(?:,\s*[^)]{1,40})?\)$/u.exec(text.trim());
  if (!m?.[1] || !m[2] || !isKnownPlace(m[2].trim())) return undefined;
  return { authors: [{ name: m[1], location: m[2].trim() }], raw: text };
}

/** `AI generated`, `KI-generierte Zusammenfassung`: the line that says a box was written by a machine. */
const MACHINE_MADE = /\b(?:AI|KI|IA|artificial intelligence|künstliche[rn]? intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale)\b/u;

/**
 * In a box (three levels up at most) that says it was made by a machine (`Summary` / the points /
 * `AI generated`): the site's generated summary, not the writer's standfirst.
 */
function inMachineSummary(line: PageLine, region: PageLine[]): boolean {
  const box = closestWithin(line.element, 3, (e) => ['div', 'section', 'aside'].includes(e.localName) && textOf(e).length <= 2000);
  if (!box) return false;
  return region.some((other) => box.contains(other.element) && matchFurniture(other.text)?.name === 'furniture:ai-notice' && MACHINE_MADE.test(other.text));
}

/** Named a standfirst, itself or the box just around it (`<div class="bajada"><p>…</p></div>`). */
function namedStandfirst(element: DomElement): boolean {
  return !!closestWithin(element, 2, (e) => STANDFIRST_MARK.test(marksOf(e)) && textSize(visibleText(e)) <= 120);
}

/** A name without case or accents, to tell one person written two ways. */
function folded(name: string): string {
  return withoutAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A line that only says where: a publication and a place, or `Reporting from` a place. */
function placeLine(text: string): string | undefined {
  const reporting = /^(?:reporting from|reported from|depuis|desde|aus)\s+(\p{Lu}[\p{L} .,'’-]{1,60})$/iu.exec(text.trim());
  if (reporting?.[1]) return reporting[1].trim();
  const m = /^(.+?),\s*(\p{Lu}[\p{L} .'’-]{1,40})$/u.exec(text.trim());
  return m?.[1] && m[2] && isPublicationName(m[1]) && !looksLikePersonName(m[1]) ? m[2].trim() : undefined;
}

function addAuthors(text: string, authors: string[], input: HeaderInput): void {
  const parsed = parseByline(text, { reference: input.reference, lang: input.lang });
  // (`Chicago Tribune` beside the date in the byline's box: the paper, no person.)
  for (const a of parsed?.authors ?? []) if (!authors.includes(a.name) && !isPublicationName(a.name)) authors.push(a.name);
}

/**
 * A header line made of several named inline parts (`<span class="meta__author">…</span><span
 * class="meta__date">…</span><span class="meta__reading-time">…</span>`) is read part by part, as
 * the page shows them side by side.
 */
function headerLines(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (const line of lines) {
    const parts = Array.from(line.element.children).filter((c) => !isHidden(c) && visibleText(c));
    const bare = normalizeText(parts.map((p) => visibleText(p)).join(' ')) === normalizeText(line.text);
    // (`<span class="tit">업데이트</span> <span class="date">…</span>`: a date's label stays with its date.)
    const labelled = parts.some((p) => isDatelineLabel(visibleText(p)));
    if (parts.length >= 2 && bare && !labelled && parts.every((p) => p.getAttribute('class') && !BLOCKISH.has(p.localName)) && parts.filter((p) => textSize(visibleText(p)) >= 2).length >= 2) {
      for (const part of parts) out.push({ text: visibleText(part), element: part });
    } else out.push(line);
  }
  return out;
}

const BLOCKISH = new Set(['p', 'div', 'section', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table']);

/** A visible date keeps its words; a `<time datetime>` around it gives the exact moment. */
function withIso(date: Dateline, timed: DomElement | null | undefined): Dateline {
  const attribute = timed?.getAttribute('datetime')?.trim();
  if (!attribute || !/^\d{4}-\d{2}-\d{2}/.test(attribute)) return date;
  // The day the page shows wins over an attribute that disagrees (a UTC timestamp past midnight).
  if (date.iso && date.iso.slice(0, 10) !== attribute.slice(0, 10)) return date;
  return { text: date.text, iso: isoMinutes(attribute) };
}

function declaredDate(value: string | undefined): Dateline | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const iso = isoMinutes(value);
  return { text: iso.slice(0, 10), iso };
}

/** `2025-11-03T14:12:00.000+01:00` → `2025-11-03T14:12+01:00`; a date alone stays a date. */
function isoMinutes(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (!m) return value.slice(0, 10);
  if (!m[2]) return m[1] as string;
  const zone = m[3] ? (m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  return `${m[1]}T${m[2]}${zone}`;
}

/** The lead picture: the first picture between the headline and the body, not an avatar or a logo. */
function findLead(doc: DomDocument, h1: DomElement | undefined, bodyStart: DomElement | undefined): DomElement | undefined {
  const elements = all(doc, 'figure, picture, img, amp-img');
  const order = all(doc, '*');
  const index = new Map(order.map((e, i) => [e, i]));
  const from = h1 ? (index.get(h1) ?? 0) : 0;
  const to = bodyStart ? (index.get(bodyStart) ?? order.length) : order.length;
  const scope = h1 ? closest(h1, (e) => e.localName === 'article' || e.localName === 'main') : undefined;
  const candidates = elements.filter((e) => {
    const i = index.get(e) ?? -1;
    if (i < 0 || (i >= to && !amongFirstChildren(bodyStart, e))) return false;
    if (i < from && !(scope?.contains(e))) return false;
    // (Up to the article: a body class such as WordPress's `wp-custom-logo` says nothing of this picture.)
    if (closestInArticle(e, (a) => FIGURE_AVOID_MARK.test(marksOf(a)) || (a !== e && SHARE_MARK.test(marksOf(a))) || a.localName === 'nav' || (a.localName === 'header' && !!scope && !scope.contains(a)))) return false;
    const width = Number(e.getAttribute('width') ?? '0');
    return !(width > 0 && width < 100);
  });
  const first = candidates[0];
  if (!first) return undefined;
  return closest(first, (e) => e.localName === 'figure') ?? first;
}

/**
 * `<section class="news_view"><h2>…</h2><figure>…</figure>text<br><br>text…`: a story written as bare
 * text in its container starts with that container, and a picture among its first three elements
 * (a `<br>` counts, so no paragraph stands before it) comes before the story's words.
 */
function amongFirstChildren(container: DomElement | undefined, e: DomElement): boolean {
  if (!container || container.localName === 'p' || !container.contains(e)) return false;
  const children = Array.from(container.children).slice(0, 3);
  return children.some((child) => child === e || child.contains(e));
}

/** `Headline text | Site` → `Headline text`: the longest part of a declared title. */
function cleanTitle(titles: string[], publisher: string | undefined): string | undefined {
  const title = titles[0];
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—·»:-]\s+/u).filter((p) => !publisher || normalizeText(p) !== normalizeText(publisher));
  return parts.sort((a, b) => b.length - a.length)[0] ?? title;
}

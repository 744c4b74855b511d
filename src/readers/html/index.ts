/**
 * The `html` reader: a web page (saved from a browser, fetched from a URL, or piped in) → article
 * tree. Metadata first (what the page declares), then the header as the page shows it, then the
 * body from Readability, reduced to tree nodes by the same element handlers as Markdown's raw
 * HTML. What Readability keeps but is not the story (share rows, newsletter boxes) goes to
 * `dropped` with the text reader's furniture rules.
 */
import { takeOpeningByline } from '../shared/opening-byline.js';
import { UNTITLED_HEADLINE } from '../../tree/ids.js';
import { normalizeLanguageTag } from '../../tree/language-tag.js';
import { blockText } from '../../tree/text.js';
import type { Article, Block, Figure, Inline, Section } from '../../tree/types.js';
import { matchCaption } from '../news-text/rules/caption.js';
import { type FurnitureRule, continuesFurnitureList, matchFurniture } from '../news-text/rules/furniture.js';
import { type DatelineReading, readDateline } from '../shared/dates.js';
import { textSize } from '../news-text/units.js';
import { type HtmlNode, type Segment, htmlToSegments, parseHtmlFragment } from '../shared/html.js';
import { guessLanguage, surelyNotEnglish } from '../shared/language.js';
import { headingDepth } from '../shared/sections.js';
import type { Explanation, ReadResult, Reader, ReaderOptions } from '../types.js';
import { clip } from '../types.js';
import { type DomElement, marksOf, parseHtmlDocument, textOf } from './dom.js';
import { extractArticle } from './extract.js';
import { type PageHeader, findHeadlineElement, normalizeText, readHeader } from './header.js';
import { dropHeadingsWithoutStory, linesAfterStory, siteRights, trailingFooter } from './footer.js';
import { splitCredit } from './credits.js';
import { pageLines } from './lines.js';
import { inlineText, sectionText } from './text.js';
import { readMetadata } from './metadata.js';

export const htmlReader: Reader = {
  name: 'html',
  description: 'a web page: saved from a browser (.html), fetched from a URL, or piped in',
  extensions: ['.html', '.htm', '.xhtml', '.shtml'],
  read: readHtml,
};

export function readHtml(text: string, options: ReaderOptions = {}): ReadResult {
  const doc = parseHtmlDocument(text);
  const meta = readMetadata(doc);
  const body = doc.body ?? doc.documentElement;
  const lines = pageLines(body);
  // Readability changes the document it reads: it gets a copy of its own, the header is read from the page as it is.
  const copy = parseHtmlDocument(text);
  const extracted = extractArticle(copy, findHeadlineElement(copy, meta));
  const explain: Explanation[] = [];
  const baseUrl = options.baseUrl;
  // A saved page's links resolve against the address it declares (its canonical URL), its pictures never.
  const linkBase = !baseUrl && meta.url && /^https?:\/\//i.test(meta.url) ? meta.url : undefined;
  const walkOptions = baseUrl ? { baseUrl } : linkBase ? { linkBase } : {};
  const { segments, dropped } = extracted.content ? htmlToSegments(parseHtmlFragment(extracted.content), walkOptions) : { segments: [], dropped: [] };
  const bodyTexts = new Set(segments.flatMap((s) => (s.type === 'paragraph' || s.type === 'heading' ? [normalizeText(inlineText(s.children))] : [])));
  const declaredLang = meta.lang ? normalizeLanguageTag(meta.lang) : undefined;
  const header = readHeader({ doc, lines, meta, bodyTexts, reference: options.date, lang: declaredLang });
  for (const rule of header.rules) explain.push({ line: 0, rule: rule.rule, text: clip(rule.text) });

  const article: Article = {
    type: 'article',
    id: '',
    lang: declaredLang ?? 'en',
    headline: [{ type: 'text', value: header.headline ?? extracted.title ?? UNTITLED_HEADLINE }],
    sections: [],
    // (A share row Readability's copy already lost is recorded once.)
    dropped: [...extracted.dropped, ...dropped, ...header.furniture.filter((f) => !extracted.dropped.some((d) => d.text.includes(f.text)))],
    source: { format: 'html', ...(options.file ? { file: options.file } : {}) },
  };
  if (!header.headline && !extracted.title) explain.unshift({ line: 0, rule: 'headline:missing', text: 'no <h1> or declared title; use --title' });
  if (header.kicker) article.kicker = [{ type: 'text', value: header.kicker }];
  if (header.standfirst) article.standfirst = [{ type: 'text', value: header.standfirst }];
  if (header.byline) article.byline = header.byline;
  if (meta.publisher) article.publisher = meta.publisher;

  const lead = header.lead ? leadFigure(header.lead, baseUrl) : undefined;
  if (lead && header.leadCaption && !lead.caption) lead.caption = [{ type: 'text', value: header.leadCaption }];
  if (lead && header.leadCredit && !lead.credit) lead.credit = header.leadCredit;
  const beside = lead && !lead.caption && !lead.credit && header.lead ? captionBeside(header.lead) : undefined;
  if (lead && beside) {
    lead.caption = [{ type: 'text', value: textOf(beside) }];
    // (Words the header took for the summary are the picture's, once the picture claims them.)
    if (header.standfirst && normalizeText(textOf(beside)).includes(normalizeText(header.standfirst))) delete article.standfirst;
  }
  if (lead && header.photographer && !lead.credit && !(lead.caption && matchCaption(inlineText(lead.caption)))) {
    lead.credit = header.photographer;
    lead.creditLabel = 'Foto';
  }
  const blocks = bodySegments(segments, header, lead, article, { reference: options.date, ...(declaredLang ? { lang: declaredLang } : {}) });
  if (lead) article.lead = lead;
  article.sections = sectionsOf(blocks);
  dropHeadingsWithoutStory(article);
  const footer = trailingFooter(article);
  const after = linesAfterStory(lines, article);
  const rights = footer?.rights ?? after.rights ?? siteRights(lines);
  // (The same line can be found twice: at the end of Readability's article and after it in the page.)
  const seen = new Set<string>();
  const notes = [...(footer?.notes ?? []), ...after.notes].filter((note) => {
    const key = normalizeText(blockText(note));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rights || notes.length > 0) article.footer = rights ? { rights, notes } : { notes };
  if (!declaredLang) article.lang = guessLanguage(sectionText(article.sections));
  else if (declaredLang.split('-')[0] === 'en') {
    // (A template's `lang="en-US"` over a story in another language: the story's words say which.)
    const spoken = surelyNotEnglish(sectionText(article.sections));
    if (spoken) {
      article.lang = spoken;
      explain.push({ line: 0, rule: 'language:not-as-declared', text: `the page says ${declaredLang}; its text is ${spoken}` });
    }
  }
  for (const block of article.sections.flatMap((s) => s.blocks)) if (block.type === 'figure') splitCredit(block, article.dropped);
  if (article.lead) splitCredit(article.lead, article.dropped);
  takeOpeningByline(article);
  return { article, explain };
}

/** The level a bold one-line paragraph gets until the page's own subheadings say which it is. */
const BOLD_LINE_LEVEL = 7;

/** How far into the body the header's own lines may turn up again (Readability keeps some of them). */
const HEADER_ECHO_REACH = 12;

/**
 * Body segments without what the header already holds, furniture moved to `dropped`, the lead
 * picture taken out, bold one-line paragraphs made subheadings, a dateline in the body read as the date.
 */
function bodySegments(segments: Segment[], header: PageHeader, lead: Figure | undefined, article: Article, input: { reference?: ReaderOptions['date']; lang?: string }): Segment[] {
  const headlineKey = header.headline ? normalizeText(header.headline) : undefined;
  // Readability sometimes starts with the page's header: what comes before the headline is its chrome.
  const echo = segments.slice(0, HEADER_ECHO_REACH).findIndex((s) => (s.type === 'paragraph' || s.type === 'heading') && normalizeText(inlineText(s.children)) === headlineKey);
  const out: Segment[] = [];
  let listing: string | undefined;
  segments.forEach((segment, index) => {
    const early = index < HEADER_ECHO_REACH;
    if (index < echo) {
      const text = segment.type === 'paragraph' || segment.type === 'heading' ? inlineText(segment.children).trim() : '';
      if (text && !header.kicker && index === echo - 1 && textSize(text) <= 5) {
        header.kicker = text;
        article.kicker = [{ type: 'text', value: text }];
      } else if (text) article.dropped.push({ text, reason: 'a line of the page’s header before the headline (site furniture)' });
      if (segment.type !== 'figure') return;
    }
    const buttons = segment.type === 'list' ? buttonList(segment.items) : undefined;
    if (segment.type === 'paragraph' || segment.type === 'heading') {
      const text = inlineText(segment.children).trim();
      const key = normalizeText(text);
      if (!text) return;
      const furniture = matchFurniture(text);
      if (early && (header.consumed.has(key) || key === headlineKey || madeOfHeaderParts(text, header, input))) {
        // The headline, kicker and standfirst are in the tree as such; any other header line is recorded here
        // (as the furniture it is, when it is: `Publicitat` over the lead picture).
        if (![headlineKey, header.kicker, header.standfirst].some((t) => t && normalizeText(t) === key)) article.dropped.push({ text, reason: furniture?.reason ?? 'a line of the page’s header, read there (byline, date, labels)' });
        return;
      }
      if (furniture) {
        article.dropped.push({ text, reason: furniture.reason });
        listing = furniture.startsList ? furniture.reason : undefined;
        return;
      }
      if (listing && segment.type === 'paragraph' && continuesFurnitureList(text)) {
        article.dropped.push({ text, reason: listing });
        return;
      }
      listing = undefined;
      if (segment.type === 'paragraph' && (early || index >= segments.length - 4) && readsAsDateline(text, header, article, input)) return;
      if (segment.type === 'paragraph' && isBoldLine(segment.children)) {
        out.push({ type: 'heading', level: BOLD_LINE_LEVEL, children: [{ type: 'text', value: text }] });
        return;
      }
    } else if (buttons) {
      article.dropped.push({ text: buttons.texts.join(' / '), reason: buttons.rule.reason });
      return;
    } else if (early && segment.type === 'list' && segment.items.every((item) => isDateLine(item.map(blockText).join(' '), input))) {
      // (`<ul class="date_list"><li>입력 …</li><li>업데이트 …</li></ul>`: the header's dates, set as a list.)
      for (const item of segment.items) readsAsDateline(item.map(blockText).join(' '), header, article, input);
      return;
    } else if (listing && segment.type === 'list' && segment.items.every((item) => continuesFurnitureList(item.map(blockText).join(' ')))) {
      article.dropped.push({ text: segment.items.map((item) => item.map(blockText).join(' ')).join(' / '), reason: listing });
      return;
    } else listing = undefined;
    if (segment.type === 'figure' && lead && out.every((s) => s.type !== 'paragraph') && (sameImage(segment, lead) || !lead.src)) {
      if (!lead.caption && segment.caption) lead.caption = segment.caption;
      return;
    }
    out.push(segment);
  });
  return out;
}

/**
 * A line Readability kept from the header, put together from parts the header already read or
 * set aside (`Mathilde Kervran (Brest, correspondante) Lecture 4 min.`, `7 min read  Nov 3, 2025`).
 */
function madeOfHeaderParts(text: string, header: PageHeader, input: { reference?: ReaderOptions['date']; lang?: string }): boolean {
  if (textSize(text) > 30) return false;
  let rest = ` ${text.toLowerCase()} `;
  for (const part of [...header.consumed, ...header.furniture.map((f) => normalizeText(f.text))].sort((a, b) => b.length - a.length)) {
    if (part.length >= 3) rest = rest.split(part).join(' ');
  }
  const pieces = rest.split(/\s{2,}|\s[·•|]\s/u).map((p) => p.trim()).filter(Boolean);
  if (pieces.length === 0) return true;
  return pieces.every((p) => matchFurniture(p) || (readDateline(p, { reference: input.reference, lang: input.lang })?.coverage ?? 0) >= 0.6);
}

/** A short line that is only a date, give or take its label. */
function isDateLine(text: string, input: { reference?: ReaderOptions['date']; lang?: string }): boolean {
  return dateLineReading(text, input) !== undefined;
}

function dateLineReading(text: string, input: { reference?: ReaderOptions['date']; lang?: string }): DatelineReading | undefined {
  if (textSize(text) > 16) return undefined;
  const reading = readDateline(text, { reference: input.reference, lang: input.lang });
  return !reading || reading.coverage < 0.6 || (!reading.published && !reading.updated) ? undefined : reading;
}

/** A short line in the body that is only a date (`3 novembre 2025 (modifica il … | 15:20)`): the article's dates, when the header had none. */
function readsAsDateline(text: string, header: PageHeader, article: Article, input: { reference?: ReaderOptions['date']; lang?: string }): boolean {
  const reading = dateLineReading(text, input);
  if (!reading) return false;
  article.dropped.push({ text, reason: 'the article’s date, read as its dateline' });
  const byline = article.byline ?? { authors: [], raw: '' };
  const fromMetadata = byline.dateline && byline.dateline.text === byline.dateline.iso?.slice(0, 10);
  if (reading.published && (!byline.dateline || fromMetadata)) byline.dateline = reading.published;
  if (reading.updated && !byline.updated) byline.updated = reading.updated;
  if (!article.byline && (byline.dateline || byline.updated)) article.byline = { ...byline, raw: text };
  header.rules.push({ field: 'date', rule: 'html:dateline-in-body', text });
  return true;
}

/**
 * `Facebook` / `X` / `Email`: a list whose every item is a button (or other furniture); one item is
 * enough (`댓글 14` left alone in a row whose other buttons are `<button>`s, which a copy does not keep).
 */
function buttonList(items: Block[][]): { texts: string[]; rule: FurnitureRule } | undefined {
  if (items.length === 0) return undefined;
  const texts = items.map((item) => item.map(blockText).join(' '));
  const rules = texts.map((text) => matchFurniture(text));
  const [rule] = rules;
  return rule && rules.every(Boolean) ? { texts, rule } : undefined;
}

/** A paragraph that is only bold text, short and without a full stop: a subheading the page did not mark as one. */
function isBoldLine(children: Inline[]): boolean {
  const meaningful = children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break');
  if (meaningful.length !== 1 || meaningful[0]?.type !== 'strong') return false;
  const text = inlineText(meaningful).trim();
  const words = textSize(text);
  // (`VÍDEOS: mais assistidos`, `LEIA TAMBÉM: …`: a label with its colon is furniture's, not a subheading.)
  return words >= 2 && words <= 14 && !/[.!?:;,]["”»]?$/u.test(text) && !/^\p{Lu}[\p{Lu}\s]*:/u.test(text);
}

function sameImage(a: Figure, b: Figure): boolean {
  const name = (src: string | undefined) => (src ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  return !!a.src && !!b.src && (a.src === b.src || name(a.src) === name(b.src));
}

/** Headings → sections: the shallowest heading level of the page is depth 1, and no level is skipped. */
function sectionsOf(segments: Segment[]): Section[] {
  const levels = segments.filter((s) => s.type === 'heading').map((s) => (s as { level: number }).level);
  const marked = levels.filter((l) => l < BOLD_LINE_LEVEL);
  // A bold line stands at the level of the page's own subheadings.
  const boldLevel = marked.length ? Math.min(...marked) : 2;
  for (const segment of segments) if (segment.type === 'heading' && segment.level === BOLD_LINE_LEVEL) segment.level = boldLevel;
  const top = levels.length ? Math.min(...levels.map((l) => (l === BOLD_LINE_LEVEL ? boldLevel : l))) : 2;
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const segment of segments) {
    if (segment.type === 'heading') {
      current = { type: 'section', id: '', depth: headingDepth(segment.level, top, current), heading: segment.children, blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { type: 'section', id: '', depth: 1, blocks: [] };
      sections.push(current);
    }
    current.blocks.push(segment as Block);
  }
  if (sections.length === 0) sections.push({ type: 'section', id: '', depth: 1, blocks: [] });
  return sections;
}

function leadFigure(element: DomElement, baseUrl: string | undefined): Figure | undefined {
  const node = toHtmlNode(element);
  const { segments } = htmlToSegments({ type: 'root', children: [node] }, baseUrl ? { baseUrl } : {});
  const figure = segments.find((s): s is Figure => s.type === 'figure');
  if (!figure) return undefined;
  if (!figure.caption && !figure.credit) {
    const caption = element.querySelector('figcaption');
    if (caption && textOf(caption)) figure.caption = [{ type: 'text', value: textOf(caption) }];
  }
  return figure;
}

/** What marks an element as a picture's words: `caption`, `credit`, `legend`, `photo…title`, `source`. */
const CAPTION_MARK = /caption|credit|legend|copyright|source|photo\w*[-_]?(?:title|text|desc)|image\w*[-_]?(?:title|text|desc)/iu;

/** A picture outside any `<figure>` whose words follow it in an element marked for them (`<div class="post_photo_news_title">Фото: …</div>`). */
function captionBeside(element: DomElement): DomElement | undefined {
  if (element.localName === 'figure') return undefined;
  const next = element.nextElementSibling;
  return next && CAPTION_MARK.test(marksOf(next)) && textOf(next).length <= 300 ? next : undefined;
}

/** A DOM element → the shape the shared handlers walk (for the lead picture, read from the page itself). */
function toHtmlNode(element: DomElement): HtmlNode {
  const html = `<${element.localName}${attributes(element)}>${element.innerHTML}</${element.localName}>`;
  const root = parseHtmlFragment(html);
  return (root.children ?? []).find((c) => c.type === 'tag') ?? root;
}

function attributes(element: DomElement): string {
  return ['src', 'alt', 'srcset', 'data-src', 'class']
    .map((name) => [name, element.getAttribute(name)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => ` ${name}="${(value as string).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}


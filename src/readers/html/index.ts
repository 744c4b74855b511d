/**
 * The `html` reader: a web page (saved from a browser, fetched from a URL, or piped in) → article
 * tree. Metadata first (what the page declares), then the header as the page shows it, then the
 * body from Readability, reduced to tree nodes by the same element handlers as Markdown's raw
 * HTML. What Readability keeps but is not the story (share rows, newsletter boxes) goes to
 * `dropped` with the text reader's furniture rules.
 */
import { normalizeLanguageTag } from '../../tree/language-tag.js';
import { blockText } from '../../tree/text.js';
import type { Article, Block, Figure, Inline, Section } from '../../tree/types.js';
import { isPublicationName } from '../news-text/rules/byline.js';
import { matchCaption, matchCreditLine } from '../news-text/rules/caption.js';
import { matchFooter } from '../news-text/rules/footer.js';
import { continuesFurnitureList, matchFurniture } from '../news-text/rules/furniture.js';
import { readDateline } from '../shared/dates.js';
import { textSize } from '../news-text/units.js';
import { type HtmlNode, type Segment, htmlToSegments, parseHtmlFragment } from '../shared/html.js';
import { guessLanguage } from '../shared/language.js';
import type { Explanation, ReadResult, Reader, ReaderOptions } from '../types.js';
import { clip } from '../types.js';
import { type DomElement, parseHtmlDocument, textOf } from './dom.js';
import { extractArticle } from './extract.js';
import { type PageHeader, closest, findHeadlineElement, normalizeText, readHeader } from './header.js';
import { type PageLine, pageLines } from './lines.js';
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
    headline: [{ type: 'text', value: header.headline ?? extracted.title ?? 'Untitled article' }],
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
  for (const block of article.sections.flatMap((s) => s.blocks)) if (block.type === 'figure') splitCredit(block, article.dropped);
  if (article.lead) splitCredit(article.lead, article.dropped);
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
    if (segment.type === 'paragraph' || segment.type === 'heading') {
      const text = inlineText(segment.children).trim();
      const key = normalizeText(text);
      if (!text) return;
      if (early && (header.consumed.has(key) || key === headlineKey || madeOfHeaderParts(text, header, input))) {
        // The headline, kicker and standfirst are in the tree as such; any other header line is recorded here.
        if (![headlineKey, header.kicker, header.standfirst].some((t) => t && normalizeText(t) === key)) article.dropped.push({ text, reason: 'a line of the page’s header, read there (byline, date, labels)' });
        return;
      }
      const furniture = matchFurniture(text);
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

/** A short line in the body that is only a date (`3 novembre 2025 (modifica il … | 15:20)`): the article's dates, when the header had none. */
function readsAsDateline(text: string, header: PageHeader, article: Article, input: { reference?: ReaderOptions['date']; lang?: string }): boolean {
  if (textSize(text) > 16) return false;
  const reading = readDateline(text, { reference: input.reference, lang: input.lang });
  if (!reading || reading.coverage < 0.6 || (!reading.published && !reading.updated)) return false;
  article.dropped.push({ text, reason: 'the article’s date, read as its dateline' });
  const byline = article.byline ?? { authors: [], raw: '' };
  const fromMetadata = byline.dateline && byline.dateline.text === byline.dateline.iso?.slice(0, 10);
  if (reading.published && (!byline.dateline || fromMetadata)) byline.dateline = reading.published;
  if (reading.updated && !byline.updated) byline.updated = reading.updated;
  if (!article.byline && (byline.dateline || byline.updated)) article.byline = { ...byline, raw: text };
  header.rules.push({ field: 'date', rule: 'html:dateline-in-body', text });
  return true;
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
      const depth = Math.min(3, segment.level - top + 1, (current?.heading ? current.depth : 0) + 1) as 1 | 2 | 3;
      current = { type: 'section', id: '', depth, heading: segment.children, blocks: [] };
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

/**
 * Headings at the story's end with no story under them (`Author: Dana Kowalski`, `Post
 * navigation`, `More on this story` and its links) are the page's, not the article's.
 */
function dropHeadingsWithoutStory(article: Article): void {
  while (article.sections.length > 1) {
    const last = article.sections[article.sections.length - 1] as Section;
    if (!last.heading) break;
    const heading = inlineText(last.heading).trim();
    const story = last.blocks.some((b) => (b.type === 'paragraph' && textSize(inlineText(b.children)) >= 12) || (b.type === 'list' && b.items.some((item) => textSize(item.map(blockText).join(' ')) >= 8)) || ['quote', 'table', 'figure', 'code'].includes(b.type));
    if (story && !matchFurniture(heading)) break;
    article.sections.pop();
    const texts = [heading, ...last.blocks.map(blockText).filter(Boolean)];
    article.dropped.push({ text: texts.join(' / '), reason: matchFurniture(heading)?.reason ?? 'a heading at the story’s end with no story under it (site furniture)' });
    // Footer lines under such a heading (a bio under `Author: …`) still belong to the article.
    const notes = last.blocks.filter((b) => b.type === 'paragraph' && matchFooter(inlineText(b.children)) && matchFooter(inlineText(b.children)) !== 'rights');
    (article.sections[article.sections.length - 1] as Section).blocks.push(...notes);
  }
}

const ABOUT_THE_AUTHOR =
  /^(?:about the authors?|about the writer|written by|sobre (?:el|la|los) autor(?:a|es)?|sobre la firma|sobre o autor|sobre a autora|über (?:den|die) autor(?:in)?|zu[mr] autor(?:in)?|à propos de l['’]auteur(?:e)?|l['’]auteur(?:e)?|sull['’]autore|l['’]autore|over de (?:auteur|schrijver)|o autorze|om skribenten|om forfatteren)\s*:?$/iu;

/**
 * Paragraphs at the story's end that are its footer: rights, corrections, reporting credits, bios.
 * Short lines between them that are no sentence (`More about Hannah Whitcomb`) are set aside as
 * furniture; a last section that holds nothing but footer lines (`Author: Dana Kowalski` over a
 * bio) gives them up and goes.
 */
function trailingFooter(article: Article): Article['footer'] {
  const notes: Block[] = [];
  let rights: string | undefined;
  const take = (block: Block, text: string, kind: string) => {
    if (kind === 'rights' && !rights) rights = text;
    else notes.unshift(block);
  };
  const last = article.sections[article.sections.length - 1];
  if (!last) return undefined;
  if (article.sections.length > 1 && last.heading && textSize(inlineText(last.heading)) <= 6) {
    // Under `About the author` (`Sobre la firma`, `Zur Autorin`), every line is the author's: name and bio.
    const aboutAuthor = ABOUT_THE_AUTHOR.test(inlineText(last.heading).trim());
    // (The author's photo in such a box is no picture of the story.)
    const kinds = last.blocks.map((b) => (b.type === 'paragraph' ? (matchFooter(inlineText(b.children).trim()) ?? (aboutAuthor ? 'bio' : undefined)) : aboutAuthor && b.type === 'figure' ? 'photo' : undefined));
    if (kinds.length > 0 && kinds.every(Boolean)) {
      article.sections.pop();
      article.dropped.push({ text: inlineText(last.heading), reason: 'the heading of the story’s footer (site furniture)' });
      for (const [i, b] of last.blocks.entries()) {
        if (b.type === 'figure') article.dropped.push({ text: b.alt ?? '', reason: 'the author’s photo (site furniture)' });
        else take(b, inlineText((b as { children: Inline[] }).children).trim(), kinds[i] as string);
      }
      notes.reverse();
    }
  }
  const section = article.sections[article.sections.length - 1] as Section;
  const pending: { index: number; text: string }[] = [];
  for (let i = section.blocks.length - 1; i >= Math.max(1, section.blocks.length - 10); i--) {
    const block = section.blocks[i] as Block;
    if (block.type !== 'paragraph') break;
    const text = inlineText(block.children).trim();
    const kind = matchFooter(text);
    if (kind) {
      for (const p of pending) article.dropped.push({ text: p.text, reason: 'a link among the story’s footer lines (site furniture)' });
      for (const p of [...pending].sort((a, b) => b.index - a.index)) section.blocks.splice(p.index, 1);
      pending.length = 0;
      section.blocks.splice(i, 1);
      take(block, text, kind);
      continue;
    }
    // A short line that is no sentence may sit between footer lines; it goes only if a footer line is found above it.
    if (textSize(text) <= 6 && !/[.!?]["”»]?$/u.test(text)) {
      pending.unshift({ index: i, text });
      continue;
    }
    break;
  }
  if (!rights && notes.length === 0) return undefined;
  return rights ? { rights, notes } : { notes };
}

/**
 * What follows the story inside the article's own markup and Readability left out: corrections,
 * reporting credits, author bios, the rights line (`<footer class="story-footer">`).
 */
function linesAfterStory(lines: PageLine[], article: Article): { rights?: string; notes: Block[] } {
  const texts = sectionParagraphs(article.sections);
  const lastText = texts[texts.length - 1];
  const notes: Block[] = [];
  let rights: string | undefined;
  if (!lastText) return { notes };
  const last = lines.findLastIndex((l) => normalizeText(l.text) === normalizeText(lastText));
  if (last < 0) return { notes };
  const container = closest((lines[last] as PageLine).element, (e) => e.localName === 'article' || e.localName === 'main');
  for (let i = last + 1; i < Math.min(lines.length, last + 30); i++) {
    const line = lines[i] as PageLine;
    if (container && !container.contains(line.element)) break;
    const kind = matchFooter(line.text);
    if (!kind) continue;
    if (kind === 'rights') rights ??= line.text;
    else notes.push({ type: 'paragraph', children: [{ type: 'text', value: line.text }] });
  }
  return rights ? { rights, notes } : { notes };
}

/** The copyright line of the site's footer: `© 2025 The Courier. All rights reserved.` */
function siteRights(lines: PageLine[]): string | undefined {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const text = (lines[i] as PageLine).text;
    if (text.length <= 200 && /^(?:©|\(c\)|copyright\b)|©\s*\d{4}/iu.test(text)) return text;
  }
  return undefined;
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

/** A caption whose credit the markup did not mark: `Crowds at the bridge. Photograph: Jane Doe/Agency`. */
function splitCredit(figure: Figure, dropped: Article['dropped']): void {
  splitCaptionAndCredit(figure, dropped);
  if (figure.credit && !figure.creditLabel) {
    // `(Foto: Jakob Berr)`, `[File: Name/Reuters]`, `Fotoğraf: DHA`: a label and brackets around the credit.
    const labelled = /^[([]?\s*((?:foto(?:grafie|ğraf)?|photo(?:graph)?|bild|kuva|file(?: photo)?|image(?: credits?)?|photo credits?|credits?|crédit|zdjęcie|fot\.?))\s*:\s*(.+?)\s*[)\]]?$/iu.exec(figure.credit);
    if (labelled?.[1] && labelled[2]) {
      figure.credit = labelled[2];
      figure.creditLabel = labelled[1];
    }
  }
}

function splitCaptionAndCredit(figure: Figure, dropped: Article['dropped']): void {
  // A picture viewer's controls read along with its caption (`hide caption`, `Enlarge this image`).
  if (figure.caption) figure.caption = withoutViewerControls(figure.caption);
  if (figure.credit) figure.credit = figure.credit.replace(VIEWER_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (figure.credit && !figure.creditLabel) {
    // A credit the markup marks may still carry its label: `Photograph: Jane Doe/Agency`.
    const labelled = matchCreditLine(figure.credit);
    if (labelled?.label) {
      figure.credit = labelled.credit;
      figure.creditLabel = labelled.label;
    }
  }
  if (figure.credit || !figure.caption) return;
  let text = inlineText(figure.caption).trim();
  // A link of the picture service read along (`… File Photo Purchase Licensing Rights, opens new tab`).
  const words = text.split(' ');
  for (let n = 2; n <= Math.min(8, words.length - 3); n++) {
    const tail = words.slice(-n).join(' ');
    const rule = /^\p{Lu}/u.test(tail) ? matchFurniture(tail) : undefined;
    if (rule) {
      dropped.push({ text: tail, reason: rule.reason });
      text = words.slice(0, -n).join(' ');
      figure.caption = [{ type: 'text', value: text }];
      break;
    }
  }
  // `Photo by Lena Marquardt / Unsplash`: the whole caption is the credit, after its label.
  const byline = /^(photo(?:graph)?s?|image|picture|foto|bild|imagen|immagine)\s+(?:by|von|de|di|por|door)\s+(\S.{1,80})$/iu.exec(text);
  if (byline?.[1] && byline[2] && byline[2].split(/\s+/).length <= 8) {
    delete figure.caption;
    figure.credit = byline[2].replace(/[.]$/, '');
    figure.creditLabel = text.slice(0, text.length - byline[2].length).trim();
    return;
  }
  // `Foto: ANP`: the caption is only its credit.
  const only = textSize(text) <= 8 && !/[.!?]\s/u.test(text) ? matchCreditLine(text) : undefined;
  if (only) {
    delete figure.caption;
    figure.credit = only.credit;
    if (only.label) figure.creditLabel = only.label;
    return;
  }
  // `児童ら（３日、川崎市中原区で）＝田中一郎撮影`: Japanese names the photographer last, then 撮影 (photographed).
  const japanese = /^(.+?)\s*[＝=]\s*([^＝=]{2,16}?)(撮影|提供)$/u.exec(text);
  if (japanese?.[1] && japanese[2]) {
    figure.caption = [{ type: 'text', value: japanese[1] }];
    figure.credit = japanese[2];
    figure.creditLabel = japanese[3] as string;
    return;
  }
  // `A community bus waits in Iiyama, in October. | Kyodo`: the credit after a bar.
  const barred = /^(.{8,}?)\s+\|\s+([^|]{2,60})$/u.exec(text);
  if (barred?.[1] && barred[2] && (looksLikeCredit(barred[2]) || (/^\p{Lu}/u.test(barred[2]) && textSize(barred[2]) <= 5 && !/[.!?]$/.test(barred[2])))) {
    figure.caption = [{ type: 'text', value: barred[1].trim() }];
    figure.credit = barred[2].trim();
    return;
  }
  // `Il mercato delle Erbe in via Ugo Bassi (ansa)`: a picture's caption ending in its source in brackets.
  const bracketed = /^(.{8,}?)\s*\(([^()]{2,60})\)\.?$/u.exec(text);
  if (bracketed?.[1] && bracketed[2] && looksLikeCredit(bracketed[2])) {
    figure.caption = [{ type: 'text', value: bracketed[1].trim() }];
    const labelled = matchCreditLine(bracketed[2].trim());
    figure.credit = labelled?.credit ?? bracketed[2].trim();
    if (labelled?.label) figure.creditLabel = labelled.label;
    return;
  }
  const match = matchCaption(text);
  if (match) {
    figure.caption = match.caption ? [{ type: 'text', value: match.caption }] : [];
    if (!match.caption) delete figure.caption;
    figure.credit = match.credit;
    if (match.label) figure.creditLabel = match.label;
    return;
  }
  const alone = matchCreditLine(text);
  if (alone) {
    delete figure.caption;
    figure.credit = alone.credit;
    if (alone.label) figure.creditLabel = alone.label;
  }
}

const VIEWER_CONTROLS = /\b(?:hide caption|toggle caption|show caption|enlarge this image|expand image|view (?:larger|full) image)\b/giu;

function withoutViewerControls(caption: Inline[]): Inline[] {
  return caption.map((node) => (node.type === 'text' ? { ...node, value: node.value.replace(VIEWER_CONTROLS, ' ').replace(/\s+/g, ' ') } : node));
}

/** What a caption's closing brackets hold when they credit it: an agency, a photographer and an agency, `foto …`. */
function looksLikeCredit(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > 6) return false;
  return isPublicationName(t) || /\//.test(t) || /^(?:foto|photo|bild|fot\.|kuva|credit|crédit|imagen|immagine|archivo|archive|archiv)\b/iu.test(t) || !!matchCreditLine(t);
}

function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === 'text' || i.type === 'code' ? i.value : i.type === 'break' ? ' ' : 'children' in i ? inlineText(i.children) : '')).join('');
}

function sectionParagraphs(sections: Section[]): string[] {
  const parts: string[] = [];
  for (const section of sections) for (const block of section.blocks) if (block.type === 'paragraph') parts.push(inlineText(block.children));
  return parts;
}

function sectionText(sections: Section[]): string {
  return sectionParagraphs(sections).join('\n');
}


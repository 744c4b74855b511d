/**
 * The news-text reader: a news page saved as plain text → article tree.
 *
 * Such pages carry no markup, only the typography conventions of news sites, so each
 * line is classified by the rules in `rules/` (one module per kind of line, each with
 * its examples). The order is fixed: furniture is set aside first, the footer is found
 * from the end, the header (kicker, headline, standfirst, byline, lead caption) from
 * the start, and everything between is the body.
 */
import type { Article, Block, Byline, Dropped, Figure, Paragraph, Position, Section } from '../../tree/types.js';
import { type ReferenceDate, findAbsoluteDate, isDatelineLabel, parseDateline } from '../shared/dates.js';
import { guessLanguage } from '../shared/language.js';
import { inlineText } from '../../tree/text.js';
import { LineIndex } from '../shared/positions.js';
import { type Explanation, type ReadResult, type Reader, type ReaderOptions, clip } from '../types.js';
import { parseInlines, visibleText } from './inline.js';
import { matchAffiliation, parseByline } from './rules/byline.js';
import { type CaptionMatch, isCaptionLabel, matchCaption, matchCreditLine } from './rules/caption.js';
import { isRule, matchFooter, publisherFromRights } from './rules/footer.js';
import { type FurnitureRule, continuesFurnitureList, matchFurniture } from './rules/furniture.js';
import { isHeadlineLike, isKickerLike, isStandfirstLike } from './rules/headline.js';
import { matchSubheading } from './rules/subheading.js';
import { quotedText, repeatsStory } from './rules/pull-quote.js';
import { matchWireDateline } from './rules/wire.js';
import { type Unit, endsSentence, splitUnits, wordCount } from './units.js';

const LIST_ITEM = /^(?:[-•*–]|\d{1,3}[.)])\s+(.+)$/u;

export const newsTextReader: Reader = {
  name: 'news-text',
  description: 'a news page saved as plain text (default for .txt and stdin)',
  extensions: ['.txt', '.text'],
  read: readNewsText,
};

/** Prose: a finished sentence of some length, or simply long. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  return (endsSentence(text) && words >= 6) || words > 40;
}

export function readNewsText(text: string, options: ReaderOptions = {}): ReadResult {
  const index = new LineIndex(text);
  const units = splitUnits(text);
  const explain: Explanation[] = [];
  const dropped: Dropped[] = [];
  const position = (u: Unit) => index.position(u.start, u.end);
  const note = (u: Unit, rule: string) => explain.push({ line: index.point(u.start).line, rule, text: clip(u.text) });
  const drop = (u: Unit, rule: string, reason: string) => {
    note(u, rule);
    dropped.push({ text: u.text, reason, position: position(u) });
  };

  // 1. Furniture, wherever it is. A list-starting line ("Most read") takes the short lines
  // after it: directly below it, or after a gap when they are very short (topic names).
  const furniture: (FurnitureRule | undefined)[] = [];
  let inList: FurnitureRule | undefined;
  for (const [i, unit] of units.entries()) {
    const rule = matchFurniture(unit.text);
    if (rule) {
      furniture[i] = rule;
      inList = rule.startsList ? rule : undefined;
    } else if (inList && continuesFurnitureList(unit.text) && (!unit.afterGap || wordCount(unit.text) <= 6)) {
      furniture[i] = inList;
    } else {
      inList = undefined;
    }
  }
  const isFurniture = (i: number) => furniture[i] !== undefined;
  const dropFurniture = (i: number) => {
    const rule = furniture[i] as FurnitureRule;
    drop(units[i] as Unit, rule.name, rule.reason);
  };

  // 2. The footer, from the end: rights, credits, corrections, rules, and what rules fence off.
  let footerStart = units.length;
  for (let i = units.length - 1; i >= 0; i--) {
    const t = (units[i] as Unit).text;
    if (isFurniture(i)) continue;
    if (isRule(t) || matchFooter(t)) {
      footerStart = i;
      continue;
    }
    break;
  }
  // Short notes fenced off by a rule above the footer (an author's note, a credit line) belong to it.
  for (let i = footerStart - 1, seen = 0; i >= 0 && seen <= 4; i--) {
    const t = (units[i] as Unit).text;
    if (isRule(t)) {
      if (seen > 0 && footerStart < units.length) footerStart = i;
      break;
    }
    if (!isFurniture(i)) {
      if (wordCount(t) > 60) break;
      seen++;
    }
  }

  const reference: ReferenceDate | undefined =
    options.date ?? findAbsoluteDate(units.slice(0, Math.min(units.length, 12)).map((u) => u.text).join('\n'));

  // 3. The header.
  const content: number[] = [];
  for (let i = 0; i < footerStart; i++) {
    if (isFurniture(i)) dropFurniture(i);
    else content.push(i);
  }
  const at = (k: number) => {
    const i = content[k];
    return i === undefined ? undefined : (units[i] as Unit);
  };
  let k = 0;
  let kicker: Unit | undefined;
  let headline: Unit | undefined;
  let standfirst: Unit | undefined;
  let byline: Byline | undefined;
  let lead: Figure | undefined;
  const isHeaderStop = (u: Unit | undefined) =>
    !u || isProse(u.text) || !!matchCaption(u.text) || !!parseByline(u.text, reference);
  const u0 = at(0);
  const u1 = at(1);
  if (u0 && u1 && isKickerLike(u0.text) && isHeadlineLike(u1.text) && !matchCaption(u1.text) && !parseByline(u1.text, reference) && !parseByline(u0.text, reference)) {
    // Two short lines on top: the first is a section label when a third header line
    // follows, or when it is a one- or two-word label (a two-word headline is rare).
    if (!isHeaderStop(at(2)) || wordCount(u0.text) <= 2 || u0.text === u0.text.toUpperCase()) {
      kicker = u0;
      note(u0, 'kicker');
      k = 1;
    }
  }
  const h = at(k);
  if (h && isHeadlineLike(h.text) && !matchCaption(h.text) && !parseByline(h.text, reference)) {
    headline = h;
    note(h, 'headline');
    k++;
  }
  if (headline) {
    let captionNext = false;
    let dateLabel: Unit | undefined;
    for (; k < content.length; k++) {
      const u = at(k) as Unit;
      // A caption split over lines (credit line, "Image caption," label, caption).
      const creditLine = matchCreditLine(u.text);
      if (creditLine && !lead?.credit) {
        lead = { ...(lead ?? { type: 'figure', id: '', position: position(u) }), credit: creditLine.credit, creditLabel: creditLine.label };
        note(u, 'caption:credit-line');
        continue;
      }
      if (isCaptionLabel(u.text)) {
        captionNext = true;
        drop(u, 'caption:label', 'caption label (the caption follows it)');
        continue;
      }
      if (captionNext) {
        captionNext = false;
        lead = { ...(lead ?? { type: 'figure', id: '' }), caption: parseInlines(u.text), position: position(u) };
        note(u, 'caption:after-label');
        continue;
      }
      const caption = matchCaption(u.text);
      if (caption && !lead) {
        lead = figureFrom(caption, position(u));
        note(u, caption.rule);
        continue;
      }
      // "Published" on one line, the date on the next.
      if (isDatelineLabel(u.text) && !byline?.dateline) {
        dateLabel = u;
        note(u, 'dateline:label');
        continue;
      }
      const found = isProse(u.text) && !/\b(?:ago|[ap]\.?m\.?)$/i.test(u.text) ? undefined : parseByline(u.text, reference);
      if (found && (!byline || (!byline.dateline && found.authors.length === 0))) {
        if (dateLabel && found.authors.length === 0) found.raw = `${dateLabel.text} ${found.raw}`;
        byline = mergeBylines(byline, found);
        note(u, found.authors.length ? 'byline' : 'dateline');
        continue;
      }
      // The line under a byline naming the organisation and place ("BBC News, York").
      const affiliation = byline?.authors.length && !byline.authors.some((a) => a.location) ? matchAffiliation(u.text) : undefined;
      if (byline && affiliation) {
        byline = { ...byline, authors: byline.authors.map((a) => ({ ...a, location: affiliation.place })), raw: `${byline.raw} ${u.text}` };
        note(u, 'byline:affiliation');
        continue;
      }
      if (!standfirst && !byline && !lead && isStandfirstLike(u.text)) {
        const next = at(k + 1);
        const headerFollows = !!next && (!!matchCaption(next.text) || !!parseByline(next.text, reference));
        if (!endsSentence(u.text) || headerFollows) {
          standfirst = u;
          note(u, 'standfirst');
          continue;
        }
      }
      break;
    }
    if (dateLabel && !byline?.dateline) {
      // A label with no date after it is kept as text, not lost.
      k = content.indexOf(units.indexOf(dateLabel));
    }
  }

  // 4. The body.
  const sections: Section[] = [{ type: 'section', id: '', depth: 1, blocks: [] }];
  let current = sections[0] as Section;
  let lastParagraph: { block: Paragraph; text: string; start: number } | undefined;
  let list: Block | undefined;
  let wireDate: { text: string; place: string; agency: string } | undefined;
  for (; k < content.length; k++) {
    const u = at(k) as Unit;
    const t = u.text;
    if (isRule(t)) {
      // A rule carries no words: explained, not recorded as dropped text.
      note(u, 'rule');
      continue;
    }
    // A paragraph cut by a page break: the previous one stops mid-sentence, this one goes on in lower case.
    if (lastParagraph && !endsSentence(lastParagraph.text) && /^[\p{Ll}]/u.test(t)) {
      lastParagraph.text = `${lastParagraph.text} ${t}`;
      lastParagraph.block.children = parseInlines(lastParagraph.text);
      lastParagraph.block.position = index.position(lastParagraph.start, u.end);
      note(u, 'page-break-join');
      continue;
    }
    const item = LIST_ITEM.exec(t);
    if (item?.[1] && !isRule(t)) {
      if (list?.type !== 'list') {
        list = { type: 'list', ordered: /^\d/.test(t), items: [], position: position(u) };
        current.blocks.push(list);
      }
      list.items.push([{ type: 'paragraph', children: parseInlines(item[1]), position: position(u) }]);
      if (list.position) list.position.end = index.point(u.end);
      note(u, 'list-item');
      lastParagraph = undefined;
      continue;
    }
    list = undefined;
    const previousIsProse = !!lastParagraph && endsSentence(lastParagraph.text);
    const next = at(k + 1);
    const heading = matchSubheading(visibleText(t), previousIsProse || current.blocks.length > 0, !!next && isProse(next.text));
    if (heading && !matchCaption(t)) {
      current = { type: 'section', id: '', depth: 1, heading: parseInlines(t.replace(/^#{1,4}\s+/, '')), blocks: [], position: position(u) };
      sections.push(current);
      note(u, 'subheading');
      lastParagraph = undefined;
      continue;
    }
    const caption = matchCaption(t);
    if (caption && wordCount(caption.caption) <= 60) {
      current.blocks.push(figureFrom(caption, position(u)));
      note(u, caption.rule);
      lastParagraph = undefined;
      continue;
    }
    if (/^>\s?/.test(t)) {
      const quote = t.replace(/^>\s?/, '');
      current.blocks.push({ type: 'quote', blocks: [{ type: 'paragraph', children: parseInlines(quote) }], position: position(u) });
      note(u, 'quote');
      lastParagraph = undefined;
      continue;
    }
    const paragraph: Paragraph = { type: 'paragraph', children: parseInlines(t), position: position(u) };
    const wire = !wireDate && sections.length === 1 && current.blocks.length === 0 ? matchWireDateline(t) : undefined;
    if (wire) {
      wireDate = { text: wire.date ?? '', place: wire.place, agency: wire.agency };
      note(u, 'wire-dateline');
    } else {
      note(u, 'paragraph');
    }
    current.blocks.push(paragraph);
    lastParagraph = { block: paragraph, text: t, start: u.start };
  }

  // Pull quotes: standalone quotations that repeat the story's own words.
  const passages = sections.flatMap((section) => section.blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : '')));
  for (const section of sections) {
    section.blocks = section.blocks.map((block) => {
      if (block.type !== 'paragraph') return block;
      const text = inlineText(block.children);
      const quoted = quotedText(text);
      if (!quoted || !repeatsStory(quoted, passages.filter((p) => p !== text))) return block;
      const line = block.position?.start.line ?? 0;
      const entry = explain.find((e) => e.line === line && e.rule === 'paragraph');
      if (entry) entry.rule = 'pull-quote';
      return { type: 'quote', pull: true, blocks: [{ type: 'paragraph', children: block.children }], ...(block.position ? { position: block.position } : {}) };
    });
  }

  // 5. The footer.
  let rights: string | undefined;
  const notes: Block[] = [];
  for (let i = footerStart; i < units.length; i++) {
    const u = units[i] as Unit;
    if (isFurniture(i)) {
      dropFurniture(i);
      continue;
    }
    if (isRule(u.text)) {
      note(u, 'footer:rule');
      continue;
    }
    const kind = matchFooter(u.text);
    if (kind === 'rights' && rights === undefined) {
      rights = visibleText(u.text);
      note(u, 'footer:rights');
      continue;
    }
    notes.push({ type: 'paragraph', children: parseInlines(u.text), position: position(u) });
    note(u, `footer:${kind ?? 'note'}`);
  }

  // A wire dateline dates the story when the byline does not; its year comes from the
  // reference date or the copyright line.
  if (wireDate?.text && !byline?.dateline) {
    const year = reference ? new Date(reference.epochMs).getUTCFullYear() : /\b(19|20)\d{2}\b/.exec(rights ?? '')?.[0];
    const dated = year ? parseDateline(`${wireDate.text} ${year}`) : undefined;
    const dateline = { text: wireDate.text, ...(dated?.iso ? { iso: dated.iso } : {}) };
    byline = byline ? { ...byline, dateline } : { authors: [], dateline, raw: `${wireDate.place}, ${wireDate.text}` };
  }

  if (!headline) {
    explain.unshift({ line: 1, rule: 'headline:missing', text: 'no headline found; use --title' });
  }
  const article: Article = {
    type: 'article',
    id: '',
    lang: guessLanguage(text),
    headline: headline ? parseInlines(headline.text) : [{ type: 'text', value: 'Untitled article' }],
    sections: sections.filter((s, i) => i > 0 || s.blocks.length > 0 || sections.length === 1),
    dropped,
    source: { format: 'news-text', ...(options.file ? { file: options.file } : {}) },
  };
  if (kicker) article.kicker = parseInlines(kicker.text);
  if (standfirst) article.standfirst = parseInlines(standfirst.text);
  if (byline) article.byline = byline;
  if (lead) article.lead = lead;
  const publisher = (rights ? publisherFromRights(rights) : undefined) ?? wireDate?.agency;
  if (publisher) article.publisher = publisher;
  if (rights !== undefined || notes.length > 0) article.footer = { ...(rights !== undefined ? { rights } : {}), notes };
  explain.sort((a, b) => a.line - b.line);
  return { article, explain };
}

function figureFrom(caption: CaptionMatch, position: Position): Figure {
  const figure: Figure = { type: 'figure', id: '', credit: caption.credit, position };
  if (caption.label) figure.creditLabel = caption.label;
  if (caption.caption) figure.caption = parseInlines(caption.caption);
  return figure;
}

function mergeBylines(previous: Byline | undefined, found: Byline): Byline {
  if (!previous) return found;
  return {
    authors: previous.authors.length ? previous.authors : found.authors,
    ...(previous.dateline ?? found.dateline ? { dateline: previous.dateline ?? found.dateline } : {}),
    raw: `${previous.raw} ${found.raw}`,
  };
}

/**
 * The end of the story: what belongs to the article after its last paragraph (corrections,
 * reporting credits, bios, update notes, the rights line) and what does not (headings with no
 * story under them, links among the footer lines).
 */
import { blockText } from '../../tree/text.js';
import type { Article, Block, Inline, Section } from '../../tree/types.js';
import { isRoleAlone } from '../news-text/rules/byline.js';
import { INITIALS_SIGN_OFF, matchFooter, preferRights } from '../news-text/rules/footer.js';
import { matchFurniture } from '../news-text/rules/furniture.js';
import { textSize } from '../news-text/units.js';
import { closest, normalizeText } from './header.js';
import type { PageLine } from './lines.js';
import { inlineText, sectionParagraphs } from './text.js';

/**
 * Headings at the story's end with no story under them (`Author: Dana Kowalski`, `Post
 * navigation`, `More on this story` and its links) are the page's, not the article's.
 */
export function dropHeadingsWithoutStory(article: Article): void {
  // (The byline's writer over a short note is the author's box, which the footer reads: set aside while the
  // headings above it are judged, then put back last.)
  let writersBox: Section | undefined;
  const closing = article.sections[article.sections.length - 1];
  if (article.sections.length > 2 && closing?.heading && closing.blocks.length > 0 && bylineNames(article).includes(normalizeText(inlineText(closing.heading)))) writersBox = article.sections.pop();
  while (article.sections.length > 1) {
    const last = article.sections[article.sections.length - 1] as Section;
    if (!last.heading) break;
    const heading = inlineText(last.heading).trim();
    const story = last.blocks.some((b) => (b.type === 'paragraph' && textSize(inlineText(b.children)) >= 12) || (b.type === 'list' && b.items.some((item) => textSize(item.map(blockText).join(' ')) >= 8)) || ['quote', 'table', 'figure', 'code'].includes(b.type));
    // (`taz lesen kann jede:r` over `Als Genossenschaft … Jetzt unterstützen`: a box whose every paragraph is a pitch is no story.)
    // (A picture with no caption beside the pitch, a box's photo, does not make it one.)
    // (Its pitch may already be gone as furniture, leaving the box's photo alone under the heading.)
    const pitchesOnly =
      last.blocks.length > 0 &&
      last.blocks.every((b) => (b.type === 'paragraph' && !!matchFurniture(inlineText(b.children).trim())) || (b.type === 'figure' && !inlineText(b.caption ?? []).trim()));
    if (story && !matchFurniture(heading) && !pitchesOnly) break;
    article.sections.pop();
    const texts = [heading, ...last.blocks.map(blockText).filter(Boolean)];
    article.dropped.push({ text: texts.join(' / '), reason: matchFurniture(heading)?.reason ?? 'a heading at the story’s end with no story under it (site furniture)' });
    // Footer lines under such a heading (a bio under `Author: …`) still belong to the article.
    const notes = last.blocks.filter((b) => b.type === 'paragraph' && matchFooter(inlineText(b.children)) && matchFooter(inlineText(b.children)) !== 'rights');
    (article.sections[article.sections.length - 1] as Section).blocks.push(...notes);
  }
  if (writersBox) article.sections.push(writersBox);
}

const ABOUT_THE_AUTHOR =
  /^(?:about the authors?|about the writer|written by|sobre (?:el|la|los) autor(?:a|es)?|sobre la firma|sobre o autor|sobre a autora|über (?:den|die) autor(?:in)?|zu[mr] autor(?:in)?|à propos de l['’]auteur(?:e)?|l['’]auteur(?:e)?|sull['’]autore|l['’]autore|over de (?:auteur|schrijver)|o autorze|om skribenten|om forfatteren)\s*:?$/iu;

/**
 * Paragraphs at the story's end that are its footer: rights, corrections, reporting credits, bios.
 * Short lines between them that are no sentence (`More about Hannah Whitcomb`) are set aside as
 * furniture; a last section that holds nothing but footer lines (`Author: Dana Kowalski` over a
 * bio) gives them up and goes.
 */
export function trailingFooter(article: Article): Article['footer'] {
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
    // (Or the byline's writer's name as the heading, `Anna Schmidt` over her bio: the name is a note too.)
    const namedWriter = bylineNames(article).includes(normalizeText(inlineText(last.heading)));
    const aboutAuthor = namedWriter || ABOUT_THE_AUTHOR.test(inlineText(last.heading).trim());
    // (The author's photo in such a box is no picture of the story.)
    const kinds = last.blocks.map((b) => (b.type === 'paragraph' ? (matchFooter(inlineText(b.children).trim()) ?? (aboutAuthor ? 'bio' : undefined)) : aboutAuthor && b.type === 'figure' ? 'photo' : undefined));
    if (kinds.length > 0 && kinds.every(Boolean)) {
      article.sections.pop();
      if (!namedWriter) article.dropped.push({ text: inlineText(last.heading), reason: 'the heading of the story’s footer (site furniture)' });
      for (const [i, b] of last.blocks.entries()) {
        if (b.type === 'figure') article.dropped.push({ text: b.alt ?? '', reason: 'the author’s photo (site furniture)' });
        else take(b, inlineText((b as { children: Inline[] }).children).trim(), kinds[i] as string);
      }
      notes.reverse();
      if (namedWriter) notes.unshift({ type: 'paragraph', children: last.heading });
    }
  }
  const section = article.sections[article.sections.length - 1] as Section;
  // The author's box that the extraction kept as the story's last paragraphs (`박세진 기자` / `도쿄특파원`).
  const names = bylineNames(article);
  const paragraphText = (k: number) => {
    const block = section.blocks[k];
    return block?.type === 'paragraph' ? inlineText(block.children) : undefined;
  };
  for (let i = Math.max(1, section.blocks.length - 3); names.length > 0 && i < section.blocks.length - 1; i++) {
    const box = authorBox(paragraphText, i, names);
    if (box === 0 || i + box !== section.blocks.length) continue;
    notes.push(...section.blocks.splice(i, box));
    break;
  }
  const pending: { index: number; text: string }[] = [];
  for (let i = section.blocks.length - 1; i >= Math.max(1, section.blocks.length - 10); i--) {
    const block = section.blocks[i] as Block;
    if (block.type !== 'paragraph') break;
    const text = inlineText(block.children).trim();
    // (`DM`, `(jha)`: the desk's initials as the story's last line, its sign-off.)
    const kind = matchFooter(text) ?? (i === section.blocks.length - 1 && INITIALS_SIGN_OFF.test(text) ? 'note' : undefined);
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
export function linesAfterStory(lines: PageLine[], article: Article): { rights?: string; notes: Block[] } {
  const texts = sectionParagraphs(article.sections);
  const lastText = texts[texts.length - 1];
  const notes: Block[] = [];
  let rights: string | undefined;
  if (!lastText) return { notes };
  const last = lines.findLastIndex((l) => normalizeText(l.text) === normalizeText(lastText));
  if (last < 0) return { notes };
  const container = closest((lines[last] as PageLine).element, (e) => e.localName === 'article' || e.localName === 'main');
  const names = bylineNames(article);
  for (let i = last + 1; i < Math.min(lines.length, last + 30); i++) {
    const line = lines[i] as PageLine;
    const box = authorBox((k) => lines[k]?.text, i, names);
    if (box > 0) {
      for (const boxLine of lines.slice(i, i + box)) notes.push({ type: 'paragraph', children: [{ type: 'text', value: boxLine.text }] });
      i += box - 1;
      continue;
    }
    if (container && !container.contains(line.element)) break;
    const kind = matchFooter(line.text);
    if (!kind) continue;
    if (kind === 'rights') rights = preferRights(rights, line.text);
    else notes.push({ type: 'paragraph', children: [{ type: 'text', value: line.text }] });
  }
  return rights ? { rights, notes } : { notes };
}

/** A job title alone: `Senior Technology Reporter`, `도쿄특파원`, `Redaktorin News`. */
const JOB_TITLE = /(?:reporter|correspondent|editor|writer|columnist|journalist|특파원|기자|記者|编辑|編集委員|redakteur\p{L}*|redaktor\p{L}*|korrespondent\p{L}*|journaliste|periodista|giornalista|redactor\p{L}*)(?:\s+\p{L}+)?$/iu;

/**
 * The author's box under the story: a line that is a byline's name, alone or with a role word after
 * it (`Marcus Ellery`, `박세진 기자`), then the author's job title (`Senior Technology Reporter`,
 * `도쿄특파원`) and perhaps a bio (`Marcus Ellery is a senior technology reporter at …`). How many
 * lines from `i` it holds; 0 when line `i` opens none. (The box may stand outside the article's
 * element, beside the comments: its first line naming the byline's author, and a title under it,
 * are the evidence. A name over a link or a bio alone is left to the rules that read those.)
 */
function authorBox(textAt: (k: number) => string | undefined, i: number, names: string[]): number {
  const text = normalizeText(textAt(i) ?? '');
  const name = names.find((n) => text === n || (text.startsWith(`${n} `) && textSize(text.slice(n.length)) <= 2));
  const title = textAt(i + 1)?.trim() ?? '';
  if (!name || textSize(title) > 5 || !(isRoleAlone(title) || JOB_TITLE.test(title))) return 0;
  const bio = textAt(i + 2)?.trim() ?? '';
  return matchFooter(bio) === 'bio' || normalizeText(bio).startsWith(`${name} `) ? 3 : 2;
}

/** The byline's names as `authorBox` compares them. */
function bylineNames(article: Article): string[] {
  return (article.byline?.authors ?? []).map((a) => normalizeText(a.name)).filter((name) => name.length >= 2);
}

/** The copyright line of the site's footer: `© 2025 The Courier. All rights reserved.` */
export function siteRights(lines: PageLine[]): string | undefined {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const text = (lines[i] as PageLine).text;
    if (text.length <= 200 && /^(?:©|\(c\)|copyright\b)|©\s*\d{4}/iu.test(text)) return text;
  }
  return undefined;
}


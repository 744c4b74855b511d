/**
 * The parts of an article page shared by the HTML page and the EPUB title page:
 * the masthead (kicker, headline, standfirst, byline, date, lead figure), the nested
 * sections, the table of contents and the footer.
 */
import { bylineText, displayDate } from '../../tree/byline.js';
import type { ContentsEntry } from '../../tree/chunks.js';
import type { Article, Dateline, Section } from '../../tree/types.js';
import { type BlockContext, headingLevel, renderBlocks, renderFigure, sentenceId } from './blocks.js';
import { escapeHtml } from './escape.js';
import { renderInlines } from './inline.js';

/** `lead: false` leaves out the lead figure (the read-along page puts its player before it). */
export function renderMasthead(article: Article, ctx: BlockContext, { lead = true }: { lead?: boolean } = {}): string {
  const parts: string[] = [];
  if (article.kicker) parts.push(`<p class="kicker">${renderInlines(article.kicker, ctx)}</p>`);
  parts.push(`<h1 id="headline">${renderInlines(article.headline, ctx)}</h1>`);
  if (article.standfirst) parts.push(`<p class="standfirst">${renderInlines(article.standfirst, ctx)}</p>`);
  const byline = article.byline;
  if (byline && (byline.authors.length || byline.dateline || byline.updated)) {
    const who = byline.authors.length ? `<span class="authors"${sentenceId(ctx, 'authors')}>${escapeHtml(bylineText(byline.authors, article.lang))}</span>` : '';
    const when = byline.dateline ? renderDate(byline.dateline, article.lang, sentenceId(ctx, 'dateline')) : '';
    // `Updated <time …>`, in the article's language: the page says when it last changed.
    const changed = byline.updated ? `<span class="updated"${sentenceId(ctx, 'updated')}>${escapeHtml(ctx.words.labels.updated)} ${renderDate(byline.updated, article.lang)}</span>` : '';
    parts.push(`<p class="byline">${[who, when, changed].filter(Boolean).join(' <span aria-hidden="true">·</span> ')}</p>`);
  }
  if (lead && article.lead) parts.push(renderFigure(article.lead, ctx));
  return parts.filter(Boolean).join('\n');
}

function renderDate(d: Dateline, lang: string, idAttribute = ''): string {
  return d.iso ? `<time${idAttribute} datetime="${escapeHtml(d.iso)}">${escapeHtml(displayDate(d, lang))}</time>` : `<span class="date"${idAttribute}>${escapeHtml(d.text)}</span>`;
}

export interface SectionOptions {
  /** Heading level of a depth-1 section is `base + 1`. */
  base?: number;
  /** Attributes for the first section's element (EPUB: `epub:type="chapter"`). */
  firstAttributes?: string;
}

/** Sections nested by depth: depth-2 sections sit inside the depth-1 section before them. */
export function renderSections(sections: readonly Section[], ctx: BlockContext, options: SectionOptions = {}): string {
  const base = options.base ?? 1;
  const out: string[] = [];
  const open: { depth: number; element: string }[] = [];
  for (const section of sections) {
    while (open.length && (open[open.length - 1]?.depth as number) >= section.depth) out.push(`</${open.pop()?.element}>`);
    out.push(renderSectionStart(section, ctx, base, out.length === 0 ? options.firstAttributes : undefined));
    out.push(renderBlocks(section.blocks, ctx));
    open.push({ depth: section.depth, element: section.heading ? 'section' : 'div' });
  }
  for (let closing = open.pop(); closing; closing = open.pop()) out.push(`</${closing.element}>`);
  return out.filter(Boolean).join('\n');
}

/**
 * A section with a heading is a `<section>` named by it; the untitled text before the first
 * heading is a `<div>`: a section without a heading names nothing and announces nothing (the
 * W3C checker asks for a heading or a `div`).
 */
function renderSectionStart(section: Section, ctx: BlockContext, base: number, attributes?: string): string {
  const extra = attributes ? ` ${attributes}` : '';
  if (!section.heading) return `<div id="${section.id}" class="section"${extra}>`;
  const level = headingLevel(section, base);
  return `<section id="${section.id}"${extra} aria-labelledby="${section.id}--heading">\n<h${level} id="${section.id}--heading">${renderInlines(section.heading, ctx)}</h${level}>`;
}

/**
 * Nested ordered list of the contents (the chunk plan's: the EPUB nav and the HTML page list the
 * same entries); `href` maps an id to a link target. The plan's depths grow one level at a time,
 * so every nested list hangs from an entry.
 */
export function renderTocList(entries: readonly ContentsEntry[], href: (id: string) => string): string {
  let html = '<ol>';
  let depth = 1;
  let first = true;
  for (const entry of entries) {
    if (entry.depth > depth) {
      while (depth < entry.depth) {
        html += '<ol>';
        depth++;
      }
    } else {
      if (!first) html += '</li>';
      while (depth > entry.depth) {
        html += '</ol></li>';
        depth--;
      }
    }
    html += `<li><a href="${escapeHtml(href(entry.id))}">${escapeHtml(entry.title)}</a>`;
    first = false;
  }
  if (!first) html += '</li>';
  while (depth > 1) {
    html += '</ol></li>';
    depth--;
  }
  return `${html}</ol>`;
}

export function renderFooterContent(article: Article, ctx: BlockContext): string {
  const footer = article.footer;
  if (!footer) return '';
  const parts: string[] = [];
  if (footer.notes.length) parts.push(renderBlocks(footer.notes, ctx));
  if (footer.rights) parts.push(`<p class="rights"${sentenceId(ctx, 'rights')}>${escapeHtml(footer.rights)}</p>`);
  return parts.join('\n');
}

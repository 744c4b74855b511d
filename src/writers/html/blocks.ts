/**
 * Block nodes → HTML, shared by the HTML page and the EPUB chapters (pandoc's model:
 * the EPUB writer reuses the HTML writer for chapter bodies). One case per node type.
 */
import type { Assets } from '../../assets.js';
import { fill } from '../../lang/index.js';
import { numberedItems } from '../../tree/notes.js';
import { blockText, inlineText } from '../../tree/text.js';
import { assertNever, type Block, type Figure, type Section } from '../../tree/types.js';
import { escapeHtml } from './escape.js';
import { type InlineOptions, renderInlines } from './inline.js';
import { langAttributes, textDirection } from './lang.js';
import { renderBackLinks } from './notes.js';

export interface BlockContext extends InlineOptions {
  /** Resolves a figure's image to a URL: a data URI for HTML, a file in the package for EPUB. */
  imageUrl: (src: string) => string | undefined;
  assets: Assets;
  /** Direction of the surrounding text (the article's; a marked quotation's inside it). Default `ltr`. */
  dir?: 'ltr' | 'rtl';
}

/** `lang` (and `xml:lang`, `dir`) for a passage the tree marks as another language. */
function passageAttributes(lang: string | undefined, ctx: BlockContext): string {
  return langAttributes(lang, { xhtml: ctx.xhtml ?? false, around: ctx.dir ?? 'ltr' });
}

/** ` id="…"` for an element that shows a narrated sentence whole, in read-along output; nothing otherwise. */
export function sentenceId(ctx: BlockContext, part: string | object): string {
  const id = ctx.sentences?.element(part);
  return id ? ` id="${escapeHtml(id)}"` : '';
}

export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): string {
  return blocks.map((block) => renderBlock(block, ctx)).join('\n');
}

export function renderBlock(block: Block, ctx: BlockContext): string {
  switch (block.type) {
    case 'paragraph':
      return `<p${passageAttributes(block.lang, ctx)}>${renderInlines(block.children, ctx)}</p>`;
    case 'quote': {
      if (block.pull) {
        // A pull quote repeats the story's words: shown, but hidden from screen readers so
        // they do not read it twice; links are flattened so nothing hidden can take focus.
        const text = escapeHtml(blockText(block).trim());
        return `<aside class="pull-quote" role="doc-pullquote"${ctx.xhtml ? ' epub:type="pullquote"' : ''}${passageAttributes(block.lang, ctx)} aria-hidden="true"><p>${text}</p></aside>`;
      }
      const inner = block.lang ? { ...ctx, dir: textDirection(block.lang) } : ctx;
      return `<blockquote${passageAttributes(block.lang, ctx)}>${renderBlocks(block.blocks, inner)}</blockquote>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== undefined && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${renderListItem(item, ctx)}</li>`).join('\n');
      return `<${tag}${start}>\n${items}\n</${tag}>`;
    }
    case 'table': {
      const align = (i: number) => (block.align[i] ? ` class="align-${block.align[i]}"` : '');
      const caption = block.caption ? `<caption>${renderInlines(block.caption, ctx)}</caption>` : '';
      const head = block.head.map((cell, i) => `<th scope="col"${align(i)}>${renderInlines(cell, ctx)}</th>`).join('');
      const rows = block.rows
        .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row"${align(i)}>${renderInlines(cell, ctx)}</th>` : `<td${align(i)}>${renderInlines(cell, ctx)}</td>`)).join('')}</tr>`)
        .join('\n');
      const columns = block.head.map((c) => inlineText(c)).join(ctx.words.join.separator);
      const label = block.caption ? inlineText(block.caption) : fill(ctx.words.labels.table, { columns });
      // The wrapper scrolls a wide table on narrow screens instead of the whole page; it is
      // focusable so keyboard users can scroll it too.
      return `<div class="table-scroll" tabindex="0" role="group" aria-label="${escapeHtml(label)}">\n<table id="${block.id}">${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</div>`;
    }
    case 'figure':
      return renderFigure(block, ctx);
    case 'code': {
      const lang = block.lang ? ` class="language-${escapeHtml(block.lang)}"` : '';
      return `<pre><code${lang}>${escapeHtml(block.value)}</code></pre>`;
    }
    case 'footnotes': {
      const items = numberedItems(block.items, ctx.notes.plan)
        .map(({ item, note }) => {
          const body = renderBlocks(item.blocks, ctx);
          const back = renderBackLinks(note, ctx.notes, ctx.words);
          const withBack = !back ? body : body.endsWith('</p>') ? `${body.slice(0, -4)} ${back}</p>` : `${body}\n<p>${back}</p>`;
          // In the EPUB each note is an aside, named so that a chapter's several notes are told apart as landmarks.
          return ctx.xhtml
            ? `<aside id="${item.id}" epub:type="footnote" role="doc-footnote" aria-label="${escapeHtml(fill(ctx.words.labels.note, { n: note.number }))}"><p class="footnote-label"${sentenceId(ctx, item)}>${note.number}.</p>${withBack}</aside>`
            : `<li id="${item.id}" value="${note.number}">${withBack}</li>`;
        })
        .join('\n');
      const title = `<p class="footnotes-title"${sentenceId(ctx, block)}>${escapeHtml(ctx.words.labels.notes)}</p>`;
      return ctx.xhtml ? `<div class="footnotes">\n${title}\n${items}\n</div>` : `<div class="footnotes">\n${title}\n<ol>\n${items}\n</ol>\n</div>`;
    }
    default:
      return assertNever(block);
  }
}

/** A tight list item is one paragraph: render it without the <p> wrapper (unless the <p> carries a language). */
function renderListItem(blocks: Block[], ctx: BlockContext): string {
  const only = blocks[0];
  if (blocks.length === 1 && only?.type === 'paragraph' && !only.lang) return renderInlines(only.children, ctx);
  return renderBlocks(blocks, ctx);
}

export function creditText(figure: Figure): string | undefined {
  if (!figure.credit) return undefined;
  return figure.creditLabel ? `${figure.creditLabel}: ${figure.credit}` : `© ${figure.credit}`;
}

export function renderFigure(figure: Figure, ctx: BlockContext): string {
  const url = figure.src ? ctx.imageUrl(figure.src) : undefined;
  const slash = ctx.xhtml ? '/' : '';
  let media = '';
  if (url) media = `<img src="${escapeHtml(url)}" alt="${escapeHtml(figure.alt ?? '')}"${slash}>`;
  else if (figure.alt) media = `<p class="image-missing">${escapeHtml(fill(ctx.words.labels.image, { alt: figure.alt }))}</p>`;
  const credit = creditText(figure);
  const parts = [
    figure.caption ? `<span class="caption">${renderInlines(figure.caption, ctx)}</span>` : '',
    credit ? `<small class="credit"${sentenceId(ctx, figure)}>${escapeHtml(credit)}</small>` : '',
  ].filter(Boolean);
  const caption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  if (!media && !caption) return '';
  // A decorative image (alt="") with no caption is presentational: no figure semantics to announce.
  if (!caption && figure.alt === '') return `<div class="decorative" id="${figure.id}">${media}</div>`;
  return `<figure id="${figure.id}">${media}${caption}</figure>`;
}

/** Heading level for a section: the headline is h1, depth-1 sections h2, and so on. */
export function headingLevel(section: Section, base = 1): number {
  return Math.min(6, section.depth + base);
}

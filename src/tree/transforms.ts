/**
 * Transforms that run after every reader and before any writer: overrides from the
 * command line, then ids. Ids are assigned here and only here, so every writer sees
 * the same ones.
 */
import { wordsFor } from '../lang/index.js';
import { IdRegistry, UNTITLED_HEADLINE, articleIdSource } from './ids.js';
import { inlineText } from './text.js';
import type { Article, Figure, Inline } from './types.js';
import { articleBlocks, eachBlock } from './walk.js';

export interface Overrides {
  lang?: string;
  title?: string;
}

export function applyOverrides(article: Article, overrides: Overrides): Article {
  if (overrides.lang) article.lang = overrides.lang;
  if (overrides.title) article.headline = [{ type: 'text', value: overrides.title }];
  return article;
}

/**
 * A reader that finds no headline gives the placeholder `UNTITLED_HEADLINE`; once the article's
 * language is settled (after `--lang`) the placeholder is said in it: `Artikel ohne Titel`.
 * Run after `assignIds`, so an untitled article's id does not depend on its language.
 */
export function nameUntitled(article: Article): Article {
  const [only, ...rest] = article.headline;
  if (only?.type === 'text' && only.value === UNTITLED_HEADLINE && rest.length === 0) {
    article.headline = [{ type: 'text', value: wordsFor(article.lang).labels.untitledArticle }];
  }
  return article;
}

/**
 * Gives the article, its sections, figures, tables and footnotes unique ids:
 * the article from its headline, sections from their headings (`section-N` when
 * untitled), figures `figure-N`, tables `table-N`, footnotes `fn-<label>`.
 * Ids a reader already set (explicit in the input) are kept. An untitled page's id
 * comes from its file name (see articleIdSource).
 *
 * `runIds` holds the article ids of earlier articles in the same run (one `export`
 * of several files): the article id is claimed there too, so the second article
 * called `foo` becomes `foo-2` and never writes over the first one's files.
 */
export function assignIds(article: Article, runIds?: IdRegistry): Article {
  const ids = new IdRegistry();
  const wanted = article.id || articleIdSource(inlineText(article.headline), article.source.file);
  article.id = (runIds ?? ids).claim(wanted, 'article');
  ids.reserve(article.id);
  let figures = 0;
  let tables = 0;
  const footnoteIds = new Map<string, string>();
  const figure = (node: Figure) => {
    node.id = ids.claim(node.id || `figure-${++figures}`, 'figure');
  };
  if (article.lead) figure(article.lead);
  article.sections.forEach((section, n) => {
    section.id = ids.claim(section.id || (section.heading ? inlineText(section.heading) : `section-${n + 1}`), 'section');
    for (const block of eachBlock(section.blocks)) {
      if (block.type === 'figure') figure(block);
      else if (block.type === 'table') block.id = ids.claim(block.id || `table-${++tables}`, 'table');
      else if (block.type === 'footnotes') {
        for (const item of block.items) {
          const id = ids.claim(`fn-${item.label}`, 'fn');
          footnoteIds.set(item.id, id);
          item.id = id;
        }
      }
    }
  });
  // Footnote references point at the new ids, wherever they stand (headline, headings, captions,
  // cells, footer). A reference to no note becomes its label in brackets: no label from the input
  // ever reaches an id or an href.
  const relink = (inlines: Inline[] | undefined) => {
    if (!inlines) return;
    inlines.forEach((node, i) => {
      if (node.type === 'footnoteRef') {
        const id = footnoteIds.get(node.id);
        if (id) node.id = id;
        else inlines[i] = { type: 'text', value: `[${node.label}]` };
      } else if ('children' in node) relink(node.children);
    });
  };
  relink(article.kicker);
  relink(article.headline);
  relink(article.standfirst);
  relink(article.lead?.caption);
  for (const section of article.sections) relink(section.heading);
  for (const block of [...articleBlocks(article), ...eachBlock(article.footer?.notes ?? [])]) {
    if (block.type === 'paragraph') relink(block.children);
    else if (block.type === 'table') for (const cell of [block.caption ?? [], ...block.head, ...block.rows.flat()]) relink(cell);
    else if (block.type === 'figure') relink(block.caption);
  }
  return article;
}

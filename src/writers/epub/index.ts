/**
 * The EPUB writer: an EPUB 3 with a cover, a title page, one chapter per top-level
 * section, a rights page, a nav (toc + landmarks) and an NCX, with accessibility
 * metadata derived from the content.
 */
import { bundledTemplate, fillTemplate } from '../../templates.js';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import { escapeHtml } from '../html/escape.js';
import { textDirection } from '../html/index.js';
import type { OutputFile, WriterOptions } from '../types.js';
import { renderCover } from '../cover/index.js';
import { accessibilityMetadata } from './accessibility.js';
import { assembleEpub } from './assemble.js';
import { planBook } from './book.js';
import { modifiedDate, navDocument, ncxDocument, packageDocument } from './package.js';

export async function renderEpub(article: Article, options: WriterOptions): Promise<Uint8Array> {
  const plan = planBook(article, options.assets, await renderCover(article));
  const a11y = accessibilityMetadata(article, options.assets);
  const modified = modifiedDate(article, typeof options.date === 'string' ? options.date : undefined);
  const documentTemplate = (title: string, body: string) =>
    fillTemplate(bundledTemplate('epub-document.xhtml'), {
      lang: escapeHtml(article.lang),
      dir: textDirection(article.lang),
      title: escapeHtml(title),
      body,
      bodyType: '',
    });
  return assembleEpub({
    title: inlineText(article.headline),
    lang: article.lang,
    css: bundledTemplate('epub.css'),
    plan,
    opf: packageDocument(article, plan, a11y, modified),
    nav: navDocument(article, plan, documentTemplate),
    ncx: ncxDocument(article, plan),
    date: new Date(modified),
  });
}

export async function writeEpub(article: Article, options: WriterOptions): Promise<OutputFile[]> {
  return [{ name: `${article.id}.epub`, data: await renderEpub(article, options) }];
}

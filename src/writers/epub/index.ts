/**
 * The EPUB writer: an EPUB 3 with a cover, a title page, one chapter per top-level
 * section, a rights page, a nav (toc + landmarks) and an NCX, with accessibility
 * metadata derived from the content.
 */
import { bundledTemplate, fillTemplate } from '../../templates.js';
import { type ChunkPlan, planChunks } from '../../tree/chunks.js';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import { escapeHtml } from '../html/escape.js';
import { textDirection } from '../html/index.js';
import type { OutputFile, WriterOptions } from '../types.js';
import { renderCover } from '../cover/index.js';
import type { SentenceSpans } from '../html/inline.js';
import { type AccessibilityMetadata, accessibilityMetadata } from './accessibility.js';
import { type AssembleInput, assembleEpub } from './assemble.js';
import { type BookPlan, planBook } from './book.js';
import { type PackageExtra, modifiedDate, navDocument, ncxDocument, packageDocument } from './package.js';

/**
 * What the read-along book (read-along.ts) adds: sentence spans while the documents are rendered,
 * then, from the planned documents, the overlays, the audio and their metadata.
 */
export interface EpubExtension {
  /** The chunk plan the narration was made from: the book is made from the same one. */
  chunks: ChunkPlan;
  sentences: (file: string) => SentenceSpans;
  finish(plan: BookPlan): Promise<{ package: PackageExtra; files: NonNullable<AssembleInput['extra']>; css: string; a11y: (m: AccessibilityMetadata) => AccessibilityMetadata }>;
}

export async function renderEpub(article: Article, options: WriterOptions, extension?: EpubExtension): Promise<Uint8Array> {
  const plan = planBook(article, extension?.chunks ?? planChunks(article), options.assets, await renderCover(article), extension?.sentences);
  const added = await extension?.finish(plan);
  const described = accessibilityMetadata(article, options.assets);
  const a11y = added ? added.a11y(described) : described;
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
    css: bundledTemplate('epub.css') + (added?.css ?? ''),
    plan,
    opf: packageDocument(article, plan, a11y, modified, added?.package),
    nav: navDocument(article, plan, documentTemplate),
    ncx: ncxDocument(article, plan),
    date: new Date(modified),
    ...(added ? { extra: added.files } : {}),
  });
}

export async function writeEpub(article: Article, options: WriterOptions): Promise<OutputFile[]> {
  return [{ name: `${article.id}.epub`, data: await renderEpub(article, options) }];
}

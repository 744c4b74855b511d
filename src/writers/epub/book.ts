/**
 * The book's documents, from the article's chunk plan (tree/chunks.ts): cover, title page
 * (masthead and the untitled opening text), one chapter per top-level section, a rights page.
 * Chapter bodies are rendered by the HTML writer's block handlers in XHTML mode.
 */
import { extname } from 'node:path';
import { type Assets, figuresOf } from '../../assets.js';
import { fill, wordsFor } from '../../lang/index.js';
import { bundledTemplate, fillTemplate } from '../../templates.js';
import { type ChunkPlan, TITLE_PAGE_FILE, fileName } from '../../tree/chunks.js';
import { FOOTER_PLACE } from '../../tree/notes.js';
import { inlineText } from '../../tree/text.js';
import type { Article, Section } from '../../tree/types.js';
import type { BlockContext } from '../html/blocks.js';
import type { SentenceSpans } from '../html/inline.js';
import { escapeHtml } from '../html/escape.js';
import { textDirection } from '../html/index.js';
import { renderFooterContent, renderMasthead, renderSections } from '../html/parts.js';
import type { Cover } from '../cover/index.js';

export interface BookDocument {
  /** File name inside OEBPS/. */
  file: string;
  /** Manifest id. */
  id: string;
  title: string;
  xhtml: string;
  landmark?: { type: string; label: string };
}

export interface BookImage {
  file: string;
  id: string;
  mediaType: string;
  data: Uint8Array | string;
  cover?: boolean;
}

export interface BookPlan {
  documents: BookDocument[];
  images: BookImage[];
  /** The chunk plan the documents were made from: the nav, the NCX and the media overlays read it too. */
  chunks: ChunkPlan;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
};

/** `sentences`: the read-along book's narrated sentences for a document, wrapped in spans as it is rendered. */
export function planBook(article: Article, chunks: ChunkPlan, assets: Assets, cover: Cover, sentences?: (file: string) => SentenceSpans): BookPlan {
  const lang = article.lang;
  const words = wordsFor(lang);
  const dir = textDirection(lang);
  const headline = inlineText(article.headline);
  const images: BookImage[] = [];
  const imageFiles = new Map<string, string>();
  for (const figure of figuresOf(article)) {
    const asset = figure.src ? assets.get(figure.src) : undefined;
    if (!asset || !figure.src || imageFiles.has(figure.src)) continue;
    const file = `images/${fileName(figure.id, `image-${images.length + 1}`)}${EXTENSIONS[asset.mediaType] ?? extname(figure.src)}`;
    imageFiles.set(figure.src, file);
    images.push({ file, id: `img-${figure.id}`, mediaType: asset.mediaType, data: asset.data });
  }
  // Each document links to notes and references in the others by file name.
  const ctxFor = (file: string): BlockContext => ({
    xhtml: true,
    words,
    assets,
    imageUrl: (src) => imageFiles.get(src),
    dir,
    notes: { plan: chunks.notes, href: (id) => chunks.hrefFor(id, file) },
    ...(sentences ? { sentences: sentences(file) } : {}),
  });
  const doc = (title: string, body: string, bodyType = '') =>
    fillTemplate(bundledTemplate('epub-document.xhtml'), { lang: escapeHtml(lang), dir, title: escapeHtml(title), body, bodyType });
  const sectionById = new Map(article.sections.map((section) => [section.id, section]));
  const sectionsOf = (ids: readonly string[]): Section[] => ids.map((id) => sectionById.get(id)).filter((section) => section !== undefined);

  const documents: BookDocument[] = [];

  // Cover: the image is the page's level-one heading; its alt text names the book.
  const coverFile = `images/cover${cover.extension}`;
  images.push({ file: coverFile, id: 'cover-image', mediaType: cover.mediaType, data: cover.data, cover: true });
  documents.push({
    file: 'cover.xhtml',
    id: 'cover',
    title: words.labels.cover,
    landmark: { type: 'cover', label: words.labels.cover },
    xhtml: doc(headline, `<section epub:type="cover" class="cover">\n<h1 class="cover"><img src="${coverFile}" alt="${escapeHtml(fill(words.labels.coverAlt, { title: cover.alt }))}" role="doc-cover"/></h1>\n</section>`),
  });

  // Title page: the masthead, then any untitled opening text (it has no heading of its own).
  const [opening, ...rest] = chunks.chunks;
  const onTitlePage = sectionsOf(rest.filter((c) => c.file === TITLE_PAGE_FILE).flatMap((c) => c.sectionIds));
  const titleCtx = ctxFor(TITLE_PAGE_FILE);
  const titleBody = [
    '<section epub:type="titlepage" class="title-page" aria-labelledby="headline">',
    renderMasthead(article, titleCtx),
    '</section>',
    onTitlePage.length ? renderSections(onTitlePage, titleCtx, { base: 0, firstAttributes: 'epub:type="bodymatter"' }) : '',
  ].join('\n');
  const titlePageTitle = opening?.title ?? headline;
  documents.push({ file: TITLE_PAGE_FILE, id: 'title-page', title: titlePageTitle, landmark: { type: 'titlepage', label: words.labels.titlePage }, xhtml: doc(titlePageTitle, titleBody) });

  // Chapters: a chunk of sections in a file of its own.
  const chapters = rest.filter((c) => c.depth === 1 && c.file !== TITLE_PAGE_FILE);
  chapters.forEach(({ id: first, file, title, sectionIds }, index) => {
    const body = renderSections(sectionsOf(sectionIds), ctxFor(file), { base: 0, firstAttributes: 'epub:type="chapter" role="doc-chapter"' });
    const id = `ch-${fileName(first, String(index + 1))}`;
    documents.push({ file, id, title, xhtml: doc(title, body), ...(index === 0 && onTitlePage.length === 0 ? { landmark: { type: 'bodymatter', label: words.labels.startOfArticle } } : {}) });
  });

  // Credits and rights: the closing chunk.
  const closing = rest.find((c) => c.id === FOOTER_PLACE);
  if (closing) {
    const { title, file } = closing;
    const footer = renderFooterContent(article, ctxFor(file));
    documents.push({
      file,
      id: 'rights',
      title,
      landmark: { type: 'copyright-page', label: title },
      xhtml: doc(title, `<section epub:type="copyright-page" class="rights-page" aria-labelledby="rights-title">\n<h1 id="rights-title">${escapeHtml(title)}</h1>\n${footer}\n</section>`),
    });
  }
  return { documents, images, chunks };
}

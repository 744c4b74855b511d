/**
 * The book's documents, planned from the tree: cover, title page (masthead and the
 * untitled opening text), one chapter per top-level section, a rights page. Chapter
 * bodies are rendered by the HTML writer's block handlers in XHTML mode.
 */
import { extname } from 'node:path';
import { type Assets, figuresOf } from '../../assets.js';
import { fill, wordsFor } from '../../lang/index.js';
import { bundledTemplate, fillTemplate } from '../../templates.js';
import { planNotes } from '../../tree/notes.js';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import type { BlockContext } from '../html/blocks.js';
import type { SentenceSpans } from '../html/inline.js';
import { escapeHtml } from '../html/escape.js';
import { textDirection } from '../html/index.js';
import { renderFooterContent, renderMasthead, renderSections } from '../html/parts.js';
import type { Cover } from '../cover/index.js';
import { RIGHTS_FILE, TITLE_PAGE_FILE, bookLayout, fileName, hrefFor } from './layout.js';

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
  /** Section id → `file#id`, for the nav and the NCX. */
  targets: Map<string, string>;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
};

/** `sentences`: the read-along book's narrated sentences for a document, wrapped in spans as it is rendered. */
export function planBook(article: Article, assets: Assets, cover: Cover, sentences?: (file: string) => SentenceSpans): BookPlan {
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
  const layout = bookLayout(article);
  const notes = planNotes(article);
  // Each document links to notes and references in the others by file name.
  const ctxFor = (file: string): BlockContext => ({
    xhtml: true,
    words,
    assets,
    imageUrl: (src) => imageFiles.get(src),
    dir,
    notes: { plan: notes, href: (id, place) => hrefFor(layout, id, place, file) },
    ...(sentences ? { sentences: sentences(file) } : {}),
  });
  const doc = (title: string, body: string, bodyType = '') =>
    fillTemplate(bundledTemplate('epub-document.xhtml'), { lang: escapeHtml(lang), dir, title: escapeHtml(title), body, bodyType });

  const documents: BookDocument[] = [];
  const targets = new Map(article.sections.map((section) => [section.id, hrefFor(layout, section.id, section.id)]));

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
  const { opening } = layout;
  const titleCtx = ctxFor(TITLE_PAGE_FILE);
  const titleBody = [
    '<section epub:type="titlepage" class="title-page" aria-labelledby="headline">',
    renderMasthead(article, titleCtx),
    '</section>',
    opening.length ? renderSections(opening, titleCtx, { base: 0, firstAttributes: 'epub:type="bodymatter"' }) : '',
  ].join('\n');
  documents.push({ file: TITLE_PAGE_FILE, id: 'title-page', title: headline, landmark: { type: 'titlepage', label: words.labels.titlePage }, xhtml: doc(headline, titleBody) });

  // Chapters.
  layout.chapters.forEach(({ file, id, sections }, index) => {
    const title = inlineText(sections[0]?.heading) || headline;
    const body = renderSections(sections, ctxFor(file), { base: 0, firstAttributes: 'epub:type="chapter" role="doc-chapter"' });
    documents.push({ file, id, title, xhtml: doc(title, body), ...(index === 0 && opening.length === 0 ? { landmark: { type: 'bodymatter', label: words.labels.startOfArticle } } : {}) });
  });

  // Rights and credits.
  const footer = renderFooterContent(article, ctxFor(RIGHTS_FILE));
  if (footer) {
    const title = words.labels.creditsAndRights;
    documents.push({
      file: RIGHTS_FILE,
      id: 'rights',
      title,
      landmark: { type: 'copyright-page', label: title },
      xhtml: doc(title, `<section epub:type="copyright-page" class="rights-page" aria-labelledby="rights-title">\n<h1 id="rights-title">${escapeHtml(title)}</h1>\n${footer}\n</section>`),
    });
  }
  return { documents, images, targets };
}

/**
 * The package document (OPF), the navigation document and the NCX, all built from the
 * same plan and its chunk plan's contents, so the two tables of contents cannot disagree.
 */
import { wordsFor } from '../../lang/index.js';
import { jsonDigest } from '../../tree/json-digest.js';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import { escapeHtml as x } from '../html/escape.js';
import { renderTocList } from '../html/parts.js';
import type { AccessibilityMetadata } from './accessibility.js';
import type { BookPlan } from './book.js';

/** epub-gen-memory names the navigation document toc.xhtml; the manifest follows it. */
export const NAV_FILE = 'toc.xhtml';

/** A UUID derived from the content, so the same article always gets the same identifier. */
export function contentUuid(article: Article): string {
  const hex = jsonDigest(article);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex[16] ?? '0', 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `dcterms:modified`: the article's last change (or its date), or `--date`, never the clock. */
export function modifiedDate(article: Article, referenceDate?: string): string {
  const iso = article.byline?.updated?.iso ?? article.byline?.dateline?.iso ?? referenceDate;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso ?? '');
  if (!m) return '2000-01-01T00:00:00Z';
  return `${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}:00Z`;
}

/**
 * Where the article's text starts, for the nav's `bodymatter` landmark and the guide's `text`
 * reference: the chapter that carries the landmark, else the first entry of the contents (the
 * untitled opening on the title page; the title page itself for an article without sections).
 */
export function startOfText(plan: BookPlan): string | undefined {
  const chapter = plan.documents.find((d) => d.landmark?.type === 'bodymatter');
  if (chapter) return chapter.file;
  const first = plan.chunks.contents[0];
  return first ? plan.chunks.hrefFor(first.id) : undefined;
}

/**
 * The cover the EPUB 2 way, for reading systems that predate `properties="cover-image"` and
 * the nav's landmarks (EPUB 2 readers, Adobe RMSDK, Kindle conversion): `<meta name="cover">`
 * naming the cover image's manifest id, and a `<guide>` with the cover page and the start of
 * the text (where Kindle opens the book).
 * EPUBCheck 5.3 says nothing about either in an EPUB 3, at any level (`-u` adds usage
 * messages: none): the guide is checked like EPUB 2's (a reference outside the manifest is
 * OPF-031, a missing file RSC-007) but draws no deprecation warning, and `meta name="cover"`
 * is not checked at all (it names any id silently), so the tests check what it points at.
 */
function epub2Cover(article: Article, plan: BookPlan): { meta?: string; guide: string[] } {
  const { labels } = wordsFor(article.lang);
  const image = plan.images.find((i) => i.cover);
  const page = plan.documents.find((d) => d.landmark?.type === 'cover');
  const text = startOfText(plan);
  return {
    ...(image ? { meta: `<meta name="cover" content="${x(image.id)}"/>` } : {}),
    guide: [
      ...(page ? [`<reference type="cover" title="${x(labels.cover)}" href="${x(page.file)}"/>`] : []),
      ...(text ? [`<reference type="text" title="${x(labels.startOfArticle)}" href="${x(text)}"/>`] : []),
    ],
  };
}

/** What the read-along book adds to the package: metadata, manifest items, and each document's overlay (manifest ids). */
export interface PackageExtra {
  metadata: string[];
  manifest: string[];
  overlays: Map<string, string>;
}

export function packageDocument(article: Article, plan: BookPlan, a11y: AccessibilityMetadata, modified: string, extra?: PackageExtra): string {
  const uid = `urn:uuid:${contentUuid(article)}`;
  const meta: string[] = [
    `<dc:identifier id="uid">${uid}</dc:identifier>`,
    `<dc:title id="title">${x(inlineText(article.headline))}</dc:title>`,
    `<dc:language>${x(article.lang)}</dc:language>`,
    `<meta property="dcterms:modified">${modified}</meta>`,
  ];
  article.byline?.authors.forEach((author, i) => {
    meta.push(`<dc:creator id="creator-${i + 1}">${x(author.name)}</dc:creator>`);
    meta.push(`<meta refines="#creator-${i + 1}" property="role" scheme="marc:relators">aut</meta>`);
  });
  const date = article.byline?.dateline?.iso?.slice(0, 10);
  if (date) meta.push(`<dc:date>${date}</dc:date>`);
  if (article.publisher) meta.push(`<dc:publisher>${x(article.publisher)}</dc:publisher>`);
  if (article.footer?.rights) meta.push(`<dc:rights>${x(article.footer.rights)}</dc:rights>`);
  if (article.standfirst) meta.push(`<dc:description>${x(inlineText(article.standfirst))}</dc:description>`);
  if (article.kicker) meta.push(`<dc:subject>${x(inlineText(article.kicker))}</dc:subject>`);
  for (const mode of a11y.accessModes) meta.push(`<meta property="schema:accessMode">${mode}</meta>`);
  for (const mode of a11y.accessModeSufficient) meta.push(`<meta property="schema:accessModeSufficient">${mode}</meta>`);
  for (const feature of a11y.features) meta.push(`<meta property="schema:accessibilityFeature">${feature}</meta>`);
  for (const hazard of a11y.hazards) meta.push(`<meta property="schema:accessibilityHazard">${hazard}</meta>`);
  meta.push(`<meta property="schema:accessibilitySummary">${x(a11y.summary)}</meta>`);
  if (a11y.conformsTo) {
    meta.push(`<meta property="dcterms:conformsTo" id="conformance">${x(a11y.conformsTo)}</meta>`);
    meta.push(`<meta property="a11y:certifiedBy" refines="#conformance">${x(wordsFor(article.lang).accessibility.certifiedBy)}</meta>`);
  }
  meta.push('<meta name="generator" content="Lectern"/>');
  const epub2 = epub2Cover(article, plan);
  if (epub2.meta) meta.push(epub2.meta);
  if (extra) meta.push(...extra.metadata);

  const manifest = [
    `<item id="nav" href="${NAV_FILE}" media-type="application/xhtml+xml" properties="nav"/>`,
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...plan.images.map((i) => `<item id="${i.id}" href="${i.file}" media-type="${i.mediaType}"${i.cover ? ' properties="cover-image"' : ''}/>`),
    ...plan.documents.map((d) => {
      const overlay = extra?.overlays.get(d.id);
      return `<item id="${d.id}" href="${d.file}" media-type="application/xhtml+xml"${overlay ? ` media-overlay="${overlay}"` : ''}/>`;
    }),
    ...(extra?.manifest ?? []),
  ];
  const manifestText = manifest.join('\n    ');
  const spine = [plan.documents[0], plan.documents[1]]
    .filter((d) => d !== undefined)
    .map((d) => `<itemref idref="${d.id}"/>`)
    .concat(['<itemref idref="nav"/>'], plan.documents.slice(2).map((d) => `<itemref idref="${d.id}"/>`));
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${x(article.lang)}" prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${meta.join('\n    ')}
  </metadata>
  <manifest>
    ${manifestText}
  </manifest>
  <spine toc="ncx">
    ${spine.join('\n    ')}
  </spine>${
    epub2.guide.length
      ? `
  <guide>
    ${epub2.guide.join('\n    ')}
  </guide>`
      : ''
  }
</package>
`;
}

export function navDocument(article: Article, plan: BookPlan, documentTemplate: (title: string, body: string) => string): string {
  const { labels } = wordsFor(article.lang);
  const landmarks = plan.documents
    .filter((d) => d.landmark)
    .map((d) => `<li><a epub:type="${d.landmark?.type}" href="${d.file}">${x(d.landmark?.label ?? '')}</a></li>`);
  const start = startOfText(plan);
  if (start && !plan.documents.some((d) => d.landmark?.type === 'bodymatter')) {
    landmarks.splice(2, 0, `<li><a epub:type="bodymatter" href="${x(start)}">${x(labels.startOfArticle)}</a></li>`);
  }
  const body = `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title">
<h1 id="toc-title">${x(labels.contents)}</h1>
${renderTocList(plan.chunks.contents, plan.chunks.hrefFor)}
</nav>
<nav epub:type="landmarks" id="landmarks" aria-label="${x(labels.landmarks)}" hidden="hidden">
<ol>
${landmarks.join('\n')}
</ol>
</nav>`;
  return documentTemplate(labels.contents, body);
}

export function ncxDocument(article: Article, plan: BookPlan): string {
  const entries = plan.chunks.contents;
  let order = 0;
  const points: string[] = [];
  const stack: number[] = [];
  for (const entry of entries) {
    while (stack.length && (stack[stack.length - 1] as number) >= entry.depth) {
      points.push('</navPoint>');
      stack.pop();
    }
    order++;
    points.push(`<navPoint id="nav-${order}" playOrder="${order}"><navLabel><text>${x(entry.title)}</text></navLabel><content src="${x(plan.chunks.hrefFor(entry.id))}"/>`);
    stack.push(entry.depth);
  }
  while (stack.pop() !== undefined) points.push('</navPoint>');
  const depth = Math.max(1, ...entries.map((e) => e.depth));
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${x(article.lang)}">
  <head>
    <meta name="dtb:uid" content="urn:uuid:${contentUuid(article)}"/>
    <meta name="dtb:depth" content="${depth}"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>${x(inlineText(article.headline))}</text></docTitle>
  <navMap>
    ${points.join('\n    ')}
  </navMap>
</ncx>
`;
}

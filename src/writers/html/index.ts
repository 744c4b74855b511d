/**
 * The HTML writer: one self-contained, accessible page. CSS inlined (allowed by a
 * hash in the Content-Security-Policy), images as data URIs, no script, nothing
 * fetched from the network. With the narration (`--with-audio`), the page plays the MP3
 * beside it (or inside it, `--embed-audio`) and runs one inline script, allowed by its hash
 * (./read-along.ts).
 */
import { createHash } from 'node:crypto';
import type { Assets } from '../../assets.js';
import { wordsFor } from '../../lang/index.js';
import { bundledTemplate, fillTemplate } from '../../templates.js';
import { planChunks } from '../../tree/chunks.js';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import type { OutputFile, WriterOptions } from '../types.js';
import { type BlockContext, renderFigure } from './blocks.js';
import { escapeHtml, escapeJsonForScript } from './escape.js';
import { textDirection } from './lang.js';
import { renderFooterContent, renderMasthead, renderSections, renderTocList } from './parts.js';
import { type PageNarration, READ_ALONG_CSS, READ_ALONG_SCRIPT_HASH, pageNarration, readAlong } from './read-along.js';

export { textDirection };

/** "Headline – Publisher", the form browsers and screen readers announce for the page. */
export function pageTitle(article: Article): string {
  const headline = inlineText(article.headline);
  return article.publisher ? `${headline} – ${article.publisher}` : headline;
}

/** schema.org NewsArticle metadata for search engines and read-later tools. */
export function jsonLd(article: Article): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: inlineText(article.headline),
    inLanguage: article.lang,
  };
  if (article.standfirst) data.description = inlineText(article.standfirst);
  if (article.byline?.authors.length) {
    data.author = article.byline.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      ...(a.location ? { workLocation: { '@type': 'Place', name: a.location } } : {}),
    }));
  }
  if (article.byline?.dateline?.iso) data.datePublished = article.byline.dateline.iso;
  if (article.byline?.updated?.iso) data.dateModified = article.byline.updated.iso;
  if (article.publisher) data.publisher = { '@type': 'Organization', name: article.publisher };
  if (article.kicker) data.articleSection = inlineText(article.kicker);
  if (article.footer?.rights) data.copyrightNotice = article.footer.rights;
  return data;
}

export function dataUrlResolver(assets: Assets): (src: string) => string | undefined {
  return (src) => {
    const asset = assets.get(src);
    return asset ? `data:${asset.mediaType};base64,${Buffer.from(asset.data).toString('base64')}` : undefined;
  };
}

export function renderHtmlPage(article: Article, options: WriterOptions): string {
  const words = wordsFor(article.lang);
  // `--with-audio`: the narration's timings and chapters, from the audio writer of the same run.
  const narration = options.narration as PageNarration | undefined;
  const chunks = planChunks(article);
  const withAudio = narration ? readAlong(article, options, narration, chunks) : undefined;
  const ctx: BlockContext = {
    words,
    assets: options.assets,
    imageUrl: dataUrlResolver(options.assets),
    dir: textDirection(article.lang),
    // One page holds every note and reference.
    notes: { plan: chunks.notes, href: (id) => `#${id}` },
    ...(withAudio ? { sentences: withAudio.sentences.spans('page') } : {}),
  };
  const css = withAudio ? `${bundledTemplate('article.css').trim()}${READ_ALONG_CSS}` : bundledTemplate('article.css').trim();
  const template = typeof options.template === 'string' ? options.template : bundledTemplate('page.html');
  // The hash covers the style element's text exactly as the page will hold it, whatever the
  // template puts around `{{css}}` inside the element (a user's template may add line breaks).
  const styleElement = /<style>([^<]*\{\{css\}\}[^<]*)<\/style>/u.exec(template)?.[1] ?? '{{css}}';
  const styleHash = createHash('sha256').update(styleElement.replace('{{css}}', css)).digest('base64');
  const csp = [
    "default-src 'none'",
    'img-src data:',
    // The audio and its chapter track: files beside the page, or inside it (`--embed-audio`).
    ...(withAudio ? [narration?.embedded ? 'media-src data:' : "media-src 'self'"] : []),
    `style-src 'sha256-${styleHash}'`,
    withAudio ? `script-src 'sha256-${READ_ALONG_SCRIPT_HASH}'` : "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The same contents as the EPUB's nav, shown when there is somewhere to go: more than one entry.
  const toc =
    chunks.contents.length > 1
      ? `<nav class="toc" aria-labelledby="toc-title">\n<p class="toc-title" id="toc-title">${escapeHtml(words.labels.contents)}</p>\n${renderTocList(chunks.contents, (id) => `#${id}`)}\n</nav>`
      : '';
  const meta = [
    article.byline?.authors.length ? `<meta name="author" content="${escapeHtml(article.byline.authors.map((a) => a.name).join(', '))}">` : '',
    article.standfirst ? `<meta name="description" content="${escapeHtml(inlineText(article.standfirst))}">` : '',
    '<meta name="generator" content="Lectern">',
  ].filter(Boolean);
  const footer = renderFooterContent(article, ctx);
  // With the narration, the player goes after the headline block, before the lead picture.
  const masthead = renderMasthead(article, ctx, { lead: !withAudio });
  const lead = withAudio && article.lead ? renderFigure(article.lead, ctx) : '';
  const sections = renderSections(article.sections, ctx);
  return fillTemplate(template, {
    lang: escapeHtml(article.lang),
    dir: textDirection(article.lang),
    csp: escapeHtml(csp),
    title: escapeHtml(pageTitle(article)),
    meta: meta.join('\n'),
    css,
    jsonld: escapeJsonForScript(jsonLd(article)),
    skipToArticle: escapeHtml(words.labels.skipToArticle),
    // The player is rendered last, once every sentence's span is.
    masthead: withAudio ? [masthead, withAudio.render(words), lead].filter(Boolean).join('\n') : masthead,
    toc,
    sections,
    footer,
    // An article with no footer gets no empty contentinfo landmark (and no stray rule on screen).
    footerHidden: footer ? '' : ' hidden',
  });
}

export async function writeHtml(article: Article, options: WriterOptions): Promise<OutputFile[]> {
  // `--with-audio` (and `--embed-audio`): the page's narration is the run's one narration.
  const narration = options.withAudio === true && options.narrate ? await pageNarration(await options.narrate(), options.embedAudio === true) : undefined;
  return [{ name: `${article.id}.html`, data: renderHtmlPage(article, narration ? { ...options, narration } : options) }];
}

/**
 * Japanese and Chinese papers sign a story inside its first paragraph: `【シリコンバレー=湯浅遼】…`
 * (a correspondent: the place, then the name), `【ワシントン=共同】…` (an agency), `【明報專訊】…`
 * (the paper's own desk: no one). The paragraph stays in the body as written; the byline is read
 * from it only when the page gave none elsewhere.
 */
import type { Article, Author } from '../../tree/types.js';
import { inlineText } from '../../tree/text.js';

/** `【Place=Name】` or `［Place＝Name］` at the very start of a paragraph. */
const OPENING = /^[【［[]\s*([^【】［］[\]=＝]{1,20}?)\s*[=＝]\s*([^【】［］[\]=＝]{1,20}?)\s*[】］\]]/u;

/** The byline a story's first paragraph opens with, or `undefined`. */
export function openingByline(paragraph: string): Author | undefined {
  const m = OPENING.exec(paragraph.trim());
  if (!m?.[1] || !m[2]) return undefined;
  // (Several names, `=湯浅遼、山田花子`: the first correspondent signs.)
  const name = m[2].split(/[、,，・]/u)[0]?.trim();
  return name ? { name, location: m[1].trim() } : undefined;
}

/** Gives an article with no author the byline its first paragraph opens with. */
export function takeOpeningByline(article: Article): void {
  if (article.byline?.authors.length) return;
  const first = article.sections.flatMap((s) => s.blocks).find((b) => b.type === 'paragraph');
  if (first?.type !== 'paragraph') return;
  const author = openingByline(inlineText(first.children));
  if (!author) return;
  article.byline = { ...(article.byline ?? { raw: '' }), authors: [author] };
}

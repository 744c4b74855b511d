/**
 * Japanese and Chinese papers sign a story inside its first paragraph: `【シリコンバレー=湯浅遼】…`
 * (a correspondent: the place, then the name), `【ワシントン=共同】…` (an agency), `【明報專訊】…`
 * (the paper's own desk: no one); others at its end, the reporter's name in brackets after the last
 * paragraph's full stop (`…と話している。（藤井洋平）`, `…予定だ。【井上沙希】`). The paragraph stays in
 * the body as written; the byline is read from it only when the page gave none elsewhere.
 */
import type { Article, Author } from '../../tree/types.js';
import { inlineText } from '../../tree/text.js';

/** `【Place=Name】` or `［Place＝Name］` at the very start of a paragraph. */
const OPENING = /^[【［[]\s*([^【】［］[\]=＝]{1,20}?)\s*[=＝]\s*([^【】［］[\]=＝]{1,20}?)\s*[】］\]]/u;

/** `。（藤井洋平）`, `。【井上沙希】`: a name of two to six characters in brackets after the closing full stop. */
const CLOSING = /[。」』]\s*[（(【]\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}(?:[、・][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6})*)\s*[）)】]$/u;
/** Words such brackets hold that are no one's name (`（仮称）`, `（写真）`). */
const NOT_A_NAME = /^(?:仮称|写真|資料|図|表|注|略|同|笑|敬称略|当時|現在|予定|中略|後略|前略)$/u;

/** The byline a story's last paragraph closes with, or `undefined`. */
export function closingByline(paragraph: string): Author[] | undefined {
  const m = CLOSING.exec(paragraph.trim());
  if (!m?.[1]) return undefined;
  const names = m[1].split(/[、・]/u).filter((name) => !NOT_A_NAME.test(name));
  return names.length > 0 ? names.map((name) => ({ name })) : undefined;
}

/** The byline a story's first paragraph opens with, or `undefined`. */
export function openingByline(paragraph: string): Author | undefined {
  const m = OPENING.exec(paragraph.trim());
  if (!m?.[1] || !m[2]) return undefined;
  // (Several names, `=湯浅遼、山田花子`: the first correspondent signs.)
  const name = m[2].split(/[、,，・]/u)[0]?.trim();
  return name ? { name, location: m[1].trim() } : undefined;
}

/** Gives an article with no author the byline its first paragraph opens with, or its last closes with. */
export function takeOpeningByline(article: Article): void {
  if (article.byline?.authors.length) return;
  const paragraphs = article.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'paragraph');
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const opening = first?.type === 'paragraph' ? openingByline(inlineText(first.children)) : undefined;
  const authors = opening ? [opening] : last?.type === 'paragraph' ? closingByline(inlineText(last.children)) : undefined;
  if (!authors) return;
  article.byline = { ...(article.byline ?? { raw: '' }), authors };
}

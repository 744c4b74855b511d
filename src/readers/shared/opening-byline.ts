/**
 * Japanese and Chinese papers sign a story inside its first paragraph: `【シリコンバレー=湯浅遼】…`
 * (a correspondent: the place, then the name), `（中央社記者林育萱台北26日電）…` (an agency's reporter,
 * the town, the day), `【ワシントン=共同】…` (an agency), `【明報專訊】…`
 * (the paper's own desk: no one); others at its end, the reporter's name in brackets after the last
 * paragraph's full stop (`…と話している。（藤井洋平）`, `…予定だ。【井上沙希】`). The paragraph stays in
 * the body as written; the byline is read from it only when the page gave none elsewhere.
 */
import type { Article, Author } from '../../tree/types.js';
import { inlineText } from '../../tree/text.js';

/** `【Place=Name】` or `［Place＝Name］` at the very start of a paragraph. */
const OPENING = /^[【［[]\s*([^【】［］[\]=＝]{1,20}?)\s*[=＝]\s*([^【】［］[\]=＝]{1,20}?)\s*[】］\]]/u;

/** A Japanese or Chinese name: two to six characters, or a family and a given name set apart by a space (`宮下 奈央`). */
const NAME = '(?:[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{2,6}|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,4}[ \\u3000][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,4})';
/** Names in brackets: `（藤井洋平）`, `【井上沙希】`, `（山田花子、鈴木一郎）`, `（宮下 奈央）`. */
const BRACKETED_NAMES = `[（(【]\\s*(${NAME}(?:[、・]${NAME})*)\\s*[）)】]`;
/** `。（藤井洋平）`, `。【井上沙希】`: the names in brackets after the closing full stop. */
const CLOSING = new RegExp(`[。」』]\\s*${BRACKETED_NAMES}$`, 'u');
/** `（竹内美咲）` on a line of its own under the story. */
const SIGNATURE_LINE = new RegExp(`^${BRACKETED_NAMES}$`, 'u');
/** Words such brackets hold that are no one's name (`（仮称）`, `（写真）`). */
const NOT_A_NAME = /^(?:仮称|写真|資料|図|表|注|略|同|笑|敬称略|当時|現在|予定|中略|後略|前略)$/u;

/** The byline a story's last paragraph closes with, or `undefined`. */
export function closingByline(paragraph: string): Author[] | undefined {
  return bracketedAuthors(CLOSING.exec(paragraph.trim()));
}

/** The names of a line that is only names in brackets (`（竹内美咲）`, a signature under the story), or `undefined`. */
export function signatureLine(line: string): Author[] | undefined {
  return bracketedAuthors(SIGNATURE_LINE.exec(line.trim()));
}

function bracketedAuthors(m: RegExpExecArray | null): Author[] | undefined {
  if (!m?.[1]) return undefined;
  const names = m[1].split(/[、・]/u).filter((name) => !NOT_A_NAME.test(name));
  return names.length > 0 ? names.map((name) => ({ name })) : undefined;
}

/**
 * A Chinese agency's dateline: `（中央社記者林育萱台北26日電）…` (Taiwan: the reporter, the town, the day,
 * "cabled"), `新华社北京11月26日电（记者王明）…` (the mainland: the agency, the town and the date, then
 * the reporter in brackets).
 */
const CABLED_REPORTER_FIRST = /^[（(]\s*\p{Script=Han}{0,4}?(?:記者|记者)\s*(\p{Script=Han}{4,7}?)\s*(?:\d{1,2}|[〇一二三四五六七八九十]{1,3})日[電电]\s*[）)]/u;
const CABLED_TOWN_FIRST = /^\p{Script=Han}{1,4}社\s*(\p{Script=Han}{2,4}?)\s*\d{1,2}月\d{1,2}日[電电]\s*[（(]\s*(?:記者|记者)\s*([^（）()]{2,20})[）)]/u;

/** The byline a story's first paragraph opens with, or `undefined`. */
export function openingByline(paragraph: string): Author | undefined {
  const cabled = CABLED_REPORTER_FIRST.exec(paragraph.trim());
  if (cabled?.[1]) {
    // (The name and the town run together: most Chinese names have three characters, a town two or more.)
    const split = cabled[1].length >= 5 ? 3 : 2;
    return { name: cabled[1].slice(0, split), location: cabled[1].slice(split) };
  }
  const townFirst = CABLED_TOWN_FIRST.exec(paragraph.trim());
  const reporter = townFirst?.[2]?.split(/[\s、,，]+/u)[0];
  if (townFirst?.[1] && reporter) return { name: reporter, location: townFirst[1] };
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
  if (authors) {
    article.byline = { ...(article.byline ?? { raw: '' }), authors };
    return;
  }
  // `（井口大輔）` as the story's last paragraph (a saved page sets it apart): the signature is the byline,
  // its words kept in the byline's `raw`, no longer a paragraph of the story.
  if (last?.type !== 'paragraph') return;
  const signature = inlineText(last.children).trim();
  const signed = signatureLine(signature);
  if (!signed) return;
  article.byline = { ...(article.byline ?? {}), authors: signed, raw: article.byline?.raw ? `${article.byline.raw} ${signature}` : signature };
  for (const section of article.sections) section.blocks = section.blocks.filter((block) => block !== last);
}

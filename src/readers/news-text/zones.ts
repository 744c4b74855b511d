/**
 * Where the story is on a copied page: the stretch of lines densest in prose.
 *
 * A copy catches menus, teasers, newsletter boxes, related links, comment threads and site
 * footers around the article. Like jusText, the reader judges each line by its length and
 * whether it reads as a sentence, and short lines by their neighbours: the body is the run
 * of lines with the highest total weight (Kadane's maximum-sum segment), where prose weighs
 * its length and chrome weighs against. A newsletter box in the middle of the story costs
 * less than the story after it is worth, so the body runs through it; a comment thread or
 * a copyright line is a wall the body does not cross.
 */
import type { Line } from './features.js';

function weight(line: Line): number {
  if (line.footer === 'rights') return -60;
  if (line.furniture?.endsArticle) return -40;
  if (line.furniture) return line.furniture.startsList ? -10 : -5;
  if (line.footer) return -4;
  if (line.rule) return -2;
  if (line.prose === 2) return line.size;
  if (line.prose === 1) return 0.6 * line.size;
  // An item of a list the author wrote (`+ Added banners`, `3. Australia`) is content, short as it is.
  if (line.listItem) return line.size >= 3 ? 0.5 * line.size : 0;
  // So is a table's row: figures and short labels, in columns.
  if (line.tableRow) return 0.5 * line.size;
  if (line.caption) return 0;
  if (line.sentence) return 0.5;
  return line.size <= 12 ? -2 : -1;
}

/** `Comments`, `Comentários`: a button near the top, the start of the comment thread near the end. */
// (`There are 13 comments`, `13 Comments`: the thread's count is its opener too.)
const COMMENTS =
  /^(?:comments?|reader comments|commentaires|réactions|kommentare|comentarios|commenti|reacties|comentários|komentarze|コメント)\s*(?:\(\d+\))?$|^(?:there (?:are|is) )?\d+ (?:comments?|responses?|replies)$/iu;

/**
 * A short paragraph alone between lines that are not prose (a teaser's headline over it and its
 * source under it; a pitch for subscriptions between buttons) is seldom the story's: it weighs a
 * third of its length. A story's paragraphs stand beside each other, and a long one alone is still
 * the story's. Measured: corpus 8360 -> 8375 checks of 9048, real pages' body F1 0.873/0.831 ->
 * 0.867/0.828 (at a half: 8371, 0.869/0.830).
 */
const ISOLATED = 0.3;
const ISOLATED_WORDS = 40;

/** Words of prose that make a story on their own: after them, a comment thread's opener ends the article. */
const STORY_WORDS = 250;

/** `[start, end)` of the body: the maximum-weight run of lines. */
export function findBody(lines: Line[], listMember: (i: number) => boolean): { start: number; end: number } {
  let best = { start: 0, end: 0, sum: Number.NEGATIVE_INFINITY };
  let start = 0;
  let sum = 0;
  const prose = lines.reduce((n, line) => n + (line.prose ? line.size : 0), 0);
  let proseSoFar = 0;
  const chrome = (i: number) => {
    const line = lines[i] as Line;
    return !!line.furniture || listMember(i) || (!line.sentence && line.size <= 5 && !line.tableRow);
  };
  // Numbers standing alone (`$915`, `’17`, `100%`) are a chart's or a table's figures, not chrome:
  // a chart inside the story must not end it.
  const figures = (i: number) => /\p{N}/u.test((lines[i] as Line).text) && !/\p{L}{2}/u.test((lines[i] as Line).text);
  // A short line that the page repeats (`More like this` under every teaser) is a template's, not the story's.
  const repeated = (i: number) => (lines[i] as Line).repeats >= 3 && !figures(i) && !(lines[i] as Line).tableRow;
  // (Its neighbours are the nearest lines that are not chrome: an ad between two of the story's paragraphs does not part them.)
  const neighbourIsProse = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (!(lines[j] as Line).furniture && !listMember(j)) return (lines[j] as Line).prose > 0;
    return false;
  };
  const isolated = (i: number) => (lines[i] as Line).prose > 0 && (lines[i] as Line).size <= ISOLATED_WORDS && !neighbourIsProse(i, -1) && !neighbourIsProse(i, 1);
  let chromeRun = 0;
  for (const [i, line] of lines.entries()) {
    proseSoFar += line.prose ? line.size : 0;
    chromeRun = (chrome(i) || repeated(i)) && !figures(i) ? chromeRun + 1 : 0;
    // Once three quarters of the prose are behind (not three fifths: a table or a list of short
    // lines late in a long story is not its end), a comments label opens the comment thread, and a
    // long run of chrome (tags, share rows, related links, site menus) ends the article.
    // A stream of teasers after the story can hold more prose than the story: a comment
    // thread's opener after a story's worth of prose ends it too.
    const late = proseSoFar > 0.75 * prose;
    const comments = COMMENTS.test(line.text) || !!line.furniture?.endsArticle;
    const wall = (late && (comments || chromeRun === 6)) || (comments && proseSoFar >= STORY_WORDS);
    // The story comes before its comment thread: once a story's worth has been found, what
    // follows the thread's opener (comments, then teaser streams) is not weighed against it.
    if (comments && wall && best.sum >= STORY_WORDS / 2) break;
    const own = weight(line);
    const w = wall ? -1000 : listMember(i) || repeated(i) ? -3 : own > 0 && isolated(i) ? own * ISOLATED : own;
    if (sum <= 0) {
      start = i;
      sum = w;
    } else {
      sum += w;
    }
    if (sum > best.sum) best = { start, end: i + 1, sum };
  }
  if (best.sum <= 0) return { start: 0, end: lines.length };
  return { start: best.start, end: best.end };
}

/**
 * The fallback cover, for headlines in scripts the bundled fonts lack: the kicker and
 * headline set as SVG text, which the reading system renders with its own fonts. Laid out
 * on the PNG's 600 × 960 grid (5:8), with the PNG's 1600 × 2560 as its intrinsic size.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import LineBreaker from 'linebreak';
import { escapeHtml } from '../html/escape.js';

export interface CoverText {
  kicker?: string;
  headline: string;
  publisher?: string;
}

/**
 * A text's width in cells, by Unicode's East Asian Width (get-east-asian-width): two for a wide
 * character (CJK ideographs, kana, hangul, fullwidth forms: about 1 em), one for the others (a
 * Latin letter is about half an em).
 */
export function cells(text: string): number {
  let n = 0;
  for (const c of text) n += eastAsianWidth(c.codePointAt(0) ?? 0);
  return n;
}

/**
 * Where a line may break, by the Unicode line-breaking algorithm (UAX #14, linebreak): between
 * words, and between two Chinese or Japanese characters (written without spaces), but never
 * before a closing mark or after an opening one. Each piece says whether a space came before it.
 */
function pieces(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  const normal = text.replace(/\s+/gu, ' ').trim();
  const breaker = new LineBreaker(normal);
  let last = 0;
  let space = false;
  for (let opportunity = breaker.nextBreak(); opportunity; opportunity = breaker.nextBreak()) {
    const segment = normal.slice(last, opportunity.position);
    last = opportunity.position;
    const piece = segment.trimEnd();
    if (piece) out.push({ text: piece, space });
    space = piece !== segment;
  }
  return out;
}

/** Greedy wrap to at most `width` cells a line (a piece longer than a line stays whole). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const candidate = line ? `${line}${piece.space ? ' ' : ''}${piece.text}` : piece.text;
    if (line && cells(candidate) > width) {
      lines.push(line);
      line = piece.text;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of `size` units, the last on the baseline `last` (extra lines go up, away from the headline). */
function upwards(lines: string[], last: number, size: number, attributes: string): string {
  const step = Math.round(size * 1.2);
  return lines.map((line, i) => `<text x="60" y="${last - (lines.length - 1 - i) * step}" font-size="${size}"${attributes}>${escapeHtml(line)}</text>`).join('\n  ');
}

export function coverSvg({ kicker, headline, publisher }: CoverText): string {
  const long = cells(headline) > 90;
  const size = long ? 40 : 52;
  const wrapped = wrapWords(headline, long ? 24 : 18);
  // Nine lines at most; a headline longer than that ends with an ellipsis (the title and alt text have it all).
  const lines = wrapped.length > 9 ? [...wrapped.slice(0, 8), `${wrapped[8]}…`] : wrapped;
  const text = lines
    .map((line, i) => `<text x="60" y="${330 + i * Math.round(size * 1.2)}" font-size="${size}" font-weight="bold">${escapeHtml(line)}</text>`)
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 600 960" width="1600" height="2560" role="img" aria-label="${escapeHtml(headline)}">
  <title>${escapeHtml(headline)}</title>
  <rect width="600" height="960" fill="#1d2b4f"/>
  <rect x="60" y="230" width="80" height="8" fill="#ffd66b"/>
  <g fill="#ffffff" font-family="Georgia, 'Times New Roman', serif">
  ${kicker ? upwards(wrapWords(kicker.toUpperCase(), 20), 200, 28, ' letter-spacing="3" fill="#ffd66b"') : ''}
  ${text}
  ${publisher ? upwards(wrapWords(publisher, 32), 900, 26, '') : ''}
  </g>
</svg>
`;
}

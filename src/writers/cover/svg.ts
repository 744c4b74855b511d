/**
 * The fallback cover, for headlines in scripts the bundled fonts lack: the kicker and
 * headline set as SVG text, which the reading system renders with its own fonts. Laid out
 * on the PNG's 600 × 960 grid (5:8), with the PNG's 1600 × 2560 as its intrinsic size.
 */
import { escapeHtml } from '../html/escape.js';

export interface CoverText {
  kicker?: string;
  headline: string;
  publisher?: string;
}

/** East Asian wide characters (CJK ideographs, kana, hangul, fullwidth forms): about 1 em, two cells. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Marks a line may not start with (closing brackets, commas, stops, the long-vowel mark). */
const CLOSING = /^[、。，．・：；？！ー」』）】〕〉》”’)\]!?,.:;]/u;
/** Marks a line may not end with. */
const OPENING = /[「『（【〔〈《“‘([]$/u;

/** A text's width in cells: one for most characters, two for a wide one (a Latin letter is about half an em). */
export function cells(text: string): number {
  let n = 0;
  for (const c of text) n += WIDE.test(c) ? 2 : 1;
  return n;
}

/**
 * Where a line may break: between words, and between two wide characters (Chinese and
 * Japanese are written without spaces), but not before closing or after opening marks.
 */
function pieces(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let space = true;
    let piece = '';
    for (const c of word) {
      const breakable = piece !== '' && (WIDE.test(c) || WIDE.test([...piece].at(-1) ?? '')) && !CLOSING.test(c) && !OPENING.test(piece);
      if (breakable) {
        out.push({ text: piece, space });
        space = false;
        piece = '';
      }
      piece += c;
    }
    if (piece) out.push({ text: piece, space });
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

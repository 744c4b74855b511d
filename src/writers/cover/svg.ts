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

/** Greedy word wrap to at most `width` characters a line. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function coverSvg({ kicker, headline, publisher }: CoverText): string {
  const long = headline.length > 90;
  const size = long ? 40 : 52;
  const lines = wrapWords(headline, long ? 24 : 18).slice(0, 9);
  const text = lines
    .map((line, i) => `<text x="60" y="${330 + i * Math.round(size * 1.2)}" font-size="${size}" font-weight="bold">${escapeHtml(line)}</text>`)
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 600 960" width="1600" height="2560" role="img" aria-label="${escapeHtml(headline)}">
  <title>${escapeHtml(headline)}</title>
  <rect width="600" height="960" fill="#1d2b4f"/>
  <rect x="60" y="230" width="80" height="8" fill="#ffd66b"/>
  <g fill="#ffffff" font-family="Georgia, 'Times New Roman', serif">
  ${kicker ? `<text x="60" y="200" font-size="28" letter-spacing="3" fill="#ffd66b">${escapeHtml(kicker.toUpperCase())}</text>` : ''}
  ${text}
  ${publisher ? `<text x="60" y="900" font-size="26">${escapeHtml(publisher)}</text>` : ''}
  </g>
</svg>
`;
}

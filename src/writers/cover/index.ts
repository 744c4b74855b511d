/**
 * The generated cover, one design for every output that shows one: the EPUB's cover image
 * (1600 × 2560) and the MP3's ID3 picture (600 × 960). A PNG, because e-readers (Kindle in
 * particular) and audio players show raster covers reliably. Drawn with pureimage (pure
 * JavaScript) in the DejaVu Serif fonts that ship in an npm package, so it works offline and
 * renders the same bytes everywhere; written by `png.ts`. The only module that imports pureimage.
 *
 * DejaVu covers Latin, Greek and Cyrillic; a headline in another script falls back to
 * the SVG cover (`svg.ts`), whose text the reading system's own fonts render.
 */
import { createRequire } from 'node:module';
import * as PImage from 'pureimage';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import { encodePng, rgb } from './png.js';
import { type CoverText, coverSvg } from './svg.js';

export interface Cover {
  mediaType: 'image/png' | 'image/svg+xml';
  extension: '.png' | '.svg';
  data: Uint8Array;
  /** The cover's words, for alt text. */
  alt: string;
}

/**
 * The design is laid out on a 600 × 960 grid (5:8) and drawn at any multiple of it:
 * margins, font sizes, line heights and the wrapping width all scale together.
 */
const GRID_WIDTH = 600;
const GRID_HEIGHT = 960;
const MARGIN = 60;
/** Line height, in font sizes. */
const LEADING = 1.35;
/** The EPUB's cover, 1600 × 2560: what stores ask for (Apple: at least 1400 px on the short side). */
export const COVER_WIDTH = 1600;
/**
 * The MP3's picture, 600 × 960: players show it small, and some hardware players refuse
 * large embedded pictures (the usual advice is 500–1400 px).
 */
export const ID3_COVER_WIDTH = 600;
const BACKGROUND = '#1d2b4f';
const ACCENT = '#ffd66b';
const HEADLINE = '#ffffff';
const require = createRequire(import.meta.url);

interface LoadedFont {
  family: string;
  font: { charToGlyphIndex(c: string): number };
}

let fonts: { bold: LoadedFont; regular: LoadedFont } | undefined;

function loadFonts(): { bold: LoadedFont; regular: LoadedFont } {
  if (!fonts) {
    const dir = `${require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, '')}ttf/`;
    const bold = PImage.registerFont(`${dir}DejaVuSerif-Bold.ttf`, 'Lectern Serif Bold');
    const regular = PImage.registerFont(`${dir}DejaVuSerif.ttf`, 'Lectern Serif');
    bold.loadSync();
    regular.loadSync();
    fonts = { bold: bold as unknown as LoadedFont, regular: regular as unknown as LoadedFont };
  }
  return fonts;
}

export function coverText(article: Article): CoverText {
  return {
    headline: inlineText(article.headline).replace(/\s+/g, ' ').trim(),
    ...(article.kicker ? { kicker: inlineText(article.kicker).trim() } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
  };
}

/**
 * Greedy wrapping by measured width. A word in `cut` is cut where it fills a line (with a hyphen
 * unless it is cut after `-`, `/`, `.` or `_`); any other word stays whole, too long or not.
 */
function wrap(measure: (text: string) => number, text: string, width: number, cut: ReadonlySet<string> = new Set()): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ').filter(Boolean)) {
    while (cut.has(word) && measure(word) > width) {
      const chars = [...word];
      const piece = (n: number) => {
        const head = chars.slice(0, n).join('');
        return /[-/._]$/.test(head) ? head : `${head}-`;
      };
      let end = 1;
      while (end + 1 < chars.length && measure(piece(end + 1)) <= width) end++;
      if (line) lines.push(line);
      lines.push(piece(end));
      line = '';
      word = chars.slice(end).join('');
    }
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The cover for `article`, `width` pixels wide when it is a PNG (an SVG scales). */
export async function renderCover(article: Article, width = COVER_WIDTH): Promise<Cover> {
  const text = coverText(article);
  const alt = [text.kicker, text.headline, text.publisher].filter(Boolean).join('. ');
  const { bold, regular } = loadFonts();
  const missing = (font: LoadedFont, words = '') => [...words.replace(/\s/g, '')].some((c) => font.font.charToGlyphIndex(c) === 0);
  if (missing(bold, `${text.kicker ?? ''}${text.headline}`) || missing(regular, text.publisher)) {
    return { mediaType: 'image/svg+xml', extension: '.svg', data: new TextEncoder().encode(coverSvg(text)), alt };
  }
  const image = drawCover(text, width);
  return { mediaType: 'image/png', extension: '.png', data: encodePng(image.width, image.height, image.data, rgb(BACKGROUND), [rgb(HEADLINE), rgb(ACCENT)]), alt };
}

/** The cover drawn `width` pixels wide (and 1.6 times as high). */
function drawCover(text: CoverText, width: number): PImage.Bitmap {
  const { bold, regular } = loadFonts();
  const scale = width / GRID_WIDTH;
  /** A length on the grid, in whole pixels. */
  const px = (n: number) => Math.round(n * scale);
  const image = PImage.make(width, px(GRID_HEIGHT));
  const ctx = image.getContext('2d');
  // pureimage takes the whole rest of the string as the family name, quotes included, and draws
  // an unknown family in the first font registered (the bold): the name goes in bare.
  const font = (size: number, family: string) => `${px(size)}pt ${family}`;
  const textWidth = px(GRID_WIDTH - 2 * MARGIN);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(px(MARGIN), px(230), px(80), px(8));
  /**
   * The largest size, from `max` down to `min` grid units, at which `words` wrap into lines no
   * wider than the text column and no taller than `height` units in all; at `min`, whatever it takes.
   */
  const fitLines = (words: string, family: string, max: number, min: number, height: number) => {
    // A word too long for a line even at the smallest size is cut, at whatever size the text takes,
    // rather than run off the page.
    ctx.font = font(min, family);
    const tooLong = new Set(words.split(' ').filter((word) => ctx.measureText(word).width > textWidth));
    let lines: string[] = [];
    for (let size = max; size >= min; size -= 2) {
      ctx.font = font(size, family);
      lines = wrap((t) => ctx.measureText(t).width, words, textWidth, tooLong);
      if (size - 2 < min || (lines.length * size * LEADING <= height && lines.every((l) => ctx.measureText(l).width <= textWidth))) return { size, lines };
    }
    return { size: min, lines };
  };
  /** Lines set at `size`, the last one on the baseline `last` (so extra lines go up) or the first on `first`. */
  const draw = ({ size, lines }: { size: number; lines: string[] }, family: string, colour: string, at: { first: number } | { last: number }) => {
    ctx.font = font(size, family);
    ctx.fillStyle = colour;
    const step = px(size * LEADING);
    const top = 'first' in at ? px(at.first) : px(at.last) - (lines.length - 1) * step;
    for (const [i, line] of lines.entries()) ctx.fillText(line, px(MARGIN), top + i * step);
  };
  // The kicker and the publisher on one line each, smaller when they are long, wrapped (upwards,
  // away from the headline) only past that; the headline as large as its space allows.
  if (text.kicker) draw(fitLines(text.kicker.toUpperCase(), bold.family, 26, 16, 26 * LEADING), bold.family, ACCENT, { last: 200 });
  const publisher = text.publisher ? fitLines(text.publisher, regular.family, 22, 14, 22 * LEADING) : undefined;
  const below = publisher ? (publisher.lines.length - 1) * publisher.size * LEADING : 0;
  draw(fitLines(text.headline, bold.family, 46, 18, 550 - below), bold.family, HEADLINE, { first: 320 });
  if (publisher) draw(publisher, regular.family, HEADLINE, { last: GRID_HEIGHT - 60 });
  return image;
}

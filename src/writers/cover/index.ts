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

/** Greedy wrapping by measured width. */
function wrap(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
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
  if (text.kicker) {
    ctx.font = font(26, bold.family);
    ctx.fillText(text.kicker.toUpperCase(), px(MARGIN), px(200));
  }
  // The largest size at which the headline fits its space.
  let size = 46;
  let lines: string[] = [];
  for (; size >= 18; size -= 2) {
    ctx.font = font(size, bold.family);
    lines = wrap((t) => ctx.measureText(t).width, text.headline, textWidth);
    if (lines.length * size * 1.35 <= 550 && lines.every((l) => ctx.measureText(l).width <= textWidth)) break;
  }
  ctx.fillStyle = HEADLINE;
  for (const [i, line] of lines.entries()) ctx.fillText(line, px(MARGIN), px(320) + i * px(size * 1.35));
  if (text.publisher) {
    ctx.font = font(22, regular.family);
    ctx.fillText(text.publisher, px(MARGIN), px(GRID_HEIGHT - 60));
  }
  return image;
}

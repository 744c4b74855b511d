/**
 * The generated cover, one for every output that shows one: the EPUB's cover image and
 * the MP3's ID3 picture. A PNG, because e-readers (Kindle in particular) and audio
 * players show raster covers reliably. Drawn with pureimage (pure JavaScript) in the
 * DejaVu Serif fonts that ship in an npm package, so it works offline and renders the
 * same bytes everywhere. The only module that imports pureimage.
 *
 * DejaVu covers Latin, Greek and Cyrillic; a headline in another script falls back to
 * the SVG cover (`svg.ts`), whose text the reading system's own fonts render.
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import * as PImage from 'pureimage';
import { inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import { type CoverText, coverSvg } from './svg.js';

export interface Cover {
  mediaType: 'image/png' | 'image/svg+xml';
  extension: '.png' | '.svg';
  data: Uint8Array;
  /** The cover's words, for alt text. */
  alt: string;
}

const WIDTH = 600;
const HEIGHT = 900;
const MARGIN = 60;
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

export async function renderCover(article: Article): Promise<Cover> {
  const text = coverText(article);
  const alt = [text.kicker, text.headline, text.publisher].filter(Boolean).join('. ');
  const { bold, regular } = loadFonts();
  const drawable = [text.kicker ?? '', text.headline, text.publisher ?? ''].join('').replace(/\s/g, '');
  if ([...drawable].some((c) => bold.font.charToGlyphIndex(c) === 0)) {
    return { mediaType: 'image/svg+xml', extension: '.svg', data: new TextEncoder().encode(coverSvg(text)), alt };
  }
  const image = PImage.make(WIDTH, HEIGHT);
  const ctx = image.getContext('2d');
  ctx.fillStyle = '#1d2b4f';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#ffd66b';
  ctx.fillRect(MARGIN, 200, 80, 8);
  if (text.kicker) {
    ctx.font = `26pt '${bold.family}'`;
    ctx.fillText(text.kicker.toUpperCase(), MARGIN, 170);
  }
  // The largest size at which the headline fits in nine lines.
  let size = 46;
  let lines: string[] = [];
  for (; size >= 18; size -= 2) {
    ctx.font = `${size}pt '${bold.family}'`;
    lines = wrap((t) => ctx.measureText(t).width, text.headline, WIDTH - 2 * MARGIN);
    if (lines.length * size * 1.35 <= 520 && lines.every((l) => ctx.measureText(l).width <= WIDTH - 2 * MARGIN)) break;
  }
  ctx.fillStyle = '#ffffff';
  for (const [i, line] of lines.entries()) ctx.fillText(line, MARGIN, 290 + i * Math.round(size * 1.35));
  if (text.publisher) {
    ctx.font = `22pt '${regular.family}'`;
    ctx.fillText(text.publisher, MARGIN, HEIGHT - 60);
  }
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await PImage.encodePNGToStream(image, sink);
  return { mediaType: 'image/png', extension: '.png', data: new Uint8Array(Buffer.concat(chunks)), alt };
}

/** The generated cover: a PNG with the headline, or SVG text for scripts the bundled fonts lack. */
import { Readable } from 'node:stream';
import * as PImage from 'pureimage';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { ID3_COVER_WIDTH, renderCover } from '../../src/writers/cover/index.js';
import { encodePng } from '../../src/writers/cover/png.js';
import { cells, wrapWords } from '../../src/writers/cover/svg.js';
import { parseFixture, pngSize } from '../helpers.js';

/** Decoded by pureimage's PNG reader (pngjs), not by Lectern's own code. */
async function decode(png: Uint8Array): Promise<PImage.Bitmap> {
  return PImage.decodePNGFromStream(Readable.from([Buffer.from(png)]));
}

describe('cover', () => {
  it('is a 1600×2560 PNG, the same bytes every time', async () => {
    const article = parseFixture('night-trains.md');
    const a = await renderCover(article);
    const b = await renderCover(article);
    expect(a.mediaType).toBe('image/png');
    expect(pngSize(a.data)).toEqual({ width: 1600, height: 2560 });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(a.alt).toBe('Travel. The quiet return of the night train. The Eastwick Courier');
    // Flat colours in a palette: a store-sized cover stays small.
    expect(a.data.length).toBeLessThan(60_000);
  });

  it('is drawn from the same code at 600×960 for the MP3', async () => {
    const article = parseFixture('night-trains.md');
    const small = await renderCover(article, ID3_COVER_WIDTH);
    expect(pngSize(small.data)).toEqual({ width: 600, height: 960 });
    const image = await decode(small.data);
    // The background's colour at a corner, the headline's white somewhere in its first line.
    expect(image.getPixelRGBA(5, 5) >>> 8).toBe(0x1d2b4f);
    const firstLine = Array.from({ length: 480 * 40 }, (_, i) => image.getPixelRGBA(60 + (i % 480), 290 + Math.floor(i / 480)) >>> 8);
    expect(firstLine).toContain(0xffffff);
  });

  it('keeps every line inside the margins, however long the kicker, the publisher or a word', async () => {
    const { article } = parseArticle(
      [
        '---',
        'title: "Donaudampfschifffahrtsgesellschaftskapitänsmützen und Rheinschifffahrtsverordnungen: warum die Binnenschifffahrt wieder wächst"',
        'kicker: Verkehr, Infrastruktur und Binnenschifffahrt auf der Donau zwischen Deutschland und Österreich',
        'publisher: Süddeutsche Allgemeine Wochenendausgabe für Niederbayern, die Oberpfalz und das Mühlviertel',
        'language: de',
        '---',
        '',
        'Text.',
        '',
      ].join('\n'),
      { from: 'markdown' },
    );
    const image = await decode((await renderCover(article, ID3_COVER_WIDTH)).data);
    // Nothing but background in the right margin (less a few pixels for a glyph's overhang).
    const margin = Array.from({ length: 50 * image.height }, (_, i) => image.getPixelRGBA(550 + (i % 50), Math.floor(i / 50)) >>> 8);
    expect(new Set(margin)).toEqual(new Set([0x1d2b4f]));
  });

  it('falls back to SVG text, on the same 5:8 grid, for a headline in a script the fonts lack', async () => {
    const { article } = parseArticle('---\ntitle: 東京の夜行列車が復活\nlanguage: ja\n---\n\n本文です。\n', { from: 'markdown' });
    const cover = await renderCover(article);
    expect(cover.mediaType).toBe('image/svg+xml');
    const svg = new TextDecoder().decode(cover.data);
    expect(svg).toContain('東京の夜行列車が復活');
    expect(svg).toContain('viewBox="0 0 600 960" width="1600" height="2560"');
  });
});

describe('SVG cover wrapping', () => {
  it('breaks Chinese and Japanese between characters, a wide character counting two cells, never before a closing mark', () => {
    const headline = '東京と大阪を結ぶ夜行列車「サンライズ」が三十年ぶりに全面改修され、寝台特急として来春から毎日運行へ。';
    const lines = wrapWords(headline, 18);
    expect(lines.join('')).toBe(headline);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(18);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。」]/);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/「$/);
  });

  it('breaks other scripts between words only', () => {
    expect(wrapWords('Ночные поезда возвращаются в Европу', 18)).toEqual(['Ночные поезда', 'возвращаются в', 'Европу']);
    expect(wrapWords('JR東日本 の 新型車両', 18)).toEqual(['JR東日本 の 新型車', '両']);
  });
});

describe('cover PNG encoding', () => {
  const navy = [0x1d, 0x2b, 0x4f] as const;
  const white = [0xff, 0xff, 0xff] as const;
  const yellow = [0xff, 0xd6, 0x6b] as const;
  const blend = (ink: readonly number[], a: number) => navy.map((b, c) => Math.round(b + ((ink[c] as number) - b) * a));
  /** A 256×3 strip: every coverage of white, every coverage of yellow, then `last` in the corner. */
  function strip(last: number[]): Uint8Array {
    const rgba = new Uint8Array(256 * 3 * 4);
    for (let x = 0; x < 256; x++) {
      rgba.set([...blend(white, x / 255), 255], x * 4);
      rgba.set([...blend(yellow, x / 255), 255], (256 + x) * 4);
      rgba.set([...navy, 255], (512 + x) * 4);
    }
    rgba.set([...last, 255], (3 * 256 - 1) * 4);
    return rgba;
  }

  it('writes blends of the background and the inks as an indexed PNG, within one unit of every channel', async () => {
    const rgba = strip([...navy]);
    const png = encodePng(256, 3, rgba, navy, [white, yellow]);
    expect(png[25]).toBe(3); // IHDR colour type: indexed
    const image = await decode(png);
    const error = Math.max(...Array.from(rgba, (v, i) => (i % 4 === 3 ? 0 : Math.abs(v - (image.data[i] as number)))));
    expect(error).toBeLessThanOrEqual(1);
  });

  it('writes RGB, exactly, when a colour is not such a blend', async () => {
    const rgba = strip([0xc0, 0x10, 0x10]);
    const png = encodePng(256, 3, rgba, navy, [white, yellow]);
    expect(png[25]).toBe(2); // IHDR colour type: RGB
    const image = await decode(png);
    expect(Array.from(image.data)).toEqual(Array.from(rgba));
  });
});

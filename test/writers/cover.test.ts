/** The generated cover: a PNG with the headline, or SVG text for scripts the bundled fonts lack. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { renderCover } from '../../src/writers/cover/index.js';
import { parseFixture } from '../helpers.js';

describe('cover', () => {
  it('is a 600×900 PNG, the same bytes every time', async () => {
    const article = parseFixture('night-trains.md');
    const a = await renderCover(article);
    const b = await renderCover(article);
    expect(a.mediaType).toBe('image/png');
    expect(Buffer.from(a.data).subarray(1, 4).toString()).toBe('PNG');
    const view = new DataView(a.data.buffer, a.data.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([600, 900]);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(a.alt).toBe('Travel. The quiet return of the night train. The Eastwick Courier');
  });

  it('falls back to SVG text for a headline in a script the fonts lack', async () => {
    const { article } = parseArticle('---\ntitle: 東京の夜行列車が復活\nlanguage: ja\n---\n\n本文です。\n', { from: 'markdown' });
    const cover = await renderCover(article);
    expect(cover.mediaType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(cover.data)).toContain('東京の夜行列車が復活');
  });
});

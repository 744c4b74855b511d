/**
 * Input that no article has but an attacker can write. Markdown: paragraphs of megabytes and setext
 * underlines under them. marked's block patterns backtrack through a whole paragraph, and at
 * 64 MiB (the input limit) that overflowed the regular-expression stack; the reader now cuts such
 * paragraphs into pieces and refuses a heading made of one. These tests check the mechanism on a
 * few hundred kilobytes (the 64 MiB cases are measured by hand: see issue 9's note).
 */
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { readMarkdown } from '../../src/readers/markdown/index.js';
import { MAX_NEWS_TEXT_LINES, readNewsText } from '../../src/readers/news-text/index.js';
import { inlineText } from '../../src/tree/text.js';

const words = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('huge paragraphs', () => {
  it('reads a paragraph of more than 256 KiB in pieces, every word kept, with one warning', () => {
    const lines = Array.from({ length: 9000 }, (_, i) => `line ${i} ${words(5, `w${i}x`).join(' ')}`);
    const { article, warnings } = readMarkdown(`# Title\n\n${lines.join('\n')}\n`);
    const blocks = article.sections.flatMap((section) => section.blocks);
    expect(blocks.length).toBeGreaterThan(3);
    const text = blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : '')).join(' ');
    for (const probe of ['w0x0', 'w4500x2', 'w8999x4']) expect(text).toContain(probe);
    expect(warnings?.some((w) => /paragraph longer than 256 KiB was read in pieces/.test(w))).toBe(true);
  });

  it('leaves ordinary paragraphs whole', () => {
    const { article, warnings } = readMarkdown(`# Title\n\n${words(200, 'w').join(' ')}\n\nSecond paragraph.\n`);
    expect(article.sections.flatMap((section) => section.blocks)).toHaveLength(2);
    expect(warnings ?? []).toEqual([]);
  });

  it('does not take ten thousand characters over an underline for a heading', () => {
    const long = words(2500, 'w').join(' ');
    const { article } = readMarkdown(`# Title\n\n${long}\n===\n\nAfter.\n`);
    expect(article.sections.every((section) => !section.heading || inlineText(section.heading).length < 10_000)).toBe(true);
    const short = readMarkdown('# Title\n\nIntro.\n\nA short heading\n---\n\nAfter.\n').article;
    expect(short.sections.some((section) => section.heading && inlineText(section.heading) === 'A short heading')).toBe(true);
  });
});

describe('news pages of millions of lines', () => {
  it('refuses a page of more lines than any news page has, with a clear input error', () => {
    const page = `Title\n${'a word here\n'.repeat(MAX_NEWS_TEXT_LINES)}`;
    let error: unknown;
    try {
      readNewsText(page, { file: 'huge.txt' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).exitCode).toBe(4);
    expect((error as LecternError).message).toMatch(/^huge\.txt has 1,000,002 lines; a news page is read only up to 1,000,000 lines$/);
  });
});

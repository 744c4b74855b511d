/** Random text and random Markdown never make a reader throw anything but a LecternError. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../src/errors.js';
import { parseArticle } from '../../src/pipeline.js';

const markdownPieces = fc.constantFrom(
  '# ', '## ', '### ', '- ', '1. ', '> ', '```\n', '---\n', '\n\n', '\n', '|a|b|\n|-|-|\n|1|2|\n', '[^1]', '[^1]: note\n',
  '[link](#)', '[x](javascript:alert(1))', '![alt](img.png)', '<script>x</script>', '<div>', '</div>', '**', '_', '`',
  '© Agency', 'Photograph: A/B', 'By Jane Doe in Paris', '3 HOURS AGO', 'Share', 'title: x\n', '&amp;', '\f', '\u0000',
);
const markdownish = fc.array(fc.oneof(markdownPieces, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 40 }).map((parts) => parts.join(''));

function check(text: string, from: string): void {
  try {
    const { article } = parseArticle(text, { from });
    expect(article.sections.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  } catch (error) {
    if (!(error instanceof LecternError)) throw error;
  }
}

describe('readers never crash', () => {
  for (const from of ['news-text', 'markdown']) {
    it(`${from}: random text`, () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text, from)), { numRuns: 300, seed: 42 });
    });
    it(`${from}: random Markdown and news-page fragments`, () => {
      fc.assert(fc.property(markdownish, (text) => check(text, from)), { numRuns: 400, seed: 7 });
      fc.assert(fc.property(fc.constant('---\n'), markdownish, (a, b) => check(a + b, from)), { numRuns: 200, seed: 9 });
    });
  }
});

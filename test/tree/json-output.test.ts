/**
 * `lectern tree --json` written in pieces (issue 9: memory within a few times the input): the
 * pieces joined are exactly what `JSON.stringify(value, null, 2)` gives, for any value.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { writeJson } from '../../src/tree/json-output.js';

function pieces(value: unknown, space?: number): string[] {
  const out: string[] = [];
  writeJson(value, (chunk) => out.push(chunk), space);
  return out;
}

describe('the tree as JSON, in pieces', () => {
  it('writes any JSON value as JSON.stringify with two spaces does', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('writes it compact, as JSON.stringify with no spaces does, for the digest', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(pieces(value, 0).join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON leaves out, and calls toJSON', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 2, Symbol('s')], d: { toJSON: () => 'D' }, e: Number.NaN, f: {}, g: [], h: 'x\ny"z' };
    expect(pieces(value).join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces(undefined)).toEqual([]);
  });

  it('writes an article tree, with and without its explanations, as the whole string would be', () => {
    const text = readFileSync('test/fixtures/harbour-bridge.txt', 'utf8');
    const { article, explain } = parseArticle(text, { from: 'news-text', file: 'harbour-bridge.txt', explain: true });
    expect(pieces(article).join('')).toBe(JSON.stringify(article, null, 2));
    expect(pieces({ article, explain }).join('')).toBe(JSON.stringify({ article, explain }, null, 2));
  });

  it('hands a long text over in pieces of about a megabyte, not as one string', () => {
    const value = { dropped: Array.from({ length: 40_000 }, (_, i) => ({ text: `Share this story ${i}`, reason: 'a button', position: { start: { line: i, column: 1 } } })) };
    const out = pieces(value);
    expect(out.length).toBeGreaterThan(3);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(1.1 * 2 ** 20);
    expect(out.join('')).toBe(JSON.stringify(value, null, 2));
  });
});

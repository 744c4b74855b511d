/** `lectern tree`'s outline, written in pieces (issue 9: memory within a few times the input). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { describeTree, writeTreeOutline } from '../../src/tree/describe.js';

describe('the outline of a tree', () => {
  it('lists every dropped line, handed over in pieces of about a megabyte, never one string', () => {
    const { article } = parseArticle('Harbour ferry saved for winter\n\nThe council voted on Monday to keep the harbour ferry running through the winter months.\n', { from: 'news-text' });
    article.dropped = Array.from({ length: 40_000 }, (_, i) => ({ text: `Share this story on every network you use, number ${i}`, reason: 'a button' }));
    const pieces: string[] = [];
    writeTreeOutline(article, (chunk) => pieces.push(chunk));
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1.1 * 2 ** 20);
    const lines = pieces.join('').split('\n');
    expect(lines[0]).toBe('headline    Harbour ferry saved for winter');
    expect(lines).toContain('dropped     40000 item(s)');
    expect(lines.filter((line) => line.startsWith('  - Share this story')).length).toBe(40_000);
    expect(lines.at(-2)).toBe('  - Share this story on every network you use, number 39999  (a button)');
    expect(lines.at(-1)).toBe('');
    expect(describeTree(article)).toBe(pieces.join(''));
  });
});

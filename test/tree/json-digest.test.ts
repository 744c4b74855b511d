/** The EPUB's identifier hashes the article's JSON in pieces: the same digest as the whole string's. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonDigest } from '../../src/tree/json-digest.js';

const whole = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const golden = join(import.meta.dirname, '..', 'golden');

describe('jsonDigest', () => {
  it('equals the digest of JSON.stringify on every golden article tree', () => {
    const trees = readdirSync(golden).filter((f) => f.endsWith('.tree.json'));
    expect(trees.length).toBeGreaterThan(5);
    for (const file of trees) {
      const tree: unknown = JSON.parse(readFileSync(join(golden, file), 'utf8'));
      expect(jsonDigest(tree), file).toBe(whole(tree));
    }
  });

  it('writes what JSON.stringify writes for undefined, escapes, numbers and pieces longer than one chunk', () => {
    const values: unknown[] = [
      { a: undefined, b: [undefined, null, 1.5, -0, 1e21], 'q"k': 'line\nbreak "quoted" \u2028 ✓ 😀', c: {} },
      [[], {}, '', false, true],
      { long: 'x'.repeat(200_000), after: ['y'.repeat(70_000), 3] },
      'just a string',
    ];
    for (const value of values) expect(jsonDigest(value)).toBe(whole(value));
  });
});

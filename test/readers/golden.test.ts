/**
 * Golden trees: `lectern tree --json` of every fixture, kept as readable JSON.
 * After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/readers/golden.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FIXTURES, GOLDEN, parseFixture } from '../helpers.js';

describe('golden article trees', () => {
  it('covers at least ten fixtures', () => {
    expect(ARTICLE_FIXTURES.length).toBeGreaterThanOrEqual(10);
  });
  for (const name of ARTICLE_FIXTURES) {
    it(name, () => {
      const actual = `${JSON.stringify(parseFixture(name), null, 2)}\n`;
      const path = join(GOLDEN, `${name}.tree.json`);
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, actual);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});

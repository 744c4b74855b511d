
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FIXTURES, GOLDEN, expectGolden, parseFixture } from '../helpers.js';

describe('golden article trees', () => {
  it('covers at least ten fixtures', () => {
    expect(ARTICLE_FIXTURES.length).toBeGreaterThanOrEqual(10);
  });
  for (const name of ARTICLE_FIXTURES) {
    it(name, () => {
      const actual = `${JSON.stringify(parseFixture(name), null, 2)}\n`;
      const path = join(GOLDEN, `${name}.tree.json`);
      expectGolden(path, actual);
    });
  }
});

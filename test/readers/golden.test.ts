
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { ARTICLE_FIXTURES, FIXTURE_DATE, GOLDEN, expectGolden, fixturePath, parseFixture, readFixture } from '../helpers.js';

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

describe('trees read without --explain records', () => {
  // `lectern tree` without `--explain` and `export` ask the readers for no explanations: the same tree, no records.
  for (const name of ARTICLE_FIXTURES) {
    it(name, () => {
      const options = { file: fixturePath(name), date: FIXTURE_DATE };
      const withRecords = parseArticle(readFixture(name), options);
      const without = parseArticle(readFixture(name), { ...options, explain: false });
      expect(without.article).toEqual(withRecords.article);
      if (name.endsWith('.txt')) {
        expect(withRecords.explain.length).toBeGreaterThan(0);
        expect(without.explain).toEqual([]);
      }
    });
  }
});

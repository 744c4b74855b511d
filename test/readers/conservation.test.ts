/**
 * Nothing lost: every word of every fixture is in the tree's text or in `dropped` (for a web
 * page, every word of the article Readability finds in it; its menus and site footer are not the article's).
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_FIXTURES, missingWords, parseFixture, readFixture, readabilityText } from '../helpers.js';

/** Every string value of the tree except the generated ones (ids, node types, positions). */
function treeStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['id', 'type', 'format'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => treeStrings(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'position' ? [] : treeStrings(v, k)));
  }
  return [];
}

/** The input without syntax: Markdown link targets, HTML tags, front matter keys. */
function inputWords(text: string): string {
  return text
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^(\s*-?\s*)[a-z]+:(\s|$)/gm, '$1 ')
    .replace(/\|[\s:|-]+\|/g, ' ')
    .replace(/^\s*\d+[.)]\s/gm, ' ');
}

describe('conservation of words', () => {
  for (const name of ARTICLE_FIXTURES) {
    it(name, () => {
      const article = parseFixture(name);
      const source = name.endsWith('.html') ? readabilityText(readFixture(name)) : inputWords(readFixture(name));
      expect(missingWords(source, treeStrings(article).join('\n'))).toEqual([]);
    });
  }

  it('notices a lost word (the check can fail)', () => {
    expect(missingWords('the bridge vote', 'the vote')).toEqual(['bridge']);
  });
});

/** `\b` that sees letters of every script (readers/shared/unicode-words.ts). */
import { describe, expect, it } from 'vitest';
import { matchFurniture } from '../../src/readers/news-text/rules/furniture.js';
import { unicodeWords } from '../../src/readers/shared/unicode-words.js';

describe('unicodeWords', () => {
  it('finds word ends after letters outside ASCII, which `\\b` misses', () => {
    expect(/^zapisz się\b/iu.test('Zapisz się do newslettera')).toBe(false);
    expect(unicodeWords(/^zapisz się\b/iu).test('Zapisz się do newslettera')).toBe(true);
    expect(unicodeWords(/\bréservé\b/iu).test('Article réservé aux abonnés')).toBe(true);
  });
  it('still refuses a match inside a word', () => {
    expect(unicodeWords(/\bsię\b/iu).test('sięgnąć')).toBe(false);
    expect(unicodeWords(/\bÜber\b/iu).test('Gegenüber')).toBe(false);
  });
  it('leaves an ASCII pattern as it is', () => {
    const pattern = /\bshare\b/iu;
    expect(unicodeWords(pattern)).toBe(pattern);
  });
  it('lets the furniture rules read calls to action that end in such a letter', () => {
    expect(matchFurniture('Zapisz się do newslettera')?.name).toBe('furniture:call-to-action');
  });
});

/** `\b` that sees letters of every script (readers/shared/unicode-words.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  it('rewrites an ASCII word’s boundary too (`min` is no word in `minút`), and leaves a pattern without `\\b` as it is', () => {
    expect(/\b(?:\d+)\s*min\b/iu.test('Čítanie na 5 minút')).toBe(true);
    expect(unicodeWords(/\b(?:\d+)\s*min\b/iu).test('Čítanie na 5 minút')).toBe(false);
    expect(unicodeWords(/\b(?:\d+)\s*min\b/iu).test('Lecture 5 min')).toBe(true);
    const pattern = /^share$/iu;
    expect(unicodeWords(pattern)).toBe(pattern);
  });
  it('lets the furniture rules read calls to action that end in such a letter', () => {
    expect(matchFurniture('Zapisz się do newslettera')?.name).toBe('furniture:call-to-action');
  });
  it('uses a one-sided boundary where the pattern spells the word beside it, and the two-sided one elsewhere', () => {
    const W = '[\\p{L}\\p{N}\\p{M}_]';
    expect(unicodeWords(/\b(?:się|ab)\b/u).source).toBe(`(?<!${W})(?:się|ab)(?!${W})`);
    // (`akt\.` ends with a full stop: after it the boundary must see a word begin, which one look-around cannot say.)
    expect(unicodeWords(/\b(?:akt\.|é)\b/u).source).toBe(`(?<!${W})(?:akt\\.|é)(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`);
    expect(unicodeWords(/\bdonat\w*é?\b/u).source).toBe(`(?<!${W})donat\\w*é?(?!${W})`);
    expect(unicodeWords(/é\s*\b/u).source).toBe(`é\\s*(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`);
  });
  it('matches exactly what the two-sided boundary matches, on every line of the corpus', () => {
    // The rewrite that puts the full boundary everywhere is the definition; the shortcut must agree with it.
    const W = '[\\p{L}\\p{N}\\p{M}_]';
    const everywhere = (pattern: RegExp) => new RegExp(pattern.source.replace(/(?<!\\)((?:\\\\)*)\\b/gu, `$1(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`), pattern.flags);
    const patterns = [
      /\b(?:your|votre|ihr)\s+(?:inbox|boîte (?:mail|de réception)|postfach)\b|\b(?:unsubscribe|désabonner)\b/iu,
      /\b(?:support|donat\w*|abonn\w*|soutenir|don|dons|boîte mail|apoy\w*|suscri\w*)\b/iu,
      /^(?:réservé|exclusiv|plus)\b.{0,20}$/iu,
      /\b(?:akt\.|geändert|stand|última\s+actualización)\b/iu,
      /\b(?:\d+|une?)\s*(?:minutes?|min)\b|\bil y a\b/iu,
      /(?:^|\s)\b(?:é|\p{Lu}\p{Ll}+)\b/u,
    ];
    const dir = join(import.meta.dirname, '..', 'corpus');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(10_000);
    for (const pattern of patterns) {
      const fast = unicodeWords(pattern);
      const slow = everywhere(pattern);
      expect(fast.source).not.toBe(slow.source);
      const differ = lines.filter((line) => fast.exec(line)?.[0] !== slow.exec(line)?.[0]);
      expect(differ).toEqual([]);
    }
  });
});

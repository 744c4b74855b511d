import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/readers/shared/whitespace.js';

describe('collapseWhitespace', () => {
  it('collapses exactly as replace(/\\s+/g, " ") does', () => {
    const samples = ['a b c', 'a  b', 'a\tb', 'a\u00a0b', 'a \u00a0 b', 'a\u2028b', 'a\ufeffb', 'a\u3000b', ' lead', 'trail ', '  ', '', 'x\n\ny', 'a \u200bb'];
    for (const text of samples) expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});

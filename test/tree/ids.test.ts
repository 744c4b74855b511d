/** Ids for equal headings: unique, in order, skipping ids already taken. */
import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../../src/tree/ids.js';

describe('id registry', () => {
  it('numbers equal names in order and never hands out a taken id', () => {
    const ids = new IdRegistry();
    ids.reserve('costs-3');
    const claimed = Array.from({ length: 20_000 }, () => ids.claim('Costs', 'section'));
    expect(claimed.slice(0, 4)).toEqual(['costs', 'costs-2', 'costs-4', 'costs-5']);
    expect(new Set(claimed).size).toBe(20_000);
    expect(claimed.at(-1)).toBe('costs-20001');
    // A name that slugifies to a taken numbered id still gets its own.
    expect(ids.claim('Costs 2', 'section')).toBe('costs-2-2');
  });
});

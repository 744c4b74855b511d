/**
 * Large patterns, kept fast. V8 compiles a regular expression whose source is 20 KB or longer
 * without its optimizations, and such a pattern ran 40 times slower than its parts tested one by
 * one (the date signal, with the month names twice, took 0.5 ms a line: 11 of a 10 MB page's 29 s).
 * The month list alone is 9 KB, so a pattern holds it at most twice, and a test over more
 * alternatives is a list of patterns: `a|b` matches somewhere exactly when `a` or `b` does.
 */

/** Below V8's limit (20 × 1024) with room to spare: `test/readers/pattern-size.test.ts` holds every pattern to it. */
export const PATTERN_SOURCE_LIMIT = 20_000;

/** A test of whether any of the alternatives matches, each compiled as a pattern of its own. */
export interface AnyPattern {
  test(text: string): boolean;
}

export function anyOf(alternatives: readonly string[], flags: string): AnyPattern {
  const patterns = alternatives.map((source) => new RegExp(source, flags));
  return { test: (text) => patterns.some((pattern) => pattern.test(text)) };
}

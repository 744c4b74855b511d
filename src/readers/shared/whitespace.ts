/**
 * Runs of white space as one space, without a copy when there is nothing to collapse.
 *
 * `text.replace(/\s+/g, ' ')` always builds a new string, and V8 builds it as a tree of pieces
 * (a cons string, about 32 bytes a word) that stays unflattened until something reads it: for
 * every line of a 60 MB page at once, that was 740 MB. Most lines have no run to collapse, and
 * for them the line itself (a slice of the page, which is kept anyway) is returned.
 */

/** White space other than a lone space: a tab, a line break, a no-break space, two spaces. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;

export function collapseWhitespace(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

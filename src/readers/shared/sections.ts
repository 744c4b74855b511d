/** How headings become the tree's section depths, the same for every reader. */
import type { Section } from '../../tree/types.js';

/**
 * A heading's depth: its level below the document's shallowest heading level (`top`), never more
 * than one level below the section before it, and at most 3.
 */
export function headingDepth(level: number, top: number, previous: Section | undefined): 1 | 2 | 3 {
  return Math.min(3, level - top + 1, (previous?.heading ? previous.depth : 0) + 1) as 1 | 2 | 3;
}

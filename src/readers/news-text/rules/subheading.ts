/**
 * Subheadings inside the body: a short line standing alone between paragraphs, with no
 * sentence punctuation, starting with a capital. `Why the vote was delayed` between two
 * paragraphs starts a new section; `## Heading` (Markdown left in saved text) does too.
 * A question (`What happens next?`) counts when it is short.
 */
import { endsSentence, wordCount } from '../units.js';

export function matchSubheading(text: string, previousIsProse: boolean, nextIsProse: boolean): string | undefined {
  const marked = /^#{1,4}\s+(.+)$/.exec(text);
  if (marked?.[1]) return marked[1].trim();
  if (!previousIsProse || !nextIsProse) return undefined;
  const words = wordCount(text);
  if (words === 0 || words > 12 || text.length > 90) return undefined;
  if (!/^[\p{Lu}\p{N}"“‘'«]/u.test(text)) return undefined;
  if (/[,;]$/.test(text)) return undefined;
  if (/\?$/.test(text)) return words <= 10 ? text : undefined;
  return endsSentence(text) ? undefined : text;
}

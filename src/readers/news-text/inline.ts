/**
 * Inline text of saved pages: Markdown-style links survive copy-and-paste from many
 * sites (`[regional rail network](#)`). A link with a real URL stays a link; one with a
 * placeholder (`#`, empty) or an unsafe target becomes its plain text. Square brackets
 * without a target (`[it]`, `[sic]`) are editorial insertions and stay literally.
 */
import type { Inline } from '../../tree/types.js';
import { safeLinkUrl } from '../shared/urls.js';

/** `[label](target)`; the target may hold one level of parentheses (`javascript:alert(1)`). */
const LINK = /\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\)/g;

export function parseInlines(text: string): Inline[] {
  // Most lines hold no link: one text node, in an array of its exact size (an array filled by
  // `push` reserves room for 17, which a page of a million lines pays for a million times).
  if (!text.includes('](')) return text ? [{ type: 'text', value: text }] : [];
  const out: Inline[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (!value) return;
    const previous = out[out.length - 1];
    if (previous?.type === 'text') previous.value += value;
    else out.push({ type: 'text', value });
  };
  for (const m of text.matchAll(LINK)) {
    const [whole, label = '', target] = m;
    pushText(text.slice(last, m.index));
    const url = safeLinkUrl(target);
    if (url && label) out.push({ type: 'link', url, children: [{ type: 'text', value: label }] });
    else pushText(label);
    last = m.index + whole.length;
  }
  pushText(text.slice(last));
  return out;
}

/** The text a reader sees: links reduced to their labels. */
export function visibleText(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(LINK, (_whole, label: string) => label);
}

/**
 * Narrated sentences mapped back onto the inline tree they were read from, for the read-along
 * EPUB's `<span id>` per sentence (and the HTML read-along page).
 *
 * A sentence is given as a range of `spokenInlineText(inlines)`: the text the narration reads,
 * where footnote markers are absent, a line break is a space and white space is collapsed. Its
 * ends are carried back to offsets in the uncollapsed text (`rawSpokenText`, one character per
 * character of the tree), and the inline run is cut there into pieces: a piece per sentence,
 * with the text between sentences left outside any of them.
 *
 * Cutting keeps the XHTML well formed by splitting elements, never by crossing them:
 *  - text is cut anywhere; emphasis and strong are split in two (`<em>a. </em><em>b</em>`),
 *    which reads and sounds the same;
 *  - a link or inline code is never split (two links with one target would be two stops for a
 *    keyboard and a screen reader): a sentence end inside one moves to the element's nearer
 *    edge, so the link belongs whole to one sentence. A sentence left empty by that is not
 *    wrapped; its audio plays with the sentence before it.
 *  - a footnote marker (no spoken text) at a sentence end belongs to the sentence it ends.
 */
import { rawSpokenText, spokenInlineText } from '../../tree/text.js';
import type { Inline } from '../../tree/types.js';

export interface SentenceRange {
  id: string;
  /** Offsets in `spokenInlineText(inlines)`, end exclusive. */
  start: number;
  end: number;
}

export interface InlinePiece {
  /** The sentence's id; none for text between sentences. */
  id?: string;
  inlines: Inline[];
}

const SPACE = /\s/u;

/** For each offset of the collapsed text, the offset of the same character in the raw text (and one past the end). */
function collapsedToRaw(raw: string): number[] {
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const space = SPACE.test(raw[i] as string);
    if (space && inSpace) continue;
    inSpace = space;
    map.push(i);
  }
  // Trim: the collapsed text drops a space at either end.
  let from = 0;
  let to = map.length;
  if (from < to && SPACE.test(raw[map[from] as number] as string)) from++;
  if (to > from && SPACE.test(raw[map[to - 1] as number] as string)) to--;
  const trimmed = map.slice(from, to);
  trimmed.push(to > from ? (map[to - 1] as number) + 1 : raw.length);
  return trimmed;
}

/** Raw spans of the elements a sentence end must not fall inside: links and inline code. */
function solidSpans(inlines: readonly Inline[], at = 0, out: [number, number][] = []): [number, number][] {
  let position = at;
  for (const node of inlines) {
    const length = rawSpokenText([node]).length;
    if ((node.type === 'link' || node.type === 'code') && length > 0) out.push([position, position + length]);
    if (node.type === 'emphasis' || node.type === 'strong') solidSpans(node.children, position, out);
    position += length;
  }
  return out;
}

/** A raw offset moved out of any link or code to its nearer edge (the end on a tie). */
function snap(offset: number, solids: readonly [number, number][]): number {
  for (const [a, b] of solids) if (offset > a && offset < b) return offset - a < b - offset ? a : b;
  return offset;
}

/**
 * The part of `inlines` between raw offsets `from` and `to`. A node with no text (a footnote
 * marker) at offset p is taken by the slice with `from < p <= to`, or by the first slice when p is 0.
 */
function sliceInlines(inlines: readonly Inline[], from: number, to: number, first: boolean, at = 0): Inline[] {
  const out: Inline[] = [];
  let position = at;
  for (const node of inlines) {
    const length = rawSpokenText([node]).length;
    const a = position;
    const b = position + length;
    position = b;
    if (length === 0) {
      if ((from < a && a <= to) || (first && a === from)) out.push(node);
      continue;
    }
    if (b <= from || a >= to) continue;
    if (a >= from && b <= to) {
      out.push(node);
      continue;
    }
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value.slice(Math.max(0, from - a), Math.min(length, to - a)) });
        break;
      case 'emphasis':
      case 'strong': {
        const children = sliceInlines(node.children, from, to, first, a);
        if (children.length) out.push({ type: node.type, children });
        break;
      }
      default:
        // Links and code are never cut (ends were snapped out of them): whole, in the slice where they start.
        if (a >= from) out.push(node);
    }
  }
  return out;
}

/**
 * `inlines` cut into pieces at the sentences' ends. Ranges are in order and do not overlap;
 * `wrapped` lists the ids that got a piece (the others lay inside a link with a sentence before).
 */
export function splitAtSentences(inlines: readonly Inline[], ranges: readonly SentenceRange[]): { pieces: InlinePiece[]; wrapped: string[] } {
  const raw = rawSpokenText(inlines);
  const toRaw = collapsedToRaw(raw);
  const spoken = spokenInlineText(inlines);
  if (toRaw.length !== spoken.length + 1) throw new Error('sentence spans: the collapsed text does not match the spoken text');
  const solids = solidSpans(inlines);
  const pieces: InlinePiece[] = [];
  const wrapped: string[] = [];
  let cursor = 0;
  const push = (from: number, to: number, id?: string) => {
    const sliced = sliceInlines(inlines, from, to, from === 0);
    if (sliced.length) pieces.push(id ? { id, inlines: sliced } : { inlines: sliced });
  };
  for (const range of ranges) {
    if (range.start < 0 || range.end > spoken.length || range.start >= range.end) continue;
    // The last character's end, not the next character's start: white space after a sentence stays outside it.
    const start = Math.max(cursor, snap(toRaw[range.start] as number, solids));
    const end = snap((toRaw[range.end - 1] as number) + 1, solids);
    if (start >= end) continue;
    if (start > cursor) push(cursor, start);
    push(start, end, range.id);
    wrapped.push(range.id);
    cursor = end;
  }
  if (cursor < raw.length || pieces.length === 0) push(cursor, raw.length);
  return { pieces, wrapped };
}

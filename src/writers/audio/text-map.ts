/**
 * A rewritten text that remembers where each piece of it came from. The narration rewrites the
 * page's words for the engine (a lexicon, then the normalizer's rules: `320MW` → `320 megawatts`),
 * but sentence timings and highlights must point at the page's words, not at the rewrite. So
 * every rewrite records, for each piece of its output, the span of its input it came from, and
 * successive rewrites are composed into one map from the spoken text back to the written one.
 *
 * A piece is either copied (character for character) or rewritten as a whole: a position
 * inside a rewritten piece has no finer source than the whole piece (`megawatts` ← `MW`).
 */

export interface Piece {
  /** Offset and length in the rewritten text. */
  at: number;
  length: number;
  /** Offset and length in the source text. */
  from: number;
  sourceLength: number;
  /** Copied character for character (then `length === sourceLength`), or rewritten as a whole. */
  copied: boolean;
}

export interface MappedText {
  text: string;
  /** In order; together they cover `text` and the source end to end, with no gap or overlap. */
  pieces: readonly Piece[];
}

/** A replacement, called as `String.prototype.replace` calls one: the match, its groups, its offset and the whole text. */
export type Replacer = (...args: string[]) => string;

/** A text before any rewrite: one copied piece. */
export function unchanged(text: string): MappedText {
  return { text, pieces: text ? [{ at: 0, length: text.length, from: 0, sourceLength: text.length, copied: true }] : [] };
}

/** `$1`, `$&`, `$$` in a replacement string, as `String.prototype.replace` reads them. */
function expand(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(\$|&|\d{1,2})/g, (token, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return match[0];
    const group = Number(ref);
    return group > 0 && group < match.length ? (match[group] ?? '') : token;
  });
}

export interface RewriteOptions {
  /**
   * Keep what a replacement shares with its match at the start and the end as copied text
   * (`Sen.` → `Senator` keeps `Sen`; `3-4` → `3 to 4` keeps both numbers), so a word's timing
   * points at the written word and not at the whole match. A lexicon entry is one word rewritten
   * as a whole, and says `false`.
   */
  keepCommon?: boolean;
}

/**
 * Replaces every match of `pattern` (a global regular expression) in `input.text`, like
 * `String.prototype.replace`, and composes the step's map with the input's. A replacement equal
 * to its match changes nothing.
 */
export function rewrite(input: MappedText, pattern: RegExp, replace: string | Replacer, options: RewriteOptions = {}): MappedText {
  if (!pattern.global) throw new Error(`rewrite needs a global pattern: ${pattern}`);
  const source = input.text;
  const keepCommon = options.keepCommon ?? true;
  const step: Piece[] = [];
  let out = '';
  let last = 0;
  const copy = (from: number, to: number) => {
    if (to > from) step.push({ at: out.length, length: to - from, from, sourceLength: to - from, copied: true });
    out += source.slice(from, to);
  };
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const match = m[0];
    if (match === '') {
      // An empty match replaces nothing here; step past it as String.prototype.replace does.
      pattern.lastIndex++;
      continue;
    }
    const replacement = typeof replace === 'string' ? expand(replace, m) : replace(...(m as unknown as string[]), String(m.index), source);
    if (replacement === match) continue;
    copy(last, m.index);
    let head = 0;
    let tail = 0;
    if (keepCommon) {
      const most = Math.min(match.length, replacement.length);
      while (head < most && match[head] === replacement[head]) head++;
      while (tail < most - head && match[match.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++;
    }
    copy(m.index, m.index + head);
    const middle = replacement.slice(head, replacement.length - tail);
    step.push({ at: out.length, length: middle.length, from: m.index + head, sourceLength: match.length - head - tail, copied: false });
    out += middle;
    copy(m.index + match.length - tail, m.index + match.length);
    last = m.index + match.length;
  }
  pattern.lastIndex = 0;
  if (step.length === 0) return input;
  copy(last, source.length);
  return { text: out, pieces: compose(step, input.pieces, sourceLength(input)) };
}

/** A text with `prefix` put before it, said as it is (a list item's number). */
export function prefixed(prefix: string, input: MappedText): MappedText {
  if (!prefix) return input;
  const shifted = input.pieces.map((p) => ({ ...p, at: p.at + prefix.length, from: p.from + prefix.length }));
  return { text: prefix + input.text, pieces: normalizePieces([{ at: 0, length: prefix.length, from: 0, sourceLength: prefix.length, copied: true }, ...shifted], prefix.length + sourceLength(input), prefix.length + input.text.length) };
}

/** A text with `suffix` put after it, standing for nothing written (a full stop for the engine). */
export function appended(input: MappedText, suffix: string): MappedText {
  if (!suffix) return input;
  const end = sourceLength(input);
  return { text: input.text + suffix, pieces: [...input.pieces, { at: input.text.length, length: suffix.length, from: end, sourceLength: 0, copied: false }] };
}

function sourceLength(input: MappedText): number {
  const last = input.pieces[input.pieces.length - 1];
  return last ? last.from + last.sourceLength : 0;
}

/** The piece holding character `offset` of the rewritten text (pieces of no length hold none). */
function pieceAt(pieces: readonly Piece[], offset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as Piece;
    if (offset < p.at) hi = mid - 1;
    else if (offset >= p.at + p.length) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** Where position `offset` of the rewritten text starts in the source (a rewritten piece: its start). */
export function sourceStart(map: MappedText, offset: number): number {
  const p = pieceAt(map.pieces, offset);
  if (!p) return offset <= 0 ? 0 : sourceLength(map);
  return p.copied ? p.from + (offset - p.at) : p.from;
}

/** Where text ending at position `offset` of the rewritten text ends in the source (a rewritten piece: its end). */
export function sourceEnd(map: MappedText, offset: number): number {
  if (offset <= 0) return 0;
  const p = pieceAt(map.pieces, offset - 1);
  if (!p) return sourceLength(map);
  return p.copied ? p.from + (offset - p.at) : p.from + p.sourceLength;
}

/** The source span that `start`–`end` of the rewritten text came from (never narrower than a rewritten piece). */
export function sourceSpan(map: MappedText, start: number, end: number): { start: number; end: number } {
  const from = sourceStart(map, start);
  return { start: from, end: end > start ? Math.max(from, sourceEnd(map, end)) : from };
}

/** The rewritten piece that position `offset` falls strictly inside, if any: a boundary there would cut a rewrite in two. */
export function rewriteAround(map: MappedText, offset: number): Piece | undefined {
  const p = pieceAt(map.pieces, offset);
  return p && !p.copied && offset > p.at ? p : undefined;
}

/** The pieces of `map` between `start` and `end` of the rewritten text, as a map of that slice to the source slice `from`–`to`. */
export function sliceMap(map: MappedText, start: number, end: number, from: number, to: number): MappedText {
  const pieces: Piece[] = [];
  for (const p of map.pieces) {
    const inside = p.length === 0 ? p.at > start && p.at < end : p.at < end && p.at + p.length > start;
    if (!inside) continue;
    const a = Math.max(p.at, start);
    const b = Math.min(p.at + p.length, end);
    const s = p.copied ? p.from + (a - p.at) : p.from;
    const e = p.copied ? p.from + (b - p.at) : p.from + p.sourceLength;
    const cs = Math.min(Math.max(s, from), to);
    const ce = Math.min(Math.max(e, from), to);
    pieces.push({ at: a - start, length: b - a, from: cs - from, sourceLength: ce - cs, copied: p.copied && b - a === ce - cs });
  }
  return { text: map.text.slice(start, end), pieces: normalizePieces(pieces, to - from, end - start) };
}

/**
 * `outer` maps a text C onto B (its pieces' sources are B), `inner` maps B onto A: the map of C
 * onto A. A copied piece of C takes B's pieces under it; a rewritten one takes the whole span of
 * A that its B span came from.
 */
function compose(outer: readonly Piece[], inner: readonly Piece[], innerSourceLength: number): Piece[] {
  const innerMap: MappedText = { text: '', pieces: inner };
  const out: Piece[] = [];
  let j = 0;
  for (const o of outer) {
    if (o.copied) {
      const b0 = o.from;
      const b1 = o.from + o.length;
      while (j < inner.length && (inner[j] as Piece).at + (inner[j] as Piece).length <= b0) j++;
      for (let k = j; k < inner.length; k++) {
        const i = inner[k] as Piece;
        if (i.at >= b1) break;
        if (i.length === 0) continue;
        const x0 = Math.max(b0, i.at);
        const x1 = Math.min(b1, i.at + i.length);
        out.push(
          i.copied
            ? { at: o.at + (x0 - b0), length: x1 - x0, from: i.from + (x0 - i.at), sourceLength: x1 - x0, copied: true }
            : { at: o.at + (x0 - b0), length: x1 - x0, from: i.from, sourceLength: i.sourceLength, copied: false },
        );
      }
    } else {
      const start = sourceStart(innerMap, o.from);
      const end = o.sourceLength > 0 ? Math.max(start, sourceEnd(innerMap, o.from + o.sourceLength)) : start;
      out.push({ at: o.at, length: o.length, from: start, sourceLength: end - start, copied: false });
    }
  }
  const last = outer[outer.length - 1];
  return normalizePieces(out, innerSourceLength, last ? last.at + last.length : 0);
}

/**
 * Makes pieces cover the source end to end: pieces whose sources overlap (two parts of one
 * rewrite) become one rewritten piece; source left out (deleted text) becomes a piece of no
 * length; neighbouring copied pieces are joined.
 */
function normalizePieces(pieces: readonly Piece[], total: number, textLength: number): Piece[] {
  const out: Piece[] = [];
  const end = (p: Piece) => p.from + p.sourceLength;
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const reached = prev ? end(prev) : 0;
    if (prev && p.from < reached) {
      const from = Math.min(prev.from, p.from);
      out[out.length - 1] = { at: prev.at, length: p.at + p.length - prev.at, from, sourceLength: Math.max(reached, end(p)) - from, copied: false };
      continue;
    }
    if (p.from > reached) out.push({ at: p.at, length: 0, from: reached, sourceLength: p.from - reached, copied: false });
    const before = out[out.length - 1];
    if (before?.copied && p.copied && before.at + before.length === p.at && end(before) === p.from) {
      out[out.length - 1] = { ...before, length: before.length + p.length, sourceLength: before.sourceLength + p.sourceLength };
    } else if (p.length > 0 || p.sourceLength > 0) out.push({ ...p });
  }
  const reached = out.length ? end(out[out.length - 1] as Piece) : 0;
  if (reached < total) out.push({ at: textLength, length: 0, from: reached, sourceLength: total - reached, copied: false });
  return out;
}

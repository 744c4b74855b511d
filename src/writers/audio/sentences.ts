/**
 * Sentence splitting for narration. Engines split after "Dr." and initials and pause
 * there; Lectern splits itself, at sentence ends that are not abbreviations.
 * Example: `'Dr. Okafor met Robert T. Jones. They agreed.'` → two sentences.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr', 'inc', 'ltd',
  'co', 'corp', 'vs', 'etc', 'no', 'vol', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'e.u', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
]);

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in the input string. */
  offset: number;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // (An ellipsis ends a phrase even before a small letter, `walking away… you can pause`: read straight on, it
  // is as short as a comma; a sentence's pause and fall say the trailing off.)
  const boundary = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])|(…|\.\.\.)(\s+)(?=\p{Ll})/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + (m[1] ?? m[4] ?? '').length + (m[2]?.length ?? 0);
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "T." (an initial) and known abbreviations do not end a sentence.
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    spans.push({ text: text.slice(start, end), offset: start });
    start = end + (m[3] ?? m[5] ?? '').length;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ text: text.slice(start).trimEnd(), offset: start });
  return spans.filter((s) => s.text.trim()).flatMap(cutLongSentence);
}

/**
 * Longer than any sentence a person writes: a paragraph with no full stop (a list pasted as one
 * line, 100 kB of text). One synthesis call holds the whole sentence's audio in memory, so such
 * a "sentence" is cut into pieces of at most this many characters before it reaches an engine.
 */
export const MAX_SENTENCE_CHARS = 600;

/** Cuts at the last clause boundary (`,` `;` `:` `—`) in the window, else at the last space, else anywhere. */
function cutLongSentence(span: SentenceSpan): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let { text, offset } = span;
  while (text.length > MAX_SENTENCE_CHARS) {
    const window = text.slice(0, MAX_SENTENCE_CHARS);
    const clause = Math.max(...[...window.matchAll(/[,;:—–](?=\s)/gu)].map((m) => m.index + 1), -1);
    const space = window.lastIndexOf(' ');
    const cut = clause > MAX_SENTENCE_CHARS / 3 ? clause : space > MAX_SENTENCE_CHARS / 3 ? space : MAX_SENTENCE_CHARS;
    pieces.push({ text: text.slice(0, cut).trimEnd(), offset });
    const rest = text.slice(cut);
    const skipped = rest.length - rest.trimStart().length;
    offset += cut + skipped;
    text = rest.trimStart();
  }
  if (text) pieces.push({ text, offset });
  return pieces;
}

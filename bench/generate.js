// Deterministic book-length inputs for the benchmarks: a saved news page and a Markdown book.
const WORDS = (
  'the council said engineers warned that tidal scour around the northern pier could be twice as severe as ' +
  'the original survey assumed while members of the infrastructure committee wanted an independent review before ' +
  'they were asked to commit money to a structure whose foundations were still being argued about in public'
).split(' ');

/** A seeded generator, so every run measures the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next) {
  const length = 8 + Math.floor(next() * 18);
  const words = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next) {
  const count = 2 + Math.floor(next() * 4);
  return Array.from({ length: count }, () => sentence(next)).join(' ');
}

function countWords(text) {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** A saved news page of at least `words` words, with subheadings every dozen paragraphs. */
export function newsText(words) {
  const next = random(1);
  const parts = ['Cities', 'Port council delays vote on harbour bridge', 'A long report on the bridge and the council', 'Construction barges beside the pier © Alamy', 'Priya Ramanathan in Eastwick 3 HOURS AGO'];
  let total = countWords(parts.join(' '));
  for (let i = 0; total < words; i++) {
    if (i % 12 === 11) parts.push(`Part ${Math.floor(i / 12) + 1} of the story`);
    const p = paragraph(next);
    parts.push(p);
    total += countWords(p);
  }
  parts.push('---', '© The Eastwick Courier Ltd 2025. All rights reserved.', '---');
  return `${parts.join('\n\n')}\n`;
}

/** A Markdown book of at least `words` words: chapters (##) with sections (###). */
export function markdownBook(words) {
  const next = random(2);
  const parts = ['---', 'title: The harbour bridge, a long history', 'author: Priya Ramanathan', 'date: 2025-11-03', 'language: en-GB', '---', ''];
  let total = 0;
  for (let i = 0; total < words; i++) {
    if (i % 40 === 0) parts.push(`## Chapter ${i / 40 + 1}`, '');
    else if (i % 10 === 0) parts.push(`### Section ${i / 10}`, '');
    const p = paragraph(next);
    parts.push(p, '');
    total += countWords(p);
  }
  return parts.join('\n');
}

export { countWords };

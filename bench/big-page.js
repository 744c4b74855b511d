// node bench/big-page.js [MEGABYTES] [DIR] > big.txt: one news page of MEGABYTES (default 60) made
// from the corpus pages, to measure the news-text reader's time and memory on a page far larger
// than any site serves (README's security section gives the figures).
//
// The page is a real page's header (the first corpus page up to its story), then a story that
// never ends: the paragraphs of every corpus page (lines of 120 characters or more), each set
// apart by a blank line as sites copy them, with the corpus's short lines (labels, buttons,
// captions, subheadings) between them as a page's furniture stands between paragraphs, then the
// first page's footer. Each pass over the corpus varies its copies (a seeded shuffle of the pages,
// and each paragraph's sentences rotated), so the text does not repeat itself verbatim.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** A seeded generator, so every run builds the same page. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled(items, next) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The paragraph's sentences from the `turn`-th one on, then the ones before it. */
function rotateSentences(paragraph, turn) {
  const sentences = paragraph.match(/[^.!?]+[.!?]+["”’»]?\s*|[^.!?]+$/gu) ?? [paragraph];
  if (sentences.length < 2) return paragraph;
  const k = turn % sentences.length;
  return [...sentences.slice(k), ...sentences.slice(0, k)].map((s) => s.trim()).join(' ');
}

export function bigPage(megabytes = 60, dir = join(root, 'test', 'corpus')) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const pages = files.map((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  const frame = pages[0];
  const storyAt = frame.findIndex((l) => l.length >= 120);
  const header = frame.slice(0, storyAt);
  const footer = frame.slice(frame.length - 20);
  const target = megabytes * 1_000_000;
  const next = random(9);
  const out = [...header];
  let size = out.join('\n').length;
  for (let pass = 0; size < target; pass++) {
    for (const page of shuffled(pages, next)) {
      for (const line of page) {
        const text = line.trim();
        if (text === '') continue;
        const piece = text.length >= 120 ? `${rotateSentences(text, pass)}\n` : next() < 0.1 ? text : undefined;
        if (piece === undefined) continue;
        out.push(piece);
        size += piece.length + 1;
      }
      if (size >= target) break;
    }
  }
  return [...out, ...footer].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [megabytes, dir] = process.argv.slice(2);
  process.stdout.write(bigPage(megabytes ? Number(megabytes) : 60, dir));
}

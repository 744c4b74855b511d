// node bench/read-along.js [--modules DIR] [--rate 2] BOOK.read-along.epub …: plays read-along EPUBs
// (`lectern export … --format epub-audio`) in a reading system's engine: foliate-js (the engine of
// the Foliate reader, a pinned devDependency), in Debian's Chromium. For each book it opens the EPUB
// with foliate-js's `makeBook`, starts its media overlay player at the first document with an
// overlay, lets it play the audio to the end of the book (at `--rate`, default 2: faster rates make
// the player skip short sentences between two `timeupdate` events) and compares the sentences it
// highlighted with every `par` of every overlay, in book order (./foliate-player.js, which the test
// suite runs on one book too). It prints one line per book and exits 1 if any differs or the player
// or the page reported an error. `--modules` is the node_modules folder that holds foliate-js
// (default: the project's).
//   node bench/read-along.js output/*.read-along.epub
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { playInFoliate } from './foliate-player.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const modules = option('--modules', 'node_modules');
const rate = Number(option('--rate', '2'));
if (args.length === 0) {
  process.stderr.write('usage: node bench/read-along.js [--modules DIR] [--rate 2] BOOK.epub …\n');
  process.exit(2);
}
const foliate = join(modules, 'foliate-js');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
let failed = false;
try {
  for (const epub of args) {
    const result = await playInFoliate(browser, readFileSync(epub), foliate, rate);
    const { expected, events } = result;
    const same = JSON.stringify(result.highlighted) === JSON.stringify(expected);
    const ok = same && result.errors.length === 0 && events.length === 0;
    failed ||= !ok;
    process.stdout.write(
      `${ok ? 'ok  ' : 'FAIL'} ${epub}: ${result.overlays.length} overlays, ${result.highlighted.length}/${expected.length} sentences highlighted in order${same ? '' : ' (differs)'}, media:duration ${result.media.duration} s, narrator ${result.media.narrator}${result.errors.length ? `, player errors: ${result.errors.join('; ')}` : ''}${events.length ? `, page: ${events.join('; ')}` : ''}\n`,
    );
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

// node bench/read-along.js --modules DIR [--rate 2] BOOK.read-along.epub …: plays read-along EPUBs
// (`lectern export … --format epub-audio`) in a reading system's engine: foliate-js (the engine of
// the Foliate reader), in Debian's Chromium. For each book it opens the EPUB with foliate-js's
// `makeBook`, starts its media overlay player at the first document with an overlay, lets it play
// the audio to the end of the book (at `--rate`, default 2: faster rates make the player skip short
// sentences between two `timeupdate` events) and compares the sentences it highlighted with every
// `par` of every overlay, in book order. It prints one line per book and exits 1 if any differs or
// the player or the page reported an error. foliate-js is not a dependency of Lectern; install it anywhere:
//   mkdir /tmp/foliate && cd /tmp/foliate && npm install --no-save --ignore-scripts foliate-js@1.0.1
//   node bench/read-along.js --modules /tmp/foliate/node_modules output/*.read-along.epub
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const modules = option('--modules');
const rate = Number(option('--rate', '2'));
if (!modules || args.length === 0) {
  process.stderr.write('usage: node bench/read-along.js --modules DIR [--rate 2] BOOK.epub …\n');
  process.exit(2);
}
const foliate = join(modules, 'foliate-js');

/** The `text` targets of every overlay, in spine order, as foliate-js names them (`OEBPS/file.xhtml#id`). */
function expectedPars(epub, overlays) {
  const out = [];
  for (const smil of overlays) {
    const text = execFileSync('unzip', ['-p', epub, smil]).toString();
    const dir = smil.includes('/') ? smil.slice(0, smil.lastIndexOf('/') + 1) : '';
    for (const m of text.matchAll(/<text src="([^"]+)"/g)) out.push(`${dir}${m[1]}`);
  }
  return out;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
});
let failed = false;
try {
  for (const epub of args) {
    const page = await browser.newPage();
    const events = [];
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') events.push(`console ${m.type()}: ${m.text()}`);
    });
    // Everything from memory: the page, the book and foliate-js's modules; nothing else is fetched.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>read along</title>' });
      if (url.pathname === '/book.epub') return route.fulfill({ contentType: 'application/epub+zip', body: readFileSync(epub) });
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(foliate, url.pathname)) });
    });
    await page.goto('http://foliate.test/');
    const result = await page.evaluate(async (rate) => {
      const { makeBook } = await import('/view.js');
      const blob = await (await fetch('/book.epub')).blob();
      const book = await makeBook(new File([blob], 'book.epub'));
      const overlays = book.sections.filter((s) => s.mediaOverlay).map((s) => s.mediaOverlay.href);
      const player = book.getMediaOverlay();
      player.setRate(rate);
      const highlighted = [];
      const errors = [];
      player.addEventListener('highlight', (e) => {
        if (e.detail?.text && highlighted.at(-1) !== e.detail.text) highlighted.push(e.detail.text);
      });
      player.addEventListener('error', (e) => errors.push(String(e.detail)));
      // Played to the end of the book: the last overlay's audio ends and nothing follows.
      const seconds = (book.media.duration ?? 0) / rate + 30;
      await player.start(book.sections.findIndex((s) => s.mediaOverlay));
      const lastSmil = await book.loadText(overlays.at(-1));
      const lastSrc = [...lastSmil.matchAll(/<text src="([^"]+)"/g)].pop()?.[1] ?? '';
      const dir = overlays.at(-1).slice(0, overlays.at(-1).lastIndexOf('/') + 1);
      const last = `${dir}${lastSrc}`;
      const started = performance.now();
      while (highlighted.at(-1) !== last && performance.now() - started < seconds * 1000 && errors.length === 0) await new Promise((r) => setTimeout(r, 100));
      player.stop();
      return { media: book.media, overlays, highlighted, errors };
    }, rate);
    const expected = expectedPars(epub, result.overlays);
    const same = JSON.stringify(result.highlighted) === JSON.stringify(expected);
    const ok = same && result.errors.length === 0 && events.length === 0;
    failed ||= !ok;
    process.stdout.write(
      `${ok ? 'ok  ' : 'FAIL'} ${epub}: ${result.overlays.length} overlays, ${result.highlighted.length}/${expected.length} sentences highlighted in order${same ? '' : ' (differs)'}, media:duration ${result.media.duration} s, narrator ${result.media.narrator}${result.errors.length ? `, player errors: ${result.errors.join('; ')}` : ''}${events.length ? `, page: ${events.join('; ')}` : ''}\n`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

// Plays a read-along EPUB (`lectern export … --format epub-audio`) in foliate-js, the engine of the
// Foliate reader, in a Chromium page: opens it with foliate-js's `makeBook`, starts its media
// overlay player at the first document with an overlay (from a click, so no autoplay policy is in
// the way), lets it play to the end of the book at `rate` and lists the sentences it highlighted
// next to every `par` of every overlay, in book order. Used by bench/read-along.js and by
// test/writers/epub-audio-foliate.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `<!doctype html><title>read along</title><button id="start">start</button>
<script type="module">import { makeBook } from '/view.js'; window.makeBook = makeBook;</script>`;

/**
 * A Chromium page with foliate-js and `epub` served from memory (nothing else is fetched), on which
 * `run(page)` runs; page errors, console errors and warnings and requests that left the page are
 * listed in `events`.
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {Uint8Array} epub
 * @param {string} foliate
 * @param {(page: import('playwright-core').Page) => Promise<T>} run
 * @returns {Promise<T & { events: string[] }>}
 */
async function inFoliate(browser, epub, foliate, run) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const events = [];
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') events.push(`console ${m.type()}: ${m.text()}`);
    });
    // Everything from memory: the page, the book and foliate-js's modules; nothing else is fetched.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== 'foliate.test') {
        events.push(`request: ${url.href}`);
        return route.abort();
      }
      // foliate-js is loaded by the page's own module script: a dynamic import() inside page.evaluate would be rewritten by a bundler that imports this file (vitest).
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (url.pathname === '/book.epub') return route.fulfill({ contentType: 'application/epub+zip', body: Buffer.from(epub) });
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(foliate, url.pathname)) });
    });
    await page.goto('http://foliate.test/');
    const result = await run(page);
    return { ...result, events };
  } finally {
    await context.close();
  }
}

/**
 * Opens an EPUB in foliate-js and loads every document of its spine, as a reading system does
 * when it pages through the book: the spine's documents with the length of their text, and the
 * table of contents as foliate-js reads it (labels, nested).
 * @param {import('playwright-core').Browser} browser
 * @param {Uint8Array} epub
 * @param {string} foliate
 */
export function openInFoliate(browser, epub, foliate) {
  return inFoliate(browser, epub, foliate, (page) =>
    page.evaluate(async () => {
      while (!window.makeBook) await new Promise((r) => setTimeout(r, 20));
      const blob = await (await fetch('/book.epub')).blob();
      const book = await window.makeBook(new File([blob], 'book.epub'));
      const documents = [];
      for (const section of book.sections) {
        const doc = new DOMParser().parseFromString(await book.loadText(section.id), 'application/xhtml+xml');
        documents.push({ id: section.id, linear: section.linear !== 'no', parseError: !!doc.querySelector('parsererror'), textLength: (doc.body?.textContent ?? '').trim().length });
      }
      const labels = (items) => (items ?? []).map((i) => ({ label: i.label, subitems: labels(i.subitems) }));
      return { title: book.metadata?.title, language: book.metadata?.language, documents, toc: labels(book.toc) };
    }),
  );
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {Uint8Array} epub the book's bytes
 * @param {string} foliate the folder of the foliate-js package
 * @param {number} rate playback rate (2: faster rates make the player skip short sentences between two `timeupdate` events)
 * @returns {Promise<{ overlays: string[]; expected: string[]; highlighted: string[]; errors: string[]; events: string[]; media: { duration?: number; narrator?: unknown } }>}
 */
export async function playInFoliate(browser, epub, foliate, rate) {
  return inFoliate(browser, epub, foliate, async (page) => {
    await page.evaluate((rate) => {
        const started = new Promise((resolve) => document.getElementById('start').addEventListener('click', resolve, { once: true }));
        window.readAlong = (async () => {
          while (!window.makeBook) await new Promise((r) => setTimeout(r, 20));
          const { makeBook } = window;
          const blob = await (await fetch('/book.epub')).blob();
          const book = await makeBook(new File([blob], 'book.epub'));
          const overlays = book.sections.filter((s) => s.mediaOverlay).map((s) => s.mediaOverlay.href);
          // Every overlay's `text` targets, as foliate-js names them (`OEBPS/file.xhtml#id`).
          const expected = [];
          for (const href of overlays) {
            const dir = href.slice(0, href.lastIndexOf('/') + 1);
            for (const m of (await book.loadText(href)).matchAll(/<text src="([^"]+)"/g)) expected.push(`${dir}${m[1]}`);
          }
          const player = book.getMediaOverlay();
          player.setRate(rate);
          const highlighted = [];
          const errors = [];
          player.addEventListener('highlight', (e) => {
            if (e.detail?.text && highlighted.at(-1) !== e.detail.text) highlighted.push(e.detail.text);
          });
          player.addEventListener('error', (e) => errors.push(String(e.detail)));
          await started;
          // Played to the end of the book: the last overlay's last sentence is highlighted.
          const seconds = (book.media.duration ?? 0) / rate + 30;
          await player.start(book.sections.findIndex((s) => s.mediaOverlay));
          const last = expected.at(-1);
          const since = performance.now();
          while (highlighted.at(-1) !== last && performance.now() - since < seconds * 1000 && errors.length === 0) await new Promise((r) => setTimeout(r, 100));
          player.stop();
          return { media: book.media, overlays, expected, highlighted, errors };
        })();
    }, rate);
    await page.click('#start');
    return page.evaluate(() => window.readAlong);
  });
}

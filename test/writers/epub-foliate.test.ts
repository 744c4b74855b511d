/**
 * Every fixture's EPUB in a reading system's engine: foliate-js (the engine of the Foliate reader,
 * a pinned devDependency) in the shared Chromium, everything served from memory. It opens each
 * book, loads every document of the spine as XHTML and reads the table of contents, with no page
 * error, no console error and no request leaving the page; the contents it reads are the chunk
 * plan's.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { expect, it } from 'vitest';
import { type FoliateTocItem, openInFoliate } from '../../bench/foliate-player.js';
import { planChunks } from '../../src/tree/chunks.js';
import { renderEpub } from '../../src/writers/epub/index.js';
import { connectBrowser } from '../browser.js';
import { FIXTURES, loadFixture } from '../helpers.js';

const FOLIATE = dirname(createRequire(import.meta.url).resolve('foliate-js/view.js'));
const NAMES = readdirSync(FIXTURES)
  .filter((f) => /\.(?:txt|md|html)$/.test(f))
  .sort();

const flatten = (items: FoliateTocItem[]): string[] => items.flatMap((i) => [i.label.trim(), ...flatten(i.subitems)]);

it.each(NAMES)('%s: opens in foliate-js, every document loads, the contents are the chunk plan’s', async (name) => {
  const { article, assets } = await loadFixture(name);
  const epub = await renderEpub(article, { assets });
  const opened = await openInFoliate(await connectBrowser(), epub, FOLIATE);
  expect(opened.events).toEqual([]);
  expect(opened.language).toBe(article.lang);
  expect(opened.documents.length).toBeGreaterThan(1);
  expect(opened.documents.filter((d) => d.parseError).map((d) => d.id)).toEqual([]);
  // Every document but the cover shows text.
  expect(opened.documents.filter((d) => d.textLength === 0 && !/cover/.test(d.id)).map((d) => d.id)).toEqual([]);
  expect(flatten(opened.toc)).toEqual(planChunks(article).contents.map((e) => e.title));
});

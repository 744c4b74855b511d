/**
 * Random and hostile input through both readers and the HTML and EPUB writers: no exception but
 * a LecternError, every XHTML document well-formed, nothing executable in the HTML page, and
 * (for a sample, in the suite's Chromium) nothing run, fetched or navigated when the page loads. The
 * seed is printed by fast-check on a failure; `FUZZ_RUNS=10000 npx vitest run test/fuzz.test.ts`
 * runs the long version.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../src/errors.js';
import { parseArticle } from '../src/pipeline.js';
import { planChunks } from '../src/tree/chunks.js';
import { planBook } from '../src/writers/epub/book.js';
import { ncxDocument, packageDocument } from '../src/writers/epub/package.js';
import { accessibilityMetadata } from '../src/writers/epub/accessibility.js';
import { renderHtmlPage } from '../src/writers/html/index.js';
import { watchedPage } from './browser.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const pieces = fc.constantFrom(
  '# ', '## ', '> ', '- ', '1. ', '\n', '\n\n', '```\n', '|a|b|\n|-|-|\n|1|2|\n', '[^1]', '[^1]: note\n', '[^a"><b]', '[^a"><b]: x\n',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<meta http-equiv="refresh" content="0">',
  '<svg onload=alert(1)>', '<iframe src=x>', '[x](javascript:alert(1))', '![a](data:image/svg+xml,%3Cscript%3E)', '&#0;', '&amp;', '\u0000', '\u001b[31m',
  '\f', '\uFFFE', '\uD800', '<!--', ']]>', '<![CDATA[', 'Share', 'By Jane Doe in Paris', 'Photograph: A/B', '3 HOURS AGO', 'a\tb\tc\n', '"\'<>&',
  '<!doctype html><html><body><article><h1>', '</h1>', '<p>', '</p>', '<figure><img src="../../x.png" alt="a"><figcaption>', '<base href="https://x/">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '<h2>', '<table><tr><th>a</th></tr><tr><td>', '<ul><li>', '<time datetime="2025-11-03">',
);
const hostile = fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 30 }).map((parts) => parts.join(''));
const COVER = { mediaType: 'image/png' as const, extension: '.png' as const, data: new Uint8Array([137, 80, 78, 71]), alt: 'cover' };

function wellFormed(xml: string, name: string): void {
  const errors: string[] = [];
  new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, 'application/xhtml+xml');
  expect(errors, name).toEqual([]);
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml), `${name}: a character XML forbids`).toBe(false);
}

function nothingExecutable(html: string): void {
  const doc = parseDocument(html);
  const walk = (nodes: { type: string; name?: string; attribs?: Record<string, string>; children?: unknown[] }[]): void => {
    for (const node of nodes) {
      if (node.type === 'script') expect(node.attribs?.type).toBe('application/ld+json');
      if (node.name === 'meta') expect(node.attribs?.['http-equiv']?.toLowerCase() ?? '').not.toBe('refresh');
      for (const [attribute, value] of Object.entries(node.attribs ?? {})) {
        expect(attribute.startsWith('on'), attribute).toBe(false);
        expect(/^\s*javascript:/i.test(value), `${attribute}=${value}`).toBe(false);
      }
      if (node.name === 'iframe' || node.name === 'object' || node.name === 'embed') throw new Error(`<${node.name}> in the page`);
      walk((node.children ?? []) as typeof nodes);
    }
  };
  walk(doc.children as unknown as Parameters<typeof walk>[0]);
}

/** The article read from fuzzed text, or `undefined` when the reader refuses it with a LecternError (anything else is a bug). */
function readOrRefuse(text: string, from: string): ReturnType<typeof parseArticle>['article'] | undefined {
  try {
    return parseArticle(text, { from, file: 'fuzz.txt' }).article;
  } catch (error) {
    if (error instanceof LecternError) return undefined;
    throw error;
  }
}

function check(text: string, from: string): void {
  const article = readOrRefuse(text, from);
  if (!article) return;
  const assets = new Map();
  nothingExecutable(renderHtmlPage(article, { assets }));
  const plan = planBook(article, planChunks(article), assets, COVER);
  for (const doc of plan.documents) wellFormed(doc.xhtml, doc.file);
  wellFormed(packageDocument(article, plan, accessibilityMetadata(article, assets), '2025-11-03T00:00:00Z'), 'content.opf');
  wellFormed(ncxDocument(article, plan), 'toc.ncx');
}

describe('fuzzed input through readers and writers', () => {
  for (const from of ['news-text', 'markdown', 'html']) {
    it(`${from}: hostile fragments`, () => {
      fc.assert(fc.property(hostile, (text) => check(text, from)), { numRuns: RUNS, seed: 20251125 });
    });
  }
});

describe('fuzzed pages in Chromium', () => {
  it('load with nothing run, fetched or navigated to', async () => {
    const { page, events, close } = await watchedPage();
    let rendered = 0;
    try {
      for (const [i, text] of fc.sample(hostile, { numRuns: Number(process.env.FUZZ_BROWSER_RUNS ?? 40), seed: 20251126 }).entries()) {
        for (const from of ['news-text', 'markdown', 'html']) {
          const article = readOrRefuse(text, from);
          if (!article) continue;
          await page.setContent(renderHtmlPage(article, { assets: new Map() }), { waitUntil: 'load' });
          // A meta refresh or a script would act on load; give them a turn of the event loop.
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
          expect(events, `sample ${i} (${from}): ${JSON.stringify(text)}`).toEqual([]);
          expect(page.url(), `sample ${i} (${from})`).toBe('about:blank');
          rendered++;
        }
      }
    } finally {
      await close();
    }
    expect(rendered).toBeGreaterThan(40);
  });
});

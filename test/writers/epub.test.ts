/** The EPUB, judged by EPUBCheck, Ace by DAISY and axe-core, and read back from the zip. */
import { spawnSync } from 'node:child_process';
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outline } from '../../src/tree/outline.js';
import { inlineText } from '../../src/tree/text.js';
import type { Article } from '../../src/tree/types.js';
import { renderEpub } from '../../src/writers/epub/index.js';
import { openEpubDocument, runAxe, withPage } from '../browser.js';
import { ARTICLE_FIXTURES, BIN, FIXTURE_DATE, ROOT, articleText, fixturePath, loadFixture, missingWords, pngSize, unzip } from '../helpers.js';
import { ace, epubcheck } from '../validators.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-epub-'));
interface Book {
  article: Article;
  path: string;
  files: Map<string, Uint8Array>;
  text: (name: string) => string;
}
const books = new Map<string, Book>();

beforeAll(async () => {
  for (const name of ARTICLE_FIXTURES) {
    const { article, assets } = await loadFixture(name);
    const bytes = await renderEpub(article, { assets });
    const path = join(dir, `${article.id}.epub`);
    writeFileSync(path, bytes);
    const files = await unzip(bytes);
    books.set(name, { article, path, files, text: (n) => Buffer.from(files.get(n) ?? new Uint8Array()).toString('utf8') });
  }
});

function book(name: string): Book {
  const b = books.get(name);
  if (!b) throw new Error(`no book for ${name}`);
  return b;
}

function decodeXml(text: string): string {
  return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The package document, parsed. */
function opf(b: Book): Document {
  return new DOMParser().parseFromString(b.text('OEBPS/content.opf'), 'application/xml') as unknown as Document;
}

/** Where a landmark of the nav points. */
function landmark(b: Book, type: string): string | undefined {
  const nav = b.text('OEBPS/toc.xhtml');
  return new RegExp(`<a epub:type="${type}" href="([^"]+)"`).exec(nav.slice(nav.indexOf('epub:type="landmarks"')))?.[1];
}

const xhtmlDocs = (b: Book) => [...b.files.keys()].filter((n) => n.endsWith('.xhtml')).sort();

describe('EPUB validators', () => {
  for (const name of ARTICLE_FIXTURES) {
    describe(name, () => {
      it('passes EPUBCheck with no errors and no warnings', async () => {
        const messages = await epubcheck(book(name).path);
        expect(messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))).toEqual([]);
      });

      it('passes Ace by DAISY with no violations', async () => {
        const report = await ace(book(name).path);
        expect(report.violations).toEqual([]);
        expect(report.outcome).toBe('pass');
      });

      it('passes axe-core (WCAG 2.2 AA and best practice) on every XHTML document, light and dark', async () => {
        const b = book(name);
        for (const doc of xhtmlDocs(b)) {
          for (const colorScheme of ['light', 'dark'] as const) {
            await withPage(openEpubDocument(b.files, doc, { colorScheme }), async (open) => {
              expect({ doc, colorScheme, violations: await runAxe(open.page) }).toEqual({ doc, colorScheme, violations: [] });
              expect(open.events).toEqual([]);
            });
          }
        }
      });
    });
  }
});

describe('EPUB read back', () => {
  for (const name of ARTICLE_FIXTURES) {
    describe(name, () => {
      it('has package metadata from the tree', () => {
        const { article, text } = book(name);
        const opf = text('OEBPS/content.opf');
        expect(opf).toContain(`xml:lang="${article.lang}"`);
        expect(opf).toContain(`<dc:language>${article.lang}</dc:language>`);
        expect(opf).toMatch(/<dc:identifier id="uid">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
        expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta>/);
        const creators = [...opf.matchAll(/<dc:creator[^>]*>([^<]*)<\/dc:creator>/g)].map((m) => decodeXml(m[1] ?? ''));
        expect(creators).toEqual(article.byline?.authors.map((a) => a.name) ?? []);
        if (article.standfirst) expect(decodeXml(opf)).toContain(`<dc:description>${inlineText(article.standfirst)}</dc:description>`);
        else expect(opf).not.toContain('<dc:description');
        expect(opf).toContain('<meta property="schema:accessibilityHazard">none</meta>');
        expect(opf).toContain('<meta property="schema:accessMode">textual</meta>');
        expect(opf).toMatch(/<item id="cover-image" href="images\/cover.png" media-type="image\/png" properties="cover-image"\/>/);
      });

      it('has a toc that matches outline(), with the tree ids as targets, and landmarks', () => {
        const { article, text } = book(name);
        const nav = text('OEBPS/toc.xhtml');
        expect(nav).toContain('epub:type="toc" id="toc" role="doc-toc"');
        const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('</nav>'));
        const entries = [...toc.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1], title: decodeXml(m[2] ?? '') }));
        expect(entries.map((e) => e.title)).toEqual(outline(article).map((e) => e.title));
        expect(entries.map((e) => e.href?.split('#')[1])).toEqual(outline(article).map((e) => e.id));
        for (const entry of entries) {
          const [file, id] = (entry.href ?? '').split('#');
          expect(text(`OEBPS/${file}`)).toContain(`id="${id}"`);
        }
        const ncx = text('OEBPS/toc.ncx');
        expect([...ncx.matchAll(/<text>([^<]*)<\/text><\/navLabel><content src="([^"]+)"/g)].map((m) => m[2])).toEqual(entries.map((e) => e.href));
        expect(nav).toMatch(/epub:type="landmarks"[\s\S]*epub:type="cover"[\s\S]*epub:type="titlepage"[\s\S]*epub:type="bodymatter"/);
      });

      it('declares the cover the EPUB 2 way too: meta name="cover" names the cover-image item, the guide lands on the cover page and the start of the text', () => {
        const b = book(name);
        const doc = opf(b);
        const covers = Array.from(doc.getElementsByTagName('meta')).filter((m) => m.getAttribute('name') === 'cover');
        expect(covers).toHaveLength(1);
        const id = covers[0]?.getAttribute('content');
        const items = Array.from(doc.getElementsByTagName('item')).filter((i) => i.getAttribute('id') === id);
        expect(items).toHaveLength(1);
        const item = items[0] as Element;
        expect(item.getAttribute('media-type')).toMatch(/^image\//);
        expect((item.getAttribute('properties') ?? '').split(/\s+/)).toContain('cover-image');
        const image = `OEBPS/${item.getAttribute('href')}`;
        expect(b.files.has(image)).toBe(true);

        const guides = doc.getElementsByTagName('guide');
        expect(guides).toHaveLength(1);
        const references = Array.from(guides[0]?.getElementsByTagName('reference') ?? []).map((r) => ({ type: r.getAttribute('type'), href: r.getAttribute('href') ?? '' }));
        expect(references.map((r) => r.type)).toEqual(['cover', 'text']);
        const manifest = new Set(Array.from(doc.getElementsByTagName('item')).map((i) => i.getAttribute('href')));
        for (const { href } of references) {
          const [file, fragment] = href.split('#');
          expect(b.files.has(`OEBPS/${file}`), href).toBe(true);
          expect(manifest.has(file ?? ''), href).toBe(true);
          if (fragment) expect(b.text(`OEBPS/${file}`)).toContain(`id="${fragment}"`);
        }
        // The cover page shows the cover image; both references agree with the nav's landmarks.
        const [cover, text] = references.map((r) => r.href);
        expect(b.text(`OEBPS/${cover}`)).toContain(`<img src="${item.getAttribute('href')}"`);
        expect(cover).toBe(landmark(b, 'cover'));
        expect(text).toBe(landmark(b, 'bodymatter'));
      });

      it('has a 1600×2560 cover PNG, by its own header', () => {
        const png = book(name).files.get('OEBPS/images/cover.png');
        expect(png && pngSize(png)).toEqual({ width: 1600, height: 2560 });
      });

      it('declares the language on every document', () => {
        const b = book(name);
        for (const doc of xhtmlDocs(b)) {
          expect(b.text(doc)).toContain(`lang="${b.article.lang}" xml:lang="${b.article.lang}"`);
        }
      });

      it('carries every word of the tree', () => {
        const b = book(name);
        const all = xhtmlDocs(b)
          .filter((d) => !d.endsWith('toc.xhtml') && !d.endsWith('cover.xhtml'))
          .map((d) => b.text(d).replace(/<img [^>]*alt="([^"]*)"[^>]*>/g, ' $1 ').replace(/<[^>]+>/g, ' '))
          .map(decodeXml)
          .join('\n');
        expect(missingWords(articleText(b.article), all)).toEqual([]);
      });
    });
  }

  it('keeps alt text exactly, and alt="" for decorative images', () => {
    const b = book('blog-accessible-maps.md');
    const alts = xhtmlDocs(b).flatMap((d) => [...b.text(d).matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(alts).toEqual(
      expect.arrayContaining([
        ['images/figure-1.png', 'Schematic map of the tram network with five coloured lines'],
        ['images/figure-2.png', ''],
      ]),
    );
    expect(xhtmlDocs(b).some((d) => b.text(d).includes('image-placeholder'))).toBe(false);
    expect(b.files.get('OEBPS/images/figure-1.png')).toEqual(new Uint8Array(readFileSync(fixturePath('network-map.png'))));
    const opf = b.text('OEBPS/content.opf');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">alternativeText</meta>');
    expect(opf).toContain('<meta property="schema:accessMode">visual</meta>');
  });

  it('keeps table headers with scope, and footnotes as noteref/footnote', () => {
    const b = book('night-trains.md');
    const chapter = b.text('OEBPS/the-cost-problem.xhtml');
    expect(chapter).toContain('<th scope="col">Route</th>');
    expect(chapter).toContain('<th scope="row">Vienna – Brussels</th>');
    const notes = b.text('OEBPS/what-comes-next.xhtml');
    expect(notes).toMatch(/<a href="#fn-1" id="fn-1--ref" role="doc-noteref" epub:type="noteref"/);
    expect(notes).toMatch(/<aside id="fn-1" epub:type="footnote" role="doc-footnote" aria-label="Note 1">/);
    expect(b.text('OEBPS/title-page.xhtml')).toContain('<time datetime="2025-03-14">14 March 2025</time>');
  });

  it('marks a pull quote as such', () => {
    const chapter = book('guardian-heatwave.txt').text('OEBPS/hospitals-on-alert.xhtml');
    expect(chapter).toContain('<aside class="pull-quote" role="doc-pullquote" epub:type="pullquote" aria-hidden="true"><p>“The houses never cool down at night”</p></aside>');
  });

  it('has no image other than the cover, and claims no visual mode, when the article has none', () => {
    const opf = book('harbour-bridge.txt').text('OEBPS/content.opf');
    expect(opf).not.toContain('schema:accessMode">visual');
    expect(opf).not.toContain('alternativeText');
  });

  it('carries nothing from hostile input that could run', () => {
    const b = book('hostile.md');
    for (const doc of xhtmlDocs(b)) {
      const markup = b.text(doc).replace(/"[^"]*"/g, '""');
      expect(markup).not.toMatch(/<script|<iframe|<object|<embed|<style|<[^>]*\son\w+\s*=/i);
      expect(b.text(doc)).not.toMatch(/(href|src)="(javascript|data|vbscript):/i);
    }
    expect([...b.files.keys()].filter((n) => n.startsWith('OEBPS/images/'))).toEqual(['OEBPS/images/cover.png']);
  });

  it('says nothing, at EPUBCheck usage level too, about the package document with its EPUB 2 cover meta and guide', async () => {
    const messages = await epubcheck(book('night-trains.md').path, { usage: true });
    expect(messages.filter((m) => m.locations.some((l) => l.path.endsWith('content.opf')))).toEqual([]);
  });

  it('is byte-identical across runs and time zones', () => {
    const out = (tz: string) => {
      const outDir = mkdtempSync(join(tmpdir(), 'lectern-det-'));
      const result = spawnSync(process.execPath, [BIN, 'export', fixturePath('night-trains.md'), '--format', 'epub', '--out', outDir, '--date', FIXTURE_DATE], { cwd: ROOT, env: { ...process.env, TZ: tz } });
      expect(result.status).toBe(0);
      return readFileSync(join(outDir, 'the-quiet-return-of-the-night-train.epub'));
    };
    const a = out('UTC');
    expect(out('Asia/Tokyo').equals(a)).toBe(true);
    expect(out('America/Los_Angeles').equals(a)).toBe(true);
  });
});

/**
 * One chunk plan, three outputs: for every fixture, the EPUB's documents, nav and NCX, the HTML
 * page's table of contents and the audio chapters are the plan's (tree/chunks.ts), and so agree
 * with each other in order, ids and titles. The audio chapters are the narration script's: the
 * audio writer's MP3, M4B, WebVTT and JSON chapters are made from them one for one (no synthesis
 * needed to know them). Beyond the fixtures: an article that is all headline, and two trees no
 * reader makes (no sections; a depth jump), whose nav the plan keeps valid and EPUBCheck judges.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { type ChunkPlan, planChunks } from '../../src/tree/chunks.js';
import type { Article, Section } from '../../src/tree/types.js';
import { narrationScript } from '../../src/writers/audio/script.js';
import { renderEpub } from '../../src/writers/epub/index.js';
import { renderHtmlPage } from '../../src/writers/html/index.js';
import { ARTICLE_FIXTURES, loadFixture, unzip } from '../helpers.js';
import { epubcheck } from '../validators.js';

interface Entry {
  href: string;
  title: string;
  depth: number;
}

function decodeXml(text: string): string {
  return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The links of a nested list (the nav's, the page's table of contents), each with its list depth. */
function listEntries(list: string): Entry[] {
  const entries: Entry[] = [];
  let depth = 0;
  for (const [tag, close, href, title] of list.matchAll(/<(\/?)ol>|<a href="([^"]*)">([^<]*)<\/a>/g)) {
    if (href !== undefined) entries.push({ href: decodeXml(href), title: decodeXml(title ?? ''), depth });
    else depth += close ? -1 : tag ? 1 : 0;
  }
  return entries;
}

/** The NCX's nav points, each with its nesting depth. */
function ncxEntries(ncx: string): Entry[] {
  const entries: Entry[] = [];
  let depth = 0;
  for (const [, close, title, src] of ncx.matchAll(/<(\/)navPoint>|<navPoint [^>]*><navLabel><text>([^<]*)<\/text><\/navLabel><content src="([^"]*)"\/>/g)) {
    if (close) depth--;
    else {
      depth++;
      entries.push({ href: decodeXml(src ?? ''), title: decodeXml(title ?? ''), depth });
    }
  }
  return entries;
}

const between = (text: string, start: string, end: string) => {
  const from = text.indexOf(start);
  return from < 0 ? '' : text.slice(from, text.indexOf(end, from));
};

interface Outputs {
  article: Article;
  plan: ChunkPlan;
  files: Map<string, string>;
  html: string;
}
const outputs = new Map<string, Outputs>();

beforeAll(async () => {
  for (const name of ARTICLE_FIXTURES) {
    const { article, assets } = await loadFixture(name);
    const files = new Map([...(await unzip(await renderEpub(article, { assets }))).entries()].map(([file, bytes]) => [file, Buffer.from(bytes).toString('utf8')]));
    outputs.set(name, { article, plan: planChunks(article), files, html: renderHtmlPage(article, { assets }) });
  }
});

function of(name: string): Outputs {
  const o = outputs.get(name);
  if (!o) throw new Error(`no outputs for ${name}`);
  return o;
}

describe('every output follows the chunk plan', () => {
  for (const name of ARTICLE_FIXTURES) {
    describe(name, () => {
      it('the EPUB nav and NCX list the plan’s contents: same order, targets, titles and nesting', () => {
        const { plan, files } = of(name);
        const expected = plan.contents.map((e) => ({ href: plan.hrefFor(e.id), title: e.title, depth: e.depth }));
        expect(listEntries(between(files.get('OEBPS/toc.xhtml') ?? '', 'epub:type="toc"', '</nav>'))).toEqual(expected);
        expect(ncxEntries(files.get('OEBPS/toc.ncx') ?? '')).toEqual(expected);
      });

      it('the EPUB has one document per file of the plan, in its order, each holding its chunks’ sections and notes', () => {
        const { plan, files } = of(name);
        const opf = files.get('OEBPS/content.opf') ?? '';
        const hrefOf = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
        const spine = [...opf.matchAll(/<itemref idref="([^"]+)"\/>/g)].map((m) => hrefOf.get(m[1] ?? '')).filter((f) => f !== 'cover.xhtml' && f !== 'toc.xhtml');
        expect(spine).toEqual([...new Set(plan.chunks.map((c) => c.file))]);
        for (const chunk of plan.chunks) {
          const xhtml = files.get(`OEBPS/${chunk.file}`) ?? '';
          for (const id of [...chunk.sectionIds, ...chunk.noteIds]) expect(xhtml, `${id} in ${chunk.file}`).toContain(`id="${id}"`);
        }
      });

      it('the HTML page’s table of contents lists the same entries, on the page, when there is more than one', () => {
        const { plan, html } = of(name);
        const toc = between(html, '<nav class="toc"', '</nav>');
        if (plan.contents.length < 2) {
          expect(toc).toBe('');
          return;
        }
        expect(listEntries(toc)).toEqual(plan.contents.map((e) => ({ href: `#${e.id}`, title: e.title, depth: e.depth })));
        for (const entry of plan.contents) expect(html).toContain(`id="${entry.id}"`);
      });

      it('the audio chapters are the plan’s chunks, and the top-level ones are the nav’s and the page’s entries', () => {
        const { article, plan, files } = of(name);
        const chapters = narrationScript(article).chapters.map((c) => ({ id: c.id, title: c.title }));
        expect(chapters).toEqual(plan.chunks.map((c) => ({ id: c.id, title: c.title })));
        // The three agree: the chapters of sections are the contents' top-level entries.
        const inContents = plan.chunks.filter((c) => c.depth === 1).map((c) => c.id);
        const navTop = listEntries(between(files.get('OEBPS/toc.xhtml') ?? '', 'epub:type="toc"', '</nav>'))
          .filter((e) => e.depth === 1)
          .map((e) => ({ id: e.href.split('#')[1], title: e.title }));
        if (inContents.length) expect(chapters.filter((c) => inContents.includes(c.id))).toEqual(navTop);
      });
    });
  }
});

describe('articles beyond the fixtures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-chunks-'));
  const section = (id: string, depth: 1 | 2 | 3): Section => ({ type: 'section', id, depth, heading: [{ type: 'text', value: id }], blocks: [{ type: 'paragraph', children: [{ type: 'text', value: `In ${id}.` }] }] });
  const article = (sections: Section[]): Article => ({
    type: 'article',
    id: 'by-hand',
    lang: 'en',
    headline: [{ type: 'text', value: 'By hand' }],
    sections,
    dropped: [],
    source: { format: 'markdown' },
  });

  for (const [label, tree] of [
    // A reader gives an article that is all headline one untitled section with nothing in it.
    ['all headline: the nav lists the title page, the one chapter the audio has', parseArticle('---\ntitle: Only a headline\n---\n', { from: 'markdown' }).article],
    ['no sections (by hand): the nav lists the title page', article([])],
    ['a jump from depth 1 to 3 (by hand): the nav nests one level at a time', article([section('start', 1), section('detail', 3), section('next', 1)])],
  ] as const) {
    it(`${label}; EPUBCheck finds nothing`, async () => {
      const plan = planChunks(tree);
      const path = join(dir, `${tree.id}-${tree.sections.length}.epub`);
      const bytes = await renderEpub(tree, { assets: new Map() });
      writeFileSync(path, bytes);
      const nav = Buffer.from((await unzip(bytes)).get('OEBPS/toc.xhtml') ?? new Uint8Array()).toString('utf8');
      expect(listEntries(between(nav, 'epub:type="toc"', '</nav>'))).toEqual(plan.contents.map((e) => ({ href: plan.hrefFor(e.id), title: e.title, depth: e.depth })));
      expect(narrationScript(tree).chapters.map((c) => c.id)).toEqual(plan.chunks.map((c) => c.id));
      const messages = await epubcheck(path);
      expect(messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))).toEqual([]);
    });
  }
});

/**
 * Footnotes in the HTML page and the EPUB, read back by parsing the outputs: unique ids, links
 * that land, one number per note across the article in the order notes are first cited, shown
 * as the reference's text, and a way back to every citation. The fixture cites a named note
 * from the opening and again from a later section (in the EPUB, from another file than the one
 * holding it), another twice in one paragraph, one from a heading that also has a line break,
 * and defines one that nobody cites.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/readers/html/dom.js';
import { renderEpub } from '../../src/writers/epub/index.js';
import { renderHtmlPage } from '../../src/writers/html/index.js';
import { openEpubDocument, openHtml, withPage } from '../browser.js';
import { loadFixture, readFixture } from '../helpers.js';

const FIXTURE = 'footnotes.md';

/** The few members these checks read, common to linkedom's (HTML) and xmldom's (XHTML) elements. */
interface Element {
  readonly localName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<Element>;
}

/**
 * What the Markdown says, read from the source itself: each note's text by label, the labels
 * cited, and the labels in the order numbers must follow (first citation; notes nobody cites
 * after, in the order they are defined).
 */
function sourceNotes(): { order: string[]; cited: Set<string>; text: Map<string, string> } {
  const source = readFixture(FIXTURE);
  const text = new Map<string, string>();
  for (const m of source.matchAll(/^\[\^([^\]]+)\]:(.*(?:\n {4}.*)*)/gm)) text.set(m[1] as string, normalize(m[2] as string));
  const cited = new Set([...source.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1] as string));
  return { order: [...cited, ...[...text.keys()].filter((label) => !cited.has(label))], cited, text };
}

function normalize(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What both outputs must show. `refs` (the citations, each with the number of the note it links
 * to) and `notes` in reading order.
 */
function expectNumbering(refs: { el: Element; linked: number }[], notes: { number: number; text: string }[]): void {
  const { order, cited, text } = sourceNotes();
  // A reference's text is the number of the note it links to, nothing else; screen readers hear "Note n".
  for (const { el, linked } of refs) {
    expect(el.textContent).toBe(String(linked));
    expect(el.getAttribute('aria-label')).toBe(`Note ${linked}`);
  }
  // Numbers first appear as 1, 2, 3 … across sections: one per cited note.
  expect([...new Set(refs.map((r) => r.linked))]).toEqual([...cited].map((_, i) => i + 1));
  // Notes are numbered 1 … N, once each, in order; note n holds the text of the n-th label.
  expect(notes.map((n) => n.number)).toEqual(order.map((_, i) => i + 1));
  expect(notes.map((n) => n.text)).toEqual(order.map((label) => expect.stringContaining(text.get(label) ?? '?')));
}

/**
 * Citations that wrap onto two lines at some window width (one box below another), narrowing
 * the window two pixels at a time so that every citation comes to a line's end somewhere.
 */
async function brokenCitations(page: Page): Promise<string[]> {
  const broken = new Set<string>();
  for (let width = 480; width >= 240; width -= 2) {
    await page.setViewportSize({ width, height: 800 });
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('sup.noteref')]
        .filter((sup) => {
          const boxes = [...sup.getClientRects()];
          return boxes.some((a) => boxes.some((b) => b.top >= a.bottom - 1));
        })
        .map((sup) => sup.textContent ?? ''),
    );
    for (const text of found) broken.add(text);
  }
  return [...broken];
}

describe('footnotes in the HTML page', () => {
  let all: (selector: string) => Element[];
  let html: string;

  beforeAll(async () => {
    const { article, assets } = await loadFixture(FIXTURE);
    html = renderHtmlPage(article, { assets });
    const doc = parseHtmlDocument(html);
    all = (selector) => Array.from(doc.querySelectorAll(selector)) as unknown as Element[];
  });

  it('has no duplicate id, and every in-page link lands on an element', () => {
    const ids = all('[id]').map((el) => el.getAttribute('id'));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const targets = all('a[href^="#"]').map((a) => (a.getAttribute('href') ?? '').slice(1));
    expect(targets.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('numbers notes 1..N in the order they are first cited, and shows the number as the reference', () => {
    const notes = all('.footnotes li').map((li) => ({ id: li.getAttribute('id'), number: Number(li.getAttribute('value')), text: normalize(li.textContent) }));
    const refs = all('a[role="doc-noteref"]').map((el) => ({ el, linked: notes.find((n) => `#${n.id}` === el.getAttribute('href'))?.number ?? 0 }));
    expectNumbering(refs, notes);
  });

  it('links each note back to every citation of it, in order', () => {
    const refs = all('a[role="doc-noteref"]');
    for (const li of all('.footnotes li')) {
      const citing = refs.filter((r) => r.getAttribute('href') === `#${li.getAttribute('id')}`).map((r) => `#${r.getAttribute('id')}`);
      const back = Array.from(li.getElementsByTagName('a')).filter((a) => a.getAttribute('class') === 'footnote-back');
      expect(back.map((a) => a.getAttribute('href'))).toEqual(citing);
    }
  });

  it('keeps a citation in a heading a note reference', () => {
    expect(all('h2 a[role="doc-noteref"]')).toHaveLength(1);
  });

  it('never breaks a citation across lines, at any width from 240 to 480 px', async () => {
    await withPage(openHtml(html, { width: 480 }), async ({ page }) => expect(await brokenCitations(page)).toEqual([]));
  });
});

describe('footnotes in the EPUB', () => {
  /** The book's documents in reading (spine) order, parsed as XML: one that is not well-formed fails here. */
  const documents = new Map<string, Element[]>();
  const files = new Map<string, Uint8Array>();

  const parseXml = (xml: string, name: string): Element[] => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, 'application/xhtml+xml');
    expect(errors, name).toEqual([]);
    return Array.from(doc.getElementsByTagName('*')) as unknown as Element[];
  };

  beforeAll(async () => {
    const { article, assets } = await loadFixture(FIXTURE);
    const zip = await JSZip.loadAsync(await renderEpub(article, { assets }));
    for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
    const read = async (name: string) => Buffer.from(files.get(`OEBPS/${name}`) ?? []).toString('utf8');
    const opf = parseXml(await read('content.opf'), 'content.opf');
    const manifest = new Map(opf.filter((e) => e.localName === 'item').map((e) => [e.getAttribute('id'), e.getAttribute('href') ?? '']));
    for (const itemref of opf.filter((e) => e.localName === 'itemref')) {
      const file = manifest.get(itemref.getAttribute('idref')) ?? '';
      documents.set(file, parseXml(await read(file), file));
    }
  });

  const inReadingOrder = (keep: (el: Element) => boolean) => [...documents].flatMap(([file, els]) => els.filter(keep).map((el) => ({ file, el })));
  const noterefs = () => inReadingOrder((el) => el.getAttribute('epub:type') === 'noteref');
  const footnotes = () => inReadingOrder((el) => el.getAttribute('epub:type') === 'footnote');
  /** `file#id` → [file, id]; `#id` is in the linking file itself. */
  const resolve = (from: string, href: string | null) => {
    const [file = '', id = ''] = (href ?? '').split('#');
    return [file || from, id] as const;
  };

  it('has unique ids in each document, and every relative link lands on an id in the file it names', () => {
    const ids = new Map([...documents].map(([file, els]) => [file, els.map((el) => el.getAttribute('id')).filter((id) => id !== null)]));
    for (const [file, list] of ids) expect(list.filter((id, i) => list.indexOf(id) !== i), file).toEqual([]);
    const links = inReadingOrder((el) => el.localName === 'a' && /^[^:]*#/.test(el.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const { file, el } of links) {
      const [target, id] = resolve(file, el.getAttribute('href'));
      expect(ids.get(target)?.includes(id), `${file}: ${el.getAttribute('href')}`).toBe(true);
    }
  });

  it('numbers notes 1..N across documents in the order they are first cited, and shows the number', () => {
    const notes = footnotes().map(({ file, el }) => ({
      at: `${file}#${el.getAttribute('id')}`,
      number: Number.parseInt(el.getElementsByTagName('p')[0]?.textContent ?? '', 10),
      text: normalize(el.textContent),
    }));
    const refs = noterefs().map(({ file, el }) => ({ el, linked: notes.find((n) => n.at === resolve(file, el.getAttribute('href')).join('#'))?.number ?? 0 }));
    expectNumbering(refs, notes);
  });

  it('links a citation to the file holding its note, and the note back to every citation, in whichever file', () => {
    const refs = noterefs().map(({ file, el }) => ({ file, id: el.getAttribute('id'), note: resolve(file, el.getAttribute('href')).join('#') }));
    expect(refs.some((ref) => !ref.note.startsWith(`${ref.file}#`))).toBe(true);
    for (const { file, el } of footnotes()) {
      const citing = refs.filter((ref) => ref.note === `${file}#${el.getAttribute('id')}`).map((ref) => `${ref.file}#${ref.id}`);
      const back = Array.from(el.getElementsByTagName('a')).filter((a) => a.getAttribute('class') === 'footnote-back');
      expect(back.map((a) => resolve(file, a.getAttribute('href')).join('#'))).toEqual(citing);
    }
  });

  it('never breaks a citation across lines in a chapter, at any width from 240 to 480 px', async () => {
    for (const { file } of noterefs().filter((ref, i, refs) => refs.findIndex((r) => r.file === ref.file) === i)) {
      await withPage(openEpubDocument(files, `OEBPS/${file}`), async ({ page }) => expect({ file, broken: await brokenCitations(page) }).toEqual({ file, broken: [] }));
    }
  });
});

/**
 * The words around the article are the article's language's. For each output (the HTML page,
 * every document of the EPUB, the narration script) the test collects what a reader sees or
 * hears (text, alt text, accessible names, titles, the accessibility summary), takes out the
 * article's own strings (every string in the tree), and checks each word that is left is a
 * word of the record for the article's language. An English label on a German page fails,
 * naming the label and where it is.
 */
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { RECORDS, wordsFor } from '../../src/lang/index.js';
import type { HtmlNode } from '../../src/readers/shared/html.js';
import type { Article } from '../../src/tree/types.js';
import { narrationScript } from '../../src/writers/audio/script.js';
import { renderEpub } from '../../src/writers/epub/index.js';
import { renderHtmlPage } from '../../src/writers/html/index.js';
import { loadFixture } from '../helpers.js';

/** Attributes whose values are read to the reader: alt text and accessible names. */
const READ_ATTRIBUTES = ['alt', 'aria-label', 'title'];
/** The package document's metadata meant for people, in the book's language (the rest is vocabulary or the article's). */
const READ_META = ['schema:accessibilitySummary', 'a11y:certifiedBy'];

/** What a reader sees or hears in an HTML or XML document: text (not scripts or styles) and the attributes above. */
function documentStrings(markup: string, xml: boolean): string[] {
  const out: string[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type === 'text') out.push(node.data ?? '');
    if (node.type !== 'tag' && node.type !== 'root') return;
    for (const name of READ_ATTRIBUTES) if (node.attribs?.[name] !== undefined) out.push(node.attribs[name]);
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseDocument(markup, { xmlMode: xml, decodeEntities: true }) as unknown as HtmlNode);
  return out;
}

/** From the package document, only the metadata meant for people: identifiers, dates and vocabularies are not words. */
function packageStrings(opf: string): string[] {
  const out: string[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (node.name === 'meta' && READ_META.includes(node.attribs?.property ?? '')) out.push((node.children ?? []).map((c) => c.data ?? '').join(''));
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseDocument(opf, { xmlMode: true, decodeEntities: true }) as unknown as HtmlNode);
  return out;
}

/** Every string in the tree: the article's own words, wherever a writer puts them (`dropped` and `source` are not written). */
function articleStrings(article: Article): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (!['type', 'id', 'lang', 'src', 'url', 'iso'].includes(key)) out.push(value);
    } else if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'dropped' && k !== 'source') visit(v, k);
  };
  visit(article, '');
  return out;
}

const normalize = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words: runs of letters. Numbers (with a note's letter, `2a`, or a date's `1er`) and `{slots}` are not words of either side. */
const wordsOf = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\d+(?:[a-z]{1,2}(?![a-z]))?/gu, ' ')
    .match(/\p{L}+/gu) ?? [];

/** Every word in a record's values. */
function vocabulary(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const word of wordsOf(value)) into.add(word);
  else if (value && typeof value === 'object' && !(value instanceof RegExp)) for (const inner of Object.values(value)) vocabulary(inner, into);
  return into;
}

/** The outputs' strings with the article's own strings taken out, and the words left that the record lacks. */
function foreignWords(article: Article, outputs: { where: string; strings: string[] }[]): string[] {
  const own = [...new Set(articleStrings(article).map(normalize))]
    .filter((s) => /\p{L}/u.test(s))
    .sort((a, b) => b.length - a.length)
    // Whole words only: a string that starts (ends) with a letter or digit must not start (end) inside a word.
    .map((s) => new RegExp(`${/^[\\p{L}\\p{N}]/u.test(s) ? '(?<![\\p{L}\\p{N}])' : ''}${escapeRegExp(s)}${/[\\p{L}\\p{N}]$/u.test(s) ? '(?![\\p{L}\\p{N}])' : ''}`, 'giu'));
  const known = vocabulary(wordsFor(article.lang));
  const found: string[] = [];
  for (const { where, strings } of outputs) {
    for (const string of strings) {
      let around = normalize(string);
      for (const pattern of own) around = around.replace(pattern, ' ');
      const unknown = wordsOf(around).filter((word) => !known.has(word));
      if (unknown.length) found.push(`${where}: ${unknown.join(' ')} (in "${normalize(string)}")`);
    }
  }
  return found;
}

async function outputs(article: Article, assets: Awaited<ReturnType<typeof loadFixture>>['assets']) {
  const out = [{ where: 'html', strings: documentStrings(renderHtmlPage(article, { assets }), false) }];
  const zip = await JSZip.loadAsync(await renderEpub(article, { assets }));
  for (const name of Object.keys(zip.files).sort()) {
    const text = (await zip.file(name)?.async('string')) ?? '';
    if (/\.(xhtml|ncx)$/.test(name)) out.push({ where: name, strings: documentStrings(text, true) });
    else if (name.endsWith('.opf')) out.push({ where: name, strings: packageStrings(text) });
  }
  const script = narrationScript(article);
  out.push({ where: 'narration', strings: script.chapters.flatMap((c) => [c.title, ...c.utterances.map((u) => u.text)]) });
  return out;
}

describe('the words around the article', () => {
  // An English, a German and a French article, as the fixtures give them.
  for (const [name, lang] of [
    ['night-trains.md', 'en'],
    ['german-brucke.txt', 'de'],
    ['tramway-valmont-fr.md', 'fr'],
  ] as const) {
    it(`${name}: are all words of the ${lang} record on the page, in the book and in the narration`, async () => {
      const { article, assets } = await loadFixture(name);
      expect(wordsFor(article.lang).code).toBe(lang);
      expect(foreignWords(article, await outputs(article, assets))).toEqual([]);
    });
  }

  // Two English articles relabelled into every language: their text stays English (it is the
  // article's), and every label, note name, byline word, date and announcement around it must
  // be the language's. Without their images, so the page's picture-in-words label shows too.
  for (const code of Object.keys(RECORDS).filter((c) => c !== 'en')) {
    it(`are ${code} words around an article in ${code}, with notes, tables, lists and pictures`, async () => {
      for (const name of ['night-trains.md', 'footnotes.md']) {
        const { article } = await loadFixture(name);
        const relabelled = { ...article, lang: code };
        expect({ name, foreign: foreignWords(relabelled, await outputs(relabelled, new Map())) }).toEqual({ name, foreign: [] });
      }
    });
  }

  it('notices an English word on a German page (the check can fail)', async () => {
    const { article, assets } = await loadFixture('german-brucke.txt');
    const found = foreignWords(article, [{ where: 'html', strings: [...documentStrings(renderHtmlPage(article, { assets }), false), 'Back to reference 1'] }]);
    expect(found).toEqual(['html: Back to reference (in "Back to reference 1")']);
  });
});

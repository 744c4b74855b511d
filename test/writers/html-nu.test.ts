/**
 * The HTML page, judged by the W3C Nu Html Checker (the validator behind validator.w3.org/nu):
 * every fixture's page and every corpus page's (text and html readers), checked in one JVM.
 * The corpora are pages the writers were not written for, so a markup defect that a fixture
 * never triggers (a stray character in an id, a nested link, an empty heading) shows up here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPages, scoreCorpus } from '../../src/evaluate/corpus.js';
import { renderAudio } from '../../src/writers/audio/index.js';
import { renderHtmlPage } from '../../src/writers/html/index.js';
import { pageNarration } from '../../src/writers/html/read-along.js';
import { ARTICLE_FIXTURES, ROOT, loadFixture } from '../helpers.js';
import { type NuMessage, nuCheck } from '../validators.js';

/**
 * Advice the checker gives that does not apply, each for a reason shown true elsewhere:
 * - its CSP evaluator refuses `data:` pictures under `img-src data:`, which browsers allow (the
 *   pages render under their own policy in html.test.ts, pictures loaded and nothing refused);
 * - it counts the JSON-LD block as an inline script, which a policy does not govern: a data
 *   block is never run (`script-src 'none'` stays);
 * - the `<article>` is named by the headline in the page's masthead (`aria-labelledby`), which
 *   the checker does not follow;
 * - its CSP evaluator refuses the read-along page's audio beside it under `media-src 'self'`, and
 *   inside it under `media-src data:`, which Chromium loads (html-read-along.test.ts plays both
 *   under the page's own policy).
 */
const NOT_APPLICABLE = [
  // (Malay and Indonesian share most of their words, and the checker's language guess is sampled: a
  // Malaysian paper's page, which the reader and the page's writer both call Malay, was once guessed
  // Indonesian and once not. The guess between the two is not a finding.)
  /^This document appears to be written in Indonesian but the “html” start tag has “lang="ms"”/u,
  // (Likewise Galician, which the checker's guesser takes for Spanish or Portuguese: Praza's page, which the
  // reader's identifier and the page's writer both call Galician.)
  /^This document appears to be written in (?:Spanish|Portuguese) but the “html” start tag has “lang="gl"”/u,
  // (And Yoruba, which it takes for Igbo, the other Nigerian language with dots under its vowels: Alaroye's page,
  // which the reader's identifier (eld) and the page's writer both call Yoruba.)
  /^This document appears to be written in Igbo but the “html” start tag has “lang="yo"”/u,
  // (And West Frisian, which it takes for Afrikaans or Dutch on some runs: Omrop Fryslân's page, which the
  // reader's identifier (franc-all, between Dutch and its neighbours) and the page's writer both call Frisian.)
  /^This document appears to be written in (?:Afrikaans|Dutch) but the “html” start tag has “lang="fy"”/u,
  // (And Yiddish, written in Hebrew letters, which the checker's guesser does not know: the Forverts' page, which the
  // reader's identifier (franc-all, between Hebrew and Yiddish) and the page's writer both call Yiddish. Likewise
  // Turkmen, which it takes for Turkish: Turkmenportal's page.)
  /^This document appears to be written in Hebrew but the “html” start tag has “lang="yi"”/u,
  /^This document appears to be written in Turkish but the “html” start tag has “lang="tk"”/u,
  // (And, on some runs, the smaller Romance languages and creoles its guesser reads as their larger neighbours:
  // Romansh as Italian or German (RTR's page), Occitan as Catalan, French or Spanish (Jornalet's), Papiamento as
  // Spanish or Portuguese (Diario's), Haitian Creole as French (AyiboPost's), each of which the reader's identifier
  // (franc-all, between the neighbour and the smaller language) and the page's writer both name.)
  /^This document appears to be written in (?:Italian|German) but the “html” start tag has “lang="rm"”/u,
  /^This document appears to be written in (?:Catalan|French|Spanish) but the “html” start tag has “lang="oc"”/u,
  /^This document appears to be written in (?:Spanish|Portuguese) but the “html” start tag has “lang="pap"”/u,
  /^This document appears to be written in French but the “html” start tag has “lang="ht"”/u,
  /^Resource violates Content Security Policy \(meta tag\): image “data:/u,
  /^Inline script violates Content Security Policy \(meta tag\)/u,
  /^Article lacks heading\./u,
  /^Resource violates Content Security Policy \(meta tag\): media “[^”]*” blocked by “media-src” directive\.$/u,
];

const dir = mkdtempSync(join(tmpdir(), 'lectern-nu-'));
const files = new Map<string, string>();
let messages: NuMessage[] = [];

beforeAll(async () => {
  for (const name of ARTICLE_FIXTURES) {
    const { article, assets } = await loadFixture(name);
    files.set(name, renderHtmlPage(article, { assets }));
  }
  // The read-along page (`--with-audio`): the player, its chapter list, the timings and the script; and with the audio inside (`--embed-audio`).
  {
    const { article, assets } = await loadFixture('broadcaster-flood.txt');
    const audio = await renderAudio(article, { assets });
    try {
      files.set('read-along', renderHtmlPage(article, { assets, narration: await pageNarration(audio, false) }));
      files.set('read-along-embedded', renderHtmlPage(article, { assets, narration: await pageNarration(audio, true) }));
    } finally {
      for (const f of audio) await f.cleanup?.();
    }
  }
  const corpora = loadPages([join(ROOT, 'test', 'corpus'), join(ROOT, 'test', 'html-corpus')]);
  for (const { page, article } of scoreCorpus(corpora).scored) files.set(`${page.format}-${page.name}`, renderHtmlPage(article, { assets: new Map() }));
  const paths = [...files].map(([name, html]) => {
    const path = join(dir, `${name.replace(/[^\w.-]/gu, '_')}.html`);
    writeFileSync(path, html);
    return path;
  });
  messages = (await nuCheck(paths)).filter((m) => !(m.type === 'info' && NOT_APPLICABLE.some((pattern) => pattern.test(m.message))));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the W3C Nu Html Checker', () => {
  it('checks every fixture, the read-along page and every corpus page', () => {
    expect(files.has('read-along')).toBe(true);
    expect(files.has('read-along-embedded')).toBe(true);
    expect(files.size).toBeGreaterThanOrEqual(ARTICLE_FIXTURES.length + 300);
  });

  it('finds no error and no warning on any page', () => {
    expect(messages).toEqual([]);
  });

  it('does report a page with invalid markup (the check can fail)', async () => {
    const bad = join(dir, 'bad.html');
    writeFileSync(bad, '<!doctype html><html lang="en"><head><title>x</title></head><body><a href="#a"><a href="#b">x</a></a><p id="p" id="p">y</p></body></html>');
    const found = await nuCheck([bad]);
    expect(found.filter((m) => m.type === 'error').length).toBeGreaterThanOrEqual(2);
  });
});

/** The date an article last changed (`byline.updated`): from front matter to the page, the book and the narration. */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/lang/index.js';
import { parseArticle } from '../../src/pipeline.js';
import { spokenUpdated } from '../../src/tree/byline.js';
import { narrationScript } from '../../src/writers/audio/script.js';
import { modifiedDate } from '../../src/writers/epub/package.js';
import { jsonLd, renderHtmlPage } from '../../src/writers/html/index.js';

function markdown(lang: string, date: string, updated: string) {
  const text = `---\ntitle: Harbour bridge vote delayed\nauthors: [Jane Doe]\nlanguage: ${lang}\ndate: ${date}\nupdated: ${updated}\n---\n\nThe council delayed the vote.\n`;
  return parseArticle(text, { file: 'article.md' }).article;
}

describe('byline.updated', () => {
  it('comes from the front matter key `updated:` (or `modified:`)', () => {
    const article = markdown('en-GB', '2025-11-03T09:12Z', '"2025-11-03T15:30Z"');
    expect(article.byline?.dateline?.iso).toBe('2025-11-03T09:12Z');
    expect(article.byline?.updated).toEqual({ text: '2025-11-03T15:30Z', iso: '2025-11-03T15:30Z' });
    const modified = parseArticle('---\ntitle: T\nmodified: 2025-11-04\n---\n\nBody.\n', { file: 'a.md' }).article;
    expect(modified.byline?.updated?.iso).toBe('2025-11-04');
  });

  it('is shown after the date on the page and on the EPUB title page, in the article language', () => {
    const html = renderHtmlPage(markdown('de', '2025-11-03', '2025-11-04'), { assets: new Map() });
    expect(html).toContain('<span class="updated">Aktualisiert <time datetime="2025-11-04">4. November 2025</time></span>');
    const en = renderHtmlPage(markdown('en', '2025-11-03', '2025-11-04'), { assets: new Map() });
    expect(en).toMatch(/<time datetime="2025-11-03">3 November 2025<\/time> <span aria-hidden="true">·<\/span> <span class="updated">Updated <time datetime="2025-11-04">/);
  });

  it('feeds dateModified and the EPUB modification date', () => {
    const article = markdown('en', '2025-11-03', '2025-11-04');
    expect(jsonLd(article)).toMatchObject({ datePublished: '2025-11-03', dateModified: '2025-11-04' });
    expect(modifiedDate(article)).toBe('2025-11-04T00:00:00Z');
  });

  it('is said in the opening of the narration', () => {
    const said = (lang: string, date: string, updated: string) =>
      narrationScript(markdown(lang, date, updated))
        .chapters[0]?.utterances.filter((u) => u.kind === 'date')
        .map((u) => u.text);
    expect(said('en', '2025-11-03', '2025-11-04')).toEqual(['3 November 2025.', 'Updated 4 November 2025.']);
    expect(said('de', '2025-11-03', '2025-11-04')).toEqual(['3. November 2025.', 'Aktualisiert am 4. November 2025.']);
    expect(said('fr', '"2025-11-03T14:12"', '"2025-11-03T15:30"')).toEqual(['3 novembre 2025.', 'Mis à jour à 15 h 30.']);
  });

  it('has its word in each language Lectern reads, English otherwise', () => {
    expect(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ja', 'sv'].map((lang) => wordsFor(lang).labels.updated)).toEqual([
      'Updated', 'Aktualisiert', 'Mis à jour', 'Actualizado', 'Aggiornato', 'Bijgewerkt', 'Atualizado', 'Zaktualizowano', '更新', 'Updated',
    ]);
    expect(spokenUpdated({ text: '2 HOURS AGO' }, 'en')).toBe('Updated 2 hours ago');
    expect(spokenUpdated({ text: 'hace 2 horas', iso: '2025-11-03T16:00Z' }, 'es')).toBe('Actualizado el 3 de noviembre de 2025');
  });
});

/** Writers honour a passage's language: HTML `lang`, EPUB `lang` + `xml:lang`, narration in that language's voice. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { planNotes } from '../../src/tree/notes.js';
import type { Article, Block, Paragraph, Quote } from '../../src/tree/types.js';
import { espeakEngine, voiceForLanguage, voiceName } from '../../src/writers/audio/engines/espeak.js';
import { formatScript, narrationScript } from '../../src/writers/audio/script.js';
import { renderBlock } from '../../src/writers/html/blocks.js';
import { renderHtmlPage } from '../../src/writers/html/index.js';

const FRENCH = '« Nous ne pouvons pas voter pour un ouvrage dont le prix change chaque semaine », a déclaré la présidente.';
const ENGLISH = 'The council postponed the vote on the harbour bridge after engineers warned about the cost.';

const paragraph = (value: string, lang?: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }], ...(lang ? { lang } : {}) });

function articleOf(blocks: Block[], lang = 'en-GB'): Article {
  return {
    type: 'article',
    id: 'council-vote',
    lang,
    headline: [{ type: 'text', value: 'Council delays vote' }],
    sections: [{ type: 'section', id: 'section-1', depth: 1, blocks }],
    dropped: [],
    source: { format: 'markdown' },
  };
}

const quote: Quote = { type: 'quote', lang: 'fr', blocks: [paragraph(FRENCH)] };
const article = articleOf([paragraph(ENGLISH), paragraph(FRENCH, 'fr'), quote]);
const ctx = { words: en, assets: new Map(), imageUrl: () => undefined, notes: { plan: planNotes(article), href: (id: string) => `#${id}` } };

describe('HTML and EPUB', () => {
  it('the HTML page writes lang on a marked paragraph and quotation, and nowhere else in the body', () => {
    const html = renderHtmlPage(article, { assets: new Map() });
    expect(html).toContain(`<p lang="fr">${FRENCH}</p>`);
    expect(html).toContain('<blockquote lang="fr"><p>');
    expect(html).toContain(`<p>${ENGLISH}</p>`);
    expect(html).not.toContain('xml:lang');
    expect(html.match(/ lang="fr"/g)).toHaveLength(2);
  });

  it('EPUB XHTML writes lang and xml:lang', () => {
    expect(renderBlock(paragraph(FRENCH, 'fr'), { ...ctx, xhtml: true })).toMatch(/^<p lang="fr" xml:lang="fr">/);
    expect(renderBlock(quote, { ...ctx, xhtml: true })).toMatch(/^<blockquote lang="fr" xml:lang="fr"><p>/);
  });

  it('writes dir when the passage runs the other way from its surroundings', () => {
    const arabic = 'أجّل المجلس البلدي يوم الخميس التصويت على بناء جسر جديد في الميناء';
    expect(renderBlock(paragraph(arabic, 'ar'), { ...ctx, dir: 'ltr' })).toMatch(/^<p lang="ar" dir="rtl">/);
    expect(renderBlock(paragraph(ENGLISH, 'en'), { ...ctx, dir: 'rtl' })).toMatch(/^<p lang="en" dir="ltr">/);
    expect(renderBlock(paragraph(FRENCH, 'fr'), { ...ctx, dir: 'ltr' })).toMatch(/^<p lang="fr">/);
  });

  it('keeps the <p> of a one-paragraph list item that carries a language', () => {
    const list: Block = { type: 'list', ordered: false, items: [[paragraph(ENGLISH)], [paragraph(FRENCH, 'fr')]] };
    expect(renderBlock(list, ctx)).toContain(`<li>${ENGLISH}</li>\n<li><p lang="fr">`);
  });
});

describe('narration', () => {
  it('voices a marked passage in its language; announcements stay in the article’s', () => {
    const script = narrationScript(article);
    const utterances = script.chapters.flatMap((c) => c.utterances);
    expect(utterances.filter((u) => u.text === FRENCH).map((u) => u.lang)).toEqual(['fr', 'fr']);
    expect(utterances.find((u) => u.text === ENGLISH)?.lang).toBeUndefined();
    expect(utterances.filter((u) => u.kind === 'announcement').map((u) => [u.text, u.lang])).toEqual([
      ['Quote.', undefined],
      ['End of quote.', undefined],
    ]);
    expect(formatScript(script)).toContain(`[paragraph lang=fr] ${FRENCH}`);
  });

  it('normalizes a marked passage for its own language, not the article’s', () => {
    const script = narrationScript(articleOf([paragraph('Le projet coûtera £240mn, soit 7% de plus que prévu, a déclaré le maire.', 'fr')]));
    const spoken = script.chapters.flatMap((c) => c.utterances).find((u) => u.lang === 'fr')?.spoken;
    expect(spoken).toContain('£240mn');
    expect(spoken).not.toContain('pounds');
  });

  it('picks the espeak voice that speaks the language, by the name set_voice takes', () => {
    const voices = [
      { identifier: 'gmw/en-029', languages: [{ name: 'en-029', priority: 5 }, { name: 'en', priority: 10 }] },
      { identifier: 'gmw/en', languages: [{ name: 'en-gb', priority: 2 }, { name: 'en', priority: 2 }] },
      { identifier: 'gmw/en-US', languages: [{ name: 'en-us', priority: 2 }, { name: 'en', priority: 3 }] },
      { identifier: 'sit/cmn', languages: [{ name: 'cmn', priority: 5 }, { name: 'zh', priority: 5 }] },
      { identifier: 'sit/yue', languages: [{ name: 'yue', priority: 5 }, { name: 'zh', priority: 8 }] },
      { identifier: 'gmq/nb', languages: [{ name: 'nb', priority: 5 }, { name: 'no', priority: 5 }] },
      { identifier: 'roa/fr', languages: [{ name: 'fr-fr', priority: 5 }, { name: 'fr', priority: 5 }] },
    ];
    expect(voiceName('fr', voices)).toBe('fr');
    expect(voiceName('fr-CA', voices)).toBe('fr');
    expect(voiceName('zh', voices)).toBe('cmn');
    expect(voiceName('no', voices)).toBe('nb');
    expect(voiceName('en', voices)).toBe('en');
    expect(voiceName('en-GB', voices)).toBe('en');
    expect(voiceName('en-US', voices)).toBe('en-US');
    // (An article in Galician, which espeak-ng has no voice for, is read by the Portuguese voice, not the English one.)
    expect(voiceForLanguage('gl', new Set(['pt', 'es', 'en']))).toBe('pt');
    expect(voiceForLanguage('gl-ES', new Set(['pt', 'en']))).toBe('pt');
    expect(voiceForLanguage('xx', new Set(['pt', 'en']))).toBe('en');
    expect(voiceForLanguage('nn', new Set(['nb', 'en']))).toBe('nb');
    expect(voiceForLanguage('oc', new Set(['ca', 'fr', 'en']))).toBe('ca');
    expect(voiceForLanguage('zu', new Set(['sw', 'en']))).toBe('sw');
    expect(voiceForLanguage('yi', new Set(['he', 'en']))).toBe('he');
    expect(voiceName('ckb', voices)).toBeUndefined();
  });

  it('espeak reads a passage marked French with its French voice, then returns to the article’s', async () => {
    const english = await espeakEngine.create({ lang: 'en-GB' });
    const french = await espeakEngine.create({ lang: 'fr' });
    // espeak's output length varies by a few samples from call to call: compare within 1%.
    const near = (a: number, b: number) => Math.abs(a - b) / b < 0.01;
    const before = (await english.synthesize(ENGLISH)).samples.length;
    const asFrench = (await english.synthesize(FRENCH, 'fr')).samples.length;
    const after = (await english.synthesize(ENGLISH)).samples.length;
    const frenchVoice = (await french.synthesize(FRENCH)).samples.length;
    const englishVoice = (await english.synthesize(FRENCH)).samples.length;
    expect(Math.abs(frenchVoice - englishVoice) / englishVoice).toBeGreaterThan(0.1);
    expect(near(asFrench, frenchVoice)).toBe(true);
    expect(near(after, before)).toBe(true);
    // A language espeak has no voice for is read with the article's voice.
    expect(near((await english.synthesize(FRENCH, 'ckb')).samples.length, englishVoice)).toBe(true);
    await english.close();
    await french.close();
  });
});

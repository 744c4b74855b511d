/** The passage-language transform: foreign passages marked, conservatively; the fixtures untouched. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { describeTree } from '../../src/tree/describe.js';
import { countWords, markPassageLanguages, passageLanguage } from '../../src/tree/passage-language.js';
import { blockText } from '../../src/tree/text.js';
import type { Article, Block, Paragraph, Quote } from '../../src/tree/types.js';
import { articleBlocks } from '../../src/tree/walk.js';
import { ARTICLE_FIXTURES, parseFixture, readFixture } from '../helpers.js';

const FRENCH = '« Nous ne pouvons pas voter pour un ouvrage dont le prix change chaque semaine », a déclaré la présidente du groupe écologiste.';

function passages(article: Article): (Paragraph | Quote)[] {
  return [...articleBlocks(article)].filter((b): b is Paragraph | Quote => b.type === 'paragraph' || b.type === 'quote');
}

function marked(article: Article): [string, string][] {
  return passages(article)
    .filter((b) => b.lang)
    .map((b) => [b.lang as string, blockText(b)]);
}

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
function articleOf(lang: string, blocks: Block[]): Article {
  return { type: 'article', id: 'a', lang, headline: [{ type: 'text', value: 'A' }], sections: [{ type: 'section', id: 's', depth: 1, blocks }], dropped: [], source: { format: 'markdown' } };
}

describe('passage language', () => {
  it.each(ARTICLE_FIXTURES)('%s: no passage is marked', (name) => {
    expect(marked(parseFixture(name))).toEqual([]);
  });

  it('marks the one French quotation paragraph of an English news article, and nothing else', () => {
    const text = readFixture('harbour-bridge.txt').replace(
      '"We cannot ask members to approve a structure whose foundations are still being argued about," council leader Marguerite Okafor said on Monday, hours before the agenda was due to be published.',
      (line) => `${line}\n\n${FRENCH}`,
    );
    const { article } = parseArticle(text, { file: 'harbour-bridge.txt' });
    expect(marked(article)).toEqual([['fr', FRENCH]]);
    expect(describeTree(article)).toContain('passages    1 in another language (fr)');
  });

  it('marks a quotation as a whole; its paragraphs inherit the language', () => {
    const md = [
      '---\nlanguage: en-GB\n---',
      '# Night trains return to Vienna',
      'The operator said the new sleeper service would start in December, and that tickets would go on sale next week.',
      `> ${FRENCH}\n>\n> « Le train de nuit est une évidence pour le climat, et il faut que les prix suivent », a-t-elle ajouté.`,
      'The Musée d’Orsay director, Anne-Sophie Delacroix, said the Paris–Vienna route would be the first to reopen.',
      'Passengers will be greeted with a “bon voyage” and a croissant.',
    ].join('\n\n');
    const { article } = parseArticle(md, { file: 'night.md' });
    const quote = passages(article).find((b) => b.type === 'quote') as Quote;
    expect(quote.lang).toBe('fr');
    expect(quote.blocks.map((b) => (b as Paragraph).lang)).toEqual([undefined, undefined]);
    // French names and a borrowed phrase in English sentences are English.
    expect(marked(article).map(([lang]) => lang)).toEqual(['fr']);
  });

  it('is conservative: short passages, names, relatives and unknown article languages are left alone', () => {
    // Fewer than 8 words.
    expect(passageLanguage('Fluctuat nec mergitur, dit la devise.', 'en')).toBeUndefined();
    // English full of German names and compounds.
    expect(passageLanguage('Friedrich Merz met Ursula von der Leyen in Brussels before flying to München for the Sicherheitskonferenz.', 'en')).toBeUndefined();
    // Norwegian in a Danish article: the identifier cannot tell them apart reliably.
    expect(passageLanguage('Bystyret utsatte torsdag avstemningen om en ny bru over havna, etter at ingeniører hadde advart.', 'da')).toBeUndefined();
    // Bokmål is known to the identifier as Norwegian: English in it is marked, Norwegian is not.
    const bokmal = markPassageLanguages(
      articleOf('nb-NO', [paragraph('Bystyret utsatte torsdag avstemningen om en ny bru over havna, etter at ingeniører hadde advart.'), paragraph('We cannot vote on a structure whose price changes every single week, the group leader said.')]),
    );
    expect(marked(bokmal).map(([lang]) => lang)).toEqual(['en']);
    // Welsh is not a language the identifier knows: nothing in a Welsh article is marked.
    const welsh = articleOf('cy', [paragraph('Mae’r cyngor wedi gohirio’r bleidlais ar y bont newydd dros yr harbwr tan y flwyddyn nesaf.'), paragraph(FRENCH)]);
    expect(marked(markPassageLanguages(welsh))).toEqual([]);
  });

  it('marks English in a German article, and keeps a language the reader set', () => {
    const english = 'We cannot vote on a structure whose price changes every single week, the group leader said.';
    const set: Paragraph = { ...paragraph('Der Rat tagt wieder am Donnerstag, teilte die Verwaltung am Abend in einer kurzen Erklärung mit.'), lang: 'de-CH' };
    const article = markPassageLanguages(
      articleOf('de-DE', [paragraph('Der Kölner Stadtrat hat die für Donnerstag geplante Abstimmung über den Bau einer neuen Rheinbrücke verschoben.'), paragraph(english), set]),
    );
    expect(marked(article)).toEqual([
      ['en', english],
      ['de-CH', set.children[0]?.type === 'text' ? set.children[0].value : ''],
    ]);
  });

  it('finds a foreign passage in a long article, where most paragraphs skip the identifier', () => {
    const english = passages(parseFixture('harbour-bridge.txt'))
      .map(blockText)
      .filter((t) => countWords(t) >= 8);
    const blocks: Block[] = [];
    for (let i = 0; i < 60; i++) blocks.push(paragraph(english[i % english.length] as string));
    blocks.splice(37, 0, paragraph(FRENCH), paragraph('Rada miasta przełożyła w czwartek głosowanie nad budową nowego mostu w porcie.'));
    const article = markPassageLanguages(articleOf('en-GB', blocks));
    expect(marked(article).map(([lang]) => lang)).toEqual(['fr', 'pl']);
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });

  it('counts words in scripts written without spaces', () => {
    expect(countWords('The council met on Monday')).toBe(5);
    expect(countWords('市議会は木曜日、港に架ける新しい橋の採決を延期した')).toBe(12);
  });
});

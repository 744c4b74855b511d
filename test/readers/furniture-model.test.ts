/**
 * The learned furniture model (issue 8: furniture in every language, found by more than word
 * lists): its features, its scores on lines no corpus page has, the text reader's use of it at
 * the story's edges and inside, and the committed weights being exactly what the corpus trains.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../../src/evaluate/corpus.js';
import { trainFurnitureModel, weightsModule } from '../../src/evaluate/furniture-training.js';
import { readNewsText } from '../../src/readers/news-text/index.js';
import { parseReferenceDate } from '../../src/readers/shared/dates.js';
import { furnitureScore, furnitureWordScore, lineFeatures } from '../../src/readers/shared/furniture-model.js';
import { learnedFurniture } from '../../src/readers/news-text/learned-furniture.js';
import { inlineText } from '../../src/tree/text.js';

const corpusLines = () => new Set(loadPages(['test/corpus']).flatMap((page) => page.text.split('\n').map((line) => line.trim())));

describe('the furniture model', () => {
  it('describes a line by its words, word pairs, character pairs where words are not spaced, and its shape', () => {
    const features = lineFeatures('Share this story: 3 comments');
    expect(features).toEqual(expect.arrayContaining(['w:share', 'w:0', 'b:share this', 'b:0 comments', 'len:3-5', 'end:none']));
    expect(lineFeatures('関連記事')).toEqual(expect.arrayContaining(['w:関連記事', 'c:関連', 'c:連記', 'c:記事', 'len:1']));
    expect(lineFeatures('BREAKING NEWS')).toContain('caps');
    expect(lineFeatures('Read more:')).toContain('end:colon');
    expect(lineFeatures('Home | News')).toContain('sep');
  });

  // Lines written for this test, in no corpus page and matched by no furniture rule.
  const chrome = ['Our journalism is funded by readers like you.', 'Mehr Nachrichten aus der Region finden Sie hier', 'You are reading a free article. Subscribers get unlimited access.', 'Trending now in your area', 'Our rules for comments'];
  const story = [
    'The council said the bridge would reopen in March after the repairs.',
    'Residents of the estate have waited three years for the new boiler, she said.',
    'Die Stadt will die Brücke im März wieder öffnen, sagte der Bürgermeister.',
    'La mairie a annoncé la réouverture du pont en mars.',
  ];

  it('scores chrome it has never seen far above even, and story sentences far below', () => {
    const seen = corpusLines();
    for (const line of [...chrome, ...story]) expect(seen.has(line)).toBe(false);
    for (const line of chrome) expect(furnitureScore(line), line).toBeGreaterThan(10);
    for (const line of story) expect(furnitureScore(line), line).toBeLessThan(-10);
  });

  it('is what `npm run learn-furniture` trains on the corpus, byte for byte', () => {
    const model = trainFurnitureModel(loadPages(['test/corpus']).map((page) => page.expected));
    expect(model.weights.length).toBeGreaterThan(5000);
    expect(weightsModule(model)).toBe(readFileSync('src/readers/shared/furniture-weights.ts', 'utf8'));
  });
});

describe('the text reader with the furniture model', () => {
  const para = (n: number) => `The council said the bridge over the river would reopen in March after repairs to its deck, which engineers found had corroded faster than expected (${n}).`;
  const page = (lines: string[]) => readNewsText(['Bridge to reopen in March after deck repairs', 'By Jane Smith', 'November 3, 2025', ...lines].join('\n'), { date: parseReferenceDate('2025-11-03') });
  const bodyTexts = (article: ReturnType<typeof readNewsText>['article']) =>
    article.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'paragraph' ? [inlineText(block.children)] : [])));

  it('drops the closing lines that read like chrome, and a short one inside the story, keeping every story paragraph', () => {
    const { article } = page([para(1), para(2), 'Trending now in your area', para(3), para(4), 'You are reading a free article. Subscribers get unlimited access.']);
    expect(bodyTexts(article)).toEqual([para(1), para(2), para(3), para(4)]);
    const learned = article.dropped.filter((d) => d.reason.includes('learned furniture model')).map((d) => d.text);
    expect(learned).toEqual(['Trending now in your area', 'You are reading a free article. Subscribers get unlimited access.']);
  });

  it('leaves a line inside the story that only leans towards chrome', () => {
    // (Between the edge's threshold and the inside's: kept inside the story, dropped at its end.)
    const leaning = 'If you enjoyed this article, tell your friends about our website.';
    expect(furnitureScore(leaning)).toBeGreaterThan(6);
    expect(furnitureScore(leaning)).toBeLessThan(10);
    expect(bodyTexts(page([para(1), leaning, para(2), para(3)]).article)).toContain(leaning);
    expect(bodyTexts(page([para(1), para(2), para(3), leaning]).article)).not.toContain(leaning);
  });
  it('leaves a line the page marks as a heading, however much it reads like chrome', () => {
    expect(furnitureScore('■ Sports')).toBeGreaterThan(10);
    const { article } = page([para(1), para(2), '■ Sports', para(3), para(4)]);
    expect(article.dropped.map((d) => d.text)).not.toContain('■ Sports');
    expect(article.sections.map((section) => (section.heading ? inlineText(section.heading) : ''))).toContain('■ Sports');
  });
});

describe('inside the story, the words must lean to furniture', () => {
  it('keeps a two-word subheading in capitals no page has shown, whatever its shape scores', () => {
    const line = 'KUZEY AKIMI';
    expect(furnitureScore(line)).toBeGreaterThan(10);
    expect(furnitureWordScore(line)).toBeLessThanOrEqual(0);
    expect(learnedFurniture([null, line, null])).toEqual(new Set());
  });
});

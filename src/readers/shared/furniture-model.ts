/**
 * A learned signal for site furniture: a naive Bayes model over a line's words, word pairs,
 * character pairs (for scripts written without spaces) and shape, trained on the corpus's
 * labelled lines (furniture against the article's own lines) by `npm run learn-furniture`.
 *
 * Why a model beside the word lists: the lists only know the phrases someone wrote down, and
 * pages nobody has seen use other wordings (`Please report any comments that break our rules.`,
 * a pitch for the site's app in Hindi). Measured leaving each blind set out of training in turn,
 * the model finds furniture the rules missed on about one page in twenty, while taking one story
 * paragraph in two thousand for furniture at the thresholds the text reader uses.
 */
import { FURNITURE_PRIOR, FURNITURE_WEIGHTS } from './furniture-weights.js';

/** Letters of scripts written without spaces between words: their features are character pairs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]/u;

function lengthBucket(words: number): string {
  if (words <= 2) return String(words);
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  if (words <= 20) return '11-20';
  return words <= 40 ? '21-40' : '40+';
}

/** The features of one line, each once. */
export function lineFeatures(line: string): string[] {
  const text = line.trim();
  const folded = text.normalize('NFKC').toLowerCase().replace(/\p{N}+/gu, '0');
  const words = folded.match(/[\p{L}\p{M}\p{N}']+/gu) ?? [];
  const features = new Set<string>();
  for (const word of words) features.add(`w:${word}`);
  for (let i = 1; i < words.length; i++) features.add(`b:${words[i - 1]} ${words[i]}`);
  for (const word of words) {
    if (word.length < 2 || !UNSPACED.test(word)) continue;
    for (let i = 1; i < word.length; i++) features.add(`c:${word.slice(i - 1, i + 1)}`);
  }
  features.add(`len:${lengthBucket(words.length)}`);
  features.add(`end:${/[.!?。！？]["»”’)]?$/u.test(text) ? 'stop' : /[:：]$/u.test(text) ? 'colon' : 'none'}`);
  if (/https?:|www\.|\.com\b/u.test(folded)) features.add('url');
  if (/^\p{Lu}[\p{Lu}\s]+$/u.test(text)) features.add('caps');
  if (/[|•·›»]/u.test(text)) features.add('sep');
  return [...features];
}

let weights: Map<string, number> | undefined;

function loadWeights(): Map<string, number> {
  if (!weights) {
    weights = new Map();
    for (const row of FURNITURE_WEIGHTS.split('\n')) {
      const tab = row.lastIndexOf('\t');
      if (tab > 0) weights.set(row.slice(0, tab), Number(row.slice(tab + 1)));
    }
  }
  return weights;
}

/**
 * How strongly a line looks like site furniture: the log-odds of furniture against the article's
 * own text. Above 0 more likely furniture than not; the text reader acts only far above that.
 */
export function furnitureScore(line: string): number {
  const table = loadWeights();
  let score = FURNITURE_PRIOR;
  for (const feature of lineFeatures(line)) score += table.get(feature) ?? 0;
  return score;
}

/**
 * The part of a line's score its words give (words, word pairs, character pairs), without the prior
 * and the shape features: a line in capitals of two words no page has shown is furniture only by its
 * shape, as a subheading in capitals (`ESNAF ENDİŞELİ`) is too.
 */
export function furnitureWordScore(line: string): number {
  const table = loadWeights();
  let score = 0;
  for (const feature of lineFeatures(line)) if (/^[wbc]:/u.test(feature)) score += table.get(feature) ?? 0;
  return score;
}

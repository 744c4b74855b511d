/**
 * Passage language: marks a paragraph or quotation with `lang` when it is clearly written in
 * another language than the article (a French quotation in an English report), so the HTML and
 * EPUB writers can tag it and the narration can read it with a voice for that language.
 *
 * Conservative by design, since a wrong mark makes a screen reader mispronounce a whole
 * paragraph: only passages of at least 8 words; the identifier must rank the article's own
 * language well below the winner (≤ 0.8 of its score) and not call a near-tie; close relatives
 * (Danish/Norwegian, Czech/Slovak, …) are never told apart; nothing is marked when the article's
 * language is one the identifier does not know. Thresholds measured in bench/language.js and
 * test/tree/passage-language.test.ts: on the labelled set, English sentences full of French,
 * German and Spanish names score ≥ 0.9 for English, foreign sentences ≤ 0.83.
 *
 * Example: an English article with the paragraph "« Nous ne pouvons pas voter pour un ouvrage
 * dont le prix change chaque semaine », a déclaré la présidente." → that paragraph gets `lang: 'fr'`.
 */
import { identifiableLanguages, identifyLanguage } from '../readers/shared/language.js';
import { blockText } from './text.js';
import type { Article, Block, Paragraph, Quote } from './types.js';

export const PASSAGE_LANGUAGE = {
  /** Shorter passages (names, slogans, titles of works) are never marked. */
  minWords: 8,
  /** The article's language may score at most this much of the winner's score. */
  maxPrimaryScore: 0.8,
  /** The winner must lead its runner-up by at least this much (1 − runner-up/winner). */
  minConfidence: 0.02,
} as const;

/** Languages the identifier cannot reliably tell apart in a paragraph: never marked against each other. */
const RELATIVES: readonly (readonly string[])[] = [
  ['da', 'no', 'nb', 'nn'],
  ['cs', 'sk'],
  ['hr', 'sr', 'bs', 'sh'],
  ['ms', 'id'],
  // A run of kanji reads as Chinese.
  ['ja', 'zh'],
];

/** Article languages the identifier knows under another tag: Norwegian and Nynorsk as Bokmål, Filipino as Tagalog. */
const KNOWN_AS: Record<string, string> = { no: 'nb', nn: 'nb', fil: 'tl' };

function related(a: string, b: string): boolean {
  return a === b || RELATIVES.some((group) => group.includes(a) && group.includes(b));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words; in scripts written without spaces, two characters count as one word. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words + Math.ceil(cjk / 2);
}

/**
 * In a long article, most paragraphs are plainly in its own language, and identifying each
 * would cost more than reading the input. From this many passages on, the article's commonest
 * words are learnt from a spread-out sample of passages the identifier confirmed as the
 * article's language, and a passage whose opening is at least a fifth those words ("the",
 * "said", "council") is taken as the article's language without asking the identifier. It can
 * only skip a mark, never add one. Measured on English news text: 50 of 53 English paragraphs
 * skipped, none of 194 foreign passages (bench/language.js prints the long-article case).
 */
const PREFILTER_FROM = 40;
const SAMPLE_PASSAGES = 30;
const OPENING_WORDS = 24;
/** A word in the openings of at least this share of the sample (and two of them) is common. */
const COMMON_SHARE = 0.1;
/** A passage whose opening is at least this share of common words is the article's language. */
const FAMILIAR_SHARE = 0.2;

function openingWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    words.push(match[0].toLowerCase());
    if (words.length === OPENING_WORDS) break;
  }
  return words;
}

type Passage = Paragraph | Quote;

/** Paragraphs and quotations in document order, each quote before its own paragraphs. */
function collect(blocks: readonly Block[], out: Passage[]): Passage[] {
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(block);
    else if (block.type === 'quote') {
      out.push(block);
      collect(block.blocks, out);
    } else if (block.type === 'list') for (const item of block.items) collect(item, out);
    else if (block.type === 'footnotes') for (const item of block.items) collect(item.blocks, out);
  }
  return out;
}

/** The language to mark a passage with, or undefined when it is (or may be) the article's own. */
export function passageLanguage(text: string, primary: string): string | undefined {
  return judge(text, primary).mark;
}

/** The mark for a passage, and the language the identifier ranked first (whatever the mark). */
function judge(text: string, primary: string): { mark?: string; top?: string } {
  if (countWords(text) < PASSAGE_LANGUAGE.minWords) return {};
  const found = identifyLanguage(text);
  if (!found) return {};
  const clear =
    !related(found.lang, primary) &&
    found.confidence >= PASSAGE_LANGUAGE.minConfidence &&
    (found.scores.get(primary) ?? 0) <= PASSAGE_LANGUAGE.maxPrimaryScore;
  return clear ? { mark: found.lang, top: found.lang } : { top: found.lang };
}

/** Sets `lang` on passages clearly in another language than the article. Never overwrites a `lang` the reader set. */
export function markPassageLanguages(article: Article): Article {
  const subtag = article.lang.split('-')[0]?.toLowerCase() ?? '';
  const primary = KNOWN_AS[subtag] ?? subtag;
  if (!identifiableLanguages().has(primary)) return article;
  const passages: Passage[] = [];
  for (const section of article.sections) collect(section.blocks, passages);
  if (article.footer) collect(article.footer.notes, passages);
  const texts = passages.map(blockText);
  // Passage index → its mark (undefined: none), for passages already decided.
  const decided = new Map<number, string | undefined>();

  let common: Set<string> | undefined;
  if (passages.length >= PREFILTER_FROM) {
    const step = passages.length / SAMPLE_PASSAGES;
    const df = new Map<string, number>();
    let confirmed = 0;
    for (let k = 0; k < SAMPLE_PASSAGES; k++) {
      const i = Math.floor(k * step);
      const text = texts[i] ?? '';
      const { mark, top } = judge(text, primary);
      decided.set(i, mark);
      if (top !== primary) continue;
      confirmed++;
      for (const word of new Set(openingWords(text))) df.set(word, (df.get(word) ?? 0) + 1);
    }
    if (confirmed >= SAMPLE_PASSAGES / 3) {
      const threshold = Math.max(2, COMMON_SHARE * confirmed);
      common = new Set([...df].filter(([, n]) => n >= threshold).map(([word]) => word));
    }
  }

  // A passage inside a marked quotation inherits its language.
  const inside = new Set<Block>();
  passages.forEach((passage, i) => {
    if (inside.has(passage)) return;
    if (!passage.lang) {
      let familiar = false;
      if (common && !decided.has(i)) {
        const words = openingWords(texts[i] ?? '');
        familiar = words.length > 0 && words.filter((w) => common.has(w)).length / words.length >= FAMILIAR_SHARE;
      }
      const lang = familiar ? undefined : decided.has(i) ? decided.get(i) : judge(texts[i] ?? '', primary).mark;
      if (lang) passage.lang = lang;
    }
    if (passage.type === 'quote' && passage.lang) for (const block of collect(passage.blocks, [])) inside.add(block);
  });
  return article;
}

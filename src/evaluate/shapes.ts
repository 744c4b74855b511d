/**
 * Scores an article tree against the tree a person expected from the same page
 * (`test/corpus/*.expect.json`). Used by `npm run bench -- shapes` and by the corpus
 * test, so the numbers the bench prints are the numbers the tests hold.
 *
 * A page gets one pass/fail check per field (kicker, headline, standfirst, authors,
 * places, published, updated, caption, credit, sections, footer, furniture, lang) and a
 * body F1 over word shingles, the metric of the public article-extraction benchmarks.
 */
import { inlineText } from '../tree/text.js';
import type { Article, Block, Inline } from '../tree/types.js';

export interface ExpectedPage {
  layout: string;
  lang: string;
  reference?: string;
  kicker: string | null;
  headline: string;
  standfirst: string | null;
  authors: { name: string; location?: string | null }[];
  published: string | null;
  updated: string | null;
  caption: string | null;
  credit: string | null;
  sections: string[];
  body: string[];
  figures?: { caption?: string | null; credit?: string | null }[];
  pullQuotes?: string[];
  footer: string[];
  furniture: string[];
}

export const CHECKS = [
  'kicker',
  'headline',
  'standfirst',
  'authors',
  'places',
  'published',
  'updated',
  'caption',
  'credit',
  'sections',
  'footer',
  'furniture',
  'lang',
] as const;
export type Check = (typeof CHECKS)[number];

/** Per field: what the reader claimed, what was expected, and how many of each agreed. */
export interface FieldCounts {
  predicted: number;
  expected: number;
  correct: number;
}

export interface PageScore {
  checks: Record<Check, boolean>;
  fields: Record<Check, FieldCounts>;
  bodyF1: number;
  /** Furniture lines that became a headline, author or section heading (what the issue counts; kickers have their own check). */
  furnitureAsStructure: string[];
}

/** Lower case, letters and digits only: punctuation and spacing differences are not structure. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Word tokens; each CJK character is a token of its own, as the benchmarks do for unspaced scripts. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of normalize(text).split(' ')) {
    if (!word) continue;
    if (CJK.test(word)) out.push(...Array.from(word));
    else out.push(word);
  }
  return out;
}

/** F1 over multisets of 4-word shingles (bags of words when a text is shorter than that). */
export function shingleF1(predicted: string, expected: string, n = 4): number {
  const bag = (text: string) => {
    const t = tokens(text);
    const counts = new Map<string, number>();
    const size = t.length < n ? 1 : n;
    for (let i = 0; i + size <= t.length; i++) {
      const key = t.slice(i, i + size).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const p = bag(predicted);
  const e = bag(expected);
  let overlap = 0;
  let pTotal = 0;
  let eTotal = 0;
  for (const [key, count] of p) {
    pTotal += count;
    overlap += Math.min(count, e.get(key) ?? 0);
  }
  for (const count of e.values()) eTotal += count;
  if (pTotal === 0 && eTotal === 0) return 1;
  if (pTotal === 0 || eTotal === 0 || overlap === 0) return 0;
  const precision = overlap / pTotal;
  const recall = overlap / eTotal;
  return (2 * precision * recall) / (precision + recall);
}

function blockTexts(block: Block, out: string[]): void {
  switch (block.type) {
    case 'paragraph':
      out.push(inlineText(block.children));
      break;
    case 'quote':
      if (!block.pull) for (const b of block.blocks) blockTexts(b, out);
      break;
    case 'list':
      for (const item of block.items) for (const b of item) blockTexts(b, out);
      break;
    case 'table':
      for (const row of [block.head, ...block.rows]) out.push(row.map((cell) => inlineText(cell)).join(' '));
      break;
    case 'code':
      out.push(block.value);
      break;
    case 'figure':
    case 'footnotes':
      break;
  }
}

/** The article's body text as the benchmarks count it: headings and running text, not figures or pull quotes. */
export function bodyLines(article: Article): string[] {
  const out: string[] = [];
  for (const section of article.sections) {
    if (section.heading) out.push(inlineText(section.heading));
    for (const block of section.blocks) blockTexts(block, out);
  }
  return out;
}

const text = (inlines: Inline[] | undefined) => (inlines ? inlineText(inlines) : null);

function counts(predicted: number, expected: number, correct: number): FieldCounts {
  return { predicted, expected, correct };
}

/** One value per page (kicker, headline …): right when both are absent or both agree. */
function single(predicted: string | null | undefined, expected: string | null | undefined): [boolean, FieldCounts] {
  const p = normalize(predicted);
  const e = normalize(expected);
  const ok = p === e;
  return [ok, counts(p ? 1 : 0, e ? 1 : 0, ok && p ? 1 : 0)];
}

/** A set of values (authors, footer lines): right when the sets are equal. */
function set(predicted: string[], expected: string[]): [boolean, FieldCounts] {
  const p = new Set(predicted.map(normalize).filter(Boolean));
  const e = new Set(expected.map(normalize).filter(Boolean));
  const correct = [...p].filter((x) => e.has(x)).length;
  return [correct === p.size && correct === e.size, counts(p.size, e.size, correct)];
}

/** The date part of an ISO string; `null` when there is none. */
function day(iso: string | null | undefined): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/**
 * The found language's primary subtag, or the expected one when both name the same language: `no`
 * (Norwegian) is the macrolanguage of `nb` (Bokmål) and `nn` (Nynorsk), and page writers use either.
 */
function sameLanguageAs(found: string, expected: string): string {
  const [a, b] = [found.split('-')[0] ?? '', expected.split('-')[0] ?? ''];
  const norwegian = (x: string) => x === 'no' || x === 'nb' || x === 'nn';
  return a !== b && norwegian(a) && norwegian(b) && (a === 'no' || b === 'no') ? b : a;
}

export function scorePage(article: Article, expected: ExpectedPage): PageScore {
  const checks = {} as Record<Check, boolean>;
  const fields = {} as Record<Check, FieldCounts>;
  const record = (check: Check, [ok, c]: [boolean, FieldCounts]) => {
    checks[check] = ok;
    fields[check] = c;
  };
  record('kicker', single(text(article.kicker), expected.kicker));
  record('headline', single(text(article.headline), expected.headline));
  record('standfirst', single(text(article.standfirst), expected.standfirst));
  const authors = article.byline?.authors ?? [];
  record('authors', set(authors.map((a) => a.name), expected.authors.map((a) => a.name)));
  record(
    'places',
    set(
      authors.flatMap((a) => (a.location ? [a.location] : [])),
      expected.authors.flatMap((a) => (a.location ? [a.location] : [])),
    ),
  );
  record('published', single(day(article.byline?.dateline?.iso), day(expected.published)));
  record('updated', single(day(article.byline?.updated?.iso), day(expected.updated)));
  record('caption', single(text(article.lead?.caption), expected.caption));
  record('credit', single(article.lead?.credit, expected.credit));

  const headings = article.sections.flatMap((s) => (s.heading ? [normalize(inlineText(s.heading))] : []));
  const expectedHeadings = expected.sections.map(normalize);
  const headingsRight = headings.length === expectedHeadings.length && headings.every((h, i) => h === expectedHeadings[i]);
  const correctHeadings = headings.filter((h) => expectedHeadings.includes(h)).length;
  record('sections', [headingsRight, counts(headings.length, expectedHeadings.length, correctHeadings)]);

  const footer: string[] = [];
  if (article.footer?.rights) footer.push(article.footer.rights);
  for (const block of article.footer?.notes ?? []) blockTexts(block, footer);
  record('footer', set(footer, expected.footer));

  // Furniture: every chrome line must be out of everything the outputs show or say.
  const kept = new Set(
    [
      text(article.kicker),
      text(article.headline),
      text(article.standfirst),
      ...authors.map((a) => a.name),
      text(article.lead?.caption),
      ...bodyLines(article),
      ...footer,
    ]
      .map(normalize)
      .filter(Boolean),
  );
  // A chrome line that repeats the article's own words (a "Most read" list naming this story)
  // cannot be told apart from them by text, so it does not count as leaked.
  const ownWords = new Set(
    [expected.kicker, expected.headline, expected.standfirst, ...expected.sections, ...expected.body, ...expected.footer, expected.caption, ...expected.authors.map((a) => a.name)].map(normalize),
  );
  const furniture = expected.furniture.map(normalize).filter((f) => f && !ownWords.has(f));
  const leaked = furniture.filter((f) => kept.has(f));
  const droppedSet = new Set(article.dropped.map((d) => normalize(d.text)));
  const droppedRight = [...droppedSet].filter((d) => furniture.includes(d)).length;
  checks.furniture = leaked.length === 0;
  fields.furniture = counts(droppedSet.size, new Set(furniture).size, droppedRight);

  record('lang', single(sameLanguageAs(article.lang, expected.lang), expected.lang.split('-')[0]));

  const structural = new Set(
    [text(article.headline), ...authors.map((a) => a.name), ...article.sections.map((s) => text(s.heading))]
      .map(normalize)
      .filter(Boolean),
  );
  const expectedStructure = new Set(
    [expected.headline, ...expected.authors.map((a) => a.name), ...expected.sections].map(normalize),
  );
  const furnitureAsStructure = expected.furniture.filter((f) => structural.has(normalize(f)) && !expectedStructure.has(normalize(f)));

  const bodyF1 = shingleF1(bodyLines(article).join('\n'), [...expected.sections, ...expected.body].join('\n'));
  return { checks, fields, bodyF1, furnitureAsStructure };
}

export interface CorpusSummary {
  pages: number;
  checksPassed: number;
  checksTotal: number;
  pagesFullyRight: number;
  meanBodyF1: number;
  perCheck: Record<Check, { passed: number; precision: number; recall: number }>;
  furnitureAsStructure: number;
}

export function summarize(scores: PageScore[]): CorpusSummary {
  const perCheck = {} as CorpusSummary['perCheck'];
  for (const check of CHECKS) {
    const sum = scores.reduce(
      (acc, s) => ({
        passed: acc.passed + (s.checks[check] ? 1 : 0),
        predicted: acc.predicted + s.fields[check].predicted,
        expected: acc.expected + s.fields[check].expected,
        correct: acc.correct + s.fields[check].correct,
      }),
      { passed: 0, predicted: 0, expected: 0, correct: 0 },
    );
    perCheck[check] = {
      passed: sum.passed,
      precision: sum.predicted ? sum.correct / sum.predicted : 1,
      recall: sum.expected ? sum.correct / sum.expected : 1,
    };
  }
  const checksPassed = scores.reduce((n, s) => n + CHECKS.filter((c) => s.checks[c]).length, 0);
  return {
    pages: scores.length,
    checksPassed,
    checksTotal: scores.length * CHECKS.length,
    pagesFullyRight: scores.filter((s) => CHECKS.every((c) => s.checks[c])).length,
    meanBodyF1: scores.reduce((n, s) => n + s.bodyF1, 0) / Math.max(1, scores.length),
    perCheck,
    furnitureAsStructure: scores.reduce((n, s) => n + s.furnitureAsStructure.length, 0),
  };
}

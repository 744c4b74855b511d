/**
 * The news-text corpus: pages copied from news sites with the tree a person expected
 * (`test/corpus/README.md`). Read by `npm run bench -- shapes` and the corpus test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../pipeline.js';
import type { Article } from '../tree/types.js';
import { type CorpusSummary, type ExpectedPage, type PageScore, scorePage, summarize } from './shapes.js';

export interface CorpusPage {
  name: string;
  text: string;
  expected: ExpectedPage;
}

export interface ScoredPage {
  page: CorpusPage;
  article: Article;
  score: PageScore;
}

/** Every `NAME.txt` with a `NAME.expect.json` beside it, in each folder, by name. */
export function loadPages(dirs: string[]): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.expect.json')) continue;
      const name = file.slice(0, -'.expect.json'.length);
      pages.push({
        name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedPage,
      });
    }
  }
  return pages;
}

/** Reads every page as the news-text reader does from the command line, and scores it. */
export function scoreCorpus(pages: CorpusPage[]): { scored: ScoredPage[]; summary: CorpusSummary; seconds: number } {
  const started = process.hrtime.bigint();
  const articles = pages.map(
    (page) =>
      parseArticle(page.text, {
        from: 'news-text',
        file: `${page.name}.txt`,
        ...(page.expected.reference ? { date: page.expected.reference } : {}),
      }).article,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const scored = pages.map((page, i) => {
    const article = articles[i] as Article;
    return { page, article, score: scorePage(article, page.expected) };
  });
  return { scored, summary: summarize(scored.map((s) => s.score)), seconds };
}

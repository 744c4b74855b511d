/**
 * The corpora: pages copied from news sites as text (`test/corpus/README.md`) and web pages saved
 * from a browser (`test/html-corpus/`), each with the tree a person expected. Read by
 * `npm run bench -- shapes` and the corpus tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../pipeline.js';
import type { Article } from '../tree/types.js';
import { type CorpusSummary, type ExpectedPage, type PageScore, scorePage, summarize } from './shapes.js';

export interface CorpusPage {
  name: string;
  /** The reader the page is for: `news-text` for a `.txt`, `html` for a `.html`. */
  format: 'news-text' | 'html';
  text: string;
  expected: ExpectedPage;
}

export interface ScoredPage {
  page: CorpusPage;
  article: Article;
  score: PageScore;
}

/** Every `NAME.txt` or `NAME.html` with a `NAME.expect.json` beside it, in each folder, by name. */
export function loadPages(dirs: string[]): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.expect.json')) continue;
      const name = file.slice(0, -'.expect.json'.length);
      const html = existsSync(join(dir, `${name}.html`));
      pages.push({
        name,
        format: html ? 'html' : 'news-text',
        text: readFileSync(join(dir, `${name}.${html ? 'html' : 'txt'}`), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedPage,
      });
    }
  }
  return pages;
}

/** Reads every page as its reader does from the command line, and scores it. */
export function scoreCorpus(pages: CorpusPage[]): { scored: ScoredPage[]; summary: CorpusSummary; seconds: number } {
  const started = process.hrtime.bigint();
  const articles = pages.map(
    (page) =>
      parseArticle(page.text, {
        from: page.format,
        file: `${page.name}.${page.format === 'html' ? 'html' : 'txt'}`,
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

// npm run bench -- bodies DIR [--pages]: body F1 of the news-text reader on real pages copied
// whole from a browser. DIR holds NAME.txt (the copy: select all, copy, or `bench/copy-html.js`)
// and NAME.ref.txt (the article's body as a person, or a reference extractor, marks it). Prints
// the mean F1 over four-word shingles (the metric of the public article-extraction benchmarks),
// beside the F1 of keeping the whole copy, so the two are measured on the same pages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bodyLines, shingleF1 } from '../dist/evaluate/shapes.js';
import { parseArticle } from '../dist/pipeline.js';

export function report(dir, showPages) {
  const rows = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ref.txt')) continue;
    const name = file.slice(0, -'.ref.txt'.length);
    let copy;
    try {
      copy = readFileSync(join(dir, `${name}.txt`), 'utf8');
    } catch {
      continue;
    }
    if (!copy.trim()) continue;
    const reference = readFileSync(join(dir, file), 'utf8');
    const { article } = parseArticle(copy, { from: 'news-text', file: `${name}.txt` });
    rows.push({ name, f1: shingleF1(bodyLines(article).join('\n'), reference), everything: shingleF1(copy, reference) });
  }
  const mean = (key) => rows.reduce((sum, row) => sum + row[key], 0) / Math.max(1, rows.length);
  console.log(`Real pages: ${rows.length}; body F1 (4-word shingles), mean: ${mean('f1').toFixed(3)}; keeping the whole copy: ${mean('everything').toFixed(3)}`);
  if (showPages) for (const row of rows.sort((a, b) => a.f1 - b.f1)) console.log(`  ${row.name}: ${row.f1.toFixed(3)} (whole copy ${row.everything.toFixed(3)})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((a) => a !== 'bodies' && !a.startsWith('--'));
  if (!dir) {
    console.error('usage: node bench/bodies.js DIR [--pages]');
    process.exit(2);
  }
  report(dir, process.argv.includes('--pages'));
}

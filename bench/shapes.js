// npm run bench -- shapes [DIR…] [--pages]: how well the news-text reader reads pages it was
// not written for. Scores every `*.txt` page that has an `*.expect.json` beside it (default:
// test/corpus and the news-text fixtures): pass rate per check, per-field precision and recall,
// body F1 over word shingles (the metric of the public article-extraction benchmarks), pages per second.
import { join } from 'node:path';
import { loadPages, scoreCorpus } from '../dist/evaluate/corpus.js';
import { CHECKS } from '../dist/evaluate/shapes.js';

const root = new URL('..', import.meta.url).pathname;
export const DEFAULT_DIRS = [join(root, 'test', 'corpus'), join(root, 'test', 'fixtures')];

const pct = (x) => `${(100 * x).toFixed(1)}%`;

export function report(dirs, showPages) {
  const pages = loadPages(dirs);
  const { scored, summary, seconds } = scoreCorpus(pages);
  const layouts = new Set(pages.map((p) => p.expected.layout));
  const langs = new Set(pages.map((p) => p.expected.lang));
  console.log(`News-text shapes: ${summary.pages} pages, ${layouts.size} layouts, ${langs.size} languages`);
  console.log(`  checks right: ${summary.checksPassed}/${summary.checksTotal} (${pct(summary.checksPassed / Math.max(1, summary.checksTotal))}); pages fully right: ${summary.pagesFullyRight}/${summary.pages}`);
  console.log(`  body F1 (4-word shingles), mean: ${summary.meanBodyF1.toFixed(3)}; furniture read as headline, author or section: ${summary.furnitureAsStructure}`);
  console.log(`  ${'field'.padEnd(11)} ${'pages ok'.padStart(9)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`);
  for (const check of CHECKS) {
    const c = summary.perCheck[check];
    console.log(`  ${check.padEnd(11)} ${`${c.passed}/${summary.pages}`.padStart(9)} ${pct(c.precision).padStart(10)} ${pct(c.recall).padStart(8)}`);
  }
  console.log(`  speed: ${(pages.length / seconds).toFixed(0)} pages/s (in process: read, ids, passage languages)`);
  if (showPages) {
    for (const { page, score } of scored) {
      const failed = CHECKS.filter((c) => !score.checks[c]);
      console.log(`  ${page.name}: ${CHECKS.length - failed.length}/${CHECKS.length} F1 ${score.bodyF1.toFixed(2)}${failed.length ? ` ✗ ${failed.join(', ')}` : ''}`);
    }
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => a !== 'shapes');
  const dirs = args.filter((a) => !a.startsWith('--'));
  report(dirs.length ? dirs : DEFAULT_DIRS, args.includes('--pages'));
}

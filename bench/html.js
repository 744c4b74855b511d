// npm run bench -- html [DIR…] [--pages]: the html reader on saved web pages (default:
// test/html-corpus): pages per second in process, body F1 over word shingles against what a person
// expected, beside two references measured in the same run on the same pages: Readability.js alone
// (its article text, which the reader starts from) and the whole page's visible text (pandoc's
// plain-text output when pandoc is installed; what a reader that keeps everything would give).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadPages, scoreCorpus } from '../dist/evaluate/corpus.js';
import { shingleF1 } from '../dist/evaluate/shapes.js';
import { parseHtmlDocument } from '../dist/readers/html/dom.js';
import { pageLines } from '../dist/readers/html/lines.js';

const root = new URL('..', import.meta.url).pathname;
export const DEFAULT_DIRS = [join(root, 'test', 'html-corpus')];

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

export function report(dirs, showPages) {
  const pages = loadPages(dirs).filter((p) => p.format === 'html');
  if (pages.length === 0) {
    console.log('no saved pages with expectations in', dirs.join(', '));
    return;
  }
  scoreCorpus(pages.slice(0, 3)); // warm-up: lazily loaded name and place lists
  const { scored, summary, seconds } = scoreCorpus(pages);
  const expectedBody = (p) => [...p.expected.sections, ...p.expected.body].join('\n');
  const started = process.hrtime.bigint();
  const readability = pages.map((p) => new Readability(parseHtmlDocument(p.text)).parse()?.textContent ?? '');
  const readabilitySeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const whole = pages.map((p) => {
    const doc = parseHtmlDocument(p.text);
    return doc.body ? pageLines(doc.body).map((l) => l.text).join('\n') : '';
  });
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
  const pandocText = pandoc ? pages.map((p) => spawnSync('pandoc', ['-f', 'html', '-t', 'plain', '--wrap=none'], { input: p.text, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout) : [];
  const f1 = (texts) => mean(texts.map((t, i) => shingleF1(t, expectedBody(pages[i]))));
  console.log(`HTML reader: ${pages.length} saved pages, ${new Set(pages.map((p) => p.expected.lang)).size} languages`);
  console.log(`  checks right: ${summary.checksPassed}/${summary.checksTotal} (${((100 * summary.checksPassed) / summary.checksTotal).toFixed(1)}%); pages fully right: ${summary.pagesFullyRight}/${summary.pages}`);
  console.log('  body F1 (4-word shingles, mean over pages):');
  console.log(`    Lectern html reader        ${summary.meanBodyF1.toFixed(3)}`);
  console.log(`    Readability.js 0.6.0 alone ${f1(readability).toFixed(3)}  (its article text, on the same DOM)`);
  console.log(`    the page's visible text    ${f1(whole).toFixed(3)}  (everything kept)`);
  if (pandoc) console.log(`    pandoc -t plain            ${f1(pandocText).toFixed(3)}  (the whole page)`);
  console.log(`  speed: ${(pages.length / seconds).toFixed(0)} pages/s, ${((1000 * seconds) / pages.length).toFixed(1)} ms a page (read, ids, passage languages); Readability alone ${((1000 * readabilitySeconds) / pages.length).toFixed(1)} ms a page`);
  if (showPages) for (const { page, score } of scored) console.log(`  ${page.name}: F1 ${score.bodyF1.toFixed(2)}`);
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => a !== 'html');
  const dirs = args.filter((a) => !a.startsWith('--'));
  report(dirs.length ? dirs : DEFAULT_DIRS, args.includes('--pages'));
}

// The heap retained by the article tree of one input (run with --expose-gc), then the
// parse time (best of five, in process, warm). The heap is measured first, on a cold
// start, so it is an upper bound: it also counts code V8 compiles for the first parse.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../dist/pipeline.js';

const text = readFileSync(process.argv[2], 'utf8');
global.gc();
const before = process.memoryUsage().heapUsed;
const parsed = parseArticle(text, { file: process.argv[2] });
global.gc();
const retainedBytes = process.memoryUsage().heapUsed - before;

let parseSeconds = Number.POSITIVE_INFINITY;
for (let i = 0; i < 5; i++) {
  const started = process.hrtime.bigint();
  parseArticle(text, { file: process.argv[2] });
  parseSeconds = Math.min(parseSeconds, Number(process.hrtime.bigint() - started) / 1e9);
}
process.stdout.write(`${JSON.stringify({ retainedBytes, parseSeconds, sections: parsed.article.sections.length })}\n`);

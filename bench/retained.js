// Heap retained by the article tree of one input (run with --expose-gc): what the tree
// itself costs, apart from the garbage a parse leaves for V8 to collect.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../dist/pipeline.js';

const text = readFileSync(process.argv[2], 'utf8');
global.gc();
const before = process.memoryUsage().heapUsed;
const parsed = parseArticle(text, { file: process.argv[2] });
global.gc();
const after = process.memoryUsage().heapUsed;
process.stdout.write(`${JSON.stringify({ retainedBytes: after - before, sections: parsed.article.sections.length })}\n`);

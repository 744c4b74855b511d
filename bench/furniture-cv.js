// npm run bench -- furniture-cv [N]: the text reader's use of the learned furniture model,
// measured leaving each of the last N blind sets (default 9; sets as `test/corpus/FIRST-TRY.md`
// lists them) out of the model's training in turn. For each set, a copy of dist whose weights were
// trained without that set reads the set's pages, beside a copy with no weights: the difference is
// what the model does on pages it never saw. Prints failed checks per set and field, and body F1.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPages } from '../dist/evaluate/corpus.js';
import { trainFurnitureModel, weightsModule } from '../dist/evaluate/furniture-training.js';

const root = new URL('..', import.meta.url).pathname;

/** Page name → the blind set it came in, from the headings and rows of FIRST-TRY.md. */
function blindSets() {
  const setOf = new Map();
  let current = null;
  for (const line of readFileSync(join(root, 'test/corpus/FIRST-TRY.md'), 'utf8').split('\n')) {
    const heading = /^## The (.+?) blind set/.exec(line);
    if (heading) current = heading[1];
    else if (line.startsWith('## ')) current = null;
    const row = /^\| ([a-z0-9][^ |]*) \|/.exec(line);
    if (row && current && row[1] !== 'page') setOf.set(row[1], current);
  }
  return setOf;
}

async function failures(dist, pages) {
  const { parseArticle } = await import(join(dist, 'pipeline.js'));
  const { scorePage } = await import(join(dist, 'evaluate/shapes.js'));
  const byCheck = {};
  let failed = 0;
  let f1 = 0;
  for (const page of pages) {
    const { article } = parseArticle(page.text, { from: 'news-text', file: page.name, date: page.expected.reference });
    const score = scorePage(article, page.expected);
    f1 += score.bodyF1;
    for (const [check, ok] of Object.entries(score.checks)) {
      if (ok) continue;
      failed++;
      byCheck[check] = (byCheck[check] ?? 0) + 1;
    }
  }
  return { failed, f1, byCheck };
}

export async function report(count = 9) {
  const setOf = blindSets();
  const pages = loadPages([join(root, 'test/corpus')]);
  const sets = [...new Set(setOf.values())].slice(-count);
  const work = mkdtempSync(join(tmpdir(), 'lectern-furniture-cv-'));
  // (The copies of dist/ import the project's packages: they resolve them through this link, wherever TMPDIR is.)
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  // Weights as the compiled module: the generated TypeScript has no types, only its comment lines differ.
  const withWeights = (name, model) => {
    const dist = join(work, name);
    cpSync(join(root, 'dist'), dist, { recursive: true });
    writeFileSync(join(dist, 'readers/shared/furniture-weights.js'), weightsModule(model).replace(/^\/\/.*\n/gm, ''));
    return dist;
  };
  try {
    const without = withWeights('none', { prior: 0, weights: [] });
    const total = { pages: 0, before: 0, after: 0, f1Before: 0, f1After: 0, checksBefore: {}, checksAfter: {} };
    console.log(`Learned furniture model, leaving each of the last ${sets.length} blind sets out of training`);
    for (const [i, set] of sets.entries()) {
      const held = pages.filter((page) => setOf.get(page.name) === set);
      const model = trainFurnitureModel(pages.filter((page) => setOf.get(page.name) !== set).map((page) => page.expected));
      const before = await failures(without, held);
      const after = await failures(withWeights(`set-${i}`, model), held);
      console.log(`  ${set} set (${held.length} pages): failed checks ${before.failed} without the model, ${after.failed} with it`);
      total.pages += held.length;
      total.before += before.failed;
      total.after += after.failed;
      total.f1Before += before.f1;
      total.f1After += after.f1;
      for (const [check, n] of Object.entries(before.byCheck)) total.checksBefore[check] = (total.checksBefore[check] ?? 0) + n;
      for (const [check, n] of Object.entries(after.byCheck)) total.checksAfter[check] = (total.checksAfter[check] ?? 0) + n;
    }
    console.log(`  all ${total.pages} pages: failed checks ${total.before} → ${total.after}; body F1 ${(total.f1Before / total.pages).toFixed(4)} → ${(total.f1After / total.pages).toFixed(4)}`);
    const checks = [...new Set([...Object.keys(total.checksBefore), ...Object.keys(total.checksAfter)])].sort();
    for (const check of checks) console.log(`    ${check.padEnd(11)} ${total.checksBefore[check] ?? 0} → ${total.checksAfter[check] ?? 0}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 9);
  await report(count);
}

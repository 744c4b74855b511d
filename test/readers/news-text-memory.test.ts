/**
 * The news-text reader's memory on a page far larger than any site serves: `lectern tree` of an
 * 8 MB page made from the corpus (bench/big-page.js) must fit a heap of 176 MB, in a process of
 * its own. About 80 MB of that heap is the program itself (the language identifier's n-gram
 * tables, compiled patterns); the page's own share was more than 140 MB before the units and the
 * `--explain` records became slices of the page (the old build needed 224 MB and crashed at
 * 192 MB; this one reads the page in 144 MB). A bound on the heap, not on time: it holds on a
 * slow or busy machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

const HEAP_MB = 176;
const work = mkdtempSync(join(tmpdir(), 'lectern-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('news-text reader memory', () => {
  it(`reads an 8 MB page in a ${HEAP_MB} MB heap`, () => {
    const generated = spawnSync(process.execPath, [join(ROOT, 'bench', 'big-page.js'), '8'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(generated.status).toBe(0);
    const page = join(work, 'big.txt');
    writeFileSync(page, generated.stdout);
    expect(statSync(page).size).toBeGreaterThan(8_000_000);
    const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, 'tree', page], {
      encoding: 'utf8',
      env: { ...process.env, LECTERN_DEBUG: '' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    // A heap too small ends the process with V8's "heap out of memory" and SIGABRT (status 134).
    expect(result.stderr).not.toMatch(/heap out of memory/);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1_000_000);
  }, 300_000);
});

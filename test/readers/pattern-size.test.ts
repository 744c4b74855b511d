/**
 * Every pattern the readers build stays below the size V8 still optimizes (`src/readers/shared/patterns.ts`):
 * the date signal grew past it as month names were added, and every line of a page took 40 times
 * longer to test, with no test failing. The built readers are loaded in a process of their own,
 * with the RegExp constructor watched.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PATTERN_SOURCE_LIMIT, anyOf } from '../../src/readers/shared/patterns.js';
import { ROOT } from '../helpers.js';

const WATCH = `
const Native = RegExp;
const sizes = [];
const record = (args) => sizes.push(args[0] instanceof Native ? args[0].source : String(args[0]));
globalThis.RegExp = new Proxy(Native, {
  construct: (target, args, newTarget) => (record(args), Reflect.construct(target, args, newTarget)),
  apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
});
for (const module of process.argv.slice(1)) await import(module);
process.stdout.write(JSON.stringify(sizes));
`;

describe('pattern sizes', () => {
  it('keeps every pattern the readers build below V8’s optimizing limit', () => {
    const modules = ['index.js', 'news-text/index.js', 'html/index.js', 'markdown/index.js'].map((m) => pathToFileURL(join(ROOT, 'dist', 'readers', m)).href);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', WATCH, ...modules], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const sources = JSON.parse(run.stdout) as string[];
    // The month names are in patterns: the watch saw the readers load.
    expect(sources.some((source) => source.includes('września'))).toBe(true);
    const over = sources.filter((source) => source.length >= PATTERN_SOURCE_LIMIT).map((source) => `${source.length}: ${source.slice(0, 60)}…`);
    expect(over).toEqual([]);
  });

  it('tests alternatives one pattern at a time, as one pattern would', () => {
    const any = anyOf(['\\d{4}', 'novembre'], 'iu');
    expect(any.test('le 3 NOVEMBRE')).toBe(true);
    expect(any.test('en 2026')).toBe(true);
    expect(any.test('demain')).toBe(false);
  });
});

/** The command line: bad inputs get one line on stderr, a documented exit code, and no output file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/errors.js';
import { BIN, runCli } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
const out = join(work, 'out');

function expectOneLineError(result: { status: number | null; stderr: string }, code: number, pattern: RegExp): void {
  expect(result.status).toBe(code);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

function bad(name: string, bytes: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe('bad input', () => {
  const cases: [string, () => string, number, RegExp][] = [
    ['a missing file', () => join(work, 'nope.txt'), EXIT_CODES.inputNotFound, /^lectern: error: no such file: .*nope\.txt$/],
    ['a directory', () => { mkdirSync(join(work, 'dir.txt'), { recursive: true }); return join(work, 'dir.txt'); }, EXIT_CODES.inputNotFound, /is a directory/],
    ['an empty file', () => bad('empty.txt', ''), EXIT_CODES.badInput, /is empty$/],
    ['a blank file', () => bad('blank.txt', '\n\n   \n'), EXIT_CODES.badInput, /has no text/],
    ['a binary file', () => bad('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), EXIT_CODES.badInput, /binary/],
    ['a huge file', () => { const p = bad('huge.txt', 'x'); truncateSync(p, 65 * 1024 * 1024); return p; }, EXIT_CODES.badInput, /MiB; Lectern reads at most 64\.0 MiB/],
    ['broken YAML front matter', () => bad('broken.md', '---\ntitle: [unclosed\n---\nBody text.\n'), EXIT_CODES.badInput, /invalid YAML front matter/],
  ];
  for (const [label, make, code, pattern] of cases) {
    it(`refuses ${label} (tree and export)`, () => {
      const path = make();
      expectOneLineError(runCli(['tree', path]), code, pattern);
      expectOneLineError(runCli(['export', path, '--out', out, '--format', 'html']), code, pattern);
      expect(readdirSync(work)).not.toContain('out');
    });
  }

  it('reads invalid UTF-8 as Windows-1252 with one warning', () => {
    const path = bad('latin.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' prices rise\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' owners said prices would rise again next year.\n')]));
    const result = runCli(['tree', path, '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toMatch(/^lectern: warning: .* is not valid UTF-8; read it as Windows-1252$/);
    expect(result.stdout).toContain('Café prices rise');
  });
});

describe('usage errors', () => {
  it('rejects an unknown format with the list of formats', () => {
    const result = runCli(['export', 'test/fixtures/harbour-bridge.txt', '--format', 'pdf', '--out', out]);
    expectOneLineError(result, EXIT_CODES.usage, /unknown format "pdf"/);
  });
  it('rejects an unknown option', () => {
    expect(runCli(['tree', 'x.txt', '--bogus']).status).toBe(EXIT_CODES.usage);
  });
  it('rejects a bad --date', () => {
    expectOneLineError(runCli(['tree', 'test/fixtures/harbour-bridge.txt', '--date', 'last week']), EXIT_CODES.usage, /--date "last week" is not a date/);
  });
  it('prints help with examples and the version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:[\s\S]*lectern export/);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('tree', () => {
  it('prints an outline by default and rules with --explain', () => {
    const result = runCli(['tree', 'test/fixtures/guardian-heatwave.txt', '--explain']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Hospitals on alert\s+#hospitals-on-alert/);
    expect(result.stdout).toMatch(/\d+\s+caption:credit-label\s+Firefighters/);
    expect(result.stdout).toMatch(/furniture:related\s+Explore more on these topics/);
  });
  it('reads standard input with -', () => {
    const result = runCli(['tree', '-', '--json', '--title', 'From stdin'], 'A short note\n\nThe body of the note is one sentence long.\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).headline).toEqual([{ type: 'text', value: 'From stdin' }]);
  });
  it('exports standard input with -', () => {
    const dir = join(work, 'stdin-out');
    const result = runCli(['export', '-', '--format', 'html', '--out', dir], 'Short note from a pipe\n\nThe body of the note is one sentence long.\n');
    expect(result.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['short-note-from-a-pipe.html']);
  });
  it('applies --lang', () => {
    const result = runCli(['tree', 'test/fixtures/harbour-bridge.txt', '--json', '--lang', 'en-GB']);
    expect(JSON.parse(result.stdout).lang).toBe('en-GB');
  });
});

describe('a closed pipe', () => {
  it('ends quietly when the reader of stdout goes away (lectern tree … | head)', () => {
    const long = join(work, 'long.md');
    writeFileSync(long, `# A long article\n\n${Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of the council's long report on the harbour bridge.`).join('\n\n')}\n`);
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" tree "${long}" --json | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr.trim()).toBe('exit=0');
  });
});

describe('characters XML forbids', () => {
  it('removes a terminal colour code and control characters, with one warning, so the XHTML stays well-formed', async () => {
    const file = join(work, 'colour.md');
    writeFileSync(file, '# Colour \x1b[31mred\x1b[0m notes\n\nThe council met on Monday\x07 and\x0c agreed.\n');
    const result = runCli(['export', file, '--format', 'epub,html', '--out', join(work, 'colour-out')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/removed 10 control characters that XML forbids/);
    const zip = await JSZip.loadAsync(readFileSync(join(work, 'colour-out', 'colour-red-notes.epub')));
    for (const entry of Object.values(zip.files).filter((f) => /\.(x?html|opf|ncx)$/.test(f.name))) {
      expect(await entry.async('string'), entry.name).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/);
    }
    expect(readFileSync(join(work, 'colour-out', 'colour-red-notes.html'), 'utf8')).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/);
  });
});

describe('footnote labels from the input', () => {
  it('never write markup: a label with quotes and brackets stays text, in the headline, a heading and the body', () => {
    const file = join(work, 'notes-attack.md');
    const label = 'a"><meta http-equiv="refresh" content="0;url=https://example.com">';
    writeFileSync(file, `# Harbour[^${label}] notes\n\n## Costs[^b"><x]\n\nThe council met on Monday.[^c"><y] No note here.[^none"><z]\n\n[^${label}]: A note.\n\n[^b"><x]: Another.\n\n[^c"><y]: A third.\n`);
    const result = runCli(['export', file, '--format', 'html', '--out', join(work, 'notes-out'), '--quiet']);
    expect(result.status).toBe(0);
    const html = readFileSync(join(work, 'notes-out', 'harbour-a-notes.html'), 'utf8');
    expect(html).not.toMatch(/<meta http-equiv="refresh"/i);
    expect(html).not.toMatch(/<x\b|<y\b/);
    // Every in-page link points at an id the page has.
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]*)"/g)) expect(ids.has(target), target).toBe(true);
  });
});

describe('front matter from anywhere', () => {
  it('normalizes language tags as --lang does, and says YAML warnings in one line', () => {
    const file = join(work, 'tags.md');
    writeFileSync(file, '---\ntitle: Tags\nlanguage: en_GB\nodd: !custom thing\n---\n\nThe council met on Monday.\n');
    const result = runCli(['tree', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/language\s+en-GB/);
    expect(result.stderr.trim().split('\n')).toEqual(['lectern: warning: front matter: Unresolved tag: !custom at line 3, column 6']);
    expect(runCli(['tree', file, '--lang', 'pt_br']).stdout).toMatch(/language\s+pt-BR/);
  });

  it('records a language that is no tag and identifies the language instead', () => {
    const file = join(work, 'no-tag.md');
    writeFileSync(file, '---\ntitle: Tags\nlanguage: "english please"\n---\n\nThe council met on Monday and agreed to restore the weekend hours at every branch library.\n');
    const tree = JSON.parse(runCli(['tree', file, '--json']).stdout) as { lang: string; dropped: { reason: string }[] };
    expect(tree.lang).toBe('en');
    expect(tree.dropped.some((d) => /not a BCP 47 tag/.test(d.reason))).toBe(true);
  });
});

describe('deeply nested input', () => {
  it('reads quotes ten thousand deep as sixteen, with one warning, instead of overflowing the stack', () => {
    const file = join(work, 'deep-quote.md');
    writeFileSync(file, `# Deep\n\n${'>'.repeat(10_000)} the innermost words\n`);
    const result = runCli(['export', file, '--format', 'html', '--out', join(work, 'deep-out')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/quotes nested deeper than 16 levels on 1 line were read 16 deep/);
    const html = readFileSync(join(work, 'deep-out', 'deep.html'), 'utf8');
    expect(html).toContain('the innermost words');
    expect(html.match(/<blockquote/g)).toHaveLength(16);
  });
});

describe('deeply nested lists, elements and emphasis', () => {
  it('reads a thousand nested list items, ten thousand nested divs and two thousand nested emphases into both formats, every word kept', () => {
    const file = join(work, 'deep-mixed.md');
    const list = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n');
    const divs = `${'<div>'.repeat(10_000)}deepdivword${'</div>'.repeat(10_000)}`;
    const emphasis = `${'*a '.repeat(2000)}deepemword${' a*'.repeat(2000)}`;
    writeFileSync(file, `# Deep\n\n${list}\n\n${divs}\n\n${emphasis}\n`);
    const result = runCli(['export', file, '--format', 'html,epub', '--out', join(work, 'deep-mixed-out')]);
    expect(result.stderr).not.toMatch(/call stack|internal error/);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/lists nested deeper than 16 levels: 984 items were read 16 deep/);
    const html = readFileSync(join(work, 'deep-mixed-out', 'deep.html'), 'utf8');
    for (const word of ['item0', 'item15', 'item16', 'item999', 'deepdivword', 'deepemword']) expect(html).toContain(word);
    expect(html.match(/<ul/g)?.length).toBe(16);
  });
});

describe('work that grows with the input, not faster', () => {
  it('reads a long run of letters before an @ in one step, and still links addresses', () => {
    const file = join(work, 'at.md');
    writeFileSync(file, `# At\n\nWrite to jane.doe@example.com today.\n\n${'a'.repeat(400_000)}@\n`);
    // marked alone takes minutes on this (quadratic); the test's own timeout would stop it.
    const result = spawnSync(process.execPath, [BIN, 'tree', file, '--json'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"url": "mailto:jane.doe@example.com"');
  });
});

/**
 * Images named by an untrusted article never read outside its folder, never block, never fill
 * memory (issue: safe on untrusted articles). Each test builds the attack in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../src/assets.js';
import { readLocalFile } from '../src/local-files.js';
import type { Article } from '../src/tree/types.js';
import { fixturePath, runCli } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'lectern-local-'));
const folder = join(work, 'article');
const secret = join(work, 'secret');
mkdirSync(folder);
mkdirSync(secret);
const PNG = readFileSync(fixturePath('divider.png'));
copyFileSync(fixturePath('divider.png'), join(folder, 'inside.png'));
// A recognisable secret in PNG clothing, outside the article's folder.
const SECRET = Buffer.concat([PNG, Buffer.from('TOP-SECRET-BYTES')]);
writeFileSync(join(secret, 'x.png'), SECRET);
symlinkSync(join(secret, 'x.png'), join(folder, 'link.png'));
symlinkSync('/etc/passwd', join(folder, 'passwd.png'));
symlinkSync('/dev/zero', join(folder, 'zero.png'));
execFileSync('mkfifo', [join(folder, 'pipe.png')]);
writeFileSync(join(folder, 'big.png'), Buffer.alloc(21 * 1024 * 1024));

const policy = { folder, maxBytes: 20 * 1024 * 1024 };
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reading the files an article names', () => {
  it('reads a regular file inside the article’s folder', async () => {
    const read = await readLocalFile('inside.png', policy);
    expect('data' in read && Buffer.from(read.data).equals(PNG)).toBe(true);
  });

  it.each([
    ['../secret/x.png', /outside the article’s folder/],
    [join(secret, 'x.png'), /outside the article’s folder/],
    ['link.png', /outside the article’s folder/],
    ['passwd.png', /outside the article’s folder/],
    ['missing.png', /not found/],
  ])('refuses %s', async (name, reason) => {
    const read = await readLocalFile(name, policy);
    expect('refused' in read ? read.refused : 'read').toMatch(reason);
  });

  it('refuses devices and pipes without reading or blocking, even when outside files are allowed', async () => {
    const zero = await readLocalFile('zero.png', { ...policy, allowOutside: true });
    expect('refused' in zero ? zero.refused : 'read').toMatch(/not a regular file/);
    const pipe = await readLocalFile('pipe.png', policy);
    expect('refused' in pipe ? pipe.refused : 'read').toMatch(/not a regular file/);
  });

  it('refuses a file above the size cap before reading it', async () => {
    const read = await readLocalFile('big.png', policy);
    expect('refused' in read ? read.refused : 'read').toMatch(/larger than 20 MiB/);
  });

  it('reads outside the folder only when asked to', async () => {
    const read = await readLocalFile('../secret/x.png', { ...policy, allowOutside: true });
    expect('data' in read && Buffer.from(read.data).equals(SECRET)).toBe(true);
  });

  it('turns a malformed data: URI into a warning, not a crash', async () => {
    const article: Article = {
      type: 'article',
      id: 'a',
      lang: 'en',
      headline: [{ type: 'text', value: 'A' }],
      sections: [{ type: 'section', id: 's', depth: 1, blocks: [{ type: 'figure', id: 'f', src: 'data:image/svg+xml,%E0%A4%A', alt: 'a map' }] }],
      dropped: [],
      source: { format: 'markdown' },
    };
    const { assets, warnings } = await loadAssets(article, join(folder, 'a.md'));
    expect(assets.size).toBe(0);
    expect(warnings).toEqual(['an image’s data: URI is malformed; its alt text is shown instead']);
  });
});

describe('lectern export of an article that names files outside its folder', () => {
  it('writes the outputs with the alt text, one warning line per image, and none of the secret', async () => {
    const markdown = ['# Harbour notes', '', 'The council met on Monday.', '', '![A map](../secret/x.png)', '', '![Accounts](passwd.png)', '', '![A pipe](pipe.png)', '', '![Inside](inside.png)', ''].join('\n');
    writeFileSync(join(folder, 'notes.md'), markdown);
    const out = join(work, 'out');
    const result = runCli(['export', join(folder, 'notes.md'), '--format', 'epub,html', '--out', out, '--quiet']);
    expect(result.status).toBe(0);
    const warnings = result.stderr.trim().split('\n');
    expect(warnings.filter((w) => /outside the article’s folder/.test(w))).toHaveLength(2);
    expect(warnings.filter((w) => /not a regular file/.test(w))).toHaveLength(1);
    const html = readFileSync(join(out, 'harbour-notes.html'), 'utf8');
    expect(html).not.toContain(Buffer.from('TOP-SECRET-BYTES').toString('base64').slice(0, 12));
    expect(html).not.toContain('root:');
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'harbour-notes.epub')));
    const contents = await Promise.all(Object.values(zip.files).map((f) => f.async('nodebuffer')));
    expect(contents.some((c) => c.includes('TOP-SECRET-BYTES') || c.includes('root:x:0:0'))).toBe(false);
    // The image inside the folder is still embedded.
    expect(Object.keys(zip.files).some((name) => /\.png$/.test(name))).toBe(true);
  });
});

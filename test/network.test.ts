/**
 * URL input against a server this test starts on 127.0.0.1: redirects, errors, limits, content
 * types, charsets, compression, images on the server, and the private-network guard.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/errors.js';
import { fetchResource, isPublicAddress } from '../src/network.js';
import { ROOT, runCliAsync, words } from './helpers.js';

const PAGE = readFileSync(join(ROOT, 'test', 'fixtures', 'tramway-depot.html'));
const IMAGE = readFileSync(join(ROOT, 'test', 'fixtures', 'tramway-depot_files', 'depot.png'));
const HEADLINE = 'Tram depot plan approved after six-hour meeting';
/** `Café` and `Zürich` in Windows-1252, `東京` in Shift_JIS: the bytes a server in those encodings sends. */
const LATIN_PAGE = Buffer.concat([Buffer.from('<!doctype html><html lang="fr"><head><meta charset="iso-8859-1"><title>x</title></head><body><article><h1>Le caf'), Buffer.from([0xe9]), Buffer.from(' de Z'), Buffer.from([0xfc]), Buffer.from('rich rouvre</h1><p>Le caf'), Buffer.from([0xe9]), Buffer.from(' historique de la vieille ville a rouvert ses portes lundi apr'), Buffer.from([0xe8]), Buffer.from('s deux ans de travaux, a annonc'), Buffer.from([0xe9]), Buffer.from(' la mairie dans un communiqu'), Buffer.from([0xe9]), Buffer.from('.</p></article></body></html>')]);
const SJIS_PAGE = Buffer.concat([Buffer.from('<!doctype html><html lang="ja"><head><title>x</title></head><body><article><h1>'), Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), Buffer.from('</h1><p>'), Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), Buffer.from('</p></article></body></html>')]);

let server: Server;
let base = '';
const work = mkdtempSync(join(tmpdir(), 'lectern-net-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const html = (body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    if (url === '/page') return html(PAGE);
    if (url === '/tramway-depot_files/depot.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(IMAGE);
    }
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/page' });
      return res.end();
    }
    if (url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<h1>Not found</h1>');
    }
    if (url === '/broken') {
      res.writeHead(500);
      return res.end();
    }
    if (url === '/slow') return setTimeout(() => html(PAGE), 3000);
    if (url === '/huge') {
      // 17 MiB without a Content-Length: the limit must hold on the stream itself.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 17) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    if (url === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return res.end('%PDF-1.7\n...');
    }
    if (url === '/data.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"headline": "not a page"}');
    }
    if (url === '/gzip') return html(gzipSync(PAGE), { 'content-encoding': 'gzip' });
    if (url === '/br') return html(brotliCompressSync(PAGE), { 'content-encoding': 'br' });
    if (url === '/latin') return html(LATIN_PAGE, { 'content-type': 'text/html' });
    if (url === '/sjis') return html(SJIS_PAGE, { 'content-type': 'text/html; charset=Shift_JIS' });
    if (url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allow = { allowPrivateNetwork: true };

describe('fetching a page', () => {
  it('follows up to five redirects and reports the final address', async () => {
    const fetched = await fetchResource(`${base}/hop/5`, allow);
    expect(fetched.url).toBe(`${base}/page`);
    expect(fetched.mediaType).toBe('text/html');
    expect(fetched.charset).toBe('utf-8');
    expect(Buffer.from(fetched.body).equals(PAGE)).toBe(true);
  });

  it('refuses a sixth redirect, a redirect to file:, a 404, a 500', async () => {
    await expect(fetchResource(`${base}/hop/6`, allow)).rejects.toThrow(/redirects more than 5 times/);
    await expect(fetchResource(`${base}/to-file`, allow)).rejects.toThrow(/redirects to file:/);
    await expect(fetchResource(`${base}/missing`, allow)).rejects.toMatchObject({ kind: 'inputNotFound', message: expect.stringMatching(/answered 404/) });
    await expect(fetchResource(`${base}/broken`, allow)).rejects.toMatchObject({ kind: 'inputNotFound', message: expect.stringMatching(/answered 500/) });
  });

  it('gives up on a slow server and on a body over the limit', async () => {
    await expect(fetchResource(`${base}/slow`, { ...allow, timeoutMs: 300 })).rejects.toThrow(/did not answer within 0 s|did not answer within/);
    await expect(fetchResource(`${base}/huge`, allow)).rejects.toMatchObject({ kind: 'badInput', message: expect.stringMatching(/larger than 16 MiB/) });
  });

  it('decompresses gzip and brotli bodies', async () => {
    for (const path of ['/gzip', '/br']) expect(Buffer.from((await fetchResource(`${base}${path}`, allow)).body).equals(PAGE)).toBe(true);
  });

  it('never reaches this machine or the local network unless allowed', async () => {
    await expect(fetchResource(`${base}/page`)).rejects.toThrow(/127\.0\.0\.1 is a private or local address \(use --allow-private-network/);
    await expect(fetchResource(`http://localhost:${new URL(base).port}/page`)).rejects.toThrow(/private or local address/);
    await expect(fetchResource('http://[::1]/')).rejects.toThrow(/private or local address/);
    await expect(fetchResource('ftp://example.org/')).rejects.toThrow(/only http and https/);
  });

  it('tells public addresses from private, loopback, link-local and mapped ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:2800:220:1:248:1893:25c8:1946']) expect(isPublicAddress(address), address).toBe(true);
  });
});

describe('lectern with a URL', () => {
  it('reads the page at a URL as the same page saved to a file and piped on stdin', async () => {
    const fromUrl = await runCliAsync(['tree', `${base}/hop/2`, '--json', '--allow-private-network']);
    expect(fromUrl.stderr).toBe('');
    const fromFile = await runCliAsync(['tree', join('test', 'fixtures', 'tramway-depot.html'), '--json']);
    const fromStdin = await runCliAsync(['tree', '-', '--json'], PAGE);
    const trees = [fromUrl, fromFile, fromStdin].map((r) => JSON.parse(r.stdout));
    for (const tree of trees) {
      expect(tree.source.format).toBe('html');
      expect(tree.headline).toEqual([{ type: 'text', value: HEADLINE }]);
      expect(tree.byline.authors).toEqual([{ name: 'Priya Ramanathan' }]);
    }
    // Same words everywhere; only the links differ (a saved page has no address to resolve them against).
    const bodyWords = (tree: { sections: unknown }) => words((JSON.stringify(tree.sections).match(/"value":"[^"]*"/g) ?? []).map((m) => m.slice(9, -1)).join(" ")).join(" ");
    expect(bodyWords(trees[0])).toBe(bodyWords(trees[1]));
    expect(bodyWords(trees[2])).toBe(bodyWords(trees[1]));
    expect(trees[0].lead.src).toBe(`${base}/tramway-depot_files/depot.png`);
    // A relative link resolves against the page's address; in a saved page it has none to resolve against.
    expect(JSON.stringify(trees[0].sections)).toContain(`"url":"${base}/council/meetings/2025-11-03"`);
    expect(JSON.stringify(trees[1].sections)).not.toContain('"url"');
  });

  it('downloads a URL page’s images from its server into the EPUB', async () => {
    const out = join(work, 'with-images');
    const result = await runCliAsync(['export', `${base}/page`, '--format', 'epub', '--out', out, '--allow-private-network']);
    expect(result.status, result.stderr).toBe(0);
    const epub = readdirSync(out).find((f) => f.endsWith('.epub')) as string;
    const zip = await JSZip.loadAsync(readFileSync(join(out, epub)));
    const images = Object.keys(zip.files).filter((f) => /\.png$/.test(f) && !/cover/.test(f));
    expect(images.length).toBe(1);
    expect(Buffer.from(await (zip.file(images[0] as string) as JSZip.JSZipObject).async('uint8array')).equals(IMAGE)).toBe(true);
  });

  it('decodes the charset the server or the page declares', async () => {
    const latin = JSON.parse((await runCliAsync(['tree', `${base}/latin`, '--json', '--allow-private-network'])).stdout);
    expect(latin.headline[0].value).toBe('Le café de Zürich rouvre');
    const sjis = JSON.parse((await runCliAsync(['tree', `${base}/sjis`, '--json', '--allow-private-network'])).stdout);
    expect(sjis.headline[0].value).toBe('東京');
  });

  const failures: [string, string[], number, RegExp][] = [
    ['a page on this machine without --allow-private-network', ['/page'], EXIT_CODES.inputNotFound, /private or local address/],
    ['a 404', ['/missing', '--allow-private-network'], EXIT_CODES.inputNotFound, /answered 404/],
    ['a server error', ['/broken', '--allow-private-network'], EXIT_CODES.inputNotFound, /answered 500/],
    ['a PDF', ['/report.pdf', '--allow-private-network'], EXIT_CODES.badInput, /is a PDF, not a web page/],
    ['JSON', ['/data.json', '--allow-private-network'], EXIT_CODES.badInput, /is application\/json, not a web page/],
    ['an oversized page', ['/huge', '--allow-private-network'], EXIT_CODES.badInput, /larger than 16 MiB/],
    ['a redirect loop', ['/hop/9', '--allow-private-network'], EXIT_CODES.inputNotFound, /redirects more than 5 times/],
  ];
  for (const [label, [path, ...flags], code, pattern] of failures) {
    it(`fails on ${label} with one line, exit ${code}, nothing written`, async () => {
      const out = join(work, `fail-${code}-${(path as string).replace(/\W/g, '')}`);
      const result = await runCliAsync(["export", `${base}${path as string}`, "--out", out, ...flags]);
      expect(result.status).toBe(code);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(() => readdirSync(out)).toThrow();
    });
  }

  it('fails on a name that does not resolve', async () => {
    const result = await runCliAsync(['tree', 'http://lectern-test.invalid/page']);
    expect(result.status).toBe(EXIT_CODES.inputNotFound);
    expect(result.stderr.trim()).toMatch(/^lectern: error: cannot fetch http:\/\/lectern-test\.invalid\/page: /);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { type Assets, loadAssets } from '../src/assets.js';
import { parseArticle } from '../src/pipeline.js';
import { parseHtmlDocument } from '../src/readers/html/dom.js';
import { extractArticle } from '../src/readers/html/extract.js';
import { findHeadlineElement } from '../src/readers/html/header.js';
import { readMetadata } from '../src/readers/html/metadata.js';
import { type HtmlNode, parseHtmlFragment } from '../src/readers/shared/html.js';
import { formatAuthors } from '../src/tree/byline.js';
import { blockText, inlineText } from '../src/tree/text.js';
import type { Article } from '../src/tree/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const GOLDEN = join(ROOT, 'test', 'golden');
export const BIN = join(ROOT, 'bin', 'lectern.js');

/** Every article fixture (text, Markdown, a saved web page); images beside them are assets, not articles. */
export const ARTICLE_FIXTURES = readdirSync(FIXTURES)
  .filter((name) => /\.(txt|md|html)$/.test(name))
  .sort();

/**
 * Short texts in English, German, French and Spanish holding the normalizer's hard cases
 * (test/fixtures/speech/<lang>.md): their narration has golden files of its own.
 */
export const SPEECH_FIXTURES = ['en', 'de', 'fr', 'es'] as const;

export function parseSpeechFixture(lang: string): Article {
  const file = join(FIXTURES, 'speech', `${lang}.md`);
  return parseArticle(readFileSync(file, 'utf8'), { file, date: FIXTURE_DATE }).article;
}

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Fixtures with relative dates are read as if saved on this date, so goldens do not depend on the clock. */
export const FIXTURE_DATE = '2025-11-03T12:00Z';

export function parseFixture(name: string): Article {
  return parseArticle(readFixture(name), { file: fixturePath(name), date: FIXTURE_DATE }).article;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string | Uint8Array, cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, LECTERN_DEBUG: '' },
    maxBuffer: 64 * 1024 * 1024,
    // A run that blocks (reading a pipe, say) fails the test instead of hanging the suite.
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `runCli` without blocking this process: for tests whose server runs in the test itself. */
export function runCliAsync(args: string[], input?: string | Uint8Array, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, LECTERN_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/**
 * The words of a web page's article as Readability finds it, with a space between elements: what
 * the html reader promises to keep (in the tree or `dropped`); menus and site footers are not in it.
 */
const INLINE = new Set(['sup', 'sub', 'b', 'i', 'em', 'strong', 'small', 'mark', 'abbr', 's', 'u']);

export function readabilityText(html: string): string {
  const doc = parseHtmlDocument(html);
  const extracted = extractArticle(doc, findHeadlineElement(doc, readMetadata(doc)));
  // Every element but the inline ones a word can run through (`1<sup>er</sup>`, `<b>Ab</b>satz`) parts words.
  const spaced = (node: HtmlNode): string => {
    if (node.type === 'text') return node.data ?? '';
    if (node.type !== 'tag' && node.type !== 'root') return '';
    const inner = (node.children ?? []).map(spaced).join('');
    return INLINE.has(node.name ?? '') ? inner : ` ${inner} `;
  };
  return spaced(parseHtmlFragment(extracted.content ?? ''));
}

/** Words as the conservation checks count them: lower-cased runs of letters and digits. */
export function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words of `expected` that `actual` has fewer of (a multiset difference). */
export function missingWords(expected: string, actual: string): string[] {
  const have = countWords(actual);
  const missing: string[] = [];
  for (const [word, count] of countWords(expected)) {
    if ((have.get(word) ?? 0) < count) missing.push(word);
  }
  return missing;
}

/** A fixture's tree plus its images, as the pipeline would hand them to a writer. */
export async function loadFixture(name: string): Promise<{ article: Article; assets: Assets }> {
  const article = parseFixture(name);
  const { assets } = await loadAssets(article, fixturePath(name));
  return { article, assets };
}

/**
 * A PNG's size as its header states it: the 8-byte signature, then the IHDR chunk (length 13,
 * type `IHDR`, width and height as big-endian 32-bit numbers). Throws on anything else.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG: no signature');
  if (data.readUInt32BE(8) !== 13 || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** All the words of the tree's content, for "every word reaches every output" checks. */
export function articleText(article: Article): string {
  return [
    inlineText(article.kicker),
    inlineText(article.headline),
    inlineText(article.standfirst),
    article.byline ? formatAuthors(article.byline.authors, article.lang) : '',
    article.lead ? blockText(article.lead) : '',
    ...article.sections.flatMap((s) => [inlineText(s.heading), ...s.blocks.map(blockText)]),
    article.footer?.rights ?? '',
    ...(article.footer?.notes.map(blockText) ?? []),
  ].join('\n');
}

/**
 * Compares output with its golden file. `UPDATE_GOLDEN=1` writes the golden instead; a golden
 * that does not exist fails the test (it is never created silently, which would make the test
 * pass on whatever the code now does).
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run UPDATE_GOLDEN=1 npx vitest run, then review the new file`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Every file of a zip (an EPUB), by its path in the archive. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (entry) files.set(name, await entry.async('uint8array'));
  }
  return files;
}

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  /** The entry's DOS date and time, which JSZip writes in UTC. */
  modified: Date;
  /** Length of the local header's extra field (OCF: none on `mimetype`). */
  localExtra: number;
  /** Where the local header starts. */
  offset: number;
}

/**
 * A zip's entries as its central directory lists them, in order, read from the bytes (JSZip's
 * reader hides the order, the methods and the raw dates that an EPUB's container rules are about).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory record');
  const entries: ZipEntry[] = [];
  let at = data.readUInt32LE(end + 16);
  for (let count = data.readUInt16LE(end + 10); count > 0; count--) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error(`not a central directory header at ${at}`);
    const time = data.readUInt16LE(at + 12);
    const date = data.readUInt16LE(at + 14);
    const nameLength = data.readUInt16LE(at + 28);
    const offset = data.readUInt32LE(at + 42);
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      modified: new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2)),
      localExtra: data.readUInt16LE(offset + 28),
      offset,
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * read → transform → write. The only module that touches the file system for
 * outputs; files are written atomically (temp file + rename), so a failed run never
 * leaves a half-written output behind.
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Assets, loadAssets } from './assets.js';
import { LecternError } from './errors.js';
import { decodeInput, readInputBytes } from './input.js';
import { chooseReader } from './readers/index.js';
import { parseReferenceDate } from './readers/shared/dates.js';
import type { Explanation } from './readers/types.js';
import { applyOverrides, assignIds } from './tree/transforms.js';
import type { Article } from './tree/types.js';
import { chooseWriters } from './writers/index.js';
import type { OutputFile } from './writers/types.js';

export interface ParseOptions {
  /** Input format (`news-text`, `markdown`); default from the file extension. */
  from?: string;
  /** Reference date for relative datelines: `2025-11-03` or `2025-11-03T12:00Z`. */
  date?: string;
  lang?: string;
  title?: string;
  /** The input's file name (for format detection and `source.file`). */
  file?: string;
}

export interface Parsed {
  article: Article;
  explain: Explanation[];
}

/** Text → finished article tree (ids assigned, overrides applied). Pure. */
export function parseArticle(text: string, options: ParseOptions = {}): Parsed {
  let date: ReturnType<typeof parseReferenceDate>;
  if (options.date !== undefined) {
    date = parseReferenceDate(options.date);
    if (!date) throw new LecternError('usage', `--date "${options.date}" is not a date; write it as 2025-11-03 or 2025-11-03T14:00Z`);
  }
  if (options.lang !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(options.lang)) {
    throw new LecternError('usage', `--lang "${options.lang}" is not a BCP 47 language tag (such as en-GB or de)`);
  }
  const reader = chooseReader(options.file, options.from);
  const file = options.file && options.file !== '-' ? basename(options.file) : undefined;
  const { article, explain } = reader.read(text, { ...(file ? { file } : {}), ...(date ? { date } : {}) });
  applyOverrides(article, options);
  assignIds(article);
  return { article, explain };
}

export interface Loaded extends Parsed {
  warnings: string[];
}

/** A file (or `-` for stdin) → article tree. */
export async function loadArticle(path: string, options: ParseOptions = {}): Promise<Loaded> {
  const name = path === '-' ? 'standard input' : path;
  const { text, warnings } = decodeInput(await readInputBytes(path), name);
  return { ...parseArticle(text, { ...options, file: path }), warnings };
}

export interface ExportOptions extends ParseOptions {
  formats?: string[];
  outDir: string;
  template?: string;
  [key: string]: unknown;
}

export interface ExportResult {
  article: Article;
  written: string[];
  warnings: string[];
  /** Formats that failed, each with its error; the others were still written. */
  failures: { format: string; error: unknown }[];
}

/** One input → every requested format. One format failing does not stop the others. */
export async function exportFile(path: string, options: ExportOptions): Promise<ExportResult> {
  const writers = chooseWriters(options.formats);
  const template = options.template ? await readTemplate(options.template) : undefined;
  const lexicon = typeof options.lexicon === 'string' ? await readOptionFile(options.lexicon, '--lexicon') : undefined;
  const { article, warnings } = await loadArticle(path, options);
  const loaded = await loadAssets(article, path);
  warnings.push(...loaded.warnings);
  const result: ExportResult = { article, written: [], warnings, failures: [] };
  for (const writer of writers) {
    try {
      const files = await writer.write(article, {
        ...options,
        assets: loaded.assets as Assets,
        ...(template ? { template } : {}),
        ...(lexicon !== undefined ? { lexicon, lexiconName: options.lexicon } : {}),
      });
      result.written.push(...(await writeAtomically(options.outDir, files)));
    } catch (error) {
      result.failures.push({ format: writer.name, error });
    }
  }
  return result;
}

/** Rename, or copy and remove when the temporary file is on another file system. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

async function readOptionFile(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new LecternError('usage', `cannot read ${flag} file ${path}`);
  }
}

/** A user's page template; it must keep the article's placeholders, or the article would be lost. */
async function readTemplate(path: string): Promise<string> {
  const text = await readOptionFile(path, '--template');
  for (const placeholder of ['{{masthead}}', '{{sections}}', '{{footer}}']) {
    if (!text.includes(placeholder)) throw new LecternError('usage', `template ${path} has no ${placeholder} placeholder; see templates/page.html`);
  }
  return text;
}

/** Writes every file to a temporary name first, then renames them all into place. */
export async function writeAtomically(outDir: string, files: OutputFile[]): Promise<string[]> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new LecternError('output', `cannot create output folder ${outDir}: ${(error as NodeJS.ErrnoException).code}`);
  }
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = join(outDir, file.name);
      const temp = join(outDir, `.${file.name}.${process.pid}.tmp`);
      staged.push({ temp, final });
      if ('data' in file) await writeFile(temp, file.data);
      else await moveFile(file.path, temp);
    }
    for (const { temp, final } of staged) await rename(temp, final);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw new LecternError('output', `cannot write to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    for (const file of files) await file.cleanup?.();
  }
  return staged.map(({ final }) => final);
}

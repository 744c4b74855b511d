/**
 * read → transform → write. The only module that touches the file system for
 * outputs; files are written atomically (temp file + rename), so a failed run never
 * leaves a half-written output behind.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Assets, loadAssets } from './assets.js';
import { LecternError, isLecternError } from './errors.js';
import { TEMP_OUTPUT, sweepStale } from './stale-files.js';
import { type DecodedInput, decodeHtmlInput, decodeInput, readInputBytes } from './input.js';
import { PAGE_LIMITS, fetchResource, isUrl } from './network.js';
import { chooseReader, looksLikeHtmlPage } from './readers/index.js';
import { parseReferenceDate } from './readers/shared/dates.js';
import type { Explanation } from './readers/types.js';
import type { IdRegistry } from './tree/ids.js';
import { markPassageLanguages } from './tree/passage-language.js';
import { applyOverrides, assignIds, nameUntitled } from './tree/transforms.js';
import { normalizeLanguageTag } from './tree/language-tag.js';
import type { Article } from './tree/types.js';
import { chooseWriters } from './writers/index.js';
import type { OutputFile, WriterOptions } from './writers/types.js';

export interface ParseOptions {
  /** Input format (`news-text`, `markdown`); default from the file extension. */
  from?: string;
  /** Reference date for relative datelines: `2025-11-03` or `2025-11-03T12:00Z`. */
  date?: string;
  lang?: string;
  title?: string;
  /** The input's file name (for format detection and `source.file`). */
  file?: string;
  /** The page's address, when the input was fetched: links and images resolve against it. */
  baseUrl?: string;
  /** Let a URL input, its redirects and its images reach loopback or private addresses. */
  allowPrivateNetwork?: boolean;
  /**
   * Article ids already taken in this run: pass one registry to every file of a run, in
   * argument order, and an article whose id is taken gets `-2`, `-3` …, so no two
   * articles of the run write the same file names.
   */
  runIds?: IdRegistry;
  /** `false`: the caller does not show `--explain` records, and readers need not make them. */
  explain?: boolean;
}

export interface Parsed {
  article: Article;
  explain: Explanation[];
  warnings?: string[];
}

/** Text → finished article tree (overrides applied, passage languages marked, ids assigned). Pure. */
export function parseArticle(text: string, options: ParseOptions = {}): Parsed {
  let date: ReturnType<typeof parseReferenceDate>;
  if (options.date !== undefined) {
    date = parseReferenceDate(options.date);
    if (!date) throw new LecternError('usage', `--date "${options.date}" is not a date; write it as 2025-11-03 or 2025-11-03T14:00Z`);
  }
  let lang: string | undefined;
  if (options.lang !== undefined) {
    lang = normalizeLanguageTag(options.lang);
    if (!lang) throw new LecternError('usage', `--lang "${options.lang}" is not a BCP 47 language tag (such as en-GB or de)`);
  }
  const reader = chooseReader(options.file, options.from, text);
  const file = options.file && options.file !== '-' ? basename(options.file) : undefined;
  const { article, explain, warnings: readerWarnings } = reader.read(text, { ...(file ? { file } : {}), ...(date ? { date } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(options.explain === false ? { explain: false } : {}) });
  applyOverrides(article, { ...options, ...(lang ? { lang } : {}) });
  markPassageLanguages(article);
  assignIds(article, options.runIds);
  nameUntitled(article);
  return { article, explain, ...(readerWarnings?.length ? { warnings: readerWarnings } : {}) };
}

export interface Loaded extends Parsed {
  warnings: string[];
}

/** A file, an http(s) URL, or `-` for stdin → article tree. */
export async function loadArticle(path: string, options: ParseOptions = {}): Promise<Loaded> {
  if (isUrl(path)) return loadUrl(path, options);
  const { text, warnings } = await readInputText(path, options);
  const parsed = parseArticle(text, { ...options, file: path });
  return { ...parsed, warnings: [...warnings, ...(parsed.warnings ?? [])] };
}

/** The input file as text. (A function of its own so that the bytes, as large as the text, are freed before the reading starts.) */
async function readInputText(path: string, options: ParseOptions): Promise<DecodedInput> {
  const name = path === '-' ? 'standard input' : path;
  const bytes = await readInputBytes(path);
  const reader = chooseReader(path, options.from, new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
  // A web page's DOM takes many times its size in memory (20 MB: 12 s, 1.2 GB): the limit a URL has holds for a saved page too.
  if (reader.name === 'html' && bytes.length > PAGE_LIMITS.maxBytes) {
    throw new LecternError('badInput', `${name} is a web page of ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; Lectern reads web pages of at most ${PAGE_LIMITS.maxBytes / 1024 / 1024} MiB`, name);
  }
  return reader.name === 'html' ? decodeHtmlInput(bytes, name) : decodeInput(bytes, name);
}

/** A page on the web → article tree: fetched within limits, decoded in the charset it declares. */
async function loadUrl(url: string, options: ParseOptions): Promise<Loaded> {
  const fetched = await fetchResource(url, { allowPrivateNetwork: options.allowPrivateNetwork === true });
  const head = new TextDecoder('latin1').decode(fetched.body.subarray(0, 4096));
  const type = fetched.mediaType;
  const html = type === 'text/html' || type === 'application/xhtml+xml' || ((type === '' || type === 'application/octet-stream') && looksLikeHtmlPage(head));
  if (type === 'application/pdf' || head.startsWith('%PDF-')) throw new LecternError('badInput', `${url} is a PDF, not a web page; Lectern reads web pages, Markdown and text`, url);
  if (!html && type !== 'text/plain' && type !== 'text/markdown') throw new LecternError('badInput', `${url} is ${type || 'of no declared type'}, not a web page`, url);
  const from = options.from ?? (html ? 'html' : type === 'text/markdown' ? 'markdown' : 'news-text');
  const { text, warnings } = from === 'html' ? decodeHtmlInput(fetched.body, url, fetched.charset) : decodeInput(fetched.body, url);
  const { file: _file, ...rest } = options;
  const parsed = parseArticle(text, { ...rest, from, baseUrl: fetched.url });
  return { ...parsed, warnings: [...warnings, ...(parsed.warnings ?? [])] };
}

export interface ExportOptions extends ParseOptions {
  formats?: string[];
  outDir: string;
  template?: string;
  /** `false`: refuse to replace an output file that already exists (an `output` error). */
  clobber?: boolean;
  /** Read images outside the article's folder (`--allow-outside-images`). */
  allowOutsideImages?: boolean;
  /** Download remote images of a saved page (`--fetch-images`); a URL input's images always are. */
  fetchImages?: boolean;
  /** `--with-audio`: the HTML page plays the narration written beside it (needs the html and audio formats). */
  withAudio?: boolean;
  /** `--embed-audio`: `--with-audio` with the MP3 and its chapter track inside the page (needs the html format only). */
  embedAudio?: boolean;
  [key: string]: unknown;
}

export interface ExportResult {
  article: Article;
  written: string[];
  /** The written files that already existed and were replaced (from an earlier run). */
  replaced: string[];
  warnings: string[];
  /** Formats that failed, each with its error; the others were still written. */
  failures: { format: string; error: unknown }[];
}

/** One input → every requested format. One format failing does not stop the others. */
export async function exportFile(path: string, options: ExportOptions): Promise<ExportResult> {
  const chosen = chooseWriters(options.formats);
  const has = (name: string) => chosen.some((w) => w.name === name);
  // `--embed-audio` is `--with-audio` with the audio inside the page: it needs no audio file beside it.
  const withAudio = options.withAudio === true || options.embedAudio === true;
  if (options.embedAudio && !has('html')) throw new LecternError('usage', '--embed-audio needs the html format (--format html)');
  if (withAudio && !options.embedAudio && !(has('html') && has('audio'))) {
    throw new LecternError('usage', '--with-audio needs the html and audio formats (--format html,audio); --embed-audio needs only html');
  }
  // The audio writer's files are moved into place when it is written: it goes after every writer that reads them.
  const writers = [...chosen.filter((w) => w.name !== 'audio'), ...chosen.filter((w) => w.name === 'audio')];
  const template = options.template ? await readTemplate(options.template) : undefined;
  const lexicon = typeof options.lexicon === 'string' ? await readOptionFile(options.lexicon, '--lexicon') : undefined;
  const { article, warnings } = await loadArticle(path, { ...options, explain: false });
  const loaded = await loadAssets(article, isUrl(path) ? undefined : path, {
    allowOutside: options.allowOutsideImages === true,
    fetchRemote: isUrl(path) || options.fetchImages === true,
    noLocalFiles: isUrl(path),
    allowPrivateNetwork: options.allowPrivateNetwork === true,
  });
  warnings.push(...loaded.warnings);
  const result: ExportResult = { article, written: [], replaced: [], warnings, failures: [] };
  const { runIds: _runIds, withAudio: _withAudio, embedAudio: _embedAudio, ...rest } = options;
  const writerOptions: WriterOptions = {
    ...rest,
    assets: loaded.assets as Assets,
    ...(template ? { template } : {}),
    ...(lexicon !== undefined ? { lexicon, lexiconName: options.lexicon } : {}),
  };
  // One narration for every writer that needs it: the same samples and timings for each, and one synthesis.
  const narrated = has('audio') || has('epub-audio') || withAudio;
  const narration = narrated
    ? (await import('./writers/audio/shared.js')).shareNarration(
        article,
        // An M4B only when the audio format is written; the raw samples only for the read-along book to cut.
        { ...writerOptions, ...(has('audio') ? {} : { audioFormat: 'mp3' }) },
        { pcm: has('epub-audio') },
      )
    : undefined;
  try {
    for (const writer of writers) {
      try {
        let pageAudio = writer.name === 'html' && withAudio;
        // The audio writer reports a failed narration; the page is then written without its player.
        if (pageAudio && has('audio') && !(await narration?.narrate().then(() => true, () => false))) {
          warnings.push('the HTML page has no audio player: the audio was not written');
          pageAudio = false;
        }
        const files = await writer.write(article, {
          ...writerOptions,
          ...(narration ? { narrate: narration.narrate } : {}),
          ...(pageAudio ? { withAudio: true, embedAudio: options.embedAudio === true } : {}),
        });
        const { written, replaced } = await writeAtomically(options.outDir, files, { clobber: options.clobber !== false });
        result.written.push(...written);
        result.replaced.push(...replaced);
      } catch (error) {
        result.failures.push({ format: writer.name, error });
      }
    }
  } finally {
    await narration?.dispose();
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

/** Temporary files of writes in progress: removed if the process is interrupted (Ctrl+C, `kill`). */
const liveTemps = new Set<string>();
let cleanupOnSignal = false;

function removeTempsOnSignal(): void {
  if (cleanupOnSignal) return;
  cleanupOnSignal = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      for (const temp of liveTemps) rmSync(temp, { force: true });
      process.exit(code);
    });
  }
}

/**
 * Writes every file to a temporary name first, then renames them all into place, and
 * says which of them replaced a file that was already there. With `clobber: false`, an
 * existing file stops the whole set before any is placed.
 */
export async function writeAtomically(
  outDir: string,
  files: OutputFile[],
  { clobber = true }: { clobber?: boolean } = {},
): Promise<{ written: string[]; replaced: string[] }> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new LecternError('output', `cannot create output folder ${outDir}: ${(error as NodeJS.ErrnoException).code}`);
  }
  const staged: { temp: string; final: string }[] = [];
  const replaced: string[] = [];
  removeTempsOnSignal();
  // A run killed at this step (SIGKILL) could not clean up; its hidden files are swept here.
  await sweepStale(outDir, TEMP_OUTPUT);
  try {
    for (const file of files) {
      const final = join(outDir, file.name);
      // A name nobody can guess, created exclusively: a file or symlink planted in a shared
      // output folder is never written through.
      const temp = join(outDir, `.${file.name}.${randomBytes(8).toString('hex')}.tmp`);
      staged.push({ temp, final });
      liveTemps.add(temp);
      if ('data' in file) await writeFile(temp, file.data, { flag: 'wx' });
      else await moveFile(file.path, temp);
    }
    // Looked up just before the renames, so "replaced" means there before this write.
    for (const { final } of staged) if (await exists(final)) replaced.push(final);
    if (!clobber && replaced.length > 0) throw alreadyExists(replaced[0] as string);
    for (const { temp, final } of staged) await (clobber ? rename(temp, final) : placeNew(temp, final));
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (isLecternError(error)) throw error;
    throw new LecternError('output', `cannot write to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    for (const { temp } of staged) liveTemps.delete(temp);
    for (const file of files) await file.cleanup?.();
  }
  return { written: staged.map(({ final }) => final), replaced };
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

function alreadyExists(path: string): LecternError {
  return new LecternError('output', `${path} already exists; remove it, choose another --out, or leave out --no-clobber`);
}

/**
 * Moves `temp` to `final` only if `final` does not exist, atomically: a hard link fails
 * when the name is taken (by another run since the check), where a rename would replace
 * it. Where hard links are unsupported, the existence check before is all there is.
 */
async function placeNew(temp: string, final: string): Promise<void> {
  try {
    await link(temp, final);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(final);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return rename(temp, final);
    throw error;
  }
  await rm(temp, { force: true });
}

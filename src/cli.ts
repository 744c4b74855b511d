/**
 * The `lectern` command: commander wiring, and the only place that turns errors into
 * exit codes (see EXIT_CODES in errors.ts) and prints them, one line each.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { EXIT_CODES, LecternError, isLecternError } from './errors.js';
import { exportFile, loadArticle } from './pipeline.js';
import { readerNames } from './readers/index.js';
import { writeTreeOutline } from './tree/describe.js';
import { IdRegistry } from './tree/ids.js';
import { writeJson } from './tree/json-output.js';
import { ENGINES, chooseEngine, engineNames } from './writers/audio/engines/index.js';
import type { Voice } from './writers/audio/engines/types.js';
import { WRITERS, writerNames } from './writers/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function fail(message: string): void {
  process.stderr.write(`lectern: error: ${message}\n`);
}

function warn(message: string): void {
  process.stderr.write(`lectern: warning: ${message}\n`);
}

/** Exit code for any error; unexpected errors are bugs and say so, without a stack trace. */
function report(error: unknown, prefix = ''): number {
  if (isLecternError(error)) {
    fail(`${prefix}${error.message}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  fail(`${prefix}internal error: ${message} (please report this; set LECTERN_DEBUG=1 for details)`);
  if (process.env.LECTERN_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  return EXIT_CODES.internal;
}

const sharedOptions = (command: Command) =>
  command
    .addOption(new Option('--from <format>', 'input format (default: from the file extension)').choices(readerNames()))
    .option('--lang <tag>', 'language of the article, as a BCP 47 tag (en-GB, de, fr-CA)')
    .option('--date <date>', 'the date the page was saved, for relative datelines ("3 HOURS AGO"): 2025-11-03 or 2025-11-03T14:00Z')
    .option('--title <text>', 'use this headline instead of the detected one')
    .option('--allow-private-network', 'let a URL (and its redirects and images) reach this machine or the local network');

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('lectern')
    .description('Turn an article into an accessible EPUB 3, a screen-reader-friendly HTML page and narrated audio.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run lectern --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text.startsWith('error:') ? `lectern: ${text}` : text) })
    .addHelpText(
      'after',
      `
Examples:
  lectern tree article.txt                 show the detected structure
  lectern tree article.txt --explain       show which rule classified each line
  lectern export article.txt               write every format to ./output/
  lectern export a.md b.txt --format epub,html --out books/
  cat page.txt | lectern export - --format html

Exit codes:
  0 success   1 internal error   2 bad command line   3 input not found
  4 input unreadable (empty, binary, too large)   5 cannot write output   6 speech engine failed`,
    );

  sharedOptions(
    program
      .command('tree')
      .description('print the article tree: an outline, or the full tree with --json')
      .argument('<file>', 'article file, an http(s) URL, or - for standard input')
      .option('--json', 'print the full tree as JSON, exactly as writers receive it')
      .option('--explain', 'say which rule classified each line of the input'),
  ).action(async (file: string, options: Record<string, string | boolean | undefined>) => {
    const { article, explain, warnings } = await loadArticle(file, { ...(options as Record<string, string>), explain: options.explain === true });
    for (const w of warnings) warn(w);
    if (options.json) {
      const value = options.explain ? { article, explain } : article;
      writeJson(value, (chunk) => process.stdout.write(chunk));
      process.stdout.write('\n');
    } else {
      writeTreeOutline(article, (chunk) => process.stdout.write(chunk));
      if (options.explain) {
        process.stdout.write('\nHow each line was read:\n');
        for (const e of explain) {
          const scores = e.scores?.length ? ` [${e.scores.map(([role, score]) => `${role} ${score}`).join(', ')}]` : '';
          process.stdout.write(`  ${String(e.line).padStart(4)}  ${e.rule.padEnd(24)} ${e.text}${scores}\n`);
        }
      }
    }
  });

  sharedOptions(
    program
      .command('export')
      .description(`write the article in each format (${writerNames().join(', ') || 'none available yet'})`)
      .argument('<files...>', 'article files, http(s) URLs, or - for standard input')
      .option('-f, --format <list>', `comma-separated formats: ${writerNames().join(', ')} (default: all but epub-audio)`)
      .option('-o, --out <dir>', 'output folder', 'output')
      .option('--template <file>', 'HTML page template to use instead of the bundled one')
      .addOption(new Option('--engine <name>', 'speech engine for audio (default: flite for English, espeak for other languages)').choices(engineNames()))
      .option('--voice <id>', 'voice for the speech engine (see lectern voices)')
      .option('--rate <wpm>', 'speaking rate in words per minute (default 160)', parseNumber('--rate', 80, 450))
      .option('--pitch <0-100>', 'voice pitch, espeak only (default 50)', parseNumber('--pitch', 0, 100))
      .option('--engine-command <template>', 'for --engine command: a program that writes a WAV file, e.g. "piper --model m.onnx --output_file {out}"')
      .option('--lexicon <file>', 'pronunciation lexicon: "word = spoken form" lines, or W3C PLS')
      .addOption(new Option('--audio-format <format>', 'also write an M4B audiobook (needs ffmpeg)').choices(['mp3', 'm4b']).default('mp3'))
      .option('--with-audio', 'the HTML page plays the narration written beside it, with its chapters, and highlights the sentence being read (with --format html,audio)')
      .option('--embed-audio', 'as --with-audio, with the narration inside the page (one file; about 29 MB an hour of audio); needs only --format html')
      .option('--no-clobber', 'refuse to replace an output file that already exists (exit code 5)')
      .option('--allow-outside-images', 'also read images outside the article’s folder (only for files you trust)')
      .option('--fetch-images', 'download a saved page’s remote images (a URL’s images are always downloaded)')
      .option('-q, --quiet', 'print nothing but errors'),
  ).action(async (files: string[], options: Record<string, string | boolean | undefined>) => {
    if (WRITERS.length === 0) throw new LecternError('usage', 'no output formats are available yet');
    const progress = !options.quiet && process.stderr.isTTY ? progressReporter() : undefined;
    let exitCode = 0;
    // One registry for the whole run: a second article with the same id becomes `<id>-2`.
    const runIds = new IdRegistry();
    for (const file of files) {
      try {
        const result = await exportFile(file, {
          ...(options as Record<string, string>),
          outDir: String(options.out ?? 'output'),
          clobber: options.clobber !== false,
          allowOutsideImages: options.allowOutsideImages === true,
          fetchImages: options.fetchImages === true,
          withAudio: options.withAudio === true,
          embedAudio: options.embedAudio === true,
          allowPrivateNetwork: options.allowPrivateNetwork === true,
          runIds,
          ...(typeof options.format === 'string' ? { formats: [options.format] } : {}),
          ...(progress ? { progress } : {}),
        });
        for (const w of result.warnings) warn(w);
        if (!options.quiet) for (const path of result.replaced) process.stderr.write(`lectern: replacing ${path} (it was there before this run)\n`);
        if (!options.quiet) for (const path of result.written) process.stdout.write(`${path}\n`);
        for (const failure of result.failures) {
          const code = report(failure.error, `${file} (${failure.format}): `);
          exitCode ||= code;
        }
      } catch (error) {
        // A usage error applies to every file: stop and report it once.
        if (isLecternError(error) && error.kind === 'usage') throw error;
        exitCode ||= report(error, isLecternError(error) && error.file ? '' : `${file}: `);
      }
    }
    process.exitCode = exitCode;
  });
  program
    .command('voices')
    .description('list the voices of every speech engine, or of one')
    .addOption(new Option('--engine <name>', 'only this speech engine').choices(engineNames()))
    .action(async (options: { engine?: string }) => {
      const engines = options.engine ? [chooseEngine(options.engine)] : ENGINES;
      for (const [index, engine] of engines.entries()) {
        if (engines.length > 1) process.stdout.write(`${index ? '\n' : ''}${engine.name}: ${engine.description}\n`);
        let voices: Voice[];
        try {
          voices = await engine.voices({ lang: 'en' });
        } catch (error) {
          // One engine that cannot run here (say on Linux without festival) does not hide the others.
          if (engines.length === 1 || !isLecternError(error)) throw error;
          process.stdout.write(`  not available here: ${error.message}\n`);
          continue;
        }
        if (voices.length === 0) process.stdout.write(`  the ${engine.name} engine has no voice list; its voice is set by the program it runs\n`);
        for (const v of voices) process.stdout.write(`  ${v.id.padEnd(16)} ${v.name}${v.languages.length ? `  (${v.languages.join(', ')})` : ''}\n`);
      }
    });
  return program;
}

function parseNumber(flag: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) throw new LecternError('usage', `${flag} must be a number from ${min} to ${max}, not "${value}"`);
    return n;
  };
}

/** Chapter n of N, minutes of audio done, and an estimate of the time left: on stderr, TTY only. */
function progressReporter(): (done: number, total: number, audioSeconds: number) => void {
  const started = process.hrtime.bigint();
  return (done, total, audioSeconds) => {
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
    // \r and "clear to end of line" rewrite one status line in place.
    process.stderr.write(`\r\x1b[Klectern: audio chapter ${done} of ${total}, ${(audioSeconds / 60).toFixed(1)} min done, about ${Math.ceil(eta)} s left${done === total ? '\n' : ''}`);
  };
}

/**
 * `lectern tree page.txt | head`: when the reader of our output goes away, stop quietly, as
 * Unix tools do, instead of printing a stack trace.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
      throw error;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander already printed the message otherwise.
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
        ? EXIT_CODES.ok
        : EXIT_CODES.usage;
    }
    return report(error);
  }
}

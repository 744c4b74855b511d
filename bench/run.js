// npm run bench: Lectern's speed and memory, with pandoc measured in the same run as the
// reference where it is installed. Prints ratios, never pass/fail: timings vary by machine.
// BENCH_QUICK=1 skips the book-length audio run (it narrates about nine hours of speech).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countWords, markdownBook, newsText } from './generate.js';

// `npm run bench -- bodies DIR`: body F1 on real pages copied whole (see bench/bodies.js).
if (process.argv.includes('bodies')) {
  const { report } = await import('./bodies.js');
  const dir = process.argv.slice(2).find((a) => a !== 'bodies' && !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run bench -- bodies DIR [--pages]');
    process.exit(2);
  }
  report(dir, process.argv.includes('--pages'));
  process.exit(0);
}

// `npm run bench -- html [DIR]`: the html reader's accuracy and speed on saved web pages.
if (process.argv.includes('html')) {
  const { DEFAULT_DIRS, report } = await import('./html.js');
  const dirs = process.argv.slice(2).filter((a) => a !== 'html' && !a.startsWith('--'));
  report(dirs.length ? dirs : DEFAULT_DIRS, process.argv.includes('--pages'));
  process.exit(0);
}

// `npm run bench -- voices`: intelligibility, pace, pauses and loudness of each voice (see bench/voices.js).
if (process.argv.includes('voices')) {
  const { report } = await import('./voices.js');
  report();
  process.exit(0);
}

// `npm run bench -- furniture-cv [N]`: the learned furniture model on blind sets left out of its training.
if (process.argv.includes('furniture-cv')) {
  const { report } = await import('./furniture-cv.js');
  await report(Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 9));
  process.exit(0);
}

// `npm run bench -- shapes`: the reader's accuracy on the corpus, instead of speed.
if (process.argv.includes('shapes')) {
  const { DEFAULT_DIRS, report } = await import('./shapes.js');
  const dirs = process.argv.slice(2).filter((a) => a !== 'shapes' && !a.startsWith('--'));
  report(dirs.length ? dirs : DEFAULT_DIRS, process.argv.includes('--pages'));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
const child = new URL('./child.js', import.meta.url).pathname;

/** One lectern process, timed from spawn to exit like the pandoc runs, with its peak memory. */
function lectern(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const line = result.stderr.split('\n').find((l) => l.startsWith('@@bench '));
  if (!line) throw new Error(`lectern ${args.join(' ')} failed:\n${result.stderr}`);
  const report = JSON.parse(line.slice(8));
  if (report.code !== 0) throw new Error(`lectern ${args.join(' ')} exited ${report.code}:\n${result.stderr}`);
  return { ...report, seconds: wall };
}

/** Best of three wall times for an external command, or undefined when it is not installed. */
function time(command, args) {
  let best;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    if (result.error || result.status !== 0) return undefined;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    best = best === undefined ? seconds : Math.min(best, seconds);
  }
  return best;
}

function best(args, runs = 3) {
  let result;
  for (let i = 0; i < runs; i++) {
    const r = lectern(args);
    if (!result || r.seconds < result.seconds) result = { ...r, maxRssBytes: Math.max(r.maxRssBytes, result?.maxRssBytes ?? 0) };
  }
  return result;
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0];
console.log(`Lectern benchmarks (node ${process.version}; reference: ${pandoc ?? 'pandoc not installed'})\n`);

// 1. Parsing: lectern tree on a 150,000-word saved news page, and on a Markdown book beside pandoc.
const news = newsText(150_000);
const newsFile = join(dir, 'book.txt');
writeFileSync(newsFile, news);
const newsWords = countWords(news);
const tree = best(['tree', newsFile, '--json', '--date', '2025-11-03T12:00Z']);
console.log('Parse (lectern tree --json), news-text');
console.log(`  ${newsWords.toLocaleString('en')} words, ${mib(statSync(newsFile).size)} input: ${tree.seconds.toFixed(2)} s, ${Math.round(newsWords / tree.seconds).toLocaleString('en')} words/s (whole process, start-up included)`);
const tinyFile = join(dir, 'tiny.txt');
writeFileSync(tinyFile, 'A short note\n\nThe body of the note is one sentence long.\n');
const baseline = best(['tree', tinyFile, '--json']);
const inputBytes = statSync(newsFile).size;
const retained = JSON.parse(spawnSync(process.execPath, ['--expose-gc', new URL('./retained.js', import.meta.url).pathname, newsFile], { encoding: 'utf8' }).stdout);
console.log(`  peak RSS ${mib(tree.maxRssBytes)}; ${mib(tree.maxRssBytes - baseline.maxRssBytes)} above the same command on a two-line input (${mib(baseline.maxRssBytes)}) = ${((tree.maxRssBytes - baseline.maxRssBytes) / inputBytes).toFixed(1)}× the input`);
console.log(`  parsing alone (in process, warm): ${retained.parseSeconds.toFixed(3)} s, ${Math.round(newsWords / retained.parseSeconds).toLocaleString('en')} words/s`);
console.log(`  heap retained by the tree (cold, an upper bound): ${mib(retained.retainedBytes)} = ${(retained.retainedBytes / inputBytes).toFixed(1)}× the input; the rest of the peak is garbage V8 has not yet collected`);

const book = markdownBook(150_000);
const bookFile = join(dir, 'book.md');
writeFileSync(bookFile, book);
const bookWords = countWords(book);
const mdTree = best(['tree', bookFile, '--json']);
const pandocParse = time('pandoc', ['-f', 'markdown', '-t', 'json', bookFile, '-o', join(dir, 'pandoc.json')]);
console.log('Parse, Markdown');
console.log(`  ${bookWords.toLocaleString('en')} words: lectern ${mdTree.seconds.toFixed(2)} s (${Math.round(bookWords / mdTree.seconds).toLocaleString('en')} words/s, ${mib(mdTree.maxRssBytes)})` +
  (pandocParse ? `; pandoc -t json ${pandocParse.toFixed(2)} s; lectern is ${(pandocParse / mdTree.seconds).toFixed(1)}× pandoc's speed` : ''));

// 2. EPUB export of a 90,000-word Markdown book, beside pandoc -t epub3.
const epubBook = markdownBook(90_000);
const epubFile = join(dir, 'epub-book.md');
writeFileSync(epubFile, epubBook);
const epub = best(['export', epubFile, '--format', 'epub', '--out', join(dir, 'out'), '--quiet']);
const pandocEpub = time('pandoc', ['-f', 'markdown', '-t', 'epub3', epubFile, '-o', join(dir, 'pandoc.epub')]);
console.log('EPUB export');
console.log(`  ${countWords(epubBook).toLocaleString('en')} words: lectern ${epub.seconds.toFixed(2)} s (${mib(epub.maxRssBytes)})` +
  (pandocEpub ? `; pandoc -t epub3 ${pandocEpub.toFixed(2)} s; lectern is ${(pandocEpub / epub.seconds).toFixed(1)}× pandoc's speed` : ''));

// 3. Audio: real-time factor on a ~5,000-word article, with the default English voice (flite, on
// worker threads) and with eSpeak NG, beside Debian's native espeak-ng on the same text; memory on a
// 90,000-word book.
const article = newsText(5_000);
const articleFile = join(dir, 'article.txt');
writeFileSync(articleFile, article);
const cores = (await import('node:os')).availableParallelism();
console.log(`Audio (MP3), ${countWords(article).toLocaleString('en')} words, ${cores} cores`);
let audio;
for (const [label, args] of [['default voice (flite rms)', []], ['espeak', ['--engine', 'espeak']]]) {
  const audioOut = join(dir, `audio-${args.length}`);
  const run = lectern(['export', articleFile, '--format', 'audio', '--out', audioOut, '--quiet', ...args]);
  const timings = JSON.parse(readFileSync(join(audioOut, 'port-council-delays-vote-on-harbour-bridge.timings.json'), 'utf8'));
  console.log(`  ${label}: ${(timings.duration / 60).toFixed(1)} min of audio in ${run.seconds.toFixed(1)} s: ${(timings.duration / run.seconds).toFixed(0)}× real time, peak memory ${mib(run.maxRssBytes)}`);
  if (label === 'espeak') {
    // The reference: the same sentences through Debian's espeak-ng to a WAV file, no encoding.
    const script = join(dir, 'script.txt');
    writeFileSync(script, timings.sentences.map((s) => s.text).join('\n'));
    const native = time('espeak-ng', ['-v', 'en', '-s', '150', '-f', script, '-w', join(dir, 'native.wav')]);
    if (native) console.log(`    native espeak-ng (Debian, WAV only): ${native.toFixed(1)} s: Lectern's espeak takes ${(run.seconds / native).toFixed(1)}× as long, encoding, levelling and chapters included`);
  }
  audio = run;
}
if (process.env.BENCH_QUICK) {
  console.log('  (BENCH_QUICK: book-length audio memory skipped)');
} else {
  const long = newsText(90_000);
  const longFile = join(dir, 'long.txt');
  writeFileSync(longFile, long);
  const longAudio = lectern(['export', longFile, '--format', 'audio', '--out', join(dir, 'audio-long'), '--quiet']);
  const longTimings = JSON.parse(readFileSync(join(dir, 'audio-long', 'port-council-delays-vote-on-harbour-bridge.timings.json'), 'utf8'));
  console.log(`  ${countWords(long).toLocaleString('en')} words → ${(longTimings.duration / 3600).toFixed(1)} h of audio in ${(longAudio.seconds / 60).toFixed(1)} min: ${(longTimings.duration / longAudio.seconds).toFixed(0)}× real time, peak memory ${mib(longAudio.maxRssBytes)} (vs ${mib(audio.maxRssBytes)} for the 5,000-word article)`);
}

/**
 * The audio writer: the narration script, spoken sentence by sentence and encoded as it
 * goes, so a book-length input never holds more than one sentence of audio in memory.
 * Chapter starts are counted in samples and placed on a 20 ms grid (441 samples), so
 * every format states them exactly in milliseconds: MP3 CHAP frames, M4B, VTT, JSON.
 */
import { once } from 'node:events';
import { type WriteStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LecternError, isLecternError } from '../../errors.js';
import { fill, wordsFor } from '../../lang/index.js';
import { blockText, inlineText } from '../../tree/text.js';
import type { Article } from '../../tree/types.js';
import { ID3_COVER_WIDTH, renderCover } from '../cover/index.js';
import type { OutputFile, WriterOptions } from '../types.js';
import { type ChapterMark, id3Tag, iso6392 } from './encode/id3.js';
import { encodeM4b } from './encode/m4b.js';
import { FrameCounter, createEncoder, headerFrame } from './encode/mp3.js';
import { chooseEngine } from './engines/index.js';
import { type EngineOptions, SAMPLE_RATE, type SpeechEngine } from './engines/types.js';
import { parseLexicon } from './lexicon.js';
import { levelSentence } from './level.js';
import { mapAhead } from './ahead.js';
import { type NarrationScript, PAUSES, formatScript, narrationScript } from './script.js';
import { writtenWords } from './sentence-map.js';
import { TimingsWriter, chaptersJson, chaptersVtt } from './sidecars.js';
import { trimSilence } from './trim.js';
import { WORK_FOLDER, sweepStale } from '../../stale-files.js';

/** Silence before the first word and after the last (audiobook norms: 0.5–1 s and 1–5 s). */
const HEAD_MS = 750;
const TAIL_MS = 1000;
/** Sentences synthesized ahead of the one being written: enough to keep every engine thread busy. */
const LOOKAHEAD = 8;
/** Chapter starts fall on multiples of this many samples (20 ms), exact in milliseconds. */
const GRID = SAMPLE_RATE / 50;

export interface AudioOptions {
  engine?: string;
  voice?: string;
  rate?: number;
  pitch?: number;
  engineCommand?: string;
  /** Text of a `--lexicon` file. */
  lexicon?: string;
  lexiconName?: string;
  /** `m4b` also writes an M4B. */
  audioFormat?: string;
  progress?: (done: number, total: number, audioSeconds: number) => void;
}

function audioOptions(options: WriterOptions): AudioOptions {
  return options as AudioOptions;
}

/** Writes with back-pressure: waits for the stream to drain when its buffer is full. */
async function writeChunk(stream: WriteStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function closeStream(stream: WriteStream, last?: Uint8Array): Promise<void> {
  const closed = once(stream, 'close');
  stream.end(last);
  await closed;
}

/** ASCII ids go into ID3 as they are; others (non-Latin slugs) are numbered. */
function chapterElementId(id: string, index: number): string {
  return /^[\x21-\x7e]+$/.test(id) ? id : `chapter-${index + 1}`;
}

/**
 * Narration is refused beyond this many words (about 30 hours at 165 words a minute): synthesis
 * runs at a few times real time, so a 64 MiB article (ten million words) would take days.
 */
export const MAX_NARRATION_WORDS = 300_000;

/** The words of the article's prose (its code and pictures' alt text aside), counted without making the narration. */
function proseWords(article: Article): number {
  let words = 0;
  const count = (text: string) => {
    words += text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  };
  count(inlineText(article.headline));
  for (const section of article.sections) {
    if (section.heading) count(inlineText(section.heading));
    for (const block of section.blocks) if (block.type !== 'code' && block.type !== 'figure') count(blockText(block));
  }
  return words;
}

function tooLongToNarrate(words: string): LecternError {
  return new LecternError(
    'badInput',
    `the article has ${words} words to narrate; narration is made for at most ${MAX_NARRATION_WORDS.toLocaleString('en')} (about 30 hours); the other formats are written`,
  );
}

function narratedWords(script: ReturnType<typeof narrationScript>): number {
  let words = 0;
  for (const chapter of script.chapters) for (const utterance of chapter.utterances) words += utterance.spoken.split(/\s+/u).filter(Boolean).length;
  return words;
}

/** What other writers ask of the audio writer: the read-along EPUB cuts the raw samples (`pcm`) into a file per document. */
export interface AudioInternals {
  /** Also return the narration as raw 16-bit mono samples at SAMPLE_RATE, as `<id>.pcm`. */
  pcm?: boolean;
}

export async function renderAudio(article: Article, options: WriterOptions, internals: AudioInternals = {}): Promise<OutputFile[]> {
  const opts = audioOptions(options);
  const m4b = (opts.audioFormat ?? 'mp3').toLowerCase() === 'm4b';
  if (!['mp3', 'm4b'].includes((opts.audioFormat ?? 'mp3').toLowerCase())) {
    throw new LecternError('usage', `unknown audio format "${opts.audioFormat}"; choose mp3 or m4b`);
  }
  const lexicon = opts.lexicon ? parseLexicon(opts.lexicon, opts.lexiconName) : [];
  // (More words written than narration takes: refused before the script is made, which on a page of
  // ten million words takes seconds. Narration only adds words: numbers and abbreviations are spelt out.)
  const written = proseWords(article);
  if (written > MAX_NARRATION_WORDS) throw tooLongToNarrate(`more than ${written.toLocaleString('en')}`);
  const script = narrationScript(article, { lexicon });
  const words = narratedWords(script);
  if (words > MAX_NARRATION_WORDS) throw tooLongToNarrate(words.toLocaleString('en'));
  const factory = chooseEngine(opts.engine, article.lang);
  const engineOptions: EngineOptions = { lang: article.lang };
  for (const [flag, value, supported] of [
    ['--voice', opts.voice, factory.supports.voice],
    ['--rate', opts.rate, factory.supports.rate],
    ['--pitch', opts.pitch, factory.supports.pitch],
  ] as const) {
    if (value !== undefined && !supported) throw new LecternError('usage', `the ${factory.name} engine does not support ${flag}`);
  }
  if (opts.voice) engineOptions.voice = opts.voice;
  if (opts.rate !== undefined) engineOptions.rate = opts.rate;
  if (opts.pitch !== undefined) engineOptions.pitch = opts.pitch;
  if (opts.engineCommand) engineOptions.command = opts.engineCommand;

  await sweepStale(tmpdir(), WORK_FOLDER);
  const dir = await mkdtemp(join(tmpdir(), 'lectern-audio-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  // Closed on every path: an engine may hold worker threads that would keep the process alive.
  let engine: SpeechEngine | undefined;
  try {
    engine = await factory.create(engineOptions);
    const speaker = engine;
    const encoder = await createEncoder();
    const framesPath = join(dir, 'frames.mp3');
    const frames = createWriteStream(framesPath);
    const pcm = m4b || internals.pcm ? createWriteStream(join(dir, 'audio.pcm')) : undefined;
    const counter = new FrameCounter();
    let position = 0;
    const write = async (samples: Float32Array) => {
      const encoded = encoder.encode(samples);
      counter.push(encoded);
      await writeChunk(frames, encoded);
      if (pcm) {
        const ints = Buffer.alloc(samples.length * 2);
        for (let i = 0; i < samples.length; i++) ints.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round((samples[i] as number) * 32767))), i * 2);
        await writeChunk(pcm, ints);
      }
      position += samples.length;
    };
    const silence = (samples: number) => (samples > 0 ? write(new Float32Array(samples)) : Promise.resolve());

    const starts: number[] = [];
    const timingsPath = join(dir, 'timings.json');
    const timingsStream = createWriteStream(timingsPath);
    const timings = new TimingsWriter((text) => writeChunk(timingsStream, text), SAMPLE_RATE, factory.supports.wordTimings ? 'word' : 'sentence');
    await silence(Math.round((HEAD_MS * SAMPLE_RATE) / 1000));
    // Every sentence in reading order; the engine speaks a few ahead of the one being written.
    const sentences = script.chapters.flatMap((chapter) => chapter.utterances.flatMap((utterance) => utterance.sentences.map((sentence) => ({ sentence, lang: utterance.lang }))));
    const nextSpoken = mapAhead(sentences, LOOKAHEAD, ({ sentence, lang }) => speaker.synthesize(sentence.spoken, lang));
    for (const [index, chapter] of script.chapters.entries()) {
      // The first chapter starts at 0, with the lead-in silence; the others on the grid.
      if (index > 0) await silence((GRID - (position % GRID)) % GRID);
      starts.push(index === 0 ? 0 : position);
      for (const utterance of chapter.utterances) {
        for (const [i, sentence] of utterance.sentences.entries()) {
          const spoken = await nextSpoken();
          const { samples, removed } = trimSilence(spoken.samples);
          const start = position;
          await write(levelSentence(samples));
          await timings.add({
            chapter: chapter.id,
            text: sentence.text,
            start: start / SAMPLE_RATE,
            end: position / SAMPLE_RATE,
            words: writtenWords(sentence, spoken.words).map((w) => ({ offset: w.offset, length: w.length, start: (start + Math.max(0, w.sample - removed)) / SAMPLE_RATE })),
          });
          if (i < utterance.sentences.length - 1) await silence(Math.round((PAUSES.sentence * SAMPLE_RATE) / 1000));
        }
        await silence(Math.round((utterance.pauseMs * SAMPLE_RATE) / 1000));
      }
      opts.progress?.(index + 1, script.chapters.length, position / SAMPLE_RATE);
    }
    await silence(Math.round((TAIL_MS * SAMPLE_RATE) / 1000));
    const last = encoder.finish();
    counter.push(last);
    await closeStream(frames, last);
    if (pcm) await closeStream(pcm);
    await engine.close();
    engine = undefined;
    await timings.finish(position / SAMPLE_RATE);
    await closeStream(timingsStream);

    const total = position;
    const ms = (samples: number) => Math.round((samples * 1000) / SAMPLE_RATE);
    const chapters: ChapterMark[] = script.chapters.map((c, i) => ({
      id: chapterElementId(c.id, i),
      title: c.title,
      startMs: ms(starts[i] ?? 0),
      endMs: ms(starts[i + 1] ?? total),
    }));
    const authors = article.byline?.authors.map((a) => a.name).join(', ');
    // The tags' own words are in the article's language, as their language field says.
    const words = wordsFor(article.lang);
    const title = inlineText(article.headline);
    // The EPUB's generated cover, drawn smaller (600 × 960); players show PNG, so an SVG fallback is left out.
    const generated = await renderCover(article, ID3_COVER_WIDTH);
    const cover = generated.mediaType === 'image/png' ? generated : undefined;
    const date = article.byline?.dateline?.iso?.slice(0, 10);
    const comment = fill(words.narration.narratedBy, { engine: factory.name, source: article.source.file ?? words.narration.standardInput, format: article.source.format });
    const tag = id3Tag({
      title,
      ...(authors ? { artist: authors } : {}),
      ...(article.publisher ? { album: article.publisher } : {}),
      ...(date ? { year: date.slice(0, 4) } : {}),
      language: iso6392(article.lang),
      comment,
      transcript: script.chapters.map((c) => [c.title, ...c.utterances.map((u) => u.text)].join('\n')).join('\n\n'),
      ...(cover ? { cover: { mime: cover.mediaType, data: cover.data, description: words.labels.cover } } : {}),
      chapters,
      chaptersTitle: words.labels.chapters,
      lengthMs: ms(total),
    });
    const mp3Path = join(dir, 'final.mp3');
    const final = await open(mp3Path, 'w');
    try {
      await final.write(tag);
      await final.write(headerFrame(counter, total));
      const source = await open(framesPath, 'r');
      try {
        const buffer = Buffer.alloc(1 << 20);
        for (let offset = 0; ; ) {
          const { bytesRead } = await source.read(buffer, 0, buffer.length, offset);
          if (bytesRead === 0) break;
          await final.write(buffer.subarray(0, bytesRead));
          offset += bytesRead;
        }
      } finally {
        await source.close();
      }
    } finally {
      await final.close();
    }
    await rm(framesPath, { force: true });

    const files: OutputFile[] = [
      { name: `${article.id}.mp3`, path: mp3Path },
      { name: `${article.id}.chapters.vtt`, data: chaptersVtt(chapters) },
      { name: `${article.id}.chapters.json`, data: chaptersJson(chapters, title) },
      { name: `${article.id}.timings.json`, path: timingsPath },
    ];
    if (m4b) {
      const m4bPath = await encodeM4b(join(dir, 'audio.pcm'), dir, {
        title,
        ...(authors ? { artist: authors } : {}),
        ...(article.publisher ? { album: article.publisher } : {}),
        ...(date ? { date } : {}),
        comment,
        language: iso6392(article.lang),
        ...(cover ? { cover: cover.data } : {}),
        chapters,
      });
      files.push({ name: `${article.id}.m4b`, path: m4bPath });
    }
    if (internals.pcm) files.push({ name: `${article.id}.pcm`, path: join(dir, 'audio.pcm') });
    files[0] = { ...(files[0] as OutputFile), cleanup };
    return files;
  } catch (error) {
    await engine?.close().catch(() => {});
    await cleanup();
    if (isLecternError(error)) throw error;
    // The engines and the encoder report their own failures as engine errors. A system error here
    // (a full disk, a folder that cannot be written) is an output failure; anything else is a bug
    // in Lectern and must reach the user as one (exit 1), not pass for an engine failure.
    if (typeof (error as NodeJS.ErrnoException)?.code === 'string') throw new LecternError('output', `audio failed: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * `--format audio`: the run's one narration when the pipeline shares it (audio/shared.ts), less the
 * raw samples another writer asked for; a narration of its own otherwise.
 */
export async function writeAudio(article: Article, options: WriterOptions): Promise<OutputFile[]> {
  if (!options.narrate) return renderAudio(article, options);
  return (await options.narrate()).filter((f) => f.name !== `${article.id}.pcm`);
}

export { formatScript, narrationScript };
export type { NarrationScript };

/**
 * The read-along EPUB (`--format epub-audio`): the EPUB of `--format epub` with the narration
 * inside and an EPUB 3 media overlay (SMIL) per content document, sentence by sentence, so a
 * reading system highlights the sentence being read and can start reading from any sentence.
 *
 * One segmentation: the narration script's sentences (the ones the audio writer speaks and
 * writes to timings.json) are wrapped where the script says they are on the page (each
 * utterance's `sources`), and the overlays take their clips from the same timings. A sentence
 * the page does not show (`Image:`, `Row 1.`, `List of 3 items.`) gets no span; its audio plays
 * with the sentence before it.
 *
 * Audio packaging: one MP3 per content document (audio/<document>.mp3), not one file for the
 * book with clip offsets. A reading system then loads only the audio of the document it shows
 * (foliate-js, for one, reads the whole audio file out of the zip into a blob before it plays a
 * clip, so one file for the book would be unpacked whole for every document), clip times stay small and local to a
 * short file (seeking in a long MP3 is exact only where the player trusts a constant bit rate), and
 * each document with its overlay and its audio is a self-contained pair, which is how DAISY
 * Pipeline 2 and the read-along books of publishers are made. The files are cut from the
 * narration's samples at chapter starts (which fall on the audio writer's 20 ms grid) and encoded
 * each on its own, so no MP3 frame is split and each file has its own LAME tag (gapless players
 * trim the encoder's delay).
 *
 * Clips are contiguous: a sentence's clip runs from where its audio starts to where the next
 * wrapped sentence's starts (the first from the file's start, the last to its end), so the pauses
 * and unwrapped sentences play with the sentence before, the highlight never flickers off, and
 * the clips of an overlay sum exactly to its `media:duration` (the length of its audio file).
 */
import { open } from 'node:fs/promises';
import { planChunks } from '../../tree/chunks.js';
import type { Article } from '../../tree/types.js';
import { escapeHtml as x } from '../html/escape.js';
import { narratedSentences, sentenceId } from '../html/narrated-sentences.js';
import type { OutputFile, WriterOptions } from '../types.js';
import { createEncoder, FrameCounter, headerFrame } from '../audio/encode/mp3.js';
import { chooseEngine } from '../audio/engines/index.js';
import { SAMPLE_RATE } from '../audio/engines/types.js';
import { renderAudio } from '../audio/index.js';
import { narrationPath, narrationText } from '../audio/shared.js';
import type { AccessibilityMetadata } from './accessibility.js';
import type { BookPlan } from './book.js';
import { renderEpub } from './index.js';

/** The class a reading system puts on the sentence being read, and on the document while it plays. */
export const ACTIVE_CLASS = '-epub-media-overlay-active';
export const PLAYING_CLASS = '-epub-media-overlay-playing';

/**
 * The highlight: black text on pale yellow (18:1), white text on dark amber in dark mode (9:1),
 * the system's highlight colours in forced-colours mode. The rest of the book's CSS sets no
 * colour; this one does, because a highlight the reading system's theme could wash out is none.
 */
const READ_ALONG_CSS = `
/* Read along: the sentence being read (EPUB media overlays). */
.${ACTIVE_CLASS} { background-color: #fff3a8; color: #000; border-radius: 0.15em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
/* A link in the sentence takes the highlight's text colour (its own blue or violet could fall below 4.5:1 on it) and keeps its underline. */
.${ACTIVE_CLASS} a { color: inherit; text-decoration: underline; }
@media (prefers-color-scheme: dark) { .${ACTIVE_CLASS} { background-color: #5a4700; color: #fff; } }
@media (forced-colors: active) { .${ACTIVE_CLASS} { background-color: Highlight; color: HighlightText; forced-color-adjust: none; } }
`;

/** A narrated sentence: its id on the page, and where its audio is (samples from the narration's start). */
interface Narrated {
  id: string;
  chapter: number;
  text: string;
  start?: number;
  end?: number;
}

interface Timings {
  sampleRate: number;
  sentences: { chapter: string; text: string; start: number; end: number }[];
  duration: number;
}

export { sentenceId };

/** A SMIL clock value, `h:mm:ss.ffffff`: a sample at 22.05 kHz is 45 µs, so six decimals name it exactly. */
export function clock(samples: number): string {
  const micro = Math.round((samples * 1_000_000) / SAMPLE_RATE);
  const h = Math.floor(micro / 3_600_000_000);
  const m = Math.floor((micro % 3_600_000_000) / 60_000_000);
  const s = Math.floor((micro % 60_000_000) / 1_000_000);
  const f = micro % 1_000_000;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(6, '0')}`;
}

/** A document's audio, encoded from its slice of the narration's 16-bit samples. */
async function encodeSlice(pcmPath: string, from: number, to: number): Promise<Uint8Array> {
  const encoder = await createEncoder();
  const counter = new FrameCounter();
  const chunks: Uint8Array[] = [];
  const file = await open(pcmPath, 'r');
  try {
    const step = 1 << 16;
    const buffer = Buffer.alloc(step * 2);
    for (let at = from; at < to; at += step) {
      const count = Math.min(step, to - at);
      const { bytesRead } = await file.read(buffer, 0, count * 2, at * 2);
      const samples = new Float32Array(bytesRead / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = buffer.readInt16LE(i * 2) / 32767;
      const encoded = encoder.encode(samples);
      counter.push(encoded);
      chunks.push(encoded);
    }
  } finally {
    await file.close();
  }
  const last = encoder.finish();
  counter.push(last);
  chunks.push(last);
  return Buffer.concat([headerFrame(counter, to - from), ...chunks]);
}

export async function renderReadAlong(article: Article, options: WriterOptions): Promise<Uint8Array> {
  // One segmentation, shared with the HTML read-along page: the script's sentences, their ids and spans.
  const chunks = planChunks(article);
  const shared = narratedSentences(article, options, chunks);
  const { script, wrappedIn } = shared;
  const narrated: Narrated[] = shared.narrated;
  const sentences = shared.spans;

  const finish = async (plan: BookPlan) => {
    // The run's one narration when the pipeline shares it (the audio writer's files then have the same samples), else one of its own.
    const audio = options.narrate ? await options.narrate() : await renderAudio(article, { ...options, audioFormat: 'mp3' }, { pcm: true });
    const cleanup = async () => {
      if (!options.narrate) for (const f of audio) await f.cleanup?.();
    };
    try {
      const timings = JSON.parse(await narrationText(audio, '.timings.json')) as Timings;
      // The audio writer spoke the same sentences in the same order: checked, not assumed.
      if (timings.sentences.length !== narrated.length || timings.sentences.some((t, i) => t.text !== narrated[i]?.text)) {
        throw new Error('read-along: the audio writer spoke other sentences than the narration script has');
      }
      timings.sentences.forEach((t, i) => {
        const n = narrated[i] as Narrated;
        n.start = Math.round(t.start * SAMPLE_RATE);
        n.end = Math.round(t.end * SAMPLE_RATE);
      });
      const total = Math.round(timings.duration * SAMPLE_RATE);
      const chapterStarts = (JSON.parse(await narrationText(audio, '.chapters.json')) as { chapters: { startTime: number }[] }).chapters.map((c) => Math.round(c.startTime * SAMPLE_RATE));

      // Consecutive chapters the book puts in one document (its chunks' file) share its audio file.
      const groups: { file: string; from: number; to: number; chapters: number[] }[] = [];
      for (const [index, chapter] of script.chapters.entries()) {
        const file = chunks.fileOf(chapter.id);
        const from = chapterStarts[index] ?? 0;
        const last = groups[groups.length - 1];
        if (last && last.file === file) last.chapters.push(index);
        else {
          if (last) last.to = from;
          groups.push({ file, from, to: total, chapters: [index] });
        }
      }

      const files: { file: string; data: Uint8Array | string; store?: boolean }[] = [];
      const manifest: string[] = [];
      const metadata: string[] = [];
      const overlays = new Map<string, string>();
      let sum = 0;
      for (const group of groups) {
        const doc = plan.documents.find((d) => d.file === group.file);
        if (!doc) continue;
        const inGroup = new Set(group.chapters);
        const pars = narrated.filter((n) => inGroup.has(n.chapter) && wrappedIn.get(n.id) === group.file);
        if (pars.length === 0) continue;
        const base = group.file.replace(/\.xhtml$/, '');
        const audioFile = `audio/${base}.mp3`;
        const smilFile = `${base}.smil`;
        const length = group.to - group.from;
        const clips = pars.map((n, i) => {
          const begin = i === 0 ? 0 : (n.start as number) - group.from;
          const next = pars[i + 1];
          const end = next ? (next.start as number) - group.from : length;
          return `<par id="par-${n.id}"><text src="${x(group.file)}#${n.id}"/><audio src="${audioFile}" clipBegin="${clock(begin)}" clipEnd="${clock(end)}"/></par>`;
        });
        files.push({
          file: smilFile,
          data: `<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
  <body>
    <seq id="seq-${base}" epub:textref="${x(group.file)}">
      ${clips.join('\n      ')}
    </seq>
  </body>
</smil>
`,
        });
        files.push({ file: audioFile, data: await encodeSlice(narrationPath(audio, '.pcm'), group.from, group.to), store: true });
        const overlayId = `mo-${doc.id}`;
        overlays.set(doc.id, overlayId);
        manifest.push(`<item id="${overlayId}" href="${smilFile}" media-type="application/smil+xml"/>`);
        manifest.push(`<item id="audio-${doc.id}" href="${audioFile}" media-type="audio/mpeg"/>`);
        metadata.push(`<meta property="media:duration" refines="#${overlayId}">${clock(length)}</meta>`);
        sum += length;
      }
      const engine = chooseEngine(typeof options.engine === 'string' ? options.engine : undefined, article.lang);
      metadata.unshift(
        `<meta property="media:duration">${clock(sum)}</meta>`,
        // The synthetic voice that reads: the engine, and the voice when one was chosen.
        `<meta property="media:narrator">${x(typeof options.voice === 'string' ? `${engine.name} ${options.voice}` : engine.name)}</meta>`,
        `<meta property="media:active-class">${ACTIVE_CLASS}</meta>`,
        `<meta property="media:playback-active-class">${PLAYING_CLASS}</meta>`,
      );
      return {
        package: { metadata, manifest, overlays },
        files,
        css: READ_ALONG_CSS,
        a11y: (m: AccessibilityMetadata) => ({
          ...m,
          accessModes: [...m.accessModes, 'auditory'],
          features: [...m.features, 'synchronizedAudioText'],
        }),
      };
    } finally {
      await cleanup();
    }
  };
  return renderEpub(article, options, { chunks, sentences, finish });
}

export async function writeReadAlong(article: Article, options: WriterOptions): Promise<OutputFile[]> {
  // Its own name, so `--format epub,epub-audio` writes both books.
  return [{ name: `${article.id}.read-along.epub`, data: await renderReadAlong(article, options) }];
}

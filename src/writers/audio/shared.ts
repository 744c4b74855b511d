/**
 * One narration for every output of a run that needs it (`--format audio`, `epub-audio`, the HTML
 * page `--with-audio`). Synthesis is the slow part, and a speech engine's output may depend on what
 * it said before in the same process (eSpeak's does, by a few samples): narrated once, every
 * output gets the same samples and the same timings, and the run takes one synthesis, not two.
 *
 * The pipeline makes one per article and hands its `narrate` to the writers; the first writer
 * that calls it starts the synthesis, the others wait for the same result. Its files live in one
 * temporary folder until the pipeline calls `dispose`, after every writer has run. The audio
 * writer's own files are moved into place when it is written, so it must be the last writer
 * that reads them (the pipeline orders it last).
 */
import { readFile } from 'node:fs/promises';
import type { Article } from '../../tree/types.js';
import type { Narrate, OutputFile, WriterOptions } from '../types.js';
import { type AudioInternals, renderAudio } from './index.js';

export interface SharedNarration {
  narrate: Narrate;
  /** Removes the narration's temporary files: call once every writer has run. */
  dispose(): Promise<void>;
}

export function shareNarration(article: Article, options: WriterOptions, internals: AudioInternals): SharedNarration {
  let rendered: Promise<OutputFile[]> | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  const render = async () => {
    const files = await renderAudio(article, options, internals);
    // The folder is removed by `dispose`, not when the audio writer's files are placed.
    for (const file of files) if (file.cleanup) cleanups.push(file.cleanup);
    return files.map(({ cleanup: _cleanup, ...file }) => file as OutputFile);
  };
  return {
    narrate: () => {
      rendered ??= render();
      return rendered;
    },
    dispose: async () => {
      // A synthesis still under way (a writer failed before waiting for it) is waited for, then removed.
      await rendered?.catch(() => undefined);
      for (const cleanup of cleanups.splice(0)) await cleanup();
    },
  };
}

/** The narration's file whose name ends with `suffix` (`.timings.json`, `.mp3`), as the audio writer gave it. */
function narrationFile(files: OutputFile[], suffix: string): OutputFile {
  const file = files.find((f) => f.name.endsWith(suffix));
  if (!file) throw new Error(`the audio writer gave no ${suffix}`);
  return file;
}

/** A narration file's text (timings, chapters), whether the audio writer gave it as data or as a file. */
export async function narrationText(files: OutputFile[], suffix: string): Promise<string> {
  const file = narrationFile(files, suffix);
  return 'data' in file ? (typeof file.data === 'string' ? file.data : Buffer.from(file.data).toString('utf8')) : readFile(file.path, 'utf8');
}

/** A narration file's bytes (the MP3 the HTML page embeds). */
export async function narrationBytes(files: OutputFile[], suffix: string): Promise<Uint8Array> {
  const file = narrationFile(files, suffix);
  return 'data' in file ? (typeof file.data === 'string' ? Buffer.from(file.data) : file.data) : readFile(file.path);
}

/** A narration file on disk (the raw samples the read-along EPUB cuts). */
export function narrationPath(files: OutputFile[], suffix: string): string {
  const file = narrationFile(files, suffix);
  if (!('path' in file)) throw new Error(`the audio writer gave ${suffix} as data, not as a file`);
  return file.path;
}

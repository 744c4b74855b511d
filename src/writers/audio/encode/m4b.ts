/**
 * M4B (AAC audiobook with chapters) through ffmpeg: `LECTERN_FFMPEG`, or `ffmpeg` on
 * PATH (Debian: `apt-get install ffmpeg`). Chapters go in as ffmetadata in milliseconds,
 * the same values as the MP3's CHAP frames.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LecternError } from '../../../errors.js';
import { run } from '../engines/run.js';
import { SAMPLE_RATE } from '../engines/types.js';
import type { ChapterMark } from './id3.js';

function metaEscape(value: string): string {
  return value.replace(/([=;#\\\n])/g, '\\$1');
}

export function ffmetadata(title: string, artist: string | undefined, chapters: ChapterMark[]): string {
  const lines = [';FFMETADATA1', `title=${metaEscape(title)}`];
  if (artist) lines.push(`artist=${metaEscape(artist)}`);
  lines.push('genre=Audiobook');
  for (const c of chapters) lines.push('[CHAPTER]', 'TIMEBASE=1/1000', `START=${c.startMs}`, `END=${c.endMs}`, `title=${metaEscape(c.title)}`);
  return `${lines.join('\n')}\n`;
}

/** Encodes raw 16-bit mono PCM (a file) to an M4B with chapters. */
export async function encodeM4b(pcmFile: string, dir: string, title: string, artist: string | undefined, chapters: ChapterMark[]): Promise<string> {
  const ffmpeg = process.env.LECTERN_FFMPEG ?? 'ffmpeg';
  const meta = join(dir, 'chapters.ffmeta');
  const out = join(dir, 'book.m4b');
  await writeFile(meta, ffmetadata(title, artist, chapters));
  const result = await run(
    ffmpeg,
    ['-v', 'error', '-y', '-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', pcmFile, '-i', meta, '-map', '0:a', '-map_metadata', '1', '-map_chapters', '1',
      '-c:a', 'aac', '-b:a', '48k', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-movflags', '+faststart', '-f', 'mp4', out],
    '',
  );
  if (result.spawnError?.code === 'ENOENT') throw new LecternError('engine', 'M4B needs ffmpeg: install it (apt-get install ffmpeg) or set LECTERN_FFMPEG');
  if (result.code !== 0) throw new LecternError('engine', `ffmpeg failed to write the M4B: ${result.stderr.trim().split('\n').pop() ?? ''}`);
  return out;
}

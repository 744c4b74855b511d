/**
 * M4B (AAC audiobook with chapters) through ffmpeg: `LECTERN_FFMPEG`, or `ffmpeg` on
 * PATH (Debian: `apt-get install ffmpeg`). Chapters go in as ffmetadata in milliseconds,
 * the same values as the MP3's CHAP frames; ffmpeg writes them twice, as a QuickTime chapter
 * track (what Apple's players and music-metadata read) and as a Nero `chpl` box (what mutagen
 * reads). The tags are the MP3's, in iTunes form, with the media type an audiobook (`stik` 2).
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LecternError } from '../../../errors.js';
import { run } from '../engines/run.js';
import { SAMPLE_RATE } from '../engines/types.js';
import { writeWithChapterChunks } from './chapter-track.js';
import type { ChapterMark } from './id3.js';

export interface M4bInput {
  title: string;
  artist?: string;
  /** The publisher, as in the MP3. */
  album?: string;
  /** `YYYY-MM-DD`, or as much of it as is known. */
  date?: string;
  comment: string;
  /** ISO 639-2 code of the narration, e.g. `eng`. */
  language: string;
  /** The PNG cover, the same picture as the MP3's. */
  cover?: Uint8Array;
  chapters: ChapterMark[];
}

function metaEscape(value: string): string {
  return value.replace(/([=;#\\\n])/g, '\\$1');
}

function ffmetadata(input: M4bInput): string {
  const tags: [string, string | undefined][] = [
    ['title', input.title],
    ['artist', input.artist],
    ['album', input.album],
    ['date', input.date],
    ['comment', input.comment],
    ['genre', 'Audiobook'],
    // ffmpeg's name for iTunes' `stik`; 2 is an audiobook.
    ['media_type', '2'],
  ];
  const lines = [';FFMETADATA1', ...tags.filter(([, value]) => value).map(([key, value]) => `${key}=${metaEscape(value as string)}`)];
  for (const c of input.chapters) lines.push('[CHAPTER]', 'TIMEBASE=1/1000', `START=${c.startMs}`, `END=${c.endMs}`, `title=${metaEscape(c.title)}`);
  return `${lines.join('\n')}\n`;
}

/** Encodes raw 16-bit mono PCM (a file) to an M4B with chapters, tags and cover. */
export async function encodeM4b(pcmFile: string, dir: string, input: M4bInput): Promise<string> {
  const ffmpeg = process.env.LECTERN_FFMPEG ?? 'ffmpeg';
  const meta = join(dir, 'chapters.ffmeta');
  const muxed = join(dir, 'muxed.m4b');
  const out = join(dir, 'book.m4b');
  await writeFile(meta, ffmetadata(input));
  const coverFile = join(dir, 'cover.png');
  if (input.cover) await writeFile(coverFile, input.cover);
  // The PNG as it is, as an attached picture: ffmpeg writes it as the `covr` tag, not as a video track.
  const [coverIn, coverOut] = input.cover ? [['-i', coverFile], ['-map', '2:v', '-c:v', 'copy', '-disposition:v:0', 'attached_pic']] : [[], []];
  const result = await run(
    ffmpeg,
    ['-v', 'error', '-y', '-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', pcmFile, '-i', meta, ...coverIn, '-map', '0:a', ...coverOut, '-map_metadata', '1', '-map_chapters', '1',
      '-metadata:s:a:0', `language=${input.language}`, '-c:a', 'aac', '-b:a', '48k', '-brand', 'M4B ',
      // Same input, same bytes: no encoder version, no creation time; the movie box first, where players and music-metadata look for it.
      '-fflags', '+bitexact', '-flags:a', '+bitexact', '-movflags', '+faststart', '-f', 'mp4', muxed],
    '',
  );
  if (result.spawnError?.code === 'ENOENT') throw new LecternError('engine', 'M4B needs ffmpeg: install it (apt-get install ffmpeg) or set LECTERN_FFMPEG');
  if (result.code !== 0) throw new LecternError('engine', `ffmpeg failed to write the M4B: ${result.stderr.trim().split('\n').pop() ?? ''}`);
  await writeWithChapterChunks(muxed, out);
  await rm(muxed);
  return out;
}

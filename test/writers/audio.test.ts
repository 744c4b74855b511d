/** The narrated audio, read back with real parsers (music-metadata, node-id3, ffmpeg), not trusted. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseFile } from 'music-metadata';
import JSZip from 'jszip';
import NodeID3 from 'node-id3';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/errors.js';
import { LecternError } from '../../src/errors.js';
import { parseArticle } from '../../src/pipeline.js';
import { writeWithChapterChunks } from '../../src/writers/audio/encode/chapter-track.js';
import { crc16 } from '../../src/writers/audio/encode/crc16.js';
import { headerFrame } from '../../src/writers/audio/encode/mp3.js';
import { MAX_NARRATION_WORDS, renderAudio } from '../../src/writers/audio/index.js';
import { narrationScript } from '../../src/writers/audio/script.js';
import { renderCover } from '../../src/writers/cover/index.js';
import { FIXTURE_DATE, fixturePath, parseFixture, pngSize, runCli } from '../helpers.js';

const RATE = 22_050;
const out = mkdtempSync(join(tmpdir(), 'lectern-audio-'));

interface Exported {
  base: string;
  chapters: { id: string; title: string; startTime: number; endTime: number }[];
  timings: { duration: number; timing: 'word' | 'sentence'; sentences: { chapter: string; text: string; start: number; end: number; words: { offset: number; length: number; start: number }[] }[] };
}

function exportAudio(name: string, extra: string[] = [], dir = out): Exported {
  const result = runCli(['export', fixturePath(name), '--format', 'audio', '--out', dir, '--date', FIXTURE_DATE, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const id = parseFixture(name).id;
  const base = join(dir, id);
  return {
    base,
    chapters: JSON.parse(readFileSync(`${base}.chapters.json`, 'utf8')).chapters,
    timings: JSON.parse(readFileSync(`${base}.timings.json`, 'utf8')),
  };
}

/** Decodes with ffmpeg to mono float samples at Lectern's rate. */
function decode(file: string): Float32Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'f32le', '-ac', '1', '-ar', String(RATE), '-'], { maxBuffer: 512 * 1024 * 1024 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

/**
 * Runs a reader that CI installs from Debian (.ci/run). A missing one fails the test and names
 * its package: it never passes without having read the file.
 */
function tool(command: string, args: string[], debianPackage: string, succeeded: (status: number) => boolean = (status) => status === 0): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status === null || !succeeded(result.status)) {
    throw new Error(`${command} ${args.slice(0, 2).join(' ')} failed (apt-get install ${debianPackage}; .ci/run installs it): ${result.error?.message ?? result.stderr.trim()}`);
  }
  return result.stdout;
}

/** A Python reader, run by Debian's python3, the one that sees the modules Debian's packages install. */
function python<T>(script: string, file: string, debianPackage: string): T {
  return JSON.parse(tool('/usr/bin/python3', ['-c', script, file], debianPackage)) as T;
}

/** Where the first MPEG frame starts: past the ID3v2 tag (a 10-byte header and a 28-bit synchsafe size). */
function firstFrame(mp3: Buffer): Buffer {
  const id3 = mp3.subarray(0, 3).toString('latin1') === 'ID3' ? 10 + (((mp3[6] ?? 0) << 21) | ((mp3[7] ?? 0) << 14) | ((mp3[8] ?? 0) << 7) | (mp3[9] ?? 0)) : 0;
  return mp3.subarray(id3);
}

function level(samples: Float32Array, from: number, to: number): { rms: number; peak: number } {
  let sum = 0;
  let peak = 0;
  const end = Math.min(to, samples.length);
  for (let i = from; i < end; i++) {
    const s = samples[i] as number;
    sum += s * s;
    peak = Math.max(peak, Math.abs(s));
  }
  return { rms: 10 * Math.log10(sum / Math.max(1, end - from)), peak: 20 * Math.log10(peak) };
}

function vttStarts(vtt: string): { id: string; start: number; title: string }[] {
  return [...vtt.matchAll(/^(\S+)\n(\d\d):(\d\d):(\d\d)\.(\d{3}) --> [^\n]+\n(.+)$/gm)].map((m) => ({
    id: m[1] as string,
    start: Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]) + Number(m[5]) / 1000,
    title: m[6] as string,
  }));
}

// English is read by flite (no word timings), German by eSpeak NG (word timings).
const cases = ['harbour-bridge.txt', 'night-trains.md', 'german-brucke.txt'] as const;
const exported = new Map<string, Exported>();
beforeAll(() => {
  for (const name of cases) exported.set(name, exportAudio(name));
});

describe.each(cases)('audio for %s', (name) => {
  const get = () => exported.get(name) as Exported;

  it('has one ID3 chapter per script chapter, with titles, ids and a top-level ordered CTOC (node-id3)', () => {
    const { base } = get();
    const script = narrationScript(parseFixture(name));
    const tags = NodeID3.read(`${base}.mp3`);
    expect(tags.chapter?.map((c) => c.elementID)).toEqual(script.chapters.map((c) => c.id));
    expect(tags.chapter?.map((c) => c.tags?.title)).toEqual(script.chapters.map((c) => c.title));
    expect(tags.tableOfContents).toHaveLength(1);
    expect(tags.tableOfContents?.[0]).toMatchObject({ isOrdered: true, elements: script.chapters.map((c) => c.id) });
    const raw = readFileSync(`${base}.mp3`);
    const ctoc = raw.indexOf('CTOC');
    const flags = raw[ctoc + 10 + 'toc'.length + 1] ?? 0;
    expect(flags & 0x03).toBe(0x03); // top-level and ordered
    expect(tags.title).toBe(script.chapters[0]?.title);
    const english = parseFixture(name).lang.startsWith('en');
    expect(tags.language).toBe(english ? 'eng' : 'deu');
    // The default engine is the most intelligible one that speaks the language.
    expect(typeof tags.comment === 'object' && tags.comment.text).toMatch(english ? /\(flite\)/ : /\(espeak\)/);
  });

  it('has the same increasing chapter starts in the MP3 (music-metadata), the VTT and the JSON, exact to the millisecond', async () => {
    const { base, chapters } = get();
    const meta = await parseFile(`${base}.mp3`, { duration: true, includeChapters: true });
    const mp3 = (meta.format.chapters ?? []).map((c) => ({ id: c.id, start: c.start }));
    const vtt = vttStarts(readFileSync(`${base}.chapters.vtt`, 'utf8'));
    expect(mp3.map((c) => c.start)).toEqual(chapters.map((c) => c.startTime));
    expect(vtt.map((c) => c.start)).toEqual(chapters.map((c) => c.startTime));
    expect(vtt.map((c) => c.id)).toEqual(chapters.map((c) => c.id));
    expect(vtt.map((c) => c.title)).toEqual(chapters.map((c) => c.title));
    expect(chapters[0]?.startTime).toBe(0);
    for (let i = 1; i < chapters.length; i++) {
      expect(chapters[i]?.startTime).toBeGreaterThan(chapters[i - 1]?.startTime ?? 0);
      expect(chapters[i - 1]?.endTime).toBe(chapters[i]?.startTime);
      // On the 20 ms grid: a whole number of samples and of milliseconds.
      const samples = (chapters[i]?.startTime ?? 0) * RATE;
      expect(Math.abs(samples - Math.round(samples))).toBeLessThan(1e-6);
    }
  });

  it('has the right total duration: exact when decoded', () => {
    const { base, timings, chapters } = get();
    const samples = decode(`${base}.mp3`);
    expect(samples.length).toBe(Math.round(timings.duration * RATE));
    expect(chapters[chapters.length - 1]?.endTime).toBeCloseTo(timings.duration, 3);
  });

  it('has one duration, to 0.1 s, for ffprobe, eyeD3, mutagen, music-metadata and node-id3 (TLEN and the last chapter’s end)', async () => {
    const { base, timings } = get();
    const file = `${base}.mp3`;
    const meta = await parseFile(file, { duration: true });
    expect(meta.format.sampleRate).toBe(RATE);
    expect(meta.format.numberOfChannels).toBe(1);
    const tags = NodeID3.read(file);
    const durations = {
      ffprobe: Number(tool('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], 'ffmpeg')),
      // eyeD3 counts frames only in a header tagged "Xing"; for "Info" it divides the size by the header frame's bit rate.
      eyeD3: python<number>('import sys, json, logging, eyed3; logging.disable(logging.CRITICAL); print(json.dumps(eyed3.load(sys.argv[1]).info.time_secs))', file, 'eyed3'),
      mutagen: python<number>('import sys, json; from mutagen.mp3 import MP3; print(json.dumps(MP3(sys.argv[1]).info.length))', file, 'python3-mutagen'),
      musicMetadata: meta.format.duration ?? 0,
      tlen: Number(tags.length) / 1000,
      lastChapterEnd: (tags.chapter?.at(-1)?.endTimeMs ?? 0) / 1000,
    };
    for (const [reader, seconds] of Object.entries(durations)) expect({ reader, off: Math.abs(seconds - timings.duration) < 0.1 }).toEqual({ reader, off: true });
  });

  it('opens with LAME’s header frame: "Xing" with frames, bytes and a seek table, then a LAME tag whose CRCs mp3guessenc verifies', () => {
    const { base, timings } = get();
    const file = `${base}.mp3`;
    const mp3 = readFileSync(file);
    const frame = firstFrame(mp3);
    // MPEG-2 Layer III, 22.05 kHz, mono, like the stream.
    expect([frame[0], (frame[1] ?? 0) & 0xfe, (frame[2] ?? 0) & 0x0c, (frame[3] ?? 0) >> 6]).toEqual([0xff, 0xf2, 0, 3]);
    expect(frame.subarray(13, 17).toString('latin1')).toBe('Xing');
    expect(frame.readUInt32BE(17)).toBe(0x0f); // frames, bytes, TOC, quality
    const frames = frame.readUInt32BE(21);
    expect(Math.abs((frames * 576) / RATE - timings.duration)).toBeLessThan(0.1);
    expect(frame.readUInt32BE(25)).toBe(frame.length);
    // The seek table rises from 0, in step with the file (a constant bit rate): Media3 seeks a "Xing" file only with one.
    const toc = [...frame.subarray(29, 129)];
    expect(toc[0]).toBe(0);
    for (let i = 1; i < 100; i++) expect(Math.abs((toc[i] ?? 0) - (i * 256) / 100)).toBeLessThanOrEqual(1.5);
    expect(frame.subarray(133, 142).toString('latin1')).toBe('LAME3.100');
    // mp3guessenc's exit status is the number of the encoder it recognised; its errors are negative.
    const verdict = tool('mp3guessenc', ['-v', '-r', file], 'mp3guessenc', (status) => status < 128);
    expect(verdict).toMatch(/Tag verification\s*: passed/);
    expect(verdict).toMatch(/Music CRC verification passed/);
    // ffmpeg keeps the tag's encoder name only when the tag's CRC holds.
    expect(tool('ffprobe', ['-v', 'error', '-show_entries', 'stream_tags=encoder', '-of', 'csv=p=0', file], 'ffmpeg').trim()).toBe('LAME3.100');
  });

  it('is speech in every chapter, levelled to audiobook norms, with silence at head and tail', () => {
    const { base, chapters } = get();
    const samples = decode(`${base}.mp3`);
    const quiet = (s: number) => Math.abs(s) < 0.003;
    // Whole file, as audiobook checks measure it.
    const whole = level(samples, 0, samples.length);
    expect(whole.rms).toBeGreaterThanOrEqual(-23);
    expect(whole.rms).toBeLessThanOrEqual(-18);
    expect(whole.peak).toBeLessThanOrEqual(-3);
    // Each chapter, from its first to its last sound (the pause after it is structure, not level).
    for (const chapter of chapters) {
      let from = Math.round(chapter.startTime * RATE);
      let to = Math.min(samples.length, Math.round(chapter.endTime * RATE));
      while (from < to && quiet(samples[from] as number)) from++;
      while (to > from && quiet(samples[to - 1] as number)) to--;
      expect(to - from).toBeGreaterThan(RATE / 2);
      const { rms, peak } = level(samples, from, to);
      expect({ chapter: chapter.id, rms: Math.round(rms), inRange: rms >= -23 && rms <= -18 }).toMatchObject({ chapter: chapter.id, inRange: true });
      expect(peak).toBeLessThanOrEqual(-3);
    }
    let head = 0;
    while (head < samples.length && quiet(samples[head] as number)) head++;
    let tail = 0;
    while (tail < samples.length && quiet(samples[samples.length - 1 - tail] as number)) tail++;
    expect(head / RATE).toBeGreaterThanOrEqual(0.5);
    expect(head / RATE).toBeLessThanOrEqual(1);
    expect(tail / RATE).toBeGreaterThanOrEqual(1);
    expect(tail / RATE).toBeLessThanOrEqual(5);
  });

  it('writes sentence and word timings that follow the audio, and says which level it holds', () => {
    const { timings, chapters } = get();
    expect(timings.sentences.length).toBeGreaterThan(5);
    const english = parseFixture(name).lang.startsWith('en');
    // flite reads English and reports no word times; eSpeak NG reads German and reports them.
    expect(timings.timing).toBe(english ? 'sentence' : 'word');
    const withWords = timings.sentences.filter((s) => s.words.length > 0).length;
    expect(english ? withWords === 0 : withWords === timings.sentences.length).toBe(true);
    // Each sentence is the page's text, as the script found it (a substring of what is written), not its rewrite for the engine.
    const script = narrationScript(parseFixture(name));
    const written = script.chapters.flatMap((c) => c.utterances.flatMap((u) => u.sentences.map((s) => ({ chapter: c.id, text: u.text.slice(s.offset, s.offset + s.text.length) }))));
    expect(timings.sentences.map((s) => ({ chapter: s.chapter, text: s.text }))).toEqual(written);
    let previous = 0;
    for (const s of timings.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(previous);
      expect(s.end).toBeGreaterThan(s.start);
      previous = s.end;
      for (const w of s.words) {
        expect(w.start).toBeGreaterThanOrEqual(s.start);
        expect(w.start).toBeLessThanOrEqual(s.end);
        expect(s.text.slice(w.offset, w.offset + w.length)).toMatch(/^[\p{L}\p{N}]/u);
      }
      const chapter = chapters.find((c) => c.id === s.chapter);
      expect(s.start).toBeGreaterThanOrEqual(chapter?.startTime ?? Number.NaN);
    }
  });
});

describe('audio details', () => {
  // One book with every tag (authors, publisher, date) and the M4B too, shared by the tests below.
  const BOOK = 'blog-accessible-maps.md';
  const TITLE = 'Making maps that screen readers can follow';
  let book: Exported;
  beforeAll(() => {
    book = exportAudio(BOOK, ['--audio-format', 'm4b'], mkdtempSync(join(tmpdir(), 'lectern-book-')));
  });
  const coverPng = async () => Buffer.from((await renderCover(parseFixture(BOOK), 600)).data);

  it('is byte-identical across runs, the M4B too', () => {
    const again = exportAudio(BOOK, ['--audio-format', 'm4b'], mkdtempSync(join(tmpdir(), 'lectern-audio2-')));
    for (const ext of ['.mp3', '.m4b', '.chapters.vtt', '.chapters.json', '.timings.json']) {
      expect({ ext, same: readFileSync(`${again.base}${ext}`).equals(readFileSync(`${book.base}${ext}`)) }).toEqual({ ext, same: true });
    }
  });

  it("carries the EPUB's cover drawn at 600×960, and the transcript as lyrics", async () => {
    const { base } = book;
    const tags = NodeID3.read(`${base}.mp3`);
    expect(typeof tags.image === 'object' && tags.image.mime).toBe('image/png');
    const picture = typeof tags.image === 'object' ? new Uint8Array(tags.image.imageBuffer) : new Uint8Array(0);
    // Players show the picture small, and some refuse large ones: the same drawing, 600 px wide.
    expect(pngSize(picture)).toEqual({ width: 600, height: 960 });
    expect(Buffer.from(picture).equals(await coverPng())).toBe(true);
    expect(runCli(['export', fixturePath(BOOK), '--format', 'epub', '--out', dirname(base), '--date', FIXTURE_DATE]).status).toBe(0);
    const epub = await JSZip.loadAsync(readFileSync(`${base}.epub`));
    const epubCover = await epub.file('OEBPS/images/cover.png')?.async('uint8array');
    expect(epubCover && pngSize(epubCover)).toEqual({ width: 1600, height: 2560 });
    expect(Buffer.from(epubCover ?? []).equals(Buffer.from((await renderCover(parseFixture(BOOK))).data))).toBe(true);
    expect(typeof tags.unsynchronisedLyrics === 'object' && tags.unsynchronisedLyrics.text).toContain('Schematic map of the tram network');
    expect(tags.artist).toBe('Rosa Lindqvist');
    expect(tags.album).toBe('Open Transit Blog');
    expect(tags.year).toBe('2024');
  });

  it('writes an M4B that ffprobe reads as an audiobook: brand, tags, the cover as a picture, the chapters', async () => {
    const { base, chapters } = book;
    const probe = JSON.parse(tool('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-show_chapters', '-of', 'json', `${base}.m4b`], 'ffmpeg')) as {
      format: { tags: Record<string, string> };
      streams: { codec_type: string; codec_name: string; width?: number; height?: number; disposition: { attached_pic: number } }[];
      chapters: { start_time: string; tags: { title: string } }[];
    };
    expect(probe.format.tags).toMatchObject({ major_brand: 'M4B ', title: TITLE, artist: 'Rosa Lindqvist', album: 'Open Transit Blog', date: '2024-11-20', genre: 'Audiobook', media_type: '2' });
    expect(probe.format.tags.compatible_brands).toContain('M4B ');
    expect(probe.streams.filter((s) => s.codec_type === 'audio').map((s) => s.codec_name)).toEqual(['aac']);
    const pictures = probe.streams.filter((s) => s.disposition.attached_pic === 1);
    expect(pictures.map((s) => [s.codec_name, s.width, s.height])).toEqual([['png', 600, 960]]);
    expect(probe.chapters.map((c) => Number(c.start_time))).toEqual(chapters.map((c) => c.startTime));
    expect(probe.chapters.map((c) => c.tags.title)).toEqual(chapters.map((c) => c.title));
  });

  it('writes an M4B that mutagen reads: media type audiobook, tags, the cover, the chapters (Nero chpl)', async () => {
    const { base, chapters } = book;
    const read = python<{ stik: number[]; title: string[]; artist: string[]; album: string[]; date: string[]; covers: { png: boolean; data: string }[]; chapters: [number, string][] }>(
      `import sys, json, base64
from mutagen.mp4 import MP4, MP4Cover
m = MP4(sys.argv[1]); t = m.tags
print(json.dumps({'stik': t['stik'], 'title': t['©nam'], 'artist': t['©ART'], 'album': t['©alb'], 'date': t['©day'],
  'covers': [{'png': c.imageformat == MP4Cover.FORMAT_PNG, 'data': base64.b64encode(bytes(c)).decode()} for c in t['covr']],
  'chapters': [[c.start, c.title] for c in m.chapters]}))`,
      `${base}.m4b`,
      'python3-mutagen',
    );
    expect(read).toMatchObject({ stik: [2], title: [TITLE], artist: ['Rosa Lindqvist'], album: ['Open Transit Blog'], date: ['2024-11-20'] });
    expect(read.covers.map((c) => [c.png, c.data])).toEqual([[true, (await coverPng()).toString('base64')]]);
    expect(read.chapters.map(([, title]) => title)).toEqual(chapters.map((c) => c.title));
    // chpl counts in 100 ns: the same milliseconds.
    expect(read.chapters.map(([start]) => Math.round(start * 1000) / 1000)).toEqual(chapters.map((c) => c.startTime));
  });

  it('writes an M4B whose chapter track music-metadata reads, with its tags and cover', async () => {
    const { base, chapters } = book;
    const meta = await parseFile(`${base}.m4b`, { includeChapters: true });
    expect(meta.format.container?.split('/')).toContain('M4B');
    expect((meta.format.chapters ?? []).map((c) => ({ title: c.title, start: c.start / (c.timeScale ?? Number.NaN) }))).toEqual(chapters.map((c) => ({ title: c.title, start: c.startTime })));
    expect(meta.common).toMatchObject({ title: TITLE, artist: 'Rosa Lindqvist', album: 'Open Transit Blog', date: '2024-11-20' });
    expect(meta.native.iTunes?.find((t) => t.id === 'stik')?.value).toBe(2);
    const png = await coverPng();
    expect(meta.common.picture?.map((p) => [p.format, Buffer.from(p.data).equals(png)])).toEqual([['image/png', true]]);
  });

  it('applies a lexicon file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-lex-'));
    const lexicon = join(dir, 'names.lex');
    writeFileSync(lexicon, 'Okafor = Oh-kah-for\n');
    const { timings } = exportAudio('harbour-bridge.txt', ['--lexicon', lexicon], dir);
    // The timings keep the page's words; the engine was given the alias, which takes another time to say.
    const sentence = (t: Exported['timings']) => t.sentences.find((s) => s.text.includes('Marguerite Okafor said'));
    const withAlias = sentence(timings);
    const plain = sentence((exported.get('harbour-bridge.txt') as Exported).timings);
    expect(withAlias && plain).toBeTruthy();
    expect(timings.sentences.some((s) => s.text.includes('Oh-kah-for'))).toBe(false);
    expect((withAlias?.end ?? 0) - (withAlias?.start ?? 0)).not.toBeCloseTo((plain?.end ?? 0) - (plain?.start ?? 0), 2);
  });
});

describe('M4B chapter track', () => {
  it('gives each title its own chunk and time-to-sample entry, equal lengths too, and moves the audio with the movie box', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-chunks-'));
    const meta = join(dir, 'chapters.ffmeta');
    const marks = [
      [0, 5000, 'One'],
      [5000, 10000, 'Two'],
      [10000, 20000, 'Three'],
    ] as const;
    writeFileSync(meta, `;FFMETADATA1\n${marks.map(([start, end, title]) => `[CHAPTER]\nTIMEBASE=1/1000\nSTART=${start}\nEND=${end}\ntitle=${title}\n`).join('')}`);
    const muxed = join(dir, 'muxed.m4b');
    // ffmpeg's own file: the titles in one chunk, the two 5 s chapters in one time-to-sample entry.
    tool('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `sine=frequency=440:duration=20:sample_rate=${RATE}`, '-i', meta, '-map', '0:a', '-map_chapters', '1', '-c:a', 'aac', '-movflags', '+faststart', muxed], 'ffmpeg');
    const book = join(dir, 'book.m4b');
    await writeWithChapterChunks(muxed, book);
    const { format } = await parseFile(book, { includeChapters: true });
    expect((format.chapters ?? []).map((c) => [c.title, c.start / (c.timeScale ?? Number.NaN)])).toEqual([
      ['One', 0],
      ['Two', 5],
      ['Three', 10],
    ]);
    // The movie box grew and the media data moved: the same samples decode from both files.
    const pcm = (file: string) => execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-'], { maxBuffer: 64 * 1024 * 1024 });
    expect(pcm(book).equals(pcm(muxed))).toBe(true);
  });
});

/** CRC-16/ARC the long way, from its definition: polynomial 0x8005 most significant bit first, over bit-reversed bytes, the result reversed. */
function referenceCrc16(bytes: Uint8Array): number {
  const reverse = (value: number, bits: number) => {
    let out = 0;
    for (let i = 0; i < bits; i++) out |= ((value >> i) & 1) << (bits - 1 - i);
    return out;
  };
  let crc = 0;
  for (const byte of bytes) {
    crc ^= reverse(byte, 8) << 8;
    for (let k = 0; k < 8; k++) crc = (crc & 0x8000 ? (crc << 1) ^ 0x8005 : crc << 1) & 0xffff;
  }
  return reverse(crc, 16);
}

describe('LAME tag CRC', () => {
  it('is CRC-16/ARC: its catalogue check value, the definition, and summed in chunks', () => {
    const check = new TextEncoder().encode('123456789');
    expect(crc16(check)).toBe(0xbb3d);
    expect(referenceCrc16(check)).toBe(0xbb3d);
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(crc16(bytes)).toBe(referenceCrc16(bytes));
    expect(crc16(bytes.subarray(1000), crc16(bytes.subarray(0, 1000)))).toBe(crc16(bytes));
  });

  it('covers every byte of the header frame before the tag CRC (167 in an MPEG-2 mono frame), and carries the music CRC', () => {
    const frame = Buffer.from(headerFrame({ frames: 1000, bytes: 156_730, crc: 0x1234 }, 570_000));
    expect(frame.subarray(133, 142).toString('latin1')).toBe('LAME3.100');
    expect(frame.readUInt16BE(165)).toBe(0x1234);
    expect(frame.readUInt16BE(167)).toBe(referenceCrc16(frame.subarray(0, 167)));
  });
});

describe('engines', () => {
  it('say: on Linux, festival text2wave when installed, otherwise the documented error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-say-'));
    const result = runCli(['export', fixturePath('editorial-libraries.txt'), '--format', 'audio,html', '--engine', 'say', '--out', dir]);
    const hasFestival = spawnSync('sh', ['-c', 'command -v text2wave']).status === 0;
    if (process.platform === 'linux' && !hasFestival) {
      expect(result.status).toBe(EXIT_CODES.engine);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/the say engine cannot export audio on Linux.*festival.*--engine espeak/);
      expect(readdirSync(dir).sort()).toEqual(['the-observer-view-on-public-libraries-close-them-at-your.html']);
    } else {
      expect(result.status).toBe(0);
      expect(readdirSync(dir)).toContain('the-observer-view-on-public-libraries-close-them-at-your.mp3');
    }
  });

  // CI installs espeak-ng, so this runs there; a developer machine without it reports a skip, not a pass.
  const espeakNg = spawnSync('sh', ['-c', 'command -v espeak-ng']).status === 0;
  it('CI has Debian espeak-ng', () => {
    expect(espeakNg || !process.env.CI).toBe(true);
  });
  it.skipIf(!espeakNg)('command: Debian espeak-ng writing a WAV file (skipped without espeak-ng)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cmd-'));
    const { base, chapters } = exportAudio('editorial-libraries.txt', ['--engine', 'command', '--engine-command', 'espeak-ng -v en-gb -w {out} -f {in}'], dir);
    const tags = NodeID3.read(`${base}.mp3`);
    expect(tags.chapter?.length).toBe(chapters.length);
    const samples = decode(`${base}.mp3`);
    const { rms } = level(samples, 0, samples.length);
    expect(rms).toBeGreaterThan(-23);
  });

  it('a failing engine: one line, exit code 6, no partial MP3, other formats still written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-fail-'));
    const result = runCli(['export', fixturePath('editorial-libraries.txt'), '--format', 'audio,html', '--engine', 'command', '--engine-command', 'sh -c "exit 3" {out}', '--out', dir]);
    expect(result.status).toBe(EXIT_CODES.engine);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lectern: error: .*engine command failed \(exit 3\)/)]);
    expect(readdirSync(dir)).toEqual(['the-observer-view-on-public-libraries-close-them-at-your.html']);
  });

  it('a missing engine program is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-missing-'));
    const result = runCli(['export', fixturePath('editorial-libraries.txt'), '--format', 'audio', '--engine', 'command', '--engine-command', 'no-such-tts {out}', '--out', dir]);
    expect(result.status).toBe(EXIT_CODES.engine);
    expect(result.stderr).toMatch(/engine command not found: no-such-tts/);
    expect(existsSync(join(dir, 'the-observer-view-on-public-libraries-close-them-at-your.mp3'))).toBe(false);
  });

  it('refuses an option the engine does not support', () => {
    const result = runCli(['export', fixturePath('editorial-libraries.txt'), '--format', 'audio', '--engine', 'command', '--engine-command', 'x {out}', '--pitch', '30', '--out', out]);
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stderr).toMatch(/the command engine does not support --pitch/);
  });
});

describe('progress', () => {
  const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
  const inTerminal = (args: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-tty-'));
    // `script` runs the command on a pseudo-terminal, as a user's shell would.
    return execFileSync('script', ['-qec', `node bin/lectern.js export test/fixtures/harbour-bridge.txt --format audio --out ${dir} ${args}`, '/dev/null'], { encoding: 'utf8' });
  };
  it('CI has script(1) for a pseudo-terminal', () => {
    expect(hasScript || !process.env.CI).toBe(true);
  });
  it.skipIf(!hasScript)('shows chapter n of N, minutes done and time left on a terminal, and nothing with --quiet (skipped without script(1))', () => {
    expect(inTerminal('')).toMatch(/lectern: audio chapter 1 of 3, [\d.]+ min done, about \d+ s left[\s\S]*chapter 3 of 3/);
    expect(inTerminal('--quiet')).not.toMatch(/audio chapter/);
  });
});

describe('articles too long to narrate', () => {
  it('refuses narration beyond the word limit before any synthesis, with an input error', async () => {
    const paragraph = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const text = `# Long\n\n${Array.from({ length: Math.ceil(MAX_NARRATION_WORDS / 200) + 1 }, () => `${paragraph}.`).join('\n\n')}\n`;
    const { article } = parseArticle(text, { from: 'markdown', file: 'long.md' });
    const refused = await renderAudio(article, { assets: new Map() }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(LecternError);
    expect((refused as LecternError).exitCode).toBe(EXIT_CODES.badInput);
    expect((refused as LecternError).message).toMatch(/more than [\d,]+ words to narrate; narration is made for at most 300,000/);
  });
});

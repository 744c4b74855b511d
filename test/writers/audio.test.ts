/** The narrated audio, read back with real parsers (music-metadata, node-id3, ffmpeg), not trusted. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import JSZip from 'jszip';
import NodeID3 from 'node-id3';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/errors.js';
import { LecternError } from '../../src/errors.js';
import { parseArticle } from '../../src/pipeline.js';
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
  timings: { duration: number; sentences: { chapter: string; text: string; start: number; end: number; words: { offset: number; length: number; start: number }[] }[] };
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

const cases = ['harbour-bridge.txt', 'night-trains.md'] as const;
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
    expect(tags.language).toBe('eng');
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
      expect(((chapters[i]?.startTime ?? 0) * RATE) % 1).toBeCloseTo(0, 6);
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

  it('writes sentence and word timings that follow the audio', () => {
    const { timings, chapters } = get();
    expect(timings.sentences.length).toBeGreaterThan(5);
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
  it('is byte-identical across runs', () => {
    const other = mkdtempSync(join(tmpdir(), 'lectern-audio2-'));
    exportAudio('harbour-bridge.txt', [], other);
    const a = exported.get('harbour-bridge.txt') as Exported;
    for (const ext of ['.mp3', '.chapters.vtt', '.chapters.json', '.timings.json']) {
      expect(readFileSync(join(other, `port-council-delays-vote-on-harbour-bridge${ext}`)).equals(readFileSync(`${a.base}${ext}`))).toBe(true);
    }
  });

  it("carries the EPUB's cover drawn at 600×960, and the transcript as lyrics", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-audio-cover-'));
    const { base } = exportAudio('blog-accessible-maps.md', [], dir);
    const tags = NodeID3.read(`${base}.mp3`);
    expect(typeof tags.image === 'object' && tags.image.mime).toBe('image/png');
    const picture = typeof tags.image === 'object' ? new Uint8Array(tags.image.imageBuffer) : new Uint8Array(0);
    // Players show the picture small, and some refuse large ones: the same drawing, 600 px wide.
    expect(pngSize(picture)).toEqual({ width: 600, height: 960 });
    const article = parseFixture('blog-accessible-maps.md');
    expect(Buffer.from(picture).equals(Buffer.from((await renderCover(article, 600)).data))).toBe(true);
    expect(runCli(['export', fixturePath('blog-accessible-maps.md'), '--format', 'epub', '--out', dir, '--date', FIXTURE_DATE]).status).toBe(0);
    const epub = await JSZip.loadAsync(readFileSync(`${base}.epub`));
    const epubCover = await epub.file('OEBPS/images/cover.png')?.async('uint8array');
    expect(epubCover && pngSize(epubCover)).toEqual({ width: 1600, height: 2560 });
    expect(Buffer.from(epubCover ?? []).equals(Buffer.from((await renderCover(article)).data))).toBe(true);
    expect(typeof tags.unsynchronisedLyrics === 'object' && tags.unsynchronisedLyrics.text).toContain('Schematic map of the tram network');
    expect(tags.artist).toBe('Rosa Lindqvist');
    expect(tags.album).toBe('Open Transit Blog');
    expect(tags.year).toBe('2024');
  });

  it('writes an M4B with the same chapters with --audio-format m4b (ffprobe)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-m4b-'));
    const { base, chapters } = exportAudio('harbour-bridge.txt', ['--audio-format', 'm4b'], dir);
    const probe = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_chapters', '-of', 'json', `${base}.m4b`], { encoding: 'utf8' })) as { chapters: { start_time: string; tags: { title: string } }[] };
    expect(probe.chapters.map((c) => Number(c.start_time))).toEqual(chapters.map((c) => c.startTime));
    expect(probe.chapters.map((c) => c.tags.title)).toEqual(chapters.map((c) => c.title));
  });

  it('applies a lexicon file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-lex-'));
    const lexicon = join(dir, 'names.lex');
    writeFileSync(lexicon, 'Okafor = Oh-kah-for\n');
    const { timings } = exportAudio('harbour-bridge.txt', ['--lexicon', lexicon], dir);
    expect(timings.sentences.some((s) => s.text.includes('Marguerite Oh-kah-for said'))).toBe(true);
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

  it('lists espeak voices', () => {
    const result = runCli(['voices']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^en-gb\s+English \(Great Britain\)/m);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThan(100);
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
    expect((refused as LecternError).message).toMatch(/words to narrate; narration is made for at most 300,000/);
  });
});

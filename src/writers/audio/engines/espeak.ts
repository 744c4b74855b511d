/**
 * The default engine: eSpeak NG compiled to WebAssembly (@echogarden/espeak-ng-emscripten,
 * GPL-3.0). The only module that imports it. It works right after `npm install`, with no
 * system package, and reports word and mark times.
 *
 * Its input is always SSML, so `&`, `<` and `>` are escaped here; the word events'
 * positions refer to the escaped text and are mapped back.
 */
import { LecternError } from '../../../errors.js';
import { type EngineFactory, type EngineOptions, SAMPLE_RATE, type SpeechEngine, type Synthesis, type Voice, type WordTiming } from './types.js';

interface EspeakEvent {
  type: string;
  text_position: number;
  word_length: number;
  audio_position: number;
}
interface EspeakWorker {
  set_voice(voice: string): void;
  set_rate(rate: number): void;
  set_pitch(pitch: number): void;
  samplerate: number;
  list_voices(): { name: string; identifier: string; languages: { name: string; priority: number }[] }[];
  synthesize(text: string, callback: (samples: Int16Array | undefined, events: EspeakEvent[] | undefined) => void): void;
}
interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

let modulePromise: Promise<EspeakModule> | undefined;

async function loadModule(): Promise<EspeakModule> {
  modulePromise ??= import('@echogarden/espeak-ng-emscripten').then((m) => (m.default as () => Promise<EspeakModule>)());
  return modulePromise;
}

/** `&`, `<`, `>` escaped; `map[i]` is the offset in the original text of escaped position i. */
export function escapeSsml(text: string): { escaped: string; map: number[] } {
  let escaped = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const out = c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c;
    for (let k = 0; k < out.length; k++) map.push(i);
    escaped += out;
  }
  map.push(text.length);
  return { escaped, map };
}

/**
 * Languages espeak-ng has no voice for, read by the voice of the nearest one it has: Galician by
 * Portuguese's, Nynorsk by Bokmål's, Occitan by Catalan's, Romansh by Italian's, West Frisian by Dutch's,
 * Cebuano by Indonesian's (both written as they sound, with Spanish loans), Zulu, Xhosa and Kinyarwanda
 * by Swahili's (Bantu languages spelt alike), Yiddish by Hebrew's (the same letters). Nearer than English, which reads every word wrong.
 */
const NEAREST_VOICE: Readonly<Record<string, string>> = { gl: 'pt', nn: 'nb', oc: 'ca', rm: 'it', fy: 'nl', ceb: 'id', zu: 'sw', xh: 'sw', rw: 'sw', yi: 'he' };

/** `en-GB` → `en-gb`; unknown regional variants fall back to the base language, then to its nearest kin. */
export function voiceForLanguage(lang: string, available: Set<string>): string {
  const wanted = lang.toLowerCase();
  if (available.has(wanted)) return wanted;
  const base = wanted.split('-')[0] ?? 'en';
  if (available.has(base)) return base;
  const kin = NEAREST_VOICE[base];
  return kin && available.has(kin) ? kin : 'en';
}

export interface EspeakVoiceEntry {
  /** `sit/cmn`: the last part is the name `set_voice` takes. */
  identifier: string;
  /** Languages the voice speaks; a lower priority is a better match. */
  languages: { name: string; priority: number }[];
}

/**
 * The voice for a language: of the voices that list the tag (else its base language), the one
 * listing it with the best priority, by the name `set_voice` takes; `undefined` when espeak has
 * none. `set_voice` silently ignores some language names ('zh', 'no'; 'en-gb' once another
 * voice has been set), so the voice's own name is used: 'zh' → 'cmn', 'no' → 'nb', 'en-gb' → 'en'.
 */
export function voiceName(lang: string, voices: readonly EspeakVoiceEntry[]): string | undefined {
  const wanted = lang.toLowerCase();
  for (const tag of [wanted, wanted.split('-')[0] ?? '']) {
    let best: { identifier: string; priority: number } | undefined;
    for (const voice of voices) {
      for (const l of voice.languages) {
        if (l.name.toLowerCase() === tag && (!best || l.priority < best.priority)) best = { identifier: voice.identifier, priority: l.priority };
      }
    }
    if (best) return best.identifier.split('/').pop();
  }
  return undefined;
}

/**
 * eSpeak's own default, 175, comes out near 195 words a minute inside speech, faster than any
 * audiobook (150–160); 150 comes out near 165.
 */
export const ESPEAK_DEFAULT_RATE = 150;

async function voiceList(): Promise<Voice[]> {
  const worker = new (await loadModule()).eSpeakNGWorker();
  return worker.list_voices().map((v) => ({ id: v.languages[0]?.name ?? v.identifier, name: v.name, languages: v.languages.map((l) => l.name) }));
}

export const espeakEngine: EngineFactory = {
  name: 'espeak',
  description: 'eSpeak NG, built in (WebAssembly): works offline with no system package; word timings',
  supports: { voice: true, rate: true, pitch: true, wordTimings: true },
  voices: voiceList,
  async create(options: EngineOptions): Promise<SpeechEngine> {
    const worker = new (await loadModule()).eSpeakNGWorker();
    const voices = await voiceList();
    const entries = worker.list_voices();
    const ids = new Set(voices.flatMap((v) => [v.id.toLowerCase(), ...v.languages.map((l) => l.toLowerCase())]));
    const voice = options.voice ?? voiceForLanguage(options.lang, ids);
    if (options.voice && !ids.has(options.voice.toLowerCase())) {
      throw new LecternError('engine', `espeak has no voice "${options.voice}"; run "lectern voices" to list them`);
    }
    // The article's voice by its own name, so it can be set again after a passage in another language.
    const articleVoice = voiceName(voice, entries) ?? voice;
    // The voice is set before every sentence: espeak's voice is global to the WebAssembly module,
    // so another engine in the same process may have changed it (0.04 ms when it has not). Rate and
    // pitch follow, so a passage in another language keeps the speed and pitch the listener chose.
    const use = (id: string) => {
      worker.set_voice(id);
      worker.set_rate(Math.round(options.rate ?? ESPEAK_DEFAULT_RATE));
      if (options.pitch !== undefined) worker.set_pitch(Math.round(options.pitch));
    };
    use(articleVoice);
    if (worker.samplerate !== SAMPLE_RATE) throw new LecternError('engine', `espeak produced ${worker.samplerate} Hz audio; Lectern expects ${SAMPLE_RATE} Hz`);
    return {
      name: 'espeak',
      async synthesize(text: string, lang?: string): Promise<Synthesis> {
        // A passage in another language gets espeak's voice for it, if it has one.
        use((lang && voiceName(lang, entries)) || articleVoice);
        const { escaped, map } = escapeSsml(text);
        const chunks: Int16Array[] = [];
        const words: WordTiming[] = [];
        let length = 0;
        worker.synthesize(escaped, (samples, events) => {
          if (samples?.length) {
            chunks.push(Int16Array.from(samples));
            length += samples.length;
          }
          for (const event of events ?? []) {
            if (event.type !== 'word') continue;
            const start = map[event.text_position - 1] ?? 0;
            // A number is read as several words ("5,000": five, thousand) that share or split one
            // written word: keep the one at its start.
            if (words.length && (words[words.length - 1] as WordTiming).offset === start) continue;
            if (!/[\p{L}\p{N}]/u.test(text[start] ?? '')) continue;
            const end = map[Math.min(map.length - 1, event.text_position - 1 + event.word_length)] ?? start;
            words.push({ offset: start, length: end - start, sample: Math.round((event.audio_position * SAMPLE_RATE) / 1000) });
          }
        });
        const samples = new Float32Array(length);
        let at = 0;
        for (const chunk of chunks) {
          for (let i = 0; i < chunk.length; i++) samples[at + i] = (chunk[i] as number) / 32768;
          at += chunk.length;
        }
        return { samples, words };
      },
      async close() {},
    };
  },
};

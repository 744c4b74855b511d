/** One interface for every speech engine. */

/** Lectern's internal audio format: mono, this rate; engines that differ are resampled. */
export const SAMPLE_RATE = 22_050;

export interface WordTiming {
  /** Offset of the word in the text given to `synthesize`. */
  offset: number;
  length: number;
  /** Start of the word, in samples from the start of this synthesis. */
  sample: number;
}

export interface Synthesis {
  /** Mono samples in [-1, 1] at SAMPLE_RATE. */
  samples: Float32Array;
  /** Empty when the engine gives no word timings. */
  words: WordTiming[];
}

export interface Voice {
  id: string;
  name: string;
  languages: string[];
}

export interface EngineOptions {
  /** BCP 47 language of the article: picks a default voice. */
  lang: string;
  voice?: string;
  /** Words per minute. */
  rate?: number;
  /** 0–100, engine default 50. */
  pitch?: number;
  /** For the `command` engine: a template with `{out}` (and optionally `{in}` or `{text}`). */
  command?: string;
}

export interface SpeechEngine {
  readonly name: string;
  /**
   * Synthesizes one sentence. `lang` (BCP 47) is given for a passage in another language than
   * the article: an engine with a voice for it reads the sentence with that voice; others use
   * their default voice.
   */
  synthesize(text: string, lang?: string): Promise<Synthesis>;
  close(): Promise<void>;
}

export interface EngineFactory {
  name: string;
  description: string;
  /** Which of --voice, --rate, --pitch the engine honours. */
  supports: { voice: boolean; rate: boolean; pitch: boolean; wordTimings: boolean };
  create(options: EngineOptions): Promise<SpeechEngine>;
  voices(options: EngineOptions): Promise<Voice[]>;
}

/**
 * Engines pad each sentence with their own silence (flite about 0.2 s before and after, eSpeak
 * almost none), so the pause a listener hears between sentences would depend on the engine and
 * a sentence's timing would start before its first word. Each sentence is trimmed to its sound,
 * with a short margin that keeps soft onsets and the decay of the last word, and the audio writer
 * adds the pauses itself.
 */
import { SAMPLE_RATE } from './engines/types.js';

/**
 * Speech starts at the first 5 ms window that peaks above −40 dBFS (before levelling): flite may
 * open with a faint click near −50 dBFS a tenth of a second before the first word. It ends after
 * the last window above −50 dBFS, so the decay of a final consonant is kept.
 */
const ONSET = 10 ** (-40 / 20);
const DECAY = 10 ** (-50 / 20);
const WINDOW = Math.round(0.005 * SAMPLE_RATE);
const LEAD_MARGIN = Math.round(0.03 * SAMPLE_RATE);
const TAIL_MARGIN = Math.round(0.06 * SAMPLE_RATE);

export interface Trimmed {
  samples: Float32Array;
  /** Samples removed from the start: word timings move back by this much. */
  removed: number;
}

function peak(samples: Float32Array, from: number): number {
  let max = 0;
  for (let i = from; i < Math.min(samples.length, from + WINDOW); i++) max = Math.max(max, Math.abs(samples[i] as number));
  return max;
}

export function trimSilence(samples: Float32Array): Trimmed {
  let first = 0;
  while (first < samples.length && peak(samples, first) < ONSET) first += WINDOW;
  // Nothing loud enough to be speech: kept whole rather than guessed at.
  if (first >= samples.length) return { samples, removed: 0 };
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] as number) < DECAY) last--;
  const start = Math.max(0, first - LEAD_MARGIN);
  const end = Math.min(samples.length, last + 1 + TAIL_MARGIN);
  return { samples: samples.subarray(start, end), removed: start };
}

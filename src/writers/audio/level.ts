/**
 * Loudness: every sentence is brought to the same speech level, then peaks are
 * softly limited, so chapters sound alike whatever the engine, and land in the
 * audiobook range (RMS −23 to −18 dB over a chapter, peaks at or below −3 dBFS).
 */

/** Level of the voiced part of a sentence, in dBFS. */
export const TARGET_SPEECH_DB = -16.5;
/** Nothing leaves the limiter above this (a margin below −3 dBFS for the MP3 encoder's overshoot). */
export const CEILING_DB = -5;

const GATE = 10 ** (-40 / 20);
const TARGET = 10 ** (TARGET_SPEECH_DB / 20);
const CEILING = 10 ** (CEILING_DB / 20);
const KNEE = CEILING * 0.7;

export function levelSentence(samples: Float32Array): Float32Array {
  let sum = 0;
  let count = 0;
  for (const s of samples) {
    if (Math.abs(s) > GATE) {
      sum += s * s;
      count++;
    }
  }
  if (count === 0) return samples;
  const rms = Math.sqrt(sum / count);
  const gain = Math.min(8, Math.max(0.125, TARGET / rms));
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = limit((samples[i] as number) * gain);
  return out;
}

/** Soft knee: linear below the knee, a tanh curve that never reaches the ceiling above it. */
function limit(x: number): number {
  const a = Math.abs(x);
  if (a <= KNEE) return x;
  const y = KNEE + (CEILING - KNEE) * Math.tanh((a - KNEE) / (CEILING - KNEE));
  return x < 0 ? -y : y;
}

export interface Level {
  rmsDb: number;
  peakDb: number;
}

export function measureLevel(samples: ArrayLike<number>): Level {
  let sum = 0;
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] as number;
    sum += s * s;
    peak = Math.max(peak, Math.abs(s));
  }
  const db = (v: number) => (v > 0 ? 20 * Math.log10(v) : Number.NEGATIVE_INFINITY);
  return { rmsDb: db(Math.sqrt(sum / Math.max(1, samples.length))), peakDb: db(peak) };
}

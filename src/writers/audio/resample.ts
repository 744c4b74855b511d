/**
 * Sample-rate conversion: the only module that imports libsamplerate-js (libsamplerate,
 * BSD-2-Clause, in WebAssembly; MIT wrapper). Engines speak at 16 kHz (flite, many
 * command-line engines) or 22.05 kHz; Lectern's audio is 22.05 kHz. A windowed-sinc
 * converter keeps the voice clean where linear interpolation leaves images of the
 * speech above 8 kHz (a faint hiss on every sibilant).
 */
import * as namespace from '@alexanderolsen/libsamplerate-js';

// A CommonJS bundle whose exports Node cannot list: under ESM they sit on `default`.
const libsamplerate = (namespace as unknown as { default?: typeof namespace }).default ?? namespace;

type Converter = Awaited<ReturnType<typeof libsamplerate.create>>;

const converters = new Map<string, Promise<Converter>>();

function converter(from: number, to: number): Promise<Converter> {
  const key = `${from}>${to}`;
  let found = converters.get(key);
  if (!found) {
    // The fastest sinc converter: 97 dB signal-to-noise over 80% of the band, far beyond what a
    // speech engine's own output holds, at about 2 ms a second of audio.
    found = libsamplerate.create(1, from, to, { converterType: libsamplerate.ConverterType.SRC_SINC_FASTEST });
    converters.set(key, found);
  }
  return found;
}

/** Mono samples at `from` Hz → the same sound at `to` Hz. Each call is independent (no state carried over). */
export async function resample(input: Float32Array, from: number, to: number): Promise<Float32Array> {
  if (from === to || input.length === 0) return input;
  return (await converter(from, to)).simple(input);
}

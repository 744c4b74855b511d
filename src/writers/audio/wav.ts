/** WAV files from external engines → mono Float32 at Lectern's rate. */
import { LecternError } from '../../errors.js';
import { SAMPLE_RATE } from './engines/types.js';
import { resample } from './resample.js';

export async function decodeWav(bytes: Uint8Array, source: string): Promise<Float32Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new LecternError('engine', `${source} did not produce a WAV file`);
  let format = 0;
  let channels = 1;
  let rate = 0;
  let bits = 0;
  let data: Uint8Array | undefined;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(at);
    // Some writers leave the size of a streamed data chunk at 0 or 0xFFFFFFFF.
    let size = view.getUint32(at + 4, true);
    if (id === 'data' && (size === 0 || size === 0xffffffff || at + 8 + size > bytes.length)) size = bytes.length - at - 8;
    if (id === 'fmt ') {
      format = view.getUint16(at + 8, true);
      channels = view.getUint16(at + 10, true);
      rate = view.getUint32(at + 12, true);
      bits = view.getUint16(at + 22, true);
      if (format === 0xfffe) format = view.getUint16(at + 32, true);
    } else if (id === 'data') {
      data = bytes.subarray(at + 8, at + 8 + size);
    }
    at += 8 + size + (size % 2);
  }
  if (!data || !rate || !channels) throw new LecternError('engine', `${source} produced a WAV file without audio`);
  const width = bits / 8;
  const frames = Math.floor(data.length / (width * channels));
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const read = (offset: number): number => {
    if (format === 3 && bits === 32) return dv.getFloat32(offset, true);
    if (bits === 16) return dv.getInt16(offset, true) / 32768;
    if (bits === 8) return (dv.getUint8(offset) - 128) / 128;
    if (bits === 24) return ((dv.getUint8(offset) | (dv.getUint8(offset + 1) << 8) | (dv.getInt8(offset + 2) << 16)) / 8388608);
    if (bits === 32) return dv.getInt32(offset, true) / 2147483648;
    throw new LecternError('engine', `${source} produced ${bits}-bit WAV audio, which Lectern cannot read`);
  };
  const mono = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read((f * channels + c) * width);
    mono[f] = sum / channels;
  }
  return resample(mono, rate, SAMPLE_RATE);
}

/** 16-bit PCM WAV (for handing audio to ffmpeg). */
export function wavHeader(sampleCount: number, rate = SAMPLE_RATE): Uint8Array {
  const header = new Uint8Array(44);
  const view = new DataView(header.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) header[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + sampleCount * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, sampleCount * 2, true);
  return header;
}

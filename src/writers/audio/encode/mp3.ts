/**
 * MP3 encoding: the only module that imports wasm-media-encoders (LAME in WebAssembly).
 * LAME writes no Xing/Info header here, so players would estimate the duration; the
 * Info frame with a LAME tag (encoder delay and padding) is built here, which makes
 * decoders trim the encoder's delay and know the exact length.
 */
import { createMp3Encoder } from 'wasm-media-encoders';
import { SAMPLE_RATE } from '../engines/types.js';

export const BITRATE_KBPS = 48;
/** MPEG-2 Layer III: 576 samples a frame. */
const SAMPLES_PER_FRAME = 576;
/** LAME's encoder delay, in samples (decoders add their own 529, which the tag accounts for). */
const ENCODER_DELAY = 576;
const BITRATES_MPEG2_L3 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

export interface Mp3Encoder {
  encode(samples: Float32Array): Uint8Array;
  finish(): Uint8Array;
}

export async function createEncoder(): Promise<Mp3Encoder> {
  const encoder = await createMp3Encoder();
  encoder.configure({ sampleRate: SAMPLE_RATE, channels: 1, bitrate: BITRATE_KBPS as 48 });
  // The encoder returns views into its own memory: copy before the next call.
  return {
    encode: (samples) => Uint8Array.from(encoder.encode([samples])),
    finish: () => Uint8Array.from(encoder.finalize()),
  };
}

/** Counts MPEG frames in a stream that arrives in arbitrary chunks. */
export class FrameCounter {
  frames = 0;
  bytes = 0;
  private skip = 0;
  private pending: number[] = [];

  push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const step = Math.min(this.skip, chunk.length - i);
        this.skip -= step;
        i += step;
        continue;
      }
      this.pending.push(chunk[i] as number);
      i++;
      if (this.pending.length === 4) {
        const [b0, b1, b2] = this.pending as [number, number, number, number];
        if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error('MP3 stream lost frame sync');
        const bitrate = (BITRATES_MPEG2_L3[(b2 >> 4) & 0x0f] ?? 0) * 1000;
        const padding = (b2 >> 1) & 1;
        const length = Math.floor((72 * bitrate) / SAMPLE_RATE) + padding;
        this.frames++;
        this.skip = length - 4;
        this.pending = [];
      }
    }
  }
}

/** CRC-16 (polynomial 0x8005, reflected), as the LAME tag uses. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc & 0xffff;
}

/**
 * The header frame: a Xing header with a LAME tag, in one MPEG frame of silence that decoders
 * skip. It is written at the stream's own bit rate and tagged "Xing" rather than "Info" (the CBR
 * form): readers such as eyeD3 take an "Info" frame's bit rate as the stream's and trust only a
 * "Xing" frame's count of frames, so a 64 kb/s "Info" frame before a 48 kb/s stream made them
 * read the duration 25% short. At 48 kb/s the frame has no room for a seek table (TOC); a
 * constant bit rate needs none.
 */
export function infoFrame(musicFrames: number, musicBytes: number, pcmSamples: number): Uint8Array {
  const bitrateIndex = BITRATES_MPEG2_L3.indexOf(BITRATE_KBPS);
  const size = Math.floor((72 * BITRATE_KBPS * 1000) / SAMPLE_RATE);
  const frame = new Uint8Array(size);
  const view = new DataView(frame.buffer);
  // Header: sync, MPEG-2, Layer III, no CRC; the stream's bit rate, 22.05 kHz, no padding; mono, original.
  frame.set([0xff, 0xf3, (bitrateIndex << 4) | 0x00, 0xc4]);
  const xing = 4 + 9; // MPEG-2 mono side information is 9 bytes
  frame.set([0x58, 0x69, 0x6e, 0x67], xing); // "Xing"
  view.setUint32(xing + 4, 0x0b); // frames, bytes and quality present; no TOC
  view.setUint32(xing + 8, musicFrames);
  const totalBytes = musicBytes + size;
  view.setUint32(xing + 12, totalBytes);
  view.setUint32(xing + 16, 50);
  const lame = xing + 20;
  frame.set(new TextEncoder().encode('LAME3.100'), lame);
  frame[lame + 9] = 0x01; // tag revision 0, CBR
  frame[lame + 20] = BITRATE_KBPS;
  const padding = Math.max(0, musicFrames * SAMPLES_PER_FRAME - ENCODER_DELAY - pcmSamples);
  frame[lame + 21] = (ENCODER_DELAY >> 4) & 0xff;
  frame[lame + 22] = ((ENCODER_DELAY & 0x0f) << 4) | ((padding >> 8) & 0x0f);
  frame[lame + 23] = padding & 0xff;
  view.setUint32(lame + 28, totalBytes);
  // LAME's rule: the tag's CRC covers every byte of the frame before the CRC field.
  view.setUint16(lame + 34, crc16(frame.subarray(0, lame + 34)));
  return frame;
}

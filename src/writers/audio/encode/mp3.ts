/**
 * MP3 encoding: the only module that imports wasm-media-encoders (LAME in WebAssembly).
 * LAME writes no Xing header here, so players would estimate the duration; the header frame
 * with a LAME tag (encoder delay and padding) is built here, which makes decoders trim the
 * encoder's delay and know the exact length.
 */
import { createMp3Encoder } from 'wasm-media-encoders';
import { SAMPLE_RATE } from '../engines/types.js';
import { crc16 } from './crc16.js';

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

/** Bytes in an MPEG-2 Layer III frame at this bit rate (kb/s), with its padding bit. */
function frameBytes(kbps: number, padding = 0): number {
  return Math.floor((72 * kbps * 1000) / SAMPLE_RATE) + padding;
}

/**
 * Counts the MPEG frames and bytes of a stream that arrives in arbitrary chunks, and sums its
 * CRC, which the LAME tag carries as the music CRC.
 */
export class FrameCounter {
  frames = 0;
  bytes = 0;
  crc = 0;
  private skip = 0;
  private pending: number[] = [];

  push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    this.crc = crc16(chunk, this.crc);
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
        this.frames++;
        this.skip = frameBytes(BITRATES_MPEG2_L3[(b2 >> 4) & 0x0f] ?? 0, (b2 >> 1) & 1) - 4;
        this.pending = [];
      }
    }
  }
}

/** MPEG-2 mono side information, which the header frame leaves empty (silence). */
const SIDE_INFO_BYTES = 9;
/** "Xing", flags, frames, bytes, a 100-entry seek table (TOC) and quality: LAME's full layout. */
const XING_BYTES = 120;
/** The LAME tag after it, from its version string to its own CRC. */
const LAME_TAG_BYTES = 36;
/**
 * The header frame's bit rate: the lowest one, from the stream's own up, whose frame holds that
 * layout (56 kb/s at 22.05 kHz; a 48 kb/s frame is 13 bytes short). The seek table is what needs
 * the room: a frame tagged "Xing" without one is not seekable in Android's Media3 (ExoPlayer),
 * while "Xing" is what makes readers such as eyeD3 trust the frame count rather than divide the
 * size by the header frame's bit rate (a 64 kb/s "Info" frame had them read 25% short).
 */
const HEADER_KBPS = BITRATES_MPEG2_L3.find((kbps) => kbps >= BITRATE_KBPS && frameBytes(kbps) >= 4 + SIDE_INFO_BYTES + XING_BYTES + LAME_TAG_BYTES) as number;

/** The stream the header frame describes: its frames, bytes and CRC (see FrameCounter). */
export interface MusicStream {
  frames: number;
  bytes: number;
  crc: number;
}

/**
 * The header frame: one MPEG frame of silence that decoders skip, holding a Xing header and a
 * LAME tag laid out as LAME itself writes them (libmp3lame/VbrTag.c).
 */
export function headerFrame(music: MusicStream, pcmSamples: number): Uint8Array {
  const size = frameBytes(HEADER_KBPS);
  const frame = new Uint8Array(size);
  const view = new DataView(frame.buffer);
  // Header: sync, MPEG-2, Layer III, no CRC; its bit rate, 22.05 kHz, no padding; mono, original.
  frame.set([0xff, 0xf3, BITRATES_MPEG2_L3.indexOf(HEADER_KBPS) << 4, 0xc4]);
  const xing = 4 + SIDE_INFO_BYTES;
  frame.set([0x58, 0x69, 0x6e, 0x67], xing); // "Xing"
  view.setUint32(xing + 4, 0x0f); // frames, bytes, TOC and quality present
  view.setUint32(xing + 8, music.frames);
  const totalBytes = music.bytes + size;
  view.setUint32(xing + 12, totalBytes);
  // At a constant bit rate, i% of the time is i% of the music: entry i is where that starts, in 256ths of the file.
  for (let i = 0; i < 100; i++) frame[xing + 16 + i] = Math.floor(((size + Math.floor((music.bytes * i) / 100)) * 256) / totalBytes);
  view.setUint32(xing + 116, 50);
  const lame = xing + XING_BYTES;
  frame.set(new TextEncoder().encode('LAME3.100'), lame);
  frame[lame + 9] = 0x01; // tag revision 0, CBR
  frame[lame + 20] = BITRATE_KBPS;
  const padding = Math.max(0, music.frames * SAMPLES_PER_FRAME - ENCODER_DELAY - pcmSamples);
  frame[lame + 21] = (ENCODER_DELAY >> 4) & 0xff;
  frame[lame + 22] = ((ENCODER_DELAY & 0x0f) << 4) | ((padding >> 8) & 0x0f);
  frame[lame + 23] = padding & 0xff;
  view.setUint32(lame + 28, totalBytes);
  view.setUint16(lame + 32, music.crc);
  // LAME sums every byte of the frame before this field, from the frame's sync. With its layout in
  // an MPEG-1 stereo frame that is the spec's "first 190 bytes"; here it is 167.
  view.setUint16(lame + 34, crc16(frame.subarray(0, lame + 34)));
  return frame;
}

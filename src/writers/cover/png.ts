/**
 * PNG encoding for the generated cover. Every pixel of the cover is the background, an ink
 * (the headline's white, the accent's yellow) or an anti-aliased blend of the background and
 * one ink, so it is written as an indexed PNG (one byte a pixel): each ink's blends are kept
 * at 128 levels of coverage (2 inks × 127 blends + the background = 255 palette entries) and
 * a pixel takes the nearest of them (for the cover's colours, at most one unit off in any
 * channel). An image with any other colour is written as 8-bit RGB instead. Rows are
 * unfiltered (runs of one index compress best) and deflated at level 9 by Node's zlib, as
 * pureimage's encoder did; no chunk carries a date, so the same pixels give the same bytes.
 * A 1600 × 2560 cover comes out at 13–32 kB, about what pureimage's RGBA PNG took at 600 × 900.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** A pixel this far (in any channel) from every blend is not a blend: write RGB. */
const TOLERANCE = 2;

export function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(width: number, height: number, colourType: 2 | 3, rows: Buffer, palette?: Buffer): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = colourType; // 2: RGB, 3: indexed; compression, filter and interlace stay 0
  const chunks = [SIGNATURE, chunk('IHDR', header), ...(palette ? [chunk('PLTE', palette)] : []), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  return new Uint8Array(Buffer.concat(chunks));
}

const distance = (a: Rgb, b: Rgb) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));

/**
 * The palette entry for a colour: of the kept blends of the background and an ink the colour
 * lies between, the nearest; none when it lies between the background and no ink.
 */
function blendOf(colour: Rgb, background: Rgb, inks: readonly Rgb[], levels: number): Rgb | undefined {
  let best: Rgb | undefined;
  for (const ink of inks) {
    const at = (a: number): Rgb => [0, 1, 2].map((c) => Math.round((background[c] as number) + ((ink[c] as number) - (background[c] as number)) * a)) as unknown as Rgb;
    let along = 0;
    let length = 0;
    for (let c = 0; c < 3; c++) {
      along += ((colour[c] as number) - (background[c] as number)) * ((ink[c] as number) - (background[c] as number));
      length += ((ink[c] as number) - (background[c] as number)) ** 2;
    }
    const coverage = length ? Math.min(1, Math.max(0, along / length)) : 0;
    if (distance(at(coverage), colour) > TOLERANCE) continue;
    const level = Math.round(coverage * (levels - 1));
    for (const k of [level - 1, level, level + 1]) {
      const entry = k >= 0 && k < levels ? at(k / (levels - 1)) : undefined;
      if (entry && (!best || distance(entry, colour) < distance(best, colour))) best = entry;
    }
  }
  return best;
}

/**
 * An opaque RGBA bitmap (alpha is ignored) as a PNG: indexed when every pixel is a blend of
 * `background` and one of `inks`, RGB otherwise.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, background: Rgb, inks: readonly Rgb[]): Uint8Array {
  const levels = Math.floor(255 / Math.max(1, inks.length)) + 1;
  const palette: number[] = [];
  const entries = new Map<number, number>();
  const indexOf = new Map<number, number>();
  const rows = Buffer.alloc(height * (width + 1));
  let indexed = true;
  for (let y = 0; y < height && indexed; y++) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const key = ((rgba[p] as number) << 16) | ((rgba[p + 1] as number) << 8) | (rgba[p + 2] as number);
      let index = indexOf.get(key);
      if (index === undefined) {
        const blend = blendOf([rgba[p] as number, rgba[p + 1] as number, rgba[p + 2] as number], background, inks, levels);
        if (!blend) {
          indexed = false;
          break;
        }
        const entry = (blend[0] << 16) | (blend[1] << 8) | blend[2];
        index = entries.get(entry);
        if (index === undefined) {
          index = entries.size;
          entries.set(entry, index);
          palette.push(...blend);
        }
        indexOf.set(key, index);
      }
      rows[row + 1 + x] = index;
    }
  }
  if (indexed && entries.size <= 256) return png(width, height, 3, rows, Buffer.from(palette));

  const stride = width * 3;
  const rgbRows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      rgbRows.set(rgba.subarray(p, p + 3), y * (stride + 1) + 1 + x * 3);
    }
  }
  return png(width, height, 2, rgbRows);
}

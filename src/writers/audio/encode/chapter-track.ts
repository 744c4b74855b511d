/**
 * One chunk per chapter title in an MP4's chapter track. ffmpeg writes the titles (a QuickTime
 * text track that the audio track names in `tref/chap`) as a single chunk, and merges equal
 * durations into one time-to-sample entry. Both are valid MP4, but music-metadata reads a chapter
 * track only when each title is its own chunk, and takes the n-th time-to-sample entry as the
 * n-th chapter's length. This pass rewrites only that track's sample tables (stts, stsc, stco),
 * leaving every sample's bytes where they are. The movie box (moov) comes before the media data
 * (ffmpeg's +faststart), so as it grows, every chunk offset of every track moves by as much.
 */
import { open } from 'node:fs/promises';

interface Box {
  type: string;
  /** The box's content after its 8-byte header; for a container, also parsed as children. */
  payload: Uint8Array;
  children?: Box[];
}

/** The boxes on the way from the movie box to the sample tables. */
const CONTAINERS = new Set(['moov', 'trak', 'tref', 'mdia', 'minf', 'stbl']);

const latin1 = new TextDecoder('latin1');

function parseBoxes(bytes: Uint8Array): Box[] {
  const boxes: Box[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = new DataView(bytes.buffer, bytes.byteOffset + at, 8).getUint32(0);
    const type = latin1.decode(bytes.subarray(at + 4, at + 8));
    if (size < 8 || at + size > bytes.length) throw new Error(`malformed MP4 box "${type}"`);
    const payload = bytes.subarray(at + 8, at + size);
    boxes.push(CONTAINERS.has(type) ? { type, payload, children: parseBoxes(payload) } : { type, payload });
    at += size;
  }
  return boxes;
}

function serialize(box: Box): Uint8Array {
  const payload = box.children ? concat(box.children.map(serialize)) : box.payload;
  const out = new Uint8Array(8 + payload.length);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set(Array.from(box.type, (c) => c.charCodeAt(0)), 4);
  out.set(payload, 8);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function child(box: Box | undefined, type: string): Box | undefined {
  return box?.children?.find((c) => c.type === type);
}

function view(box: Box): DataView {
  return new DataView(box.payload.buffer, box.payload.byteOffset, box.payload.length);
}

/** A full box (version and flags zero) holding a count and then that many rows of 32-bit fields. */
function tableBox(type: string, rows: number[][]): Box {
  const fields = [rows.length, ...rows.flat()];
  const payload = new Uint8Array(4 + fields.length * 4);
  const out = new DataView(payload.buffer);
  for (const [i, value] of fields.entries()) out.setUint32(4 + i * 4, value);
  return { type, payload };
}

function trackId(trak: Box): number {
  const tkhd = view(child(trak, 'tkhd') as Box);
  return tkhd.getUint32(tkhd.getUint8(0) === 1 ? 20 : 12);
}

/** Each sample's size, duration, file offset and sample description, from a track's tables. */
function samples(stbl: Box): { size: number; duration: number; offset: number; description: number }[] {
  const stsz = view(child(stbl, 'stsz') as Box);
  const fixed = stsz.getUint32(4);
  const sizes = Array.from({ length: stsz.getUint32(8) }, (_, i) => fixed || stsz.getUint32(12 + i * 4));
  const stts = view(child(stbl, 'stts') as Box);
  const durations: number[] = [];
  for (let e = 0; e < stts.getUint32(4); e++) for (let n = 0; n < stts.getUint32(8 + e * 8); n++) durations.push(stts.getUint32(12 + e * 8));
  const stco = child(stbl, 'stco');
  if (!stco) throw new Error('the chapter track has 64-bit chunk offsets');
  const chunks = view(stco);
  const stsc = view(child(stbl, 'stsc') as Box);
  const runs = Array.from({ length: stsc.getUint32(4) }, (_, e) => ({ first: stsc.getUint32(8 + e * 12), perChunk: stsc.getUint32(12 + e * 12), description: stsc.getUint32(16 + e * 12) }));
  const out = [];
  for (let c = 1, s = 0; c <= chunks.getUint32(4); c++) {
    const run = runs.findLast((r) => r.first <= c);
    if (!run) throw new Error('malformed MP4 sample-to-chunk table');
    let offset = chunks.getUint32(4 + c * 4);
    for (let k = 0; k < run.perChunk; k++, s++) {
      out.push({ size: sizes[s] as number, duration: durations[s] as number, offset, description: run.description });
      offset += sizes[s] as number;
    }
  }
  return out;
}

/** Adds `delta` to every chunk offset in the movie box, 32- and 64-bit. */
function shiftChunkOffsets(box: Box, delta: number): void {
  for (const c of box.children ?? []) {
    if (c.type === 'stco' || c.type === 'co64') {
      const table = view(c);
      for (let i = 0; i < table.getUint32(4); i++) {
        if (c.type === 'co64') {
          table.setBigUint64(8 + i * 8, table.getBigUint64(8 + i * 8) + BigInt(delta));
          continue;
        }
        const offset = table.getUint32(8 + i * 4) + delta;
        if (offset > 0xffffffff) throw new Error('an MP4 chunk offset no longer fits in 32 bits');
        table.setUint32(8 + i * 4, offset);
      }
    }
    shiftChunkOffsets(c, delta);
  }
}

/** Rewrites the chapter track's sample tables in the movie box, if a track names one. */
function splitChapterChunks(moov: Box): void {
  const traks = moov.children?.filter((c) => c.type === 'trak') ?? [];
  const ids = traks.flatMap((t) => {
    const chap = child(child(t, 'tref'), 'chap');
    return chap ? Array.from({ length: chap.payload.length / 4 }, (_, i) => view(chap).getUint32(i * 4)) : [];
  });
  const chapters = traks.find((t) => ids.includes(trackId(t)));
  const stbl = child(child(child(chapters, 'mdia'), 'minf'), 'stbl');
  if (!stbl?.children) return;
  const titles = samples(stbl);
  const rewritten: Record<string, Box> = {
    stts: tableBox('stts', titles.map((t) => [1, t.duration])),
    // A new run only where the sample description changes: one title a chunk throughout.
    stsc: tableBox('stsc', titles.flatMap((t, i) => (i > 0 && titles[i - 1]?.description === t.description ? [] : [[i + 1, 1, t.description]]))),
    stco: tableBox('stco', titles.map((t) => [t.offset])),
  };
  stbl.children = stbl.children.map((c) => rewritten[c.type] ?? c);
}

/** Reads `from`, an MP4 whose movie box precedes its media data, and writes it to `to` with one chunk per chapter title. */
export async function writeWithChapterChunks(from: string, to: string): Promise<void> {
  const source = await open(from, 'r');
  const target = await open(to, 'w');
  try {
    const { size: fileSize } = await source.stat();
    const header = Buffer.alloc(8);
    let at = 0;
    let size = 0;
    for (; ; at += size) {
      await source.read(header, 0, 8, at);
      size = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (type === 'moov') break;
      if (type === 'mdat' || size < 8) throw new Error('the MP4 has no movie box before its media data');
    }
    const before = Buffer.alloc(at);
    await source.read(before, 0, at, 0);
    const payload = Buffer.alloc(size - 8);
    await source.read(payload, 0, payload.length, at + 8);
    const moov: Box = { type: 'moov', payload, children: parseBoxes(payload) };
    splitChapterChunks(moov);
    shiftChunkOffsets(moov, serialize(moov).length - size);
    await target.write(before);
    await target.write(serialize(moov));
    const buffer = Buffer.alloc(1 << 20);
    for (let offset = at + size; offset < fileSize; ) {
      const { bytesRead } = await source.read(buffer, 0, buffer.length, offset);
      await target.write(buffer.subarray(0, bytesRead));
      offset += bytesRead;
    }
  } finally {
    await source.close();
    await target.close();
  }
}

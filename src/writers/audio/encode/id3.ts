/**
 * ID3v2 tags with chapters: the only module that imports node-id3. A CHAP frame per
 * chapter (element id = the tree id) and one top-level, ordered CTOC.
 */
import { iso6392 as iso6392Table } from 'iso-639-2';
import NodeID3 from 'node-id3';

export interface ChapterMark {
  id: string;
  title: string;
  startMs: number;
  endMs: number;
}

export interface Id3Input {
  title: string;
  artist?: string;
  album?: string;
  year?: string;
  /** ISO 639-2 code, e.g. `eng`. */
  language: string;
  comment: string;
  transcript: string;
  /** The picture, with its description in the article's language. */
  cover?: { mime: string; data: Uint8Array; description: string };
  chapters: ChapterMark[];
  /** The chapter list's title, in the article's language. */
  chaptersTitle: string;
  /** The narration's length (TLEN), which players that read tags show before scanning the audio. */
  lengthMs: number;
}

/**
 * The article's primary language as the three letters ID3's TLAN and MP4's language field take (ISO 639-2,
 * its terminology code where it has two: `deu`, `zho`), from the `iso-639-2` table; `und` when it has none
 * (a language with only an ISO 639-3 code, `ckb`). Before, a hand list of thirteen European languages tagged a
 * Japanese or Amharic narration `und`.
 */
const ISO_639_2: ReadonlyMap<string, string> = new Map(
  iso6392Table.flatMap((entry) => {
    const code = entry.iso6392T ?? entry.iso6392B;
    return [...(entry.iso6391 ? [[entry.iso6391, code] as [string, string]] : []), [entry.iso6392B, code] as [string, string], ...(entry.iso6392T ? [[entry.iso6392T, code] as [string, string]] : [])];
  }),
);

export function iso6392(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  return ISO_639_2.get(primary) ?? 'und';
}

export function id3Tag(input: Id3Input): Uint8Array {
  const tags: NodeID3.Tags = {
    title: input.title,
    length: String(input.lengthMs),
    language: input.language,
    comment: { language: input.language, text: input.comment },
    unsynchronisedLyrics: { language: input.language, text: input.transcript },
    chapter: input.chapters.map((c) => ({ elementID: c.id, startTimeMs: c.startMs, endTimeMs: c.endMs, tags: { title: c.title } })),
    tableOfContents: [{ elementID: 'toc', isOrdered: true, elements: input.chapters.map((c) => c.id), tags: { title: input.chaptersTitle } }],
  };
  if (input.artist) tags.artist = input.artist;
  if (input.album) tags.album = input.album;
  if (input.year) tags.year = input.year;
  if (input.cover) tags.image = { mime: input.cover.mime, type: { id: 3, name: 'front cover' }, description: input.cover.description, imageBuffer: Buffer.from(input.cover.data) };
  return NodeID3.create(tags);
}

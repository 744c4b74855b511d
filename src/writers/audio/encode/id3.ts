/**
 * ID3v2 tags with chapters: the only module that imports node-id3. A CHAP frame per
 * chapter (element id = the tree id) and one top-level, ordered CTOC.
 */
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

const ISO_639_2: Record<string, string> = { en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', nl: 'nld', pt: 'por', pl: 'pol', sv: 'swe', da: 'dan', no: 'nor', nb: 'nob', fi: 'fin' };

export function iso6392(lang: string): string {
  return ISO_639_2[lang.slice(0, 2).toLowerCase()] ?? 'und';
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

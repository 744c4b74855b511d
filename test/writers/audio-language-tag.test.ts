/**
 * The narration's language in its tags (ID3 TLAN and the comment and transcript frames, MP4's language):
 * ISO 639-2 for every language that has a code there, read back by node-id3.
 */
import NodeID3 from 'node-id3';
import { describe, expect, it } from 'vitest';
import { id3Tag, iso6392 } from '../../src/writers/audio/encode/id3.js';

describe('the language code in the audio tags', () => {
  it.each([
    ['en-GB', 'eng'],
    ['de', 'deu'],
    ['zh-Hant', 'zho'],
    ['ja', 'jpn'],
    ['am', 'amh'],
    ['fy', 'fry'],
    ['rw', 'kin'],
    ['nb', 'nob'],
    ['pt-BR', 'por'],
  ])('%s → %s (the terminology code where ISO 639-2 has two)', (lang, code) => {
    expect(iso6392(lang)).toBe(code);
  });
  it('is `und` for a language ISO 639-2 has no code for, or no language', () => {
    expect(iso6392('ckb')).toBe('und');
    expect(iso6392('xx')).toBe('und');
  });
  it('writes it into the tags a player reads', () => {
    const bytes = id3Tag({ title: '市議会', language: iso6392('ja'), comment: 'c', transcript: 't', chapters: [], chaptersTitle: '目次', lengthMs: 1000 });
    const tags = NodeID3.read(Buffer.from(bytes));
    expect(tags.language).toBe('jpn');
    expect(tags.comment?.language).toBe('jpn');
  });
});

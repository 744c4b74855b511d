/** The map from the spoken text back to the written one, and the sentences and words it gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLexiconMapped, parseLexicon } from '../../src/writers/audio/lexicon.js';
import { normalizeMapped } from '../../src/writers/audio/normalize.js';
import { narrationScript } from '../../src/writers/audio/script.js';
import { narrationSentences, writtenWords } from '../../src/writers/audio/sentence-map.js';
import { type MappedText, rewrite, sourceSpan, unchanged } from '../../src/writers/audio/text-map.js';
import { parseArticle } from '../../src/pipeline.js';
import { inlineText } from '../../src/tree/text.js';
import { ARTICLE_FIXTURES, SPEECH_FIXTURES, parseFixture, parseSpeechFixture } from '../helpers.js';

/** The pieces cover the rewritten text and the source end to end, and copied pieces are copies. */
function expectWellFormed(map: MappedText, source: string): void {
  let at = 0;
  let from = 0;
  for (const p of map.pieces) {
    expect(p.at).toBe(at);
    expect(p.from).toBe(from);
    if (p.copied) {
      expect(p.length).toBe(p.sourceLength);
      expect(map.text.slice(p.at, p.at + p.length)).toBe(source.slice(p.from, p.from + p.sourceLength));
    }
    at += p.length;
    from += p.sourceLength;
  }
  expect(at).toBe(map.text.length);
  expect(from).toBe(source.length);
}

const written = (map: MappedText, source: string, start: number, end: number) => {
  const span = sourceSpan(map, start, end);
  return source.slice(span.start, span.end);
};

describe('text map', () => {
  it('maps a rewrite back to what it replaced, and copied text to itself', () => {
    const source = 'It rose 3-4% at 320MW.';
    const map = rewrite(rewrite(unchanged(source), /(\d)-(\d)/g, '$1 to $2'), /(\d+)MW/g, '$1 megawatts');
    expect(map.text).toBe('It rose 3 to 4% at 320 megawatts.');
    expectWellFormed(map, source);
    const at = (word: string) => [map.text.indexOf(word), map.text.indexOf(word) + word.length] as const;
    expect(written(map, source, ...at('megawatts'))).toBe('MW');
    expect(written(map, source, ...at('320'))).toBe('320');
    expect(written(map, source, ...at('to'))).toBe('-');
    expect(written(map, source, ...at('It rose 3 to 4%'))).toBe('It rose 3-4%');
  });

  it('composes the normalizer’s rules and the lexicon into one map', () => {
    const source = 'Okafor told the US. The 1990s cost £240mn 🎉';
    const map = normalizeMapped(applyLexiconMapped(unchanged(source), parseLexicon('Okafor = Oh-kah-for')), 'en');
    expect(map.text).toBe('Oh-kah-for told the U.S. The nineteen nineties cost 240 million pounds');
    expectWellFormed(map, source);
    const at = (word: string) => [map.text.indexOf(word), map.text.indexOf(word) + word.length] as const;
    expect(written(map, source, ...at('Oh-kah-for'))).toBe('Okafor');
    expect(written(map, source, ...at('U.S'))).toBe('US');
    expect(written(map, source, ...at('nineteen nineties'))).toBe('1990s');
    expect(written(map, source, ...at('240 million pounds'))).toBe('£240mn');
  });

  it('stays well formed under any sequence of rewrites (fast-check)', () => {
    const rules: [RegExp, string][] = [
      [/a/g, 'xy'], [/bb/g, ''], [/c/g, 'c'], [/ /g, '  '], [/x/g, 'a'], [/\./g, '. . .'], [/y+/g, 'b'], [/(a)(b)/g, '$2$1'], [/^\s+|\s+$/g, ''], [/\s{2,}/g, ' '],
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.', 'x', 'y'), maxLength: 40 }), fc.array(fc.integer({ min: 0, max: rules.length - 1 }), { maxLength: 8 }), (source, steps) => {
        let map = unchanged(source);
        let plain = source;
        for (const step of steps) {
          const [pattern, replacement] = rules[step] as [RegExp, string];
          map = rewrite(map, pattern, replacement);
          plain = plain.replace(pattern, replacement);
        }
        expect(map.text).toBe(plain);
        expectWellFormed(map, source);
        // Later text never maps to earlier source.
        let last = 0;
        for (let i = 0; i < map.text.length; i++) {
          const span = sourceSpan(map, i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(last);
          last = span.start;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('narration sentences', () => {
  const scripts = [
    ...ARTICLE_FIXTURES.map((name) => ({ name, script: narrationScript(parseFixture(name)) })),
    ...ARTICLE_FIXTURES.map((name) => ({ name: `${name} with a lexicon`, script: narrationScript(parseFixture(name), { lexicon: parseLexicon('Okafor = Oh-kah-for\nthe = thuh\nBrussels = Brussel') }) })),
    ...SPEECH_FIXTURES.map((lang) => ({ name: `speech/${lang}`, script: narrationScript(parseSpeechFixture(lang)) })),
  ];
  it.each(scripts)('$name: each sentence is written text exactly as on the page, in order, and all that is spoken is in one', ({ script }) => {
    for (const u of script.chapters.flatMap((c) => c.utterances)) {
      let end = 0;
      for (const s of u.sentences) {
        expect(u.text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
        expect(s.offset).toBeGreaterThanOrEqual(end);
        expect(s.text).toBe(s.text.trim());
        expect(s.map.text).toBe(s.spoken);
        expectWellFormed(s.map, s.text);
        end = s.offset + s.text.length;
      }
      // The engine is given everything spoken once, in order (a word too long for the engine is cut in pieces).
      const visible = (text: string) => text.replace(/\s+/g, '');
      expect(visible(u.sentences.map((s) => s.spoken).join(''))).toBe(visible(u.spoken));
    }
  });

  it('writes a headline or heading as the page does: the full stop the engine is given is not written', () => {
    const article = parseSpeechFixture('en');
    const [headline] = narrationScript(article).chapters[0]?.utterances ?? [];
    expect(headline?.text).toBe(inlineText(article.headline));
    expect(headline?.sentences.map((s) => [s.text, s.spoken])).toEqual([[inlineText(article.headline), `${inlineText(article.headline)}.`]]);
  });

  it('splits the spoken text, where abbreviations are already said in full, and maps it back', () => {
    const sentences = (text: string, lang: string) => narrationSentences(text, normalizeMapped(unchanged(text), lang)).map((s) => [s.text, s.spoken]);
    expect(sentences('Am 3. November sprach Dr. Weber. Dann kam die EU.', 'de')).toEqual([
      ['Am 3. November sprach Dr. Weber.', 'Am dritten November sprach Doktor Weber.'],
      ['Dann kam die EU.', 'Dann kam die E.U.'],
    ]);
    expect(sentences('Habló la Sra. Ruiz. Luego el Sr. García.', 'es')).toEqual([
      ['Habló la Sra. Ruiz.', 'Habló la señora Ruiz.'],
      ['Luego el Sr. García.', 'Luego el señor García.'],
    ]);
    // A sentence boundary never cuts a rewrite: the ellipsis is in the first sentence whole.
    expect(sentences('It went on . . . Then it stopped.', 'en')).toEqual([
      ['It went on . . .', 'It went on…'],
      ['Then it stopped.', 'Then it stopped.'],
    ]);
  });

  it('reads an ordered list’s number as a sentence of its own, before the item’s', () => {
    const { article } = parseArticle('# Steps\n\n3. Sen. Ortiz spoke. Then 3-4% agreed.\n4. None.\n', { from: 'markdown' });
    const item = narrationScript(article).chapters.flatMap((c) => c.utterances).find((u) => u.kind === 'item');
    expect(item?.text).toBe('3. Sen. Ortiz spoke. Then 3-4% agreed.');
    expect(item?.sentences.map((s) => [s.offset, s.text, s.spoken])).toEqual([
      [0, '3.', '3.'],
      [3, 'Sen. Ortiz spoke.', 'Senator Ortiz spoke.'],
      [21, 'Then 3-4% agreed.', 'Then 3 to 4 percent agreed.'],
    ]);
  });
});

describe('written words', () => {
  it('turns an engine’s word offsets in the spoken sentence into written words, one per written word', () => {
    const text = 'The US grid added 320MW in the 1990s, up 7%.';
    const [sentence] = narrationSentences(text, normalizeMapped(unchanged(text), 'en'));
    if (!sentence) throw new Error('one sentence');
    expect(sentence.spoken).toBe('The U.S grid added 320 megawatts in the nineteen nineties, up 7 percent.');
    // As an engine reports them: every run of letters and digits in what it was given.
    const engineWords = [...sentence.spoken.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.:]*/gu)].map((m, i) => ({ offset: m.index, length: m[0].length, sample: i * 100 }));
    const words = writtenWords(sentence, engineWords);
    expect(words.map((w) => text.slice(w.offset, w.offset + w.length))).toEqual(['The', 'US', 'grid', 'added', '320MW', 'in', 'the', '1990s', 'up', '7']);
    // An engine that reports only the first letter of a spelled word still lights the whole written word.
    const [fbi] = narrationSentences('The FBI said.', normalizeMapped(unchanged('The FBI said.'), 'en'));
    if (!fbi) throw new Error('one sentence');
    expect(writtenWords(fbi, [{ offset: 4, length: 1, sample: 0 }]).map((w) => fbi.text.slice(w.offset, w.offset + w.length))).toEqual(['FBI']);
    // A written word keeps the time of the first spoken word it became.
    expect(words.find((w) => text.slice(w.offset, w.offset + w.length) === '1990s')?.sample).toBe(engineWords.find((w) => sentence.spoken.slice(w.offset).startsWith('nineteen'))?.sample);
  });
});

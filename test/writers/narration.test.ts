
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLexicon, parseLexicon } from '../../src/writers/audio/lexicon.js';
import { NORMALIZATION_RULES, type Rule, normalizeForSpeech } from '../../src/writers/audio/normalize.js';
import { type NarrationScript, formatScript, narrationScript } from '../../src/writers/audio/script.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/writers/audio/sentences.js';
import { formatAuthors } from '../../src/tree/byline.js';
import { outline } from '../../src/tree/outline.js';
import { parseArticle } from '../../src/pipeline.js';
import { ARTICLE_FIXTURES, GOLDEN, SPEECH_FIXTURES, articleText, expectGolden, missingWords, parseFixture, parseSpeechFixture } from '../helpers.js';

describe('golden narration scripts', () => {
  for (const name of ARTICLE_FIXTURES) {
    it(name, () => {
      const actual = formatScript(narrationScript(parseFixture(name)));
      const path = join(GOLDEN, `${name}.narration.txt`);
      expectGolden(path, actual);
    });
  }
});

/** The script, then each sentence as written (`|`) and as the engine is given it (`>`): a change in either is a diff. */
function scriptWithSentences(script: NarrationScript): string {
  const sentences = script.chapters.flatMap((c) => c.utterances).flatMap((u) => [`[${u.kind}]`, ...u.sentences.flatMap((s) => [`  | ${s.text}`, `  > ${s.spoken}`])]);
  return `${formatScript(script)}\n# Sentences\n\n${sentences.join('\n')}\n`;
}

describe('golden narration of the normalizer’s hard cases, per language', () => {
  for (const lang of SPEECH_FIXTURES) {
    it(lang, () => {
      expectGolden(join(GOLDEN, 'speech', `${lang}.narration.txt`), scriptWithSentences(narrationScript(parseSpeechFixture(lang))));
    });
  }
});

describe('script structure', () => {
  for (const name of ARTICLE_FIXTURES) {
    it(`${name}: opening, one chapter per top-level section, closing; every word spoken`, () => {
      const article = parseFixture(name);
      const script = narrationScript(article);
      const top = outline(article).filter((e) => e.depth === 1);
      const expected = [article.id, ...top.map((e) => e.id), ...(article.footer ? ['rights'] : [])];
      expect(script.chapters.map((c) => c.id)).toEqual(expected);
      expect(script.chapters.slice(1, 1 + top.length).map((c) => c.title)).toEqual(top.map((e) => e.title));
      const written = script.chapters.flatMap((c) => c.utterances.map((u) => u.text)).join('\n');
      // Footnote markers are not read aloud; every other word is.
      // The byline's joining words are the narration language's own ("und" for German).
      const byline = article.byline ? formatAuthors(article.byline.authors, article.lang) : '';
      const names = article.byline?.authors.map((a) => `${a.name} ${a.location ?? ''}`).join(' ') ?? '';
      // Pull quotes repeat words already read, and are not read twice.
      const withoutPullQuotes = { ...article, sections: article.sections.map((sec) => ({ ...sec, blocks: sec.blocks.filter((b) => !(b.type === 'quote' && b.pull)) })) };
      const text = articleText(withoutPullQuotes).replace(byline, names);
      expect(missingWords(text, `${written}\n${article.byline?.authors.map((a) => a.location).join(' ')}`)).toEqual([]);
      // Pauses follow structure: the end of a chapter is the longest.
      for (const chapter of script.chapters) {
        const pauses = chapter.utterances.map((u) => u.pauseMs);
        expect(pauses[pauses.length - 1]).toBe(Math.max(...pauses));
      }
    });
  }

  it('reads links as their text and does not read footnote markers', () => {
    const script = formatScript(narrationScript(parseFixture('night-trains.md')));
    expect(script).toContain('cut track charges for overnight services. Whether');
    expect(script).toContain('[note] Note 1. Austria and the Netherlands');
    expect(script).toContain('Row 1. Route: Vienna, Brussels. Reopened: 2020. Weekly departures: 3.');
    expect(script).toMatch(/\[announcement\] A list of 3 items\.[\s\S]*\[item\] Track access charges/);
    expect(script).toContain('[caption] Image: A sleeper carriage with its compartment lights on, parked at a platform at dusk. A refurbished sleeper carriage');
  });

  it('announces in the article’s language: French, Spanish, Italian, Portuguese, Dutch; English where it has no words yet', () => {
    const markdown = (lang: string) => `---\ntitle: Le port\nlanguage: ${lang}\nauthors:\n  - name: Claire Martin\n    location: Brest\n  - name: Paul Durand\n---\n\nUn.\n\n- a\n- b\n- c\n\n![Le quai](quai.png)\n`;
    const spoken = (lang: string) => formatScript(narrationScript(parseArticle(markdown(lang), { from: 'markdown' }).article));
    expect(spoken('fr')).toContain('[byline] Par Claire Martin à Brest et Paul Durand.');
    expect(spoken('fr')).toContain('[announcement] Une liste de 3 éléments.');
    expect(spoken('fr')).toContain('[caption] Image : Le quai.');
    expect(spoken('es')).toContain('[byline] Por Claire Martin en Brest y Paul Durand.');
    expect(spoken('es')).toContain('[announcement] Una lista de 3 elementos.');
    expect(spoken('it')).toContain('[byline] Di Claire Martin a Brest e Paul Durand.');
    expect(spoken('pt-BR')).toContain('[announcement] Uma lista de 3 itens.');
    expect(spoken('nl')).toContain('[byline] Door Claire Martin in Brest en Paul Durand.');
    expect(spoken('sv')).toContain('[byline] By Claire Martin in Brest and Paul Durand.');
  });

  it('announces the byline, date and caption with credit', () => {
    const script = formatScript(narrationScript(parseFixture('harbour-bridge.txt')));
    expect(script).toContain('[byline] By Priya Ramanathan in Eastwick and Tomasz Nowak in Gdańsk.');
    expect(script).toContain('[date] 3 November 2025.');
    expect(script).toContain('Credit: Alamy.');
    expect(script).toContain('## 3. Credits and rights  [#rights]');
  });
});

describe('normalization for speech', () => {
  // Every rule's examples are its tests: the input, normalized with all the rules of its language, gives the output.
  const examples = NORMALIZATION_RULES.flatMap((rule, index) => rule.examples.map((example) => ({ ...example, rule, index })));
  it('has examples for every rule, and they are its own: its pattern finds something in one of them at least', () => {
    const own = (rule: Rule) => rule.examples.some((e) => new RegExp(rule.pattern.source, rule.pattern.flags).test(e.input));
    expect(NORMALIZATION_RULES.filter((rule) => !own(rule)).map((rule) => rule.pattern.source)).toEqual([]);
  });
  it.each(examples)('rule $index ($lang): $input → $output', ({ input, output, lang }) => {
    expect(normalizeForSpeech(input, lang)).toBe(output);
  });
  it.each([
    ['en-GB', 'Gen Smith and the US and UK and EU', 'General Smith and the U.S and U.K and E.U'],
    ['en-GB', 'aid to the US. Then more… and so on...', 'aid to the U.S. Then more… and so on...'],
    ['de', 'Die Kosten steigen um 40 % . . . sagt sie', 'Die Kosten steigen um 40 %… sagt sie'],
    ['de', 'Um 14:30 Uhr stiegen die Kosten um 3-4 %. © dpa', 'Um 14 Uhr 30 stiegen die Kosten um 3 bis 4 %. Copyright dpa'],
    ['fr', 'Publié à 14h12, de 3-4 %', 'Publié à 14 heures 12, de 3 à 4 %'],
    ['es', 'entre 3-4 % (Foto: EFE/Rodrigo Jiménez)', 'entre 3 a 4 % (Foto: EFE, Rodrigo Jiménez)'],
    ['sv', 'FBI 320 MW 🎉 © TT', 'FBI 320 MW Copyright TT'],
  ])('in %s: %s → %s', (lang, input, spoken) => {
    expect(normalizeForSpeech(input, lang)).toBe(spoken);
  });
});

describe('lexicon', () => {
  it('applies simple "word = spoken form" lines, whole words only, longest first', () => {
    const lexicon = parseLexicon('# names\nGdańsk = Gdansk\nOkafor = Oh-kah-for\nNew York = Noo York\nYork = Yawk\n');
    expect(applyLexicon('Okafor flew from Gdańsk to New York and York, not Okaforville.', lexicon)).toBe('Oh-kah-for flew from Gdansk to Noo York and Yawk, not Okaforville.');
  });
  it('reads W3C PLS aliases', () => {
    const pls = `<?xml version="1.0"?><lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en"><lexeme><grapheme>WCAG</grapheme><alias>wuh-cag</alias></lexeme><lexeme><grapheme>EPUB</grapheme><grapheme>ePub</grapheme><alias>ee-pub</alias></lexeme></lexicon>`;
    expect(applyLexicon('WCAG and EPUB and ePub', parseLexicon(pls))).toBe('wuh-cag and ee-pub and ee-pub');
  });
  it('reaches the script before normalization', () => {
    const script = narrationScript(parseFixture('harbour-bridge.txt'), { lexicon: parseLexicon('Okafor = Oh-kah-for') });
    expect(formatScript(script)).toContain('council leader Marguerite Oh-kah-for said');
  });
  it('refuses a malformed line with its line number', () => {
    expect(() => parseLexicon('ok = fine\nthis line has no equals sign', 'my.lex')).toThrow(/my\.lex:2: expected "word = spoken form"/);
  });
});

describe('sentences', () => {
  it('does not split after titles and initials', () => {
    expect(splitSentences('Dr. Okafor met Robert T. Jones in the U.S. on Monday. They agreed. "Yes," she said.').map((s) => s.text)).toEqual([
      'Dr. Okafor met Robert T. Jones in the U.S. on Monday.',
      'They agreed.',
      '"Yes," she said.',
    ]);
  });

  it('ends a phrase at an ellipsis, even before a small letter, so it is heard as a pause and not as a comma', () => {
    const text = 'I don’t think anyone is walking away… you can pause. It went on... and on.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['I don’t think anyone is walking away…', 'you can pause.', 'It went on...', 'and on.']);
    for (const span of spans) expect(text.slice(span.offset, span.offset + span.text.length)).toBe(span.text);
  });
});

describe('a paragraph with no full stop', () => {
  it('is cut into pieces an engine can hold, at clause or word boundaries, with every word kept in place', () => {
    const clause = 'the council will review the plan for the harbour bridge, ';
    const text = `${clause.repeat(2000)}and nothing more`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(100);
    for (const span of spans) {
      expect(span.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(span.offset, span.offset + span.text.length)).toBe(span.text);
      expect(span.text.endsWith(',') || span === spans.at(-1)).toBe(true);
    }
    expect(spans.map((s) => s.text).join(' ').split(/\s+/)).toEqual(text.trim().split(/\s+/));
  });

  it('is cut at spaces when there is no clause boundary, and anywhere in a single endless word', () => {
    const words = splitSentences('word '.repeat(1000).trim());
    expect(words.every((s) => s.text.length <= MAX_SENTENCE_CHARS && !s.text.startsWith(' ') && !/ $/.test(s.text))).toBe(true);
    const endless = splitSentences('x'.repeat(2000));
    expect(endless.map((s) => s.text.length)).toEqual([600, 600, 600, 200]);
  });
});

/**
 * A user's pronunciation lexicon (`--lexicon FILE`), applied before synthesis.
 * Two forms:
 *  - simple lines `word = spoken form` (`#` starts a comment): `Gdańsk = Gdansk`;
 *  - W3C PLS XML, using each `<lexeme>`'s `<grapheme>`s and its `<alias>`.
 * Matching is whole-word and case-sensitive, longest grapheme first.
 */
import { LecternError } from '../../errors.js';
import { type MappedText, rewrite, unchanged } from './text-map.js';

export type Lexicon = { grapheme: string; alias: string }[];

export function parseLexicon(text: string, file = 'lexicon'): Lexicon {
  const entries: Lexicon = [];
  if (/^\s*(<\?xml|<lexicon\b)/.test(text)) {
    for (const lexeme of text.matchAll(/<lexeme\b[^>]*>([\s\S]*?)<\/lexeme>/g)) {
      const body = lexeme[1] ?? '';
      const alias = /<alias>([\s\S]*?)<\/alias>/.exec(body)?.[1]?.trim();
      if (!alias) continue;
      for (const g of body.matchAll(/<grapheme>([\s\S]*?)<\/grapheme>/g)) {
        const grapheme = decodeXml(g[1]?.trim() ?? '');
        if (grapheme) entries.push({ grapheme, alias: decodeXml(alias) });
      }
    }
    if (entries.length === 0) throw new LecternError('usage', `${file}: no <lexeme> with a <grapheme> and an <alias> (only aliases are supported, not phonemes)`);
  } else {
    text.split('\n').forEach((raw, index) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (!line) return;
      const m = /^(.+?)\s*=\s*(.+)$/.exec(line);
      if (!m?.[1] || !m[2]) throw new LecternError('usage', `${file}:${index + 1}: expected "word = spoken form", got "${line}"`);
      entries.push({ grapheme: m[1], alias: m[2] });
    });
  }
  return entries.sort((a, b) => b.grapheme.length - a.grapheme.length);
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** One pass over the text, so an alias is never rewritten by another entry. */
export function applyLexicon(text: string, lexicon: Lexicon): string {
  return applyLexiconMapped(unchanged(text), lexicon).text;
}

interface CompiledLexicon {
  aliases: Map<string, string>;
  pattern: RegExp;
}

/** Each lexicon's pattern, built once: the script applies the lexicon to every utterance. */
const compiled = new WeakMap<Lexicon, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  let found = compiled.get(lexicon);
  if (!found) {
    const alternatives = lexicon.map((e) => e.grapheme.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    found = {
      aliases: new Map(lexicon.map((e) => [e.grapheme, e.alias])),
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu'),
    };
    compiled.set(lexicon, found);
  }
  return found;
}

/** The same, keeping the map back to the written text: each alias stands for its whole grapheme. */
export function applyLexiconMapped(input: MappedText, lexicon: Lexicon): MappedText {
  if (lexicon.length === 0) return input;
  const { aliases, pattern } = compile(lexicon);
  return rewrite(input, pattern, (match) => aliases.get(match) ?? match, { keepCommon: false });
}

/**
 * `\b` in a JavaScript regular expression knows only ASCII letters, even with the `u` flag: in
 * `/\b(?:zapisz się)\b/u` there is no word end after `ę`, so "Zapisz się do newslettera" never
 * matched, and `\b` before `Über` or after `réservé` fails alike. This rewrites a pattern's `\b`
 * into a boundary between a letter, digit or `_` of any script and anything else.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
/** Where the pattern itself puts a word character after the boundary, only what stands before it decides. */
const WORD_START = `(?<!${WORD})`;
/** Where the pattern puts a word character before the boundary, only what follows decides. */
const WORD_END = `(?!${WORD})`;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
/** General categories whose every character is a letter, a digit or a mark. */
const WORD_PROPERTY = /^(?:L|Letter|Lu|Ll|Lt|Lm|Lo|N|Number|Nd|Nl|No|M|Mark|Mn|Mc|Me)$/u;

const parser = new RegExpParser({ ecmaVersion: 2025 });

export function unicodeWords(pattern: RegExp): RegExp {
  // Every pattern with a `\b` needs it, an ASCII word's too: `min` is no word in `minút`, whose
  // `ú` the ASCII boundary takes for a word's end.
  if (!/\\b/u.test(pattern.source)) return pattern;
  // The two-sided boundary costs two look-arounds in an alternation at every position a pattern is
  // tried (four times slower on a page's lines); most `\b`s stand before or after a word the
  // pattern spells, where one look-around says the same.
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u') });
  const edits: { start: number; end: number; text: string }[] = [];
  const visitAlternative = (alternative: Alternative) => {
    for (const [i, element] of alternative.elements.entries()) {
      if (element.type === 'Assertion' && element.kind === 'word' && !element.negate) {
        const text = startsWithWord(alternative.elements, i + 1) ? WORD_START : endsWithWord(alternative.elements, i - 1) ? WORD_END : BOUNDARY;
        edits.push({ start: element.start, end: element.end, text });
      }
      visitElement(element);
    }
  };
  const visitElement = (element: Element) => {
    if (element.type === 'Group' || element.type === 'CapturingGroup') element.alternatives.forEach(visitAlternative);
    else if (element.type === 'Assertion' && (element.kind === 'lookahead' || element.kind === 'lookbehind')) element.alternatives.forEach(visitAlternative);
    else if (element.type === 'Quantifier') visitElement(element.element);
  };
  ast.alternatives.forEach(visitAlternative);
  let source = pattern.source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
  return new RegExp(source, pattern.flags);
}

/** Every character the element can match is a word character (`é`, `\d`, `\p{L}`, `[a-zà-ÿ]`). */
function matchesOnlyWord(element: Element): boolean {
  switch (element.type) {
    case 'Character':
      return WORD_CHAR.test(String.fromCodePoint(element.value));
    case 'CharacterSet':
      if (element.kind === 'digit' || element.kind === 'word') return !element.negate;
      return element.kind === 'property' && !element.negate && element.key === 'General_Category' && WORD_PROPERTY.test(element.value ?? '');
    case 'CharacterClass':
      return (
        !element.negate &&
        element.elements.every((item) =>
          item.type === 'CharacterClassRange'
            ? // (A range is all letters when every character in it is; ranges here are a few letters long.)
              item.max.value - item.min.value <= 2000 &&
              Array.from({ length: item.max.value - item.min.value + 1 }, (_, k) => String.fromCodePoint(item.min.value + k)).every((c) => WORD_CHAR.test(c))
            : item.type === 'Character' || item.type === 'CharacterSet'
              ? matchesOnlyWord(item)
              : false,
        )
      );
    default:
      return false;
  }
}

/** Whatever the elements from `i` on match begins with a word character. */
function startsWithWord(elements: Element[], i: number): boolean {
  const element = elements[i];
  if (!element) return false;
  if (element.type === 'Group' || element.type === 'CapturingGroup')
    return element.alternatives.every((alternative) => startsWithWord(alternative.elements, 0));
  if (element.type === 'Quantifier') {
    const first = startsWithWord([element.element], 0);
    // (`\w*` may match nothing: then what follows it must begin with a word character too.)
    return element.min >= 1 ? first : first && startsWithWord(elements, i + 1);
  }
  return matchesOnlyWord(element);
}

/** Whatever the elements up to `i` match ends with a word character. */
function endsWithWord(elements: Element[], i: number): boolean {
  const element = elements[i];
  if (!element) return false;
  if (element.type === 'Group' || element.type === 'CapturingGroup')
    return element.alternatives.every((alternative) => endsWithWord(alternative.elements, alternative.elements.length - 1));
  if (element.type === 'Quantifier') {
    const last = endsWithWord([element.element], 0);
    return element.min >= 1 ? last : last && endsWithWord(elements, i - 1);
  }
  return matchesOnlyWord(element);
}

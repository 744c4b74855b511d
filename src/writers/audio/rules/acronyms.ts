/**
 * Acronyms: said as a word (NATO, NASA, UNESCO) or spelled (FBI, BBC, EU). One rule for every
 * language instead of a list per article: a run of two or more capitals is spelled when it has
 * three letters or fewer, or no vowel; longer ones with a vowel are left to the engine, which
 * reads them as words. A short list per language names the short ones said as words (Spanish
 * `ONU`, English emphasis `NOT`). Capitals beside other capitals are a shouted line or a
 * headline in capitals (`WHO WILL PAY`), not acronyms, and Roman numerals (`II`, `XIV`) are left.
 *
 * Spelled means letters joined by full stops with none at the end (`F.B.I`): espeak and flite
 * then say the letters' names in every language (espeak reads `EU` as the German word "eu" and
 * French `FBI` as one syllable), and no full stop before the next word makes espeak pause as at
 * a sentence end, as `F.B.I. Director` does.
 */
import { type Rule, ex } from './types.js';

const SAID_AS_WORDS: Record<string, readonly string[]> = {
  // ICE: the US agency is said "ice". The rest are words written in capitals for emphasis.
  en: ['ICE', 'NOT', 'NO', 'YES', 'AND', 'BUT', 'THE', 'ALL', 'YOU', 'WE', 'HE', 'SHE', 'DID', 'CAN', 'ARE', 'WAS', 'NOW', 'NEW', 'TOO', 'SO', 'DO', 'GO', 'BE', 'MY', 'ME', 'OUR', 'OUT', 'ONE', 'TWO', 'BIG', 'HOW', 'WHY', 'YET'],
  de: ['UNO', 'DAX', 'TÜV', 'JA', 'NUR', 'UND', 'IST'],
  fr: ['ONU', 'ENA', 'OUI', 'NON', 'PAS'],
  // EFE: the agency is said "efe", the name of its middle letter.
  es: ['ONU', 'ETA', 'EFE', 'IVA', 'SÍ', 'NO', 'YA'],
};

/** How far to look for the words beside an acronym. */
const WINDOW = 80;
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
const VOWEL = /[AEIOUY]/;
const CAPITALS = /^\p{Lu}{2,}$/u;

function spelled(token: string, lang: string, index: number, text: string): string {
  if (ROMAN.test(token) || (SAID_AS_WORDS[lang] ?? []).includes(token)) return token;
  // Neighbours in the same phrase: a comma between acronyms (`SPD, ARD und ZDF`) ends the run.
  // (Within a window: a neighbour is a word, and slicing the whole text at every match of a long paragraph would be quadratic.)
  const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, index - WINDOW), index))?.[1] ?? '';
  const next = (/^\s+(\S+)/u.exec(text.slice(index + token.length, index + token.length + WINDOW))?.[1] ?? '').replace(/[^\p{L}]+$/u, '');
  if (CAPITALS.test(previous) || CAPITALS.test(next)) return token;
  const plain = token.normalize('NFD').replace(/\p{M}/gu, '');
  if (token.length > 3 && VOWEL.test(plain)) return token;
  return [...token].join('.');
}

export function acronymRule(lang: string, examples: Rule['examples']): Rule {
  return {
    examples,
    pattern: /(?<![\p{L}\p{N}.])\p{Lu}{2,}(?![\p{L}\p{N}]|\.\p{L})/gu,
    replace: (match, index, text) => spelled(match, lang, Number(index), text ?? ''),
    langs: [lang],
  };
}

export const ACRONYM_RULES: Rule[] = [
  acronymRule('en', [
    ex('en', 'NATO, NASA and UNESCO met the FBI, the BBC and the EU', 'NATO, NASA and UNESCO met the F.B.I, the B.B.C and the E.U'),
    ex('en', 'the WHO said; WHO WILL PAY; World War II; she did NOT', 'the W.H.O said; WHO WILL PAY; World War II; she did NOT'),
    ex('en', 'the NHS and the US. Then', 'the N.H.S and the U.S. Then'),
  ]),
  acronymRule('de', [ex('de', 'die NATO, die EU-Kommission, die SPD, ARD und ZDF, die UNO', 'die NATO, die E.U-Kommission, die S.P.D, A.R.D und Z.D.F, die UNO')]),
  acronymRule('fr', [ex('fr', "l'OTAN, l'ONU, l'UE, la SNCF et le FBI", "l'OTAN, l'ONU, l'U.E, la S.N.C.F et le F.B.I")]),
  acronymRule('es', [ex('es', 'la OTAN, la ONU, la UE, el PP y la OMS', 'la OTAN, la ONU, la U.E, el P.P y la O.M.S')]),
];

/** Symbols that engines read badly or not at all, and the dash between clauses. */
import { type Rule, ex } from './types.js';

export const SYMBOL_RULES: Rule[] = [
  // espeak says nothing for `©` in German and reads "símbolo de copyright" in Spanish; flite says nothing.
  { examples: [ex('en', '© Observer Media Group 2025', 'copyright Observer Media Group 2025')], pattern: /©/g, replace: 'copyright ', langs: ['en'] },
  {
    examples: [ex('de', '© dpa', 'Copyright dpa'), ex('fr', '© AFP', 'Copyright A.F.P'), ex('es', '© EFE', 'Copyright EFE'), ex('pl', '© PAP', 'Copyright PAP')],
    pattern: /©/g,
    replace: 'Copyright ',
    langs: '*',
  },
  { examples: [ex('en', 'Hallam & Reid', 'Hallam and Reid')], pattern: /\s&\s/g, replace: ' and ', langs: ['en'] },
  { examples: [ex('en', 'Vienna – Brussels', 'Vienna, Brussels')], pattern: /\s[–—]\s/g, replace: ', ', langs: '*' },
];

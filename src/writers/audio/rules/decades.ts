/**
 * Decades: espeak reads `1990s` as "nineteen hundred ninety z" and `1990er` as "eintausend
 * neunhundert neunziger". French `les années 1990` and Spanish `los años 90` are read right
 * already, and so are German `80er-Jahre` and `die 80er`: they get no rule.
 */
import { toCardinal as germanCardinal } from 'n2words/de-DE';
import { type Rule, ex } from './types.js';

const TENS: Record<string, string> = { '1': 'tens', '2': 'twenties', '3': 'thirties', '4': 'forties', '5': 'fifties', '6': 'sixties', '7': 'seventies', '8': 'eighties', '9': 'nineties' };
const CENTURY: Record<string, string> = { '16': 'sixteen', '17': 'seventeen', '18': 'eighteen', '19': 'nineteen', '20': 'twenty' };

/** `1990s` → `nineteen nineties`, `2000s` → `two thousands`, `’80s` → `eighties`. */
function englishDecade(century: string | undefined, tens: string): string {
  if (!century) return TENS[tens] ?? tens;
  if (tens === '0') return century === '20' ? 'two thousands' : `${CENTURY[century]} hundreds`;
  return `${CENTURY[century]} ${TENS[tens]}`;
}

/** `1990er` → `neunzehnhundertneunziger`, `2010er` → `zweitausendzehner`: years are said in hundreds before 2000. */
function germanDecade(year: number): string {
  const century = Math.floor(year / 100);
  const rest = year % 100;
  const words = year >= 2000 ? germanCardinal(year) : `${germanCardinal(century)}hundert${rest ? germanCardinal(rest) : ''}`;
  return `${words}er`;
}

export const DECADE_RULES: Rule[] = [
  {
    examples: [ex('en', 'in the 1990s, the 2000s and the ’80s', 'in the nineteen nineties, the two thousands and the eighties'), ex('en', "the '80s", 'the eighties')],
    pattern: /(?:\b(1[6-9]|20)(\d)0|['’](\d)0)s\b/g,
    replace: (_a, century, tens, short) => englishDecade(century, tens ?? short ?? ''),
    langs: ['en'],
  },
  {
    examples: [ex('de', 'in den 1990er Jahren, die 2010er-Jahre, die 80er-Jahre', 'in den neunzehnhundertneunziger Jahren, die zweitausendzehner-Jahre, die 80er-Jahre')],
    pattern: /(?<![\p{L}\p{N}])(1[1-9]|20)(\d)0er(?![\p{L}\p{N}])/gu,
    replace: (_a, century, tens) => germanDecade(Number(`${century}${tens}0`)),
    langs: ['de'],
  },
];

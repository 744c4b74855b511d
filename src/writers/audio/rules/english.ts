/** English money, percentages, dates and time zones, written the way English news writes them. */
import { type Rule, ex } from './types.js';

const SCALE: Record<string, string> = {
  k: 'thousand', m: 'million', mn: 'million', mln: 'million', million: 'million', bn: 'billion', b: 'billion',
  billion: 'billion', tn: 'trillion', trillion: 'trillion',
};
const CURRENCY: Record<string, [string, string]> = {
  '£': ['pound', 'pounds'], $: ['dollar', 'dollars'], '€': ['euro', 'euros'], '¥': ['yen', 'yen'], '₹': ['rupee', 'rupees'],
};
const MONTHS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August',
  sep: 'September', sept: 'September', oct: 'October', nov: 'November', dec: 'December',
};

/** `£240mn` → `240 million pounds`: engines say "pound two hundred and forty m n". */
function money(symbol: string, amount: string, scale = ''): string {
  const [one, many] = CURRENCY[symbol] ?? ['', ''];
  const words = scale ? SCALE[scale.toLowerCase()] : '';
  const unit = amount === '1' && !words ? one : many;
  return [amount, words, unit].filter(Boolean).join(' ');
}

export const ENGLISH_RULES: Rule[] = [
  {
    examples: [ex('en', 'It costs £240mn.', 'It costs 240 million pounds.'), ex('en', 'A $40,000 grant', 'A 40,000 dollars grant'), ex('en', '€3bn deal', '3 billion euros deal')],
    pattern: /([£$€¥₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(mn|mln|bn|tn|million|billion|trillion|m|b|k)\b)?/gi,
    replace: (_all, symbol, amount, scale) => money(symbol ?? '', amount ?? '', scale),
    langs: ['en'],
  },
  { examples: [ex('en', 'fell 7 per cent', 'fell 7 percent'), ex('en', 'rose 4.3%', 'rose 4.3 percent')], pattern: /(\d)\s?(?:%|per\s?cent\b)/gi, replace: '$1 percent', langs: ['en'] },
  { examples: [ex('en', 'at 17:08 BST', 'at 17:08 British Summer Time')], pattern: /\bBST\b/g, replace: 'British Summer Time', langs: ['en'] },
  {
    examples: [ex('en', '8 Jul 2025', '8 July 2025')],
    pattern: /\b(\d{1,2})\s(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s(\d{4})\b/g,
    replace: (_a, d, m, y) => `${d} ${MONTHS[(m ?? '').toLowerCase()]} ${y}`,
    langs: ['en'],
  },
  { examples: [ex('en', 'Nov 3', 'November 3')], pattern: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s(\d{1,2})\b/g, replace: (_a, m, d) => `${MONTHS[(m ?? '').toLowerCase()]} ${d}`, langs: ['en'] },
];

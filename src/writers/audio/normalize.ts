/**
 * Text → words a speech engine says well. Engines mangle currency, units and many
 * abbreviations ("£240mn" comes out as "pound two hundred and forty m n"); this
 * rewrites them first. Each rule has an example; the order matters (currency before
 * plain numbers).
 */

interface Rule {
  /** Example: `'£240mn' → '240 million pounds'`. */
  example: string;
  pattern: RegExp;
  replace: string | ((...groups: string[]) => string);
  /** Rules that produce no English words apply to every language. */
  anyLanguage?: boolean;
}

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

function money(symbol: string, amount: string, scale = ''): string {
  const [one, many] = CURRENCY[symbol] ?? ['', ''];
  const words = scale ? SCALE[scale.toLowerCase()] : '';
  const unit = amount === '1' && !words ? one : many;
  return [amount, words, unit].filter(Boolean).join(' ');
}

const RULES: Rule[] = [
  { example: '". . ." → "…"', pattern: /\s?\.\s\.\s\.(\s?)/g, replace: '…$1', anyLanguage: true },
  { example: '"£240mn" → "240 million pounds"', pattern: /([£$€¥₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(mn|mln|bn|tn|million|billion|trillion|m|b|k)\b)?/gi, replace: (_all, symbol, amount, scale) => money(symbol, amount, scale) },
  { example: '"7%" → "7 percent"; "7 per cent" → "7 percent"', pattern: /(\d)\s?(?:%|per\s?cent\b)/gi, replace: '$1 percent' },
  { example: '"44C" → "44 degrees Celsius"', pattern: /\b(\d+(?:\.\d+)?)\s?°?C\b/g, replace: '$1 degrees Celsius' },
  { example: '"70F" → "70 degrees Fahrenheit"', pattern: /\b(\d+(?:\.\d+)?)\s?°?F\b/g, replace: '$1 degrees Fahrenheit' },
  { example: '"3,000km" → "3,000 kilometres"', pattern: /\b(\d[\d,.]*)\s?km\b/g, replace: '$1 kilometres' },
  { example: '"17.08 BST" → "17:08 BST"', pattern: /\b([01]?\d|2[0-3])\.([0-5]\d)\s(?=(?:BST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|MEZ)\b)/g, replace: '$1:$2 ' },
  { example: '"BST" → "British Summer Time"', pattern: /\bBST\b/g, replace: 'British Summer Time' },
  { example: '"8 Jul 2025" → "8 July 2025"', pattern: /\b(\d{1,2})\s(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s(\d{4})\b/g, replace: (_a, d, m, y) => `${d} ${MONTHS[m.toLowerCase()]} ${y}` },
  { example: '"Nov 3" → "November 3"', pattern: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s(\d{1,2})\b/g, replace: (_a, m, d) => `${MONTHS[m.toLowerCase()]} ${d}` },
  { example: '"Dr Okafor" → "Doctor Okafor"', pattern: /\bDr\.?(?=\s\p{Lu})/gu, replace: 'Doctor' },
  { example: '"Gen Smith" → "General Smith"', pattern: /\bGen\.?(?=\s\p{Lu})/gu, replace: 'General' },
  { example: '"Prof" → "Professor"', pattern: /\bProf\.?(?=\s\p{Lu})/gu, replace: 'Professor' },
  { example: '"St Paul" → "Saint Paul"', pattern: /\bSt\.?(?=\s\p{Lu}\p{Ll})/gu, replace: 'Saint' },
  { example: '"US" → "U.S."', pattern: /\bUS\b/g, replace: 'U.S.' },
  { example: '"UK" → "U.K."', pattern: /\bUK\b/g, replace: 'U.K.' },
  { example: '"EU" → "E.U."', pattern: /\bEU\b/g, replace: 'E.U.' },
  { example: '"UN" → "U.N."', pattern: /\bUN\b/g, replace: 'U.N.' },
  { example: '"e.g." → "for example"', pattern: /\be\.g\.,?/g, replace: 'for example' },
  { example: '"i.e." → "that is"', pattern: /\bi\.e\.,?/g, replace: 'that is' },
  { example: '"©" → "copyright"', pattern: /©/g, replace: 'copyright ' },
  { example: '"&" → "and"', pattern: /\s&\s/g, replace: ' and ' },
  { example: '"A – B" (dash) → "A, B"', pattern: /\s[–—]\s/g, replace: ', ', anyLanguage: true },
  { example: 'URLs → "a link"', pattern: /\bhttps?:\/\/\S+/g, replace: 'a link' },
];

export const NORMALIZATION_EXAMPLES = RULES.map((r) => r.example);

/** English-language normalization; other languages get only the language-neutral rules. */
export function normalizeForSpeech(text: string, lang = 'en'): string {
  const english = lang.toLowerCase().startsWith('en');
  let out = text;
  for (const rule of RULES) {
    if (!english && !rule.anyLanguage) continue;
    out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

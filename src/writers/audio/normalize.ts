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
  /** A rule for these languages only (primary subtags), instead of English. */
  langs?: string[];
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

/** `1990s` → `nineteen nineties`, `2010s` → `twenty tens`: engines read the digits and then an "s". */
const TENS: Record<string, string> = { '1': 'tens', '2': 'twenties', '3': 'thirties', '4': 'forties', '5': 'fifties', '6': 'sixties', '7': 'seventies', '8': 'eighties', '9': 'nineties' };
const CENTURY: Record<string, string> = { '16': 'sixteen', '17': 'seventeen', '18': 'eighteen', '19': 'nineteen', '20': 'twenty' };
function decade(century: string | undefined, tens: string): string {
  if (!century) return TENS[tens] ?? tens;
  if (tens === '0') return century === '20' ? 'two thousands' : `${CENTURY[century]} hundreds`;
  return `${CENTURY[century]} ${TENS[tens]}`;
}

/** Units after a number, said in full: `320MW`, `5 kWh`, `70 mph`. */
const UNITS: Record<string, string> = {
  MW: 'megawatts', GW: 'gigawatts', kW: 'kilowatts', kWh: 'kilowatt hours', MWh: 'megawatt hours', GWh: 'gigawatt hours', TWh: 'terawatt hours',
  mph: 'miles an hour', 'km/h': 'kilometres an hour', kph: 'kilometres an hour', kg: 'kilograms', mg: 'milligrams', cm: 'centimetres', mm: 'millimetres',
  ml: 'millilitres', 'm²': 'square metres', 'km²': 'square kilometres', sq: 'square', ft: 'feet', GB: 'gigabytes', MB: 'megabytes', TB: 'terabytes',
};
const HONORIFICS: Record<string, string> = {
  Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', Lt: 'Lieutenant', Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain', Supt: 'Superintendent', Insp: 'Inspector', Rev: 'Reverend', Cllr: 'Councillor',
};

/** The domain of an address, without `www.`: what a listener can use. */
function domainOf(url: string): string {
  const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#\s]+)/i.exec(url)?.[1] ?? url;
  return host.replace(/[.,;:)]+$/, '');
}

/**
 * Two numbers joined by a hyphen or dash: a range, a span of years, a vote. Not inside a longer
 * run of numbers and separators (an ISO date `2025-11-03`, a telephone number, `9:00-10:00`).
 */
const RANGE = /(?<![\d.,/:-])(\d+(?:[.,]\d+)?)\s?[-–]\s?(\d+(?:[.,]\d+)?)(?![\d/:-]|[.,]\d)/g;

const RULES: Rule[] = [
  { example: '". . ." → "…"', pattern: /\s?\.\s\.\s\.(\s?)/g, replace: '…$1', anyLanguage: true },
  // Addresses first: their dots, slashes and digits are no sentence, unit or range.
  { example: '"see https://www.example.org/x now" → "see example.org now"', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)]/gi, replace: (url) => domainOf(url), anyLanguage: true },
  { example: '"Photograph: Jane Doe/Agency" → "Jane Doe, Agency"', pattern: /(\p{L})\s?\/\s?(?=\p{Lu})/gu, replace: '$1, ', anyLanguage: true },
  { example: '"3-4%" → "3 to 4 percent"; "2019-2021" → "2019 to 2021"; "won 72-25" → "won 72 to 25"', pattern: RANGE, replace: '$1 to $2' },
  { example: '"3-4 %" → "3 bis 4 %" (German)', pattern: RANGE, replace: '$1 bis $2', langs: ['de'] },
  { example: '"3-4 %" → "3 à 4 %" (French)', pattern: RANGE, replace: '$1 à $2', langs: ['fr'] },
  { example: '"3-4 %" → "3 a 4 %" (Spanish, Italian, Portuguese)', pattern: RANGE, replace: '$1 a $2', langs: ['es', 'it', 'pt'] },
  { example: '"14:30 Uhr" → "14 Uhr 30" (German: the engine says "Uhr" for the colon)', pattern: /\b([01]?\d|2[0-3])[:.]([0-5]\d)\s?Uhr\b/g, replace: (_a, h, m) => (m === '00' ? `${h} Uhr` : `${h} Uhr ${m}`), langs: ['de'] },
  { example: '"14h12" → "14 heures 12" (French)', pattern: /\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)\b/g, replace: '$1 heures $2', langs: ['fr'] },
  { example: '"©" → "Copyright" (German, French, Spanish, Italian, Dutch, Portuguese)', pattern: /©/g, replace: 'Copyright ', langs: ['de', 'fr', 'es', 'it', 'nl', 'pt'] },
  { example: '"£240mn" → "240 million pounds"', pattern: /([£$€¥₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(mn|mln|bn|tn|million|billion|trillion|m|b|k)\b)?/gi, replace: (_all, symbol, amount, scale) => money(symbol, amount, scale) },
  { example: '"£240mn" → "240 million pounds"', pattern: /([£$€¥₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(mn|mln|bn|tn|million|billion|trillion|m|b|k)\b)?/gi, replace: (_all, symbol, amount, scale) => money(symbol, amount, scale) },
  { example: '"7%" → "7 percent"; "7 per cent" → "7 percent"', pattern: /(\d)\s?(?:%|per\s?cent\b)/gi, replace: '$1 percent' },
  { example: '"44C" → "44 degrees Celsius"', pattern: /\b(\d+(?:\.\d+)?)\s?°?C\b/g, replace: '$1 degrees Celsius' },
  { example: '"70F" → "70 degrees Fahrenheit"', pattern: /\b(\d+(?:\.\d+)?)\s?°?F\b/g, replace: '$1 degrees Fahrenheit' },
  { example: '"3,000km" → "3,000 kilometres"', pattern: /\b(\d[\d,.]*)\s?km\b(?!\/|²)/g, replace: '$1 kilometres' },
  { example: '"320MW" → "320 megawatts"; "70 mph" → "70 miles an hour"', pattern: /\b(\d[\d,.]*)\s?(MW|GW|kW|kWh|MWh|GWh|TWh|mph|km\/h|kph|kg|mg|cm|mm|ml|m²|km²|GB|MB|TB)(?![\p{L}\d])/gu, replace: (_a, n, unit) => `${n} ${UNITS[unit] ?? unit}` },
  { example: '"the 1990s" → "the nineteen nineties"; "the \'80s" → "the eighties"', pattern: /(?:\b(1[6-9]|20)(\d)0|['’](\d)0)s\b/g, replace: (_a, century, tens, short) => decade(century, tens ?? short) },
  { example: '"10.30am" → "10:30 a.m."; "9pm" → "9 p.m."', pattern: /\b(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?m\b\.?/gi, replace: (_a, h, m, ap) => `${m ? `${h}:${m}` : h} ${ap.toLowerCase()}.m.` },
  { example: '"Sen. Ortiz" → "Senator Ortiz"; "Lt. Col." → "Lieutenant Colonel"', pattern: /\b(Sen|Rep|Gov|Lt|Col|Sgt|Capt|Supt|Insp|Rev|Cllr)\.?(?=\s\p{Lu})/gu, replace: (_a, h) => HONORIFICS[h] ?? h },
  { example: '"WHO" → "W.H.O." (the agency, not the word)', pattern: /(?<!\p{Lu}\s)\bWHO\b(?!\s\p{Lu}{2,})/gu, replace: 'W.H.O.' },
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
];

export const NORMALIZATION_EXAMPLES = RULES.map((r) => r.example);

/** English rules for English, a language's own rules for it, the language-neutral rules for every language. */
export function normalizeForSpeech(text: string, lang = 'en'): string {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let out = text;
  for (const rule of RULES) {
    const applies = rule.anyLanguage || (rule.langs ? rule.langs.includes(primary) : primary === 'en');
    if (!applies) continue;
    out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  }
  // (`the US.` became `the U.S..`: an abbreviation's full stop ends the sentence too.)
  return out.replace(/(?<=\p{Lu}\.)\.(?!\.)/gu, '').replace(/\s{2,}/g, ' ').trim();
}

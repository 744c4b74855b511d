/**
 * Units after a number, said in full in the article's language: espeak spells `MW`, `kWh`,
 * `km` letter by letter in German and Spanish ("320 em ve"), and reads `°C` as "Grad C".
 * A unit is a prefix (k, M, G, T, c, m, µ) and a base (W, Wh, m, g, l, Hz, V, B), or one of
 * a few of its own (km/h, m², °C …). A number is singular at 1 (French: below 2).
 */
import { type Rule, ex } from './types.js';

type Lang = 'en' | 'de' | 'fr' | 'es';
/** Singular and plural. */
type Forms = readonly [string, string];

const PREFIXES: Record<string, Record<Lang, string>> = {
  k: { en: 'kilo', de: 'Kilo', fr: 'kilo', es: 'kilo' },
  M: { en: 'mega', de: 'Mega', fr: 'méga', es: 'mega' },
  G: { en: 'giga', de: 'Giga', fr: 'giga', es: 'giga' },
  T: { en: 'tera', de: 'Tera', fr: 'téra', es: 'tera' },
  c: { en: 'centi', de: 'Zenti', fr: 'centi', es: 'centi' },
  m: { en: 'milli', de: 'Milli', fr: 'milli', es: 'mili' },
  µ: { en: 'micro', de: 'Mikro', fr: 'micro', es: 'micro' },
};

/** Bases, and the prefixes each takes (`m` alone is left out: `5m` is five million in English). */
const BASES: Record<string, { prefixes: string; alone: boolean; words: Record<Lang, Forms> }> = {
  W: { prefixes: 'kMGT', alone: true, words: { en: ['watt', 'watts'], de: ['Watt', 'Watt'], fr: ['watt', 'watts'], es: ['vatio', 'vatios'] } },
  Wh: { prefixes: 'kMGT', alone: true, words: { en: ['watt hour', 'watt hours'], de: ['Wattstunde', 'Wattstunden'], fr: ['wattheure', 'wattheures'], es: ['vatio hora', 'vatios hora'] } },
  m: { prefixes: 'kcmµ', alone: false, words: { en: ['metre', 'metres'], de: ['Meter', 'Meter'], fr: ['mètre', 'mètres'], es: ['metro', 'metros'] } },
  g: { prefixes: 'kmµ', alone: true, words: { en: ['gram', 'grams'], de: ['Gramm', 'Gramm'], fr: ['gramme', 'grammes'], es: ['gramo', 'gramos'] } },
  l: { prefixes: 'cm', alone: false, words: { en: ['litre', 'litres'], de: ['Liter', 'Liter'], fr: ['litre', 'litres'], es: ['litro', 'litros'] } },
  Hz: { prefixes: 'kMG', alone: true, words: { en: ['hertz', 'hertz'], de: ['Hertz', 'Hertz'], fr: ['hertz', 'hertz'], es: ['hercio', 'hercios'] } },
  V: { prefixes: 'k', alone: true, words: { en: ['volt', 'volts'], de: ['Volt', 'Volt'], fr: ['volt', 'volts'], es: ['voltio', 'voltios'] } },
  B: { prefixes: 'kMGT', alone: false, words: { en: ['byte', 'bytes'], de: ['Byte', 'Byte'], fr: ['octet', 'octets'], es: ['byte', 'bytes'] } },
};

/** Units of their own, and prefixed forms a language says differently from prefix + base. */
const OWN: Record<string, Partial<Record<Lang, Forms>>> = {
  'km/h': { en: ['kilometre an hour', 'kilometres an hour'], de: ['Kilometer pro Stunde', 'Kilometer pro Stunde'], fr: ['kilomètre heure', 'kilomètres heure'], es: ['kilómetro por hora', 'kilómetros por hora'] },
  kph: { en: ['kilometre an hour', 'kilometres an hour'] },
  mph: { en: ['mile an hour', 'miles an hour'] },
  'm²': { en: ['square metre', 'square metres'], de: ['Quadratmeter', 'Quadratmeter'], fr: ['mètre carré', 'mètres carrés'], es: ['metro cuadrado', 'metros cuadrados'] },
  'km²': { en: ['square kilometre', 'square kilometres'], de: ['Quadratkilometer', 'Quadratkilometer'], fr: ['kilomètre carré', 'kilomètres carrés'], es: ['kilómetro cuadrado', 'kilómetros cuadrados'] },
  'm³': { en: ['cubic metre', 'cubic metres'], de: ['Kubikmeter', 'Kubikmeter'], fr: ['mètre cube', 'mètres cubes'], es: ['metro cúbico', 'metros cúbicos'] },
  '°C': { en: ['degree Celsius', 'degrees Celsius'], de: ['Grad Celsius', 'Grad Celsius'], fr: ['degré Celsius', 'degrés Celsius'], es: ['grado Celsius', 'grados Celsius'] },
  '°F': { en: ['degree Fahrenheit', 'degrees Fahrenheit'], de: ['Grad Fahrenheit', 'Grad Fahrenheit'], fr: ['degré Fahrenheit', 'degrés Fahrenheit'], es: ['grado Fahrenheit', 'grados Fahrenheit'] },
  ha: { en: ['hectare', 'hectares'], de: ['Hektar', 'Hektar'], fr: ['hectare', 'hectares'], es: ['hectárea', 'hectáreas'] },
  // Spanish stresses the prefix of a metre: kilómetro, not kilometro.
  km: { es: ['kilómetro', 'kilómetros'] },
  cm: { es: ['centímetro', 'centímetros'] },
  mm: { es: ['milímetro', 'milímetros'] },
  // French writes bytes as octets: Go, Mo.
  ko: { fr: ['kilooctet', 'kilooctets'] },
  Mo: { fr: ['mégaoctet', 'mégaoctets'] },
  Go: { fr: ['gigaoctet', 'gigaoctets'] },
  To: { fr: ['téraoctet', 'téraoctets'] },
};

function unitWords(symbol: string, lang: Lang): Forms | undefined {
  const own = OWN[symbol]?.[lang];
  if (own) return own;
  for (const [base, { prefixes, alone, words }] of Object.entries(BASES)) {
    if (symbol === base) return alone ? words[lang] : undefined;
    const prefix = symbol.slice(0, symbol.length - base.length);
    if (symbol.endsWith(base) && prefix.length === 1 && prefixes.includes(prefix)) {
      const [one, many] = words[lang];
      const p = PREFIXES[prefix]?.[lang] ?? '';
      // German writes the compound as one word: Kilowatt, Megawattstunden.
      const join = (w: string) => (lang === 'de' ? `${p}${w.toLowerCase()}` : `${p}${w}`);
      return [join(one), join(many)];
    }
  }
  return undefined;
}

/** Every symbol some language has words for, longest first so `kWh` is not read as `kW` + `h`. */
const SYMBOLS = [
  ...Object.keys(OWN),
  ...Object.entries(BASES).flatMap(([base, { prefixes, alone }]) => [...(alone ? [base] : []), ...[...prefixes].map((p) => `${p}${base}`)]),
].sort((a, b) => b.length - a.length);
const escaped = SYMBOLS.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const UNIT = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d(?:[\\d.,]*\\d)?)\\s?(${escaped})(?![\\p{L}\\p{N}²³/])`, 'gu');

function singular(amount: string, lang: Lang): boolean {
  if (lang === 'fr') return Number(amount.replace(/\s/g, '').replace(',', '.')) < 2;
  return amount === '1';
}

function unitRule(lang: Lang, examples: Rule['examples']): Rule {
  return {
    examples,
    pattern: UNIT,
    replace: (match, amount, symbol) => {
      const words = unitWords(symbol ?? '', lang);
      if (!words || !amount) return match;
      return `${amount} ${singular(amount, lang) ? words[0] : words[1]}`;
    },
    langs: [lang],
  };
}

export const UNIT_RULES: Rule[] = [
  unitRule('en', [
    ex('en', 'a 320MW plant and 5 kWh at 70 mph', 'a 320 megawatts plant and 5 kilowatt hours at 70 miles an hour'),
    ex('en', '3,000km, 1 km, 20 °C and 2.5 GHz', '3,000 kilometres, 1 kilometre, 20 degrees Celsius and 2.5 gigahertz'),
  ]),
  unitRule('de', [ex('de', '320 MW, 5 kWh, 3,5 km, 20 °C, 1 kWh', '320 Megawatt, 5 Kilowattstunden, 3,5 Kilometer, 20 Grad Celsius, 1 Kilowattstunde')]),
  unitRule('fr', [ex('fr', '320 MW, 5 kWh, 3,5 km, 1,5 km, 20 °C', '320 mégawatts, 5 kilowattheures, 3,5 kilomètres, 1,5 kilomètre, 20 degrés Celsius')]),
  unitRule('es', [ex('es', '320 MW, 5 kWh, 3,5 km, 20 °C, 1 km', '320 megavatios, 5 kilovatios hora, 3,5 kilómetros, 20 grados Celsius, 1 kilómetro')]),
  // English news writes temperatures without the degree sign: `44C`.
  { examples: [ex('en', 'reached 43.6C on', 'reached 43.6 degrees Celsius on'), ex('en', '70F', '70 degrees Fahrenheit')], pattern: /\b(\d+(?:\.\d+)?)\s?([CF])\b/g, replace: (_a, n, scale) => `${n} degrees ${scale === 'C' ? 'Celsius' : 'Fahrenheit'}`, langs: ['en'] },
];

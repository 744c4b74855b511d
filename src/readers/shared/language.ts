/**
 * A small stop-word vote to guess the language of text that declares none.
 * Not a general language identifier: it picks among the languages news sites most
 * often publish in and falls back to English. `--lang` always wins.
 *
 * Example: `guessLanguage('Der Rat hat die Abstimmung über die Brücke verschoben')` → `'de'`.
 */
const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'on'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'sagte'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'dans', 'pour', 'pas', 'du'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'una', 'por', 'con', 'para', 'es', 'dijo'],
  it: ['il', 'che', 'di', 'della', 'gli', 'una', 'per', 'non', 'sono', 'è', 'del', 'nel'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'zijn', 'voor', 'met', 'ook', 'werd'],
  pt: ['o', 'os', 'que', 'não', 'uma', 'do', 'da', 'em', 'para', 'com', 'mais', 'disse'],
};

export function guessLanguage(text: string): string {
  const counts = new Map<string, number>();
  const sample = text.slice(0, 20_000).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  const lookup = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(STOP_WORDS)) {
    for (const word of list) lookup.set(word, [...(lookup.get(word) ?? []), lang]);
  }
  for (const word of words) {
    for (const lang of lookup.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  // Too little evidence: English is the least surprising default for a screen reader.
  return bestCount >= 3 ? best : 'en';
}

/**
 * Text → words a speech engine says well. Engines mangle currency, units and many
 * abbreviations ("£240mn" comes out as "pound two hundred and forty m n"); this rewrites them
 * first, in the article's language, and keeps a map from the rewritten text back to the
 * written one (./text-map.ts), so timings point at the page's words.
 *
 * The rules live in ./rules/, one module per topic; each rule names its languages and carries
 * examples that are its tests. The order matters: addresses before anything that reads dots
 * and slashes, ranges before units and percentages, units before acronyms (`MW`).
 */
import { ABBREVIATION_RULES } from './rules/abbreviations.js';
import { ACRONYM_RULES } from './rules/acronyms.js';
import { DECADE_RULES } from './rules/decades.js';
import { ENGLISH_RULES } from './rules/english.js';
import { ORDINAL_RULES } from './rules/ordinals.js';
import { RANGE_RULES } from './rules/ranges.js';
import { SYMBOL_RULES } from './rules/symbols.js';
import { TEXT_RULES } from './rules/text.js';
import { TIME_RULES } from './rules/times.js';
import type { Rule } from './rules/types.js';
import { UNIT_RULES } from './rules/units.js';
import { type MappedText, rewrite, unchanged } from './text-map.js';

export type { Example, Rule } from './rules/types.js';

/** Every rule, in the order they apply. */
export const NORMALIZATION_RULES: readonly Rule[] = [
  ...TEXT_RULES,
  ...RANGE_RULES,
  ...TIME_RULES,
  ...ENGLISH_RULES,
  ...ORDINAL_RULES,
  ...DECADE_RULES,
  ...UNIT_RULES,
  ...ABBREVIATION_RULES,
  ...ACRONYM_RULES,
  ...SYMBOL_RULES,
];

/** Runs of spaces become one, and none at the ends: rules leave them where they removed or added words. */
const SPACES: Rule = { examples: [], pattern: /\s{2,}|^\s+|\s+$/g, replace: (match, index, text) => (Number(index) === 0 || Number(index) + match.length === (text ?? '').length ? '' : ' '), langs: '*' };

function applies(rule: Rule, primary: string): boolean {
  return rule.langs === '*' || rule.langs.includes(primary);
}

/** The rules for the text's language (its primary subtag) and the language-neutral ones, with the map back to `input`'s source. */
export function normalizeMapped(input: MappedText, lang = 'en'): MappedText {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let out = input;
  for (const rule of NORMALIZATION_RULES) if (applies(rule, primary)) out = rewrite(out, rule.pattern, rule.replace);
  return rewrite(out, SPACES.pattern, SPACES.replace);
}

export function normalizeForSpeech(text: string, lang = 'en'): string {
  return normalizeMapped(unchanged(text), lang).text;
}

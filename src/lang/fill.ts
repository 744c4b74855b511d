/** Filling a record's templates and choosing its plural forms. */
import type { LanguageRecord, Plural, Template } from './types.js';

/**
 * `fill('Back to reference {n}', { n: '3a' })` → `Back to reference 3a`. A slot with no value
 * is a mistake in the calling writer, not in the text, so it throws rather than print `{n}`.
 */
export function fill(template: Template, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_all, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return String(value);
  });
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for the count `n` in the record's language, filled with `values` (and `n`). */
export function plural(words: LanguageRecord, forms: Plural, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  let rule = rules.get(words.code);
  if (!rule) {
    rule = new Intl.PluralRules(words.code);
    rules.set(words.code, rule);
  }
  return fill(forms[rule.select(n)] ?? forms.other, { n, ...values });
}

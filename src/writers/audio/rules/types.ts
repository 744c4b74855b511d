/** The shape of a normalization rule (../normalize.ts applies them). */
import type { Replacer } from '../text-map.js';

/** A rule's example is its test: normalizing `input` in `lang`, with every rule applied, gives `output`. */
export interface Example {
  input: string;
  output: string;
  /** BCP 47 language the example is read in. */
  lang: string;
}

export interface Rule {
  /** At least one; the rule's pattern must match each input. */
  examples: readonly Example[];
  /** A global regular expression. */
  pattern: RegExp;
  /** `$1`-style template, or a function called as `String.prototype.replace` calls one (match, groups, offset, text). */
  replace: string | Replacer;
  /** Primary language subtags the rule is for, or `*` for every language. */
  langs: readonly string[] | '*';
}

/** English, French, … : a rule's example in one line. */
export const ex = (lang: string, input: string, output: string): Example => ({ input, output, lang });

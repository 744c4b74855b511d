/**
 * Language and direction attributes. The page declares the article's language once; a passage
 * the tree marks as another language (`Paragraph.lang`, `Quote.lang`) says its own, so screen
 * readers switch voice and pronunciation rules for it.
 */
import { escapeHtml } from './escape.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

export function textDirection(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

/**
 * ` lang="fr"` for HTML, ` lang="fr" xml:lang="fr"` for XHTML (EPUB), plus `dir` when the
 * passage's language is written the other way from its surroundings (`around`). Empty for no language.
 * Example: `langAttributes('ar', { xhtml: true, around: 'ltr' })` → ` lang="ar" xml:lang="ar" dir="rtl"`.
 */
export function langAttributes(lang: string | undefined, options: { xhtml?: boolean; around?: 'ltr' | 'rtl' }): string {
  if (!lang) return '';
  const value = escapeHtml(lang);
  const dir = textDirection(lang);
  return ` lang="${value}"${options.xhtml ? ` xml:lang="${value}"` : ''}${dir !== (options.around ?? 'ltr') ? ` dir="${dir}"` : ''}`;
}

/**
 * The footer: what comes after the story: rights, reporting credits, corrections.
 *
 * - `[Copyright](#) The Eastwick Courier Ltd 2025. All rights reserved.` → rights
 * - `© 2025 Reuters`, `Copyright 2025 The Associated Press.`           → rights
 * - `Reporting by Jane Doe; Editing by John Roe`                        → credit
 * - `Associated Press writer Kevin Freking contributed to this report.` → credit
 * - `Correction: an earlier version of this article …`                 → correction
 */
export type FooterKind = 'rights' | 'credit' | 'correction';

const RIGHTS = [
  /^\[?(?:©|\(c\)|copyright)\]?(?:\([^)]*\))?(?:\s|$|\d)/i,
  /\ball rights reserved\b/i,
  /^(?:tous droits réservés|alle rechte vorbehalten|todos los derechos reservados)/i,
];
const CREDIT = [
  /^(?:additional\s+)?(?:reporting|writing|editing|reported|written|edited|compiled|research|graphics|photography|fact-checking|production)(?:\s+and\s+\w+)?\s+(?:by|from)\b/i,
  /^our standards:/i,
  /\bcontributed (?:reporting )?(?:to|for) this (?:report|story|article)\.?$/i,
  /^\p{Lu}[\p{L} .'’-]{2,80} contributed reporting\b.{0,120}$/u,
  /^(?:mitarbeit|redaktion|avec)\s*:/i,
];
const CORRECTION = [
  /^(?:correction|clarification|editor['’]s note)s?\s*[:.–—-]/i,
  /^this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b/i,
];

export function matchFooter(text: string): FooterKind | undefined {
  if (text.length > 600) return undefined;
  if (RIGHTS.some((p) => p.test(text))) return 'rights';
  if (CREDIT.some((p) => p.test(text))) return 'credit';
  if (CORRECTION.some((p) => p.test(text))) return 'correction';
  return undefined;
}

/** A horizontal rule line: `---`, `***`, `___`, `* * *`. */
export function isRule(text: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,}|(?:\*\s){2,}\*|—{2,})$/.test(text);
}

/**
 * The publisher named in a rights line:
 * `Copyright The Eastwick Courier Ltd 2025. All rights reserved.` → `The Eastwick Courier Ltd`;
 * `© 2025 Reuters` → `Reuters`.
 */
export function publisherFromRights(rights: string): string | undefined {
  const m = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.+?)(?:,?\s*\d{4})?\s*(?:[.,;]|$)/i.exec(rights.trim());
  const name = m?.[1]?.trim();
  return name && name.split(/\s+/).length <= 8 && !/all rights reserved/i.test(name) ? name : undefined;
}

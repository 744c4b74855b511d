/**
 * Image captions and their credits, in the forms news sites use:
 *
 * - `… beside the northern pier © Alamy`            → credit `Alamy`
 * - `… at the station. Photograph: Jo Bloggs/PA`     → credit `Jo Bloggs/PA`
 * - `… in Kyiv. Photo: AP`, `Credit: …`, `Foto: …`   → credit after the colon
 * - `President speaks in Ohio REUTERS/Kevin Lamarque` → credit `REUTERS/Kevin Lamarque`
 * - `… (AP Photo/Jane Doe)`, `… AFP via Getty Images` → credit as written
 *
 * Some sites (the BBC) split it over lines: `Image source, Getty Images`, then
 * `Image caption,`, then the caption itself.
 */
export interface CaptionMatch {
  caption: string;
  credit: string;
  /** The word that introduced the credit (`Photograph`, `Foto`), kept so no word is lost. */
  label?: string;
  rule: string;
}

const FORMS: { rule: string; pattern: RegExp }[] = [
  { rule: 'caption:copyright-sign', pattern: /^(.*?)\s*(?:©|\(c\))\s*([^©]{1,80}?)\s*$/iu },
  {
    rule: 'caption:credit-label',
    pattern:
      /^(.*?)\s*\b(Photograph|Photographs|Photo|Photos|Picture|Image|Illustration|Credit|Photo credit|Foto|Bild|Crédit photo)\s*:\s*([^:]{1,80}?)\s*$/u,
  },
  { rule: 'caption:agency-slash', pattern: /^(.+?)\s+(\p{Lu}{2,}(?:\s\p{Lu}{2,})*\/\p{Lu}[\p{L} .'’-]{1,60})$/u },
  { rule: 'caption:parenthesized', pattern: /^(.+?)\s*\(((?:AP|AFP|Reuters|EPA|PA) Photo\/[^)]{1,60}|Getty Images|[^()]{1,40} via Getty Images)\)\s*$/u },
  { rule: 'caption:via-agency', pattern: /^(.+?)\s+((?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*\/\p{Lu}\p{L}* via (?:Getty Images|AFP|Reuters|AP)|\p{Lu}{2,} via (?:Getty Images|AFP|Reuters|AP))$/u },
];

export function matchCaption(text: string): CaptionMatch | undefined {
  if (text.length > 600) return undefined;
  for (const { rule, pattern } of FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const labelled = m.length > 3;
    const caption = (m[1] ?? '').trim();
    const credit = (m[labelled ? 3 : 2] ?? '').trim().replace(/[.;,]$/, '');
    if (!credit || credit.split(/\s+/).length > 8) continue;
    return labelled ? { caption, credit, rule, label: m[2] as string } : { caption, credit, rule };
  }
  return undefined;
}

/** `Image source, Getty Images` → credit `Getty Images`, label `Image source`: a credit on a line of its own. */
export function matchCreditLine(text: string): { credit: string; label: string } | undefined {
  const m = /^(Image source|Picture source|Image credit|Bildquelle|Source de l['’]image)\s*[,:]\s*(.{1,80})$/i.exec(text);
  return m?.[1] && m[2] ? { label: m[1], credit: m[2].trim() } : undefined;
}

/** `Image caption,`: the next line is a caption. */
export function isCaptionLabel(text: string): boolean {
  return /^(?:Image caption|Caption|Bildunterschrift|Légende)\s*[,:]?$/i.test(text);
}

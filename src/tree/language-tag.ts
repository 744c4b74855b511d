/**
 * Language tags from people (`--lang`, front matter): `en_GB`, `EN-gb`, `pt-br` → the canonical
 * BCP 47 form (`en-GB`, `pt-BR`), by the runtime's own canonicalizer (`Intl.getCanonicalLocales`,
 * maintained with the ECMA-402 standard). `undefined` for anything that is not a tag.
 */
export function normalizeLanguageTag(value: string): string | undefined {
  const candidate = value.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(candidate)) return undefined;
  try {
    return Intl.getCanonicalLocales(candidate)[0];
  } catch {
    return undefined;
  }
}

/**
 * Which link targets may become links. Only absolute http(s) and mailto URLs:
 * placeholders (`#`, empty) carry no destination, and every other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:`) could run script or leak local files.
 *
 * Example: `safeLinkUrl('https://example.org/gazette')` → the URL;
 * `safeLinkUrl('#')` → undefined; `safeLinkUrl(' JaVa\tscript:alert(1)')` → undefined.
 */
export function safeLinkUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  // Browsers ignore control characters and whitespace inside a scheme; so do we, before judging it.
  const url = raw.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!/^(https?:\/\/[^/?#]+|mailto:[^@\s]+@)/i.test(url)) return undefined;
  try {
    return new URL(url).href === '' ? undefined : url;
  } catch {
    return undefined;
  }
}

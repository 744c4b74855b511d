/**
 * Wire-service datelines at the start of the first paragraph:
 * `LONDON, Nov 3 (Reuters) - …`, `WASHINGTON (AP) — …`, `PARIS, 3 novembre (AFP) - …`.
 * The text stays in the paragraph (it is part of the story as filed); the place, date
 * and agency are recognized so the byline can carry the date when nothing else does.
 */
export interface WireDateline {
  place: string;
  date?: string;
  agency: string;
}

const WIRE = /^(\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}\s.]{2,30})?)(?:,\s+((?:\p{L}{3,9}\.?\s+\d{1,2})|(?:\d{1,2}\.?\s+\p{L}{3,9}\.?)))?\s+\(([\p{L}\s/&.-]{2,30})\)\s*[-–—]\s*/u;

/**
 * `Dibrugarh (Assam) [India], November 26 (ANI): …`: Indian agencies write the town as it is spelt,
 * its state in brackets and the country in square ones, then the date, the agency and a colon.
 */
const INDIAN_WIRE = /^(\p{Lu}[\p{L}.'’ -]{1,30}?)(?:\s*\([\p{L} ]{2,30}\))?(?:\s*\[[\p{L} ]{2,30}\])?,\s+((?:\p{L}{3,9}\.?\s+\d{1,2})|(?:\d{1,2}\s+\p{L}{3,9}\.?))\s+\((\p{Lu}[\p{L}\s/&.-]{1,29})\)\s*:\s*/u;

export function matchWireDateline(text: string): WireDateline | undefined {
  const m = WIRE.exec(text) ?? INDIAN_WIRE.exec(text);
  if (!m?.[1] || !m[3]) return undefined;
  const dateline: WireDateline = { place: m[1].trim(), agency: m[3].trim() };
  if (m[2]) dateline.date = m[2].trim();
  return dateline;
}

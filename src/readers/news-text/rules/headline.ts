/**
 * The top of the page: kicker, headline, standfirst.
 *
 * - kicker: a section label of at most four words above the headline (`Cities`, `World news`);
 * - headline: a line of at most 25 words that is not a finished sentence;
 *   (`Port council delays vote on harbour bridge`);
 * - standfirst: the summary line under the headline, before the byline or caption.
 */
import { endsSentence, wordCount } from '../units.js';

export function isKickerLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= 4 && text.length <= 32 && !endsSentence(text) && !/^\d/.test(text);
}

export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 25 || text.length > 220) return false;
  // A headline may ask or exclaim, or end in a quotation, but is not a full-stop sentence.
  return !/[.;,:]$/.test(text);
}

export function isStandfirstLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && words <= 70;
}

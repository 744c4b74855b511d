import type { Browser } from 'playwright-core';

export interface FoliatePlay {
  /** The overlays' hrefs, in spine order. */
  overlays: string[];
  /** Every `par`'s `text` target, in book order, as foliate-js names them (`OEBPS/file.xhtml#id`). */
  expected: string[];
  /** The targets foliate-js's player highlighted, in order. */
  highlighted: string[];
  /** The player's error events. */
  errors: string[];
  /** Page errors, console errors and warnings, and requests that left the page. */
  events: string[];
  /** The book's media metadata as foliate-js read it. */
  media: { duration?: number; narrator?: unknown };
}

export function playInFoliate(browser: Browser, epub: Uint8Array, foliate: string, rate: number): Promise<FoliatePlay>;

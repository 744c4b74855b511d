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

export interface FoliateOpen {
  title?: unknown;
  language?: unknown;
  /** The spine's documents as foliate-js loaded them: parsed as XHTML without error, and how much text each holds. */
  documents: { id: string; linear: boolean; parseError: boolean; textLength: number }[];
  /** The table of contents as foliate-js reads it. */
  toc: FoliateTocItem[];
  /** Page errors, console errors and warnings, and requests that left the page. */
  events: string[];
}
export interface FoliateTocItem {
  label: string;
  subitems: FoliateTocItem[];
}

export function openInFoliate(browser: Browser, epub: Uint8Array, foliate: string): Promise<FoliateOpen>;

/**
 * Nepal's calendar, Bikram Sambat, as Nepali papers date their stories (`मंसिर १०, २०८३` → 26 November
 * 2026). Its months have 29 to 32 days, fixed year by year by the calendar committee rather than by a
 * rule, so the days come from a maintained table: `nepali-date-converter` (MIT), which holds the
 * years 2000 to 2090 BS (1943 to 2034). This module is its one adapter.
 */
import converter from 'nepali-date-converter';

interface NepaliDate {
  getAD(): { year: number; month: number; date: number };
  getBS(): { year: number; month: number; date: number };
}
type NepaliDateClass = new (year: number, monthIndex: number, day: number) => NepaliDate;

// (The package is CommonJS built from ES modules: its class is the `default` of what Node hands over.)
const NepaliDateOf = ((converter as unknown as { default?: NepaliDateClass }).default ?? converter) as unknown as NepaliDateClass;

/** Years the table holds. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2090;

/**
 * The Gregorian day of a Bikram Sambat date (month 1 is Baisakh), or null when the table does not
 * hold the year or the month has no such day (the package would roll `मंसिर ३२` over into the next month).
 */
export function bikramSambatDate(day: number, month: number, year: number): { day: number; month: number; year: number } | null {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 32) return null;
  try {
    const date = new NepaliDateOf(year, month - 1, day);
    const bs = date.getBS();
    if (bs.year !== year || bs.month !== month - 1 || bs.date !== day) return null;
    const ad = date.getAD();
    return { day: ad.date, month: ad.month + 1, year: ad.year };
  } catch {
    return null;
  }
}

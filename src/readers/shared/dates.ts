/**
 * Datelines as news sites write them, and the ISO 8601 date they stand for. The only module
 * that imports chrono-node: chrono finds date expressions and their parts in each language;
 * this module adds what news pages need on top (labels, relative forms in more languages,
 * day-first or month-first numbers, US zones by season, text copied twice) and decides
 * which date is the publication and which the update.
 *
 * - `Published Nov. 3, 2025, 9:12 a.m. ET Updated Nov. 3, 2025, 11:40 a.m. ET` →
 *   published `2025-11-03T09:12-05:00`, updated `2025-11-03T11:40-05:00`;
 * - `Publié le 03 novembre 2025 à 14h12, modifié à 15h30` → updated the same day at 15:30;
 * - `Madrid - 03 nov 2025 - 14:12 CET` → `2025-11-03T14:12+01:00`, rest `Madrid`;
 * - `11/03/2025` is 3 November in `en`/`en-US`, 11 March in `en-GB` and every other language;
 *   `13/11/2025` and `11/13/2025` can only be read one way;
 * - `3 hours ago`, `hier`, `Atualizado há 2 horas`, `3時間前` resolve only against a reference
 *   date (`--date`, or an absolute date found in the input).
 * Nothing here reads the clock: the same input always gives the same date.
 */
import { createRequire } from 'node:module';
import type { Parser, ParsingContext, ParsedResult } from 'chrono-node';
import type { Dateline } from '../../tree/types.js';
import { bikramSambatDate } from './bikram-sambat.js';
import { anyOf } from './patterns.js';
import {
  DAY_WORDS,
  EU_ZONES,
  FIXED_ZONES,
  LABEL_LINK,
  CUT_MONTH_WORD,
  MONTH_WORD,
  monthNumber,
  SOLAR_HIJRI_MONTHS,
  BIKRAM_SAMBAT_MONTHS,
  ETHIOPIAN_MONTHS,
  PUBLISHED_LABEL,
  RELATIVE,
  TIME_LINK,
  UNITS,
  UPDATED_LABEL,
  US_ZONES,
  WEEKDAY_WORD,
  ZONE_WORD,
} from './date-words.js';

/** A reference point for relative dates. */
export interface ReferenceDate {
  /** Milliseconds since the epoch (UTC). */
  epochMs: number;
  hasTime: boolean;
  /** Offset written like `+01:00` or `Z`, used to print resolved times. */
  zone: string;
}

/** What one line says about when the article was published and updated. */
export interface DatelineReading {
  published?: Dateline;
  updated?: Dateline;
  /**
   * The line with every date expression and its label (`Published`, `Updated:`, `modifié à`,
   * `Atualizado`, `Aktualisiert am`, `|`, `·`, `-`) removed and trimmed; '' when the line is only dates.
   */
  rest: string;
  /** Fraction of the line's characters that are date expressions and their labels (0..1). */
  coverage: number;
}

export interface DatelineOptions {
  /** Resolves relative forms (`3 hours ago`) and dates without a year (`Nov 3`). */
  reference?: ReferenceDate | undefined;
  /** BCP 47 tag of the page: picks the parser tried first and the order of `11/03/2025`. */
  lang?: string | undefined;
}

/** Parses `--date` values: `2025-11-03`, `2025-11-03T12:00Z`, `2025-11-03T12:00:00+01:00`. */
export function parseReferenceDate(value: string): ReferenceDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const offsetMinutes = zoneMinutes(zone ?? 'Z');
  const epochMs =
    Date.UTC(year, month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) - offsetMinutes * 60_000;
  return { epochMs, hasTime: h !== undefined, zone: zone ?? 'Z' };
}

/**
 * Reads the dates in one line: `By Jane Doe | November 3, 2025` → published `2025-11-03`, rest
 * `By Jane Doe`. `undefined` when the line holds no date expression (weekday names alone, bare
 * years and numbers are not dates).
 */
export function readDateline(line: string, options: DatelineOptions = {}): DatelineReading | undefined {
  const scan = scanLine(line, options);
  if (!scan) return undefined;
  const reading: DatelineReading = { rest: scan.rest, coverage: scan.coverage };
  if (scan.published) reading.published = scan.published;
  if (scan.updated) reading.updated = scan.updated;
  return reading;
}

/** Recognizes a whole string as a dateline (labels allowed: `Updated 2 hours ago`). */
export function parseDateline(text: string, reference?: ReferenceDate, lang?: string): Dateline | undefined {
  const trimmed = text.trim();
  const scan = scanLine(trimmed, { reference, lang });
  const date = scan && scan.rest === '' ? (scan.published ?? scan.updated) : undefined;
  if (date) return date.iso ? { text: trimmed, iso: date.iso } : { text: trimmed };
  // Shaped like a date but not one (`31 February 2025`): a dateline without a date.
  if (IMPOSSIBLE_DATE.test(trimmed)) return { text: trimmed };
  return undefined;
}

/** Finds a dateline at the end of a line (a byline usually ends with one). */
export function splitTrailingDateline(
  text: string,
  reference?: ReferenceDate,
  lang?: string,
): { rest: string; dateline: Dateline } | undefined {
  const trimmed = text.trim();
  const scan = scanLine(trimmed, { reference, lang });
  const date = scan?.published ?? scan?.updated;
  if (!scan || !date || !scan.trailing) return undefined;
  const written = scan.text.slice(scan.firstStart).trim();
  return { rest: scan.rest, dateline: date.iso ? { text: written, iso: date.iso } : { text: written } };
}

/** An absolute date anywhere in the text (first lines first), to anchor relative datelines. */
export function findAbsoluteDate(text: string): ReferenceDate | undefined {
  for (const line of text.split('\n')) {
    const scan = scanLine(line, {});
    const iso = scan?.absolute;
    if (iso) return parseReferenceDate(iso);
  }
  return undefined;
}

/** `Updated`, `Mis à jour le`: a label alone that announces the date of the last change. */
export function isUpdatedLabel(text: string): boolean {
  return UPDATED_ALONE.test(text.trim());
}

/** A dateline label on a line of its own, the date on the next: `Published` / `4 November 2025`. */
export function isDatelineLabel(text: string): boolean {
  return LABEL_ALONE.test(text.trim());
}

// ─── Patterns ──────────────────────────────────────────────────────────────────────────────

const LATIN_BEFORE = '(?<![\\p{Script=Latin}\\d])';
/** Also not `Today’s`: a possessive is a word, not a date. */
const LATIN_AFTER = "(?![\\p{Script=Latin}\\d'’])";
const LANGS = Object.keys(RELATIVE);
const AGO_ANY = LANGS.map((l) => RELATIVE[l]?.ago).join('|');
const DAYS_ANY = LANGS.map((l) => RELATIVE[l]?.days).join('|');
const CLOCK = '(\\d{1,2})\\s*[:.h]\\s*(\\d{2})(?:\\s*([ap])\\.?\\s*m\\.?)?(?:\\s*(?:Uhr|h))?';
/** `yesterday at 14:12`, `hier à 14h12`, `ontem às 14h12`. */
const DAY_TIME = `(?:\\s*,?\\s*(?:${TIME_LINK}\\s*)?${CLOCK})?`;

const CLOCK_AT_END = new RegExp(`${CLOCK}$`, 'iu');
/** `4:12 pm today`: the time first, then the day word. */
const CLOCK_BEFORE_DAY_WORD = new RegExp(`^(\\d{1,2}\\s*[:.h]\\s*\\d{2}(?:\\s*[ap]\\.?\\s*m\\.?)?(?:\\s*(?:Uhr|h))?)\\s*,?\\s*((?:${DAYS_ANY}))$`, 'iu');
/** A relative expression, for chrono (every language). */
const RELATIVE_FIND = new RegExp(`${LATIN_BEFORE}(?:(?:${AGO_ANY})|(?:${DAYS_ANY})${DAY_TIME})${LATIN_AFTER}`, 'iu');
/** The same, per language and anchored, to read a found expression. */
const RELATIVE_READ = LANGS.map((lang) => ({
  lang,
  ago: new RegExp(`^(?:${RELATIVE[lang]?.ago})$`, 'iu'),
  days: new RegExp(`^(${RELATIVE[lang]?.days})(.*)$`, 'iu'),
}));

/** `2026 11 26` (the year first, spaced) and `26 ноем. 2026` (a month cut short): dates the signal and the anchor both know. */
const SPACED_OR_CUT_DATE = `\\d{4} \\d{1,2} \\d{1,2}(?!\\d)|\\d{1,2}\\.?\\s+${CUT_MONTH_WORD}\\s*\\d{4}`;
/**
 * Cheap tests run before chrono: a line without any of these holds no dateline. (A list, not one
 * pattern: see `patterns.ts`.)
 */
const DATE_SIGNAL = [
  `\\d{1,4}[./|-]\\s?\\d{1,2}[./|-]\\s?\\d{2,4}|${SPACED_OR_CUT_DATE}|\\d\\s*[年月]\\s*\\d`,
  `${LATIN_BEFORE}\\d{1,2}(?:\\.|º|er|st|nd|rd|th)?\\s*(?:de\\s+|ta['’]\\s+|ב-?|[.\\-/]\\s*)?${MONTH_WORD}${LATIN_AFTER}`,
  `${LATIN_BEFORE}${MONTH_WORD}\\.?\\s+\\d{1,2}(?!\\d)`,
  AGO_ANY,
];
// (`Uppdaterad 16.20`, `Opdateret kl. 16.20`: a time with a stop after a word, as the Nordic languages write it.)
const DIGIT_SIGNAL = anyOf([...DATE_SIGNAL, '\\d{1,2}\\s*[:h時]\\s*\\d\\d|\\d\\s*[ap]\\.?m\\b|\\p{L}{2,}\\.?\\s+\\d{1,2}\\.\\d\\d(?![\\d.,])'], 'iu');
const WORD_SIGNAL = new RegExp(`${LATIN_BEFORE}(?:${DAYS_ANY}|${AGO_ANY})${LATIN_AFTER}`, 'iu');
/** What makes it worth asking another language's parser: a date, not a time alone. */
const STRONG_SIGNAL = anyOf(DATE_SIGNAL, 'iu');
const DAYS_FIND = new Map(LANGS.map((lang) => [lang, new RegExp(`${LATIN_BEFORE}(?:${RELATIVE[lang]?.days})${LATIN_AFTER}`, 'iu')]));

/** Something that can only be part of a date: a month name, or numbers joined like a date (`11/26 21:05` only with its time). */
const DATE_ANCHOR = new RegExp(`${LATIN_BEFORE}${MONTH_WORD}${LATIN_AFTER}|\\d\\s*[./|\\-]\\s*\\d{1,2}\\s*[./|\\-]\\s*\\d|${SPACED_OR_CUT_DATE}|\\d\\.\\d{1,2}\\.(?!\\d)|(?<![\\d./-])\\d{1,2}\\/\\d{1,2}(?![\\d/])\\s*,?\\s*\\d{1,2}:\\d{2}|\\d\\s*[年月日]`, 'iu');
const TIME_ANCHOR = /\d\s*[:.h時]\s*\d\d|\d\s*[ap]\.?\s*m\b|\d\s*時/i;

const SEPARATOR = '[\\s|·•,;:–—/\\-]';
const SEPARATORS_ONLY = new RegExp(`^${SEPARATOR}*$`, 'u');
/** Separators and little words only (`Le 3 novembre`, `, on `): part of the dateline. */
const LINKS_ONLY = new RegExp(`^(?:${SEPARATOR}|(?<!\\p{L})${LABEL_LINK}(?!\\p{L}))*$`, 'iu');
/** A little word left at the end of the text before a date: `By Jane Doe on`. */
const TRAILING_LINK = new RegExp(`\\s+${LABEL_LINK}$`, 'iu');
/** Japanese writes the label after the date: `2025/11/03 14:12 更新`. */
const LABEL_AFTER = /^\s*[（(]?(更新|公開|配信|掲載)(?:日時?)?[）)]?/u;
/** A label (and its little words) at the end of the text before a date. */
const LABEL_BEFORE = new RegExp(
  `(?:^|[\\s|·•,;(\\[–—-])(?:(${PUBLISHED_LABEL})|(${UPDATED_LABEL}))(?:\\s+on)?\\s*[:：/,–—-]?\\s*(?:${LABEL_LINK}(?:\\s+|(?=[:：])))?[:：]?\\s*$`,
  'iu',
);
const UPDATED_ALONE = new RegExp(`^${UPDATED_LABEL}(?:\\s+${LABEL_LINK})?\\s*[:：]?$`, 'iu');
const LABEL_ALONE = new RegExp(`^(?:${PUBLISHED_LABEL}|${UPDATED_LABEL})(?:\\s+${LABEL_LINK})?\\s*[:：]?$`, 'iu');
/** Words chrono keeps at the start of a date that belong to the label: `On 3 Nov`, `il 3 novembre`, `à 15h30`. */
const LEADING_LINK = new RegExp(`^(?:${LABEL_LINK}|${TIME_LINK})\\s+`, 'iu');
/** What follows a leading link word when it belongs to the label: a number or a weekday. */
const LINKED_DATE = new RegExp(`^(?:\\d|${WEEKDAY_WORD}${LATIN_AFTER})`, 'iu');
/** Between a date and its time: `, `, ` at `, ` - `, ` | `. */
// (`2025. november 26., szerda 11:40`: Hungarian names the weekday between the date and the time.)
// (`12.01.2026. u 07:30`: Croatian, Serbian and Slovene write a full stop after the year.)
const DATE_TIME_GAP = new RegExp(`^\\.?(?:\\s*[ap]\\.?\\s?m\\.?(?![\\p{L}]))?[\\s,|·•–—/-]*(?:${WEEKDAY_WORD}\\.?[\\s,]*)?(?:${TIME_LINK}\\s*)?[\\s,:|·•–—/-]*$`, 'iu');
/** After a date with a time: `Uhr`, a zone name. */
const UHR_AFTER = /^\s*(?:Uhr|hrs|horas|uur|น\.)(?![\p{L}])/iu;
const ZONE_AFTER = new RegExp(`^\\s*,?\\s*\\(?(${ZONE_WORD})\\)?${LATIN_AFTER}`, 'iu');
/** The zone written after a time inside a date: `9:12 AM ET, Mon November 3`, `14:12 Uhr MEZ`. */
const ZONE_IN_SPAN = new RegExp(
  `(?<=\\d{1,2}\\s*[:.h時]\\s*\\d{2}(?:\\s*[ap]\\.?\\s*m\\.?)?(?:\\s*Uhr)?|\\d\\s*[ap]\\.?\\s*m\\.?)\\s*,?\\s*\\(?(${ZONE_WORD}|(?![ap]\\.?m\\b|uhr\\b)[a-z]{2,5})\\)?(?![\\p{Script=Latin}\\d]|\\s*[+−-]\\s*\\d)`,
  'iu',
);
/** A weekday as Chinese and Korean name it after a date: `星期四`, `週四`, `목요일`, `목`. */
const CJK_WEEKDAY = '(?:(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]|[월화수목금토일](?:요일)?)';
/** A weekday after a date in Chinese or Korean: `星期四`, `(週四)`, `목요일`, `(목)`. */
const WEEKDAY_AFTER = new RegExp(`^\\s*[（(]?${CJK_WEEKDAY}[）)]?(?![\\p{L}])`, 'u');
/** The same weekday between a date and its time, which `mask` blanks so chrono reads the two as one. */
const CJK_WEEKDAY_BEFORE_TIME = new RegExp(`(?<=[\\d日]\\s*)[（(]?${CJK_WEEKDAY}[）)]?(?=\\s*\\d{1,2}:\\d{2})`, 'gu');
/** A weekday just before a date: `Mon 03.11.2025`, `Tuesday, `, `วันพฤหัสบดี ที่` (Thai, "Thursday the"). */
const WEEKDAY_BEFORE = new RegExp(`${LATIN_BEFORE}\\(?${WEEKDAY_WORD}\\.?\\)?(?:,|\\s+[|·•]|\\s*ที่)?\\s*$`, 'iu');
const IMPOSSIBLE_DATE = anyOf(
  [`^(?:${PUBLISHED_LABEL}\\s*:?\\s*)?\\d{1,2}\\.?\\s+${MONTH_WORD}\\.?,?\\s+\\d{4}$`, `^(?:${PUBLISHED_LABEL}\\s*:?\\s*)?${MONTH_WORD}\\.?\\s+\\d{1,2},?\\s+\\d{4}$`],
  'iu',
);

// ─── chrono, with the parsers news pages need ──────────────────────────────────────────────

type Locale = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'sv' | 'ja';
type ChronoLocale = typeof import('chrono-node/en');
type ChronoInstance = ChronoLocale['casual'];
const CHRONO_LOCALES: ReadonlySet<string> = new Set<Locale>(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'ja']);
/** Loaded on first use, one language at a time: most pages need one, and start-up stays short. */
const requireChrono = createRequire(import.meta.url);
const LOCALE_ORDER: readonly Locale[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'ja'];
const FALLBACK_INSTANT = Date.UTC(2000, 0, 1, 12);

const NUMERIC_DATE = /(?<![\d./|-])(?:(\d{1,2})([./|-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})|(\d{4})([./-] ?| (?=\d{1,2} \d{1,2}(?!\d)))(\d{1,2})\6(\d{1,2}))(?!\d|[./:h]\d)/;
/**
 * `03.11.2025`, `11/03/2025`, `2025/11/03`: chrono's slash parser replaced by the rule above; also
 * `26|11|2026` (cells of a date bar), `2026 11 26` (the year first, spaced, as Lithuanian sites print it)
 * and `2026. 11. 26.` (Hungarian's year first, each number with its stop and a space).
 */
function numericDateParser(monthFirst: boolean): Parser {
  return {
    pattern: () => NUMERIC_DATE,
    extract: (_context, m) => {
      // (`۱۴۰۵/۰۹/۰۵`: a year-first date in the 1300s or early 1400s is Iran's solar calendar; no news page is dated then.)
      if (m[5] && Number(m[5]) >= 1300 && Number(m[5]) <= 1430) return solarHijriDate(Number(m[8]), Number(m[7]), Number(m[5]));
      if (m[5]) return dayMonthYear(Number(m[8]), Number(m[7]), Number(m[5]));
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = m[4]?.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      const first = a > 12 ? 'day' : b > 12 ? 'month' : monthFirst && m[2] !== '.' ? 'month' : 'day';
      return first === 'day' ? dayMonthYear(a, b, year) : dayMonthYear(b, a, year);
    },
  };
}

/**
 * `Julkaistu: 25.11. 14:12`, `25.11., 14:12 Uhr`: a day and month with their stops and no year,
 * before a time or at the end. The year is the reference's (the year before, for a day that
 * would fall after the page was saved).
 */
const DAY_MONTH_NO_YEAR = /(?<![\d./-])(\d{1,2})\.(\d{1,2})\.(?=\s*,?\s*(?:klo\s*|kl\.?\s*|um\s*|à\s*)?\d{1,2}[:.]\d{2}(?!\d)|\s*(?:[|·•]|$))/u;
const dayMonthNoYearParser: Parser = {
  pattern: () => DAY_MONTH_NO_YEAR,
  extract: (context, m) => noYear(Number(m[1]), Number(m[2]), context.refDate),
};

/**
 * `（11/26 21:05 更新）`: a month and day with a slash and no year, before a time (without one it could be
 * a fraction). The number above 12 is the day; when neither is, the page's order decides.
 */
const SLASHED_NO_YEAR = /(?<![\d./-])(\d{1,2})\/(\d{1,2})(?![\d/])(?=\s*,?\s*\d{1,2}:\d{2}(?!\d))/u;
function slashedNoYearParser(monthFirst: boolean): Parser {
  return {
    pattern: () => SLASHED_NO_YEAR,
    extract: (context, m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const dayFirst = a > 12 || (b <= 12 && !monthFirst);
      return noYear(dayFirst ? a : b, dayFirst ? b : a, context.refDate);
    },
  };
}

/** A day and month without a year: the reference's year, or the year before for a day after the page was saved. */
function noYear(day: number, month: number, ref: Date): { day: number; month: number; year: number } | null {
  const refYear = ref.getUTCFullYear();
  const later = month > ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && day > ref.getUTCDate() + 1);
  return dayMonthYear(day, month, later ? refYear - 1 : refYear);
}

/**
 * `3.nov.2025`, `3 de Novembro de 2025`, `26 ta’ Novembru 2026` (Maltese), `26 בנובמבר 2026` (Hebrew: "in November"), `3 listopada 2025`, `Nov. 3, 2025`, `Nov - 25 - 2026`,
 * `2025. november 3.` (Hungarian) and `2026ko azaroaren 26a` (Basque: the year first too) in any language.
 */
// (Three patterns, one per order, not one: the month names are a long list, and a pattern holding it
// three times grew past the size V8 compiles to native code, which made every line's reading twice as slow.)
const DAY_MONTH_YEAR = new RegExp(
  `${LATIN_BEFORE}(\\d{1,2})(?:\\.|º|er|st|nd|rd|th)?\\s*(?:de\\s+|ta['’]\\s+|ב-?|[.\\-/]\\s*)?(${MONTH_WORD}|${CUT_MONTH_WORD})\\.?(?:\\s*de)?\\s*[.\\-/,،]?\\s*(\\d{4})(?!\\d)`,
  'iu',
);
// (`ኅዳር 16/2019`, `ህዳር 17፣ 2019`, `ኅዳር 15 ቀን 2019`: Amharic sets the day off from the year with a slash, its comma or "day".)
const DAY_THEN_YEAR = '(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+|\\s*[-–/፣၊،]\\s*|\\s+ቀን\\s+)(\\d{4})(?!\\d)';
const MONTH_DAY_YEAR = new RegExp(`${LATIN_BEFORE}(${MONTH_WORD})\\.?(?:\\s+|\\s*[-–]\\s*)${DAY_THEN_YEAR}`, 'iu');
/**
 * The day and year that must follow the month in `MONTH_DAY_YEAR`, asked first: that pattern opens with the
 * month names, which it tries at every letter of a line, and most lines that name a month have no such pair.
 */
const DAY_YEAR_PAIR = new RegExp(DAY_THEN_YEAR, 'iu');
// `2025. november 26.`, `2026ko azaroaren 26a`: Hungarian and Basque put the year first (`2026. nov. 26.`: the month cut short too).
const YEAR_MONTH_DAY = new RegExp(`${LATIN_BEFORE}(\\d{4})(?:\\.|e?ko)\\s*(${MONTH_WORD}|${CUT_MONTH_WORD})\\.?\\s+(\\d{1,2})(?:\\.|a(?!\\p{L}))(?!\\d)`, 'iu');

function namedMonthDate(day: string | undefined, month: string | undefined, year: string | undefined): { day: number; month: number; year: number } | null {
  const name = month?.toLowerCase() ?? '';
  const solar = SOLAR_HIJRI_MONTHS.get(name);
  if (solar) return solarHijriDate(Number(day), solar, Number(year));
  const nepali = BIKRAM_SAMBAT_MONTHS.get(name);
  if (nepali) return bikramSambatDate(Number(day), nepali, Number(year));
  const ethiopian = ETHIOPIAN_MONTHS.get(name);
  return ethiopian ? ethiopianDate(Number(day), ethiopian, Number(year)) : dayMonthYear(Number(day), monthNumber(name) ?? 0, Number(year));
}
/**
 * Whether a text names a month at all, asked once for the three patterns above (most lines name none,
 * and each pattern would try the list of names at every letter of them).
 */
const MONTH_NAMED = new RegExp(`${LATIN_BEFORE}(?:${MONTH_WORD}|${CUT_MONTH_WORD})`, 'iu');
const NEVER = /(?!)/u;
let monthAskedOf: string | undefined;
let monthNamed = false;
function namesMonth(text: string): boolean {
  if (text !== monthAskedOf) {
    monthAskedOf = text;
    monthNamed = MONTH_NAMED.test(text);
  }
  return monthNamed;
}
/**
 * `25 ноября, 11:47`, `Общество, 25 ноя, 11:47`, `25 листопада о 14:12`: a day and a month's name with no year,
 * before a time or at the end of the line, in the languages chrono does not read (their names are in
 * `MONTH_WORD`); the year is the reference's, as for `DAY_MONTH_NO_YEAR`.
 */
const NAMED_DAY_MONTH_NO_YEAR = new RegExp(
  `${LATIN_BEFORE}(\\d{1,2})\\.?\\s*(${MONTH_WORD}|${CUT_MONTH_WORD})\\.?(?![\\p{L}\\d])(?!\\s*[.\\-/,،]?\\s*\\d{4})(?=\\s*,?\\s*(?:в|о|у|в\\s|о\\s)?\\s*\\d{1,2}[:.]\\d{2}(?!\\d)|\\s*(?:[|·•]|$))`,
  'iu',
);
const monthNameParsers: Parser[] = [
  { pattern: (context) => (namesMonth(context.text) && !/\p{Script=Latin}/u.test(context.text) ? NAMED_DAY_MONTH_NO_YEAR : NEVER), extract: (context, m) => noYear(Number(m[1]), monthNumber((m[2] ?? '').toLowerCase()) ?? 0, context.refDate) },
  { pattern: (context) => (namesMonth(context.text) ? DAY_MONTH_YEAR : NEVER), extract: (_context, m) => namedMonthDate(m[1], m[2], m[3]) },
  { pattern: (context) => (namesMonth(context.text) && DAY_YEAR_PAIR.test(context.text) ? MONTH_DAY_YEAR : NEVER), extract: (_context, m) => namedMonthDate(m[2], m[1], m[3]) },
  { pattern: (context) => (namesMonth(context.text) ? YEAR_MONTH_DAY : NEVER), extract: (_context, m) => namedMonthDate(m[3], m[2], m[1]) },
];

const PERSIAN_CALENDAR = new Intl.DateTimeFormat('en-u-ca-persian', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/**
 * `۴ آذر ۱۴۰۵` → 25 November 2026. The Gregorian day is found by asking the runtime's calendar
 * (ICU) which day near the estimate it calls that solar date, so no calendar arithmetic is written here.
 */
function solarHijriDate(day: number, month: number, year: number): { day: number; month: number; year: number } | null {
  if (year < 1300 || year > 1500 || day < 1 || day > 31) return null;
  // Farvardin 1 falls on 20 or 21 March; months 1–6 have 31 days, 7–11 have 30.
  const estimate = Date.UTC(year + 621, 2, 20) + ((month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * 86_400_000;
  for (const shift of [0, 1, -1, 2, -2]) {
    const instant = new Date(estimate + shift * 86_400_000);
    const parts = Object.fromEntries(PERSIAN_CALENDAR.formatToParts(instant).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) {
      return { day: instant.getUTCDate(), month: instant.getUTCMonth() + 1, year: instant.getUTCFullYear() };
    }
  }
  return null;
}

const ETHIOPIAN_CALENDAR = new Intl.DateTimeFormat('en-u-ca-ethiopic', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/**
 * `ኅዳር 16/2019 ዓ.ም` → 25 November 2026, asked of the runtime's calendar (ICU) as `solarHijriDate` does:
 * the year begins on 11 September (12 before a Gregorian leap year), each month has 30 days, the thirteenth 5 or 6.
 */
function ethiopianDate(day: number, month: number, year: number): { day: number; month: number; year: number } | null {
  if (year < 1990 || year > 2100 || day < 1 || day > 30) return null;
  const estimate = Date.UTC(year + 7, 8, 11) + ((month - 1) * 30 + day - 1) * 86_400_000;
  for (const shift of [0, 1, -1]) {
    const instant = new Date(estimate + shift * 86_400_000);
    const parts = Object.fromEntries(ETHIOPIAN_CALENDAR.formatToParts(instant).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) {
      return { day: instant.getUTCDate(), month: instant.getUTCMonth() + 1, year: instant.getUTCFullYear() };
    }
  }
  return null;
}

/** Relative forms in every language; `readSpan` reads them again against the reference. */
const relativeParser: Parser = {
  pattern: () => RELATIVE_FIND,
  extract: (context: ParsingContext, m) => {
    const ref = context.refDate;
    const known: Record<string, number> = { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() };
    const clock = CLOCK_AT_END.exec(m[0]);
    if (clock && /\p{L}/u.test(m[0].slice(0, clock.index))) {
      known.hour = meridiemHour(Number(clock[1]), clock[3]);
      known.minute = Number(clock[2]);
      if (known.hour > 23 || known.minute > 59) return null;
    }
    return known;
  },
};

function dayMonthYear(day: number, month: number, written: number): { day: number; month: number; year: number } | null {
  // (`26 พ.ย. 2569`: Thai sites count years from the Buddha's death, 543 before the common era.)
  const year = written >= 2400 && written <= 2700 ? written - 543 : written;
  return validDay(year, month, day) ? { day, month, year } : null;
}

/** `kl. 14.12`, `klo 14.12`, `saat 14.12`: after these words a dotted pair of numbers is a time of day. */
const LABELLED_CLOCK = /(?<![\p{L}\d])(?:kl|klo|kello|klockan|saat)\.?\s*(\d{1,2})[.:](\d{2})(?!\d)/iu;
/**
 * `16:04`, `18.41`: a time of day, which chrono's parsers do not read with a stop (Swedish, Danish, Norwegian). It
 * only counts beside a date or after a label (see `assemble`), so a decimal is never a time.
 */
const CLOCK_ALONE = /(?<![\p{L}\d.:,])(\d{1,2})[:.](\d{2})(?![\d]|[.:,]\d)/u;

/** A chrono parser reading hours and minutes from the first two groups of `pattern`. */
function clockParserFor(pattern: RegExp): Parser {
  return {
    pattern: () => pattern,
    extract: (_context, m) => {
      const hour = Number(m[1]);
      const minute = Number(m[2]);
      return hour < 24 && minute < 60 ? { hour, minute } : null;
    },
  };
}
const clockParser = clockParserFor(CLOCK_ALONE);
const labelledClockParser = clockParserFor(LABELLED_CLOCK);

/**
 * chrono's own relative, casual and "within" parsers are left out: the relative parser above reads
 * the forms news pages use in more languages, and the rest ("tonight", "in 3 days", "next week")
 * are never datelines. Their large patterns were also most of chrono's start-up time.
 */
const LEFT_OUT = /TimeUnit|Relative|Casual|EndOfCurrentMonth|^SlashDateFormatParser$/;
const instances = new Map<string, ChronoInstance>();

function chronoFor(locale: Locale, monthFirst: boolean): ChronoInstance {
  const key = `${locale}:${monthFirst}`;
  let instance = instances.get(key);
  if (!instance) {
    const chrono = requireChrono(`chrono-node/${locale}`) as ChronoLocale;
    const base = chrono.casual.clone();
    const parsers = base.parsers.filter((p) => !LEFT_OUT.test(p.constructor.name));
    instance = new chrono.Chrono({ parsers: [numericDateParser(monthFirst), dayMonthNoYearParser, slashedNoYearParser(monthFirst), ...monthNameParsers, relativeParser, labelledClockParser, ...parsers, clockParser], refiners: base.refiners });
    instances.set(key, instance);
  }
  return instance;
}

// ─── Reading a line ────────────────────────────────────────────────────────────────────────

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Minutes east of UTC. */
  offset?: number;
}

type Relative = { minutesAgo: number; dayGranular: boolean } | { daysAgo: number; hour?: number; minute?: number; offset?: number };

interface Span {
  start: number;
  end: number;
  kind: 'date' | 'time' | 'relative';
  parts: Parts;
  relative?: Relative;
}

interface Entry extends Span {
  label?: 'published' | 'updated';
  labelStart?: number;
  /** Past `end` when a copy of the date follows it. */
  coverEnd?: number;
}

interface Scan {
  text: string;
  published?: Dateline;
  updated?: Dateline;
  rest: string;
  coverage: number;
  /** Where the first date or label starts. */
  firstStart: number;
  /** Every date sits at the end: what is left is one piece at the start. */
  trailing: boolean;
  /** The first absolute date with a year, as ISO. */
  absolute?: string;
}

/** The zero of each script's decimal digits that news sites write dates in: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, full-width. */
const NATIVE_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0xff10];
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]/gu;

function zeroOf(digit: string): number {
  const code = digit.charCodeAt(0);
  return NATIVE_ZEROS.find((zero) => code >= zero && code <= zero + 9) ?? 0x30;
}

/**
 * A Hijri date (`14 جمادى الآخرة 1448 هـ`, or its parts between slashes, `16 / جمادى الآخرة / 1448 هـ`),
 * which Arabic papers print beside the Gregorian one.
 */
const HIJRI_DATE = /\p{Nd}{1,2}\s*(?:\/\s*)?(?:محرم|صفر|ربيع\s+(?:الأول|الآخر|الثاني)|جمادى\s+(?:الأولى|الآخرة|الثانية)|رجب|شعبان|رمضان|شوال|ذو\s+القعدة|ذو\s+الحجة)\s*(?:\/\s*)?\p{Nd}{4}\s*هـ?/gu;

/**
 * An Arabic dateline as the date reader can take it (`نُشر: 17:25-24 نوفمبر 2026 م ـ 14 جمادى الآخرة 1448 هـ`):
 * without its vowel marks and tatweel (a label is spelt with or without them), the Hijri date and the
 * `م` (AD) after the year blanked (the Gregorian date says the same), a time joined to the day by a
 * hyphen set apart, and `ص`/`م` after a time read as AM and PM.
 */
function plainArabicDate(line: string): string {
  if (!/\p{Script=Arabic}/u.test(line)) return line;
  return line
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(HIJRI_DATE, (date) => ' '.repeat(date.length))
    .replace(/(?<=\p{Nd}{4}\s?)م(?!\p{L})/gu, ' ')
    .replace(/(\p{Nd}{1,2}:\p{Nd}{2})-(?=\p{Nd}{1,2}\s)/gu, '$1 ')
    // `10:48 ص`, `01:15 م`: morning and afternoon after a time.
    .replace(/(\p{Nd}{1,2}:\p{Nd}{2})\s?ص(?!\p{L})/gu, '$1 AM')
    .replace(/(\p{Nd}{1,2}:\p{Nd}{2})\s?م(?!\p{L})/gu, '$1 PM');
}

/**
 * `২৬ নভেম্বর ২০২৬, ০৮: ৩০` read as `26 নভেম্বর 2026, 08: 30` (one character for one, so positions hold),
 * then what was read written back in the page's own digits.
 */
function scanLine(original: string, options: DatelineOptions): Scan | undefined {
  const written = plainArabicDate(original);
  const at = written.search(NATIVE_DIGIT);
  if (at < 0) return scanAsciiLine(written, options);
  const zero = zeroOf(written.charAt(at));
  const scan = scanAsciiLine(
    written.replace(NATIVE_DIGIT, (d) => String.fromCharCode(0x30 + d.charCodeAt(0) - zeroOf(d))),
    options,
  );
  if (!scan) return undefined;
  const back = (text: string) => text.replace(/[0-9]/gu, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 0x30));
  const shown = (dateline: Dateline | undefined) => (dateline ? { ...dateline, text: back(dateline.text) } : undefined);
  const result: Scan = { ...scan, text: back(scan.text), rest: back(scan.rest) };
  const published = shown(scan.published);
  const updated = shown(scan.updated);
  if (published) result.published = published;
  if (updated) result.updated = updated;
  return result;
}

function scanAsciiLine(written: string, options: DatelineOptions): Scan | undefined {
  if (written.length > 400) return undefined;
  // (`14·11·25 | 04:00`: a middle dot between the numbers of a date, as some Spanish sites set it; one
  // character for one, so every offset stays the page's.)
  const line = unglueLabel(written.replace(/(?<=\d)·(?=\d)/gu, '.'));
  // (`Vandaag om 06.00 uur`: a day word and a dotted time, which alone is no date signal.)
  if (!(/\d/.test(line) ? DIGIT_SIGNAL.test(line) || WORD_SIGNAL.test(line) : WORD_SIGNAL.test(line))) return undefined;
  const text = undouble(line.trim());
  const masked = mask(text);
  const base = (options.lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const primary: Locale = CHRONO_LOCALES.has(base) ? (base as Locale) : 'en';
  const monthFirst = isMonthFirst(options.lang);
  const dayWordLangs = options.lang ? new Set([base, 'en']) : undefined;
  const reference = options.reference
    ? { instant: new Date(options.reference.epochMs), timezone: zoneMinutes(options.reference.zone) }
    : { instant: new Date(FALLBACK_INSTANT), timezone: 0 };
  let best: { entries: Entry[]; covered: boolean[]; score: number } | undefined;
  for (const locale of [primary, ...LOCALE_ORDER.filter((l) => l !== primary)]) {
    if (locale !== primary && !best && !worthAnotherLanguage(text, dayWordLangs)) break;
    const results = chronoFor(locale, monthFirst).parse(masked, reference);
    const spans = results.flatMap((r) => readSpan(r, text, options.reference, dayWordLangs) ?? []);
    const entries = assemble(spans, text, options.reference, options.lang);
    if (!entries.length) continue;
    const covered = coverage(entries, text);
    const score = covered.filter((c, i) => c && !/\s/.test(text[i] ?? ' ')).length;
    if (!best || score > best.score) best = { entries, covered, score };
    // Stop once nothing date-like is left outside what was read.
    const read = best.covered;
    const left = text.replace(/[\s\S]/g, (ch, i: number) => (read[i] ? ' ' : ch));
    if (!worthAnotherLanguage(left, dayWordLangs)) break;
  }
  if (!best) return undefined;
  return describe(text, best.entries, best.covered, options.reference, options.lang);
}

function worthAnotherLanguage(left: string, dayWordLangs: Set<string> | undefined): boolean {
  if (STRONG_SIGNAL.test(left)) return true;
  for (const [lang, days] of DAYS_FIND) if ((!dayWordLangs || dayWordLangs.has(lang)) && days.test(left)) return true;
  return false;
}

/** A date's label glued to the month after it. */
const GLUED_LABEL = new RegExp(`(?<!\\p{L})(?:${PUBLISHED_LABEL}|${UPDATED_LABEL})(?=\\p{L})`, 'giu');

/**
 * `PublishedNovember 27, 2026`: a label copied without the space before the month's name (a capital
 * after small letters); a space between them. (Only there: `Updatedness` is a word.)
 */
function unglueLabel(text: string): string {
  if (!/\p{Ll}\p{Lu}/u.test(text)) return text;
  return text.replace(GLUED_LABEL, (label: string, at: number) => {
    const next = text.charAt(at + label.length);
    return next !== next.toLowerCase() ? `${label} ` : label;
  });
}

/** Text copied twice (`3h ago3 hours ago`, `3 Nov 20253 Nov 2025`): a space between the copies. */
function undouble(text: string): string {
  return text
    .replace(/((?:19|20)\d\d)(?=\d{1,2}\s*\p{L})/gu, '$1 ')
    // Copied without the space between two pieces: `20252:14 PM` (year and time), `14:12Mis à jour`, `GMT+1Updated`.
    .replace(/((?:19|20)\d\d)(?=\d{1,2}:\d{2})/gu, '$1 ')
    .replace(/(\d)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/(\b(?:ago|geleden|fa|temu)|前)(?=\d)/gu, '$1 ');
}

/** Same-length rewrites that help chrono: `2025 - 14:12` → `2025   14:12`, `14h12` → `14:12`. */
/** `Uppdaterad 18.41`, `… 2025 16.04`: a dotted time after a label or a year, which chrono would take for a decimal. */
const DOTTED_TIME = new RegExp(`(?<=(?:${UPDATED_LABEL}|${PUBLISHED_LABEL}|${TIME_LINK}|${DAYS_ANY})\\s*:?\\s*|\\d{4},?\\s+)(\\d{1,2})\\.(\\d{2})(?![\\d]|[.,]\\d|\\.\\s*[\\d|·•,])`, 'giu');

const TIME_LINK_BEFORE_CLOCK = new RegExp(`(?<=\\d\\s+)${TIME_LINK}(?=\\s+\\d{1,2}:\\d{2}(?!\\d))`, 'giu');

/** Length-preserving rewrites, so chrono reads what news sites write (positions stay those of `text`). */
function mask(text: string): string {
  return text
    .replace(DOTTED_TIME, '$1:$2')
    .replace(/(\d{4})(\s*[-–—|·•]\s*)(?=\d{1,2}[:.h]\d{2})/gu, (_m, year: string, gap: string) => year + ' '.repeat(gap.length))
    // `15:20 - 04 آذر 1405`, `14:20 | 26.11.2026`: a time before its date, set off by a dash or a bar, which
    // chrono would read as a range (`20 - 04 November`: the 20th to the 4th). (Not a range of times, `14:00 - 16:00`.)
    .replace(/(?<=(?:^|[^\d:.])\d{1,2}:\d{2})(\s*[-–—|·•]\s*)(?=\d{1,2}(?![\d:]))/gu, (gap: string) => ' '.repeat(gap.length))
    // `16:45 น.` (Thai): the word for the hour after the time.
    .replace(/(?<=\d:\d{2})(\s?)น\./gu, (_m, space: string) => `${space}  `)
    // `11h48min` (Brazil): the minutes' unit after them would hide the time from chrono.
    .replace(/(?<=(?:^|[^\d])\d{1,2}h\d{2})min\b/gu, '   ')
    .replace(/(?<=(?:^|[^\d])\d{1,2})h(?=\d{2}(?!\d))/gu, ':')
    // `০৮: ৩০` (Prothom Alo): a space after the colon; the time moves right, its end stays.
    .replace(/(?<![\d:.])(\d{1,2}):\s(\d{2})(?!\d)/gu, ' $1:$2')
    // `मंसिर १०, २०८३, १४ : २०` (Nagarik): a space on each side of the colon, after the year.
    .replace(/(?<=\d{4},?\s+)(\d{1,2}) : (\d{2})(?!\d)/gu, '  $1:$2')
    // `5 h 00` (Canadian French): spaces around the `h`; the time moves right, its end stays.
    .replace(/(?<![\d:.])(\d{1,2}) h (\d{2})(?!\d)/gu, '  $1:$2')
    // `02:45h` (Spain): the hours' unit after the minutes.
    .replace(/(?<=(?:^|[^\d])\d{1,2}:\d{2})h(?![\p{L}\d])/gu, ' ')
    // `25 listopada 2025 (10:42)`: a time in brackets after the year.
    .replace(/(?<=\d{4},?\s*)\((\d{1,2}[:.]\d{2})\)/gu, ' $1 ')
    // `2026年11月26日 星期四 14:05`, `2026.11.26 (목) 14:05`: a weekday between the date and its time;
    // the date's reading takes the weekday back (`WEEKDAY_AFTER`).
    .replace(CJK_WEEKDAY_BEFORE_TIME, (weekday) => ' '.repeat(weekday.length))
    // `26 de novembre de 2026 a les 13:20`: a word joining a date and its time, in a language
    // chrono's parsers do not speak, would hide the time from them; the gap still reads it (`DATE_TIME_GAP`).
    .replace(TIME_LINK_BEFORE_CLOCK, (link) => ' '.repeat(link.length))
    // `November 26, 2026 @ 3:41pm`: blog themes join the date and its time with an at sign.
    .replace(/(?<=\d)(\s*)@(?=\s*\d{1,2}:\d{2}(?!\d))/gu, '$1 ')
    // `26 พฤศจิกายน พ.ศ. 2569`: Thai writes the era (`พ.ศ.`, Buddhist; `ค.ศ.`, common) before the year; the
    // year's size tells the era (`dayMonthYear`).
    .replace(/(?:พ|ค)\.\s?ศ\.(?=\s*\d{4})/gu, (era) => ' '.repeat(era.length));
}

function isMonthFirst(lang: string | undefined): boolean {
  // (Chinese, Japanese and Korean write the month before the day, as they write the year before both.)
  return lang === undefined || /^en(?:[-_](?:us|ca|ph))?$/i.test(lang) || /^(?:zh|ja|ko)(?:[-_]|$)/i.test(lang);
}

/** One chrono result → a date, a time or a relative form; `undefined` for anything else. */
function readSpan(r: ParsedResult, text: string, reference: ReferenceDate | undefined, dayWordLangs: Set<string> | undefined): Span | undefined {
  let start = r.index;
  let written = text.slice(start, start + r.text.length);
  // A date starts and ends at a number's edge (`31 February` is not `1 February`).
  if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[start + written.length] ?? '')) return undefined;
  const link = LEADING_LINK.exec(written);
  if (link && LINKED_DATE.test(written.slice(link[0].length))) {
    start += link[0].length;
    written = written.slice(link[0].length);
  }
  written = written.replace(/[\s,;]+$/u, '');
  let end = start + written.length;
  // (`02:45h`: the hours' unit after the minutes is part of the time.)
  if (/\d:\d{2}$/u.test(written) && /^h(?![\p{L}\d])/u.test(text.slice(end))) end += 1;
  const weekday = DATE_ANCHOR.test(written) ? WEEKDAY_BEFORE.exec(text.slice(0, start)) : null;
  if (weekday) start = weekday.index;
  const c = r.start;
  const certain = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k);
  const relative = readRelative(written, dayWordLangs);
  if (relative === null) return undefined;
  const parts: Parts = {};
  if (certain('hour')) {
    parts.hour = c.get('hour') ?? 0;
    parts.minute = c.get('minute') ?? 0;
  }
  // (Kept on a date without a time too: a time before the date, `06:40 AM Nov 25, 2026 IST`, takes it.)
  if (certain('timezoneOffset')) parts.offset = c.get('timezoneOffset') ?? 0;
  let kind: Span['kind'];
  if (relative) {
    kind = 'relative';
    if ('daysAgo' in relative && parts.hour !== undefined && /\d/.test(written)) {
      relative.hour = parts.hour;
      relative.minute = parts.minute ?? 0;
      if (parts.offset !== undefined) relative.offset = parts.offset;
    }
  } else if (certain('day') && certain('month') && DATE_ANCHOR.test(written)) {
    kind = 'date';
    parts.day = c.get('day') ?? 0;
    parts.month = c.get('month') ?? 0;
    if (certain('year') || reference) parts.year = c.get('year') ?? undefined;
  } else if (parts.hour !== undefined && !certain('day') && TIME_ANCHOR.test(written)) {
    kind = 'time';
  } else {
    return undefined;
  }
  // (`2026年11月26日星期四`, `2026.11.26 (목)`: Chinese and Korean name the weekday after the date.)
  if (kind === 'date') end += WEEKDAY_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  if (kind !== 'relative' && parts.hour !== undefined) {
    // `Uhr`, `Eastern Standard Time`: words chrono leaves after the time.
    end += UHR_AFTER.exec(text.slice(end))?.[0].length ?? 0;
    const after = ZONE_AFTER.exec(text.slice(end));
    if (after?.[1] && isZoneName(after[1])) end += after[0].length;
    const zone = ZONE_IN_SPAN.exec(text.slice(start, end));
    if (zone?.[1] && isZoneName(zone[1])) parts.offset = zoneOffset(zone[1], parts);
    else if (zone) {
      // `à 14h12 et …`, `um 14:12 ist …`: a word, not a zone.
      end = start + zone.index;
      delete parts.offset;
    }
  }
  return { start, end, kind, parts, ...(relative ? { relative } : {}) };
}

/** `3 hours ago` → 180 minutes; `hier` → 1 day; `undefined` when not relative; `null` to refuse. */
function readRelative(written: string, dayWordLangs: Set<string> | undefined): Relative | undefined | null {
  // (`4:12 pm today`: a time before the day word is read like one after it.)
  const phrase = written.replace(/[.,;:]+$/u, '').trim().replace(CLOCK_BEFORE_DAY_WORD, '$2 $1');
  // A day word of another language than the page's is refused, unless the page's own language has it too
  // (`i går` is Swedish and Danish).
  let refused = false;
  for (const { lang, ago, days } of RELATIVE_READ) {
    if (ago.test(phrase)) {
      const amount = /\d+/.exec(phrase)?.[0];
      const words = phrase.split(/\s+|(?<=\d)(?=\p{L})|(?<=\d)(?=[秒分時日週])|前/u).filter(Boolean);
      const n = amount ? Number(amount) : 1;
      const unit = words.map((w) => UNITS.find(([re]) => re.test(w))?.[1]).find((u) => u !== undefined);
      if (unit === undefined) return null;
      return { minutesAgo: n * unit, dayGranular: unit >= 24 * 60 };
    }
    const d = days.exec(phrase);
    if (d) {
      const word = (d[1] ?? '').toLowerCase().replace('’', "'").replace(/\s+/g, ' ');
      if (dayWordLangs && !dayWordLangs.has(lang)) {
        refused = true;
        continue;
      }
      const tail = d[2]?.trim() ?? '';
      if (tail && !/\d/.test(tail)) return null;
      const daysAgo = DAY_WORDS.get(word);
      if (daysAgo === undefined) return { minutesAgo: 0, dayGranular: false };
      return { daysAgo };
    }
  }
  return refused ? null : undefined;
}

/**
 * Spans → datelines: a time joins the date before it (`3 Nov 2025 | 14:12`), a labelled time
 * takes the day of the date before it (`…, modifié à 15h30`), a copy next to its original is
 * dropped, and each date gets the label in front of it.
 */
function assemble(spans: Span[], text: string, reference: ReferenceDate | undefined, lang: string | undefined): Entry[] {
  const entries: Entry[] = [];
  let previousEnd = 0;
  // A time with no label waits for the day it may come before (`4:12 pm today`, `14:12, 3 Nov 2025`).
  let waitingTime: Span | undefined;
  // A labelled time right before a date (`Updated At : 06:40 AM Nov 25, 2026`): the label, kept for the date.
  let waitingLabel: Pick<Entry, 'label' | 'labelStart'> | undefined;
  const sorted = spans.sort((a, b) => a.start - b.start);
  for (const [k, span] of sorted.entries()) {
    if (span.start < previousEnd) continue;
    const gap = text.slice(previousEnd, span.start);
    const last = entries[entries.length - 1];
    const label = LABEL_BEFORE.exec(gap);
    const timeBefore = waitingTime && span.kind !== 'time' && !label && DATE_TIME_GAP.test(text.slice(waitingTime.end, span.start)) ? waitingTime : undefined;
    const labelBefore = timeBefore ? waitingLabel : undefined;
    waitingTime = undefined;
    waitingLabel = undefined;
    if (timeBefore && timeBefore.parts.hour !== undefined) {
      const { minute = 0 } = timeBefore.parts;
      let { hour, offset } = timeBefore.parts;
      // (`06:40 AM Nov 25, 2026 IST`: the time's AM or PM, and the zone after the date, read where they stand.)
      const meridiem = /^\s*([ap])\.?\s?m\.?(?![\p{L}])/iu.exec(text.slice(timeBefore.end, span.start));
      if (meridiem?.[1] && hour <= 12) hour = meridiem[1].toLowerCase() === 'p' ? (hour % 12) + 12 : hour % 12;
      const zone = offset === undefined && span.kind === 'date' ? /\s(\p{Lu}{2,5})$/u.exec(text.slice(span.start, span.end)) : null;
      if (zone?.[1] && isZoneName(zone[1])) offset = zoneOffset(zone[1], { ...span.parts, hour, minute }) ?? span.parts.offset;
      if (span.kind === 'date' && span.parts.hour === undefined) {
        entries.push({ ...span, start: timeBefore.start, parts: { ...span.parts, hour, minute, ...(offset !== undefined ? { offset } : {}) }, ...(labelBefore ?? {}) });
        previousEnd = span.end;
        continue;
      }
      if (span.kind === 'relative' && span.relative && 'daysAgo' in span.relative && span.relative.hour === undefined) {
        entries.push({ ...span, start: timeBefore.start, relative: { ...span.relative, hour, minute, ...(offset !== undefined ? { offset } : {}) } });
        previousEnd = span.end;
        continue;
      }
    }
    if (span.kind === 'time' && last && !label && last.kind === 'date' && last.parts.hour === undefined && DATE_TIME_GAP.test(gap)) {
      last.parts = { ...last.parts, hour: span.parts.hour, minute: span.parts.minute };
      if (span.parts.offset !== undefined) last.parts.offset = span.parts.offset;
      last.end = span.end;
      previousEnd = span.end;
      continue;
    }
    const entry: Entry = { ...span, parts: { ...span.parts } };
    if (label) {
      entry.label = label[1] ? 'published' : 'updated';
      entry.labelStart = previousEnd + label.index + (/^[\s|·•,;([–—-]/u.test(label[0]) ? 1 : 0);
    }
    if (span.kind === 'time') {
      // A time stands alone only with a label (`modifié à 15h30`, `Updated 15:30`), on the day of the last date.
      if (!label) {
        waitingTime = span;
        continue;
      }
      // (With its label, before a date with a month's name and no time of its own: the date's time.)
      const next = sorted[k + 1];
      if (next?.kind === 'date' && next.parts.hour === undefined && DATE_TIME_GAP.test(text.slice(span.end, next.start))) {
        waitingTime = span;
        waitingLabel = { label: entry.label, labelStart: entry.labelStart };
        continue;
      }
      const day = [...entries].reverse().find((e) => e.kind === 'date' || (e.kind === 'relative' && e.relative && 'daysAgo' in e.relative));
      if (day?.kind === 'date') {
        entry.kind = 'date';
        entry.parts = { ...day.parts, ...span.parts };
      } else if (day?.relative && 'daysAgo' in day.relative) {
        // `Publié hier à 14h12, modifié à 18h45`: the change was made the same day, yesterday.
        entry.kind = 'relative';
        entry.relative = { daysAgo: day.relative.daysAgo, ...(span.parts.hour !== undefined ? { hour: span.parts.hour, minute: span.parts.minute ?? 0 } : {}), ...(span.parts.offset !== undefined ? { offset: span.parts.offset } : {}) };
      }
    }
    const after = entry.label ? null : LABEL_AFTER.exec(text.slice(entry.end));
    if (after) {
      entry.label = after[1] === '更新' ? 'updated' : 'published';
      entry.coverEnd = entry.end + after[0].length;
    }
    if (last && SEPARATORS_ONLY.test(gap) && key(last, reference, lang) === key(entry, reference, lang)) {
      // The same date copied twice: keep the first copy, cover both.
      last.coverEnd = entry.end;
      previousEnd = entry.end;
      continue;
    }
    entries.push(entry);
    previousEnd = entry.coverEnd ?? span.end;
  }
  return entries;
}

function key(entry: Entry, reference: ReferenceDate | undefined, lang: string | undefined): string {
  return `${entry.kind}:${resolve(entry, reference ?? { epochMs: FALLBACK_INSTANT, hasTime: true, zone: 'Z' }, lang) ?? ''}`;
}

/** Which characters of the line are dates, their labels and the separators between them. */
function coverage(entries: Entry[], text: string): boolean[] {
  const covered = new Array<boolean>(text.length).fill(false);
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) covered[i] = true;
  };
  let previousEnd = 0;
  for (const entry of entries) {
    const end = entry.coverEnd ?? entry.end;
    mark(entry.labelStart ?? entry.start, end);
    const gapStart = previousEnd;
    const gapEnd = entry.labelStart ?? entry.start;
    if (LINKS_ONLY.test(text.slice(gapStart, gapEnd))) mark(gapStart, gapEnd);
    previousEnd = end;
  }
  const tail = text.slice(previousEnd);
  if (/^[\s|·•,;:.–—)\]-]*$/u.test(tail)) mark(previousEnd, text.length);
  return covered;
}

function describe(text: string, entries: Entry[], covered: boolean[], reference: ReferenceDate | undefined, lang: string | undefined): Scan {
  const pieces: { start: number; value: string }[] = [];
  let i = 0;
  while (i < text.length) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !covered[j]) j++;
    const value = cleanPiece(j < text.length ? text.slice(i, j).replace(TRAILING_LINK, '') : text.slice(i, j));
    if (value) pieces.push({ start: i, value });
    i = j;
  }
  const rest = pieces.map((p) => p.value).join(' ');
  const letters = (s: string) => s.replace(/\s+/g, '').length;
  const total = letters(text);
  const firstStart = Math.min(...entries.map((e) => e.labelStart ?? e.start));
  const datesToEnd = covered.slice(firstStart).every((c, k) => c || /\s/.test(text[firstStart + k] ?? ' '));
  const scan: Scan = {
    text,
    rest,
    coverage: total ? Math.max(0, Math.min(1, 1 - letters(rest) / total)) : 0,
    firstStart,
    trailing: datesToEnd && pieces.every((p) => p.start < firstStart),
  };
  for (const entry of entries) {
    const dateline: Dateline = { text: text.slice(entry.start, entry.end).trim() };
    const iso = resolve(entry, reference, lang);
    if (iso) dateline.iso = iso;
    if (!scan.absolute && entry.kind === 'date' && entry.parts.year !== undefined && iso) scan.absolute = iso;
    if (entry.label === 'updated') scan.updated ??= dateline;
    else if (!scan.published && !(entry.label === undefined && scan.updated)) scan.published = dateline;
    // (`26 نومبر 2026 (17:42) 2026-11-26`: an unlabelled second date that is the first's day again, with
    // no time, repeats it; it says nothing of a change.)
    else if (!scan.updated && entry.label === undefined && !repeatsDay(scan.published, dateline)) scan.updated = dateline;
  }
  return scan;
}

/** A date alone (`2026-11-26`) naming the day of an earlier date that has its time (`2026-11-26T17:42`). */
function repeatsDay(first: Dateline | undefined, second: Dateline): boolean {
  return !!first?.iso && !!second.iso && !second.iso.includes('T') && first.iso.includes('T') && first.iso.slice(0, 10) === second.iso;
}

const EDGE_SEPARATORS = new RegExp(`^${SEPARATOR}+|${SEPARATOR}+$`, 'gu');

/** What is left between dates: `By Jane Doe |` → `By Jane Doe`; punctuation alone → ''. */
function cleanPiece(piece: string): string {
  let value = piece.replace(EDGE_SEPARATORS, '');
  if (!value.includes(')')) value = value.replace(/\s*[([]\s*$/u, '');
  if (!value.includes('(')) value = value.replace(/^\s*[)\]]\s*/u, '');
  value = value.replace(EDGE_SEPARATORS, '');
  return /^[\p{P}\p{S}\s]*$/u.test(value) ? '' : value;
}

// ─── Resolving ─────────────────────────────────────────────────────────────────────────────

function resolve(entry: Span, reference: ReferenceDate | undefined, lang: string | undefined): string | undefined {
  if (entry.kind === 'relative' && entry.relative) return resolveRelative(entry.relative, reference, lang);
  const p = entry.parts;
  let { year, month, day } = p;
  if (entry.kind === 'time' || day === undefined) {
    // A labelled time with no date on the line: the reference's day.
    if (!reference) return undefined;
    const local = new Date(reference.epochMs + zoneMinutes(reference.zone) * 60_000);
    year = local.getUTCFullYear();
    month = local.getUTCMonth() + 1;
    day = local.getUTCDate();
  }
  if (year === undefined || month === undefined || !validDay(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (p.hour === undefined) return date;
  const offset = p.offset ?? siteOffset(lang, year, month, day, p.hour, p.minute ?? 0);
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}${offset === undefined ? '' : offsetText(offset)}`;
}

function resolveRelative(relative: Relative, reference: ReferenceDate | undefined, lang: string | undefined): string | undefined {
  if (!reference) return undefined;
  const offset = zoneMinutes(reference.zone);
  if ('minutesAgo' in relative) {
    // A reference without a time of day (`--date 2025-11-03`) is taken at noon: `3 hours ago` is that day.
    const instant = reference.hasTime ? reference.epochMs : reference.epochMs + 12 * 3_600_000;
    const local = new Date(instant - relative.minutesAgo * 60_000 + offset * 60_000).toISOString();
    // A day-granular phrase, or a reference without a time of day, can only give a date.
    if (relative.dayGranular || !reference.hasTime) return local.slice(0, 10);
    return `${local.slice(0, 16)}${reference.zone}`;
  }
  const day = new Date(reference.epochMs + offset * 60_000 - relative.daysAgo * 86_400_000).toISOString().slice(0, 10);
  if (relative.hour === undefined) return day;
  const [y, m, d] = day.split('-').map(Number);
  const zone = relative.offset ?? siteOffset(lang, y ?? 0, m ?? 0, d ?? 0, relative.hour, relative.minute ?? 0);
  return `${day}T${pad(relative.hour)}:${pad(relative.minute ?? 0)}${zone === undefined ? '' : offsetText(zone)}`;
}

/**
 * The zone of a time written without one, when the page's language has a single country zone:
 * Japanese pages are in JST, Vietnamese and Thai in ICT (+07:00), Hindi and India's other languages in IST, Bengali in BST (+06:00), Icelandic in GMT; German, French, Italian, Dutch, Polish, Catalan, Basque, Galician and Spanish (Spain) pages in
 * CET/CEST; Finnish, Greek, Romanian, Ukrainian … in EET/EEST; Portuguese in Brazil's -03:00 (`pt-PT`: Lisbon); British and Irish English in GMT/BST.
 * Other English pages, and regions elsewhere in the world (`fr-CA`, `es-MX`), get no zone.
 */
/**
 * Languages whose one country keeps one offset all year: Japan and Korea, China, Vietnam and
 * Thailand, Turkey, Iceland (GMT), India's languages, Bangladesh, Malaysia, Nepal, Pakistan, and the
 * languages of one country or region on one offset below.
 */
const YEAR_ROUND_OFFSETS: Readonly<Record<string, number>> = {
  ja: 540, ko: 540, zh: 480, vi: 420, th: 420, tr: 180, is: 0,
  hi: 330, mr: 330, ta: 330, te: 330, gu: 330, kn: 330, ml: 330,
  bn: 360, ms: 480, ne: 345, ur: 300,
  // (The Caucasus, Central Asia and Mongolia; Nigeria and East Africa; the Philippines; Myanmar, Cambodia, Laos, Sri Lanka; Belarus.)
  az: 240, hy: 240, ka: 240, kk: 300, uz: 300, ky: 360, tk: 300, mn: 480, ha: 60, sw: 180, am: 180, so: 180, fil: 480, tl: 480,
  my: 390, km: 420, lo: 420, si: 330, be: 180,
};

function siteOffset(lang: string | undefined, year: number, month: number, day: number, hour: number, minute: number): number | undefined {
  const [base = '', region = ''] = (lang ?? '').toLowerCase().split(/[-_]/);
  let standard: number;
  const fixed = YEAR_ROUND_OFFSETS[base];
  if (fixed !== undefined) return fixed;
  // Iran has kept +03:30 all year since it gave up summer time in 2022.
  if (base === 'fa') return year >= 2023 ? 210 : undefined;
  if (base === 'pt') {
    if (region !== 'pt') return region === '' || region === 'br' ? -180 : undefined;
    standard = 0;
  } else if ((base === 'en' && (region === 'gb' || region === 'ie')) || base === 'ga') standard = 0;
  else if (
    ['de', 'it', 'pl', 'sv', 'da', 'nb', 'nn', 'no', 'cs', 'sk', 'hu', 'hr', 'sl', 'ca', 'eu', 'gl', 'lb', 'mt', 'sr', 'bs', 'mk', 'sq'].includes(base) ||
    (base === 'fr' && ['', 'fr', 'be', 'ch', 'lu', 'mc'].includes(region)) ||
    (base === 'nl' && ['', 'nl', 'be'].includes(region)) ||
    (base === 'es' && ['', 'es'].includes(region))
  )
    standard = 60;
  // (Israel's summer time starts on the Friday before the EU's last Sunday in March: two days off then.)
  else if (['fi', 'et', 'lv', 'lt', 'el', 'ro', 'bg', 'uk', 'he'].includes(base)) standard = 120;
  else return undefined;
  return standard + (euSummerTime(Date.UTC(year, month - 1, day, hour, minute) - standard * 60_000) ? 60 : 0);
}

/** EU summer time: from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October. */
function euSummerTime(utc: number): boolean {
  const year = new Date(utc).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month, 0));
    return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return utc >= lastSunday(3) && utc < lastSunday(10);
}

/** Zone abbreviations are written in capitals (`ET`, not French `et`); long names in any case, one word with its capital (`Central`). */
function isZoneName(zone: string): boolean {
  return /\s/.test(zone) || zone === zone.toUpperCase() || /^\p{Lu}\p{Ll}{5,}$/u.test(zone);
}

/** A zone name's offset; US zones written without a season (`ET`) follow the date. */
function zoneOffset(zone: string, parts: Parts): number | undefined {
  const name = zone.toLowerCase().replace(/\s+/g, ' ');
  // An abbreviation chrono knows and this table does not (`CAT`): chrono's offset stands.
  const fixed = FIXED_ZONES.get(name);
  if (fixed !== undefined) return fixed;
  const european = EU_ZONES.get(name);
  if (european !== undefined) {
    if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return european;
    return european + (euSummerTime(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 12, parts.minute ?? 0) - european * 60_000) ? 60 : 0);
  }
  const standard = US_ZONES.get(name);
  if (standard === undefined) return parts.offset;
  if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return standard;
  return standard + (usSummerTime(parts.year, parts.month, parts.day, parts.hour ?? 12) ? 60 : 0);
}

/** US daylight saving time: from the second Sunday in March to the first Sunday in November, 2 a.m. local. */
function usSummerTime(year: number, month: number, day: number, hour: number): boolean {
  const sunday = (m: number, nth: number) => 1 + ((7 - new Date(Date.UTC(year, m - 1, 1)).getUTCDay()) % 7) + 7 * (nth - 1);
  const at = Date.UTC(year, month - 1, day, hour);
  return at >= Date.UTC(year, 2, sunday(3, 2), 2) && at < Date.UTC(year, 10, sunday(11, 1), 2);
}

function meridiemHour(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  return (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function validDay(year: number, month: number, day: number): boolean {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Datelines as news sites write them, and the ISO 8601 date they stand for.
 *
 * Absolute forms always resolve: `Tue 8 Jul 2025 17.08 BST` → `2025-07-08T17:08+01:00`,
 * `November 3, 2025 4:12 PM GMT` → `2025-11-03T16:12Z`, `14 mars 2025` → `2025-03-14`,
 * `Updated 2:14 PM EST, November 3, 2025` → `2025-11-03T14:14-05:00`.
 * Relative forms (`3 HOURS AGO`, `YESTERDAY`, `Updated 2 hours ago`) resolve only
 * against a reference date (`--date`, or an absolute date found in the input).
 * Nothing here reads the clock: the same input always gives the same date.
 */
import type { Dateline } from '../../tree/types.js';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, fr, de, es, it, nl, pt — full names; English abbreviations follow.
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'januari', 'janeiro', 'jan', 'jän'],
  ['february', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'februari', 'fevereiro', 'feb', 'févr', 'fév'],
  ['march', 'mars', 'märz', 'marzo', 'maart', 'março', 'mar'],
  ['april', 'avril', 'abril', 'aprile', 'apr', 'avr'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'jun'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'jul', 'juil'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'aug'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'sep', 'sept'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'novembro', 'nov'],
  ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'dec', 'dez', 'déc'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const WEEKDAY =
  '(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|urday)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?,?\\s+';
const TIME = '(\\d{1,2})[.:h](\\d{2})(?:\\s*([ap])\\.?m\\.?)?';
const ZONES: Record<string, string> = {
  gmt: 'Z', utc: 'Z', z: 'Z', bst: '+01:00', ist: '+01:00', cet: '+01:00', mez: '+01:00',
  cest: '+02:00', mesz: '+02:00', eet: '+02:00', eest: '+03:00', est: '-05:00', edt: '-04:00',
  cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const ZONE = `(${Object.keys(ZONES).join('|')})`;
const PREFIX = '(?:(?:last\\s+)?updated|published|posted|first\\s+published|publié le|veröffentlicht am|aktualisiert am)?(?:\\s+on)?:?\\s*';
const TAIL = `(?:,?\\s+(?:at\\s+|um\\s+|à\\s+)?${TIME})?(?:\\s+${ZONE})?`;

/** `8 Jul 2025`, `Tue 8 Jul 2025 17.08 BST`, `3. November 2025`. */
const DAY_MONTH_YEAR = `${PREFIX}(?:${WEEKDAY})?(\\d{1,2})\\.?\\s+${MONTH},?\\s+(\\d{4})${TAIL}`;
/** `November 3, 2025 4:12 PM GMT`, `Nov. 3, 2025`. */
const MONTH_DAY_YEAR = `${PREFIX}(?:${WEEKDAY})?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TAIL}`;
/** `2025-11-03`, `2025-11-03 16:12`. */
const ISO_DATE = `${PREFIX}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?`;
/** `3 HOURS AGO`, `Updated 2 hours ago`, `YESTERDAY`, `vor 3 Stunden`, `il y a 2 heures`. */
const RELATIVE = `${PREFIX}(?:(\\d+|an?|one)\\s+(second|sec|minute|min|hour|hr|day|week)s?\\s+ago|(yesterday|today|just now|gestern|heute|hier|aujourd'hui|ayer|hoy)|vor\\s+(\\d+)\\s+(minuten|stunden|tagen)|il y a\\s+(\\d+)\\s+(minutes|heures|jours)|hace\\s+(\\d+)\\s+(minutos|horas|días))`;

/** `Updated 2:14 PM EST, November 3, 2025` (the time first, as AP writes it). */
const TIME_FIRST = `${PREFIX}${TIME}(?:\\s+${ZONE})?,?\\s+(?:${WEEKDAY})?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`;

const FORMS = [DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE, RELATIVE, TIME_FIRST];
const WHOLE = FORMS.map((form) => new RegExp(`^${form}$`, 'iu'));
const AT_END = FORMS.map((form) => new RegExp(`(?:^|[\\s,|·•–—-]+)(${form})$`, 'iu'));

/** A reference point for relative dates. */
export interface ReferenceDate {
  /** Milliseconds since the epoch (UTC). */
  epochMs: number;
  hasTime: boolean;
  /** Offset written like `+01:00` or `Z`, used to print resolved times. */
  zone: string;
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

/** Recognizes a whole string as a dateline. */
export function parseDateline(text: string, reference?: ReferenceDate): Dateline | undefined {
  const trimmed = text.trim();
  for (const [index, pattern] of WHOLE.entries()) {
    const m = pattern.exec(trimmed);
    if (m) return resolve(trimmed, index, m.slice(1), reference);
  }
  return undefined;
}

/** Finds a dateline at the end of a line (a byline usually ends with one). */
export function splitTrailingDateline(
  text: string,
  reference?: ReferenceDate,
): { rest: string; dateline: Dateline } | undefined {
  const trimmed = text.trim();
  for (const [index, pattern] of AT_END.entries()) {
    const m = pattern.exec(trimmed);
    if (m?.[1]) {
      const rest = trimmed.slice(0, m.index).replace(/[\s,|·•–—-]+$/u, '');
      return { rest, dateline: resolve(m[1], index, m.slice(2), reference) };
    }
  }
  return undefined;
}

/** An absolute date anywhere in the text, to anchor relative datelines. */
export function findAbsoluteDate(text: string): ReferenceDate | undefined {
  for (const form of [DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE, TIME_FIRST]) {
    const m = new RegExp(`\\b${form}`, 'iu').exec(text);
    if (m) {
      const iso = resolve(m[0], FORMS.indexOf(form), m.slice(1)).iso;
      if (iso) return parseReferenceDate(iso);
    }
  }
  return undefined;
}

function resolve(text: string, form: number, groups: (string | undefined)[], reference?: ReferenceDate): Dateline {
  const dateline: Dateline = { text: text.trim() };
  const iso = form === 3 ? resolveRelative(groups, reference) : resolveAbsolute(form, groups);
  if (iso) dateline.iso = iso;
  return dateline;
}

function resolveAbsolute(form: number, g: (string | undefined)[]): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  let hour: string | undefined;
  let minute: string | undefined;
  let meridiem: string | undefined;
  let zone: string | undefined;
  if (form === 0) {
    day = Number(g[0]);
    month = MONTHS[(g[1] ?? '').toLowerCase()] ?? 0;
    year = Number(g[2]);
    [hour, minute, meridiem, zone] = g.slice(3, 7);
  } else if (form === 4) {
    [hour, minute, meridiem, zone] = g.slice(0, 4);
    month = MONTHS[(g[4] ?? '').toLowerCase()] ?? 0;
    day = Number(g[5]);
    year = Number(g[6]);
  } else if (form === 1) {
    month = MONTHS[(g[0] ?? '').toLowerCase()] ?? 0;
    day = Number(g[1]);
    year = Number(g[2]);
    [hour, minute, meridiem, zone] = g.slice(3, 7);
  } else {
    year = Number(g[0]);
    month = Number(g[1]);
    day = Number(g[2]);
    [hour, minute] = g.slice(3, 5);
  }
  if (!validDay(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  if (h > 23 || Number(minute) > 59) return date;
  const offset = zone ? ZONES[zone.toLowerCase()] : '';
  return `${date}T${pad(h)}:${minute}${offset ?? ''}`;
}

function resolveRelative(g: (string | undefined)[], reference?: ReferenceDate): string | undefined {
  if (!reference) return undefined;
  const [count, unit, word, deCount, deUnit, frCount, frUnit, esCount, esUnit] = g;
  let minutes = 0;
  const n = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : 1);
  const key = (unit ?? deUnit ?? frUnit ?? esUnit ?? '').toLowerCase();
  const amount = n(count ?? deCount ?? frCount ?? esCount);
  if (word) {
    const w = word.toLowerCase();
    minutes = ['yesterday', 'gestern', 'hier', 'ayer'].includes(w) ? 24 * 60 : 0;
  } else if (/^(sec|second)/.test(key)) minutes = 0;
  else if (/^(min)/.test(key)) minutes = amount;
  else if (/^(hour|hr|stunden|heures|horas)/.test(key)) minutes = amount * 60;
  else if (/^(day|tagen|jours|días)/.test(key)) minutes = amount * 24 * 60;
  else if (/^week/.test(key)) minutes = amount * 7 * 24 * 60;
  const coarse = minutes >= 24 * 60 || word !== undefined;
  const offsetMinutes = zoneMinutes(reference.zone);
  const local = new Date(reference.epochMs - minutes * 60_000 + offsetMinutes * 60_000).toISOString();
  // A day-granular phrase, or a reference without a time of day, can only give a date.
  if (coarse || !reference.hasTime) return local.slice(0, 10);
  return `${local.slice(0, 16)}${reference.zone}`;
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

/** A dateline label on a line of its own, the date on the next: `Published` / `4 November 2025`. */
export function isDatelineLabel(text: string): boolean {
  return /^(?:published|updated|last updated|posted|first published|veröffentlicht|aktualisiert|publié|mis à jour)\s*:?$/i.test(text.trim());
}

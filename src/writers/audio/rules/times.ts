/**
 * Clock times, written the way each language writes them, into what its engines read as a
 * time: espeak reads `14:30 Uhr` as "vierzehn Uhr dreißig Uhr", `14h30` with the letter h,
 * `14.30` as "catorce punto treinta", `10.30am` as "ten point three zero a m".
 */
import { type Rule, ex } from './types.js';

const HOUR = '([01]?\\d|2[0-3])';
const MINUTE = '([0-5]\\d)';

export const TIME_RULES: Rule[] = [
  {
    examples: [ex('de', 'Um 14:30 Uhr', 'Um 14 Uhr 30'), ex('de', 'ab 9.00 Uhr', 'ab 9 Uhr')],
    pattern: new RegExp(`\\b${HOUR}[:.]${MINUTE}\\s?Uhr\\b`, 'g'),
    replace: (_a, h, m) => (m === '00' ? `${h} Uhr` : `${h} Uhr ${m}`),
    langs: ['de'],
  },
  {
    examples: [ex('fr', 'Publié à 14h30', 'Publié à 14 heures 30'), ex('fr', 'à 9 h, puis 14 h 05', 'à 9 heures, puis 14 heures 05')],
    pattern: new RegExp(`\\b${HOUR}\\s?h(?:\\s?${MINUTE})?(?![\\p{L}\\p{N}])`, 'gu'),
    replace: (_a, h, m) => `${h} ${Number(h) < 2 ? 'heure' : 'heures'}${m ? ` ${m}` : ''}`,
    langs: ['fr'],
  },
  {
    // A Spanish time after `la`/`las`, or before `h`/`horas`: `14.30` is no decimal (Spanish writes `14,30`).
    examples: [ex('es', 'a las 14.30', 'a las 14:30'), ex('es', 'desde las 9.00 h', 'desde las 9:00 horas')],
    pattern: new RegExp(`(?<=\\blas?\\s)${HOUR}[.:]${MINUTE}(\\s?h(?:oras|rs?)?\\b\\.?)?|\\b${HOUR}[.:]${MINUTE}(\\s?h(?:oras|rs?)?\\b\\.?)`, 'g'),
    replace: (_a, h1, m1, unit1, h2, m2, unit2) => `${h1 ?? h2}:${m1 ?? m2}${(unit1 ?? unit2) ? ' horas' : ''}`,
    langs: ['es'],
  },
  {
    examples: [ex('en', 'at 10.30am and 9pm, not 10 a.m.', 'at 10:30 a.m. and 9 p.m., not 10 a.m.')],
    pattern: /\b(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?m\b\.?/gi,
    replace: (_a, h, m, ap) => `${m ? `${h}:${m}` : h} ${(ap ?? '').toLowerCase()}.m.`,
    langs: ['en'],
  },
  {
    examples: [ex('en', 'Tue 8 Jul 2025 17.08 BST', 'Tue 8 July 2025 17:08 British Summer Time')],
    pattern: /\b([01]?\d|2[0-3])\.([0-5]\d)\s(?=(?:BST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|MEZ)\b)/g,
    replace: '$1:$2 ',
    langs: ['en'],
  },
];

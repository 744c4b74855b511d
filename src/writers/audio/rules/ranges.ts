/** Two numbers joined by a hyphen or dash, read with the language's word for "to". */
import { type Rule, ex } from './types.js';

/**
 * A range, a span of years, a vote: not inside a longer run of numbers and separators (an ISO
 * date `2025-11-03`, a telephone number, `9:00-10:00`).
 */
const RANGE = /(?<![\d.,/:-])(\d+(?:[.,]\d+)?)\s?[-–]\s?(\d+(?:[.,]\d+)?)(?![\d/:-]|[.,]\d)/g;

export const RANGE_RULES: Rule[] = [
  {
    examples: [
      ex('en', 'rates of 3-4% a year', 'rates of 3 to 4 percent a year'),
      ex('en', 'from 2019-2021 and in 2019–21', 'from 2019 to 2021 and in 2019 to 21'),
      ex('en', 'the Senate voted 72-25', 'the Senate voted 72 to 25'),
      ex('en', 'on 2025-11-03, call 206-464-2314', 'on 2025-11-03, call 206-464-2314'),
    ],
    pattern: RANGE,
    replace: '$1 to $2',
    langs: ['en'],
  },
  { examples: [ex('de', '3-4 %, 2019-2021, 72-25', '3 bis 4 %, 2019 bis 2021, 72 bis 25')], pattern: RANGE, replace: '$1 bis $2', langs: ['de'] },
  { examples: [ex('fr', '3-4 %, 2019-2021', '3 à 4 %, 2019 à 2021')], pattern: RANGE, replace: '$1 à $2', langs: ['fr'] },
  { examples: [ex('es', '3-4 %, 2019-2021', '3 a 4 %, 2019 a 2021'), ex('it', '3-4 %', '3 a 4 %'), ex('pt', '3-4 %', '3 a 4 %')], pattern: RANGE, replace: '$1 a $2', langs: ['es', 'it', 'pt'] },
];

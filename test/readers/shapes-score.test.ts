/** The corpus scorer's language check: one language under two tags is the same language. */
import { describe, expect, it } from 'vitest';
import { type ExpectedPage, scorePage } from '../../src/evaluate/shapes.js';
import { readNewsText } from '../../src/readers/news-text/index.js';

const page = 'Ny bru over elva åpner i mars\n\nKommunen sier at den nye brua over elva skal åpne for trafikk i mars, etter to år med arbeid og forsinkelser.';
const expected = (lang: string): ExpectedPage => ({
  layout: 'test',
  lang,
  kicker: null,
  headline: 'Ny bru over elva åpner i mars',
  standfirst: null,
  authors: [],
  published: null,
  updated: null,
  caption: null,
  credit: null,
  sections: [],
  body: ['Kommunen sier at den nye brua over elva skal åpne for trafikk i mars, etter to år med arbeid og forsinkelser.'],
  footer: [],
  furniture: [],
});

describe('the language check of the corpus scorer', () => {
  it('takes Norwegian as `no`, `nb` or `nn` against the macrolanguage, and nothing else', () => {
    const { article } = readNewsText(page);
    const lang = (found: string, wanted: string) => scorePage({ ...article, lang: found }, expected(wanted)).checks.lang;
    expect(lang('nb', 'no')).toBe(true);
    expect(lang('no', 'nb')).toBe(true);
    expect(lang('nn', 'no')).toBe(true);
    expect(lang('nb-NO', 'no')).toBe(true);
    expect(lang('nb', 'nn')).toBe(false);
    expect(lang('da', 'no')).toBe(false);
    expect(lang('de', 'de-AT')).toBe(true);
  });
});

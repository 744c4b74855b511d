/** English: the record every other language is checked against, and the fallback for languages Lectern has no record for. */
import type { LanguageRecord } from './types.js';

export const en: LanguageRecord = {
  code: 'en',
  labels: {
    untitledArticle: 'Untitled article',
    skipToArticle: 'Skip to article',
    contents: 'Contents',
    notes: 'Notes',
    note: 'Note {n}',
    backToReference: 'Back to reference {n}',
    table: 'Table: {columns}',
    image: 'Image: {alt}',
    updated: 'Updated',
    cover: 'Cover',
    coverAlt: 'Cover: {title}',
    titlePage: 'Title page',
    startOfArticle: 'Start of article',
    landmarks: 'Landmarks',
    creditsAndRights: 'Credits and rights',
    chapters: 'Chapters',
    listen: 'Listen to the article',
    playFromHere: 'Play from here',
    pause: 'Pause',
  },
  byline: {
    by: 'By {names}',
    at: '{names} in {place}',
  },
  join: {
    separator: ', ',
    // British news style, no serial comma: `Ann Lee, Bo Diaz and Cy Roth`.
    and: ' and ',
    andBefore: [],
  },
  dates: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    // Day first, as British and international English write it (and as Lectern always has).
    date: '{day} {month} {year}',
    firstDay: '1',
    updatedOn: 'Updated {date}',
    updatedAt: 'Updated at {hh}:{mm}',
  },
  sections: {
    introduction: 'Introduction',
    articleText: 'Article text',
  },
  narration: {
    fullStop: '.',
    credit: 'Credit',
    quote: 'Quote',
    endQuote: 'End of quote',
    list: { one: 'A list of {n} item', other: 'A list of {n} items' },
    endList: 'End of list',
    table: { one: 'A table with {rows} row and the columns {columns}', other: 'A table with {rows} rows and the columns {columns}' },
    row: 'Row {n}',
    code: 'Code',
    narratedBy: 'Narrated by Lectern ({engine}) from {source} ({format}).',
    standardInput: 'standard input',
  },
  accessibility: {
    structure: "This publication is text with a navigable table of contents, headings that follow the article's structure, and a logical reading order.",
    noImages: 'It has no images other than the cover, whose text is also given as alternative text.',
    described: { one: 'Its image has a text alternative.', other: 'Its {n} images have text alternatives.' },
    decorative: 'Decorative images are marked as such.',
    undescribed: 'Some images have no text alternative in the source; their captions are given where the source had them.',
    tables: 'Tables have header cells.',
    hazards: 'It has no flashing, motion or sound hazards.',
    certifiedBy: 'Lectern (automated self-evaluation with EPUBCheck, Ace by DAISY and axe-core)',
  },
};

/**
 * The shape of a language record: every word Lectern writes around an article's own text, in
 * one language. The HTML page, the EPUB, the narration and the outline take their words from
 * the record for the article's language (`wordsFor` in ./index.ts), so a German article's
 * page, book and narration all speak German around it, and a screen reader's German voice
 * never reads an English label. Every field is required: a language is complete or absent.
 */

/** A phrase with `{name}` slots, filled by `fill()` (./fill.ts): `Back to reference {n}`. */
export type Template = string;

/**
 * A phrase that changes with a count: one form per CLDR plural category of the language, as
 * `Intl.PluralRules` chooses them (English `one` and `other`, Polish also `few` and `many`,
 * Japanese `other` only). The record test checks each language has every form it uses.
 */
export interface Plural {
  zero?: Template;
  one?: Template;
  two?: Template;
  few?: Template;
  many?: Template;
  other: Template;
}

export interface LanguageRecord {
  /** The primary language subtag the record is for (`de`): its plural rules choose the forms. */
  code: string;

  /** Labels on the page and in the book, shown or given to screen readers. */
  labels: {
    /** The headline of an article whose own the reader could not find (tree/transforms.ts). */
    untitledArticle: string;
    /** The page's skip link to the article. */
    skipToArticle: string;
    /** The table of contents: its heading on the page and in the EPUB nav, and the nav document's title. */
    contents: string;
    /** The heading over footnotes (page and book), and the narration's announcement of them. */
    notes: string;
    /** A note reference's accessible name, an EPUB footnote's name, the narration's announcement: `{n}` its number. */
    note: Template;
    /** A footnote's link back to where it is cited: `{n}` its number, lettered when cited more than once (`3a`). */
    backToReference: Template;
    /** The accessible name of a table with no caption: `{columns}` its column headings. */
    table: Template;
    /** A picture described in words: on the page when the image could not be included, and in the narration: `{alt}`. */
    image: Template;
    /** The word before the date the article last changed, on the page and in the book. */
    updated: string;
    /** The EPUB's cover document (title, landmark) and the MP3's picture description. */
    cover: string;
    /** The cover image's alt text: `{title}` the words on the cover. */
    coverAlt: Template;
    /** The EPUB title page's landmark. */
    titlePage: string;
    /** The EPUB landmark where the article's text begins. */
    startOfArticle: string;
    /** The accessible name of the EPUB's (hidden) landmarks list. */
    landmarks: string;
    /** The EPUB's credits-and-rights page (title, heading, landmark) and the narration's closing chapter. */
    creditsAndRights: string;
    /** The title of the MP3's chapter list (ID3 CTOC), and of the page's chapter list and chapter track (`--with-audio`). */
    chapters: string;
    /** The name of the page's audio player (`--with-audio`). */
    listen: string;
    /** The button the page's script puts after a chapter's heading (`--with-audio`): play the narration from that chapter. */
    playFromHere: string;
    /** The same button while the narration plays: it pauses it. */
    pause: string;
  };

  /** Authors' names in a byline, on the page and in the narration (joined by `join`). */
  byline: {
    /** The byline: `{names}` the authors, with their places. */
    by: Template;
    /** Authors and the place they write from: `{names}` one or more names, `{place}`. */
    at: Template;
  };

  /** How a list of names (a byline) or of words (a table's columns) is joined. */
  join: {
    /** Between items, all but the last two of a byline; between all of a table's columns: `, `. */
    separator: string;
    /** Before the last of two or more names, spaces included: ` and `. */
    and: string;
    /**
     * Another word for `and` before a name that starts a certain way: Spanish `e` before an i
     * sound (`Ana García e Isabel Ruiz`). Empty where the language has no such rule.
     */
    andBefore: readonly { start: RegExp; and: string }[];
  };

  /** Dates Lectern writes itself (a date given as `2025-03-14`), and the change date in the narration. */
  dates: {
    /** January to December, in the form a date uses (Polish: the genitive). */
    months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
    /** A day: `{day}`, `{month}` (a name from `months`), `{year}`. */
    date: Template;
    /** How the first of a month is written as `{day}`: `1`, French `1er`. */
    firstDay: string;
    /** The narration's change date on another day than publication: `{date}` as `date` writes it. */
    updatedOn: Template;
    /** The narration's change time on the day of publication: `{hh}` and `{mm}`, `{h}` the hour without a leading zero. */
    updatedAt: Template;
  };

  /** Names for a section with no heading, in the contents, the nav and the audio chapters (tree/outline.ts). */
  sections: {
    /** The text before the first heading, when headed sections follow. */
    introduction: string;
    /** The whole text, when the article has no headings at all. */
    articleText: string;
  };

  /**
   * The narration's announcements (writers/audio/script.ts) and the MP3's comment. Written
   * without a final full stop: the script ends every phrase it says with `fullStop`.
   */
  narration: {
    /** What ends a spoken sentence, so the engine drops its voice and pauses: `.`, Japanese `。`. */
    fullStop: string;
    /** Before a picture's credit when the article gives no label of its own. */
    credit: string;
    quote: string;
    endQuote: string;
    /** `{n}`: the number of items. */
    list: Plural;
    endList: string;
    /** `{rows}`: the number of rows (the count that chooses the form); `{columns}`: the column headings. */
    table: Plural;
    /** `{n}`: the row's number. */
    row: Template;
    code: string;
    /** The MP3's comment: `{engine}`, `{source}` (a file name or `standardInput`), `{format}` (the reader). */
    narratedBy: Template;
    /** `{source}` when the article came from standard input. */
    standardInput: string;
  };

  /** The EPUB's accessibility summary, sentence by sentence, and its self-certification (writers/epub/accessibility.ts). */
  accessibility: {
    structure: string;
    /** When the only picture is the cover. */
    noImages: string;
    /** When every informative picture has a text alternative: `{n}` the number of pictures. */
    described: Plural;
    /** Added when some pictures are decorative. */
    decorative: string;
    /** When some informative picture has no text alternative. */
    undescribed: string;
    /** Added when the article has tables. */
    tables: string;
    hazards: string;
    /** Who certifies the conformance claim, and how. */
    certifiedBy: string;
  };
}

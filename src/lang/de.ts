/** German. */
import type { LanguageRecord } from './types.js';

export const de: LanguageRecord = {
  code: 'de',
  labels: {
    untitledArticle: 'Artikel ohne Titel',
    skipToArticle: 'Zum Artikel springen',
    contents: 'Inhalt',
    notes: 'Anmerkungen',
    note: 'Anmerkung {n}',
    // Judgement: "Verweis" for the place in the text that cites the note (the Fußnotenzeichen).
    backToReference: 'Zurück zum Verweis {n}',
    table: 'Tabelle: {columns}',
    image: 'Bild: {alt}',
    updated: 'Aktualisiert',
    // German publishers and e-book shops say "Cover" (the print trade's "Umschlag" is the jacket).
    cover: 'Cover',
    coverAlt: 'Cover: {title}',
    titlePage: 'Titelseite',
    startOfArticle: 'Beginn des Artikels',
    // Judgement: screen readers' German for ARIA landmarks varies ("Landmarken", "Orientierungspunkte").
    landmarks: 'Orientierungspunkte',
    // Judgement: a German book's rights page is its "Impressum"; the page also holds credits.
    creditsAndRights: 'Impressum und Rechte',
    chapters: 'Kapitel',
    listen: 'Artikel anhören',
    playFromHere: 'Ab hier anhören',
    pause: 'Anhalten',
  },
  byline: {
    by: 'Von {names}',
    at: '{names} in {place}',
  },
  join: {
    separator: ', ',
    and: ' und ',
    andBefore: [],
  },
  dates: {
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    date: '{day}. {month} {year}',
    firstDay: '1',
    updatedOn: 'Aktualisiert am {date}',
    updatedAt: 'Aktualisiert um {hh}:{mm} Uhr',
  },
  sections: {
    introduction: 'Einleitung',
    articleText: 'Artikeltext',
  },
  narration: {
    fullStop: '.',
    credit: 'Foto',
    quote: 'Zitat',
    endQuote: 'Zitat Ende',
    list: { one: 'Eine Liste mit {n} Punkt', other: 'Eine Liste mit {n} Punkten' },
    endList: 'Ende der Liste',
    table: { one: 'Eine Tabelle mit {rows} Zeile und den Spalten {columns}', other: 'Eine Tabelle mit {rows} Zeilen und den Spalten {columns}' },
    row: 'Zeile {n}',
    code: 'Code',
    narratedBy: 'Vorgelesen von Lectern ({engine}) aus {source} ({format}).',
    standardInput: 'der Standardeingabe',
  },
  accessibility: {
    structure: 'Diese Publikation ist Text mit einem navigierbaren Inhaltsverzeichnis, Überschriften, die dem Aufbau des Artikels folgen, und einer logischen Lesereihenfolge.',
    noImages: 'Sie enthält außer dem Cover keine Bilder; der Text des Covers ist auch als Alternativtext angegeben.',
    described: { one: 'Ihr Bild hat einen Alternativtext.', other: 'Ihre {n} Bilder haben Alternativtexte.' },
    decorative: 'Dekorative Bilder sind als solche gekennzeichnet.',
    undescribed: 'Einige Bilder haben in der Quelle keinen Alternativtext; ihre Bildunterschriften stehen dort, wo die Quelle welche hatte.',
    tables: 'Tabellen haben Kopfzellen.',
    hazards: 'Sie birgt keine Gefahren durch Blitzen, Bewegung oder Ton.',
    certifiedBy: 'Lectern (automatische Selbstprüfung mit EPUBCheck, Ace by DAISY und axe-core)',
  },
};

/** Dutch. */
import type { LanguageRecord } from './types.js';

export const nl: LanguageRecord = {
  code: 'nl',
  labels: {
    untitledArticle: 'Artikel zonder titel',
    skipToArticle: 'Direct naar het artikel',
    contents: 'Inhoud',
    notes: 'Noten',
    note: 'Noot {n}',
    backToReference: 'Terug naar verwijzing {n}',
    table: 'Tabel: {columns}',
    image: 'Afbeelding: {alt}',
    updated: 'Bijgewerkt',
    cover: 'Omslag',
    coverAlt: 'Omslag: {title}',
    titlePage: 'Titelpagina',
    startOfArticle: 'Begin van het artikel',
    landmarks: 'Oriëntatiepunten',
    // Judgement: Dutch media say "credits"; a book would call this page its "colofon".
    creditsAndRights: 'Credits en rechten',
    chapters: 'Hoofdstukken',
    listen: 'Luister naar het artikel',
    playFromHere: 'Vanaf hier luisteren',
    pause: 'Pauzeren',
  },
  byline: {
    by: 'Door {names}',
    at: '{names} in {place}',
  },
  join: {
    separator: ', ',
    and: ' en ',
    andBefore: [],
  },
  dates: {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    date: '{day} {month} {year}',
    firstDay: '1',
    updatedOn: 'Bijgewerkt op {date}',
    // Dutch writes the time with a point and "uur": `om 15.30 uur`.
    updatedAt: 'Bijgewerkt om {hh}.{mm} uur',
  },
  sections: {
    introduction: 'Inleiding',
    articleText: 'Artikeltekst',
  },
  narration: {
    fullStop: '.',
    credit: 'Foto',
    quote: 'Citaat',
    endQuote: 'Einde citaat',
    list: { one: 'Een lijst van {n} punt', other: 'Een lijst van {n} punten' },
    endList: 'Einde van de lijst',
    table: { one: 'Een tabel met {rows} rij en de kolommen {columns}', other: 'Een tabel met {rows} rijen en de kolommen {columns}' },
    row: 'Rij {n}',
    code: 'Code',
    narratedBy: 'Voorgelezen door Lectern ({engine}) uit {source} ({format}).',
    standardInput: 'standaardinvoer',
  },
  accessibility: {
    structure: 'Deze publicatie is tekst met een navigeerbare inhoudsopgave, koppen die de opbouw van het artikel volgen en een logische leesvolgorde.',
    noImages: 'Er staan geen afbeeldingen in behalve de omslag, waarvan de tekst ook als alternatieve tekst is gegeven.',
    described: { one: 'De afbeelding heeft een alternatieve tekst.', other: 'De {n} afbeeldingen hebben alternatieve teksten.' },
    decorative: 'Decoratieve afbeeldingen zijn als zodanig gemarkeerd.',
    undescribed: 'Sommige afbeeldingen hebben in de bron geen alternatieve tekst; hun bijschriften staan erbij waar de bron die had.',
    tables: 'Tabellen hebben kopcellen.',
    hazards: 'Er zijn geen risico’s door flitsen, beweging of geluid.',
    certifiedBy: 'Lectern (geautomatiseerde zelfbeoordeling met EPUBCheck, Ace by DAISY en axe-core)',
  },
};

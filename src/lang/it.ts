/** Italian. */
import type { LanguageRecord } from './types.js';

export const it: LanguageRecord = {
  code: 'it',
  labels: {
    untitledArticle: 'Articolo senza titolo',
    skipToArticle: 'Vai all’articolo',
    contents: 'Indice',
    notes: 'Note',
    note: 'Nota {n}',
    // The "richiamo di nota" is the mark in the text that cites a note.
    backToReference: 'Torna al richiamo di nota {n}',
    table: 'Tabella: {columns}',
    image: 'Immagine: {alt}',
    updated: 'Aggiornato',
    cover: 'Copertina',
    coverAlt: 'Copertina: {title}',
    // The "frontespizio" is an Italian book's title page.
    titlePage: 'Frontespizio',
    startOfArticle: 'Inizio dell’articolo',
    landmarks: 'Punti di riferimento',
    creditsAndRights: 'Crediti e diritti',
    chapters: 'Capitoli',
    listen: 'Ascolta l’articolo',
    playFromHere: 'Ascolta da qui',
    pause: 'Pausa',
  },
  byline: {
    // Italian papers print "di Mario Rossi"; capitalised here because the byline starts its line.
    by: 'Di {names}',
    // Judgement: right for towns (`a Brest`); a country would want `in`, which a record cannot know.
    at: '{names} a {place}',
  },
  join: {
    separator: ', ',
    and: ' e ',
    // The euphonic d before the same vowel: `Marco ed Elena`.
    andBefore: [{ start: /^[eèé]/iu, and: ' ed ' }],
  },
  dates: {
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    date: '{day} {month} {year}',
    // `1º novembre`: the first of the month is an ordinal in Italian.
    firstDay: '1º',
    // Not "Aggiornato il {date}": the article elides before 8 and 11 (`l’8`, `l’11`), which a template cannot.
    updatedOn: 'Ultimo aggiornamento: {date}',
    updatedAt: 'Aggiornato alle {hh}:{mm}',
  },
  sections: {
    introduction: 'Introduzione',
    articleText: 'Testo dell’articolo',
  },
  narration: {
    fullStop: '.',
    credit: 'Foto',
    quote: 'Citazione',
    endQuote: 'Fine della citazione',
    list: { one: 'Un elenco di {n} voce', other: 'Un elenco di {n} voci' },
    endList: 'Fine dell’elenco',
    table: { one: 'Una tabella di {rows} riga, con le colonne {columns}', other: 'Una tabella di {rows} righe, con le colonne {columns}' },
    row: 'Riga {n}',
    code: 'Codice',
    narratedBy: 'Letto da Lectern ({engine}); fonte: {source} ({format}).',
    // Italian computing keeps the English term.
    standardInput: 'standard input',
  },
  accessibility: {
    structure: 'Questa pubblicazione è un testo con un indice navigabile, titoli che seguono la struttura dell’articolo e un ordine di lettura logico.',
    noImages: 'Non contiene immagini oltre alla copertina, il cui testo è fornito anche come testo alternativo.',
    described: { one: 'La sua immagine ha un testo alternativo.', other: 'Le sue {n} immagini hanno testi alternativi.' },
    decorative: 'Le immagini decorative sono contrassegnate come tali.',
    undescribed: 'Alcune immagini non hanno un testo alternativo nella fonte; le loro didascalie sono riportate dove la fonte le aveva.',
    tables: 'Le tabelle hanno celle di intestazione.',
    hazards: 'Non presenta rischi legati a lampeggiamenti, movimento o suono.',
    certifiedBy: 'Lectern (autovalutazione automatica con EPUBCheck, Ace by DAISY e axe-core)',
  },
};

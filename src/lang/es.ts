/** Spanish. */
import type { LanguageRecord } from './types.js';

export const es: LanguageRecord = {
  code: 'es',
  labels: {
    untitledArticle: 'Artículo sin título',
    skipToArticle: 'Saltar al artículo',
    contents: 'Índice',
    notes: 'Notas',
    note: 'Nota {n}',
    // The "llamada de nota" is the mark in the text that cites a note.
    backToReference: 'Volver a la llamada de nota {n}',
    table: 'Tabla: {columns}',
    image: 'Imagen: {alt}',
    updated: 'Actualizado',
    // Spanish publishers call the cover "cubierta" and the title page "portada" (as the RAE defines them).
    cover: 'Cubierta',
    coverAlt: 'Cubierta: {title}',
    titlePage: 'Portada',
    startOfArticle: 'Inicio del artículo',
    landmarks: 'Puntos de referencia',
    creditsAndRights: 'Créditos y derechos',
    chapters: 'Capítulos',
    listen: 'Escuchar el artículo',
    playFromHere: 'Escuchar desde aquí',
    pause: 'Pausa',
  },
  byline: {
    by: 'Por {names}',
    at: '{names} en {place}',
  },
  join: {
    separator: ', ',
    and: ' y ',
    // "y" becomes "e" before an i sound (`Ana e Isabel`, `e Hilario`), not before a diphthong (`y Hierro`).
    andBefore: [{ start: /^h?[ií](?![aeiouáéíóú])/iu, and: ' e ' }],
  },
  dates: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    date: '{day} de {month} de {year}',
    firstDay: '1',
    updatedOn: 'Actualizado el {date}',
    updatedAt: 'Actualizado a las {hh}:{mm}',
  },
  sections: {
    introduction: 'Introducción',
    articleText: 'Texto del artículo',
  },
  narration: {
    fullStop: '.',
    credit: 'Foto',
    quote: 'Cita',
    endQuote: 'Fin de la cita',
    list: { one: 'Una lista de {n} elemento', other: 'Una lista de {n} elementos' },
    endList: 'Fin de la lista',
    table: { one: 'Una tabla de {rows} fila, con las columnas {columns}', other: 'Una tabla de {rows} filas, con las columnas {columns}' },
    row: 'Fila {n}',
    code: 'Código',
    narratedBy: 'Narrado por Lectern ({engine}) a partir de {source} ({format}).',
    standardInput: 'la entrada estándar',
  },
  accessibility: {
    structure: 'Esta publicación es texto con un índice navegable, encabezados que siguen la estructura del artículo y un orden de lectura lógico.',
    noImages: 'No tiene más imágenes que la cubierta, cuyo texto se da también como texto alternativo.',
    described: { one: 'Su imagen tiene texto alternativo.', other: 'Sus {n} imágenes tienen textos alternativos.' },
    decorative: 'Las imágenes decorativas están marcadas como tales.',
    undescribed: 'Algunas imágenes no tienen texto alternativo en el original; sus pies de foto se dan cuando el original los tenía.',
    tables: 'Las tablas tienen celdas de encabezado.',
    hazards: 'No presenta riesgos de destellos, movimiento ni sonido.',
    certifiedBy: 'Lectern (autoevaluación automática con EPUBCheck, Ace by DAISY y axe-core)',
  },
};

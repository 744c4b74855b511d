/** The few words narration adds around the article's own (announcements), per language. */
export interface Phrases {
  by: string;
  in: string;
  and: string;
  image: string;
  credit: string;
  quote: string;
  endQuote: string;
  list: (n: number) => string;
  endList: string;
  table: (columns: string[], rows: number) => string;
  row: (n: number) => string;
  notes: string;
  /** A note's announcement, with its number in the article's footnote plan. */
  note: (n: number) => string;
  code: string;
  credits: string;
}

const EN: Phrases = {
  by: 'By',
  in: 'in',
  and: 'and',
  image: 'Image',
  credit: 'Credit',
  quote: 'Quote.',
  endQuote: 'End of quote.',
  list: (n) => `A list of ${n} item${n === 1 ? '' : 's'}.`,
  endList: 'End of list.',
  table: (columns, rows) => `A table with ${rows} row${rows === 1 ? '' : 's'} and the columns ${columns.join(', ')}.`,
  row: (n) => `Row ${n}.`,
  notes: 'Notes.',
  note: (n) => `Note ${n}.`,
  code: 'Code.',
  credits: 'Credits and rights',
};

const DE: Phrases = {
  by: 'Von',
  in: 'in',
  and: 'und',
  image: 'Bild',
  credit: 'Foto',
  quote: 'Zitat.',
  endQuote: 'Zitat Ende.',
  list: (n) => `Eine Liste mit ${n} Punkten.`,
  endList: 'Ende der Liste.',
  table: (columns, rows) => `Eine Tabelle mit ${rows} Zeilen und den Spalten ${columns.join(', ')}.`,
  row: (n) => `Zeile ${n}.`,
  notes: 'Anmerkungen.',
  note: (n) => `Anmerkung ${n}.`,
  code: 'Code.',
  credits: 'Impressum und Rechte',
};

const FR: Phrases = {
  by: 'Par',
  in: 'à',
  and: 'et',
  image: 'Image',
  credit: 'Photo',
  quote: 'Citation.',
  endQuote: 'Fin de citation.',
  list: (n) => `Une liste de ${n} élément${n === 1 ? '' : 's'}.`,
  endList: 'Fin de la liste.',
  table: (columns, rows) => `Un tableau de ${rows} ligne${rows === 1 ? '' : 's'}, avec les colonnes ${columns.join(', ')}.`,
  row: (n) => `Ligne ${n}.`,
  notes: 'Notes.',
  note: (n) => `Note ${n}.`,
  code: 'Code.',
  credits: 'Crédits et droits',
};

const ES: Phrases = {
  by: 'Por',
  in: 'en',
  and: 'y',
  image: 'Imagen',
  credit: 'Foto',
  quote: 'Cita.',
  endQuote: 'Fin de la cita.',
  list: (n) => `Una lista de ${n} elemento${n === 1 ? '' : 's'}.`,
  endList: 'Fin de la lista.',
  table: (columns, rows) => `Una tabla de ${rows} fila${rows === 1 ? '' : 's'}, con las columnas ${columns.join(', ')}.`,
  row: (n) => `Fila ${n}.`,
  notes: 'Notas.',
  note: (n) => `Nota ${n}.`,
  code: 'Código.',
  credits: 'Créditos y derechos',
};

const IT: Phrases = {
  by: 'Di',
  in: 'a',
  and: 'e',
  image: 'Immagine',
  credit: 'Foto',
  quote: 'Citazione.',
  endQuote: 'Fine della citazione.',
  list: (n) => `Un elenco di ${n} ${n === 1 ? 'voce' : 'voci'}.`,
  endList: "Fine dell'elenco.",
  table: (columns, rows) => `Una tabella di ${rows} ${rows === 1 ? 'riga' : 'righe'}, con le colonne ${columns.join(', ')}.`,
  row: (n) => `Riga ${n}.`,
  notes: 'Note.',
  note: (n) => `Nota ${n}.`,
  code: 'Codice.',
  credits: 'Crediti e diritti',
};

const PT: Phrases = {
  by: 'Por',
  in: 'em',
  and: 'e',
  image: 'Imagem',
  credit: 'Foto',
  quote: 'Citação.',
  endQuote: 'Fim da citação.',
  list: (n) => `Uma lista de ${n} ${n === 1 ? 'item' : 'itens'}.`,
  endList: 'Fim da lista.',
  table: (columns, rows) => `Uma tabela de ${rows} linha${rows === 1 ? '' : 's'}, com as colunas ${columns.join(', ')}.`,
  row: (n) => `Linha ${n}.`,
  notes: 'Notas.',
  note: (n) => `Nota ${n}.`,
  code: 'Código.',
  credits: 'Créditos e direitos',
};

const NL: Phrases = {
  by: 'Door',
  in: 'in',
  and: 'en',
  image: 'Afbeelding',
  credit: 'Foto',
  quote: 'Citaat.',
  endQuote: 'Einde citaat.',
  list: (n) => `Een lijst van ${n} ${n === 1 ? 'punt' : 'punten'}.`,
  endList: 'Einde van de lijst.',
  table: (columns, rows) => `Een tabel met ${rows} ${rows === 1 ? 'rij' : 'rijen'} en de kolommen ${columns.join(', ')}.`,
  row: (n) => `Rij ${n}.`,
  notes: 'Noten.',
  note: (n) => `Noot ${n}.`,
  code: 'Code.',
  credits: 'Credits en rechten',
};

/** Narration's own words in the article's language; English where Lectern has none yet. */
const BY_LANGUAGE: Record<string, Phrases> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };

export function phrasesFor(lang: string): Phrases {
  return BY_LANGUAGE[lang.toLowerCase().split('-')[0] ?? ''] ?? EN;
}

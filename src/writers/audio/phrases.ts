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
  note: (label: string) => string;
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
  note: (label) => `Note ${label}.`,
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
  note: (label) => `Anmerkung ${label}.`,
  code: 'Code.',
  credits: 'Impressum und Rechte',
};

export function phrasesFor(lang: string): Phrases {
  return lang.toLowerCase().startsWith('de') ? DE : EN;
}

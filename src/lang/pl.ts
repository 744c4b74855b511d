/**
 * Polish. Counts take three forms (`1 punkt`, `3 punkty`, `5 punktów`); the phrases name the
 * count after a comma so that no other word has to decline with it.
 */
import type { LanguageRecord } from './types.js';

export const pl: LanguageRecord = {
  code: 'pl',
  labels: {
    untitledArticle: 'Artykuł bez tytułu',
    skipToArticle: 'Przejdź do artykułu',
    contents: 'Spis treści',
    notes: 'Przypisy',
    note: 'Przypis {n}',
    backToReference: 'Powrót do odwołania {n}',
    table: 'Tabela: {columns}',
    image: 'Ilustracja: {alt}',
    updated: 'Zaktualizowano',
    cover: 'Okładka',
    coverAlt: 'Okładka: {title}',
    titlePage: 'Strona tytułowa',
    startOfArticle: 'Początek artykułu',
    landmarks: 'Punkty orientacyjne',
    // Judgement: Polish publishers' "stopka redakcyjna" holds the rights and the credits.
    creditsAndRights: 'Stopka redakcyjna',
    chapters: 'Rozdziały',
    listen: 'Posłuchaj artykułu',
    playFromHere: 'Słuchaj od tego miejsca',
    pause: 'Wstrzymaj',
  },
  byline: {
    // Judgement: "Tekst:" as magazines credit it; "Autor"/"Autorzy" would have to agree with the count.
    by: 'Tekst: {names}',
    // A place after a comma, as Polish datelines have it: "z Warszawy" would need the genitive.
    at: '{names}, {place}',
  },
  join: {
    separator: ', ',
    and: ' i ',
    andBefore: [],
  },
  dates: {
    // The genitive, as a date uses them: `3 listopada 2025`.
    months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    date: '{day} {month} {year}',
    firstDay: '1',
    updatedOn: 'Zaktualizowano {date}',
    updatedAt: 'Zaktualizowano o {hh}:{mm}',
  },
  sections: {
    introduction: 'Wstęp',
    articleText: 'Treść artykułu',
  },
  narration: {
    fullStop: '.',
    credit: 'Zdjęcie',
    quote: 'Cytat',
    endQuote: 'Koniec cytatu',
    list: { one: 'Lista, {n} punkt', few: 'Lista, {n} punkty', many: 'Lista, {n} punktów', other: 'Lista, {n} punktu' },
    endList: 'Koniec listy',
    table: {
      one: 'Tabela, {rows} wiersz, kolumny: {columns}',
      few: 'Tabela, {rows} wiersze, kolumny: {columns}',
      many: 'Tabela, {rows} wierszy, kolumny: {columns}',
      other: 'Tabela, {rows} wiersza, kolumny: {columns}',
    },
    row: 'Wiersz {n}',
    code: 'Kod',
    narratedBy: 'Przeczytane przez Lectern ({engine}); źródło: {source} ({format}).',
    standardInput: 'standardowe wejście',
  },
  accessibility: {
    structure: 'Ta publikacja to tekst z nawigowalnym spisem treści, nagłówkami zgodnymi ze strukturą artykułu i logiczną kolejnością czytania.',
    noImages: 'Nie zawiera ilustracji poza okładką, której tekst podano także jako tekst alternatywny.',
    described: {
      one: 'Ilustracja ma tekst alternatywny.',
      few: 'Wszystkie ilustracje ({n}) mają teksty alternatywne.',
      many: 'Wszystkie ilustracje ({n}) mają teksty alternatywne.',
      other: 'Wszystkie ilustracje ({n}) mają teksty alternatywne.',
    },
    decorative: 'Ilustracje dekoracyjne są oznaczone jako takie.',
    undescribed: 'Niektóre ilustracje nie mają tekstu alternatywnego w źródle; ich podpisy podano tam, gdzie źródło je miało.',
    tables: 'Tabele mają komórki nagłówkowe.',
    hazards: 'Nie zawiera zagrożeń związanych z miganiem, ruchem ani dźwiękiem.',
    certifiedBy: 'Lectern (automatyczna samoocena za pomocą EPUBCheck, Ace by DAISY i axe-core)',
  },
};

/**
 * Portuguese, one record for Brazil and Portugal. Where the two differ it follows Brazilian
 * publishing, the larger readership (a judgement): "Sumário" for the contents (Portugal:
 * "Índice"), `1º de novembro` (Portugal: `1 de novembro`).
 */
import type { LanguageRecord } from './types.js';

export const pt: LanguageRecord = {
  code: 'pt',
  labels: {
    untitledArticle: 'Artigo sem título',
    skipToArticle: 'Ir para o artigo',
    contents: 'Sumário',
    notes: 'Notas',
    note: 'Nota {n}',
    // The "chamada de nota" is the mark in the text that cites a note.
    backToReference: 'Voltar à chamada de nota {n}',
    table: 'Tabela: {columns}',
    image: 'Imagem: {alt}',
    updated: 'Atualizado',
    cover: 'Capa',
    coverAlt: 'Capa: {title}',
    titlePage: 'Folha de rosto',
    startOfArticle: 'Início do artigo',
    landmarks: 'Pontos de referência',
    creditsAndRights: 'Créditos e direitos',
    chapters: 'Capítulos',
    listen: 'Ouvir o artigo',
    playFromHere: 'Ouvir a partir daqui',
    pause: 'Pausar',
  },
  byline: {
    by: 'Por {names}',
    // Judgement: right for most towns (`em Lisboa`); some take an article (`no Porto`), which a record cannot know.
    at: '{names} em {place}',
  },
  join: {
    separator: ', ',
    and: ' e ',
    andBefore: [],
  },
  dates: {
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    date: '{day} de {month} de {year}',
    firstDay: '1º',
    updatedOn: 'Atualizado em {date}',
    updatedAt: 'Atualizado às {hh}h{mm}',
  },
  sections: {
    introduction: 'Introdução',
    articleText: 'Texto do artigo',
  },
  narration: {
    fullStop: '.',
    credit: 'Foto',
    quote: 'Citação',
    endQuote: 'Fim da citação',
    list: { one: 'Uma lista de {n} item', other: 'Uma lista de {n} itens' },
    endList: 'Fim da lista',
    table: { one: 'Uma tabela de {rows} linha, com as colunas {columns}', other: 'Uma tabela de {rows} linhas, com as colunas {columns}' },
    row: 'Linha {n}',
    code: 'Código',
    narratedBy: 'Narrado por Lectern ({engine}); origem: {source} ({format}).',
    standardInput: 'entrada padrão',
  },
  accessibility: {
    structure: 'Esta publicação é texto com um sumário navegável, títulos que seguem a estrutura do artigo e uma ordem de leitura lógica.',
    noImages: 'Não tem imagens além da capa, cujo texto também é dado como texto alternativo.',
    described: { one: 'A imagem tem texto alternativo.', other: 'As {n} imagens têm textos alternativos.' },
    decorative: 'As imagens decorativas estão marcadas como tal.',
    undescribed: 'Algumas imagens não têm texto alternativo na origem; as legendas são dadas quando a origem as tinha.',
    tables: 'As tabelas têm células de cabeçalho.',
    hazards: 'Não apresenta riscos de flashes, movimento ou som.',
    certifiedBy: 'Lectern (autoavaliação automática com EPUBCheck, Ace by DAISY e axe-core)',
  },
};

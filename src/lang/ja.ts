/**
 * Japanese. No spaces between words, full-width colons and commas, and `。` to end a spoken
 * sentence; one form for every count.
 */
import type { LanguageRecord } from './types.js';

export const ja: LanguageRecord = {
  code: 'ja',
  labels: {
    untitledArticle: '無題の記事',
    skipToArticle: '本文へ移動',
    contents: '目次',
    notes: '注',
    note: '注{n}',
    backToReference: '本文の注{n}へ戻る',
    table: '表：{columns}',
    image: '画像：{alt}',
    updated: '更新',
    cover: '表紙',
    coverAlt: '表紙：{title}',
    // The "tobira" is a Japanese book's title page.
    titlePage: '扉',
    startOfArticle: '本文の始まり',
    landmarks: 'ランドマーク',
    // Judgement: the "okuzuke" closes a Japanese book with its publication details and rights.
    creditsAndRights: '奥付',
    chapters: 'チャプター',
    listen: '記事を聴く',
    playFromHere: 'ここから聴く',
    pause: '一時停止',
  },
  byline: {
    // Judgement: "文：" credits the writer, as magazines and web articles do.
    by: '文：{names}',
    at: '{names}（{place}）',
  },
  join: {
    separator: '、',
    and: '、',
    andBefore: [],
  },
  dates: {
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    date: '{year}年{month}{day}日',
    firstDay: '1',
    updatedOn: '{date}更新',
    updatedAt: '{h}時{mm}分更新',
  },
  sections: {
    introduction: 'はじめに',
    articleText: '本文',
  },
  narration: {
    fullStop: '。',
    credit: '写真',
    quote: '引用',
    endQuote: '引用終わり',
    list: { other: '{n}項目のリスト' },
    endList: 'リスト終わり',
    table: { other: '{rows}行の表、列は{columns}' },
    row: '{n}行目',
    code: 'コード',
    narratedBy: 'Lectern（{engine}）による読み上げ。元データ：{source}（{format}）',
    standardInput: '標準入力',
  },
  accessibility: {
    structure: 'この出版物は、移動できる目次、記事の構成に沿った見出し、論理的な読み上げ順序を備えたテキストです。',
    noImages: '表紙のほかに画像はなく、表紙の文字は代替テキストとしても示しています。',
    described: { other: '画像（{n}点）にはすべて代替テキストがあります。' },
    decorative: '装飾画像はその旨を示しています。',
    undescribed: '一部の画像には元の記事に代替テキストがありません。元の記事にキャプションがある場合は、それを示しています。',
    tables: '表には見出しセルがあります。',
    hazards: '点滅、動き、音による危険はありません。',
    certifiedBy: 'Lectern（EPUBCheck、Ace by DAISY、axe-core による自動の自己評価）',
  },
};

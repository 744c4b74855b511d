/**
 * French. French typography puts a no-break space before a colon (`Image\u00a0: …`), the
 * Imprimerie nationale's rule that French publishers follow.
 */
import type { LanguageRecord } from './types.js';

export const fr: LanguageRecord = {
  code: 'fr',
  labels: {
    untitledArticle: 'Article sans titre',
    skipToArticle: 'Aller à l’article',
    // Judgement: "Sommaire" is the contents at the front, as here; "Table des matières" usually closes a book.
    contents: 'Sommaire',
    notes: 'Notes',
    note: 'Note {n}',
    // The "appel de note" is the mark in the text that cites a note.
    backToReference: 'Retour à l’appel de note {n}',
    table: 'Tableau\u00a0: {columns}',
    image: 'Image\u00a0: {alt}',
    updated: 'Mis à jour',
    cover: 'Couverture',
    coverAlt: 'Couverture\u00a0: {title}',
    titlePage: 'Page de titre',
    startOfArticle: 'Début de l’article',
    landmarks: 'Repères',
    creditsAndRights: 'Crédits et droits',
    chapters: 'Chapitres',
    listen: 'Écouter l’article',
    playFromHere: 'Écouter à partir d’ici',
    pause: 'Mettre en pause',
  },
  byline: {
    by: 'Par {names}',
    // Judgement: right for towns (`à Brest`); a country would want `en` or `au`, which a record cannot know.
    at: '{names} à {place}',
  },
  join: {
    separator: ', ',
    and: ' et ',
    andBefore: [],
  },
  dates: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    date: '{day} {month} {year}',
    // `1er novembre`: the first of the month is an ordinal in French.
    firstDay: '1er',
    updatedOn: 'Mis à jour le {date}',
    updatedAt: 'Mis à jour à {hh} h {mm}',
  },
  sections: {
    introduction: 'Introduction',
    articleText: 'Texte de l’article',
  },
  narration: {
    fullStop: '.',
    credit: 'Photo',
    quote: 'Citation',
    endQuote: 'Fin de citation',
    list: { one: 'Une liste de {n} élément', other: 'Une liste de {n} éléments' },
    endList: 'Fin de la liste',
    table: { one: 'Un tableau de {rows} ligne, avec les colonnes {columns}', other: 'Un tableau de {rows} lignes, avec les colonnes {columns}' },
    row: 'Ligne {n}',
    code: 'Code',
    narratedBy: 'Lu par Lectern ({engine}) à partir de {source} ({format}).',
    standardInput: 'l’entrée standard',
  },
  accessibility: {
    structure: 'Cette publication est un texte doté d’une table des matières navigable, de titres qui suivent la structure de l’article et d’un ordre de lecture logique.',
    noImages: 'Elle ne contient aucune image hormis la couverture, dont le texte est aussi donné en texte alternatif.',
    described: { one: 'Son image a un texte alternatif.', other: 'Ses {n} images ont des textes alternatifs.' },
    decorative: 'Les images décoratives sont signalées comme telles.',
    undescribed: 'Certaines images n’ont pas de texte alternatif dans la source\u00a0; leurs légendes sont données quand la source en avait.',
    tables: 'Les tableaux ont des cellules d’en-tête.',
    hazards: 'Elle ne présente aucun risque lié aux flashs, au mouvement ou au son.',
    certifiedBy: 'Lectern (auto-évaluation automatisée avec EPUBCheck, Ace by DAISY et axe-core)',
  },
};

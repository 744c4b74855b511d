/**
 * Titles and abbreviations said in full. Engines read some (espeak: `Dr.` "doctor", `Sr.`
 * "señor") but take their full stop for a sentence end and pause before the name; others they
 * spell (`Gov.` "gov", `M. Dupont` "em", `z. B.` "zet be", `EE. UU.` "e e u u").
 */
import { type Rule, ex } from './types.js';

const HONORIFICS: Record<string, string> = {
  Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', Lt: 'Lieutenant', Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain', Supt: 'Superintendent',
  Insp: 'Inspector', Rev: 'Reverend', Cllr: 'Councillor', Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Dr: 'Doctor', Gen: 'General', Prof: 'Professor',
};

/** Word-for-word abbreviations of one language: `{ 'z. B.': 'zum Beispiel' }`, matched whole, with or without the space inside. */
function words(lang: string, table: Record<string, string>, examples: Rule['examples']): Rule {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const alternatives = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?'));
  const lookup = new Map(keys.map((k) => [k.replace(/\s/g, ''), table[k] as string]));
  return {
    examples,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    replace: (match) => lookup.get(match.replace(/\s/g, '')) ?? match,
    langs: [lang],
  };
}

export const ABBREVIATION_RULES: Rule[] = [
  {
    examples: [
      ex('en', 'Sen. Ortiz, Rep. Lee, Gov. Hale and Lt. Col. Smith', 'Senator Ortiz, Representative Lee, Governor Hale and Lieutenant Colonel Smith'),
      ex('en', 'Dr Lucía Ortega met Mr. Jones, Ms. Okafor and Gen Smith', 'Doctor Lucía Ortega met Mister Jones, Miz Okafor and General Smith'),
    ],
    pattern: /\b(Sen|Rep|Gov|Lt|Col|Sgt|Capt|Supt|Insp|Rev|Cllr|Mrs|Mr|Ms|Dr|Gen|Prof)\.?(?=\s\p{Lu})/gu,
    replace: (_a, h) => HONORIFICS[h ?? ''] ?? h ?? '',
    langs: ['en'],
  },
  { examples: [ex('en', 'St Paul', 'Saint Paul')], pattern: /\bSt\.?(?=\s\p{Lu}\p{Ll})/gu, replace: 'Saint', langs: ['en'] },
  { examples: [ex('en', 'e.g. this, i.e. that', 'for example this, that is that')], pattern: /\b(e\.g|i\.e)\.,?/g, replace: (_a, abbr) => (abbr === 'e.g' ? 'for example' : 'that is'), langs: ['en'] },
  {
    examples: [ex('de', 'Dr. Weber und Prof. Dr. Lange in St. Pauli', 'Doktor Weber und Professor Doktor Lange in Sankt Pauli')],
    pattern: /(?<![\p{L}\p{N}])(Dr|Prof|St)\.(?=\s\p{Lu})/gu,
    replace: (_a, h) => ({ Dr: 'Doktor', Prof: 'Professor', St: 'Sankt' })[h as 'Dr' | 'Prof' | 'St'] ?? h ?? '',
    langs: ['de'],
  },
  words('de', { 'z. B.': 'zum Beispiel', 'd. h.': 'das heißt', 'u. a.': 'unter anderem', 'bzw.': 'beziehungsweise', 'ca.': 'circa', 'Mio.': 'Millionen', 'Mrd.': 'Milliarden', 'Nr.': 'Nummer', 'usw.': 'und so weiter' }, [
    ex('de', 'z. B. 5 Mio. Euro, ca. 3 Mrd., Nr. 7 bzw. 8', 'zum Beispiel 5 Millionen Euro, circa 3 Milliarden, Nummer 7 beziehungsweise 8'),
  ]),
  {
    examples: [ex('fr', 'M. Dupont, Mme Durand, Mlle Petit, MM. Roux et Blanc, Me Martin, Dr Morel, Pr Faure', 'Monsieur Dupont, Madame Durand, Mademoiselle Petit, Messieurs Roux et Blanc, Maître Martin, Docteur Morel, Professeur Faure')],
    pattern: /(?<![\p{L}\p{N}])(MM\.|M\.|Mmes|Mme|Mlles|Mlle|Me|Dr|Pr)(?=\s\p{Lu})/gu,
    replace: (_a, h) =>
      ({ 'MM.': 'Messieurs', 'M.': 'Monsieur', Mmes: 'Mesdames', Mme: 'Madame', Mlles: 'Mesdemoiselles', Mlle: 'Mademoiselle', Me: 'Maître', Dr: 'Docteur', Pr: 'Professeur' })[h ?? ''] ?? h ?? '',
    langs: ['fr'],
  },
  { examples: [ex('fr', 'le n° 5', 'le numéro 5')], pattern: /(?<![\p{L}\p{N}])n[°º]\s?(?=\d)/gu, replace: 'numéro ', langs: ['fr'] },
  {
    // `D.` before a name is `don`, not an initial: not after another name (`José D. Pérez`).
    examples: [ex('es', 'el Sr. García, la Sra. Ruiz, la Srta. Gil, la Dra. Vega y D. Pedro', 'el señor García, la señora Ruiz, la señorita Gil, la doctora Vega y don Pedro')],
    pattern: /(?<![\p{L}\p{N}])(?:(Sres|Sras|Srta|Sra|Sr|Dra|Dr|Dña)\.|(?<!\p{Lu}\p{Ll}+\s)(D)\.)(?=\s\p{Lu})/gu,
    replace: (_a, h, don) =>
      ({ Sres: 'señores', Sras: 'señoras', Srta: 'señorita', Sra: 'señora', Sr: 'señor', Dra: 'doctora', Dr: 'doctor', Dña: 'doña', D: 'don' })[h ?? don ?? ''] ?? h ?? '',
    langs: ['es'],
  },
  words('es', { 'EE. UU.': 'Estados Unidos', 'n.º': 'número', 'núm.': 'número', 'p. ej.': 'por ejemplo', 'etc.': 'etcétera' }, [
    ex('es', 'en EE. UU. y en EE.UU., el n.º 5, p. ej.', 'en Estados Unidos y en Estados Unidos, el número 5, por ejemplo'),
  ]),
];

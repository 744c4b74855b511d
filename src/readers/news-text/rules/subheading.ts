/**
 * Subheadings inside the body: a short line standing alone between paragraphs, with no
 * sentence punctuation, starting with a capital. `Why the vote was delayed` between two
 * paragraphs starts a new section; `## Heading` (Markdown left in saved text) does too.
 * A question (`What happens next?`) counts when it is short.
 */
import { endsSentence, textSize } from '../units.js';

/** Labels that open a line of their value, never a speaker: `Source: …`, `Foto: …`, `Update: …`. */
const NOT_A_SPEAKER =
  /^(?:source|sources|джерело|источник|zdroj|izvor|forrás|sursa|πηγή|šaltinis|avots|allikas|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen|źródło|källa|kilde|lähde|kaynak|photo|photos|foto|fotos|bild|image|imagen|credit|credits|crédit|crédito|update|updated|note|nota|notes|anmerkung|hinweis|correction|korrektur|tags|topics|themen|thèmes|temas|argomenti|onderwerpen|tematy|video|vídeo|vidéo|audio|info|infos|information|informationen|kontakt|contact|contacto|mehr|more|plus|lees|lire|leia|lesen|read|watch|listen|disclaimer|disclosure|editor|redaktion|rédaction|redacción|redazione|redactie)$/iu;

export function matchSubheading(text: string, previousIsProse: boolean, nextIsProse: boolean): string | undefined {
  const marked = /^#{1,4}\s+(.+)$/.exec(text);
  if (marked?.[1]) return marked[1].trim();
  if (!previousIsProse || !nextIsProse) return undefined;
  const words = textSize(text);
  if (words === 0 || words > 14 || text.length > 100) return undefined;
  // (`»Et plaster på såret«`, `”Känns som ett straff”`: opened by these marks, only a whole quotation is a heading.)
  if (/^[»”„‹›]/u.test(text) && !/["”’'»«“‹›]$/u.test(text)) return undefined;
  // (A capital, or a letter of a script without capitals: Chinese, Japanese, Korean, Hebrew, Arabic, Devanagari, Bengali, Thai.)
  if (!/^[\p{Lu}\p{N}\p{Lo}"“”‘'«»‹›„■◆◇□●▶▷【¿¡]/u.test(text)) return undefined;
  // A bare number, a date or a label with its value is never a heading.
  // (But a speaker and what they say, `Udvalgsformand: Intet er besluttet`, titles a section: one
  // capitalised word that is no label, then three to five words.)
  const speaker = /^(\p{Lu}\p{L}{3,20}):\s+(\S.*)$/u.exec(text);
  // (Five words at most: `Schanigärten: Wien will Winterbetrieb ohne Abbaupflicht erlauben` is a topic and a headline.)
  const spokenWords = textSize(speaker?.[2] ?? '');
  const spoken = !!speaker?.[1] && !NOT_A_SPEAKER.test(speaker[1]) && spokenWords >= 3 && spokenWords <= 5;
  if (/^[\d\s.,:/-]+$/.test(text) || (!spoken && /^\p{L}[\p{L} ]{0,20}:\s+\S/u.test(text))) return undefined;
  // (Nor a list's item that runs on into the next: `Enjoy an ad-free experience on the site; and`.)
  if (/[,;](?:\s+(?:and|or|und|oder|et|ou|y|o|e|en|of))?$/iu.test(text)) return undefined;
  if (/\?$/.test(text)) return words <= 10 ? text : undefined;
  // A short quotation set as a heading: `« Une trahison »`, `»Wir fahren auf Sicht«`.
  if (/^["“”‘'«»„‹›]/u.test(text) && /["”’'»«“‹›]$/u.test(text) && !/[.!?…]["”’'»«“]$/u.test(text)) return text;
  // `利用者「不便になるが仕方ない」`, `주민들 “언제까지 버스만 타야 하나”`: a speaker and a short quotation,
  // as Japanese and Korean sites title sections.
  if (/[」』]$/u.test(text) && !/[。！？.!?][」』]$/u.test(text)) return text;
  if (/^[^\s“"«]{1,12}(?:\s[^\s“"«]{1,12}){0,2}\s?[“"«][^”"»]+[”"»]$/u.test(text) && !/[.!。][”"»]$/u.test(text)) return text;
  // A phrase quoted at the end (`Une opposition qui dénonce un "pari risqué"`) does not end a sentence.
  if (/[\p{L}\p{N}]["”»]$/u.test(text) && !/^["“‘'«»„]/u.test(text)) return text;
  return endsSentence(text) ? undefined : text;
}

/**
 * A picture's caption and credit, split the ways pages write them: a credit the markup marks, a
 * label (`Photograph:`, `Foto:`, `Image Credits:`), brackets, a bar, `＝…撮影`, a caption that is
 * only its credit; a picture service's link and a viewer's controls left out.
 */
import type { Article, Figure, Inline } from '../../tree/types.js';
import { isPublicationName } from '../news-text/rules/byline.js';
import { captionAsides, creditlessCaption, matchCaption, matchCreditLine } from '../news-text/rules/caption.js';
import { matchFurniture } from '../news-text/rules/furniture.js';
import { textSize } from '../news-text/units.js';
import { isKnownPlace } from '../shared/places.js';
import { inlineText } from './text.js';

/** A caption whose credit the markup did not mark: `Crowds at the bridge. Photograph: Jane Doe/Agency`. */
export function splitCredit(figure: Figure, dropped: Article['dropped']): void {
  splitCaptionAndCredit(figure, dropped);
  if (figure.credit && !figure.creditLabel) {
    // `(Foto: Jakob Berr)`, `[File: Name/Reuters]`, `Fotoğraf: DHA`: a label and brackets around the credit.
    const labelled = /^[([]?\s*((?:foto(?:grafie|ğraf)?|photo(?:graph)?|bild|kuva|file(?: photo)?|image(?: credits?)?|photo credits?|credits?|crédit|zdjęcie|fot\.?))\s*:\s*(.+?)\s*[)\]]?$/iu.exec(figure.credit);
    if (labelled?.[1] && labelled[2]) {
      figure.credit = labelled[2];
      figure.creditLabel = labelled[1];
    } else {
      // (`… | ፎቶ፡ ናሆም ተስፋዬ`: the label, in any language the credit rules know, of a credit split off the caption.)
      const line = matchCreditLine(figure.credit);
      if (line?.label && line.credit) {
        figure.credit = line.credit;
        figure.creditLabel = line.label;
      }
    }
  }
}

function splitCaptionAndCredit(figure: Figure, dropped: Article['dropped']): void {
  // A picture viewer's controls read along with its caption (`hide caption`, `Enlarge this image`).
  if (figure.caption) figure.caption = withoutViewerControls(figure.caption);
  if (figure.credit) figure.credit = figure.credit.replace(VIEWER_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (figure.credit && !figure.creditLabel) {
    // A credit the markup marks may still carry its label: `Photograph: Jane Doe/Agency`.
    const labelled = matchCreditLine(figure.credit);
    if (labelled?.label) {
      figure.credit = labelled.credit;
      figure.creditLabel = labelled.label;
    }
  }
  if (figure.credit || !figure.caption) return;
  let text = inlineText(figure.caption).trim();
  // A link of the picture service read along (`… File Photo Purchase Licensing Rights, opens new tab`).
  const words = text.split(' ');
  for (let n = 2; n <= Math.min(8, words.length - 3); n++) {
    const tail = words.slice(-n).join(' ');
    const rule = /^\p{Lu}/u.test(tail) ? matchFurniture(tail) : undefined;
    if (rule) {
      dropped.push({ text: tail, reason: rule.reason });
      text = words.slice(0, -n).join(' ');
      figure.caption = [{ type: 'text', value: text }];
      break;
    }
  }
  // (`Immagine di repertorio`, `File photo`: a stand-in picture's label is its caption, not a credit. A Japanese
  // caption, `…＝京都市役所で…、南条彩花撮影`, still has its photographer read below.)
  if (!/[＝=]/u.test(text) && creditlessCaption(text)?.caption === text) return;
  // `Photo by Lena Marquardt / Unsplash`: the whole caption is the credit, after its label.
  const byline = /^(photo(?:graph)?s?|image|picture|foto|bild|imagen|immagine)\s+(?:by|von|de|di|por|door)\s+(\S.{1,80})$/iu.exec(text);
  if (byline?.[1] && byline[2] && byline[2].split(/\s+/).length <= 8) {
    delete figure.caption;
    figure.credit = byline[2].replace(/[.]$/, '');
    figure.creditLabel = text.slice(0, text.length - byline[2].length).trim();
    return;
  }
  // `Foto: ANP`: the caption is only its credit.
  const only = textSize(text) <= 8 && !/[.!?]\s/u.test(text) ? matchCreditLine(text) : undefined;
  if (only) {
    delete figure.caption;
    figure.credit = only.credit;
    if (only.label) figure.creditLabel = only.label;
    return;
  }
  // `児童ら（３日、川崎市中原区で）＝田中一郎撮影`: Japanese names the photographer last, then 撮影 (photographed).
  const japanese = /^(.+?)\s*[＝=]\s*([^＝=]{2,16}?)(撮影|提供)$/u.exec(text);
  if (japanese?.[1] && japanese[2]) {
    figure.caption = [{ type: 'text', value: japanese[1] }];
    figure.credit = japanese[2];
    figure.creditLabel = japanese[3] as string;
    return;
  }
  // `A community bus waits in Iiyama, in October. | Kyodo`: the credit after a bar.
  const barred = /^(.{8,}?)\s+\|\s+([^|]{2,60})$/u.exec(text);
  if (barred?.[1] && barred[2] && (looksLikeCredit(barred[2]) || (/^\p{Lu}/u.test(barred[2]) && textSize(barred[2]) <= 5 && !/[.!?]$/.test(barred[2])))) {
    figure.caption = [{ type: 'text', value: barred[1].trim() }];
    figure.credit = barred[2].trim();
    return;
  }
  // `Il mercato delle Erbe in via Ugo Bassi (ansa)`: a picture's caption ending in its source in brackets.
  const bracketed = /^(.{8,}?)\s*\(([^()]{2,60})\)\.?$/u.exec(text);
  if (bracketed?.[1] && bracketed[2] && looksLikeCredit(bracketed[2])) {
    figure.caption = [{ type: 'text', value: bracketed[1].trim() }];
    const labelled = matchCreditLine(bracketed[2].trim());
    figure.credit = labelled?.credit ?? bracketed[2].trim();
    if (labelled?.label) figure.creditLabel = labelled.label;
    return;
  }
  const match = matchCaption(text);
  if (match) {
    figure.caption = match.caption ? [{ type: 'text', value: match.caption }] : [];
    if (!match.caption) delete figure.caption;
    figure.credit = match.credit;
    if (match.label) figure.creditLabel = match.label;
    // (`Image:` before the caption, a carousel's counter, `more >` after the credit: set aside, not lost.)
    dropped.push(...captionAsides(match));
    return;
  }
  const alone = matchCreditLine(text);
  if (alone) {
    delete figure.caption;
    figure.credit = alone.credit;
    if (alone.label) figure.creditLabel = alone.label;
  }
}

const VIEWER_CONTROLS = /\b(?:hide caption|toggle caption|show caption|enlarge this image|expand image|view (?:larger|full) image)\b/giu;

function withoutViewerControls(caption: Inline[]): Inline[] {
  return caption.map((node) => (node.type === 'text' ? { ...node, value: node.value.replace(VIEWER_CONTROLS, ' ').replace(/\s+/g, ' ') } : node));
}

/** What a caption's closing brackets hold when they credit it: an agency, a photographer and an agency, `foto …`. */
function looksLikeCredit(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > 6) return false;
  // (`(Imagoeconomica)`: one long capitalised name that is no place is a picture agency's.)
  const agencyName = /^\p{Lu}[\p{L}-]{5,}$/u.test(t) && !isKnownPlace(t);
  return isPublicationName(t) || agencyName || /\//.test(t) || /^(?:foto|photo|bild|fot\.|kuva|credit|crédit|imagen|immagine|archivo|archive|archiv)\b/iu.test(t) || !!matchCreditLine(t);
}


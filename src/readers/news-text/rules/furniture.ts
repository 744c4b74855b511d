/**
 * Site furniture: the buttons, prompts and link lists a page carries around the
 * article. It is never article text, but it is never dropped silently either: each
 * match is recorded in the tree's `dropped` with the reason given here.
 *
 * Example: `Share` → share/save buttons; `Explore more on these topics` → topic list
 * (the short lines after it are the topics and are dropped with it).
 */
export interface FurnitureRule {
  name: string;
  reason: string;
  pattern: RegExp;
  /** The following short lines belong to it (a topic list, a most-read list). */
  startsList?: boolean;
}

export const FURNITURE_RULES: FurnitureRule[] = [
  {
    name: 'furniture:share',
    reason: 'share/save/reuse buttons (site furniture)',
    pattern:
      /^(share|save|saved|save article|share this( article| story)?|share (on|via) \w+|reuse this content|copy link|link copied|print|email|e-mail|gift (this )?article|comments?( \(\d+\))?|listen( to (this )?article)?( \d+ min)?|facebook|twitter|x|linkedin|whatsapp|teilen|partager|compartir)$/i,
  },
  {
    name: 'furniture:newsletter',
    reason: 'newsletter or subscription prompt (site furniture)',
    pattern:
      /^(sign up|subscribe|get (our|the) [\w ]*newsletter|newsletter|join \d[\d,]* (readers|subscribers)|already a subscriber|register (now|for free)|support (our|independent) journalism)\b.{0,200}$/i,
  },
  {
    name: 'furniture:advert',
    reason: 'advertisement marker (site furniture)',
    pattern: /^(advertisement|advert|skip advertisement|sponsored|anzeige|publicité|publicidad|continue reading( below)?|story continues below( advertisement)?)$/i,
  },
  {
    name: 'furniture:related',
    reason: 'topic or related-article list (site furniture)',
    pattern:
      /^(explore more( on these topics)?|more on (this|these) (story|stories|topics?)|topics|tags|related( topics| articles| stories| content)?|most (read|viewed|popular|shared)|read more|recommended( for you)?|you might also like|more from [\w ]+|trending|mehr zum thema|à lire aussi|lire aussi|te puede interesar)\s*:?$/i,
    startsList: true,
  },
  {
    name: 'furniture:follow',
    reason: 'follow/alert prompt (site furniture)',
    pattern: /^(follow( the topics| us| [\w ]+ on \w+)?|get alerts|add to myft|follow topic)$/i,
  },
];

export function matchFurniture(text: string): FurnitureRule | undefined {
  if (text.length > 240) return undefined;
  return FURNITURE_RULES.find((rule) => rule.pattern.test(text));
}

/** After a list-starting rule, a line continues the list while it is short and not a sentence. */
export function continuesFurnitureList(text: string): boolean {
  return text.length <= 90 && !/[.!?]["”’]?$/.test(text) && text.split(/\s+/).length <= 12;
}

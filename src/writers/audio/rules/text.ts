/** Rules for every language about the shape of the text: ellipses, addresses, credits, emoji. */
import { type Rule, ex } from './types.js';

/** The domain of an address, without `www.`: what a listener can use. */
function domainOf(url: string): string {
  const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#\s]+)/i.exec(url)?.[1] ?? url;
  return host.replace(/[.,;:)]+$/, '');
}

/**
 * Emoji (RGI sequences: a flag, a skin tone, a family are one each). The `v` flag is not in a
 * literal: TypeScript refuses it below an ES2024 target, and Node 20 has it.
 */
const SETS: string = 'gv';
const EMOJI = new RegExp('\\s*\\p{RGI_Emoji}+', SETS);
/** The same, for the check below: a pattern of its own, as `rewrite` is iterating over EMOJI's matches. */
const EMOJI_ONLY = new RegExp('\\p{RGI_Emoji}', SETS);

/** Whether a text has letters or digits outside its emoji; remembered for the last text, asked once per emoji in it. */
let lastText = '';
let lastAnswer = false;
function hasWords(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = /[\p{L}\p{N}]/u.test(text.replace(EMOJI_ONLY, ''));
  }
  return lastAnswer;
}

/** A quotation of at least four words, from its opening mark to its closing one. */
const QUOTED_4 = '["“„«]\\s?(?:[^"“”„«»\\s]+\\s+){3,}[^"“”„«»\\s]*[^"“”„«»\\s]\\s?["”“»]';
/** The same, ending in a letter or digit: no comma or full stop of the page's own inside the closing mark. */
const QUOTED_4_BARE = '["“„«]\\s?(?:[^"“”„«»\\s]+\\s+){3,}[^"“”„«»\\s]*[\\p{L}\\p{N}\\]]\\s?["”“»]';

export const TEXT_RULES: Rule[] = [
  { examples: [ex('en', 'walking away . . . you can', 'walking away… you can')], pattern: /\s?\.\s\.\s\.(\s?)/g, replace: '…$1', langs: '*' },
  // A quotation of four words or more inside a sentence is set off by short pauses, as a reader's voice
  // sets it off: engines read straight through quotation marks. (Not a term in quotes, `reopened as
  // "community hubs"`, which a reader runs on; and only where the page has no punctuation already.)
  {
    examples: [
      ex('en', 'She said "we will build it again" and left.', 'She said, "we will build it again", and left.'),
      ex('en', 'Some reopened as "community hubs" run by volunteers.', 'Some reopened as "community hubs" run by volunteers.'),
      ex('en', '"We cannot ask members to approve it," she said.', '"We cannot ask members to approve it," she said.'),
      ex('de', 'Er nannte es „eine sehr gute Nachricht“ und ging.', 'Er nannte es, „eine sehr gute Nachricht“, und ging.'),
      ex('fr', 'Elle parle de « une très bonne nouvelle » pour la ville.', 'Elle parle de, « une très bonne nouvelle », pour la ville.'),
    ],
    pattern: new RegExp(`(?<=[\\p{L}\\p{N}])\\s+(?=${QUOTED_4})|(?<=${QUOTED_4_BARE})\\s+(?=\\p{Ll})`, 'gu'),
    replace: ', ',
    langs: '*',
  },
  // Addresses first: their dots, slashes and digits are no sentence, unit or range.
  {
    examples: [ex('en', 'see https://www.example.org/x?y=1 now', 'see example.org now'), ex('en', 'visit www.example.co.uk/news.', 'visit example.co.uk.')],
    pattern: /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)]/gi,
    replace: (url) => domainOf(url),
    langs: '*',
  },
  // A picture credit's `Name/Agency` is two names: a pause, not the word "slash".
  {
    examples: [ex('en', 'Photograph: Jane Doe/Reuters', 'Photograph: Jane Doe, Reuters'), ex('es', '(Foto: EFE/Rodrigo Jiménez)', '(Foto: EFE, Rodrigo Jiménez)')],
    pattern: /(\p{L})\s?\/\s?(?=\p{Lu})/gu,
    replace: '$1, ',
    langs: '*',
  },
  // Emoji beside words are decoration: engines read their names ("party popper"), which
  // interrupts the sentence, and flite says nothing for them anyway. An utterance that is only
  // emoji keeps them, so the listener hears the engine's name for them rather than nothing.
  {
    examples: [ex('en', 'Great news 🎉! We won 👍🏽', 'Great news! We won'), ex('en', '🎉', '🎉')],
    pattern: EMOJI,
    replace: (match, ...rest) => (hasWords(rest[rest.length - 1] ?? '') ? '' : match),
    langs: '*',
  },
];

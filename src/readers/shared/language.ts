/**
 * Language identification: the only module that imports eld (Efficient Language Detector,
 * Apache-2.0), with its extra-small n-gram database: 60 languages, answered as ISO 639-1 codes
 * (Sorani Kurdish as `ckb`).
 * Chosen on `node bench/language.js` (short news text in 23 languages): it was the most accurate
 * candidate on headlines and sentences, and the extra-small database is as accurate there as the
 * larger ones while loading fastest. Deterministic: no randomness, no state between calls.
 *
 * eld reads only the first ~350 UTF-8 bytes of what it is given, so longer text is scored in
 * windows of that size and the windows' scores are added up, weighted by how much text each has.
 *
 * eld does not know Swahili, Hausa, Somali and other languages of Africa and Asia; for text eld is
 * unsure of, franc-all (MIT, trigram profiles of 419 languages) is asked, and its answer counts only
 * when it names one of those (`BEYOND_ELD`): where both know a language, eld measured better.
 *
 * Examples: `guessLanguage('Der Rat hat die Abstimmung über die Brücke verschoben')` → `'de'`;
 * `identifyLanguage('Rada miasta przełożyła w czwartek głosowanie nad budową mostu')` →
 * `{ lang: 'pl', confidence: 0.42…, scores: Map { 'pl' → 1, 'cs' → 0.58…, 'sk' → 0.50…, … } }`.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc-all';

type Detector = ReturnType<(typeof import('eld/extrasmall'))['eld']['newInstance']>;
let loaded: Detector | undefined;

/**
 * eld, loaded on first use. Its n-gram table takes 120–250 ms to load, which `lectern --help`,
 * `lectern voices` and usage errors need not pay; parsing is synchronous, so the ES module is
 * loaded with require (Node ≥ 20.19). Our own instance, so its settings cannot leak to (or
 * from) other users of eld.
 */
function detector(): Detector {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const { eld } = require(fileURLToPath(import.meta.resolve('eld/extrasmall'))) as typeof import('eld/extrasmall');
    loaded = eld.newInstance();
    // Leaves out URLs, e-mail addresses, domains and codes with digits: they say nothing about the language.
    loaded.enableTextCleanup(true);
  }
  return loaded;
}

/**
 * eld's codes that are not the best BCP 47 tag for what it detects: its Kurdish is Sorani in
 * Arabic script (`ckb`, written right to left), not Kurmanji in Latin script (`ku`).
 */
// eld says `no` for Norwegian; nine in ten Norwegian texts are Bokmål, which voices and
// screen readers know as `nb`.
const TAGS: Record<string, string> = { ku: 'ckb', no: 'nb' };
const tag = (code: string) => TAGS[code] ?? code;

let identifiable: ReadonlySet<string> | undefined;

/**
 * Every language a passage can be identified in (BCP 47; ISO 639-1 where one exists): eld's. The
 * languages franc-all adds for whole articles are not among them, so the passages of a Swahili
 * article are not marked as whatever eld would take them for.
 */
export function identifiableLanguages(): ReadonlySet<string> {
  identifiable ??= new Set(Object.values(detector().info().Languages).map(tag));
  return identifiable;
}

/** Languages franc-all knows and eld does not (ISO 639-3 → BCP 47): those news is written in. */
const BEYOND_ELD: Readonly<Record<string, string>> = {
  // (Not the languages of the Philippines and Indonesia franc has, nor Kazakh: too near Tagalog, Malay and
  // Russian, which eld knows, to take franc's word over eld's.)
  swh: 'sw', hau: 'ha', som: 'so', zul: 'zu', xho: 'xh', ibo: 'ig', kin: 'rw', nya: 'ny', aka: 'ak', tir: 'ti', run: 'rn', mos: 'mos', fuv: 'ff',
  // (Europe's and Central Asia's smaller languages: eld reads Irish as Scots or French, Maltese as
  // Catalan, Mongolian as Kyrgyz; franc-all, with ten times franc-min's languages, names them.)
  gle: 'ga', gla: 'gd', cym: 'cy', mlt: 'mt', ltz: 'lb', fao: 'fo', mkd: 'mk', khk: 'mn', kir: 'ky', tgk: 'tg', tuk: 'tk', pbu: 'ps',
  // (Uzbek as written today, in Latin letters with `o‘` and `g‘`: franc's profile is of that script, far from Russian.)
  uzn: 'uz',
  // (Haitian Creole, which eld reads as French or English.)
  hat: 'ht',
};

/**
 * Languages so near each other that franc's scores for them stay within a hundredth even on a
 * clear text (Kinyarwanda and Kirundi; Zulu, Xhosa and the Ndebele and Swati that franc often ranks
 * first on a Zulu story): the lead that counts is over the next language outside the cluster, and
 * the answer is the cluster's best-scored language that news is written in.
 */
const CLUSTERS: readonly (readonly string[])[] = [
  ['kin', 'run'],
  ['zul', 'xho', 'nbl', 'ssw'],
];

/** A language eld does not know, from franc-all, when franc's best answer is one of them. */
function beyondEld(sample: string): Identification | undefined {
  const ranked = francAll(sample, { minLength: 40 });
  const [first] = ranked;
  const cluster = CLUSTERS.find((members) => members.includes(first?.[0] ?? ''));
  const best = cluster ? ranked.find(([code]) => cluster.includes(code) && BEYOND_ELD[code]) : first;
  const lang = best ? BEYOND_ELD[best[0]] : undefined;
  const rival = ranked.find(([code]) => (cluster ? !cluster.includes(code) : code !== best?.[0]));
  // franc's scores draw together on long text (the runner-up of a clear Swahili article scores 0.98):
  // its answer counts when it leads by a hundredth at least; on markup and names all score 0.999.
  if (!lang || !best || best[1] - (rival?.[1] ?? 0) < 0.01) return undefined;
  // (Its lead is small on long text; still an answer, so never a confidence of nothing.)
  return { lang, confidence: Math.max(0.01, 1 - (ranked[1]?.[1] ?? 0)), scores: new Map(ranked.slice(0, 5).map(([code, score]) => [BEYOND_ELD[code] ?? code, score])) };
}

/** eld stops reading after about 350 bytes; each window stays below that. */
const WINDOW_BYTES = 330;
/** Characters of a passage that are scored: enough for a stable answer, bounded in cost. */
const PASSAGE_SAMPLE = 1_000;
/** Evidence (letters; CJK characters count three) of an article's prose that is scored. */
const ARTICLE_SAMPLE = 2_000;
/** Only the start of a long input is searched for prose lines: the language shows there. */
const ARTICLE_SCAN = 60_000;
/** Lines with less evidence than this (about five words) are furniture, not prose. */
const PROSE_LINE = 30;
/** Below this much evidence (a letter counts 1, a Han, kana or Hangul character 3) there is nothing to go on. */
const MIN_EVIDENCE = 15;

export interface Identification {
  /** BCP 47 primary language subtag: ISO 639-1 where one exists (`'pl'`, `'ja'`), else ISO 639-3 (`'ckb'`). */
  lang: string;
  /**
   * How far the winner is ahead of the runner-up: 1 − runner-up / winner, so 0 is a tie.
   * Related languages stay close even when the answer is right (Russian ahead of Bulgarian and
   * Ukrainian ≈ 0.02, Danish of Norwegian ≈ 0.08, French of Spanish ≈ 0.2, Polish of Czech ≈ 0.4);
   * 0 when eld itself calls every window unreliable.
   */
  confidence: number;
  /** Every language eld scored, relative to the winner (the winner is 1). */
  scores: ReadonlyMap<string, number>;
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Text cut at whitespace into pieces eld reads whole (a single longer word is left to eld, which cuts it). */
function windows(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    let size = 0;
    for (const char of word) size += utf8Length(char);
    if (bytes > 0 && bytes + 1 + size > WINDOW_BYTES) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current = current ? `${current} ${word}` : word;
    bytes += size + (bytes > 0 ? 1 : 0);
  }
  if (current) out.push(current);
  return out;
}

/** Letters; a Han, kana or Hangul character, which says as much as a short word, counts as three. */
function evidence(text: string): number {
  return (text.match(/\p{L}/gu)?.length ?? 0) + 2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);
}

/**
 * The language of a passage (a paragraph, a quotation): its first ~1,000 characters are
 * scored. `undefined` when there is too little text or no language scores at all.
 */
export function identifyLanguage(text: string): Identification | undefined {
  return identify(text.length > PASSAGE_SAMPLE ? text.slice(0, PASSAGE_SAMPLE) : text);
}

/**
 * `beyond`: also ask franc-all about languages eld does not know. For a whole article only: on
 * each passage of every article it would cost more than the rest of the reading.
 */
function identify(sample: string, beyond = false): Identification | undefined {
  if (evidence(sample) < MIN_EVIDENCE) return undefined;
  const totals = new Map<string, number>();
  let weight = 0;
  let reliable = false;
  for (const window of windows(sample)) {
    const result = detector().detect(window);
    if (!result.language) continue;
    const scores = Object.entries(result.getScores());
    // A script only one language uses (Hangul, Greek) decides even where eld finds too few n-grams.
    reliable ||= result.isReliable() || scores.length === 1;
    // eld's raw scores run lower for some languages (Korean, Chinese) than others: each window
    // counts relative to its own winner, weighted by its evidence, so a window of Korean
    // weighs as much as a window of English.
    const best = scores[0]?.[1] || 1;
    const w = evidence(window);
    weight += w;
    for (const [code, score] of scores) totals.set(tag(code), (totals.get(tag(code)) ?? 0) + (score / best) * w);
  }
  if (weight === 0) return beyond ? beyondEld(sample) : undefined;
  // Ties are broken by code, so the answer never depends on the order eld listed them in.
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [winner, top] = ranked[0] as [string, number];
  // Text eld is unsure of, or finds only a weak winner in (Swahili comes out as Tagalog, well short of
  // sure), may be in a language it does not know.
  if (beyond && (!reliable || (ranked.length > 1 && 1 - (ranked[1]?.[1] ?? 0) / top < 0.5))) {
    const other = beyondEld(sample);
    if (other) return other;
  }
  const lang = winner === 'ms' ? malayOrIndonesian(sample) : beyond && (winner === 'hi' || winner === 'mr') ? devanagariLanguage(sample, winner) : winner === 'pt' || winner === 'es' ? galicianOr(sample, winner, beyond) : beyond && NEIGHBOURS[winner] ? eldOrNeighbour(sample, winner) : winner === 'hr' || winner === 'sr' ? croatianBosnianOrSerbian(sample, winner) : winner;
  const second = ranked[1]?.[1] ?? 0;
  return {
    lang,
    confidence: reliable ? 1 - second / top : 0,
    scores: new Map(ranked.map(([l, s]) => [l, s / top])),
  };
}

/**
 * eld knows Hindi and Marathi but not Nepali, and reads a Nepali article as Hindi. franc-all has all
 * three: asked to choose among them alone, its answer counts when it names Nepali by a hundredth at
 * least (for a whole article; Hindi and Marathi stay eld's).
 */
function devanagariLanguage(sample: string, winner: string): string {
  const [best, second] = francAll(sample, { minLength: 40, only: ['hin', 'mar', 'npi'] });
  return best?.[0] === 'npi' && best[1] - (second?.[1] ?? 0) >= 0.01 ? 'ne' : winner;
}

/**
 * Languages eld does not know that it reads as a larger neighbour: Afrikaans and West Frisian as Dutch,
 * Nynorsk as Bokmål, Yiddish as Hebrew, Occitan as Catalan or French, Romansh as Italian or German, Cebuano as Tagalog,
 * Papiamento as Spanish or Portuguese.
 * franc-all knows both: asked to choose between the neighbour and its smaller ones alone, its answer
 * counts when it names a smaller one by a hundredth at least (for a whole article; on the corpus's
 * Dutch, Norwegian, Catalan, French, Italian, German and Tagalog pages it names the larger every time).
 */
const NEIGHBOURS: Readonly<Record<string, { own: string; smaller: Readonly<Record<string, string>> }>> = {
  nl: { own: 'nld', smaller: { afr: 'af', fry: 'fy' } },
  nb: { own: 'nob', smaller: { nno: 'nn' } },
  // (Yiddish, in Hebrew letters: eld reads it as Hebrew.)
  he: { own: 'heb', smaller: { ydd: 'yi' } },
  ca: { own: 'cat', smaller: { oci: 'oc' } },
  fr: { own: 'fra', smaller: { oci: 'oc' } },
  it: { own: 'ita', smaller: { roh: 'rm' } },
  de: { own: 'deu', smaller: { roh: 'rm' } },
  tl: { own: 'tgl', smaller: { ceb: 'ceb' } },
  // (Papiamento, of Aruba, Curaçao and Bonaire: eld reads it as Spanish or Portuguese. Galician is told first, `galicianOr`.)
  es: { own: 'spa', smaller: { pap: 'pap' } },
  pt: { own: 'por', smaller: { pap: 'pap' } },
};
const NEIGHBOUR_EVIDENCE = 150;
function eldOrNeighbour(sample: string, winner: string): string {
  const neighbours = NEIGHBOURS[winner];
  // (A headline's few words are too few: a Dutch one scored as Afrikaans.)
  if (!neighbours || evidence(sample) < NEIGHBOUR_EVIDENCE) return winner;
  const [best, second] = francAll(sample, { minLength: 40, only: [neighbours.own, ...Object.keys(neighbours.smaller)] });
  if (!best || best[0] === neighbours.own || best[1] - (second?.[1] ?? 0) < 0.01) return winner;
  return neighbours.smaller[best[0]] ?? winner;
}

/**
 * eld's database has Malay but not Indonesian, and answers `ms` for both. The two standard
 * languages share most words; each spells a few common ones its own way, and Indonesian news
 * leans on `tersebut`. More Indonesian spellings than Malay ones: Indonesian (`id`).
 */
const INDONESIAN_WORDS = /(?<!\p{L})(?:bahwa|karena|tersebut|uang|saja|kantor|polisi|mobil|pemerintah|mengatakan|bisa|kualitas|aktivitas|universitas|agustus|desember|sekitar|hingga|warga)(?!\p{L})/giu;
const MALAY_WORDS = /(?<!\p{L})(?:bahawa|kerana|wang|sahaja|pejabat|polis|kereta|kerajaan|berkata|boleh|kualiti|aktiviti|universiti|ogos|disember|kira-kira|sehingga|penduduk)(?!\p{L})/giu;
function malayOrIndonesian(text: string): string {
  const indonesian = text.match(INDONESIAN_WORDS)?.length ?? 0;
  const malay = text.match(MALAY_WORDS)?.length ?? 0;
  return indonesian > malay ? 'id' : 'ms';
}

/**
 * Croatian, Bosnian and Serbian (in Latin letters) share most words, and eld tells them apart poorly.
 * Two things differ. How they say the old long vowel: Croatian and Bosnian write `ije`/`je` (`vrijeme`,
 * `mjesto`, `rijeka`, `cijena`), Serbian `e` (`vreme`, `mesto`, `reka`, `cena`). And a few common words:
 * Croatian has `tisuća`, `vlak`, `tjedan`, `sustav` and months of its own (`siječnja`), where Serbian and
 * Bosnian say `hiljada`, `voz`, `sedmica`, `sistem` and `januar`. Serbian's vowel, at least twice and
 * more often than the other: Serbian. The other vowel: Croatian, unless the Serbian and Bosnian words
 * outnumber the Croatian ones, which makes it Bosnian. Else eld's answer.
 */
const IJEKAVIAN = /(?<!\p{L})(?:vrijeme|vremena|mjest\p{L}*|mjesec\p{L}*|rijek\p{L}*|cijen\p{L}*|dijete|djec\p{L}*|lijep\p{L}*|primjen\p{L}*|promjen\p{L}*|uvjet\p{L}*|prijevoz\p{L}*|vijeć\p{L}*|vijest\p{L}*|prije|poslije|nedjelj\p{L}*|sjedni\p{L}*|mlijek\p{L}*)(?!\p{L})/giu;
const EKAVIAN = /(?<!\p{L})(?:vreme|vremena|mest\p{L}*|mesec\p{L}*|rek[aeiu]|cen[aeiu]|cenama|dete|dec[aeiu]|lep\p{L}*|primen\p{L}*|promen\p{L}*|prevoz\p{L}*|već[aeu]|vesti?|vestima|pre|posle|nedelj\p{L}*|sedni\p{L}*|mlek\p{L}*)(?!\p{L})/giu;
const CROATIAN_LEXICON = /(?<!\p{L})(?:tisuć\p{L}*|vlak\p{L}*|tjed\p{L}*|sustav\p{L}*|siječ\p{L}*|veljač\p{L}*|ožujk\p{L}*|travnj\p{L}*|svibnj\p{L}*|lipnj\p{L}*|srpnj\p{L}*|kolovoz\p{L}*|rujn\p{L}*|listopad\p{L}*|studen\p{L}*|prosin\p{L}*|također|umirovljen\p{L}*|uvjet\p{L}*)(?!\p{L})/giu;
const SERBIAN_BOSNIAN_LEXICON = /(?<!\p{L})(?:hiljad\p{L}*|voz\p{L}*|sedmic\p{L}*|sistem\p{L}*|januar\p{L}*|februar\p{L}*|mart[a]?|april\p{L}*|avgust\p{L}*|august\p{L}*|septemb\p{L}*|oktob\p{L}*|novemb\p{L}*|decemb\p{L}*|opštin\p{L}*|takođe|penzioner\p{L}*|uslov\p{L}*|historij\p{L}*|tačk\p{L}*)(?!\p{L})/giu;
function croatianBosnianOrSerbian(text: string, answer: string): string {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const ijekavian = count(IJEKAVIAN);
  const ekavian = count(EKAVIAN);
  if (ekavian >= 2 && ekavian > ijekavian) return 'sr';
  if (ijekavian >= 2 && ijekavian > ekavian) return count(SERBIAN_BOSNIAN_LEXICON) > count(CROATIAN_LEXICON) ? 'bs' : 'hr';
  return answer;
}

/**
 * Galician, which eld does not know, comes out as Portuguese or Spanish. Its spelling tells it:
 * `x` where Portuguese writes `j`/`g` (`xunta`, `xente`, `xa`), `ñ` and `unha`, `non`, `tamén`, `máis`,
 * `polo`, `coa`; and no `ã`, `õ` or `ç`, which Portuguese has in most sentences. More Galician
 * words than Portuguese or Spanish ones, and at least three: Galician (`gl`). Otherwise, for a whole article,
 * the neighbours franc-all tells apart (Papiamento, `NEIGHBOURS`).
 */
const GALICIAN_WORDS = /(?<!\p{L})(?:xunta|xente|xa|xeral|xuño|xullo|xaneiro|unha|unhas|non|tamén|máis|aínda|polo|pola|polos|coa|co|cos|dende|concello|veciñ\p{L}*|traballo|traballador\p{L}*|sanidade|deputación|galeg\p{L}*|cómpre|porén)(?!\p{L})/giu;
const PORTUGUESE_OR_SPANISH_WORDS = /(?<!\p{L})(?:não|uma|também|ainda|mais|pelo|pela|com|ele|ela|cidade|governo|janeiro|junho|julho|una|también|todavía|más|por el|con|el|los|las|ciudad|gobierno|ayuntamiento|enero)(?!\p{L})|[ãõç]/giu;
function galicianOr(text: string, answer: string, beyond = false): string {
  const galician = text.match(GALICIAN_WORDS)?.length ?? 0;
  const other = text.match(PORTUGUESE_OR_SPANISH_WORDS)?.length ?? 0;
  if (galician >= 3 && galician > other) return 'gl';
  return beyond ? eldOrNeighbour(text, answer) : answer;
}

/**
 * The prose of a page: its longest lines (by evidence, so CJK lines are not undercounted),
 * up to ~2,000 letters, in page order. Menus and share rows are short lines, so English site
 * furniture around a French article does not outvote it (bench/language.js, "chrome" rows).
 */
export function proseSample(text: string, budget = ARTICLE_SAMPLE): string {
  const all = text
    .slice(0, ARTICLE_SCAN)
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i, size: evidence(line) }))
    .filter((l) => l.size > 0);
  // Menu items and buttons ("Home", "Sign in") are not prose; a page with nothing longer keeps them.
  const prose = all.filter((l) => l.size >= PROSE_LINE);
  const lines = (prose.length ? prose : all).sort((a, b) => b.size - a.size || a.i - b.i);
  const picked: typeof lines = [];
  let used = 0;
  for (const entry of lines) {
    if (used >= budget) break;
    // A very long line (a page without line breaks) is cut: 1.5 characters carry at least one unit of evidence.
    picked.push({ ...entry, line: entry.line.slice(0, Math.ceil((budget - used) * 1.5)) });
    used += entry.size;
  }
  return picked
    .sort((a, b) => a.i - b.i)
    .map((p) => p.line)
    .join('\n');
}

/**
 * The primary language of a whole article (BCP 47 primary subtag, ISO 639-1 where one exists),
 * from its longest lines. English only when the text is too short or nothing can be told,
 * the least surprising default for a screen reader. `--lang` and front matter always win.
 */
export function guessLanguage(text: string): string {
  const sample = proseSample(text);
  const scripted = languageOfScript(sample);
  if (scripted) return scripted;
  const found = identify(sample, true);
  return found && found.confidence > 0 ? found.lang : 'en';
}

/** How much text (letters) a page needs before its words may overrule the language it declares. */
const OVERRULING_EVIDENCE = 400;

/**
 * The language of an article's text when it is surely not English, for a page that declares
 * English over text in another language (`lang="en-US"` is the default of many site templates: a
 * Swahili paper's pages say so). `undefined` when the text is short, English, or the identifier unsure.
 */
export function surelyNotEnglish(text: string): string | undefined {
  const sample = proseSample(text);
  if (evidence(sample) < OVERRULING_EVIDENCE) return undefined;
  const scripted = languageOfScript(sample);
  if (scripted) return scripted;
  // Neither eld's winner nor the article's guess (which asks franc about languages eld does not know,
  // Swahili among them) may be English.
  if (identify(sample)?.lang === 'en') return undefined;
  const guess = guessLanguage(text);
  return guess === 'en' ? undefined : guess;
}

/**
 * Scripts that one language writes (among languages a news page is in), which eld does not know: a
 * page in Burmese, Khmer or Sinhala had been called English after its English menu, the only words
 * eld could read. Also Kazakh, whose Cyrillic has letters Russian lacks
 * (`ә ғ қ ң ұ`; not `і`, which Ukrainian writes, nor `ө ү`, which Mongolian does), which eld reads as Russian.
 */
const SCRIPT_LANGUAGES: readonly [RegExp, string][] = [
  [/(?=\p{L})\p{Script=Myanmar}/gu, 'my'],
  [/(?=\p{L})\p{Script=Khmer}/gu, 'km'],
  [/(?=\p{L})\p{Script=Sinhala}/gu, 'si'],
  [/(?=\p{L})\p{Script=Lao}/gu, 'lo'],
  [/(?=\p{L})\p{Script=Tibetan}/gu, 'bo'],
  [/(?=\p{L})\p{Script=Thaana}/gu, 'dv'],
];
const KAZAKH_LETTERS = /[әғқңұӘҒҚҢҰ]/gu;

/** The language of a sample most of whose letters are in a script only it writes, or `undefined`. (Letters only: these scripts' vowel signs are marks.) */
function languageOfScript(sample: string): string | undefined {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_EVIDENCE) return undefined;
  for (const [script, lang] of SCRIPT_LANGUAGES) if ((sample.match(script)?.length ?? 0) > letters / 2) return lang;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  // (One Kazakh letter in fifty: Russian text quoting a Kazakh name or two stays Russian.)
  if (cyrillic > letters / 2 && (sample.match(KAZAKH_LETTERS)?.length ?? 0) > cyrillic / 50) return 'kk';
  return undefined;
}

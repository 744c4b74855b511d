/**
 * The labels a site puts in front of links to its other stories (`Read more:`, `Lire aussi`,
 * `Czytaj również:`, `Saiba mais`), in one list, so that the three shapes they come in agree:
 * - the label alone on its line, opening a list of headlines (`Mehr Themen:` + 9 headlines);
 * - the label, a separator and a headline on one line (`Read more: Storm leaves …`);
 * - the label running into the headline (`Lire aussi Perpignan : les halles …`).
 *
 * Labels are compared without accents, because copies and hurried sites drop them (`A lire
 * aussi` for `À lire aussi`, `Mira tambien`).
 */

import { withoutAccents } from '../../shared/accents.js';

/** Labels that open a list when they stand alone, and prefix a headline when they do not. */
const READ_ALSO = [
  // en
  'read more', 'read more here', 'read also', 'also read', 'read next', 'see also', 'related', 'related article', 'related articles',
  'related story', 'related stories', 'related coverage', 'related content', 'related video', 'related news',
  'related links', 'related reading', 'related reads', 'more on this', 'more on this story', 'more on this topic', 'further reading',
  'recommended reading', 'recommended from editorial', 'must read', 'you may also like', 'you might also like', 'go deeper', 'dig deeper',
  'more stories', 'more news', 'more coverage', 'more related stories', "don't miss", 'must see',
  // fr
  'lire aussi', 'a lire aussi', 'a ne pas manquer', 'ne manquez pas', 'lire egalement', 'a lire egalement', 'lisez aussi', 'voir aussi', 'a voir aussi',
  'a voir', 'a voir egalement', 'a decouvrir', 'sur le meme sujet', 'notre dossier', 'la redaction vous conseille', 'la redaction vous recommande', 'nous vous recommandons', 'dans la meme rubrique',
  // de
  'lesen sie auch', 'fur sie empfohlen', 'empfohlen fur sie', 'lesen sie dazu auch', 'lesen sie dazu', 'lesen sie mehr', 'auch interessant', 'mehr zum thema', 'mehr themen', 'weitere themen',
  'weitere artikel', 'mehr news', 'mehr nachrichten', 'lesetipp', 'zum weiterlesen', 'weiterlesen',
  'das konnte sie auch interessieren', 'das konnte dich auch interessieren', 'nicht verpassen',
  // es
  'lee tambien', 'lea tambien', 'lee mas', 'lea mas', 'leer mas', 'lee mas sobre esto', 'lee mas sobre', 'lea mas sobre', 'lee ademas', 'revisa tambien', 'revisa',
  'mira tambien', 'mira aqui', 'mire aqui', 'vea tambien', 'ver tambien', 'te puede interesar', 'le puede interesar',
  'tambien te puede interesar', 'quizas tambien te interese', 'noticias relacionadas', 'contenido relacionado',
  'mas noticias', 'nuestro especial', 'mas informacion', 'noticia relacionada', 'relacionada', 'relacionado', 'noticias destacadas', 'te recomendamos', 'le recomendamos', 'recomendamos',
  // it
  'leggi anche', 'leggi pure', 'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbe interessarti anche',
  'per approfondire', 'approfondisci', 'approfondimento', 'approfondimenti', 'correlati', 'articoli correlati', 'potrebbe interessarti', 'vedi anche', 'guarda anche',
  // nl
  'lees ook', 'lees meer', 'bekijk ook', 'ook interessant', 'meer nieuws', 'meer over',
  // pt
  'leia mais', 'leia tambem', 'veja tambem', 'veja mais', 'saiba mais', 'confira', 'confira tambem', 'le tambem',
  'mais noticias', 'relacionados', 'artigos relacionados', 'tambem pode interessar', 'pode tambem gostar',
  // gl, eu, is
  'le tamen', 'le mais', 'irakurri gehiago', 'gehiago irakurri', 'lesa meira', 'lestu meira', 'sja einnig',
  // pl, cs, sk
  'czytaj tez', 'czytaj takze', 'czytaj rowniez', 'czytaj wiecej', 'przeczytaj tez', 'przeczytaj takze',
  'przeczytaj rowniez', 'zobacz takze', 'zobacz tez', 'zobacz rowniez', 'ctete take', 'ctete tez',
  'prectete si take', 'prectete si', 'souvisejici clanky', 'citajte aj', 'mohlo by vas zajimat', 'mohlo by vas zaujimat',
  // ca
  'et pot interessar', 'llegeix tambe', 'llegeix-ne mes', 'mes informacio',
  // sv, da, nb, fi
  'las mer', 'las ocksa', 'las aven', 'læs ogsa', 'læs mere', 'les ogsa', 'les mer', 'lue myos', 'lue lisaa',
  'katso myos',
  // hu, ro, id, tr, el
  'olvassa el', 'lasd meg', 'kapcsolodo', 'ajanljuk', 'citeste si', 'vezi si', 'baca juga', 'ilgili haber',
  'ilgili haberler', 'bunlar da ilginizi cekebilir', 'ilginizi cekebilir', 'ayrıca okuyun', 'διαβαστε επισης', 'διαβαστε ακομη', 'διαβαστε ακομα', 'δειτε επισης',
  // sk, hr, sl, he, hi
  'precitajte si aj', 'citajte viac', 'citajte aj', 'souvisejici', 'procitajte vise', 'procitajte i', 'procitajte i ovo', 'procitajte jos', 'citajte i ovo', 'preporucujemo', 'препоручујемо',
  'ez is erdekelhet', 'ezt is ajanljuk', 'материалы по теме', 'preberite se', 'preberite tudi', 'preberi se', 'preberi tudi', 'pilihan editor',
  'קראו עוד', 'קראו גם', 'עוד בנושא', 'אולי יעניין אותך', 'ये खबर भी पढ़ें', 'यह भी पढ़ें', 'ये भी पढ़ें', 'सम्बन्धित समाचार', 'सम्बन्धित खबर', 'यो पनि पढ्नुहोस्', 'यो पनि पढ्नुस्',
  // bg, sr, mk, lt, lv, et
  'прочетете още', 'прочетете също', 'още по темата', 'вижте още', 'свързани статии', 'свързани новини',
  'прочитајте још', 'прочитајте и', 'погледајте још', 'повезане вести', 'повезани текстови', 'прочитајте повеќе',
  'susije straipsniai', 'taip pat skaitykite', 'skaitykite taip pat', 'lasi ari', 'lasiet ari', 'lasi vel', 'lasiet vel', 'saistitie raksti',
  'loe ka', 'loe lisaks', 'seotud artiklid', 'seotud lood',
  // uk, ru, zh, vi
  'читайте також', 'читайте більше', 'по темі', 'читайте также', 'дивіться також', 'смотрите также', '延伸閱讀', '延伸阅读', '相關新聞', '相关新闻', '相关阅读', '相關閱讀', '相关链接', '相關連結', 'xem them', 'tin lien quan',
  // th, ar, bn, id
  'อ่านข่าวที่เกี่ยวข้อง', 'हेही वाचा', 'हे पण वाचा', 'อ่านข่าว', 'ข่าวที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'اقرأ أيضا', 'اقرأ أيضًا', 'اقرأ ايضا', 'اقرأ المزيد', 'আরও পড়ুন', 'আরো পড়ুন', 'Կարդացեք նաև', 'Կարդալ նաև', 'ఇదీ చదవండి', 'ఇది కూడా చదవండి', 'ఇవి కూడా చదవండి', 'ಇದನ್ನೂ ಓದಿ', 'આ પણ વાંચો', 'ਇਹ ਵੀ ਪੜ੍ਹੋ', 'ଏହା ବି ପଢ଼ନ୍ତୁ', 'මේවාත් කියවන්න', 'මෙයත් කියවන්න', 'ဆက်စပ်သတင်း', 'ဆက်စပ်ဖတ်ရှုရန်', 'អានបន្ថែម', 'ተጨማሪ ያንብቡ', 'Оқи отырыңыз', 'Тағы оқыңыз', 'Ещё по теме', 'lihat juga', 'یہ بھی پڑھیے', 'یہ بھی پڑھیں', 'مزید پڑھیے',
  // ar, fa, ta, sw
  'ذات صلة', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'اخبار ذات صلة', 'بیشتر بخوانید', 'مطالب مرتبط', 'اخبار مرتبط', 'தொடர்புடையது', 'தொடர்புடைய செய்திகள்', 'இதையும் படிக்கலாம்', 'இதையும் படியுங்கள்', 'soma zaidi', 'soma pia', 'habari zinazohusiana',
  // ms, fo, ht, sq, rw
  'baca', 'les eisini', 'li tou', 'li plis', 'lexo me shume', 'soma nanone',
  // sq, ga, mt, cy, lb, ha, az, uz, mn, tl, ms
  'lexo po ashtu', 'lexo edhe', 'lexoni edhe', 'lexoni gjithashtu', 'leigh freisin', 'leigh tuilleadh', 'aqra wkoll', 'aqra aktar',
  'darllenwch hefyd', 'darllen mwy', 'liest och', 'karanta kuma', 'labarai masu alaka', 'həmcinin oxuyun', 'həmcinin oxu', "shuningdek o'qing",
  'холбоотой мэдээ', 'мөн уншаарай', 'глядзіце таксама', 'чытайце таксама', 'чытайце яшчэ', 'basahin din', 'basahin ang', 'basahin', 'artikel berkaitan', 'baca lagi',
  // ja, ko
  '関連記事', '関連', '関連ニュース', 'あわせて読みたい', 'こちらもおすすめ', '관련기사', '관련 기사',
];

/** Labels too general to open a list alone (`More`, `Watch`): they count only before a headline. */
const PREFIX_ONLY = ['more', 'watch', 'listen', 'read', 'lire', 'leggi', 'lea', 'recommended', 'urmareste', 'urmareste video', 'video', 'wideo', 'watch video'];

/** Lower case without accents: `À lire aussi` and `A lire aussi` are the same label. */
export function foldLabel(text: string): string {
  return withoutAccents(text).toLowerCase().replace(/’/gu, "'");
}

function alternation(labels: string[]): string {
  // (Folded as the text is: `й` loses its breve like `é` its accent.)
  return [...new Set(labels.map(foldLabel))]
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|');
}

// (`READ:`, `MORE:`: a general label opens a list only with its colon.)
const STANDALONE = new RegExp(`^(?:(?:${alternation(READ_ALSO)})\\s*(?:[:|›»>.…]|\\.{3})?|(?:${alternation(PREFIX_ONLY)})\\s*:)$`, 'u');
// (A full stop separates too: `Lees ook. Eén op de vijf …`; and the whole may sit in brackets: `[See also: …]`.
// Scripts have their own colons: Armenian `՝`, Khmer `៖`, Ethiopic `፡`, the full-width `：`.)
// (`［関連］熊本市電、…`: a Japanese label in full-width brackets, which part it from the headline.)
const WITH_SEPARATOR = new RegExp(`^[[(［【]?(?:${alternation([...READ_ALSO, ...PREFIX_ONLY])}|read more (?:from|in|on|at) [^:]{1,30})\\s*[:|›»>–—.\\-：՝៖፡］】]\\s*[^\\s.…]`, 'u');
/** `ExploreMARTA board picks …`: a label that only ever comes glued to its link's headline. */
const GLUED_ONLY = ['explore'];
const RUN_ON = new RegExp(`^(?:${alternation([...READ_ALSO, ...GLUED_ONLY])})(\\s*)`, 'u');

/** `Mehr Themen:`, `Saiba Mais`, `A lire aussi`: the label alone, opening a list of headlines. */
export function isReadAlsoLabel(text: string): boolean {
  return STANDALONE.test(foldLabel(text.trim())) || MORE_FROM_SITE.test(withoutAccents(text.trim()));
}

/** `Mer från Aftonbladet`, `More from The Times`, `Mehr News aus Bochum:`, `Mehr vom Tagesspiegel`, `Weitere Nachrichten aus Erfurt`: a box of the site's (or the town's) other stories. */
const MORE_FROM_SITE = /^(?:[Mm]ore (?:news |stories )?from|[Aa] voir (?:egalement|aussi) sur|[Ll]atest from|[Ww]eitere (?:Nachrichten|Artikel|News|Meldungen|Themen) (?:aus|von|zu)|[Mm]ehr (?:News|Nachrichten|Artikel) (?:aus|von|zu)|[Mm]as noticias de|[Pp]lus d'(?:actualites|infos) (?:de|sur)|[Mm]er fran|[Mm]ere fra|[Mm]er fra|[Mm]ehr (?:von|vom|aus)|[Mm]eer (?:van|uit)|[Mm]ais d[oa]|[Mm]uito mais d[oa]|[Aa]ltro d[ae]l?l?a?|[Ww]ięcej z|[Ll]isää) (?:[Tt]he |[Dd]e[rnm]? |[Dd]ie |[Dd]as |[Ll]e |[Ll]a |[Ee]l )?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s\p{Lu}[\p{L}\p{N}.'’&-]*){0,2}\s*:?$/u;

/** `Read more: Storm leaves …`, `Czytaj również: Remont Wisłostrady…`: a label, a separator, a headline. */
export function isLabelledLink(text: string): boolean {
  return text.length <= 260 && WITH_SEPARATOR.test(foldLabel(text));
}

/**
 * `Lire aussi Perpignan : les halles …`, `Lire aussiMauritanie : …` (the link's words copied
 * without a space): the label runs into the headline (a capital or a quote), at least 12
 * characters of it.
 */
export function isRunOnLink(text: string): boolean {
  const folded = withoutAccents(text);
  const m = RUN_ON.exec(folded.toLowerCase());
  if (!m || text.length > 260) return false;
  const rest = folded.slice(m[0].length);
  const glued = m[1] === '';
  if (glued && !/\p{Ll}$/u.test(folded.slice(0, m[0].length))) return false;
  if (!glued && GLUED_ONLY.includes(m[0].trim())) return false;
  return (glued ? /^\p{Lu}/u : /^[\p{Lu}\p{N}«"“„]/u).test(rest) && rest.length >= 12;
}

/**
 * Bylines: who wrote the article, where from, and when.
 *
 * - `Priya Ramanathan in Eastwick and Tomasz Nowak in Gdańsk 3 HOURS AGO` → two authors,
 *   each with a place, and the dateline `3 HOURS AGO`;
 * - `By A and B in Washington and C in Tel Aviv` → A and B in Washington, C in Tel Aviv;
 * - `Von Anna Schmidt und Jonas Weber, Berlin` → both in Berlin (a place after the last name);
 * - `By Jane Doe | The Courier`, `By Jane Doe, CNN` → the publication is not a place;
 * - `par Paul Roux, correspondant à Marseille` → Marseille; roles stay only in `raw`;
 * - `By Ann Lee Follow and Bo Diaz Follow` → the follow buttons copied with the names go;
 * - `LISA MASCARO` → `Lisa Mascaro`: names set in capitals are typography, not spelling.
 * A leading `By` (`Von`, `Par`, `Por`, `Di`, `Door`, `Przez`, `Texto:` …) makes the line a
 * byline on its own; without it the line must look unmistakably like names.
 */
import { unicodeWords } from '../../shared/unicode-words.js';
import { isGivenName, isInitialAndName, looksLikePersonName } from '../../shared/person-names.js';
import { isKnownPlace } from '../../shared/places.js';
import type { Author, Byline } from '../../../tree/types.js';
import { type DatelineReading, type ReferenceDate, readDateline } from '../../shared/dates.js';
import { SOURCE_WORDS } from './footer.js';
import { matchFurniture } from './furniture.js';

const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)";
const PARTICLE = '(?:de|da|di|do|dos|das|du|des|van|von|der|den|del|della|la|le|al|el|bin|ibn|ter|zu|y|e)';
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,4}$`, 'u');
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,8}$/u;
const ROLE =
  unicodeWords(/\b(?:(?:senior|chief|special|foreign|political|economics?|business|science|health|staff|contributing|deputy|associate|managing|national|international|white house|washington|europe|europa|africa|asia|climate|technology|tech|transport|transportation|local democracy|democracy|environment|environmental|energy|housing|courts?|crime|city hall|metro|local|regional|city|state|county|government|legal|justice|investigative|digital|breaking news|weather|general assignment|data|features|entertainment|real estate|retail|markets|finance|education|culture|sports?)\s+)*(?:correspondents?|editors?|reporters?|writers?|columnists?|staff|analysts?|chief|bureau|contributors?|critic|desk|producer|journalist|photojournalist|fotojournalist|photographer|fotograf(?:in)?|fotógraf[oa]|fotografo|journalist|redakteurin|redakteur|korrespondentin|korrespondent|reporterin|journalistin|journaliste|correspondante?|envoyée? spéciale?|chroniqueuse|chroniqueur|rédactrice|rédacteur|corresponsal|enviad[oa] especial|periodista|redactora?|corrispondente|inviat[oa]|giornalista|redattrice|redattore|correspondent|verslaggever|redacteur|correspondente|repórter|jornalista|enviad[oa]|korespondent(?:ka)?|dziennikar(?:z|ka)|professor|lecturer|researcher|research fellow|senior fellow|doctoral candidate|phd candidate|professeure?|professorin|profesora?|professore(?:ssa)?|hoogleraar|universitair docent|chercheuse|chercheur|forscherin|forscher|investigador[a]?|ricercatr(?:ice|ore)|pesquisador[a]?|特派員|記者|记者|編集委員|論説委員|redaktor(?:ka)?|redaktorica|novinár(?:ka)?|novinář(?:ka)?|novinar(?:ka)?|urednik|urednica|toimittaja|kazetaria|blaðamaður|žurnālists|žurnāliste|žurnalistas|žurnalistė|ajakirjanik|muhabir|gazeteci|журналіст(?:ка)?|журналист(?:ка)?|кореспондент(?:ка)?|корреспондент|редактор(?:ка)?|δημοσιογράφος|συντάκτρια|συντάκτης|ziarist|jurnalist(?:ă)?|redactor|jurnalis|wartawan|wartawati|pewarta|kontributor|mwandishi(?: wa habari)?|intatheli|umunyamakuru|wariye|ɗan jarida|mamamahayag|כתב(?:ת)?|עורך|עורכת|\p{L}+(?:redakteurin|redakteur|korrespondentin|korrespondent|reporterin))\b/iu);
const SEPARATOR = /\s*,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+|en\s+|i\s+|och\s+|og\s+|ve\s+|eta\s+|dhe\s+)?|\s+(?:and|&|und|et|y|e|en|i|oraz|och|og|ve|eta|dhe|ac)\s+|\s*[;/]\s*|、/u;
/**
 * `Kurt Sciberras u Rebecca Farrugia`: Maltese "and", only before a given name the list knows, since in
 * Croatian and Serbian `u` is "in", before a town (`Marko Marković u Novom Sadu`).
 */
const MALTESE_AND = /\s+u\s+(?=(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+$)/u;
const PLACE = /^(.*?)\s+(?:in|à|a|en|aus|from|em|w|z|in der|im)\s+(\p{Lu}[\p{L} .'’-]*)$/u;
export const LEADING_BY =
  /^(?:propos recueillis par|as told to|interview by|(?:an? interview|ein interview|interview|text and photos?|words and pictures|un entretien|entretien réalisé|una entrevista|entrevista|un'intervista|intervista|een interview)\s+(?:by|von|par|de|di|door)|texte\s+par\s*:?|text\s+by|by\s*:|von\s*:|por\s*:|by|von|par|por|di|de|door|przez|av|af|oleh|daga|од|โดย\s*:?|penulis\s*:?|müəllif\s*:|muallif\s*:|текст\s*:|írta\s*:|de către|yazan\s*:|muhabir\s*:|curated\s+by\s*:?|from(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*,)|piš[eu]\s*:?|escriben?|pewarta\s*:|ni(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|pa(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|(?:na|nga|gan)(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|minn|yanditswe\s+na|tekst(?:ur)?\s*:|texti\s*:|napisala?\s*:?|escrito por|scritto da|skrevet a[fv]|kirjoittaja|toimittaja|napisao\s*:?|napsala?\s*:?|napísala?\s*:?|scris de|reportagem de|texto de|a cura di|ein(?:e)? (?:beitrag|kommentar|gastbeitrag|essay|analyse|reportage|kolumne|gastkommentar) von|γράφει (?:ο|η)|laporan wartawan|ulat ni|كتب\s*[:-]?|خبرنگار\s*:|نویسنده\s*:|گزارش\s*:|كتبت\s*[:-]?|بقلم\s*:?|пише\s*:?|लेखक\s*:|लेखिका\s*:|מאת|פֿון|written by|words by|story by|text(?:o)?\s*:|texte\s*:|(?:autor|author|auteur|автор)\p{L}{0,3}(?:\s*\/\s*(?:autor|author|auteur|автор)\p{L}{0,3})?\s*:|reportage\s*:|(?:撰文|作者|記者|记者|採訪|采访)\s*[:：]|文\s*[:：/／]?|取材・文\s*[:：]?)(?:(?<=[:：文/／])|(?![\p{L}\p{N}]))\s*/iu;
/**
 * `Tekst: Jan Kowalski`, `Szerző: Kovács Péter`, `Reporter: Dewi Lestari`: a word or two and a colon
 * before names is a writer's label in any language, once every name after it is a person's (a given
 * name the list knows confirms it), and the label is none of the other labels a page sets before a
 * name: a picture's, a source's, a tag list's, an editor's or a producer's. (Only a label in a script
 * with capitals: in Arabic, `عمّان: ليث الحمدان`, the word before the colon is the town.)
 */
const ANY_LABEL = /^([\p{Lu}\p{Ll}][\p{L}\p{M}.'’]{1,24}(?:\s[\p{L}\p{M}.'’]{1,16})?)\s*[:：]\s*(\S.{3,80})$/u;
const NOT_A_WRITER =
  /^(?:photos?|fotos?|foto\p{L}*|bild(?:er)?|kuva\p{L}*|zdj\p{L}*|fotó\p{L}*|φωτο\p{L}*|фото\p{L}*|image\p{L}*|imagen\p{L}*|immagin\p{L}*|illustrat\p{L}*|grafi\p{L}*|graphi\p{L}*|video\p{L}*|vídeo|audio|cam(?:era|éra)\p{L}*|kamera|sources?|quelle\p{L}*|fuentes?|fonte|bron|kilde|källa|lähde|źródło|zdroj|izvor|forrás|sursa|πηγή|kaynak|джерело|источник|източник|tags?|topics?|themen?|thèmes?|temas?|tem[ai]|etiquetas?|schlagw\p{L}*|mots?-clés|trefwoorden|related|siehe|see|voir|ver|lire|read|lesen|edit\p{L}*|redakt\p{L}*|redac\p{L}*|redaz\p{L}*|redig\p{L}*|produ\p{L}*|host|moderat\p{L}*|sprecher\p{L}*|narrat\p{L}*|translat\p{L}*|tradu\p{L}*|übersetz\p{L}*|contact\p{L}*|kontakt\p{L}*|interview\p{L}*|entrevista\p{L}*|update\p{L}*|watch|listen|exclusive|opinion|analysis|comment\p{L}*|kommentar|editorial|dossier|live|breaking|quote|zitat|cita|citation|copyright|rights|droits|rechte|derechos|diritti|credits?|crédits?|ceo|president|présidente?|präsident\p{L}*|presidente)$/iu;

/** The writer's label and the names after it, by `ANY_LABEL`; undefined when the names are not all people's. */
export function anyLabelNames(text: string): string | undefined {
  const m = ANY_LABEL.exec(text.trim());
  if (!m?.[1] || !m[2] || NOT_A_WRITER.test(m[1]) || /\d/u.test(m[2])) return undefined;
  const names = m[2].trim().replace(/[.,;]$/u, '');
  const people = names.split(/\s*(?:,|;|\s&\s|\s(?:and|und|et|y|e|i|en|og|och|és|și|ve|и|і|και|dan|at|a)\s)\s*/u);
  return people.length <= 4 && people.every((name) => looksLikePersonName(name)) ? names : undefined;
}

/** A byline's label: one the rules know, or any label before people's names. */
export function hasBylineLabel(text: string): boolean {
  return LEADING_BY.test(text) || !!anyLabelNames(text);
}
/** Chinese papers' titles before a name: reporter, correspondent, intern. */
const CHINESE_REPORTER = '(?:记者|記者|通讯员|通訊員|实习生|實習生)';
const CHINESE_TITLED_NAME = new RegExp(`${CHINESE_REPORTER}\\s*(\\p{Script=Han}{2,4})`, 'gu');
const CHINESE_TITLED_NAMES = new RegExp(`^(?:${CHINESE_REPORTER}\\s*\\p{Script=Han}{2,4}[\\s\\u3000]*)+$`, 'u');
/** `記者 林佳蓉 / 攝影 陳建宏 南投報導`: Taiwan's television news signs the reporter, the camera, and the town "reporting". */
const TAIWANESE_REPORTED = new RegExp(`^${CHINESE_REPORTER}\\s*(\\p{Script=Han}{2,4})(?:\\s*[/／]\\s*(?:攝影|摄影)\\s*(\\p{Script=Han}{2,4}))?\\s+(\\p{Script=Han}{2,4})(?:報導|报道)$`, 'u');

/** Korean: `대구=박성훈 기자` (place = name, reporter), `박성훈·김민지 기자`, and the sign-off under a story with the address (`김민수 기자 kms@kookje.co.kr`). */
const KOREAN_BYLINE = /^(?:(\p{Script=Hangul}{2,8})\s*=\s*)?(\p{Script=Hangul}{2,4}(?:\s*[·,]\s*\p{Script=Hangul}{2,4})*)\s*(?:기자|특파원|선임기자|객원기자)(?:\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?)?$/u;
/** A Korean reporter's sign-off (`김민수 기자 kms@kookje.co.kr`): the role names the line a byline as a label would. */
export function isKoreanByline(text: string): boolean {
  return KOREAN_BYLINE.test(text.trim());
}
/** Words that name a publication or agency, not a place: `By Jane Doe, CNN`. */
const PUBLICATION =
  unicodeWords(/\b(?:news|newswire|times|post|press|journal|tribune|herald|daily|gazette|republic|globe|mirror|express|examiner|enquirer|inquirer|dispatch|sentinel|register|bulletin|advertiser|statesman|courant|telegraph|guardian|observer|chronicle|courier|bloomberg|reuters|associated press|agence|afp|ap|dpa|efe|ansa|anp|lusa|pap|kyodo|cnn|bbc|npr|abc|cbs|nbc|fox|sky|radio|tv|magazine|review|weekly|online|zeitung|periódico|periodico|diario|quotidiano|jornal|dziennik|novinky|nachrichten|noticias|notícias|nieuws|nyheter|nyheder|uutiset|hírek|știri|ειδήσεις|berita|wiadomości|zprávy|presse|prensa|stampa|imprensa|t[ée]l[ée]visi(?:on|ons|ón|ão)|television|fernsehen|rundfunk|omroep|broadcasting|m[ée]dias?|journal|le monde|el país|today|ouest-france|wdr|ndr|swr|br|mdr|orf|srf|rtp|rai|rtve)\b/iu);
/** Small words a byline holds beside names: links, particles of names, roles' prepositions. */
const NAME_LINK = /^(?:and|und|et|y|e|en|i|og|och|ve|oraz|és|by|von|van|vom|zu|de|da|do|dos|das|del|della|di|du|des|le|la|der|den|ter|bin|al|el|in|at|for|für|pour|para|per|voor|em|à|a|aus|from|with|mit|avec|con|com|met|z|w|na|no|the|staff|correspondent|reporter|writer|editor|updated|published|on|am|le|den|dnia|kl|klo|um|ag|à|às)$/u;

/** A publication's name starts with an article: `The Courier`, `Le Progrès`. */
const ARTICLE_WORD = /^(?:the|le|la|les|el|los|las|der|die|das|il|lo|de|het|o|a|os|as)\s/iu;

/** News agencies, which sign stories on their own. */
export const AGENCY =
  /^\(?(?:(?:Redazione|Rédaction|Redacción|Redaktion|Redactie|Redação|Redakcja|Newsroom|Staff)\s+\S.{0,30}|AP|AFP|Reuters|dpa|EFE|ANSA|ANP|Belga|Lusa|PAP|Kyodo|共同|時事|APA|SDA|KNA|epd|Agence France-Presse|Associated Press|Europa Press|Agencia EFE|Agência Brasil|Bloomberg|Xinhua|Yonhap|PA(?: Media)?|Press Association|CP|Canadian Press|AAP|HINA|DHA|İHA|ANKA|Tanjug|STA|ČTK|CTK|TASR|MTI|BTA|LETA|BNS|ELTA|ANA-MPA|Ukrinform|PTI|IANS|ANI|Bernama|Antara|TT|NTB|Ritzau|STT|(?:PA|AP|AFP|EFE|ANSA|PAP|APA|AAP|CP|dpa) \p{Lu}\p{Ll}{2,})\)?(?:\s*[,/&]\s*(?:AP|AFP|Reuters|dpa|EFE|ANSA|ANP|Belga|Lusa|PAP|Kyodo|APA|SDA|KNA|epd|Bloomberg|Xinhua|Yonhap))*$/u;

export interface BylineOptions {
  reference?: ReferenceDate | undefined;
  lang?: string | undefined;
  /**
   * The line's dates, when the caller has read them already with the same reference and language
   * (`null`: it has none): the text reader measures every line once, and reading dates is most of
   * a byline's cost.
   */
  dates?: DatelineReading | null | undefined;
}

/** `In News by`, `Posted in Politics by`: a blog theme's section between the date and the byline's `by`. */
const FILED_IN = /^(?:posted |filed )?(?:in|under)\s+\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,2}\s+(?=by\s)/iu;

/** A count of the story's comments ending a byline's line, after a separator or `with`. */
const TRAILING_COMMENT_COUNT = /\s*(?:\s[-–—|·•]\s*|,\s*|\s+with\s+|\s+)\d+\s+(?:readers?['’]?\s+)?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?)$/iu;

/** A byline, with its dates when it carries them; `undefined` when the line is not one. */
export function parseByline(text: string, options: BylineOptions = {}): Byline | undefined {
  if (text.length > 300) return undefined;
  const raw = text;
  const dates = options.dates === undefined ? readDateline(text, options) : (options.dates ?? undefined);
  const dated = dates && (dates.published || dates.updated);
  // `On November 24, 2026 7:45 pm In News by Name`: after the date, the section the post was filed in, then the names.
  const unprefixed = dates ? (dated ? dates.rest.replace(FILED_IN, '') : dates.rest) : text;
  // `OLJ / Par Soraya HAMDANE`: the paper's initials before its writer's label.
  const initials = /^[\p{Lu}\p{N}.]{2,10}\s*[/|]\s*/u.exec(unprefixed);
  const afterInitials = initials && LEADING_BY.test(unprefixed.slice(initials[0].length)) ? unprefixed.slice(initials[0].length) : unprefixed;
  // `来源：羊城晚报 | 作者：温晓婷 | 发表时间：…`: of parts between bars, the one the writer's label opens holds the names.
  // (Or set apart by full-width spaces: `来源：浙江日报　　作者：记者 王晓峰　通讯员 陈洁`.)
  const labelledPart = /\s[|｜]\s|\u3000/u.test(afterInitials) ? afterInitials.split(/\s*[|｜]\s*|\u3000{2,}/u).filter((part) => LEADING_BY.test(part) && part.replace(LEADING_BY, '').trim()) : [];
  const rest = labelledPart.length === 1 && !LEADING_BY.test(afterInitials) ? (labelledPart[0] as string) : afterInitials;
  // A sentence is not a byline (unless the sentence-like end is its date: "… 4:12 p.m.").
  // A sentence is not a byline (but a name with a stray full stop is: `Gwenaëlle Le Bihan.`).
  if (!dated && /[.!?]["”]?$/.test(text) && !/\b\p{Lu}\.$/u.test(text) && !NAME.test(text.replace(/\.$/, ''))) return undefined;
  const byline: Byline = { authors: [], raw };
  if (dates?.published) byline.dateline = dates.published;
  // `記者林育萱／新竹報導`, `〔記者廖雅婷／台中報導〕`: reporter, name, place, "reporting" (Taiwan's papers).
  // (`中國時報 林欣儀／新北報導`: or the paper's name, then a space, in place of "reporter".)
  // (`蔡佳穎 林建宏 / 屏東報導`: or no title, and the names set apart by spaces.)
  const reporting =
    /^[〔[【(（]?\s*(?:記者|记者|\p{Script=Han}{2,6}(?:報|报|新聞|新闻)\s+)\s*([^／/\s、,，]{2,4}(?:[、,，][^／/\s、,，]{2,4})*)\s*[／/]\s*([^／/\s]{1,10}?)(?:報導|报道)\s*[〕\]】)）]?$/u.exec(rest.trim()) ??
    /^(\p{Script=Han}{2,4}(?:[、,，\s]\s*\p{Script=Han}{2,4})*)\s*[／/]\s*(\p{Script=Han}{1,10}?)(?:報導|报道)$/u.exec(rest.trim());
  if (reporting?.[1] && reporting[2]) {
    const place = reporting[2];
    return { ...byline, authors: reporting[1].split(/[、,，\s]+/u).map((name) => ({ name, location: place })) };
  }
  // `Rafael Nunes, da CNN, em São Paulo`: the name, the publication, the place.
  const fromIn = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|do|dos|van|von|del)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:da|do|de|of|from|for|für|pour|para|per)\s+[^,]{2,40},\s+(?:em|in|en|à|a|aus|no|na|nel|nella)\s+(\p{Lu}[\p{L} .'’-]{1,40})$/u.exec(rest.trim());
  if (fromIn?.[1] && fromIn[2]) {
    byline.authors = [{ name: titleCase(fromIn[1]), location: fromIn[2].trim() }];
    return byline;
  }
  // `Avec notre correspondant à Abidjan, Jérémie Kouadio`, `From our correspondent in Nairobi, Jane Doe`.
  const correspondent = /^(?:avec (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)|from our (?:correspondent|reporter)|desde (?:nuestro|nuestra) (?:corresponsal|enviad[oa] especial)|dal nostro (?:corrispondente|inviato)|von unserer? (?:korrespondentin|korrespondenten))\s+(?:à|au|aux|en|in|a|em|nach)\s+(\p{Lu}[\p{L} .'’-]{1,40}),\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/iu.exec(rest.trim());
  if (correspondent?.[1] && correspondent[2]) {
    byline.authors = [{ name: titleCase(correspondent[2]), location: correspondent[1].trim() }];
    return byline;
  }
  // Korean bylines (`KOREAN_BYLINE`): one alone, or several set apart by commas (`김민지 기자, 세종=이상훈 기자`).
  const koreanParts = rest.trim().split(/\s*,\s*(?=(?:\p{Script=Hangul}{2,8}\s*=\s*)?\p{Script=Hangul}{2,4}(?:\s*·\s*\p{Script=Hangul}{2,4})*\s*(?:기자|특파원|선임기자|객원기자)$)/u);
  const koreans = koreanParts.map((part) => KOREAN_BYLINE.exec(part));
  if (koreans.every((korean) => korean?.[2])) {
    byline.authors = koreans.flatMap((korean) => {
      const place = korean?.[1];
      return (korean?.[2] ?? '').split(/\s*[·,]\s*/u).map((name) => (place ? { name, location: place } : { name }));
    });
    return byline;
  }
  if (dates?.updated) byline.updated = dates.updated;
  // `Kolbrún Dögg Ragnarsdóttir skrifar`: "writes" after the names, as Icelandic, Danish and Norwegian papers sign.
  const writes = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(\s+(?:skrifar|skriver|skrev|writes|schreibt|écrit|escribe|scrive))$/u.exec(rest.trim());
  // (A label the rules do not know, before people's names: the names alone.)
  const knownLabel = LEADING_BY.test(rest);
  const labelledNames = knownLabel ? undefined : anyLabelNames(rest);
  const hasBy = knownLabel || !!labelledNames || (!!writes && !dated);
  let names = (labelledNames ?? (writes?.[1] ? rest.trim().slice(0, -writes[1].length) : rest))
    .replace(LEADING_BY, '')
    // (`By Shailesh Asthana Edited By: Nitesh Srivastava`: the desk's editor is no author.)
    .replace(/(?<=\S)\s+(?:(?:edited|reviewed|produced) by\s*:?|editor\s*:)\s+\S.*$/iu, '')
    // (`Petra Navrátilová, pnv`: the writer's initials in small letters, the desk's tag, after the name.)
    .replace(/(?<=\p{Lu}\p{Ll}+),\s*\p{Ll}{2,4}$/u, '')
    // (`文/羊城晚报全媒体记者 温晓婷`: the paper and the title "reporter" before a Chinese name.)
    .replace(new RegExp(`^\\p{Script=Han}{0,12}${CHINESE_REPORTER}\\s*(?=\\p{Script=Han}{2,4}$)`, 'u'), '')
    .replace(/\b(?:Follow|Folgen|Suivre|Seguir|Segui|Volgen)\b/gu, ' ')
    // An e-mail address beside the name (`Hollis Whitmire hwhitmire@postandcourier.com`), then a social
    // handle copied with the name: `Rachel Dimitriou@RDIMITRIOU`.
    .replace(/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, ' ')
    .replace(/\s*@[\p{L}\p{N}_]{2,30}/gu, ' ')
    // (`By Tom Barlow with 14 readers' comments`, `By admin - 3 Comments`: the story's comment count after the names.)
    .replace(TRAILING_COMMENT_COUNT, '')
    // (`Gintarė Vaitkutė, lrytas.lt`, `Marisa Dhillon | TheTyee.ca`: the site's address after the name.)
    .replace(/[\s,|]+[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}$/u, '')
    // `Marina Resende*`, `Hélène Marchetti (*)`: an asterisk that points to a note under the story (`*Estagiária sob …`).
    .replace(/(?<=\p{L})\s?(?:\*+|\(\*+\))(?=\s|,|$)/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|·•●,–—-]+|[\s|·•●,–—:-]+$/gu, '')
    .trim();
  // `Par Julien PRAZ - Hier à 17:14 | … - Temps de lecture : 3 min`: with the dates read out, a
  // reading time (or another button) can end the names with nothing between. (Only on a dated
  // line: the furniture rules are not run seven more times on every line of a page.)
  if (dated) names = withoutTrailingFurniture(names);
  // (`Story by Mara Delgado, Associated Press • 5h • 3 min read`: after a label, a row's parts past the
  // names, an age in hours and a reading time, are no names either.)
  else if (hasBy && /\s[•·]\s/u.test(names)) names = withoutTrailingFurniture(names.replace(/(?:\s[•·]\s\d{1,2}\s?(?:h|hrs?|m|mins?|d)(?=\s[•·]\s|$))+/gu, ''));
  // (`Par Antoine Bellec le 27.11.2025 à 06h30`: the little word before the date is no part of the name.)
  // (Only after capitalised names: `Une réunion publique prévue le 20 novembre` is a sentence's start.)
  if (dated && /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:le|on|am|el|il|du|de|em|op|w|o|den|dnia|[Kk]uya|[Kk]u wa|ngày|tarehe)$/u.test(names)) names = names.replace(/\s+\S+$/u, '');
  // `Nov 6th 2025|LISBON|4 min read`: buttons and reading times between bars are not names.
  names = names
    .split(/\s*[|·•●]\s*/u)
    // (`… - Temps de lecture : 3 min`: a part is judged without the dashes that joined it to the dates.)
    .map((part) => part.replace(/^[\s–—-]+|[\s–—-]+$/gu, ''))
    .filter((part, _i, parts) => part && !matchFurniture(part) && !SOURCE_LABEL.test(part) && !(parts.length >= 2 && isPublicationName(part.trim()) && !LEADING_BY.test(part)))
    .join(' | ');
  if (!names) return dated ? byline : undefined;
  // A sentence that mentions a date (`Cars … lie on their sides … on Nov. 2, 2025.`) is neither a
  // byline nor a dateline: names and their links have few words in small letters.
  const smallWords = names.split(/\s+/).filter((word) => /^\p{Ll}/u.test(word) && !NAME_LINK.test(word));
  if (smallWords.length >= 5) return undefined;
  // `By Jane Doe | The Courier`, `Jane Doe — Bloomberg`: what follows the bar is the publication.
  // After a dash, one word that is no publication is the place (`Gökhan Aydın - Trabzon`); a
  // person's name after a bar is a second author (`Rosa Ellery, Education Editor | Tom Whitcombe`).
  let dashPlace: string | undefined;
  // (`Deniz Yalçınkaya / Muğla`: after a spaced slash, one capitalised word that is no given name is the place too.)
  const slashed = /^(.*\S\s+\S.*?)\s+\/\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(names);
  if (slashed?.[1] && slashed[2] && !ROLE.test(slashed[2]) && !isGivenName(slashed[2]) && !isPublicationName(slashed[2]) && !AGENCY.test(slashed[2]) && looksLikePersonName(slashed[1])) {
    names = slashed[1];
    dashPlace = titleCase(slashed[2]);
  }
  const after = /\s+([|·•—–-])\s+(.*)$/u.exec(names);
  if (after?.[2]) {
    const tail = after[2].trim();
    names = names.slice(0, after.index).trim();
    // (Or a town the gazetteer knows: `Por Ana Clara Veloso — Rio de Janeiro`.)
    // (In Arabic, one word after the dash: `أحمد عاطف - عجمان`.)
    if (after[1] !== '|' && (/^\p{Lu}[\p{L}'’-]+$/u.test(tail) || /^[\p{Script=Arabic}\p{M}]{2,}$/u.test(tail) || isKnownPlace(tail)) && !isPublicationName(tail)) dashPlace = titleCase(tail);
    // (`By Nora Halvorsen Staff writer | Denver`: after a bar, a town the gazetteer knows and no person's name.)
    else if (after[1] === '|' && isKnownPlace(tail) && !isPublicationName(tail) && !looksLikePersonName(tail)) dashPlace = titleCase(tail);
    // (`| Baltimore Sun`: a town and a word after the bar is the town's paper, not a second author.)
    else if (after[1] === '|' && NAME.test(tail) && /\s/.test(tail) && !isPublicationName(tail) && !ARTICLE_WORD.test(tail) && !townsPaper(tail)) names = `${names}; ${tail}`;
  }
  // `Kontributor Bandung, Dewi Lestari` (after Kompas's label `Penulis`): a contributor in a town, then the name.
  const contributor = /^(?:Kontributor|Koresponden|Wartawan)\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?),\s*(\p{Lu}.{2,60})$/u.exec(names);
  if (contributor?.[1] && contributor[2] && looksLikePersonName(contributor[2])) return { ...byline, authors: [{ name: contributor[2].trim(), location: contributor[1] }] };
  // `لندن: علي بردى`: an Arabic paper's byline puts the town, then a colon, before the names (which a given name must confirm).
  // (`المصدر: أحمد عاطف - عجمان`: unless the word before the colon is a label, "source", "prepared by", "report".)
  // (`كتب`, `كتبت`, `بقلم` are `LEADING_BY`'s, already taken off.)
  const arabicLabel = /^(?:المصدر|مصدر|إعداد|اعداد|تقرير|متابعة|تحرير)\s*[:：-]\s*/u.exec(names);
  if (arabicLabel) names = names.slice(arabicLabel[0].length);
  const townFirst = /^([\p{Script=Arabic}\p{M}]+(?:\s[\p{Script=Arabic}\p{M}]+)?)\s*:\s*(\S.*)$/u.exec(names);
  const fromTown = townFirst?.[1] && townFirst[2] ? caselessAuthors(townFirst[2], false) : undefined;
  if (fromTown) return { ...byline, authors: fromTown.map((a) => ({ ...a, location: townFirst?.[1] as string })) };
  // `記者 林佳蓉 / 攝影 陳建宏 南投報導`: the reporter, the camera and the town, as Taiwan's television signs.
  const reported = TAIWANESE_REPORTED.exec(names);
  if (reported?.[1] && reported[3]) {
    const town = reported[3];
    return { ...byline, authors: [reported[1], reported[2]].filter((n): n is string => !!n).map((name) => ({ name, location: town })) };
  }
  // Scripts without capitals (`נועה שפירא ועמית לוי`): names that a given name confirms.
  // `记者 王晓峰　通讯员 陈洁`: Chinese reporters and correspondents, each after their title.
  const titled = CHINESE_TITLED_NAMES.test(names) ? [...names.matchAll(CHINESE_TITLED_NAME)].map((m) => ({ name: m[1] as string })) : undefined;
  if (titled?.length) return { ...byline, authors: titled };
  const caseless = caselessAuthors(names, hasBy)?.filter((a) => !isCompanyName(a.name));
  if (caseless?.length) return { ...byline, authors: dashPlace ? caseless.map((a) => ({ ...a, location: dashPlace as string })) : caseless };
  // (`By Reuters`, `por Lusa`, `EFE`: the agency signs the story; a desk, `Redacción Madrid`, signs no name.)
  if (AGENCY.test(names)) return hasBy || dated ? { ...byline, authors: agencyAuthors(names) } : undefined;
  const parsed = parseAuthors(names, hasBy || !!dated);
  if (!parsed) return hasBy && dated ? byline : undefined;
  const authors = parsed.filter((a) => !isCompanyName(a.name));
  if (!authors.length) return hasBy || dated ? byline : undefined;
  if (dashPlace) for (const a of authors) a.location ??= dashPlace;
  // (`Nous sommes le jeudi 26 novembre 2026`: beside a date with no label, words in small letters are a sentence's, not a name's.)
  if (!hasBy && authors.some((a) => a.name.split(/\s+/u).some((word) => /^\p{Ll}/u.test(word) && !NAME_LINK.test(word)))) return dated ? byline : undefined;
  // Names alone must look like names: two or more words (a CJK run could be any noun), and none
  // a pronoun, an article or a verb a name never holds (`Have Your Say`, `About Us`, `Follow The Story`).
  if (!hasBy && !dated && !authors.some((a) => /\s/.test(a.name) || isInitialAndName(a.name))) return undefined;
  if (!hasBy && !dated && authors.some((a) => NEVER_IN_A_NAME.test(a.name))) return undefined;
  // `ROMA, 03 novembre 2025`: one word before a date is where it was filed, not who wrote it.
  if (!hasBy && authors.length === 1 && !/\s/.test(authors[0]?.name ?? ' ') && !CJK_NAME.test(authors[0]?.name ?? '') && !isInitialAndName(authors[0]?.name ?? '')) return byline;
  byline.authors = authors;
  return byline;
}

/** `Harbor Point Cold Chain LLC`, `Acme Robotics GmbH`: a company, by the form of its name; a press release's issuer, not its author. */
const COMPANY = /\s(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|AG|plc|PLC|Corp\.?|Corporation|S\.A\.|SA|S\.p\.A\.|SpA|B\.V\.|N\.V\.|Pty Ltd|LLP|Co\.)$/u;

/** `熊本日日新聞`, `浙江日报`, `부산일보`: a paper's name, by the word for "newspaper" or "daily" it ends with. */
const CJK_PAPER = /(?:新聞社?|新闻社?|日報|日报|時報|时报|晚報|晚报|新報|通信社|通讯社|신문사?|일보)$/u;

export function isCompanyName(name: string): boolean {
  return COMPANY.test(name.trim()) || CJK_PAPER.test(name.trim());
}

/** `EFE` alone on a line in the header: the agency that signs the story. */
/** Chinese names of two to four characters, set apart by `、`, commas or spaces. */
const HAN_NAMES = '\\p{Script=Han}{2,4}(?:\\s*[、,，\\s]\\s*\\p{Script=Han}{2,4})*';
const HAN_NAME_SEPARATOR = /\s*[、,，\s]\s*/u;
/** `中新网北京11月25日电 (记者 李晓红)`: the agency, the town, the day, "wires", then the reporters in brackets. */
const CHINESE_WIRE_OPENING = new RegExp(`^(?:\\p{Script=Han}{1,6}?[网網社])?(\\p{Script=Han}{2,4}?)\\d{1,2}月\\d{1,2}日[电電]\\s*[（(]\\s*(?:记者|記者)\\s*(${HAN_NAMES})\\s*[）)]`, 'u');
/** `新京报讯（记者吴彤）`: the paper's "news" and the reporters, no town. */
// (`【环球网报道 记者 陈思远】`: or the site's "reports" and the reporters in lenticular brackets.)
const PAPER_NEWS_OPENING = new RegExp(`^(?:\\p{Script=Han}{2,8}[讯訊]\\s*[（(]|【\\s*\\p{Script=Han}{2,8}(?:报道|報導|讯|訊)\\s*)\\s*(?:记者|記者)\\s*(${HAN_NAMES})\\s*[）)】]`, 'u');

/**
 * The writer and the town at the start of a wire story's first paragraph, as Korean, Chinese and
 * Taiwanese agencies and papers open it: `(대전=연합뉴스) 김지훈 기자 = …`, `[서울=뉴시스]김지원 기자 = …`,
 * `中新网北京11月25日电 (记者 李晓红)…`, `新华社北京11月25日电（记者张三、李四）…`, `（中央社記者林育萱台北26日電）…`.
 */
export function wireOpeningAuthors(paragraph: string): Author[] | undefined {
  const korean = /^[[(]\s*(\p{Script=Hangul}{2,8})\s*=\s*[^\])]{2,12}[\])]\s*(\p{Script=Hangul}{2,4}(?:\s*[·,]\s*\p{Script=Hangul}{2,4})*)\s*(?:기자|특파원)\s*=/u.exec(paragraph);
  if (korean?.[1] && korean[2]) return korean[2].split(/\s*[·,]\s*/u).map((name) => ({ name, location: korean[1] as string }));
  const chinese = CHINESE_WIRE_OPENING.exec(paragraph);
  if (chinese?.[1] && chinese[2]) return chinese[2].split(HAN_NAME_SEPARATOR).map((name) => ({ name, location: chinese[1] as string }));
  const paperNews = PAPER_NEWS_OPENING.exec(paragraph);
  if (paperNews?.[1]) return paperNews[1].split(HAN_NAME_SEPARATOR).map((name) => ({ name }));
  // (The name and the town run together: a name of three characters, or of two when three would leave the town one.)
  const taiwanese = /^[（(](?:中央社)?(?:记者|記者)(\p{Script=Han}{4,7}?)\d{1,2}日[电電][）)]/u.exec(paragraph);
  const run = taiwanese?.[1];
  if (!run) return undefined;
  const split = run.length - 3 >= 2 ? 3 : 2;
  return [{ name: run.slice(0, split), location: run.slice(split) }];
}

/**
 * `በሄኖክ ተስፋዬ`: Amharic papers sign under the story with "by" glued to the name as a prefix (`በ`).
 * Read only on the line right under the story: elsewhere two words after `በ` are as often a phrase.
 */
export function ethiopicSignOff(text: string): Author[] | undefined {
  const m = /^በ(\p{Script=Ethiopic}{2,}(?:\s\p{Script=Ethiopic}{2,}){1,2})$/u.exec(text.trim());
  return m?.[1] ? [{ name: m[1] }] : undefined;
}

export function agencyLine(text: string): Author[] | undefined {
  // (`Source: AAP`: an agency named as the story's source signs it.)
  const bare = text.trim().replace(SOURCE_LABEL, '');
  if (!AGENCY.test(bare)) return undefined;
  const authors = agencyAuthors(bare);
  return authors.length ? authors : undefined;
}

/** `Source:` before an agency's name, in the languages of the corpus. */
const SOURCE_LABEL = new RegExp(`^(?:${SOURCE_WORDS})\\s*:\\s*`, 'iu');

/** `AFP / Reuters` → two agencies as the byline's authors; a desk (`Redazione Roma`, `Staff`) → none. */
function agencyAuthors(names: string): Author[] {
  const bare = names.replace(/^\(|\)$/gu, '').trim();
  const desk = /^(?:Redazione|Rédaction|Redacción|Redaktion|Redactie|Redação|Redakcja|Newsroom|Staff)\s+(\S.*)$/u.exec(bare);
  // (`Redazione ANSA`: an agency's own desk signs for the agency; `Redacción Madrid`, a paper's desk, signs no name.)
  if (desk) return desk[1] && AGENCY.test(desk[1]) && !desk[1].includes(' ') ? agencyAuthors(desk[1]) : [];
  return bare
    .split(/\s*[,/&]\s*/u)
    .filter(Boolean)
    .map((name) => ({ name }));
}

/** `SFGATE`, `NEW`: written all in capitals (in a script that has them) and no town the gazetteer knows; no place. */
export function isUnknownInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && !isKnownPlace(titleCase(text));
}

/** `Baltimore Sun`, `Toledo Blade`: a town the gazetteer knows (no given name) and one more word. */
export function townsPaper(text: string): boolean {
  const words = text.split(/\s+/u);
  const town = words.slice(0, -1).join(' ');
  return words.length >= 2 && words.length <= 4 && isKnownPlace(town) && !isGivenName(words[0] as string);
}

/** The names without a button or a reading time at their end (two to eight words long; the longest that is one). */
function withoutTrailingFurniture(names: string): string {
  const words = names.split(' ');
  for (let cut = Math.max(0, words.length - 8); cut <= words.length - 2; cut++) {
    // (A button or a reading time starts with a capital or a number: `Temps de lecture : 3 min`, `4 min read`.)
    if (!/^[\p{Lu}\p{N}]/u.test(words[cut] ?? '')) continue;
    if (matchFurniture(words.slice(cut).join(' '))) return words.slice(0, cut).join(' ').replace(/[\s|·•,–—-]+$/u, '');
  }
  return names;
}

/** `ProPublica`, `HuffPost`, `AL.com`: one word with a capital inside (not `McNamara`), or a web address; never a person or a place. */
const BRAND = /^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}\p{L}+$|\.(?:com|org|net|co|info|news)$/u;

/** Words no person's name holds, in any capitals: pronouns, articles, auxiliaries, prepositions of menus. */
const NEVER_IN_A_NAME =
  /(?<![\p{L}'’])(?:google|facebook|twitter|instagram|whatsapp|youtube|tiktok|linkedin|telegram|flipboard|pinterest|your|our|my|their|its|you|we|us|me|have|has|had|is|are|was|were|be|the|this|that|these|what|who|how|why|where|with|for|to|of|about|from|more|all|here|now|new|votre|notre|vos|nos|unser\w*|wir|nuestr[oa]s?|nostr[oa]|jouw|onze)(?![\p{L}'’])/iu;

/**
 * Names in Hebrew or Arabic, which have no capitals to tell a name: each part (between commas,
 * or before the conjunction glued to the next name, Hebrew `ו`, Arabic `و`) two to four words
 * with a given name first or last, or any two to four words after a byline's label.
 */
function caselessAuthors(names: string, labelled: boolean): Author[] | undefined {
  // (`سامي المالكي (جدة)`: the town the writer filed from, in brackets after the names.)
  const bracketed = /^(.+?)\s*\(([^()]{2,30})\)$/u.exec(names);
  const place = bracketed?.[2] && CASELESS_NAMES.test(bracketed[2]) ? bracketed[2].trim() : undefined;
  const bare = place ? (bracketed?.[1] as string) : names;
  if (!CASELESS_NAMES.test(bare)) return undefined;
  const parts = bare
    .split(/\s*,\s*|\s+(?:ו-?|و)(?=[\p{Script=Hebrew}\p{Script=Arabic}]{2})/u)
    .map((part) => part.trim())
    .filter(Boolean);
  // (After a label, `كتب:`, `מאת`, `By :`, two to four words make a name without a given name the list knows.)
  const named = (part: string) => looksLikePersonName(part) || (labelled && /^\S+(?:\s\S+){1,3}$/u.test(part));
  if (parts.length === 0 || !parts.every(named)) return undefined;
  return parts.map((name) => (place ? { name, location: place } : { name }));
}

/**
 * Names in scripts without capitals, which the capitalised-name rules cannot see: Hebrew and Arabic,
 * the scripts of India and Sri Lanka (`By : रोहित सिंह`), Thai, Lao, Burmese, Khmer, Georgian, Ethiopic.
 */
const CASELESS_NAMES =
  /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Georgian}\p{Script=Ethiopic}\p{M}\s,'’"-]+$/u;

/**
 * `Ольга Никитина, Новосибирск; Тимофей Ларин`: authors between semicolons, each perhaps with the town
 * they wrote from after a comma. (A semicolon sets the authors apart, so the comma inside a part
 * can only set off that author's town.)
 */
function semicolonGroups(names: string): Author[] | undefined {
  if (!names.includes(';') || names.includes('\u0001')) return undefined;
  const groups = names.split(/\s*;\s*/u).filter(Boolean);
  if (groups.length < 2) return undefined;
  const authors: Author[] = [];
  for (const group of groups) {
    const [name = '', place, ...more] = group.split(/\s*,\s*/u);
    if (more.length || !NAME.test(name) || !looksLikePersonName(name)) return undefined;
    // (One word, or a town the gazetteer knows: `Education Editor` after a name is a role.)
    if (place !== undefined && (ROLE.test(place) || !(/^\p{Lu}[\p{L}'’-]+$/u.test(place) || isKnownPlace(place)))) return undefined;
    authors.push(place ? { name, location: place } : { name });
  }
  return authors;
}

function parseAuthors(written: string, lenient: boolean): Author[] | undefined {
  // `Martina Kolesárová a Tomáš Hreško`: Czech and Slovak `a` ("and") between two people's names, not the
  // `a` of a place (`Laura Bianchi a Milano`).
  const twoWithA = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s+a\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(written.trim());
  const namesPart = twoWithA?.[1] && twoWithA[2] && looksLikePersonName(twoWithA[1]) && looksLikePersonName(twoWithA[2]) ? `${twoWithA[1]} & ${twoWithA[2]}` : written;
  const grouped = semicolonGroups(namesPart);
  if (grouped) return grouped;
  // `(Berlin)` / `[Berlin]` after the names: a place in brackets.
  let trailingPlace: string | undefined;
  // `(Lyon, correspondante)`, `(Correspondante à Strasbourg)`: the place in brackets after a name
  // belongs to that name (or, at the end, to all before it).
  const bracketed: string[] = [];
  let text = namesPart.replace(/\s*[([]([^()[\]]{2,60})[)\]]/gu, (_m, inside: string) => {
    bracketed.push(placeInBrackets(inside));
    return `\u0001${bracketed.length - 1}`;
  });
  if (/\u0001\d+$/u.test(text) && !/\u0001\d+\s*[,;]/u.test(text)) {
    text = text.replace(/\u0001(\d+)$/u, (_m, n: string) => {
      trailingPlace = bracketed[Number(n)] || undefined;
      return '';
    });
  }
  const maltese = MALTESE_AND.exec(text);
  if (maltese?.[1] && isGivenName(maltese[1])) text = `${text.slice(0, maltese.index)}, ${text.slice(maltese.index + maltese[0].length)}`;
  const segments = text
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  // `A und B, Berlin`, `Jane Doe, CNN`: a last segment set off by a comma after the names
  // (not by "and") is a place or a publication.
  const lastComma = text.lastIndexOf(',');
  // `A, B Fox News`: a last name with the publication glued after it is a name.
  const named = segments.length >= 2 ? withoutPublication(segments[segments.length - 1] as string) : undefined;
  if (named && named !== segments[segments.length - 1]) segments[segments.length - 1] = named;
  const last = segments[segments.length - 1];
  const commaSetOff = lastComma > 0 && last !== undefined && text.slice(lastComma + 1).trim() === last;
  const beforeComma = text.slice(0, Math.max(0, lastComma));
  const afterAnd = /\s(?:and|&|und|et|y|e|en|i|oraz|och|og|ve)\s/u.test(beforeComma);
  // After a single name, only a one-word place (`Jane Doe, Berlin`): `Jane Doe, John Roe` is two names.
  // Two words after one name are more often a second author (`Von Katharina Brandt, Jonas Wille`)
  // than a place (`By Ritika Sharma, New Delhi`): losing an author is the worse mistake.
  const placeShaped = afterAnd || !/\s/u.test(last ?? '') || PUBLICATION.test(last ?? '') || AGENCY.test(last ?? '') || isKnownPlace(last ?? '') || INSTITUTION.test(last ?? '') || last === last?.toUpperCase();
  // `Por Camila Teixeira, g1 SP`: after "By", a last part that cannot be a name is the desk.
  if (lenient && segments.length >= 2 && last && commaSetOff && !/^\p{Lu}/u.test(last) && !ROLE.test(last)) segments.pop();
  // (A given name and a family name that the gazetteer does not know as a town is a second author: `…, NUR AINI SAPUTRI`.)
  else if (segments.length >= 2 && last && commaSetOff && (segments.length === 2 || afterAnd) && placeShaped && isPlaceOrPublication(last) && !isAnotherPerson(last)) {
    segments.pop();
    // (`By Mira Castellanos, SFGATE`: a word in capitals that no gazetteer knows is the site's name.)
    if (!PUBLICATION.test(last) && !AGENCY.test(last) && !INSTITUTION.test(last) && !BRAND.test(last) && !isUnknownInCapitals(last)) trailingPlace ??= titleCase(last);
  }
  text = '';
  const authors: Author[] = [];
  let waiting: Author[] = [];
  for (const segment of segments) {
    const roleMatch = ROLE.exec(segment);
    if (roleMatch) {
      // `correspondent in Paris`, `correspondant à Marseille`: the role places the author before it.
      const placed = PLACE.exec(segment.slice(roleMatch.index));
      let before = segment.slice(0, roleMatch.index).trim();
      // `Marcus Oyelaran Globe Staff`: the publication's short name stands before `Staff`.
      if (/^staff\b/iu.test(roleMatch[0]) && before.split(/\s+/).length >= 3) before = before.replace(/\s+\S+$/u, '');
      // (`Mid-West Correspondent`, `Business Reporter`: one word before a role that is no given name is the beat, not a person.)
      // (`Siobhán Ní Dhálaigh, North Clare Correspondent`: after a name, words before a role that open with no given name are the beat's region.)
      const beat = authors.length > 0 && !isGivenName(before.split(/\s+/u)[0] ?? '');
      if (before && !beat && NAME.test(titleCase(before)) && (/\s/u.test(before) || isGivenName(before))) {
        const author: Author = { name: titleCase(before) };
        authors.push(author);
        waiting.push(author);
      }
      if (placed?.[2]) {
        for (const w of waiting) w.location = placed[2].trim();
        waiting = [];
      }
      continue;
    }
    if ((PUBLICATION.test(segment) || BRAND.test(segment)) && authors.length > 0 && withoutPublication(segment) === segment) continue;
    // `Prachi Bhosekar / TNN`: a word of two to five capitals beside a name is a news service, not a person.
    if (segments.length >= 2 && /^\p{Lu}{2,5}$/u.test(segment)) continue;
    const marker = /\u0001(\d+)/u.exec(segment);
    const own = marker ? bracketed[Number(marker[1])] : undefined;
    const plain = withoutPublication(segment.replace(/\u0001\d+/gu, '').trim());
    const placed = PLACE.exec(plain);
    const name = titleCase((placed ? placed[1] : plain)?.trim() ?? '');
    if (!NAME.test(name) && !CJK_NAME.test(name) && !(lenient && name.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(name))) return undefined;
    // `Northwind Water Technologies Inc.`: a company, not a person.
    if (!lenient && /\b(?:Inc|Ltd|LLC|GmbH|AG|S\.A|SA|SpA|S\.p\.A|plc|PLC|Corp|Corporation|Company|N\.V|B\.V|Oy|AB|ASA|A\/S|Limited)\.?$/u.test(name)) return undefined;
    // `The Four-Day School Week Is a Budget Trick …` is a title, not a name and a place.
    if (!lenient && /^(?:the|der|die|das|het|los|las|les)\s/iu.test(name)) return undefined;
    const author: Author = { name };
    if (own) author.location = own;
    waiting.push(author);
    authors.push(author);
    if (placed?.[2] || own) {
      for (const w of waiting) w.location ??= placed?.[2]?.trim() ?? own;
      waiting = [];
    }
  }
  if (trailingPlace) for (const a of authors) a.location ??= trailingPlace;
  return authors.length > 0 && authors.length <= 8 ? authors : undefined;
}

/**
 * A name with its publication after it: `Jane Doe for The Times`, `JAMES TORRANCE FOR MAILONLINE`,
 * `Caleb Ortiz Fox News`, `Véronique Gagnon La Presse` → the name alone; a time or a code read
 * with it too (`Paula Arenas 15h`, `Laura Heikkilä HS`).
 */
function withoutPublication(segment: string): string {
  const forPublication = /^(.+?)\s+(?:for|FOR|für|pour|para|per|voor|för)\s+\S.*$/u.exec(segment);
  if (forPublication?.[1] && NAME.test(titleCase(forPublication[1]))) return forPublication[1];
  const words = segment.split(/\s+/);
  const count = words.length;
  // A time or a short code in capitals read with the name (`Paula Arenas 15h`, `Laura Heikkilä HS`).
  while (words.length > 2 && (/\p{N}/u.test(words[words.length - 1] as string) || /^\p{Lu}{2,3}$/u.test(words[words.length - 1] as string)) && looksLikePersonName(words.slice(0, -1).join(' '))) words.pop();
  for (let cut = 2; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    // (Not when the words before are the publication's own: `The Seattle Times`, `Detroit Free Press`.)
    const publicationHead = ARTICLE_WORD.test(head) || (isKnownPlace(words[0] as string) && !looksLikePersonName(head));
    if (PUBLICATION.test(words.slice(cut).join(' ')) && !PUBLICATION.test(head) && !publicationHead) return head;
  }
  return words.length === count ? segment : words.join(' ');
}

/** `Lyon, correspondante` → `Lyon`; `Correspondante à Strasbourg` → `Strasbourg`. */
function placeInBrackets(inside: string): string {
  // (`Ewelina Jurczak (PAP)`: an agency in brackets is where the writer works, not where they wrote from.)
  if (AGENCY.test(inside.trim())) return '';
  return inside
    .split(/\s*,\s*/)
    .map((part) => (ROLE.test(part) ? (PLACE.exec(part)?.[2] ?? '') : part).trim())
    .filter(Boolean)
    .join(', ');
}

/** `BBC News Mundo`, `The Courier`, `CNN`: a publication's or agency's name. */
export function isPublicationName(text: string): boolean {
  return PUBLICATION.test(text) || AGENCY.test(text);
}

/** `University of Nebraska-Lincoln`, `Sciences Po`, `Max-Planck-Institut`: an author's institution. */
const INSTITUTION = unicodeWords(/\b(?:universit(?:y|ies|é|ät|à|ad|ade|eit|et|y college)|college|institut(?:e|o|a)?|school|hochschule|école|escuela|scuola|academy|akademie|foundation|stiftung|fondation|fundación|centre|center|zentrum|lab(?:oratory)?|museum|hospital|clinic)\b/iu);

function isAnotherPerson(segment: string): boolean {
  const name = titleCase(segment);
  return !PUBLICATION.test(segment) && !AGENCY.test(segment) && looksLikePersonName(name) && !isKnownPlace(name);
}

function isPlaceOrPublication(segment: string): boolean {
  if (ROLE.test(segment)) return false;
  if (PUBLICATION.test(segment) || AGENCY.test(segment) || INSTITUTION.test(segment)) return true;
  // One to three capitalised words: `Berlin`, `Rio de Janeiro`, `NEW YORK`, `Frankfurt am Main`.
  return /^\p{Lu}[\p{L}.'’-]*(?:\s(?:de|do|da|del|am|an|sur|upon|on)?\s?\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(segment);
}

/** `LISA MASCARO` → `Lisa Mascaro`. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The line under a byline naming the author's organisation and place:
 * `BBC News, York` → `{ organization: 'BBC News', place: 'York' }`.
 */
export function matchAffiliation(text: string): { organization: string; place: string } | undefined {
  const m = /^(\p{Lu}[\p{L}&.'’ -]{1,40}),\s*(\p{Lu}[\p{L} .'’-]{1,30})$/u.exec(text);
  if (!m?.[1] || !m[2] || text.split(/\s+/).length > 6) return undefined;
  return { organization: m[1].trim(), place: m[2].trim() };
}

/** `Redakteurin im Berlin-Ressort. Schreibt über …`: a short note about a person that opens with the role. */
export function startsWithRole(text: string): boolean {
  const role = ROLE.exec(text);
  return !!role && role.index === 0 && text.split(/\s+/).length <= 40;
}

/** `Local Democracy Reporter`, `Staff Writer`: a role and nothing else on the line (never a headline). */
export function isRoleAlone(text: string): boolean {
  const trimmed = text.trim().replace(/\.$/u, '');
  const role = ROLE.exec(trimmed);
  return !!role && role.index + role[0].length === trimmed.length && trimmed.split(/\s+/u).length <= 5 && /^\p{Lu}/u.test(trimmed);
}

/** A role line standing under a name: `Staff Writer`, `Correspondante à Lyon`. */
export function matchRoleLine(text: string): { place?: string } | undefined {
  if (text.length > 80 || !ROLE.test(text) || /[!?]$/.test(text) || /[^.]\.\s/.test(text)) return undefined;
  const words = text.split(/\s+/).length;
  if (words > 8) return undefined;
  const placed = PLACE.exec(text);
  return placed?.[2] ? { place: placed[2].trim() } : {};
}

/** A byline's label on a line of its own (`By`, `News provided by`, `Texto:`): the names are on the next line. */
const BY_LABEL = /^(?:(?:news )?(?:provided|written|reported|presented) by|by|von|par|por|di|door|przez|text|texto|texte|autor|author|auteur|(?:the )?authors?(?: of (?:the|this) (?:article|story))?|autore?s?|autori|autora|auteurs|autorzy|autoři|avtorji|autorius|autoriai|szerzők?|tekijät?|forfatter(?:e|ne)?|författare|авторы?|автори|аутори?|συντάκτ\p{L}*)\s*:?$/iu;

export function isBylineLabel(text: string): boolean {
  return BY_LABEL.test(text);
}

/**
 * The words around dates on news pages, per language: month names, the labels in front of a
 * date (`Published`, `mis à jour le`, `Aktualisiert am`, `更新`), relative forms (`3 hours ago`,
 * `hace 2 horas`, `3時間前`, `wczoraj`) and time zone names. Data only; `dates.ts` reads it.
 * Languages: en, fr, de, es, it, nl, pt, pl, ja, sv, da, nb, tr; month names also in uk and ru, and
 * from CLDR in thirty more (`cldrMonths`).
 */

/** Month names and abbreviations, lowercase, without the abbreviation dot (Russian sites cut them to three letters: `25 ноя`). */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier', 'janv', 'januar', 'jänner', 'jän', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro', 'stycznia', 'styczeń', 'sty', 'ocak', 'ledna', 'leden', 'jan', 'január', 'gener', 'січня', 'января', 'янв'],
  ['february', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'februar', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev', 'lutego', 'luty', 'lut', 'şubat', 'subat', 'února', 'únor', 'feb', 'február', 'febrer', 'лютого', 'февраля', 'фев'],
  ['march', 'mars', 'märz', 'marz', 'mär', 'marzo', 'maart', 'mrt', 'março', 'marco', 'marca', 'marzec', 'marts', 'mart', 'března', 'březen', 'mar', 'március', 'març', 'березня', 'марта', 'мар'],
  ['april', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'kwi', 'nisan', 'dubna', 'duben', 'apr', 'április', 'квітня', 'апреля', 'апр'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'maja', 'maj', 'mayıs', 'mayis', 'května', 'květen', 'május', 'maig', 'травня', 'мая'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'cze', 'haziran', 'června', 'červen', 'jun', 'június', 'juny', 'червня', 'июня', 'июн'],
  ['july', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'lip', 'temmuz', 'července', 'červenec', 'jul', 'július', 'juliol', 'липня', 'июля', 'июл'],
  ['august', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpień', 'sie', 'augusti', 'ağustos', 'agustos', 'srpna', 'srpen', 'aug', 'augusztus', 'agost', 'серпня', 'августа', 'авг'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'set', 'września', 'wrzesień', 'wrz', 'eylül', 'eylul', 'září', 'sept', 'sep', 'szeptember', 'setembre', 'вересня', 'сентября', 'сен'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'paź', 'ekim', 'října', 'říjen', 'okt', 'oct', 'október', 'жовтня', 'октября', 'окт'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'lis', 'kasım', 'kasim', 'listopadu', 'nov', 'листопада', 'ноября', 'ноя'],
  ['december', 'décembre', 'decembre', 'déc', 'dezember', 'diciembre', 'dic', 'dicembre', 'dezembro', 'dez', 'grudnia', 'grudzień', 'gru', 'desember', 'aralık', 'aralik', 'prosince', 'prosinec', 'des', 'dec', 'desembre', 'грудня', 'декабря', 'дек'],
];

/**
 * Month names of more languages, from the runtime's CLDR data (`Intl`): the form used in a date
 * (the genitive of Slavic and Baltic languages: `lapkričio`, `studenoga`), the name alone, and the
 * abbreviation when it has three letters or more. A word the list above already has keeps its month
 * there (`listopad` is November in Polish and Czech, October in Croatian: one table cannot hold both).
 */
const CLDR_MONTH_LOCALES = ['km', 'my', 'hy', 'ka', 'kk', 'am', 'gu', 'kn', 'ml', 'pa', 'bg', 'mk', 'sr', 'sr-Latn', 'bs', 'hr', 'sl', 'sk', 'cs', 'pl', 'lt', 'lv', 'et', 'fi', 'ro', 'hu', 'el', 'he', 'uk', 'ru', 'id', 'ms', 'ca', 'gl', 'eu', 'sq', 'is', 'af', 'da', 'nb', 'sv', 'nl', 'pt', 'es', 'it', 'fr', 'de', 'bn', 'hi', 'mr', 'ne', 'ta', 'te', 'ur', 'ar', 'fa', 'th', 'vi', 'tr', 'sw'];
/**
 * Languages whose months are read by their full names only: their abbreviations (`sat`, `dis`, `yan`)
 * are English or other words, and every name added to the one pattern of month names slows it on every line.
 * (`ar-MA`, `ar-DZ`: the Maghreb writes the months as French does, `نونبر`, `جانفي`.)
 */
const CLDR_FULL_MONTH_LOCALES = ['az', 'uz', 'tk', 'ky', 'mt', 'ga', 'cy', 'ha', 'so', 'fil', 'lo', 'si', 'be', 'ar-MA', 'ar-DZ', 'rw', 'fy', 'ig', 'zu', 'om', 'mg', 'or', 'as', 'ps', 'sd', 'ckb', 'ku', 'jv', 'su', 'ceb', 'tg', 'ti', 'yi'];

function cldrMonths(locales: readonly string[], known: ReadonlySet<string>, abbreviations = true): [string, number][] {
  const found = new Map<string, number>();
  const add = (word: string | undefined, month: number) => {
    const name = word
      ?.toLowerCase()
      .replace(/^de\s+/u, '')
      .replace(/[.׳']+$/u, '');
    // (Two letters are a month only in a script with its own letters: Tamil's `நவ`, never Latin's `no`.)
    const wordy = name && (/^\p{L}[\p{L}\p{M}]{2,}$/u.test(name) || (/^\p{L}[\p{L}\p{M}]+$/u.test(name) && !/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(name)));
    if (name && wordy && !known.has(name) && !found.has(name)) found.set(name, month);
    // (`25. studenog 2026.`: Croatian papers drop the genitive's last vowel, `studenoga` → `studenog`.)
    if (name && wordy && /oga$/u.test(name) && !known.has(name.slice(0, -1))) found.set(name.slice(0, -1), month);
  };
  for (const locale of locales) {
    // (The Gregorian months: Persian's own calendar is the solar one, whose months are not these.)
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' });
    const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC', calendar: 'gregory' });
    for (let month = 1; month <= 12; month++) {
      const day = new Date(Date.UTC(2025, month - 1, 15, 12));
      const parts = inDate.formatToParts(day);
      const at = parts.findIndex((part) => part.type === 'month');
      add(parts[at]?.value, month);
      // (`azaroaren 15(a)`: Basque glues the genitive ending to the month as a literal of its own.)
      const glued = /^\p{L}+/u.exec(parts[at + 1]?.value ?? '')?.[0];
      if (glued) add(`${parts[at]?.value}${glued}`, month);
      add(alone.format(day), month);
      if (abbreviations) add(short.formatToParts(day).find((part) => part.type === 'month')?.value, month);
    }
  }
  return [...found];
}

/**
 * `28 novanm 2026`: Haitian Creole, which the runtime's CLDR data lacks. (Its shorter months, `me`, `mas`,
 * `jen`, `out`, are words of English and French too: only the names of four letters or more are months.)
 */
const HAITIAN_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];
/** `נאָוועמבער 27, 2026`: Yiddish as papers spell it (YIVO, with its vowel points), where CLDR leaves the points out. */
const YIDDISH_MONTHS = ['יאַנואַר', 'פֿעברואַר', 'מערץ', 'אַפּריל', 'מײַ', 'יוני', 'יולי', 'אויגוסט', 'סעפּטעמבער', 'אָקטאָבער', 'נאָוועמבער', 'דעצעמבער'];
/** `26 ное 2025`: Bulgarian sites abbreviate months where CLDR gives numbers. */
const BULGARIAN_SHORT_MONTHS = ['яну', 'фев', 'мар', 'апр', 'май', 'юни', 'юли', 'авг', 'сеп', 'окт', 'ное', 'дек'];
/** `26 พ.ย. 2569`: Thai abbreviations keep a dot inside, which CLDR's month words leave out here. */
const THAI_SHORT_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/**
 * `25 تشرين الثاني 2026`: the Levant and Iraq name the months in Syriac, two of them in two words
 * (`كانون الأول`, `تشرين الثاني`), which the one-word list above cannot hold.
 */
const LEVANT_MONTHS: [string, number][] = (() => {
  const alone = new Intl.DateTimeFormat('ar-SY', { month: 'long', timeZone: 'UTC', calendar: 'gregory' });
  return Array.from({ length: 12 }, (_, i) => [alone.format(new Date(Date.UTC(2025, i, 15, 12))), i + 1] as [string, number]);
})();

const LISTED: [string, number][] = MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as [string, number]));
const LISTED_WORDS = new Set(LISTED.map(([name]) => name));
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...LISTED,
  ...cldrMonths(CLDR_MONTH_LOCALES, LISTED_WORDS),
  ...cldrMonths(CLDR_FULL_MONTH_LOCALES, LISTED_WORDS, false),
  ...BULGARIAN_SHORT_MONTHS.map((name, i) => [name, i + 1] as [string, number]).filter(([name]) => !LISTED_WORDS.has(name)),
  ...THAI_SHORT_MONTHS.map((name, i) => [name, i + 1] as [string, number]),
  ...HAITIAN_MONTHS.map((name, i) => [name, i + 1] as [string, number]).filter(([name]) => !LISTED_WORDS.has(name) && name.length >= 4),
  ...YIDDISH_MONTHS.map((name, i) => [name, i + 1] as [string, number]).filter(([name]) => !LISTED_WORDS.has(name)),
  ...LEVANT_MONTHS,
]);

/**
 * The months of the Solar Hijri calendar (`۴ آذر ۱۴۰۵`), Iran's civil calendar, as the runtime's CLDR
 * data names them: month 1 is Farvardin, which begins at the March equinox.
 */
const SOLAR_MONTH_NAME = new Intl.DateTimeFormat('fa-u-ca-persian', { month: 'long', timeZone: 'UTC' });
/** Afghanistan names the same solar months by the zodiac (`۵ قوس ۱۴۰۵`), in CLDR's Dari (`fa-AF`). */
const AFGHAN_SOLAR_MONTH_NAME = new Intl.DateTimeFormat('fa-AF-u-ca-persian', { month: 'long', timeZone: 'UTC' });

export const SOLAR_HIJRI_MONTHS: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 12 }, (_, i) => [SOLAR_MONTH_NAME.format(new Date(Date.UTC(2025, 2 + i, 25))), i + 1] as [string, number]),
  ...Array.from({ length: 12 }, (_, i) => [AFGHAN_SOLAR_MONTH_NAME.format(new Date(Date.UTC(2025, 2 + i, 25))), i + 1] as [string, number]),
  // (`سنبله` as papers write it, without CLDR's hamza above the final letter.)
  ['سنبله', 6],
]);

/**
 * The Ethiopian calendar's thirteen months, as Amharic papers date their stories (`ኅዳር 16/2019 ዓ.ም`),
 * named by CLDR (read from a year of days, so each name gets the month number the calendar gives it),
 * with the spellings papers use beside CLDR's (`ህዳር`, `ታህሳስ`, `ሚያዚያ`, `ጳጉሜ`).
 */
export const ETHIOPIAN_MONTHS: ReadonlyMap<string, number> = (() => {
  const name = new Intl.DateTimeFormat('am-u-ca-ethiopic', { month: 'long', timeZone: 'UTC' });
  const number = new Intl.DateTimeFormat('en-u-ca-ethiopic', { month: 'numeric', timeZone: 'UTC' });
  const months = new Map<string, number>();
  // (Meskerem 1, 2019 fell on 11 September 2026; every twentieth day of a year meets all thirteen months.)
  for (let day = 0; day < 366; day += 5) {
    const instant = new Date(Date.UTC(2026, 8, 11 + day));
    months.set(name.format(instant), Number(number.format(instant)));
  }
  for (const [spelling, month] of [['ህዳር', 3], ['ታህሳስ', 4], ['ሚያዚያ', 8], ['ጳጉሜ', 13]] as const) months.set(spelling, month);
  return months;
})();

/**
 * Bikram Sambat's twelve months, as Nepali papers write them in Devanagari (`मंसिर १०, २०८३`), in the
 * spellings papers use beside the Sanskrit ones (`मंसिर` and `मार्ग`, `कात्तिक` and `कार्तिक`). CLDR has
 * no Nepali calendar, so the names are listed here; month 1 is Baisakh.
 */
export const BIKRAM_SAMBAT_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['बैशाख', 'वैशाख', 'बैसाख'],
    ['जेठ', 'जेष्ठ', 'ज्येष्ठ'],
    ['असार', 'आषाढ', 'असाढ'],
    ['साउन', 'श्रावण'],
    ['भदौ', 'भाद्र', 'भाद्रपद'],
    ['असोज', 'आश्विन', 'आसोज'],
    ['कात्तिक', 'कार्तिक'],
    ['मंसिर', 'मङ्सिर', 'मार्ग', 'मार्गशीर्ष'],
    ['पुस', 'पौष', 'पुष'],
    ['माघ'],
    ['फागुन', 'फाल्गुन'],
    ['चैत', 'चैत्र'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as [string, number])),
);

/**
 * A month cut short and ended with a stop, as papers abbreviate what CLDR spells out (`26 ноем. 2026`,
 * `25 lapkr. 2026`, `3 stud. 2025`): four or five letters of one month's name, and of no other
 * month's in any language listed. Only with the stop, so a word that begins like a month is no month.
 */
function cutShortMonths(months: ReadonlyMap<string, number>): Map<string, number> {
  const monthsOf = new Map<string, Set<number>>();
  for (const [name, month] of months) {
    const letters = [...name];
    for (let k = 4; k < Math.min(letters.length, 6); k++) {
      const prefix = letters.slice(0, k).join('');
      const set = monthsOf.get(prefix) ?? new Set<number>();
      set.add(month);
      monthsOf.set(prefix, set);
    }
  }
  const cut = new Map<string, number>();
  for (const [prefix, set] of monthsOf) if (set.size === 1 && !months.has(prefix)) cut.set(prefix, [...set][0] as number);
  return cut;
}
export const CUT_SHORT_MONTHS: ReadonlyMap<string, number> = cutShortMonths(MONTHS);

/**
 * A word that may be a month cut short (`ноем.`), for the date patterns to try and `monthNumber` to
 * decide: four or five letters and the stop. (Not in `MONTH_WORD`: hundreds more alternatives sharing
 * their starts with the names made every date pattern several times slower.)
 */
export const CUT_MONTH_WORD = '\\p{L}{4,5}\\.';

/** The month a month word names: a name, an abbreviation, or a name cut short with its stop (`ноем.`). */
export function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase();
  return MONTHS.get(name) ?? (name.endsWith('.') ? CUT_SHORT_MONTHS.get(name.slice(0, -1)) : undefined);
}

/** Any month name or abbreviation (longest first, so `novembre` wins over `nov`). */
export const MONTH_WORD = `(?:${[...MONTHS.keys(), ...SOLAR_HIJRI_MONTHS.keys(), ...ETHIOPIAN_MONTHS.keys(), ...BIKRAM_SAMBAT_MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\./gu, '\\.'))
  .join('|')})`;

/** Weekday names and abbreviations, which may stand before a date: `Mon 03.11.2025`, `Lunes, 3 noviembre`. */
/**
 * The full weekday names of languages the list above does not spell out, from the runtime's CLDR
 * data (`Intl`): Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Turkish, Romanian, Indonesian,
 * Malay, Croatian, Slovenian, Vietnamese, Ukrainian, Russian, Persian, Arabic, Urdu. Only the full names: their abbreviations ("to", "la", "per", "min")
 * are everyday words.
 */
function cldrWeekdays(locales: readonly string[]): string[] {
  const names = new Set<string>();
  for (const locale of locales) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 3 to 9 November 2025: Monday to Sunday.
    for (let day = 3; day <= 9; day++) names.add(format.format(new Date(Date.UTC(2025, 10, day, 12))).toLowerCase());
  }
  return [...names].sort((a, b) => b.length - a.length);
}

export const WEEKDAY_WORD = `(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|wo|vr|za|zo|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|seg|ter|qua|qui|sex|sáb|dom|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|[月火水木金土日]曜日?|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|बिहीबार|मंगलबार|${cldrWeekdays(['sv', 'da', 'nb', 'fi', 'cs', 'sk', 'tr', 'ro', 'id', 'ms', 'hr', 'sl', 'vi', 'uk', 'ru', 'fa', 'ar', 'ur', 'fy', 'fo', 'is', 'lt', 'lv', 'et', 'sq', 'af', 'el', 'bg', 'sr', 'mk', 'mt', 'sw', 'he', 'am', 'ne', 'cy', 'eu', 'gl', 'ka', 'so', 'az', 'kk', 'ga', 'hy']).join('|')})`;

/** Labels that introduce the publication date. */
export const PUBLISHED_LABEL =
  '(?:first\\s+published|published|publish|posted|created|פורסם|เผยแพร่|publication\\s+date|publié(?:e)?|mis\\s+en\\s+ligne|parution|veröffentlicht|erschienen|erstellt|publicado|publicada|fecha\\s+de\\s+publicación|pubblicato|pubblicata|gepubliceerd|geplaatst|publicação|opublikowano|data\\s+publikacji|publicerad|publicerat|publiceret|publisert|publisered|oluşturulma\\s+tarihi|publikováno|vydáno|julkaistu|publiziert|publicat|létrehozva|data\\s+publicării|publicat|publicată|közzétéve|megjelent|megjelenés|diterbitkan|dipublikasikan|terbit|δημοσιεύθηκε|δημοσίευση|originally\\s+published|original|입력|기사입력|등록|yayınlanma(?:\\s+tarihi)?|yayın\\s+tarihi|objavljeno|objavljen|publikované|uverejnené|פורסם|प्रकाशित(?:\\s+मिति)?|опубликовано|опубліковано|публикувано|публикувана|публикуван|објављено|paskelbta|publicēts|avaldatud|birt|argitaratua|发表时间|發表時間|发布时间|發布時間|發佈時間|发表于|發表於|发表|發表|发布|發布|প্রকাশ(?:িত)?|তারিখ|نشر(?:\\s+في)?|تاريخ\\s+النشر|تاریخ\\s+انتشار|زمان\\s+انتشار|เผยแพร่|đăng\\s+lúc|ippubblikat|publikuar|stovnað|பதிவு\\s+செய்த\\s+நாள்|பதிவு|வெளியீடு|ప్రచురణ|ప్రచురించబడింది|ಪ್ರಕಟಿಸಲಾಗಿದೆ|ಪ್ರಕಟ|പ്രസിദ്ധീകരിച്ചത്|પ્રકાશિત|dərc\\s+olunub|foilsithe|公開日時|掲載日時|配信日時|投稿日時|公開日?|掲載日?|配信日?|投稿日?)';

/** Labels that introduce the date of the last change. */
export const UPDATED_LABEL =
  '(?:last\\s+updated|updated|aġġornat(?:\\s+l-aħħar)?|diweddarwyd|dikemaskini|dikemas\\s+kini|اپ\\s*ڈیٹ|மாற்றம்\\s+செய்த\\s+நாள்|最後更新時間|最后更新时间|最後更新|最后更新|更新時間|更新时间|update|עודכן(?:\\s+לאחרונה)?|עודכן\\s+ב|อัปเดต(?:ล่าสุด)?|last\\s+modified|modified|mis\\s+à\\s+jour|modifié(?:e)?|actualisé(?:e)?|zuletzt\\s+aktualisiert|aktualisiert|akt\\.|geändert|editiert|bearbeitet|stand|última\\s+actualización|actualizado|actualizada|act\\.|ultimo\\s+aggiornamento|aggiornato|aggiornata|modificato|modificata|modifica|laatst\\s+bijgewerkt|bijgewerkt|gewijzigd|aangepast|geüpdatet|última\\s+atualização|atualizado|atualizada|atualização|zaktualizowano|aktualizacja|uppdaterad|uppdaterat|uppdaterades|opdateret|oppdatert|güncellenme\\s+tarihi|güncellenme|aktualizováno|aktualizace|data\\s+aktualizacji|päivitetty|actualitzat|actualitzada|módosítva|τελευταία\\s+ενημέρωση|data\\s+actualizării|actualizat|actualizată|frissítve|frissítés|diperbarui|pembaruan|ενημερώθηκε|ενημέρωση|업데이트|수정|최종수정|güncelleme\\s+tarihi|son\\s+güncelleme|güncellendi|güncelleme|ažurirano|posodobljeno|aktualizované|עודכן|अपडेट|обновлено|оновлено|обновена|обновено|последна\\s+промяна|последно\\s+обновена|последно\\s+обновяване|актуализирана|актуализирано|ажурирано|atnaujinta|atjaunināts|atjaunots|uuendatud|uppfært|eguneratua|अपडेटेड|আপডেট|হালনাগাদ|آخر\\s+تحديث|(?:آخرین\\s+)?به[\\s\u200c]?روز[\\s\u200c]?رسانی(?:\\s+شده)?|تحديث|อัปเดต|อัพเดท|ปรับปรุง|cập\\s+nhật|yenilənib|yeniləndi|aġġornat|nuashonraithe|dagført|மாற்றம்|புதுப்பிக்கப்பட்டது|அப்டேட்|అప్‌డేట్|ನವೀಕರಿಸಲಾಗಿದೆ|ಅಪ್‌ಡೇಟ್|അപ്ഡേറ്റ്|അപ്‌ഡേറ്റ്|અપડેટ|përditësuar|përditësimi|laatste\\s+update|last\\s+update|最終更新日?|更新日時|更新日?)';

/** Little words between a label and its date: `Published on`, `publié le`, `aktualisiert am`. */
export const LABEL_LINK = '(?:on|at|le|la|на|à|a|al|am|um|el|a\\s+las|a\\s+la|il|alle|op|om|em|às|ás|á|dia|w|o|dnia|de|о|в|у|во|about|around|approximately|environ|etwa|circa|ongeveer|około)';

/**
 * Words joining a date and its time: `3 Nov 2025 at 9:12`, `3 novembre à 14h12`, and the word for the
 * hour itself where a language puts it there (`pukul 14.20`, `lúc 14:20`, `στις 14:20`, `ora 14:20`,
 * `kell 14:20`, `plkst. 14:20`, `בשעה 14:20`, `الساعة 14:20`, `ساعت ۱۴:۲۰`, `เวลา 14:52 น.`, `saa 14:20`).
 */
export const TIME_LINK =
  '(?:at|à|a\\s+les|a\\s+las|a\\s+la|um|alle|ore|om|às|ás|á|o|u|у|в|о|во|godz\\.?|kl\\.?|klo|kello|pukul|(?:vào\\s+)?lúc|στις|(?:la\\s+)?ora|kell|plkst\\.?|saat|saa|בשעה|الساعة|ساعت|เวลา)';

/** Relative datelines, per language: `3 hours ago`, `vor 2 Stunden`, `ontem`, `3時間前`. */
export const RELATIVE: Readonly<Record<string, { ago: string; days: string }>> = {
  en: {
    ago: '(?:\\d+|an?|one)\\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)\\s+ago',
    days: 'just\\s+now|yesterday|today',
  },
  fr: {
    ago: 'il\\s+y\\s+a\\s+(?:\\d+|une?)\\s*(?:secondes?|s|minutes?|min|mn|heures?|h|jours?|j|semaines?)',
    days: "à\\s+l['’]instant|avant-hier|hier|aujourd['’]hui",
  },
  de: {
    ago: 'vor\\s+(?:\\d+|einer|einem)\\s*(?:Sekunden?|Sek\\.?|Minuten?|Min\\.?|Stunden?|Std\\.?|Tagen?|Wochen?)',
    days: 'gerade\\s+eben|vorgestern|gestern|heute',
  },
  es: {
    ago: 'hace\\s+(?:\\d+|una?)\\s*(?:segundos?|s|minutos?|min|horas?|h|días?|dias?|semanas?)',
    days: 'ahora\\s+mismo|anteayer|ayer|hoy',
  },
  it: {
    ago: '(?:\\d+|una?|un)\\s*(?:secondi|secondo|minuti|minuto|min|ore|ora|h|giorni|giorno|settimane|settimana)\\s+fa',
    days: "poco\\s+fa|l['’]altro\\s+ieri|ieri|oggi",
  },
  nl: {
    ago: '(?:\\d+|een)\\s*(?:seconden|seconde|minuten|minuut|min|uur|u|dagen|dag|weken|week)\\s+geleden',
    days: 'zojuist|eergisteren|gisteren|vandaag',
  },
  pt: {
    ago: 'há\\s+(?:\\d+|uma?)\\s*(?:segundos?|minutos?|min|horas?|h|dias?|semanas?)|(?:\\d+)\\s*(?:segundos?|minutos?|min|horas?|h|dias?|semanas?)\\s+atrás',
    days: 'agora\\s+mesmo|anteontem|ontem|hoje',
  },
  pl: {
    ago: '(?:\\d+\\s*)?(?:sekund[ęy]?|sek\\.?|minut[ęy]?|min\\.?|godzin[ęy]?|godz\\.?|dni|dzień|tygodni[ea]?|tydzień)\\s+temu',
    days: 'przedwczoraj|wczoraj|dzisiaj|dziś',
  },
  sv: {
    ago: '(?:\\d+|en|ett)\\s*(?:sekunder|sekund|minuter|minut|min|timmar|timme|tim|dagar|dag|veckor|vecka)\\s+sedan',
    days: 'nyss|i\\s*förrgår|i\\s*går|i\\s*dag',
  },
  da: {
    ago: 'for\\s+(?:\\d+|en|et)\\s*(?:sekunder|sekund|minutter|minut|min|timer|time|dage|dag|uger|uge)\\s+siden',
    days: 'i\\s+forgårs|i\\s+går|i\\s+dag',
  },
  nb: {
    ago: 'for\\s+(?:\\d+|en|ett|et)\\s*(?:sekunder|sekund|minutter|minutt|min|timer|time|dager|dag|uker|uke)\\s+siden',
    days: 'i\\s+forgårs|i\\s+går|i\\s+dag',
  },
  ru: {
    ago: '\\d+\\s*(?:секунд[уы]?|минут[уы]?|мин\\.?|час(?:а|ов)?|дн(?:я|ей)|день|недел[июь])\\s+назад',
    days: 'вчера|сегодня',
  },
  uk: {
    ago: '\\d+\\s*(?:секунд[уи]?|хвилин[уи]?|хв\\.?|годин[уи]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень)\\s+тому',
    days: 'вчора|сьогодні',
  },
  hi: {
    ago: '\\d+\\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|सप्ताह)\\s+पहले',
    days: 'आज',
  },
  tr: {
    ago: '\\d+\\s*(?:saniye|dakika|dk|saat|sa|gün|hafta)\\s+önce',
    days: 'az\\s+önce|evvelsi\\s+gün|dün|bugün',
  },
  cs: {
    ago: 'před\\s+(?:\\d+|jednou)\\s*(?:sekundami|sekundou|minutami|minutou|min\\.?|hodinami|hodinou|hod\\.?|dny|dnem|týdny|týdnem)',
    days: 'předevčírem|včera|dnes',
  },
  fi: {
    ago: '\\d+\\s*(?:sekuntia|sekunti|minuuttia|minuutti|min|tuntia|tunti|t|päivää|päivä|viikkoa|viikko)\\s+sitten',
    days: 'toissapäivänä|eilen|tänään',
  },
  hu: {
    ago: '\\d+\\s*(?:másodperce|perce|órája|napja|hete)',
    days: 'tegnapelőtt|tegnap',
  },
  ro: {
    ago: 'acum\\s+(?:\\d+|o|un)\\s*(?:secunde|secundă|minute|minut|min|ore|oră|zile|zi|săptămâni|săptămână)',
    days: 'alaltăieri|ieri|azi|astăzi',
  },
  el: {
    ago: '(?:πριν\\s+(?:από\\s+)?)(?:\\d+|μία|ένα)\\s*(?:δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|ημέρες|μέρες|μέρα|εβδομάδες)',
    days: 'προχθές|χθες|σήμερα',
  },
  id: {
    ago: '\\d+\\s*(?:detik|menit|jam|hari|minggu)\\s+(?:yang\\s+)?lalu',
    days: 'kemarin|hari\\s+ini',
  },
  // Latvian, Lithuanian and Estonian: the day words (`Šodien 12:18`, `Atjaunots šodien 16:05`).
  lv: { ago: 'pirms\\s+\\d+\\s*(?:sekundēm|minūtēm|min\\.?|stundām|stundas|dienām)', days: 'aizvakar|vakar|šodien' },
  lt: { ago: 'prieš\\s+\\d+\\s*(?:sekundes|sek\\.?|minutes|minučių|min\\.?|valandas|valandų|val\\.?|dienas|dienų)', days: 'užvakar|vakar|šiandien' },
  et: { ago: '\\d+\\s*(?:sekundit|minutit|min|tundi|päeva)\\s+tagasi', days: 'üleeile|eile|täna' },
  // Croatian, Bosnian and Serbian in Latin letters (`prije 3 sata`, Serbian's ekavian `pre 3 sata`).
  hr: {
    ago: 'prije\\s+(?:\\d+|jednog|jedne|jedan)\\s*(?:sekundi|sekunde|minuta|minute|min\\.?|sati|sata|sat|dana|dan|sedmica|sedmice|tjedana|tjedna|tjedan)',
    days: 'prekjučer|jučer|danas',
  },
  // Uzbek in Latin letters: `Bugun, 11:20`, `Kecha, 21:47`, `3 soat oldin`.
  uz: { ago: '\\d+\\s*(?:soniya|daqiqa|soat|kun|hafta)\\s+oldin', days: 'bugun|kecha' },
  // Slovenian: `pred 6 urami`, `Posodobljeno pred 6 urami`.
  sl: {
    ago: 'pred\\s+(?:\\d+|eno|enim)\\s*(?:sekundami|sekundo|minutami|minuto|min\\.?|urami|uro|dnevi|dnevom|dnem|tedni|tednom)',
    days: 'predvčerajšnjim|včeraj|danes',
  },
  sr: {
    ago: 'pre\\s+(?:\\d+|jednog|jedne|jedan)\\s*(?:sekundi|sekunde|minuta|minute|min\\.?|sati|sata|sat|dana|dan|nedelja|nedelje|sedmica|sedmice)',
    days: 'prekjuče|juče|danas',
  },
  he: {
    ago: 'לפני\\s+\\d+\\s*(?:שניות|דקות|דקה|שעות|שעה|ימים|יום|שבועות|שבוע)',
    days: 'שלשום|אתמול|היום',
  },
  // Faroese and Icelandic: `fyri 2 tímum síðani`, `fyrir 3 klukkustundum síðan`.
  fo: { ago: 'fyri\\s+\\d+\\s*(?:sekund(?:um)?|minutt(?:um)?|min\\.?|tímum|tíma|døgum|døgnum|dagum|vikum)\\s+síðani', days: 'í\\s+fyrradag|í\\s+gjár|í\\s+dag' },
  is: { ago: 'fyrir\\s+\\d+\\s*(?:sekúndum|mínútum|mín\\.?|klukkustundum|klst\\.?|tímum|dögum|vikum)\\s+síðan', days: 'í\\s+fyrradag|í\\s+gær|í\\s+dag' },
  // Welsh, Basque, Catalan, Galician, Albanian: `3 awr yn ôl`, `duela 3 ordu`, `fa 3 hores`, `hai 3 horas`, `3 orë më parë`.
  cy: { ago: '\\d+\\s*(?:eiliad|munud|awr|oriau|diwrnod|ddiwrnod|niwrnod|wythnos)\\s+yn\\s+ôl', days: 'ddoe|heddiw' },
  eu: { ago: 'duela\\s+\\d+\\s*(?:segundo|minutu|ordu|egun|aste)', days: 'herenegun|atzo|gaur' },
  ca: { ago: 'fa\\s+\\d+\\s*(?:segons|minuts|min|hores|hora|dies|dia|setmanes)', days: "abans-d['’]ahir|ahir|avui" },
  gl: { ago: 'hai\\s+\\d+\\s*(?:segundos|minutos|min|horas|hora|días|día|semanas)', days: 'antonte|onte|hoxe' },
  sq: { ago: '\\d+\\s*(?:sekonda|minuta|minutë|orë|ditë|javë)\\s+më\\s+parë', days: 'pardje|dje|sot' },
  // Georgian and Mongolian: `3 საათის წინ`, `17 цагийн өмнө`.
  ka: { ago: '\\d+\\s*(?:წამის|წუთის|საათის|დღის|კვირის)\\s+წინ', days: 'გუშინ|დღეს' },
  mn: { ago: '\\d+\\s*(?:секундын|минутын|цагийн|өдрийн)\\s+өмнө', days: 'өчигдөр|өнөөдөр' },
  ja: {
    ago: '\\d+\\s*(?:秒|分|時間|日|週間)前',
    days: 'たった今|一昨日|昨日|今日',
  },
};

/** Day words → days before the reference (`now` words count as 0 minutes, with a time). */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...['yesterday', 'kecha', 'včeraj', 'hier', 'gestern', 'ayer', 'ieri', 'gisteren', 'ontem', 'wczoraj', 'igår', 'i går', 'dün', '昨日', 'včera', 'eilen', 'tegnap', 'χθες', 'kemarin', 'вчера', 'вчора', 'jučer', 'juče', 'אתמול', 'vakar', 'eile', 'í gjár', 'í gær', 'ddoe', 'atzo', 'ahir', 'onte', 'dje', 'გუშინ', 'өчигдөр'].map((w) => [w, 1] as const),
  ...['today', 'bugun', 'danes', "aujourd'hui", 'heute', 'hoy', 'oggi', 'vandaag', 'hoje', 'dzisiaj', 'dziś', 'idag', 'i dag', 'bugün', '今日', 'dnes', 'tänään', 'azi', 'astăzi', 'σήμερα', 'hari ini', 'сегодня', 'сьогодні', 'आज', 'danas', 'היום', 'šodien', 'šiandien', 'täna', 'í dag', 'heddiw', 'gaur', 'avui', 'hoxe', 'sot', 'დღეს', 'өнөөдөр'].map((w) => [w, 0] as const),
  ...['avant-hier', 'predvčerajšnjim', 'vorgestern', 'anteayer', "l'altro ieri", 'eergisteren', 'anteontem', 'przedwczoraj', 'i förrgår', 'iförrgår', 'i forgårs', 'evvelsi gün', '一昨日', 'předevčírem', 'toissapäivänä', 'tegnapelőtt', 'alaltăieri', 'προχθές', 'prekjučer', 'prekjuče', 'שלשום', 'aizvakar', 'užvakar', 'üleeile', 'í fyrradag', 'herenegun', "abans-d'ahir", 'antonte', 'pardje'].map((w) => [w, 2] as const),
]);

/** Unit words → minutes (first match wins). */
export const UNITS: readonly (readonly [RegExp, number])[] = [
  [/^(?:s|secs?|seconds?|sek(?:\.|unden?)?|secondes?|segundos?|secondi|secondo|seconden?|sekund[ęy]?|sekunder|saniye|秒|sekundami|sekundou|sekuntia|sekunti|másodperce|secunde|secundă|sekundo|soniya|δευτερόλεπτα|detik|секунд[уыи]?|सेकंड|sekundum|sekúndum|eiliad|segundo|segons|sekonda|წამის|секундын)$/i, 0],
  [/^(?:m|mn|mins?|min\.|דקות|דקה|minuta|minutes?|minuten?|minutos?|minuti|minuto|minuut|minut[ęy]?|minuter|minutter|minutt|dakika|dk|分|minutami|minutou|minuuttia|minuutti|perce|minute|minut|minuto|daqiqa|λεπτά|λεπτό|menit|минут[уы]?|мин\.?|хвилин[уи]?|хв\.?|मिनट|minutt|minuttum|mínútum|mín\.?|munud|minutu|minuts|minutë|წუთის|минутын)$/i, 1],
  [/^(?:h|hrs?|hours?|שעות|שעה|sati|sata|sat|stunden?|std\.?|heures?|horas?|ore|ora|uur|u|godzin[ęy]?|godz\.?|timmar|timme|tim|timer|time|saat|sa|時間|hodinami|hodinou|hod\.?|tuntia|tunti|t|órája|ore|oră|urami|uro|soat|ώρες|ώρα|jam|час(?:а|ов)?|годин[уи]?|घंटे|घंटा|tímum|tíma|klukkustundum|klst\.?|awr|oriau|ordu|hores|orë|საათის|цагийн)$/i, 60],
  [/^(?:d|days?|ימים|יום|dana|dan|tagen?|jours?|j|días?|dias?|giorni|giorno|dagen|dag|dni|dzień|dagar|dage|dager|gün|日|dny|dnem|päivää|päivä|napja|zile|zi|dnevi|dnevom|kun|ημέρες|μέρες|μέρα|hari|дн(?:я|ей|і|ів)|день|दिन|døgum|døgnum|dagum|dögum|diwrnod|ddiwrnod|niwrnod|egun|dies|ditë|დღის|өдрийн)$/i, 24 * 60],
  [/^(?:w|wks?|weeks?|שבועות|שבוע|sedmica|sedmice|tjedana|tjedna|tjedan|nedelja|nedelje|wochen?|semaines?|semanas?|settimane|settimana|weken|tygodni[ea]?|tydzień|veckor|vecka|uger|uge|uker|uke|hafta|tedni|tednom|週間|недел[июь]|тижн(?:і|ів)|тиждень|हफ्ते|सप्ताह|vikum|wythnos|aste|setmanes|javë|კვირის)$/i, 7 * 24 * 60],
];

/** Zone abbreviations with a fixed offset, in minutes east of UTC. */
export const FIXED_ZONES: ReadonlyMap<string, number> = new Map([
  ['gmt', 0], ['utc', 0], ['z', 0], ['wet', 0], ['wez', 0], ['bst', 60], ['west', 60], ['wesz', 60],
  ['cet', 60], ['mez', 60], ['cest', 120], ['mesz', 120], ['eet', 120], ['oez', 120], ['eest', 180], ['oesz', 180],
  ['msk', 180], ['gst', 240], ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360],
  ['pst', -480], ['pdt', -420], ['akst', -540], ['akdt', -480], ['hst', -600], ['jst', 540], ['kst', 540],
  ['aest', 600], ['aedt', 660], ['acst', 570], ['acdt', 630], ['awst', 480], ['nzst', 720], ['nzdt', 780],
  ['eastern standard time', -300], ['eastern daylight time', -240], ['central standard time', -360],
  ['central daylight time', -300], ['mountain standard time', -420], ['mountain daylight time', -360],
  ['pacific standard time', -480], ['pacific daylight time', -420], ['greenwich mean time', 0],
  ['coordinated universal time', 0], ['british summer time', 60], ['central european time', 60],
  ['central european summer time', 120], ['japan standard time', 540],
  ['australian eastern standard time', 600], ['australian eastern daylight time', 660],
  // Canada in French: heure normale / avancée de l'Est, du Centre, des Rocheuses, du Pacifique, de l'Atlantique, de Terre-Neuve.
  ['hne', -300], ['hae', -240], ['hnc', -360], ['hac', -300], ['hnr', -420], ['har', -360],
  ['hnp', -480], ['hap', -420], ['hna', -240], ['haa', -180], ['hnt', -210], ['hat', -150],
]);

/** US zones written without saying which half of the year: standard offset; one hour more in summer. */
export const US_ZONES: ReadonlyMap<string, number> = new Map([
  ['et', -300], ['eastern time', -300], ['ct', -360], ['central time', -360],
  ['mt', -420], ['mountain time', -420], ['pt', -480], ['pacific time', -480],
  // (`5:00 AM Central`: the Texas Tribune's and others' way of writing it.)
  ['eastern', -300], ['central', -360], ['mountain', -420], ['pacific', -480],
]);

/** European zones written by country, without a season (`14:38, UK`): standard offset; one hour more in EU summer time. */
export const EU_ZONES: ReadonlyMap<string, number> = new Map([
  ['uk', 0], ['uk time', 0], ['london time', 0], ['irish time', 0], ['paris time', 60], ['berlin time', 60], ['brussels time', 60],
]);

/** Every zone name above, longest first. */
export const ZONE_WORD = `(?:${[...FIXED_ZONES.keys(), ...US_ZONES.keys(), ...EU_ZONES.keys()]
  .filter((z) => z !== 'z')
  .sort((a, b) => b.length - a.length)
  .map((z) => z.replace(/ /g, '\\s+'))
  .join('|')})`;

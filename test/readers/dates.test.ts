/** Datelines in the forms news sites write them, in nine languages: `src/readers/shared/dates.ts`. */
import { describe, expect, it } from 'vitest';
import {
  findAbsoluteDate,
  isDatelineLabel,
  parseDateline,
  parseReferenceDate,
  readDateline,
  splitTrailingDateline,
} from '../../src/readers/shared/dates.js';

/** When the pages were saved (`--date`): resolves `3h ago`, `hier`, `Vandaag`. */
const reference = parseReferenceDate('2025-11-03T18:00Z');

/**
 * [line, page language, published ISO, updated ISO, what is left of the line]. A time written
 * without a zone gets the zone of the page's country when its language has one (see below).
 */
const LINES: [string, string, string | null, string | null, string][] = [
  ['Published Nov. 3, 2025, 9:12 a.m. ET Updated Nov. 3, 2025, 11:40 a.m. ET', 'en-US', '2025-11-03T09:12-05:00', '2025-11-03T11:40-05:00', ''],
  ['Posted: 11/03/2025 | Updated: 11/03/2025 3:30 PM', 'en-US', '2025-11-03', '2025-11-03T15:30', ''],
  ['Posted: 11/03/2025 | Updated: 11/03/2025 3:30 PM', 'en-GB', '2025-03-11', '2025-03-11T15:30Z', ''],
  ['November 3, 2025 at 9:12 AM GMT+1', 'en', '2025-11-03T09:12+01:00', null, ''],
  ['Понеділок, 31 серпня 2026, 11:24', 'uk', '2026-08-31T11:24+03:00', null, ''],
  // A month cut short with its stop, as CLDR does not abbreviate it; dates in cells and spaced, year first.
  ['26 ноем. 2025 10:34', 'bg', '2025-11-26T10:34+02:00', null, ''],
  ['Atnaujinta 2025 11 26 15:20', 'lt', null, '2025-11-26T15:20+02:00', ''],
  ['26|11|2025 | 07:15', 'el', '2025-11-26T07:15+02:00', null, ''],
  ['Created: Nov 26, 2025 08:00 AM', 'en', '2025-11-26T08:00', null, ''],
  ['עודכן לאחרונה: 26/11/2025, 12:40', 'he', null, '2025-11-26T12:40+02:00', ''],
  // Month names from CLDR in more scripts, and Khmer digits.
  // A day and a month's name with no year in a script chrono does not read, before a time; Russian cuts months to three letters.
  ['3 ноября, 11:47', 'ru', '2025-11-03T11:47', null, ''],
  // A time with a stop after its label, as the Nordic languages write it.
  ['Uppdaterad 16.20', 'sv', null, '2025-11-03T16:20+01:00', ''],
  ['Opdateret 16.20', 'da', null, '2025-11-03T16:20+01:00', ''],
  ['Общество, 25 окт, 11:47', 'ru', '2025-10-25T11:47', null, 'Общество'],
  ['26 ნოემბერი, 2025', 'ka', '2025-11-26', null, ''],
  ['26 նոյեմբերի, 2025', 'hy', '2025-11-26', null, ''],
  ['26 నవంబర్, 2025', 'te', '2025-11-26', null, ''],
  ['២៦ វិច្ឆិកា ២០២៥', 'km', '2025-11-26', null, ''],
  ['เผยแพร่ วันพุธที่ 26 พฤศจิกายน 2568 - 10:32 น.', 'th', '2025-11-26T10:32+07:00', null, ''],
  // Hungarian's year first with a stop and a space after each number; Maltese `ta’`; Catalan `a les`
  // before the time; the zones of languages spoken in one country or region (Azerbaijan, Mongolia).
  ['Frissítve: 2025. 11. 26. 15:20', 'hu', null, '2025-11-26T15:20+01:00', ''],
  // An update's month and day with a slash and no year, read only before a time.
  ['2025/11/03 09:42（11/03 11:05 更新）', 'zh', '2025-11-03T09:42+08:00', '2025-11-03T11:05+08:00', ''],
  ['26 ta’ Novembru 2025 – 16:22', 'mt', '2025-11-26T16:22+01:00', null, ''],
  ['Actualitzat el 26 de novembre de 2025 a les 13.20', 'ca', null, '2025-11-26T13:20+01:00', ''],
  ['26 noyabr 2025 14:35', 'az', '2025-11-26T14:35+04:00', null, ''],
  ['26 лістапада 2025, 13:27', 'be', '2025-11-26T13:27+03:00', null, ''],
  // Latvian day words; the Maghreb's month names; a year-first date in Iran's solar calendar.
  ['Atjaunots šodien 16:05', 'lv', null, '2025-11-03T16:05+02:00', ''],
  ['الأربعاء 25 نونبر 2025', 'ar', '2025-11-25', null, ''],
  // The Levant's months, two of them in two words, and a time with ص/م.
  ['الأربعاء 25 تشرين الثاني 2025, 11:40 ص', 'ar', '2025-11-25T11:40', null, ''],
  ['آخر تحديث: 3 كانون الأول 2025, 3:15 م', 'ar', null, '2025-12-03T15:15', ''],
  ['12 آب 2025', 'ar', '2025-08-12', null, ''],
  ['来源：羊城晚报 | 发表时间：2025-11-03 21:18', 'zh', '2025-11-03T21:18+08:00', null, '来源：羊城晚报'],
  // Afghanistan's names for the solar months.
  ['۵ قوس ۱۴۰۴', 'fa', '2025-11-26', null, ''],
  // A blog theme's at sign between the date and its time.
  ['November 3, 2025 @ 3:41pm', 'en', '2025-11-03T15:41', null, ''],
  ['۱۴۰۴/۰۸/۱۲', 'fa', '2025-11-03', null, ''],
  ['2025.11.26 09:10', 'mn', '2025-11-26T09:10+08:00', null, ''],
  ['เผยแพร่: 26 พ.ย. 2568 16:48 ปรับปรุง: 26 พ.ย. 2568 17:05', 'th', '2025-11-26T16:48+07:00', '2025-11-26T17:05+07:00', ''],
  // The weekday after the date, and between the date and its time, in Chinese and Korean.
  ['2025年11月26日星期三', 'zh', '2025-11-26', null, ''],
  ['2025.11.26 (수) 14:05', 'ko', '2025-11-26T14:05+09:00', null, ''],
  ['Thứ tư, 3/12/2025, 08:15 (GMT+7)', 'vi', '2025-12-03T08:15+07:00', null, ''],
  ['Objavljeno: 12.01.2026. u 07:30', 'hr', '2026-01-12T07:30+01:00', null, ''],
  ['Posodobljeno: 23. 3. 2026 | 11:25', 'sl', null, '2026-03-23T11:25+01:00', ''],
  ['Son Güncelleme: 07.05.2026 - 13:05', 'tr', null, '2026-05-07T13:05+03:00', ''],
  ['פורסם: 07.08.2026, 06:10 | עודכן: 09:20', 'he', '2026-08-07T06:10+03:00', '2026-08-07T09:20+03:00', ''],
  ['जयपुर3 घंटे पहले', 'hi', '2025-11-03T15:00Z', null, 'जयपुर'],
  ['Updated - November 12, 2025 09:41 pm IST', 'en', null, '2025-11-12T21:41+05:30', ''],
  ['Updated / Monday, 17 Nov 2025 16:05', 'en-IE', null, '2025-11-17T16:05Z', ''],
  ['Data publicării: 20.11.2025 14:12', 'ro', '2025-11-20T14:12+02:00', null, ''],
  ['Publiziert heute um 06:00 Uhr', 'de-CH', '2025-11-03T06:00+01:00', null, ''],
  ['včera 18:32', 'cs', '2025-11-02T18:32+01:00', null, ''],
  ['Publicado a: 14 out 2025, 22:15', 'pt-PT', '2025-10-14T22:15+01:00', null, ''],
  ['Akt. 08.10.2025, 15:05', 'de-AT', null, '2025-10-08T15:05+02:00', ''],
  ['Gisteren om 19.48', 'nl', '2025-11-02T19:48+01:00', null, ''],
  ['Uppdaterad idag 09.30', 'sv', null, '2025-11-03T09:30+01:00', ''],
  ['I går kl. 21.05', 'da', '2025-11-02T21:05+01:00', null, ''],
  ['Opdateret i dag kl. 08.41', 'da', null, '2025-11-03T08:41+01:00', ''],
  ['aktualizováno dnes 7:15', 'cs', null, '2025-11-03T07:15+01:00', ''],
  ['Atualizada em 03/11/2025 - 11h48min', 'pt-BR', null, '2025-11-03T11:48-03:00', 'min'],
  ['Τελευταία ενημέρωση: 03.11.2025 | 13:20', 'el', null, '2025-11-03T13:20+02:00', ''],
  ['Published November 3, 2025 5:30AM (EST)', 'en', '2025-11-03T05:30-05:00', null, ''],
  // The year first with Basque's `-ko` and the month's genitive (`azaroaren`), a month and day set
  // apart by dashes, an update of the same day written as its time alone after the site's name.
  ['2025eko azaroaren 3a, 12:34 · Eguneratua: 16:10', 'eu', '2025-11-03T12:34+01:00', '2025-11-03T16:10+01:00', ''],
  ['Nov - 03 - 2025 , 08:12', 'en', '2025-11-03T08:12', null, ''],
  ['mbl | 3.11.2025 | 11:42 | Uppfært 13:05', 'is', '2025-11-03T11:42Z', '2025-11-03T13:05Z', 'mbl'],
  ['发布/2025年11月3日 14:05', 'zh', '2025-11-03T14:05+08:00', null, ''],
  // US zones by their one-word names; Canadian French zones (`HNE`) and `5 h 00` with spaces; a time alone after its label is today's.
  ['Nov. 3, 2025 5:00 AM Central', 'en', '2025-11-03T05:00-06:00', null, ''],
  ['Published: Monday | November 3, 2025 | 12:09 AM', 'en', '2025-11-03T00:09', null, ''],
  // A script's own digits (read one for one, shown as written), Thai abbreviations and Buddhist years, labels in more scripts.
  ['প্রকাশ: ৩ নভেম্বর ২০২৫, ০৮: ৩০', 'bn', '2025-11-03T08:30+06:00', null, ''],
  ['3 พ.ย. 2568 09:41 น.', 'th', '2025-11-03T09:41+07:00', null, ''],
  // The weekday with "the" (`ที่`) before the day, and the Buddhist era's mark before the year.
  ['วันพฤหัสบดี ที่ 26 พฤศจิกายน พ.ศ. 2569, 15.40 น.', 'th', '2026-11-26T15:40+07:00', null, ''],
  // Galician `ás` ("at") before an update's time.
  ['26/11/2026 | Actualizado ás 16:05', 'gl', '2026-11-26', '2026-11-26T16:05+01:00', ''],
  ['الخميس ٣-١١-٢٠٢٥ ١٣:٤٧', 'ar', '2025-11-03T13:47', null, ''],
  ['Cập nhật: 03/11/2025 10:25 GMT+7', 'vi', null, '2025-11-03T10:25+07:00', ''],
  ['Güncelleme: 03.11.2025 15:02', 'tr', null, '2025-11-03T15:02+03:00', ''],
  ['3 نومبر ، 2025', 'ur', '2025-11-03', null, ''],
  // The Solar Hijri calendar (Farvardin begins at the March equinox; 1403 was a leap year), Persian weekdays;
  // Arabic with vowel marks on its label, the Hijri date beside the Gregorian one, a time joined to the day.
  ['دوشنبه ۱۲ آبان ۱۴۰۴ - ۰۹:۴۷', 'fa', '2025-11-03T09:47+03:30', null, ''],
  ['۱ فروردین ۱۴۰۵', 'fa', '2026-03-21', null, ''],
  // Croatian, Bosnian and Serbian relative forms.
  ['prije 3 sata', 'bs', '2025-11-03T15:00Z', null, ''],
  // Arabic morning and afternoon (`ص`, `م`) after the time, and the Gulf's zone.
  ['نشر في: 3 نوفمبر ,2025: 10:48 ص GST آخر تحديث: 3 نوفمبر ,2025: 01:15 م GST', 'ar', '2025-11-03T10:48+04:00', '2025-11-03T13:15+04:00', ''],
  ['pre 2 dana', 'sr', '2025-11-01', null, ''],
  // A time before a date written with its month's name: its AM or PM, the zone after the date, the label before the time.
  ['06:40 PM Nov 3, 2025', 'en', '2025-11-03T18:40', null, ''],
  ['Updated At : 06:40 AM Nov 3, 2025 IST', 'en', null, '2025-11-03T06:40+05:30', ''],
  // Hebrew relative forms.
  ['עודכן: לפני 5 שעות', 'he', null, '2025-11-03T13:00Z', ''],
  ['אתמול 14:20', 'he', '2025-11-02T14:20+02:00', null, ''],
  ['۳۰ اسفند ۱۴۰۳', 'fa', '2025-03-20', null, ''],
  ['نُشر: 17:25-3 نوفمبر 2025 م ـ 12 جمادى الأولى 1447 هـ', 'ar', '2025-11-03T17:25', null, ''],
  ['इंदौर, 3 नवंबर 2025, अपडेटेड 11:42 AM IST', 'hi', '2025-11-03', '2025-11-03T11:42+05:30', 'इंदौर'],
  ['Publié à 5 h 00 HNE', 'fr-CA', '2025-11-03T05:00-05:00', null, ''],
  ['Mis à jour à 9 h 42 HNE', 'fr-CA', null, '2025-11-03T09:42-05:00', ''],
  // The time before the day (`4:12 pm today`, `14:12 | 03.11.2025`), a day and month with no year.
  ['4:12 pm today', 'en', '2025-11-03T16:12', null, ''],
  ['14:12 | 03.11.2025', 'de', '2025-11-03T14:12+01:00', null, ''],
  ['Julkaistu: 3.11. 14:12 | Päivitetty: 3.11. 16:05', 'fi', '2025-11-03T14:12+02:00', '2025-11-03T16:05+02:00', ''],
  ['3.11., 14:12 Uhr', 'de', '2025-11-03T14:12+01:00', null, ''],
  ['24.12. 09:00', 'de', '2024-12-24T09:00+01:00', null, ''],
  // Hungarian (year first, the weekday before the time) and Catalan.
  ['Módosítva: 2025. november 3., hétfő 13:05', 'hu', null, '2025-11-03T13:05+01:00', ''],
  ['2025. november 3., hétfő 11:40', 'hu', '2025-11-03T11:40+01:00', null, ''],
  ['Actualitzat: Dilluns, 3 de novembre de 2025. 15:10h', 'ca', null, '2025-11-03T15:10+01:00', ''],
  // A time before the date set off by a dash (chrono would read `20 - 03 November` as a range of days), and
  // the Persian labels; the word for the hour between a date and its time, in the languages that write one.
  ['۱۵:۲۰ - ۱۲ آبان ۱۴۰۴', 'fa', '2025-11-03T15:20+03:30', null, ''],
  ['تاریخ انتشار: ۱۶:۲۰ - ۱۲ آبان ۱۴۰۴', 'fa', '2025-11-03T16:20+03:30', null, ''],
  ['به‌روزرسانی: ۱۲ آبان ۱۴۰۴ - ۱۸:۲۰', 'fa', null, '2025-11-03T18:20+03:30', ''],
  ['15:20 - 03 November 2025', 'en', '2025-11-03T15:20', null, ''],
  ['3 พ.ย. 2568 เวลา 16:45 น.', 'th', '2025-11-03T16:45+07:00', null, ''],
  ['Senin, 3 November 2025 pukul 14.20 WIB', 'id', '2025-11-03T14:20+07:00', null, ''],
  ['Thứ hai, 3/11/2025 lúc 14:20', 'vi', '2025-11-03T14:20+07:00', null, ''],
  ['3 Νοεμβρίου 2025 στις 14:20', 'el', '2025-11-03T14:20+02:00', null, ''],
  ['Publicat la 3 noiembrie 2025 ora 14:20', 'ro', '2025-11-03T14:20+02:00', null, ''],
  ['03.11.2025 kell 14:20', 'et', '2025-11-03T14:20+02:00', null, ''],
  ['3 نوفمبر 2025 الساعة 14:20', 'ar', '2025-11-03T14:20', null, ''],
  ['3 Novemba 2025 saa 14:20', 'sw', '2025-11-03T14:20+03:00', null, ''],
  // Hebrew's `ב` ("in") before the month, as CLDR writes the date, and its weekday in two words.
  ['3 בנובמבר 2025', 'he', '2025-11-03', null, ''],
  ['יום שני, 3 בנובמבר 2025 בשעה 14:20', 'he', '2025-11-03T14:20+02:00', null, ''],
  // Kinyarwanda's and West Frisian's months (CLDR), Frisian's weekday.
  ['Kuya 3 Ugushyingo 2025 saa 09:14', 'rw', '2025-11-03T09:14', null, 'Kuya'],
  ['moandei 3 novimber 2025, 17.12', 'fy', '2025-11-03T17:12', null, ''],
  // Tamil's and Faroese's labels.
  ['மாற்றம்: நவம்பர் 3, 2025 09:10 PM', 'ta', null, '2025-11-03T21:10+05:30', ''],
  ['Dagført 3. november 2025 kl. 18:20', 'fo', null, '2025-11-03T18:20', ''],
  ['Последна промяна на 3 ноември 2025 в 11:40', 'bg', null, '2025-11-03T11:40+02:00', ''],
  // The Ethiopian calendar, as Amharic papers date their stories (Meskerem 1 falls on 11 or 12 September).
  ['ጥቅምት 24/2018 ዓ.ም', 'am', '2025-11-03', null, 'ዓ.ም'],
  ['እሑድ ጥቅምት 23 ቀን 2018 ዓ.ም.', 'am', '2025-11-02', null, 'ዓ.ም.'],
  ['ጥቅምት 24፣ 2018', 'am', '2025-11-03', null, ''],
  // Nepal's Bikram Sambat, in Devanagari digits, the time with a space each side of its colon (2082 Kartik 17 is 3 November 2025).
  ['सोमबार, कात्तिक १७, २०८२, १४ : २०', 'ne', '2025-11-03T14:20+05:45', null, ''],
  ['प्रकाशित मिति: बिहीबार, कात्तिक २०, २०८२', 'ne', '2025-11-06', null, ''],
  // Croatian's genitive without its last vowel; Tamil's two-letter month and its "date registered" and "date changed" labels.
  ['Objavljeno: 3. studenog 2025. 14:26 Ažurirano: 3. studenog 2025. 16:40', 'hr', '2025-11-03T14:26+01:00', '2025-11-03T16:40+01:00', ''],
  ['பதிவு செய்த நாள்: நவ 03, 2025 11:08', 'ta', '2025-11-03T11:08+05:30', null, ''],
  ['மாற்றம் செய்த நாள்: நவ 03, 2025 13:40', 'ta', null, '2025-11-03T13:40+05:30', ''],
  // Hong Kong's time-first stamp under its label; a second date that only repeats the first's day is no update.
  ['最後更新：17:10 2025-11-03 HKT', 'zh-HK', null, '2025-11-03T17:10+08:00', ''],
  ['3 نومبر 2025 (17:42) 2025-11-03', 'ur', '2025-11-03T17:42+05:00', null, ''],
  // An hours' unit after the minutes, a time in brackets after the year.
  ['3 noviembre 2025 02:45h', 'es', '2025-11-03T02:45+01:00', null, ''],
  ['Poniedziałek, 3 listopada 2025 (10:42)', 'pl', '2025-11-03T10:42+01:00', null, ''],
  // Copied without the space between two pieces.
  ['Publié le 3 nov. 2025 à 14:12Mis à jour le 3 nov. 2025 à 16:05', 'fr', '2025-11-03T14:12+01:00', '2025-11-03T16:05+01:00', ''],
  ['November 3, 20252:14 PM GMT+1Updated 2 hours ago', 'en', '2025-11-03T14:14+01:00', '2025-11-03T16:00Z', ''],
  ['Aangepast Vandaag, 16:40', 'nl', null, '2025-11-03T16:40+01:00', ''],
  ['Editiert am 3. November 2025, 16:40 Uhr', 'de', null, '2025-11-03T16:40+01:00', ''],
  ['Mon 03.11.2025 - 14:12', 'de', '2025-11-03T14:12+01:00', null, ''],
  // Nordic and Turkish sites, and the Central European spaced form.
  ['Publicerad idag 07:00', 'sv', '2025-11-03T07:00+01:00', null, ''],
  ['Uppdaterad i går 11:42', 'sv', null, '2025-11-02T11:42+01:00', ''],
  ['Publiceret 3. november 2025 kl. 14.12', 'da', '2025-11-03T14:12+01:00', null, ''],
  ['Oluşturulma Tarihi: Kasım 03, 2025 14:12', 'tr', '2025-11-03T14:12+03:00', null, ''],
  ['Güncellenme Tarihi: Kasım 03, 2025 16:05', 'tr', null, '2025-11-03T16:05+03:00', ''],
  ['3 saat önce', 'tr', '2025-11-03T15:00Z', null, ''],
  ['3. 11. 2025', 'de', '2025-11-03', null, ''],
  ['Publicerad 7 nov 2025 kl. 16.04 · Uppdaterad 18.41', 'sv', '2025-11-07T16:04+01:00', '2025-11-07T18:41+01:00', ''],
  ['Publicerad 7 nov 2025 16:04, uppdaterad 18:41', 'sv', '2025-11-07T16:04+01:00', '2025-11-07T18:41+01:00', ''],
  ['Data aktualizacji: 3 listopada 2025 15:30', 'pl', null, '2025-11-03T15:30+01:00', ''],
  ['Päivitetty 5.11.2025 klo 11.15', 'fi', null, '2025-11-05T11:15+02:00', ''],
  ['4. listopadu 2025 9:47, aktualizováno 13:05', 'cs', '2025-11-04T09:47+01:00', '2025-11-04T13:05+01:00', ''],
  ['입력 2025.11.12. 14:12', 'ko', '2025-11-12T14:12+09:00', null, ''],
  ['Updated: Nov. 3, 2025 4:12 PM EST | Originally published: Nov. 3, 2025 9:00 AM EST', 'en-US', '2025-11-03T09:00-05:00', '2025-11-03T16:12-05:00', ''],
  ['Friday 7 November 2025 14:38, UK', 'en-GB', '2025-11-07T14:38Z', null, ''],
  ['Monday 7 July 2025 14:38, UK', 'en-GB', '2025-07-07T14:38+01:00', null, ''],
  ['Laatste update: 03-11-25, 16:40', 'nl', null, '2025-11-03T16:40+01:00', ''],
  ['Madrid - 03 nov 2025 - 14:12 CET', 'es', '2025-11-03T14:12+01:00', null, 'Madrid'],
  ['Publié le 03 novembre 2025 à 14h12, modifié à 15h30', 'fr', '2025-11-03T14:12+01:00', '2025-11-03T15:30+01:00', ''],
  ['Publié le 03/11/2025 à 14:12, mis à jour le 03/11/2025 à 15:30', 'fr', '2025-11-03T14:12+01:00', '2025-11-03T15:30+01:00', ''],
  ['3. November 2025, 14:12 Uhr', 'de', '2025-11-03T14:12+01:00', null, ''],
  ['03.11.2025, 14.12 Uhr', 'de', '2025-11-03T14:12+01:00', null, ''],
  ['Aktualisiert am 03.11.2025-14:12', 'de', null, '2025-11-03T14:12+01:00', ''],
  ['3 novembre 2025 (modifica il 3 novembre 2025 | 15:30)', 'it', '2025-11-03', '2025-11-03T15:30+01:00', ''],
  ['03 Novembre 2025 alle 14:12', 'it', '2025-11-03T14:12+01:00', null, ''],
  ['Actualizado Lunes, 3 noviembre 2025 - 14:12', 'es', null, '2025-11-03T14:12+01:00', ''],
  ['3.nov.2025 às 14h12', 'pt', '2025-11-03T14:12-03:00', null, ''],
  ['3 de Novembro de 2025, 14:12', 'pt', '2025-11-03T14:12-03:00', null, ''],
  ['Atualizado há 2 horas', 'pt', null, '2025-11-03T16:00Z', ''],
  ['3 november 2025, 14:12', 'nl', '2025-11-03T14:12+01:00', null, ''],
  ['Vandaag', 'nl', '2025-11-03', null, ''],
  ['2025年11月3日 14時12分', 'ja', '2025-11-03T14:12+09:00', null, ''],
  ['2025/11/03 14:12', 'ja', '2025-11-03T14:12+09:00', null, ''],
  ['Updated 9:12 AM EST, Mon November 3, 2025', 'en', null, '2025-11-03T09:12-05:00', ''],
  ['Tue 8 Jul 2025 17.08 BST', 'en-GB', '2025-07-08T17:08+01:00', null, ''],
  ['3h ago', 'en', '2025-11-03T15:00Z', null, ''],
  ['3 hours ago', 'en', '2025-11-03T15:00Z', null, ''],
  ['hier', 'fr', '2025-11-02', null, ''],
  ['gestern', 'de', '2025-11-02', null, ''],
  ['ayer', 'es', '2025-11-02', null, ''],
  ['ieri', 'it', '2025-11-02', null, ''],
  ['gisteren', 'nl', '2025-11-02', null, ''],
  ['ontem', 'pt', '2025-11-02', null, ''],
  ['Posted 3h ago3 hours ago, updated 1h ago1 hours ago', 'en', '2025-11-03T15:00Z', '2025-11-03T17:00Z', ''],
  ['Published On 3 Nov 20253 Nov 2025', 'en', '2025-11-03', null, ''],
  ['By Jane Doe | November 3, 2025', 'en', '2025-11-03', null, 'By Jane Doe'],
  ['Jane Doe, Nov. 3, 2025', 'en', '2025-11-03', null, 'Jane Doe'],
  ['November 03, 2025 09:00 AM Eastern Standard Time', 'en', '2025-11-03T09:00-05:00', null, ''],
  ['Nov 03, 2025, 09:00 ET', 'en', '2025-11-03T09:00-05:00', null, ''],
  ['Jul 03, 2025, 09:00 ET', 'en', '2025-07-03T09:00-04:00', null, ''],
  ['3 Nov 2025', 'en', '2025-11-03', null, ''],
  ['3. November 2025.', 'de', '2025-11-03', null, ''],
  ['Sunday 02 November 2025 13:51 GMT', 'en-GB', '2025-11-02T13:51Z', null, ''],
  ['3 Nov 2025 14:12 EDT', 'en', '2025-11-03T14:12-04:00', null, ''],
  ['3 Nov 2025 14:12 CT', 'en', '2025-11-03T14:12-06:00', null, ''],
  ['Jul 3, 2025 2:12 PM PT', 'en', '2025-07-03T14:12-07:00', null, ''],
  ['3 Nov 2025 14:12 CEST', 'en', '2025-11-03T14:12+02:00', null, ''],
  ['3. November 2025, 14:12 Uhr MEZ', 'de', '2025-11-03T14:12+01:00', null, ''],
  ['03.07.2025, 14:12 Uhr MESZ', 'de', '2025-07-03T14:12+02:00', null, ''],
  ['3 Nov 2025 14:12 JST', 'en', '2025-11-03T14:12+09:00', null, ''],
  ['3 Nov 2025 14:12 AEDT', 'en', '2025-11-03T14:12+11:00', null, ''],
  ['3 Jul 2025 14:12 AEST', 'en', '2025-07-03T14:12+10:00', null, ''],
  ['3 Nov 2025 14:12 UTC+01:00', 'en', '2025-11-03T14:12+01:00', null, ''],
  ['Published 4:12 PM EST, Mon November 3, 2025', 'en', '2025-11-03T16:12-05:00', null, ''],
  ['Updated 2 hours ago', 'en', null, '2025-11-03T16:00Z', ''],
  ['By Ann Lee, CNN | Updated 2:14 PM EST, Mon November 3, 2025', 'en', null, '2025-11-03T14:14-05:00', 'By Ann Lee, CNN'],
  ['November 3, 2025 at 4:12 p.m. EST', 'en', '2025-11-03T16:12-05:00', null, ''],
  ['Nov 3, 2025 – 4:12 PM', 'en', '2025-11-03T16:12', null, ''],
  ['03 November 2025 • 4 min read', 'en-GB', '2025-11-03', null, '4 min read'],
  ['Last modified on Mon 3 Nov 2025 15.30 GMT', 'en-GB', null, '2025-11-03T15:30Z', ''],
  ['Yesterday at 9:12 PM', 'en', '2025-11-02T21:12', null, ''],
  ['3 HOURS AGO', 'en', '2025-11-03T15:00Z', null, ''],
  ['PRIYA RAMANATHAN in Eastwick 3 HOURS AGO', 'en', '2025-11-03T15:00Z', null, 'PRIYA RAMANATHAN in Eastwick'],
  ['11/3/2025', 'en-US', '2025-11-03', null, ''],
  ['3/11/2025', 'en-GB', '2025-11-03', null, ''],
  ['13/11/2025', 'en-US', '2025-11-13', null, ''],
  ['2025-11-03T14:12:00+01:00', 'en', '2025-11-03T14:12+01:00', null, ''],
  ['NOV 3, 2025 / 4:12 PM', 'en', '2025-11-03T16:12', null, ''],
  ['Publié aujourd\'hui à 14h12', 'fr', '2025-11-03T14:12+01:00', null, ''],
  ['Mis à jour le 3 novembre 2025 à 15h30', 'fr', null, '2025-11-03T15:30+01:00', ''],
  ['Le 3 novembre 2025 à 14h12', 'fr', '2025-11-03T14:12+01:00', null, ''],
  ['Il y a 3 heures', 'fr', '2025-11-03T15:00Z', null, ''],
  ['Stand: 03.11.2025, 14:12 Uhr', 'de', null, '2025-11-03T14:12+01:00', ''],
  ['Veröffentlicht am 03.11.2025 um 14:12 Uhr', 'de', '2025-11-03T14:12+01:00', null, ''],
  ['Von Anna Schmidt, 03.11.2025, 14:12 Uhr', 'de', '2025-11-03T14:12+01:00', null, 'Von Anna Schmidt'],
  ['vor 3 Stunden', 'de', '2025-11-03T15:00Z', null, ''],
  ['Publicado el 3 nov 2025, 14:12 CET', 'es', '2025-11-03T14:12+01:00', null, ''],
  ['Actualizado: 03/11/2025 15:30', 'es', null, '2025-11-03T15:30+01:00', ''],
  ['hace 3 horas', 'es', '2025-11-03T15:00Z', null, ''],
  ['Pubblicato il 3 novembre 2025 alle 14:12', 'it', '2025-11-03T14:12+01:00', null, ''],
  ['Aggiornato il 3/11/2025 alle 15:30', 'it', null, '2025-11-03T15:30+01:00', ''],
  ['3 ore fa', 'it', '2025-11-03T15:00Z', null, ''],
  ['Gepubliceerd op 3 november 2025 om 14:12', 'nl', '2025-11-03T14:12+01:00', null, ''],
  ['Bijgewerkt op 3 nov 2025 15:30', 'nl', null, '2025-11-03T15:30+01:00', ''],
  ['3 uur geleden', 'nl', '2025-11-03T15:00Z', null, ''],
  ['Publicado em 3 de novembro de 2025 às 14h12', 'pt', '2025-11-03T14:12-03:00', null, ''],
  ['Atualizado em 03/11/2025 - 15h30', 'pt', null, '2025-11-03T15:30-03:00', ''],
  ['2025/11/03 14:12 更新', 'ja', null, '2025-11-03T14:12+09:00', ''],
  ['3時間前', 'ja', '2025-11-03T15:00Z', null, ''],
  ['3 listopada 2025, 14:12', 'pl', '2025-11-03T14:12+01:00', null, ''],
  ['Aktualizacja: 3.11.2025, 15:30', 'pl', null, '2025-11-03T15:30+01:00', ''],
  ['2 godziny temu', 'pl', '2025-11-03T16:00Z', null, ''],
  ['wczoraj', 'pl', '2025-11-02', null, ''],
  ['Published 6:05 AM EST, Tue November 4, 2025', 'en-US', '2025-11-04T06:05-05:00', null, ''],
  ['Updated 11:47 PM PDT, Sat July 12, 2025', 'en-US', null, '2025-07-12T23:47-07:00', ''],
  ['July 12, 2025 11:47 PM ET', 'en-US', '2025-07-12T23:47-04:00', null, ''],
  ['Posted on December 1, 2024 by Sam Carter', 'en', '2024-12-01', null, 'by Sam Carter'],
  ['Sam Carter · Dec 1, 2024', 'en', '2024-12-01', null, 'Sam Carter'],
  ['Wed 1 Jan 2025 09.00 GMT', 'en-GB', '2025-01-01T09:00Z', null, ''],
  ['First published on Wed 1 Jan 2025 09.00 GMT', 'en-GB', '2025-01-01T09:00Z', null, ''],
  ['1 January 2025, 9:00am', 'en-GB', '2025-01-01T09:00Z', null, ''],
  ['5 minutes ago', 'en', '2025-11-03T17:55Z', null, ''],
  ['an hour ago', 'en', '2025-11-03T17:00Z', null, ''],
  ['2 days ago', 'en', '2025-11-01', null, ''],
  ['Today, 14:05', 'en-GB', '2025-11-03T14:05Z', null, ''],
  ['Publié le 1er décembre 2024 à 08h30', 'fr', '2024-12-01T08:30+01:00', null, ''],
  ['Mis à jour le 2 décembre 2024 à 10h15', 'fr', null, '2024-12-02T10:15+01:00', ''],
  ['Par Claire Martin - 01/12/2024 à 08:30', 'fr', '2024-12-01T08:30+01:00', null, 'Par Claire Martin'],
  ['il y a 20 minutes', 'fr', '2025-11-03T17:40Z', null, ''],
  ['Hier à 22h10', 'fr', '2025-11-02T22:10+01:00', null, ''],
  ['Veröffentlicht: 1. Dezember 2024, 08:30 Uhr', 'de', '2024-12-01T08:30+01:00', null, ''],
  ['01.12.2024 - 08:30 Uhr', 'de', '2024-12-01T08:30+01:00', null, ''],
  ['Heute, 09:15 Uhr', 'de', '2025-11-03T09:15+01:00', null, ''],
  ['vor 45 Minuten', 'de', '2025-11-03T17:15Z', null, ''],
  ['Publicado: 01/12/2024 08:30 CET', 'es', '2024-12-01T08:30+01:00', null, ''],
  ['1 dic 2024 - 08:30', 'es', '2024-12-01T08:30+01:00', null, ''],
  ['Actualizado hace 5 minutos', 'es', null, '2025-11-03T17:55Z', ''],
  ['Ayer, 22:10', 'es', '2025-11-02T22:10+01:00', null, ''],
  ['01 dicembre 2024 ore 08:30', 'it', '2024-12-01T08:30+01:00', null, ''],
  ['Aggiornato alle 10:15', 'it', null, '2025-11-03T10:15+01:00', ''],
  ['2 ore fa', 'it', '2025-11-03T16:00Z', null, ''],
  ['1 dec 2024 08:30', 'nl', '2024-12-01T08:30+01:00', null, ''],
  ['Vandaag, 09:15', 'nl', '2025-11-03T09:15+01:00', null, ''],
  ['2 uur geleden', 'nl', '2025-11-03T16:00Z', null, ''],
  ['01/12/2024 08h30', 'pt', '2024-12-01T08:30-03:00', null, ''],
  ['1 dez 2024 - 08h30', 'pt', '2024-12-01T08:30-03:00', null, ''],
  ['há 5 minutos', 'pt', '2025-11-03T17:55Z', null, ''],
  ['2024年12月1日', 'ja', '2024-12-01', null, ''],
  ['2024.12.01 08:30', 'ja', '2024-12-01T08:30+09:00', null, ''],
  ['5分前', 'ja', '2025-11-03T17:55Z', null, ''],
  ['1 grudnia 2024, 08:30', 'pl', '2024-12-01T08:30+01:00', null, ''],
  ['5 minut temu', 'pl', '2025-11-03T17:55Z', null, ''],
  ['Dec. 1, 2024', 'en', '2024-12-01', null, ''],
  ['2024-12-01', 'en', '2024-12-01', null, ''],
];

/** Lines that hold no date: numbers, weekday names, bare years, times in prose. */
const NOT_DATELINES: [string, string][] = [
  ['The bridge, first proposed in 2019, was expected to open in 2027.', 'en'],
  ['On Monday the council voted 7-2 to delay the decision.', 'en'],
  ['Встреча 25 ноября состоится в Москве', 'ru'],
  // (No 32nd of Mangsir in 2083, and no year beyond the Bikram Sambat table: never a date rolled over.)
  ['मंसिर ३२, २०८३', 'ne'],
  ['मंसिर १०, २२०३', 'ne'],
  ['Shares closed at 16.20', 'en'],
  ['The rate rose to 16.20 per cent', 'en-GB'],
  ['Read more: 5 things to know', 'en'],
  ['Share 128', 'en'],
  ['Page 2 of 3', 'en'],
  // (A fraction is no date: a month and day with a slash count only before a time.)
  ['About 3/4 of voters said yes', 'en'],
  // (A range of times is no time before a date.)
  ['Open 14:00 - 16:00 daily', 'en'],
  ['Photograph: Jane Doe/Reuters', 'en'],
  ['Listen to this article · 5:12 min', 'en'],
  ['Comments (42)', 'en'],
  ['The meeting ran from 9:30 to 11:00.', 'en'],
  ['In March the mayor said the plan would cost £240mn.', 'en-GB'],
  ['Tuesday\'s vote was postponed.', 'en'],
  ['2025', 'en'],
  ['128', 'en'],
  ['3', 'en'],
  ['hier', 'de'],
  ['Hier klicken Sie für mehr', 'de'],
  ['Score: 3-1', 'en'],
  ['Call 555-1234', 'en'],
  ['Version 2.1.3 is out', 'en'],
  ['Le conseil a voté lundi.', 'fr'],
  ['He was born in March 1970 and lived in Paris.', 'en'],
  ['Parliament sits from 9:00 until late.', 'en-GB'],
  ['Il a neigé pendant 3 heures.', 'fr'],
  ['Die Sitzung dauerte 3 Stunden.', 'de'],
  ['Match report: Arsenal 2-1 Chelsea', 'en-GB'],
  ['The 2024 election changed everything.', 'en'],
  ['Friday, the mayor said, would be decisive.', 'en'],
  ['Chapter 12', 'en'],
  ['Lunes de Madrid', 'es'],
  // (A word that begins like a month, without the stop, is no month: `Listopad`'s start is not `list`.)
  ['Read the list 26 2025', 'en'],
  ['Ноем 2025 планове', 'bg'],
];

describe('readDateline', () => {
  it.each(LINES)('%s (%s) → %s, updated %s', (line, lang, published, updated, rest) => {
    const reading = readDateline(line, { reference, lang });
    expect(reading?.published?.iso ?? null).toBe(published);
    expect(reading?.updated?.iso ?? null).toBe(updated);
    expect(reading?.rest).toBe(rest);
  });

  it.each(NOT_DATELINES)('%s (%s) is not a dateline', (line, lang) => {
    expect(readDateline(line, { reference, lang })).toBeUndefined();
  });

  it('keeps the words as written, without their labels', () => {
    const reading = readDateline('Published Nov. 3, 2025, 9:12 a.m. ET Updated Nov. 3, 2025, 11:40 a.m. ET');
    expect(reading?.published).toEqual({ text: 'Nov. 3, 2025, 9:12 a.m. ET', iso: '2025-11-03T09:12-05:00' });
    expect(reading?.updated).toEqual({ text: 'Nov. 3, 2025, 11:40 a.m. ET', iso: '2025-11-03T11:40-05:00' });
    expect(readDateline('Publié le 03 novembre 2025 à 14h12, modifié à 15h30', { lang: 'fr' })?.updated).toEqual({
      text: '15h30',
      iso: '2025-11-03T15:30+01:00',
    });
    // (In the page's own digits.)
    expect(readDateline('আপডেট: ৩ নভেম্বর ২০২৫, ১১: ০৫', { lang: 'bn' })?.updated).toEqual({ text: '৩ নভেম্বর ২০২৫, ১১: ০৫', iso: '2025-11-03T11:05+06:00' });
  });

  it('keeps the first of two copies of a date copied twice', () => {
    expect(readDateline('Published On 3 Nov 20253 Nov 2025')?.published).toEqual({ text: '3 Nov 2025', iso: '2025-11-03' });
    expect(readDateline('Posted 3h ago3 hours ago', { reference })?.published).toEqual({ text: '3h ago', iso: '2025-11-03T15:00Z' });
  });

  it('resolves relative forms and dates without a year only against a reference', () => {
    expect(readDateline('3 hours ago')).toEqual({ published: { text: '3 hours ago' }, rest: '', coverage: 1 });
    expect(readDateline('hier', { lang: 'fr' })?.published).toEqual({ text: 'hier' });
    expect(readDateline('Nov 3')?.published).toEqual({ text: 'Nov 3' });
    expect(readDateline('Nov 3', { reference })?.published?.iso).toBe('2025-11-03');
    const dayOnly = parseReferenceDate('2025-11-03');
    expect(readDateline('3 hours ago', { reference: dayOnly })?.published?.iso).toBe('2025-11-03');
    expect(readDateline('2 days ago', { reference })?.published?.iso).toBe('2025-11-01');
  });

  it('reads 11/03/2025 month-first for American English only, unless the day says otherwise', () => {
    const iso = (lang?: string) => readDateline('11/03/2025', { lang })?.published?.iso;
    expect([iso(), iso('en'), iso('en-US'), iso('en-GB'), iso('fr'), iso('de')]).toEqual([
      '2025-11-03', '2025-11-03', '2025-11-03', '2025-03-11', '2025-03-11', '2025-03-11',
    ]);
    expect(readDateline('13/11/2025', { lang: 'en-US' })?.published?.iso).toBe('2025-11-13');
    expect(readDateline('11/13/2025', { lang: 'fr' })?.published?.iso).toBe('2025-11-13');
    expect(readDateline('03.11.2025', { lang: 'en-US' })?.published?.iso).toBe('2025-11-03');
  });

  it('gives US zones written without a season the offset of the date', () => {
    expect(readDateline('Jan 5, 2025 9:00 AM ET')?.published?.iso).toBe('2025-01-05T09:00-05:00');
    expect(readDateline('Jul 5, 2025 9:00 AM ET')?.published?.iso).toBe('2025-07-05T09:00-04:00');
    expect(readDateline('Mar 9, 2025 3:00 AM PT')?.published?.iso).toBe('2025-03-09T03:00-07:00');
    expect(readDateline('Nov 2, 2025 3:00 AM CT')?.published?.iso).toBe('2025-11-02T03:00-06:00');
    // Written abbreviations say the half of the year themselves.
    expect(readDateline('Jul 5, 2025 9:00 AM EST')?.published?.iso).toBe('2025-07-05T09:00-05:00');
  });

  it('gives a time written without a zone the zone of the page\'s country, when the language has one', () => {
    const iso = (line: string, lang?: string) => readDateline(line, { lang })?.published?.iso;
    expect(iso('03.07.2025, 14:12 Uhr', 'de')).toBe('2025-07-03T14:12+02:00');
    expect(iso('03.11.2025, 14:12 Uhr', 'de-AT')).toBe('2025-11-03T14:12+01:00');
    expect(iso('30 mars 2025 à 03h00', 'fr')).toBe('2025-03-30T03:00+02:00');
    expect(iso('30 mars 2025 à 01h59', 'fr')).toBe('2025-03-30T01:59+01:00');
    expect(iso('3 de julho de 2025, 14:12', 'pt-PT')).toBe('2025-07-03T14:12+01:00');
    expect(iso('3 de julho de 2025, 14:12', 'pt-BR')).toBe('2025-07-03T14:12-03:00');
    expect(iso('3 July 2025, 14:12', 'en-GB')).toBe('2025-07-03T14:12+01:00');
    expect(iso('3 juillet 2025 à 14h12', 'fr-CA')).toBe('2025-07-03T14:12');
    expect(iso('3 de julio de 2025, 14:12', 'es-MX')).toBe('2025-07-03T14:12');
    expect(iso('July 3, 2025, 2:12 PM', 'en-US')).toBe('2025-07-03T14:12');
    expect(iso('July 3, 2025, 2:12 PM')).toBe('2025-07-03T14:12');
    // A written zone always wins.
    expect(iso('3. Juli 2025, 14:12 Uhr MEZ', 'de')).toBe('2025-07-03T14:12+01:00');
  });

  it('reads month names of more languages, from CLDR, and the labels and time words around them', () => {
    const ref = parseReferenceDate('2025-11-26T12:00Z');
    expect(readDateline('26 ное 2025, 14:12', { lang: 'bg', reference: ref })?.published?.iso).toBe('2025-11-26T14:12+02:00');
    expect(readDateline('26. новембар 2025. 20:30', { lang: 'sr', reference: ref })?.published?.iso).toBe('2025-11-26T20:30+01:00');
    expect(readDateline('26.11.2025. у 20:30', { lang: 'sr', reference: ref })?.published?.iso).toBe('2025-11-26T20:30+01:00');
    expect(readDateline('2025 m. lapkričio 26 d.', { lang: 'lt', reference: ref })).toBeUndefined();
    expect(readDateline('26 lapkričio 2025', { lang: 'lt', reference: ref })?.published?.iso).toBe('2025-11-26');
    expect(readDateline('Atnaujinta 2025-11-26 13:20', { lang: 'lt', reference: ref })?.updated?.iso).toBe('2025-11-26T13:20+02:00');
    expect(readDateline('26. studenoga 2025.', { lang: 'hr', reference: ref })?.published?.iso).toBe('2025-11-26');
  });

  it('measures how much of the line is dates', () => {
    expect(readDateline('3 Nov 2025')?.coverage).toBe(1);
    const byline = readDateline('By Jane Doe | November 3, 2025')?.coverage ?? 0;
    expect(byline).toBeGreaterThan(0.5);
    expect(byline).toBeLessThan(0.8);
    const prose = readDateline('The vote on 3 November 2025 was delayed by two weeks after the council said it needed more time.');
    expect(prose?.published?.iso).toBe('2025-11-03');
    expect(prose?.coverage).toBeLessThan(0.25);
  });

  it('takes a word for a word, not a zone or a date', () => {
    expect(readDateline('Die Sitzung am 3. November 2025 um 14:12 ist vorbei', { lang: 'de' })?.published?.iso).toBe('2025-11-03T14:12+01:00');
    expect(readDateline('Publié le 3 novembre 2025 à 14h12 et mis à jour', { lang: 'fr' })?.published?.iso).toBe('2025-11-03T14:12+01:00');
    expect(readDateline('31 February 2025')).toBeUndefined();
  });

  it('gives the same reading every time, whatever the clock and the time zone', () => {
    const line = 'Posted 3h ago3 hours ago, updated 1h ago1 hours ago';
    expect(readDateline(line, { reference })).toEqual(readDateline(line, { reference }));
    expect(readDateline(line, { reference })?.published?.iso).toBe('2025-11-03T15:00Z');
  });
});

describe('the line-level API', () => {
  it('parseDateline reads a whole line, labels included', () => {
    expect(parseDateline('Updated 2 hours ago', reference)).toEqual({ text: 'Updated 2 hours ago', iso: '2025-11-03T16:00Z' });
    expect(parseDateline('Aktualisiert am 03.11.2025-14:12')).toEqual({ text: 'Aktualisiert am 03.11.2025-14:12', iso: '2025-11-03T14:12' });
    expect(parseDateline('By Jane Doe | November 3, 2025')).toBeUndefined();
    expect(parseDateline('31 February 2025')).toEqual({ text: '31 February 2025' });
  });

  it('splitTrailingDateline takes a date off the end of a byline', () => {
    expect(splitTrailingDateline('By Jane Doe | November 3, 2025 4:12 PM GMT')).toEqual({
      rest: 'By Jane Doe',
      dateline: { text: 'November 3, 2025 4:12 PM GMT', iso: '2025-11-03T16:12Z' },
    });
    expect(splitTrailingDateline('PRIYA RAMANATHAN in Eastwick 3 HOURS AGO', reference)).toEqual({
      rest: 'PRIYA RAMANATHAN in Eastwick',
      dateline: { text: '3 HOURS AGO', iso: '2025-11-03T15:00Z' },
    });
    expect(splitTrailingDateline('November 3, 2025 by Jane Doe')).toBeUndefined();
  });

  it('findAbsoluteDate finds the first dated line', () => {
    expect(findAbsoluteDate('Headline\nBy Jane Doe\n3 HOURS AGO\nMadrid - 03 nov 2025 - 14:12 CET')).toEqual(
      parseReferenceDate('2025-11-03T14:12+01:00'),
    );
    expect(findAbsoluteDate('Headline\n3 HOURS AGO')).toBeUndefined();
  });

  it('isDatelineLabel knows labels on a line of their own', () => {
    for (const label of ['更新日時', '公開日時', 'Published', 'Updated:', 'Last updated', 'Veröffentlicht', 'Aktualisiert am', 'Mis à jour le', 'Actualizado', 'Aggiornato', 'Bijgewerkt', 'Atualizado', '更新']) {
      expect(isDatelineLabel(label)).toBe(true);
    }
    expect(isDatelineLabel('Published in Nature')).toBe(false);
  });
});

describe('dates of the fiftieth blind set', () => {
  const copied = parseReferenceDate('2026-11-26T18:00Z');
  it('reads Hungarian’s year first with the month cut short, and its update label before it', () => {
    expect(readDateline('2026. nov. 26. 9:48', { reference: copied })?.published).toEqual({ text: '2026. nov. 26. 9:48', iso: '2026-11-26T09:48' });
    expect(readDateline('Frissítve: 2026. nov. 26. 11:05', { reference: copied })?.updated?.iso).toBe('2026-11-26T11:05');
  });
  it('reads Slovenian relative times and day words', () => {
    expect(readDateline('Posodobljeno pred 6 urami', { reference: copied })?.updated?.iso).toBe('2026-11-26T12:00Z');
    expect(readDateline('danes, 10.14', { reference: copied })?.published?.iso).toBe('2026-11-26T10:14');
    expect(readDateline('Pred dnevi so odprli novo cesto.', { reference: copied })).toBeUndefined();
  });
});

describe('dates of the fifty-first blind set', () => {
  const copied = parseReferenceDate('2026-11-26T18:00Z');
  it('reads Uzbek day words and relative times, and Turkish `Güncellenme:` as the update', () => {
    expect(readDateline('Bugun, 11:20', { reference: copied })?.published?.iso).toBe('2026-11-26T11:20');
    expect(readDateline('Kecha, 21:47', { reference: copied })?.published?.iso).toBe('2026-11-25T21:47');
    expect(readDateline('3 soat oldin', { reference: copied })?.published?.iso).toBe('2026-11-26T15:00Z');
    expect(readDateline('Bugungi kunda poytaxtda avtobus qatnaydi', { reference: copied })).toBeUndefined();
    expect(readDateline('Güncellenme: 26 Kasım 2026 09:47', { reference: copied })?.updated?.iso).toBe('2026-11-26T09:47');
  });
});

describe('dates of the fifty-sixth blind set', () => {
  const ref = parseReferenceDate('2026-11-28T18:00Z');
  it.each([
    ['fyri 2 tímum síðani', 'fo', '2026-11-28T16:00Z'],
    ['fyrir 3 klukkustundum síðan', 'is', '2026-11-28T15:00Z'],
    ['3 საათის წინ', 'ka', '2026-11-28T15:00Z'],
    ['17 цагийн өмнө', 'mn', '2026-11-28T01:00Z'],
    ['duela 3 ordu', 'eu', '2026-11-28T15:00Z'],
    ['fa 2 hores', 'ca', '2026-11-28T16:00Z'],
    ['hai 2 horas', 'gl', '2026-11-28T16:00Z'],
    ['2 orë më parë', 'sq', '2026-11-28T16:00Z'],
    ['3 awr yn ôl', 'cy', '2026-11-28T15:00Z'],
  ])('reads %s (%s) as %s', (line, lang, iso) => {
    expect(readDateline(line, { lang, reference: ref })?.published?.iso).toBe(iso);
  });
  it('reads day words of those languages as the day before or the day itself', () => {
    expect(readDateline('Ahir, 12:30', { lang: 'ca', reference: ref })?.published?.iso).toBe('2026-11-27T12:30+01:00');
    expect(readDateline('í gær kl. 14.12', { lang: 'is', reference: ref })?.published?.iso).toBe('2026-11-27T14:12Z');
  });
  it('reads Welsh weekdays, Maltese update labels and Yiddish months', () => {
    expect(readDateline('Dydd Sadwrn 28 Tachwedd 2026', { lang: 'cy', reference: ref })).toMatchObject({ rest: '', published: { iso: '2026-11-28' } });
    expect(readDateline('Aġġornat l-aħħar: Is-Sibt, 28 ta’ Novembru 2026, 16:10', { lang: 'mt', reference: ref })?.updated?.iso).toBe('2026-11-28T16:10+01:00');
    expect(readDateline('נאָוועמבער 27, 2026', { lang: 'yi', reference: ref })?.published?.iso).toBe('2026-11-27');
  });
});

describe('dates of the fifty-seventh blind set', () => {
  const ref = parseReferenceDate('2026-11-28T18:00Z');
  it('reads a label copied without a space before the month, a time after Cyrillic "at", Burmese commas, Haitian months and Malay and Chinese update labels', () => {
    expect(readDateline('PublishedNovember 27, 2026', { lang: 'en', reference: ref })?.published?.iso).toBe('2026-11-27');
    expect(readDateline('Оновлено о 16:05', { lang: 'uk', reference: ref })?.updated?.iso).toBe('2026-11-28T16:05+02:00');
    expect(readDateline('Оновлено: 28 листопада 2026 о 16:05', { lang: 'uk', reference: ref })?.updated?.iso).toBe('2026-11-28T16:05+02:00');
    expect(readDateline('နိုဝင်ဘာ ၂၈၊ ၂၀၂၆', { lang: 'my', reference: ref })?.published?.iso).toBe('2026-11-28');
    expect(readDateline('28 novanm 2026', { lang: 'ht', reference: ref })?.published?.iso).toBe('2026-11-28');
    expect(readDateline('Dikemaskini 3 jam lalu', { lang: 'ms', reference: ref })?.updated?.iso).toBe('2026-11-28T15:00Z');
    expect(readDateline('اپ ڈیٹ: جمعہ 27 نومبر 2026 14:05', { lang: 'ur', reference: ref })?.updated?.iso).toBe('2026-11-27T14:05+05:00');
    expect(readDateline('最後更新時間：2026/11/28 14:15', { lang: 'zh-TW', reference: ref })).toMatchObject({ rest: '', updated: { iso: '2026-11-28T14:15+08:00' } });
  });
});

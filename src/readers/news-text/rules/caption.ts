/**
 * Image captions and their credits, in the forms news sites use:
 *
 * - `… beside the northern pier © Alamy`              → credit `Alamy`
 * - `… at the station. Photograph: Jo Bloggs/PA`       → credit `Jo Bloggs/PA`, label `Photograph`
 * - `… in Kyiv. Photo: AP`, `Foto: dpa`, `Beeld ANP`    → credit after the label
 * - `President speaks in Ohio REUTERS/Kevin Lamarque`   → credit `REUTERS/Kevin Lamarque`
 * - `… in Madrid. JUAN PÉREZ / EFE`, `… (Jane Doe/The Courier)`, `… (AP Photo/Jane Doe)`
 * - `… on Monday.Jane Doe/Reuters` (the credit glued to the caption's last word)
 * - `… in Leeds. Staff photo by Sam Reed`
 *
 * Some sites put the credit on a line of its own, before or after the caption:
 * `Credit...Jane Doe for The Times`, `Photographer: Ann Lee/Bloomberg`, `Image source, Getty
 * Images`, `(Jane Doe/The Courier)`; the BBC adds an `Image caption,` label line.
 */
export interface CaptionMatch {
  caption: string;
  credit: string;
  /** The word that introduced the credit (`Photograph`, `Foto`), kept so no word is lost. */
  label?: string;
  rule: string;
  /** A carousel counter in front of the caption (`Item 1 of 3`), set aside but not lost. */
  counter?: string;
  /** A link after the credit (`more >`), set aside but not lost. */
  moreLink?: string;
  /** A label in front of the caption (`Image:` in `Image: … File pic: PA`), set aside but not lost. */
  captionLabel?: string;
}

/** What a caption match set aside (a carousel's counter, the label in front, a `more >` link), each with its reason: dropped, never lost. */
export function captionAsides(match: CaptionMatch): { text: string; reason: string }[] {
  const asides: { text: string; reason: string }[] = [];
  if (match.counter) asides.push({ text: match.counter, reason: 'a picture carousel’s counter (site furniture)' });
  if (match.captionLabel) asides.push({ text: match.captionLabel, reason: 'the label in front of a caption (site furniture)' });
  if (match.moreLink) asides.push({ text: match.moreLink, reason: 'a link or handle after a caption’s credit (site furniture)' });
  return asides;
}

/** Labels in capitals, as some sites set them (`СНИМКА: Читател`, `BILD: dpa`): the words below, upper-cased. */
const UPPER_LABELS = ['Снимка', 'Снимак', 'Фото', 'Фотография', 'Bild', 'Kuva', 'Fotó', 'Zdjęcie', 'Imagen', 'Imagem', 'Immagine', 'Beeld', 'Fotografía', 'Fotografia', 'Φωτογραφία', 'Picha', 'Isithombe', 'Umfanekiso', 'Setshwantsho', 'Hoto', 'Sawir', 'Ifoto', 'Larawan', 'Ritratt']
  .map((word) => word.toUpperCase())
  .join('|');
const LABEL =
  `(?:Representative [Ii]mage|Photo [Cc]redit|Copyright|File pic|Kuva|Bildrechte|Φωτ\\. αρχείου|Φωτ\\.|Φωτογραφία αρχείου|Φωτογραφία|ΦΩΤΟ|Φωτό|Fotó|Źródło zdjęcia(?: głównego)?|PHOTO(?:S|GRAPH)?|FOTO|CREDIT|Photograph(?:s|er)?|Photo(?:s| [Cc]redit|[ -][Ii]llustration)?|Picture|Pics?|Image [Cc]redit [Ss]ource|Image(?: source| credit)?|Illustration|Illustrasjon(?:sfoto)?|Illustratie|Ilustración|Illustrazione|Ilustração|Ilustracja|Kuvitus|Graphic|Video|Credit|Credits|Staff photo by|Photo by|File photo|Foto(?:s|grafie|grafía|grafia)?|Fotos?|Bild(?:quelle)?|Beeld|Imagen|Imagem|Immagine|Crédit(?:s)?(?: photo)?|Crédito(?:s)?|Credito|Source|Quelle|Fuente|Fonte|Bron|Zdjęcie|Fot\\.|Fotoğraf|Фото|Снимка|Снимак|Фотографија|Nuotr\\.|Nuotrauka|ẢNH|فوٹو|تصویر|عکس|صورة|تصوير|צילום|פֿאָטאָ|फोटो|तस्वीर|तस्बिर|ছবি|படம்|ఫోటో|చిత్రం|ಚಿತ್ರ|ಫೋಟೋ|ചിത്രം|ഫോട്ടോ|તસવીર|ફોટો|புகைப்படம்|ফটো|ਫੋਟੋ|ଫଟୋ|ფოტო|Լուսանկարը|Pictiúr|Grianghraf|Ritratt|Argazkia(?:k)?|Ljósmynd|Myndir|Mynd|PICS?|Hoto|Llun|Picha|Isithombe|Umfanekiso|Setshwantsho|Ifoto|Àwòrán|Larawan|Сурет|Сүрөт|Гэрэл зураг|ፎቶ|Sawir|ที่มาภาพ|ภาพ(?:โดย|ประกอบ)?|ພາບ|រូបភាព|ဓာတ်ပုံ|ඡායාරූපය|Ảnh|写真|撮影|画像|圖|图|攝影|摄影|${UPPER_LABELS})`;
/** `Fuente de la imagen, Getty Images`: the BBC's credit labels in its languages. */
// (`Zdroj: TASR/Milan Kapusta`, `Autor/allikas: Rauno Tamm/ERR`: Slovak and Estonian labels of a credit alone on its line;
// inside a caption's line they would take the credit's second half, `| Foto: Václav Šálek | Zdroj: ČTK`.)
const SOURCE_LABEL = '(?:Image source|Picture source|Image credit|Fuente de la imagen|Fonte da imagem|Source de l[\'’]image|Bildquelle|Fonte dell[\'’]immagine|Źródło zdjęcia|Autor\\/allikas|Zdroj)';
// (`圖／台中市政府提供`: Chinese sites set the label off with a full-width slash.)
// (`Photo - Muscat Municipality`: a spaced dash after the label separates too.)
// (`ፎቶ፡ …`: Ethiopic's colon.)
const LABEL_ALONE = new RegExp(`^(${LABEL})(?![\\p{L}])\\s*(?:[:,：／፡՝]|(?<=\\s)[-–—](?=\\s)|\\.{2,3}|…)?\\s*(\\S.{0,100})$`, 'iu');
/** A label at the head of what a form took for the credit: `Photo / Tessa Manu`, `Foto: picture alliance/dpa`. */
const LABEL_IN_CREDIT = new RegExp(`^(${LABEL})\\s*[/:|]\\s*(\\S.*)$|^(Photo by|Photographs? by|Pictures? by|Foto de|Foto di|Photo de|Photo|Foto|Bild|Kuva|Fotó|Copyright)\\s+(\\p{Lu}[^/]*\\/.*)$`, 'u');
/** `© (Photo NR, Valérie Rossignol)`: the label and the credit in brackets after another sign. */
const BRACKETED_LABEL = new RegExp(`^\\((${LABEL})\\s*:?\\s+([^()]{2,80})\\)$`, 'iu');
/** `© Photo Franck BOILEAU`: after a copyright sign, a label word and then a name of two words or more (`© Photo News` is an agency). */
const LABEL_AFTER_SIGN = new RegExp(`^(${LABEL})\\s+(\\p{Lu}\\S*\\s+\\S.*)$`, 'u');
/** `Photo / Tessa Manu` → label `Photo`, credit `Tessa Manu`; `undefined` when the credit starts with no label. */
function labelInCredit(credit: string, afterSign = false): { label: string; credit: string } | undefined {
  const m = LABEL_IN_CREDIT.exec(credit) ?? BRACKETED_LABEL.exec(credit.trim()) ?? (afterSign ? LABEL_AFTER_SIGN.exec(credit.trim()) : null);
  const label = m?.[1] ?? m?.[3];
  const rest = m?.[2] ?? m?.[4];
  return label && rest ? { label, credit: rest.trim() } : undefined;
}

/** A label word alone after a caption's full stop: `… poids lourds. Photo`. */
const TRAILING_LABEL = new RegExp(`[.!?]\\s+(${LABEL})$`, 'u');

/** Labels that are also ordinary words need punctuation or capitals to count (`Source: AP`, not `Source of …`). */
const LOOSE_LABEL = /^(?:source|credit|credits|image|video|graphic|picture|quelle|fuente|fonte|bron)$/i;

/** `creditFirst`: the pattern's groups are the credit, the label after it, then the caption (read as caption, credit, label). */
const FORMS: { rule: string; pattern: RegExp; labelled?: boolean; labelAfter?: boolean; creditFirst?: boolean }[] = [
  // `示意圖。（圖／台中市政府提供）`: the label and the credit inside full-width brackets, the brackets no part of either.
  { rule: 'caption:credit-label', pattern: /^(.{2,}?)\s*[（(](圖|图|照片|相片|攝影|摄影)\s*[／/:：]\s*([^（）()]{1,30})[）)]$/u, labelled: true },
  // `奥克兰港集装箱码头资料图 图源：视觉中国`: "picture source" and the agency after the caption.
  { rule: 'caption:credit-label', pattern: /^(.{4,}?)\s*(图源|圖源|图片来源|圖片來源|图片提供|圖片提供)\s*[:：]\s*(\S.{0,30})$/u, labelled: true },
  { rule: 'caption:copyright-sign', pattern: /^(.*?)\s*(?:©|\(c\)|Ⓒ)\s*([^©]{1,80}?)\s*$/iu },
  {
    rule: 'caption:credit-label',
    pattern: new RegExp(`^(.+?)\\s*\\((${LABEL})\\s*:\\s*([^()]{1,80}?)\\)\\s*$`, 'u'),
    labelled: true,
  },
  {
    rule: 'caption:credit-label',
    // (`…示意圖。圖／台中市政府提供`: a full-width colon or slash after the label in Chinese.)
    pattern: new RegExp(`^(.*?)\\s*(?<![\\p{L}\\p{N}])(${LABEL})(?![\\p{L}])\\s*(?:[:：／]|\\.{2,3}|…)\\s*([^:]{1,80}?)\\s*$`, 'u'),
    labelled: true,
  },
  // `… since Monday morningImage: Sebastian Kahnert/dpa/picture alliance`: a label glued to the caption's last word.
  { rule: 'caption:credit-label', pattern: /^(.{20,}?\p{Ll})(Image|Photo|Picture|Foto|Bild)\s*:\s*(\p{Lu}[^:]{1,80}?)\s*$/u, labelled: true },
  // (`… on Monday. - Photo by Christopher Thomas`: a dash may stand between.)
  // (`… бэлтгэж байна. Гэрэл зургийг Т.Билгүүн`: Mongolian's "the photograph [by]" takes no colon.)
  { rule: 'caption:credit-label', pattern: /^(.+?[.!?)])\s*(?:[-–—|]\s*)?(STAFF PHOTOS? BY|PHOTOS? BY|Staff photo by|Photo by|Photos? via|Images? via|Photographs? by|Pictures? by|Images? by|Illustration by|Foto di|Foto de|Photo de|Beeld|Foto|beeld|foto|Fot\.|PHOTOS?|FOTOS?|Гэрэл зургийг)\s+(\p{Lu}[^!?:]{1,60}?)\s*$/u, labelled: true },
  // `… in Sector 17, Chandigarh. Tribune photo: Ravi Kumar`: the paper's name before the label, after the full stop.
  { rule: 'caption:credit-label', pattern: /^(.{20,}?[.!?])\s+(\p{Lu}[\p{L}]+\s(?:photo|picture|image|Photo|Picture|Image)s?)\s*:\s*(\p{Lu}[^:]{1,60}?)\s*$/u, labelled: true },
  // `… at the Gerezani terminal in Dar es Salaam. PHOTO | SAID KHAMIS`: the label, a bar, the credit.
  { rule: 'caption:credit-label', pattern: /^(.{10,}?[.!?])\s+(PHOTOS?|FOTOS?|Photos?|Fotos?|PICTURE|IMAGE|Image|PICHA|Picha)\s*\|\s*(\p{Lu}.{1,60})$/u, labelled: true },
  // `नौबस्ता की ओर बन रहा मेट्रो का एलिवेटेड ट्रैक। फोटो- जागरण`: after the caption's full stop, the label and a dash.
  { rule: 'caption:credit-label', pattern: new RegExp(`^(.{10,}?[.!?।。])\\s*(${LABEL})\\s*[-–—]\\s*(\\S.{1,60}?)\\s*$`, 'u'), labelled: true },
  // `… ಪ್ಲಾಸ್ಟಿಕ್‌ ಬಾಟಲಿಗಳು –ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ`: after a dash, the paper's name and "picture" (Indian papers, in their scripts).
  { rule: 'caption:credit-label', pattern: /^(.{10,}?)\s*[–—-]\s*((?:\S{2,20}\s){1,2}(?:ಚಿತ್ರ|ചിത്രം|చిత్రం|படம்|चित्र|ছবি|ଫଟୋ|ਤਸਵੀਰ|તસવીર))$/u },
  // `Senosios perkėlos keltas Klaipėdoje / Pauliaus Žemaičio/LRT nuotr.`: Lithuanian puts "photo" after the photographer.
  { rule: 'caption:photographed-by', pattern: /^(.{10,}?)\s+\/\s+(\p{Lu}.{1,60}?)\s+(nuotr\.|nuotrauka)$/u, labelAfter: true },
  // `Gedimino Kaziulio/15min nuotr./Robotinė chirurgijos sistema …`: or the credit, "photo" and a slash first, the caption after.
  { rule: 'caption:photographed-by', pattern: /^(\p{Lu}[^/]{1,40}\/[^/]{1,30}?)\s+(nuotr\.|nuotrauka)\s*\/\s*(\p{Lu}.{8,})$/u, labelAfter: true, creditFirst: true },
  // `… no ano passado • Júlio Ferraz/Palácio Piratini`: the credit after a bullet.
  { rule: 'caption:bullet-credit', pattern: /^(.{10,}?)\s+[•·]\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}\/\s?\p{Lu}[\p{L} .'’-]{1,40})$/u },
  { rule: 'caption:parenthesized', pattern: /^(.+?)\s*\(((?:\p{Lu}[\p{L}&.' -]{1,30}):\s*\p{Lu}[^()]{1,40})\)\s*$/u },
  { rule: 'caption:parenthesized', pattern: /^(.+?)\s*\(((?:AP|AFP|Reuters|EPA|PA)(?: Photo)?\/[^)]{1,60}|(?:PA|AP|AFP|Reuters|EPA|dpa|EFE|ANSA|ANP|Belga|Lusa|PAP|Kyodo|Getty|Shutterstock|Alamy|Bloomberg)(?: Wire| Photo| Images| Media| via Getty Images)?|[^()]{1,40} via Getty Images|Getty Images|[^()/]{2,50}\/[^()]{2,60}|Photo:[^()]{2,60})\)\s*$/u },
  // `… Kota Bandung, Selasa (25/11/2026).KOMPAS.com/DEWI LESTARI`: the credit, a source and a name in capitals
  // after a slash, glued to the caption's full stop.
  { rule: 'caption:glued-credit', pattern: /^(.{20,}?[.!?])(\p{Lu}[\p{L}.]{1,30}\/\p{Lu}[\p{Lu}\s.'’-]{2,40})$/u },
  // `… وسط العاصمة الأردنية عمّان (أ.ف.ب)`: the agencies as Arabic papers write them (AFP, AP, Reuters, dpa, EPA,
  // Getty, Anadolu, and the Gulf and Levant state agencies; in Urdu and Persian, the agencies as those papers spell them).
  { rule: 'caption:parenthesized', pattern: /^(.+?)\s*\((أ\.?\s?ف\.?\s?ب|أ\.?\s?ب|رويترز|د\.?\s?ب\.?\s?أ|إ\.?\s?ب\.?\s?أ|غيتي|الأناضول|واس|وام|قنا|كونا|بترا|سانا|اے ایف پی|اے پی|روئٹرز|اے پی پی|ای پی اے|گیٹی|خبرگزاری فرانسه|رویترز|آسوشیتدپرس|ایرنا|ایسنا|فارس)\)\s*$/u },
  { rule: 'caption:parenthesized', pattern: /^(.+?)\s*\((photo credit|image credit|foto|fòto|photo|fotografia|immagine|bild|beeld|imagen|ph\.?|φωτ\.?|kuva|crédito|credito|crédit|credit|créditos|fonte|fot\.|фото|снимка|снимак|nuotr\.|larawan mula sa|larawan ni|kuha ni|larawan|ภาพโดย|ภาพ|ที่มาภาพ|عکس|تصوير|צילום|사진|ဓာတ်ပုံ|ഫോട്ടോ|ചിത്രം|புகைப்படம்|படம்|ఫోటో|ಫೋಟೋ|ફોટો|ফটো|ছবি|फ़ोटो|फोटो|ਫੋਟੋ|ଫଟୋ)(?:\s*:\s*|\s*[-–—]\s*|\s+)([^()]{2,60})\)\.?\s*$/iu, labelled: true },
  { rule: 'caption:bracketed', pattern: /^(.+?)\s*\[([^[\]/]{2,50}\/[^[\]]{2,60})\]\s*$/u },
  { rule: 'caption:agency-slash', pattern: /^(.+?)\s+(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\s?\/\s?\p{Lu}[\p{L} .'’/-]{1,60})$/u },
  { rule: 'caption:agency-slash', pattern: /^(.+?[.!?]?)\s+((?:\p{Lu}[\p{Lu}'’.-]+\s){1,3}\/\s(?:\p{Lu}[\p{Lu}\p{L}'’.-]*\s?){1,4})$/u },
  {
    rule: 'caption:capitals-credit',
    // (`… on Tuesday. DARREN STONE, TIMES COLONIST`: a comma between the photographer and the paper.)
    pattern: /^(.{20,}?[.!?])\s+((?:\p{Lu}[\p{Lu}'’.-]+|[«»/])(?:,?\s+(?:\p{Lu}[\p{Lu}'’.-]*|[«»/–-]|POUR|FOR|PARA|PER|FÜR|VOOR))+)$/u,
  },
  // Hindi: `… काशी के घाट। जागरण`: the paper or the photographer, a word or three after the danda.
  { rule: 'caption:slash-credit', pattern: /^(.{10,}?।)\s*([\p{Script=Devanagari}\p{M}]+(?:\s[\p{Script=Devanagari}\p{M}]+){0,2})$/u },
  // Korean: `… 잠겨 있다. 김서연 기자`: the reporter who took it, after the caption's full stop.
  // (`… 층이 져 있다. 박서진 기자 psj@busan.com`: with the reporter's address; `… 안내도. 해운대구청 제공`: "provided by".)
  { rule: 'caption:slash-credit', pattern: /^(.{10,}?[.!?])\s+(\p{Script=Hangul}{2,4} 기자(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?|\p{Script=Hangul}[\p{Script=Hangul}\p{N} ]{1,20} 제공)$/u },
  // Korean: `… 예정이었다. /박성훈 기자`, `… 모습. /연합뉴스`.
  { rule: 'caption:slash-credit', pattern: /^(.{10,}?[.!?。])\s*\/\s*(\p{Script=Hangul}[\p{Script=Hangul} ]{1,20})$/u },
  // (`… 들어오고 있다. /사진=뉴스1`: or "photo =" before the credit, which may hold a digit.)
  { rule: 'caption:credit-label', pattern: /^(.{10,}?[.!?。])\s*\/\s*(사진)\s*=\s*(\p{Script=Hangul}[\p{Script=Hangul}\p{N} ]{1,20})$/u, labelled: true },
  { rule: 'caption:photographed-by', pattern: /^(.+?)[、，,\s]([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{2,8})(撮影|提供)$/u, labelAfter: true },
  // `…製作手工香皂。中央社記者張皓安攝　115年11月26日`: the photographer, "photographed" and the day it was taken, after the caption's full stop.
  // (`…27℃。羊城晚报全媒体记者 黄嘉欣 摄`: the paper and the title may be set apart from the name by a space.)
  { rule: 'caption:photographed-by', pattern: /^(.{6,}?。)\s*(\p{Script=Han}{2,14}?(?:[\s\u3000]\p{Script=Han}{2,4})?)[\s\u3000]?((?:攝|摄|撮影)(?:[\s\u3000]*\d{2,4}年\d{1,2}月\d{1,2}日)?)$/u, labelAfter: true },
  // `Carla Mendez/AP A nurse at …`: the photographer and the agency first, the caption after them.
  { rule: 'caption:credit-first', pattern: /^((?:\p{Lu}[\p{L}'’.-]+\s){1,3}?\p{Lu}[\p{L}'’.-]+\/(?:\p{Lu}{2,}|Getty Images|Bloomberg|Reuters|Shutterstock|Alamy))()\s+(\p{Lu}.{15,}[.!?])$/u, creditFirst: true },
  // `…熊本県菊陽町の工業団地=共同`: an agency after the equals sign that Japanese captions end with.
  { rule: 'caption:agency-after-equals', pattern: /^(.{6,}?)\s*[=＝]\s*(共同|時事|ロイター|ＡＰ|AP|ＡＦＰ|AFP|ＥＰＡ|EPA|新華社|聯合|ゲッティ|Getty Images|ブルームバーグ|Bloomberg)$/u },
  // `…＝26日午前、福岡市中央区（撮影・木下大輔）`: "photographed" first, then the photographer, in brackets.
  { rule: 'caption:photographed-by', pattern: /^(.{6,}?)\s*[（(]\s*(撮影|写真|摄影|攝影)\s*[・:：／/]\s*([^（）()]{1,15})[）)]$/u, labelled: true },
  // Chinese: `…楼下已贴出多张延期通告。（谢智扬摄）`: the photographer and "photographed" in brackets.
  { rule: 'caption:photographed-by', pattern: /^(.{6,}?)\s*[（(]([^（）()]{1,15}?)(摄影?|攝影?|撮影|提供|供图|供圖)[）)]$/u, labelAfter: true },
  // (After the forms with "photographed": `…＝25日、熊本市中央区の大江車庫（小野宏明）`: or the photographer's name alone in brackets, after the day and place.)
  { rule: 'caption:bracketed-name', pattern: /^(.{6,}?＝[^＝（）()]{1,40}?)\s*[（(](\p{Script=Han}{2,6})[）)]$/u },
  // `…了解扩建工程进度。（海峡时报）`: the source in brackets after a Chinese or Japanese caption's full stop.
  { rule: 'caption:parenthesized', pattern: /^(.{6,60}?[。！？])\s*[（(]([^（）()]{2,20})[）)]$/u },
  // (`… on the street.John Kuntz, cleveland.com`: or the site's address after a comma.)
  { rule: 'caption:glued-name', pattern: /^(.{20,}?[.!?])(\p{Lu}[\p{L}'’-]+(?:\s(?:de|da|van|von|del)?\s?\p{Lu}[\p{L}'’-]+){1,3}(?:\s+(?:for|para|per|für|pour|voor)\s+\p{Lu}[\p{L} .'’-]{1,40}|,\s+[\p{L}\p{N}-]+\.(?:com|org|net|news))?)$/u },
  // `… riverbank. Darin Oswald doswald@idahostatesman.com`: the photographer and their address after the caption.
  { rule: 'caption:glued-name', pattern: /^(.{20,}?[.!?])\s+((?:\p{Lu}[\p{L}'’-]+\s){1,3}[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u },
  // `… for a second straight day. —RICHARD A. REYES`: a dash glued to the photographer's name.
  { rule: 'caption:dash-credit', pattern: /^(.{20,}?[.!?])\s*[—–]\s*((?:\p{Lu}[\p{L}'’-]*\.?\s?){2,5})$/u },
  // `… in January. | Kyodo`: the credit after a bar.
  // (`… on Tuesday, Nov. 24, 2026. | Kristin Ahlgren, Deseret News`: or the photographer, a comma, the paper.)
  { rule: 'caption:bar-credit', pattern: /^(.{20,}?[.!?])\s+\|\s+((?:\p{Lu}[\p{L}'’.&-]*\s?){1,5}(?:\/\s?\p{Lu}[\p{L} .'’&-]{1,40}|,\s\p{Lu}[\p{L} .'’&-]{1,40})?)$/u },
  // (`… a l'estació de la Garriga, aquest dimecres | Adrià Costa`: or with no full stop, a caption of a clause or
  // more, a comma in it, and one person's name after the bar.)
  { rule: 'caption:bar-credit', pattern: /^(\p{Lu}[^|]{30,}?,[^|]{8,}?)\s+\|\s+(\p{Lu}\p{Ll}+(?:\s(?:de|da|van|von|i|y)?\s?\p{Lu}\p{Ll}+){1,2})$/u },
  // `… 시내버스를 기다리는 시민들 [연합뉴스 자료사진]`, `[이충우 기자]`, `[대전시 제공. 재판매 및 DB 금지]`: Korean
  // papers put the credit in square brackets after a caption with no full stop: the agency, a file photo,
  // a reporter, who provided it.
  { rule: 'caption:bracketed', pattern: /^(.{8,}?)\s*\[([^[\]]{0,30}(?:연합뉴스|자료사진|기자|제공|촬영|뉴스1|뉴시스)[^[\]]{0,30})\]$/u },
  // `… 기다리고 있다. 정선=윤지호 기자`: the photographer signed as Korean reporters sign, the town, `=`, the name and
  // "reporter", after the caption's full stop.
  { rule: 'caption:reporter-credit', pattern: /^(.{20,}?[.!?])\s+((?:\p{Script=Hangul}{2,8}\s*=\s*)?\p{Script=Hangul}{2,4}\s*(?:기자|특파원))$/u },
  // `… in southern Seoul on Tuesday. [NEWS1]`: an agency in capitals in square brackets after the caption.
  { rule: 'caption:bracketed', pattern: /^(.{20,}?[.!?])\s*\[(\p{Lu}[\p{Lu}\p{N} &.-]{1,30})\]$/u },
  // `… de la ZBE. (Unai BEROIZ | FOKU)`: the photographer and the agency in brackets, a bar between.
  { rule: 'caption:parenthesized', pattern: /^(.{20,}?[.!?])\s*\((\p{Lu}[\p{L} .'’-]{1,40}\s\|\s\p{Lu}[\p{L} .'’-]{1,30})\)$/u },
  // `… a federal grant. [ CARLA VEGA-RUIZ | Times ]`: the photographer and the paper in brackets.
  { rule: 'caption:bracketed', pattern: /^(.{20,}?[.!?])\s*\[\s*(\p{Lu}[^[\]|]{1,40}\s\|\s[^[\]|]{2,40}?)\s*\]$/u },
  // `Un autobús de Tussam a su paso por la Puerta de Jerez. / Rocío Baena`: the photographer after a spaced slash.
  { rule: 'caption:slash-credit', pattern: /^(.{20,}?[.!?])\s+\/\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})$/u },
  // `… on Tuesday night (Photograph by Tariq Smith)`: a label and the photographer in brackets, the caption with no full stop.
  { rule: 'caption:parenthesized', pattern: /^(.{10,}?)\s*\((Photographs? by|Photos? by|Pictures? by|Images? by|Foto de|Foto di|Photo de|Foto von)\s+(\p{Lu}[^()]{1,50})\)$/u, labelled: true },
  // `… on Tuesday (Petra photo)`, `(AFP photo)`: the source, then "photo", in brackets.
  { rule: 'caption:parenthesized', pattern: /^(.{10,}?)\s*\((\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3})\s+(photo|photograph|file photo|pic|file pic)\)$/u, labelAfter: true },
  // `… on November 25, 2026. [Christopher Kipsang, Standard]`: the photographer and the paper in square brackets.
  { rule: 'caption:parenthesized', pattern: /^(.{20,}?[.!?])\s*\[(\p{Lu}[^[\]]{2,60})\]$/u },
  // `Vigili del fuoco al lavoro - (Fotogramma)`: a name in brackets after a dash.
  { rule: 'caption:parenthesized', pattern: /^(.{10,}?)\s+[-–—]\s+\((\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,4})\)$/u },
  // `… on Oct. 14, 2025. (Custer County Sheriff's Office)`: a name in brackets after the caption's full stop.
  { rule: 'caption:parenthesized', pattern: /^(.{20,300}?[.!?])\s*\(((?:\p{Lu}[\p{L}'’.&-]*\s?){1,6})\)$/u },
  // `… la semana pasadaFacundo Lértora - Para LA NACION`, `… first-year feesLUCY PEMBRIDGE FOR THE TIMES`:
  // the credit glued to the caption's last word, a capital straight after a small letter.
  {
    rule: 'caption:glued-credit',
    pattern:
      /^(.{20,}?\p{Ll})((?:\p{Lu}[\p{Ll}'’-]+\s){1,3}\p{Lu}[\p{Ll}'’-]+(?:\s*[-–/|]\s*|\s+(?:for|para|per|für|pour|voor)\s+)\S.{1,50}|\p{Lu}{2,}(?:\s(?:\p{Lu}{2,}|\/|FOR|PARA|PER|FÜR|POUR|VOOR)){1,6})$/u,
  },
  { rule: 'caption:dash-credit', pattern: /^(.+?)\s+[-–—]\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}\/\s?\p{Lu}[\p{L} .'’-]{1,40})$/u },
  // `… este domingo en Lavapiés — Sofía Pardo`, `… le 28 octobre 2025. — C. Girardon / 20 Minutes`: a name after a spaced dash.
  // (One capitalised word after a title with no full stop is a headline's speaker, `… next week – Minister`,
  // unless it is an agency or in capitals: after a full stop it may be any name.)
  { rule: 'caption:dash-credit', pattern: /^(.{20,}?[.!?)])\s+[—–]\s+(\p{Lu}[\p{L}'’-]*\.?)$/u },
  {
    rule: 'caption:dash-credit',
    pattern:
      /^(.{20,}?)\s+[—–]\s+((?:\p{Lu}[\p{L}'’-]*\.?\s?){2,4}(?:\/\s?[\p{L}\p{N}][\p{L}\p{N} .'’-]{1,40})?|\p{Lu}[\p{L}'’-]*\/\s?[\p{L}\p{N}][\p{L}\p{N} .'’-]{1,40}|\p{Lu}{2,}[\p{Lu}\p{N}-]*|Reuters|Bloomberg|Getty Images|Shutterstock|Alamy|Supplied|Handout|Imago)$/u,
  },
  // `… on Sept. 12, 2025. Ada Whitlock—Getty Images`: the photographer and the agency joined by a dash.
  { rule: 'caption:dash-credit', pattern: /^(.{20,}?[.!?])\s+((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*[—–]\p{Lu}[\p{L} .'’&-]{1,40})$/u },
  // `Pelhřimovská nemocnice (ilustrační snímek) | foto: Radek Cihla, MAFRA`: a label in small letters after a bar.
  { rule: 'caption:credit-label', pattern: new RegExp(`^(.{10,}?)\\s*[|•·]\\s*(${LABEL})\\s*[:፡]\\s*(\\S.{1,80})$`, 'iu'), labelled: true },
  // `Бетонне укриття на одній із зупинок Львова / фото УНІАН`: a spaced slash, then the label in small letters and no colon.
  { rule: 'caption:credit-label', pattern: new RegExp(`^(.{10,}?)\\s+\\/\\s+(${LABEL})\\s+(\\p{Lu}.{1,60})$`, 'iu'), labelled: true },
  { rule: 'caption:agency-slash', pattern: /^(.+?[.!?])\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,4}\/\s?\p{Lu}[\p{L} .'’-]{1,40}(?:;\s*\p{Lu}[\p{L} .'’-]{1,40})?)$/u },
  // `… e um gerador próprio Jefferson Botega / Agencia RBS`: a photographer and agency after the last word, no stop between.
  { rule: 'caption:agency-slash', pattern: /^(.{20,}?\p{Ll})\s+((?:\p{Lu}[\p{L}'’-]+\s){2,3}\/\s?\p{Lu}[\p{L} .'’-]{1,40})$/u },
  // `… restés à quai. Guillaume Bonnaud/« Sud Ouest »`: the publication in quotation marks.
  { rule: 'caption:agency-slash', pattern: /^(.+?[.!?])\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,4}\/\s?[«"“]\s?\p{Lu}[\p{L} .'’-]{1,40}\s?[»"”])$/u },
  { rule: 'caption:glued-credit', pattern: /^(.+?[.!?])((?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*\s?\/\s?\p{Lu}[\p{L} .'’-]{1,40})$/u },
  // `… í morgun. mbl.is/Kristinn Magnússon`: the site's address, then the photographer.
  { rule: 'caption:agency-slash', pattern: /^(.{20,}?[.!?])\s+([\p{L}\p{N}-]+\.\p{Ll}{2,6}\s?\/\s?\p{Lu}[\p{L} .'’-]{1,40})$/u },
  // `… on Tuesday afternoon. By Julian J. Giordano`: the photographer after `By`, as a college paper credits.
  { rule: 'caption:credit-label', pattern: /^(.{20,}?[.!?])\s+(By)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})$/u, labelled: true },
  // `… in two years. — SPA photo`: an agency in capitals, then "photo".
  { rule: 'caption:photographed-by', pattern: /^(.{20,}?[.!?])\s+[—–-]\s+(\p{Lu}{2,}(?:\s\p{Lu}{2,})?)\s+(photo|file photo|picture|pic)$/u, labelAfter: true },
  // `… en una imagen de archivo. Europa Press`: a name after the caption's full stop, and nothing after it.
  { rule: 'caption:name-after-stop', pattern: /^(.{20,}?[.!?])\s+(\p{Lu}[\p{L}'’&-]+(?:\s\p{Lu}[\p{L}'’&-]+){0,3})$/u },
  // `… 기다리고 있다. 뉴스1`: an agency in Hangul after the full stop, or the paper's own archive (`동아일보 DB`).
  { rule: 'caption:name-after-stop', pattern: /^(.{10,}?[.。])\s+(\p{Script=Hangul}[\p{Script=Hangul}\p{N}]{1,10}(?: ?DB)?)$/u },
  // `… dzielnice Krakowa /Dominik Sulej /East News`: each part of the credit opened by its slash.
  { rule: 'caption:slash-credit', pattern: /^(.{20,}?[^\s/])\s+\/((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}(?:\s?\/\s?\p{Lu}[\p{L} .'’-]{1,40}){0,2})$/u },
  {
    rule: 'caption:via-agency',
    pattern:
      /^(.+?)\s+((?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*\/\p{Lu}\p{L}* via (?:Getty Images|AFP|Reuters|AP)|\p{Lu}{2,} via (?:Getty Images|AFP|Reuters|AP))$/u,
  },
];

/** A picture carousel's counter in front of a caption: `Item 1 of 3`, `[1/3]`, `1 / 3`. */
const CAROUSEL = /^(?:(?:item )?\d+ of \d+|\[\d+\/\d+\]|\d+ ?\/ ?\d+)\s*[|·•:-]?\s*/iu;

/**
 * What every credit form above has somewhere: a sign (`©`, `/`, `:`, `…`, a bracket), a label
 * word, a capital glued after a full stop, or capitals at the end. Lines without any are not
 * captions, and skip the forms (most of a story's paragraphs).
 */
const CREDIT_SIGN = /[©Ⓒ/:…(（[|•—–／：]|।\s*\p{Script=Devanagari}[^।]{0,30}$|Photographs? by|Photos? via|Illustration by|\p{Ll}\p{Lu}|\.{2}|(?:Staff photo by|Photo by|Beeld|Foto|beeld|foto|Fot\.|撮影|提供|攝|摄)|[.!?]\p{Lu}|\p{Lu}{2,}\s*[»"”]?\s*$|[.!?。]\s+[\p{Lu}\p{Script=Hangul}][^.!?。]{0,40}$|[=＝]\S{1,15}$|@[\w-]+(?:\.[\w-]+)+$/u;

export function matchCaption(written: string): CaptionMatch | undefined {
  // (`… (AP Photo/Terrence Moody) more >`: a link to the picture's page after the credit.)
  // (`… (Rachel Aston/Las Vegas Review-Journal) @rookie__rae`: or the photographer's handle after the credit's bracket.)
  const more = /(?:\s+(more\s*[>›»])|(?<=\))\s+(@[\w.]{2,30}))$/iu.exec(written);
  const raw = more ? written.slice(0, more.index) : written;
  if (raw.length > 600 || !CREDIT_SIGN.test(raw)) return undefined;
  const counter = CAROUSEL.exec(raw)?.[0].trim();
  // `Image: Letters were posted in October. File pic: PA`: a caption label in front of a credited caption.
  // (`Фото: Укрзалізниця призначила … (facebook.com/Ukrzaliznytsia)`: or the credit in brackets after it.)
  // (`Legende: In vielen Kantonen … Keystone/…`: or a caption's own label, `Legende`, `Caption`, `Bildunterschrift`.)
  const leading = /^(?:Image|Picture|Photo|Foto|Bild|Фото|Legende|Bildlegende|Bildunterschrift|Caption|Légende|Leyenda|Didascalia|Onderschrift|Legenda)\s*:\s*(?=.{10,}(?:[.!?]\s+\S|\s\([^()]{3,60}\)$))/u.exec(raw.replace(CAROUSEL, ''));
  const text = raw.replace(CAROUSEL, '').slice(leading?.[0].length ?? 0);
  // `…預計工期22個月。（圖／記者林育萱攝）`: a picture label, the reporter's title, the name, "photographed";
  // the title and "photographed" stay with the label (`圖 記者攝`), so every word is kept.
  const reporter = /^(.{6,}?)\s*[（(](圖|图|照片|相片)\s*[／/:：]\s*(記者|记者)([^（）()／/]{2,4}?)(攝|摄)[）)]$/u.exec(text);
  if (reporter?.[1] && reporter[2] && reporter[3] && reporter[4] && reporter[5]) return { caption: reporter[1], credit: reporter[4], rule: 'caption:credit-label', label: `${reporter[2]} ${reporter[3]}${reporter[5]}` };
  for (const { rule, pattern, labelled, labelAfter, creditFirst } of FORMS) {
    const found = pattern.exec(text);
    if (!found) continue;
    const m = creditFirst ? (Object.assign([found[0], found[3], found[1], found[2]], { index: found.index, input: found.input }) as unknown as RegExpExecArray) : found;
    // (`… on Wednesday. | Photo Credit: K. PRADEEPAN`: the bar before the label belongs to neither.)
    let caption = (m[1] ?? '').trim().replace(/\s*[|•·/]$/u, '');
    // `… on Sunday. Post Photo: Name`, `… 30 minutes.Image Credit: Name`: a word between the
    // caption's full stop and the label is the label's (the paper's name, `Image`, `Staff`).
    // (Not before a label in brackets, which sets the credit off by itself: `… przy ul. Olszewskiego (fot. Name)`.)
    const labelHead = labelled && rule !== 'caption:parenthesized' ? /(?<=[.!?])\s?(\p{Lu}[\p{L}]{1,15})$/u.exec(caption) : null;
    if (labelHead?.[1] && caption.length - labelHead[0].length >= 10) caption = caption.slice(0, labelHead.index).trim();
    // (`… poids lourds. Photo RL /Pierre HECKLER`: a label word after the caption's full stop, which a
    // form without a label left in the caption, opens the credit.)
    const strayLabel = labelled ? null : TRAILING_LABEL.exec(caption);
    if (strayLabel?.[1] && caption.length - strayLabel[0].length >= 10) caption = caption.slice(0, strayLabel.index + 1).trim();
    // (`… vindstød. (Foto: Axel Schütt © DR)`: a bracket left open in the caption means the credit is the bracket's.)
    if ((caption.match(/\(/gu)?.length ?? 0) > (caption.match(/\)/gu)?.length ?? 0)) continue;
    // (Not the stop of an abbreviation in Thai, which ends no sentence with one: `สำนักสิ่งแวดล้อม กทม.`.)
    let credit = (m[labelled ? 3 : 2] ?? '').trim().replace(/(?<!\p{Script=Thai})[.;,]$|(?<=\p{Script=Thai})[;,]$/u, '');
    // `森田健太撮影`: Japanese puts "photographed" after the name.
    let label = labelled ? (labelHead?.[1] ? `${labelHead[1]} ${m[2]}` : (m[2] as string)) : labelAfter ? (m[3] as string) : strayLabel?.[1];
    // `Photo / Tessa Manu`, `Foto: picture alliance/dpa` read whole by a form without a label: the label is not the credit.
    const inner = label ? undefined : labelInCredit(credit, rule === 'caption:copyright-sign');
    if (inner) {
      label = inner.label;
      credit = inner.credit;
    }
    // (`(Foto by Colleoni)`: `by` belongs to the label, as in `Photo by`.)
    const by = label ? /^by\s+(?=\p{Lu})/u.exec(credit) : null;
    if (by) {
      label = `${label} by`;
      credit = credit.slice(by[0].length);
    }
    // (`… begins. The STAR/Miguel de Guzman`: an article before a name in capitals is the name's.)
    const article = /(?<=[.!?])\s+(The|El|La|Le|Il|O|A|Der|Die|Das|De|Het|Los|Las|Les)$/u.exec(caption);
    if (article?.[1] && /^\p{Lu}{2,}/u.test(credit) && caption.length - article[0].length >= 10) {
      caption = caption.slice(0, article.index);
      credit = `${article[1]} ${credit}`;
    }
    // (`… en septembre 2023.GAËTAN LE FLOCH / HANS LUCAS VIA AFP`: a word in capitals glued to the full stop opens the credit.)
    const gluedCapitals = /(?<=[.!?])(\p{Lu}[\p{Lu}'’-]+)$/u.exec(caption);
    if (gluedCapitals?.[1] && /^\p{Lu}{2,}/u.test(credit) && caption.length - gluedCapitals[1].length >= 10) {
      caption = caption.slice(0, gluedCapitals.index);
      credit = `${gluedCapitals[1]} ${credit}`;
    }
    if (!credit || credit.split(/\s+/).length > 9) continue;
    // (`… della Darsena (immagine di repertorio)`: a stand-in picture's label, not a credit.)
    if (STAND_IN.test(`${label ?? ''} ${credit}`.trim())) continue;
    // A caption has words: `02:13 - Source: CNN` is a video's duration and credit.
    if (caption && !/\p{L}{2}/u.test(caption)) continue;
    if (label && LOOSE_LABEL.test(label) && !/[:.…]/u.test(text.slice(m.index + caption.length))) continue;
    // A credit is a name or an agency, not the end of a sentence.
    // (After a label or a copyright sign, a short credit may start small: `Foto: picture alliance/dpa`, `© imago/Stefan Zeitz`.)
    const shortAfterLabel = (!!label || rule === 'caption:copyright-sign') && credit.split(/\s+/).length <= 4 && !/[.!?]$/u.test(m[0].trim());
    // (`mbl.is/Kristinn Magnússon`: nor is a site's address before the photographer.)
    if (!shortAfterLabel && /^[\p{Ll}]/u.test(credit) && !/^(?:dpa|afp|epa|ap)\b/i.test(credit) && !/^[\p{L}\p{N}-]+\.\p{Ll}{2,6}\s?\//u.test(credit)) continue;
    const match: CaptionMatch = label ? { caption, credit, rule, label } : { caption, credit, rule };
    if (counter) match.counter = counter;
    if (more?.[1] || more?.[2]) match.moreLink = more[1] ?? more[2];
    if (leading) match.captionLabel = leading[0].trim();
    return match;
  }
  return undefined;
}

/**
 * A credit on a line of its own: `Image source, Getty Images`, `Credit...Jane Doe for The Times`,
 * `Photographer: Ann Lee/Bloomberg`, `Foto: dpa`, `(Jane Doe/The Courier)`, `AFP / Jean Roux`.
 */
export function matchCreditLine(written: string): { credit: string; label: string } | undefined {
  if (written.length > 120) return undefined;
  // (`/ Φωτογραφία αρχείου: Eurokinissi`: a slash set before the label, to part it from the caption beside it.)
  const text = written.replace(/^\/\s+(?=\p{L})/u, '');
  const source = new RegExp(`^(${SOURCE_LABEL})\\s*[,:]\\s*(.{1,80})$`, 'iu').exec(text);
  if (source?.[1] && source[2]) return { label: source[1], credit: source[2].trim() };
  // `Fuente externa`, `Supplied`, `Courtesy of the family`: a stock credit, standing alone under a caption.
  const stock = STOCK_CREDIT.exec(text.trim());
  if (stock) return { label: '', credit: text.trim().replace(/[.]$/u, '') };
  const m = LABEL_ALONE.exec(text);
  if (m?.[1] && m[2]) {
    const separated = /[:,.…፡՝]|\s[-–—]\s/u.test(text.slice(m[1].length, m[1].length + 4));
    if (LOOSE_LABEL.test(m[1]) && !separated) return undefined;
    const credit = m[2].trim().replace(/[.;,]$/, '');
    // (`Photo By スポニチ`, `PHOTO BY JANE DOE`: "by" after the label is the label's, not the credit's.)
    // (`Photograph by Ritchie Dunne`: "by" in small letters, then the name.)
    if (credit.split(/\s+/).length <= 9 && !/[.!?]\s/u.test(credit) && (separated || /^(?:by\s+)?\p{Lu}/u.test(credit))) {
      const by = /^(by)\s+(?=\S)/iu.exec(credit);
      return by ? { label: `${m[1]} ${by[1]}`, credit: credit.slice(by[0].length) } : { label: m[1], credit };
    }
  }
  // `Tomo Lukšio / BNS nuotr.`: Lithuanian puts "photo" after the photographer, on a line of its own too.
  const photoAfter = /^(\p{Lu}[\p{L}.'’ -]{1,40}(?:\s?\/\s?[\p{L}\p{N}][\p{L}\p{N}.'’ -]{1,40}){0,2}?)\s+(nuotr\.|nuotrauka)$/u.exec(text);
  if (photoAfter?.[1] && photoAfter[2]) return { label: photoAfter[2], credit: photoAfter[1].trim() };
  // `© Tagesspiegel/Kai-Uwe Brenner`, `© AFP`.
  const copyright = /^(?:©|Ⓒ|\(c\))\s*(\S.{1,80})$/iu.exec(text);
  if (copyright?.[1] && wordsIn(copyright[1]) <= 8) return labelInCredit(copyright[1].trim(), true) ?? { label: '', credit: copyright[1].trim() };
  // `Elijah Nwosu | Bloomberg | Getty Images`: a photographer and the agencies, between bars.
  const barred = /^(\p{Lu}[\p{L}.'’ -]{1,40}(?:\s\|\s\p{Lu}[\p{L}.'’ -]{1,40}){1,3})$/u.exec(text);
  if (barred?.[1] && AGENCY_WORD.test(text) && wordsIn(text) <= 10) return { label: '', credit: barred[1].trim() };
  // `getty`, `Shutterstock`: a picture library's name alone (never a byline, unlike a news agency's).
  // (`(Getty Images)`: in brackets too.)
  const library = /^[([]?([^()[\]]+)[)\]]?$/u.exec(text.trim())?.[1]?.trim() ?? '';
  if (PICTURE_LIBRARY_ALONE.test(library)) return { label: '', credit: library };
  // `Renee Calloway rcalloway@sacbee.com`: a photographer and the address a photo desk gives.
  const emailed = /^(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u.exec(text);
  if (emailed?.[1]) return { label: '', credit: emailed[1] };
  const bracketed = /^[([]([^()[\]]{2,50}\/[^()[\]]{2,60})[)\]]$/u.exec(text);
  if (bracketed?.[1]) return labelInCredit(bracketed[1].trim()) ?? { label: '', credit: bracketed[1].trim() };
  // `(Bild: Hersteller)`, `(Foto: dpa)`: a labelled credit in brackets.
  const inBrackets = /^[([]([^()[\]]{2,80})[)\]]$/u.exec(text);
  const labelled = inBrackets?.[1] ? matchCreditLine(inBrackets[1].trim()) : undefined;
  if (labelled?.label) return labelled;
  // (`/Paweł Supernak /PAP`: some sites open the credit with its slash.)
  // (`20min/Marco Zangger`: a brand may open with a digit.)
  const slashed = /^\/?\s?((?:\p{Lu}|\p{N}+\p{Ll})[\p{L}.'’ —–-]{1,40}(?:\s?\/\s?(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})[\p{L}\p{N}.'’ -]{1,40}){1,3})$/u.exec(text);
  // (`By Chen Jia-wen / Staff reporter`: a byline with the writer's role, not a credit.)
  if (slashed?.[1] && wordsIn(text) <= 8 && !/^by\s/iu.test(text)) return labelInCredit(slashed[1].trim()) ?? { label: '', credit: slashed[1].trim() };
  const agency = /^(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\s?\/\s?\p{Lu}[\p{L} .'’-]{1,60}|\p{Lu}[\p{L} .'’-]{1,40}\s?\/\s?\p{Lu}{2,}(?:\s\p{Lu}{2,})*)$/u.exec(text);
  if (agency?.[1] && wordsIn(text) <= 8) return { label: '', credit: agency[1].trim() };
  return undefined;
}

/** Credits that name no photographer: the picture was handed out, came from the archive, from outside. */
const STOCK_CREDIT =
  /^(?:fuente externa|cortes[ií]a(?: de \p{Lu}.{1,40})?|supplied(?: photo| image)?|handout(?: photo)?|file (?:photo|image|picture|pic)|archive (?:photo|image|picture)|courtesy(?: of)? \p{Lu}.{1,40}|foto de archivo|imagen de archivo|foto archivo|photo d['’]archives|archivbild|archivfoto|divulgação|reprodução(?:\/\p{Lu}.{1,30})?|foto d['’]archivio|beeld ter illustratie)\.?$/iu;

/** Picture libraries, whose name alone on a line credits a picture. */
const PICTURE_LIBRARY_ALONE = /^(?:getty(?: images)?(?: for \p{Lu}[\p{L} ]{1,30})?|shutterstock|alamy(?: stock photo)?|istock(?:photo)?(?: \/ getty images)?|imago(?: images)?|adobe stock|unsplash)$/iu;

/** Agencies and picture libraries, which credit lines name. */
const AGENCY_WORD = /\b(?:Getty|Bloomberg|Reuters|AP|AFP|EPA|PA|Shutterstock|Alamy|iStock|Imago|dpa|EFE|ANSA|ANP|Belga|Lusa|Kyodo|Jiji|Xinhua|Sipa|Abaca|Zuma|NurPhoto|Anadolu)\b/u;

function wordsIn(text: string): number {
  return text.split(/\s+/).length;
}

/** A caption's own label, in the languages sites print it in. */
const CAPTION_LABEL_WORDS = 'Image caption|Media caption|Caption|Bildunterschrift|Bildlegende|Legende|Légende|Leyenda|Pie de foto|Legenda da foto|Didascalia|Onderschrift|Legenda|Podpis';
const CAPTION_LABEL = new RegExp(`^(?:${CAPTION_LABEL_WORDS}|写真・図版)\\s*[,:]?$`, 'iu');
const CAPTION_LABEL_INLINE = new RegExp(`^(?:${CAPTION_LABEL_WORDS})\\s*[,:]\\s*(\\S.*)$`, 'iu');

/** `Pie de foto, Las huertas …`: the label and the caption on one line; the caption. */
export function labelledCaption(text: string): string | undefined {
  return CAPTION_LABEL_INLINE.exec(text)?.[1];
}

/** `Image caption,`: the next line is a caption. */
export function isCaptionLabel(text: string): boolean {
  return CAPTION_LABEL.test(text);
}

/** Agencies Japanese captions credit after `＝`: `…＝共同`, `…＝ロイター`. */
const JAPANESE_AGENCY = /^(?:共同|時事|ロイター|AP|AFP|EPA|UPI|ゲッティ|新華社|聯合|ブルームバーグ)$/u;
/** `柳原早紀撮影`, `市提供`: a name, then "photographed" or "provided". */
const JAPANESE_PHOTOGRAPHER = /^([^＝（）()]{1,15}?)(撮影|提供)$/u;
/**
 * A Japanese caption: what the picture shows, then `＝` and when and where it was taken
 * (`記者会見する市長＝25日午後、函館市役所`, `…市営バス＝10月`), or who took it (`…＝共同`,
 * `…＝佐藤健一撮影`); the photographer may follow in brackets (`…大阪市浪速区（柳原早紀撮影）`).
 */
export function japaneseCaption(text: string): { caption: string; credit?: string; label?: string } | undefined {
  // (A copy may give the sign half-width: `…「シーフレンドZERO」=24日、横須賀市の三笠桟橋`.)
  const m = /^([^。]{6,}?)[＝=]([^。＝=]{1,40})$/u.exec(text);
  if (!m?.[1] || !m[2] || !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[1])) return undefined;
  const [, shows, tail] = m;
  if (JAPANESE_AGENCY.test(tail)) return { caption: shows, credit: tail };
  const taker = JAPANESE_PHOTOGRAPHER.exec(tail);
  if (taker?.[1] && taker[2]) return { caption: shows, credit: taker[1], label: taker[2] };
  const bracketed = /^(.+?)[（(]([^（）()]{1,15}?)(撮影|提供)[）)]$/u.exec(text);
  if (bracketed?.[1] && bracketed[2] && bracketed[3]) return { caption: bracketed[1], credit: bracketed[2], label: bracketed[3] };
  return { caption: text };
}

/**
 * A picture marked as a stand-in, with no credit: `Representative image`, `File photo`,
 * `Symbolbild`, `Immagine di repertorio`, `Imagen de archivo`. It names the picture above or
 * beside it, so it is a caption, never a subheading.
 */
const STAND_IN_WORDS =
  `(?:representative (?:image|photo|picture)|image for representation(?: only)?|(?:photo|picture|image) (?:used )?for representation(?:al purposes?)?(?: only)?|(?:file|stock|archive|library) (?:photo|image|picture)|symbolbild|symbolfoto|archivbild|archivfoto|image d['’]illustration|photo d['’]illustration|imagen de archivo|foto de archivo|imagen ilustrativa|immagine di repertorio|foto d['’]archivio|foto de arquivo|imagem de arquivo|imagem ilustrativa|archiefbeeld|archieffoto|zdjęcie ilustracyjne|arkivbild|arkivfoto|arkistokuva|ilustrační (?:foto|snímek)|資料圖片|资料图片|資料照片|资料照片|示意圖|示意图|資料写真|자료사진|sawir (?:hore|kayd)|picha ya (?:maktaba|kumbukumbu)|foto (?:arsip|ilustrasi)|arşiv (?:fotoğrafı|foto)|архивное фото|архівне фото|φωτογραφία αρχείου|फ़ाइल फ़ोटो|फाइल फोटो|ফাইল ছবি|فائل فوٹو|صورة أرشيفية|عکس آرشیوی|கோப்புப்படம்|ảnh minh họa|ảnh tư liệu|ፋይል ፎቶ)`;
const STAND_IN = new RegExp(`^${STAND_IN_WORDS}(?:\\s*[([][^()[\\]]{1,60}[)\\]])?\\.?$`, 'iu');
/**
 * `FILE - Farmers pick coffee …`, `ARCHIVO - …`, `ፋይል - …`: the wire's word for a file picture, in capitals
 * (or a script without them), then a dash and the caption.
 */
const FILE_DASH = /^(?:FILE(?: PHOTO)?|ARCHIVO|ARCHIVES|ARQUIVO|ARCHIV|ARŞİV|АРХИВ|ARCHIEF|ፋይል|أرشيف|ارشیو)\s+[-–—]\s+\S.{9,}$/u;
/** `[File Image] Residents wade through a flooded street …`: the label in brackets before the caption. */
const STAND_IN_BEFORE = new RegExp(`^[[(]${STAND_IN_WORDS}[\\])]\\s+\\S.{9,}$`, 'iu');
/** `L'Alzaia Naviglio Pavese all'altezza della Darsena (immagine di repertorio)`: the label in brackets after the caption. */
// (In brackets after a caption the word "archive" alone says it too, `… الماضي (أرشيفية)`; alone on a line it is a menu's link.)
const STAND_IN_AFTER = new RegExp(`^.{6,}?\\s*[（(](?:${STAND_IN_WORDS}|archive|archivo|arquivo|archiv|arkiv|أرشيفية|ارشيفية|أرشيف|ארכיון|آرشیو)[）)]\\.?$`, 'iu');

/** A stand-in picture's label, alone or beside its caption (`File photo`, `… (immagine di repertorio)`, `FILE - …`). */
export function isStandInCaption(text: string): boolean {
  const trimmed = text.trim();
  return STAND_IN.test(trimmed) || STAND_IN_AFTER.test(trimmed) || STAND_IN_BEFORE.test(trimmed) || FILE_DASH.test(trimmed);
}

/** A caption with no credit form: the Japanese `…＝when, where`, or a stand-in picture's label. */
export function creditlessCaption(text: string): { caption: string; credit?: string; label?: string } | undefined {
  return japaneseCaption(text) ?? (isStandInCaption(text) ? { caption: text.trim() } : undefined);
}

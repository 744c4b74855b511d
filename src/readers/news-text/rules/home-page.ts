/**
 * The site's home page as the first item of a breadcrumb (`Accueil` / `Société`, `Home | News |
 * Article`), in the languages of the corpus and the other widely read ones: a word list, not a
 * pattern, since every site names its home page one of these.
 */
const HOME_PAGE_WORDS = [
    'home', 'home ?page', 'front page', 'accueil', "page d['’]accueil", 'startseite', 'inicio', 'portada', 'página principal', 'início', 'página inicial',
    'prima pagina', 'voorpagina', 'startpagina', 'strona główna', 'úvod', 'hlavní stránka', 'domů', 'domov', 'hlavná stránka', 'főoldal', 'címlap',
    'acasă', 'prima pagină', 'pagina principală', 'naslovnica', 'naslovna', 'početna', 'prva stran', 'etusivu', 'startsida', 'förstasidan', 'forside',
    'forsiden', 'forsíða', 'avaleht', 'esileht', 'sākums', 'pradžia', 'ballina', 'kryefaqja', 'ana ?sayfa', 'ana səhifə', 'bosh sahifa', 'beranda',
    'halaman utama', 'laman utama', 'trang chủ', 'inici', 'hasiera', 'mwanzo', 'главная', 'главная страница', 'головна', 'головна сторінка',
    'галоўная', 'начало', 'начална страница', 'почетна', 'насловна', 'басты бет', 'αρχική', 'αρχική σελίδα', 'الرئيسية', 'الصفحة الرئيسية',
    'صفحه نخست', 'صفحه اصلی', 'صفحہ اول', 'ہوم', 'דף הבית', 'होम', 'होम पेज', 'मुख्य पृष्ठ', 'मुख्यपृष्ठ', 'गृहपृष्ठ', 'প্রচ্ছদ', 'হোম',
    'প্রথম পাতা', 'முகப்பு', 'హోమ్', 'ముఖపత్రం', 'ಮುಖಪುಟ', 'ಹೋಮ್', 'ഹോം', 'હોમ', 'ਹੋਮ', 'මුල් පිටුව', 'หน้าแรก', 'หน้าหลัก', 'ទំព័រដើម',
    'ໜ້າຫຼັກ', 'ပင်မစာမျက်နှာ', 'მთავარი', 'գլխավոր', 'መነሻ', 'トップ', 'ホーム', 'トップページ', '首页', '首頁', '主页', '홈', 'hem', 'hjem',
];
const WORDS = HOME_PAGE_WORDS.join('|');

/** A line that is only the home page's name. */
export const HOME_PAGE = new RegExp(`^(?:${WORDS})$`, 'iu');
/** A line that starts with it, then a bar or a slash: a breadcrumb trail copied as one line. */
export const HOME_PAGE_THEN_STEP = new RegExp(`^(?:${WORDS})\\s+[|/]\\s+`, 'iu');

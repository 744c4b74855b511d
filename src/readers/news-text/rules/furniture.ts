/**
 * Site furniture: the buttons, prompts, labels and link lists a page carries around the
 * article. It is never article text, but it is never dropped silently either: each
 * match is recorded in the tree's `dropped` with the reason given here.
 *
 * Furniture is recognised by its shape as much as by its words, so that pages in
 * languages and layouts nobody wrote a word list for are still read:
 * - a button or label standing alone (`Share`, `Teilen`, `保存`, `Gift Article`);
 * - a reading or listening time (`5 min read`, `Lecture 4 min.`, `Listen · 3:42`);
 * - a count (`128 comments`, `12`, `(3)`);
 * - a call to action: a short line that starts with an imperative (`Sign up for …`,
 *   `Abonnez-vous`, `Join us on WhatsApp`);
 * - a labelled link to another story (`Read more: Storm leaves thousands without power`,
 *   `Lire aussi | …`, `LEIA MAIS: …`);
 * - a list opener (`Most read`, `Mehr zum Thema`, `あわせて読みたい`): the short lines
 *   after it are its items.
 */
import { unicodeWords } from '../../shared/unicode-words.js';
import { wordCount } from '../units.js';
import { HOME_PAGE_THEN_STEP } from './home-page.js';
import { isLabelledLink, isReadAlsoLabel, isRunOnLink } from './related-labels.js';

/** Anything that says whether a line matches: a regular expression or a small test. */
interface LineTest {
  test(text: string): boolean;
}

export interface FurnitureRule {
  name: string;
  reason: string;
  pattern: LineTest;
  /** The following short lines belong to it (a topic list, a most-read list). */
  startsList?: boolean;
  /** Nothing after it is the article's running text (comment threads, site footers). */
  endsArticle?: boolean;
}

const SHARE_WORDS = [
  'share', 'share full article', 'share this article', 'share this story', 'share article', 'share this',
  'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share via email', 'share page',
  'save', 'saved', 'save article', 'save for later', 'save story', 'print', 'print this page', 'email', 'e-mail',
  'copy link', 'link copied', 'afrita hlekk', 'afrita slóð', 'deila', 'deila á facebook', 'copy article link', 'reuse this content', 'gift article', 'gift this article',
  'give this article', 'resize', 'text size', 'font size', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'فيسبوك', 'فيس بوك', 'إكس', 'تويتر', 'واتساب', 'تلغرام', 'تيليجرام', 'لينكدإن', 'لينكد إن', 'انستغرام', 'يوتيوب',
  'telegram', 'reddit', 'pinterest', 'flipboard', 'bluesky', 'threads', 'mastodon', 'messenger', 'comment', 'google news', 'google discover',
  'comments', 'add comment', 'show comments', 'view comments', 'leave a comment', 'transcript', 'listen',
  'listen to this article', 'listen to article', 'play', 'pause', 'audio', 'follow', 'unfollow', 'bookmark',
  'ad feedback', 'video ad feedback', 'feedback', 'now playing', 'up next', 'playing', 'replay', 'watch again', 'mute', 'unmute', 'more', 'close', 'open', 'menu', 'search', 'home', 'back', 'next', 'previous',
  'skip to content', 'skip to main content', 'skip to navigation', 'skip to footer', 'skip navigation',
  'sign in', 'log in', 'login', 'log out', 'register', 'my account', 'account', 'subscribe', 'subscribed',
  'anmelden', 'registrieren', "s'inscrire", 'se connecter', 'registrarse', 'iniciar sesión', 'accedi', 'registrati', 'entrar', 'cadastrar', 'cadastre-se', 'inloggen', 'registreren',
  'subscriber only', 'subscribers only', 'for subscribers', 'premium', 'exclusive', 'live', 'watch', 'video',
  'photos', 'gallery', 'enlarge', 'expand', 'view image', 'view gallery', 'image', 'zoom', 'full screen',
  'toggle caption', 'hide caption', 'show caption', 'caption', 'fullscreen', 'view fullscreen', 'view image in fullscreen', 'view in fullscreen', 'open image in fullscreen',
  'add a comment', 'social sharing', 'read later', 'kopiér link', 'artikel vorlesen lassen', 'artikel vorlesen', 'del artiklen', 'del artikel', 'dela artikeln', 'del saken', 'link másolása', 'megosztom', 'hírlevél', 'icon schließen', 'exit fullscreen', 'enter fullscreen', 'enlarge this image', 'sponsor message', 'sponsored message',
  'はてなブックマーク', 'ブックマーク', 'line', '写真一覧', 'l’essentiel', "l'essentiel", 'key points', 'the essentials', 'सार', 'विस्तार', 'खास बातें', 'das wichtigste in kürze',
  'lo esencial', 'in breve', 'in het kort', 'kwa ufupi', 'in summary', 'in short', 'os principais pontos', 'najważniejsze', 'analyse', 'analysis', 'kommentar', 'opinion', 'meinung',
  'show search', 'hide search', 'open search', 'close search', 'fermer', 'cerrar', 'chiudi', 'sluiten', 'fechar', 'zamknij', '閉じる',
  'deel artikel', 'deel dit artikel', 'share article', 'share this page', 'all share services', 'शेयर', 'कॉपी लिंक', 'keresés', 'feliratkozom', 'prenumerant', 'change size', 'change text size', 'change font size', 'abonnent', 'subskrybent', 'שתפו', 'short url', 'short link', 'copy url', 'more share options', 'more sharing options', 'share options', 'sharing options', 'artikel teilen', "partager l'article", 'partager l’article',
  'compartir artículo', 'condividi articolo', 'compartilhe esta notícia', 'udostępnij artykuł',
  'purchase licensing rights', 'report this ad', 'report ad', 'thanks for reading', 'full bio', 'bio completa', 'biografía completa', 'biographie complète',
  'réagir à cet article', 'commenter cet article', 'reageer op dit artikel', 'artikel kommentieren', 'comenta esta noticia', 'commenta l’articolo', "commenta l'articolo",
  'toggle more options', 'scroll to continue', 'continue reading', 'continue below', 'playlist', 'download', 'embed', 'keyboard shortcuts for audio player', 'watch video', 'play video', 'image attribution tooltip', 'přehrát video', 'prehrať video', 'video abspielen', 'lire la vidéo', 'reproducir vídeo', 'reproduzir vídeo', 'riproduci video', 'video afspelen', 'odtwórz wideo', 'spill av video', 'spela upp video', 'toista video', 'videó lejátszása', 'pusti video', 'predvajaj video', 'открыть видео', 'смотреть видео', 'відтворити відео', 'open in app', 'download the app',
  // fr
  'partager', 'partage', 'enregistrer', 'sauvegarder', 'imprimer', 'commenter', 'commentaires', 'écouter',
  'écouter cet article', 'offrir', "offrir l'article", 'offrir cet article', 'suivre', 'se connecter',
  "s'abonner", 'abonnez-vous', 'aller au contenu', 'aller au contenu principal', 'passer la publicité',
  'lire plus tard', 'réagir', 'lien copié', 'copier le lien', 'article réservé aux abonnés', 'réservé aux abonnés',
  'abonné', 'abonnés', 'édition du soir', 'ajouter à mes favoris',
  // de
  'teilen', 'speichern', 'merken', 'drucken', 'kommentieren', 'kommentare', 'anhören', 'artikel anhören',
  'vorlesen', 'verschenken', 'artikel verschenken', 'folgen', 'anmelden', 'abonnieren', 'zum inhalt springen',
  'zum hauptinhalt springen', 'link kopieren', 'mehr', 'schließen', 'zurück', 'weiter', 'bildbeschreibung einblenden',
  'artikelrechte erwerben', 'zur startseite', 'vergrößern', 'zur merkliste hinzufügen', 'zum artikel',
  // es
  'compartir', 'guardar', 'imprimir', 'comentar', 'comentarios', 'escuchar', 'escuchar artículo', 'regalar',
  'seguir', 'iniciar sesión', 'suscríbete', 'suscribirse', 'ir al contenido', 'saltar al contenido',
  'copiar enlace', 'enlace copiado', 'compartir en facebook', 'compartir en twitter', 'compartir en whatsapp',
  'enviar por email', 'ver comentarios',
  // it
  'condividi', 'salva', 'stampa', 'commenta', 'commenti', 'ascolta', "ascolta l'articolo", 'regala', 'segui',
  'accedi', 'abbonati', 'vai al contenuto', 'copia link', 'leggi dopo',
  // nl
  'delen', 'deel', 'opslaan', 'bewaren', 'printen', 'afdrukken', 'reageren', 'reacties', 'luister',
  'luisteren', 'beluister', 'cadeau geven', 'volgen', 'inloggen', 'abonneren', 'naar de inhoud', 'link kopiëren',
  // pt
  'compartilhe', 'compartilhar', 'partilhar', 'salvar', 'guardar artigo', 'imprimir', 'comentar', 'comentários',
  'ouvir', 'ouça', 'ouvir artigo', 'presentear', 'seguir', 'entrar', 'assine', 'assinar', 'ir para o conteúdo',
  'copiar link', 'link copiado',
  // pl
  'udostępnij', 'zapisz', 'drukuj', 'komentarze', 'skomentuj', 'posłuchaj', 'obserwuj', 'zaloguj się',
  'subskrybuj', 'kopiuj link',
  // ja
  'シェア', '共有', '保存', '印刷', 'コメント', 'フォロー', 'ログイン', '会員登録', 'メール', 'リンクをコピー',
  '保存して後で読む', '有料記事', '会員限定記事', '無料記事', '音声を聞く', 'この記事をシェア', 'ツイート',
  'メインコンテンツへ移動', 'メインコンテンツへスキップ', '本文へ移動', '本文へスキップ', '本文へ', 'コンテンツへスキップ', 'メニュー', '検索',
  // sv, da, nb
  'dela', 'del', 'spara', 'gem', 'lagre', 'skriv ut', 'kommentera', 'kommentarer', 'lyssna', 'lytt', 'lyt',
  'följ', 'følg', 'logga in', 'log ind', 'logg inn', 'prenumerera', 'abonnér', 'abonner', 'hoppa till innehållet',
  'gå till innehållet', 'gå til indhold', 'hopp til innhold', 'kopiera länk', 'kopier link', 'kopier lenke', 'meny', 'sök', 'søg', 'søk',
  // tr
  'paylaş', 'kaydet', 'yazdır', 'yorum yap', 'yorumlar', 'dinle', 'takip et', 'giriş yap', 'abone ol',
  'içeriğe geç', 'ana içeriğe geç', 'bağlantıyı kopyala', 'menü', 'ara',
  // fi, hu, ro, id, cs and more
  'jaa', 'tallenna', 'tulosta', 'kommentoi', 'kuuntele', 'seuraa', 'kirjaudu', 'kirjaudu sisään', 'tilaa', 'tilaajille', 'mainos päättyy',
  'megosztás', 'mentés', 'nyomtatás', 'hozzászólás', 'hozzászólások', 'követés', 'bejelentkezés', 'előfizetés', 'hirdetés',
  'distribuie', 'salvează', 'printează', 'comentează', 'comentarii', 'urmărește', 'autentificare', 'abonează-te', 'publicitate',
  'bagikan', 'simpan', 'cetak', 'komentar', 'dengarkan', 'ikuti', 'masuk', 'berlangganan', 'berlangganan sekarang', 'iklan',
  'sdílet', 'uložit', 'tisk', 'diskuse', 'poslechnout', 'sledovat', 'přihlásit', 'předplatit', 'reklama',
  "s'inscrire", 'je m’inscris', "je m'inscris", 'aanmelden', 'subscrever', 'einloggen', 'registrieren', 'iscriviti', 'regístrate',
  'hide ad', 'close ad', 'remove ads', 'skip ad', 'copy', 'copied', 'copy link',
  // back-to-top buttons
  'top', 'to top', 'back to top', 'go to top', 'scroll to top', 'nach oben', 'zurück nach oben', 'haut de page', 'retour en haut', 'volver arriba', 'ir arriba', 'torna su', 'naar boven', 'voltar ao topo', 'do góry', 'tillbaka till toppen', 'yukarı çık',
  // ru, uk, bg, sr, mk, el, he, ko, zh, vi, fa buttons
  'поделиться', 'сохранить', 'комментарии', 'комментировать', 'подписаться', 'войти', 'скопировать ссылку', 'копировать ссылку', 'слушать',
  'поділитися', 'поширити', 'зберегти', 'коментарі', 'коментувати', 'увійти', 'копіювати посилання', 'слухати',
  'сподели', 'сподели в', 'запази', 'коментари', 'копирай линка', 'подели', 'поделите', 'пријава', 'коментариши',
  'μοιραστείτε', 'κοινοποίηση', 'αποθήκευση', 'σχόλια', 'σύνδεση', 'αντιγραφή συνδέσμου', 'εκτύπωση',
  'שתפו', 'שיתוף', 'תגובות', 'העתקת קישור', '공유', '공유하기', '댓글', '스크랩', '인쇄', '구독',
  '分享', '收藏', '评论', '評論', '打印', '列印', '复制链接', '複製連結', 'chia sẻ', 'bình luận', 'lưu', 'اشتراک', 'اشتراک گذاری', 'نظرات',
  'podziel się',
  // th, ar, bn, hi buttons
  'แชร์', 'คัดลอกลิงก์', 'คัดลอกลิงค์', 'ติดตาม', 'شارك', 'مشاركة', 'نسخ الرابط', 'শেয়ার', 'শেয়ার করুন', 'লিংক কপি', 'शेयर', 'शेयर करें', 'लिंक कॉपी करें',
  // subscribe buttons: eu, sk, cs, hr, sl, uk, bg, el, he, zh, is, lv, lt, et
  'harpidetu', 'harpidetu orain', 'prihlásiť sa', 'prihlásiť sa na odber', 'odoberať', 'přihlásit k odběru', 'pretplatite se', 'pretplati se',
  'naroči se', 'naročite se', 'підписатися', 'підпишіться', 'абонирай се', 'абонирайте се', 'εγγραφείτε', 'εγγραφή', 'הירשמו', 'להרשמה',
  '立即订阅', '立即訂閱', '订阅', '訂閱', 'gerast áskrifandi', 'skrá mig', 'abonēt', 'pierakstīties', 'prenumeruoti', 'telli',
  // more skip links
  'saltar al contenido principal', 'ir al contenido principal', 'vai al contenuto principale', 'naar de hoofdinhoud',
  'ga naar de inhoud', 'pular para o conteúdo', 'ir para o conteúdo principal', 'przejdź do treści', 'przejdź do głównej treści',
  'skip to main', 'jump to content', 'jump to main content', 'accessibility help', 'jump to navigation', 'jump to search',
  'ok', 'got it', 'agree', 'i agree', 'accept', 'accept all', 'reject all', 'disclaimer', 'next article', 'previous article', 'next story', 'previous story', 'next post', 'prev post', 'previous post', 'like', 'tweet', 'pin it', 'leave a reply', 'post comment', 'cancel reply', 'vorige', 'nächste', 'vorherige', 'précédent', 'suivant', 'anterior', 'siguiente', 'próximo', 'precedente', 'successivo', 'volgende', 'buy photo', 'view photos', 'tilmeld', 'tilmeld dig', 'meld dig til', 'inschrijven', 'schrijf je in', 'registrieren', 'jetzt anmelden', 'zapisz się', 'přihlásit se', 'odebírat', 'registrer deg', 'comunicar erro', 'view graphic', 'view gallery', 'media caption', 'image caption', 'hide caption', 'share this',
];
const SHARE_SET = new Set(SHARE_WORDS);

const ADVERT =
  // (`- Advertisement -`: set between dashes.)
  unicodeWords(/^(?:[-–—]\s)?(?:(?:continua|continue|sigue|la suite|weiter|prosegue|gaat verder)\b.{0,30}\b(?:publicidade|publicidad|publicité|pubblicità|werbung|anzeige|advertisement|advertentie|ad)|advertisement(?:\s+\d+(?:\s*\/\s*\d+)?)?|advertisement\s+hide ad|3rd party ad\b.{0,120}|third[- ]party (?:ad|advertisement)\b.{0,120}|advertisement\s*[-–—·|]\s*scroll to continue(?: with content)?|scroll to continue(?: with content)?|advertisements|advert|ad|ads|this advertisement has not loaded yet.{0,60}|skip advertisement|sponsored( content)?|featured (?:local )?(?:savings|deals|offers|partners?)|(?:sponsored|promoted|partner) (?:stories|links|content|offers)|deals of the day|shop (?:now|the story)|paid (content|post)|partner content|anzeige|werbung|publicité|publicite|publicidad|publicidade|pubblicità|advertentie|reclame|reklama|reklam|reklaam|reklāma|reklamos|mainos|annons|annonce|annonse|διαφήμιση|διαφημιση|το [άα]ρθρο συνεχ[ίι]ζει μετ[άα] τη?ν? διαφ[ήη]μιση|광고|広告|廣告|广告|реклама|quảng cáo|pr|continue reading( below| the main story)?|story continues(?: below)?( advertisement)?|article continues below( this ad)?|the article continues below|weiterlesen nach der anzeige|haberin devamı|la suite après cette publicité|sigue leyendo|continua a leggere|lees verder na de advertentie|continua depois da publicidade|článok pokračuje pod (?:video )?reklamou|članak se nastavlja ispod oglasa|scroll ke bawah untuk melanjutkan membaca|請繼續下滑閱讀|请继续下滑阅读|繼續閱讀|继续阅读|oglas|oglasi|פרסומת|विज्ञापन|বিজ্ঞাপন|விளம்பரம்|اشتہار|إعلان|تبلیغات|โฆษณา|talla|matangazo|tangazo|iklan|hirdetés|publicitate|reklamë|зар сурталчилгаа|advertensie|auglýsing|publicitat|publizitatea|iragarkia|hysbyseb|fógra|xayeysiis|ikiyamamaza|kwamamaza|isikhangiso|isibhengezo|tallace|ìpolówó|ማስታወቂያ|რეკლამა|գովազդ|жарнама|ဓာတ်ပုံb(?!)|ការផ្សាយពាណិជ្ជកម្ម|ప్రకటన|ಜಾಹೀರಾತು|പരസ്യം|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|ବିଜ୍ଞାପନ|විද්‍යාපනය|വിജ്ഞാപനം)(?: ?:)?(?:\s[-–—])?$/iu);

/** `5 min read`, `Lecture 4 min.`, `Lesezeit: 3 Min.`, `Listen 6 min`, `Listen · 3:42`, `読了時間 3分`. */
const READING_TIME =
  /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*[-–|·•]\s*\S.{0,40}|(?:(?:listen|estimated|listen to (?:this )?article|lecture audio(?: de)?|écouter l['’]article|écouter|artikel anhören|anhören|escuchar|ascolta|luister|ouvir|reading time|read time|temps de lecture|lecture|lesezeit|lesedauer|tiempo de lectura|lectura|tempo di lettura|lettura|leestijd|tempo de leitura|leitura|czas czytania|lästid|læsetid|lesetid|okuma süresi|読了時間|この記事は約)\s*[:·•|(-]?\s*)?(?:\d{1,3}(?:[:.]\d{2})?\s*(?:-\s*\d{1,3}\s*)?(?:min(?:ute)?s?\.?|minuten|minuti|minutos|minut|minuter|minutter|dakika|dk|mn|mins?\.?|m|分|秒で読めます)\)?(?:\s+(?:read|de lecture|lesen|lectura|di lettura|leestijd|de leitura|czytania|läsning|læsning|lesing|okuma|listen|(?:to )?read))?|\d{1,2}:\d{2}))\s*\.?$/iu;

/** `본문 : 1,612자`, `1,240 words`, `字数：1612`: the story's length, counted in words or characters. */
const STORY_LENGTH =
  /^(?:(?:본문|글자\s?수|本文|字数|字數|文字数|word count|length|länge|longueur|longitud)\s*[:：]?\s*\d[\d.,\s\u00a0]*\s*(?:자|字|文字|words?|wörter|zeichen|mots|signes|palabras|caracteres|characters)?|\d[\d.,\s\u00a0]*\s*(?:words|wörter|zeichen|mots|signes|palabras|parole|woorden|palavras|słów|znaków|ord|characters|자|字|文字))$/iu;

/** `زمان مطالعه: ۳ دقیقه`, `وقت القراءة: 4 دقائق`, `٣ دقائق قراءة`: a reading time in Persian or Arabic, in either script's digits. */
const READING_TIME_PERSO_ARABIC = /^(?:(?:زمان مطالعه|مدت مطالعه|وقت القراءة|زمن القراءة|مدة القراءة)\s*:?\s*[\d۰-۹٠-٩]{1,3}\s*(?:دقیقه|دقيقة|دقائق)|[\d۰-۹٠-٩]{1,3}\s*(?:دقیقه|دقيقة|دقائق)\s*(?:مطالعه|قراءة|للقراءة))$/u;

/** `पढ्न लाग्ने समय : ३ मिनेट`, `पढ़ने का समय: 4 मिनट`, `படிக்கும் நேரம்: 3 நிமிடங்கள்`: a reading time in an Indic script, in its digits or ours. */
const READING_TIME_INDIC = /^(?:पढ्न लाग्ने समय|पढ़ने का समय|पढ़ने में लगने वाला समय|वाचन वेळ|পড়ার সময়|படிக்கும் நேரம்)\s*:?\s*[\d०-९০-৯௦-௯]{1,3}\s*(?:मिनेट|मिनट|मिनिटे|मिनिट|মিনিট|நிமிடங்கள்|நிமிடம்)$/u;

/** `Ten tekst przeczytasz w 4 minuty`, `This article takes 4 minutes to read`: the reading time as a sentence. */
const READING_TIME_SENTENCE =
  /^(?:ten (?:tekst|artykuł) przeczytasz w \d+ minut[ęy]?|this (?:article|story) (?:takes|will take) (?:about )?\d+ min(?:ute)?s? to read|(?:dieser|der) (?:artikel|text) (?:dauert|braucht) (?:etwa )?\d+ minuten(?: zum lesen)?|cet article se lit en \d+ min(?:utes?)?)\.?$/iu;

/** `128 comments`, `12`, `(3)`, `1.2K shares`, `45 Kommentare`, `コメント 12件`, `Views: 1,248`, `ຈຳນວນຄົນອ່ານ: 1.248`. */
const COUNT =
  /^(?:\(?\d{1,3}(?:[\s\u00a0\u202f]\d{3})+\)?|\(?\d[\d.,]*[km]?\)?|\d[\d.,]*[km]?\s+(?:comments?|replies|shares|likes|reactions|views|videos|vídeos|vidéos|photos|fotos|images|bilder|commentaires?|réactions?|kommentare?|reaktionen|comentarios?|commenti|reacties|comentários|komentarz[ey]?|件)|(?:comments?|commentaires|kommentare|comentarios|commenti|reacties|comentários|コメント|댓글|комментарии|коментарі|komentarai|komentari|kommentarer|reacciones|σχόλια|תגובות|التعليقات|تعليقات|نظرات)\s*[(:]?\s*\d[\d.,]*\)?(?:件|개)?|(?:views|reads|lượt xem|просмотров|просмотры|переглядів|перегляди|görülenleri|görüntülenme|okunma|baxış|ຈຳນວນຄົນອ່ານ|ผู้เข้าชม|เข้าชม|阅读量?|閱讀數?|조회수?|wyświetlenia|zobrazení|shikime|lexime)\s*[:：]?\s*\d[\d.,\s\u00a0]*)$/iu;

/**
 * The site's AI tools announcing themselves: `This audio is generated by an AI tool.`,
 * `AI-assisted summary`, `Read a summary of this article on FAST.`, `Summarize this article with AI`.
 */
const AI_WORD = /(?<!\p{L})(?:AI|KI|IA)(?!\p{L})|automated voice|synthetic voice|computer-generated voice|text-to-speech|artificial intelligence|künstliche intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale/u;
const AI_MADE = unicodeWords(/\b(?:generated|assisted|created|produced|narrated|read by|summar\w+|generiert|erstellt|généré|créé|generado|creado|generato|gegenereerd|gerado)\b/iu);
/** What the notice is about: this very page's text, audio, voice or summary. */
const THIS_PAGE = unicodeWords(/\b(?:this (?:article|story|audio|text|summary)|this is (?:read|narrated|voiced)|the (?:audio|voice|summary) (?:of|for) this|audio (?:for|of) this|voice is|dieser (?:artikel|text|beitrag)|cet article|este artículo|questo articolo|dit artikel|este artigo)\b/iu);
const AI_NOTICE = {
  // (A story about an AI tool names no page of its own: `The hospital said the AI tool had flagged …`.)
  test: (text: string) => AI_WORD.test(text) && AI_MADE.test(text) && (wordCount(text) <= 6 || (THIS_PAGE.test(text) && wordCount(text) <= 20)),
};
/** `Read a summary of this article on FAST.`: a pointer to the site's own summary of the story. */
const SUMMARY_POINTER = /^(?:read (?:a|the) summary of this (?:article|story)\b.{0,30}|summar(?:ize|ise) this (?:article|story)\b.{0,30}|key points|(?:ai[- ])?summary)\.?$/iu;

/** `If you buy something from a Verge link, Vox Media may earn a commission.`: an affiliate disclosure. */
const AFFILIATE = unicodeWords(/\b(?:may (?:earn|receive|get) (?:a )?(?:small )?(?:affiliate )?commission|earns? (?:a|an) (?:affiliate )?commission|affiliate links?|wir (?:erhalten|bekommen) (?:eine|ggf\. eine) provision|provisions-?links?|nous (?:percevons|pouvons percevoir) une commission|liens? d['’]affiliation|(?:podemos|puede) recibir una comisión|enlaces? de afiliados|potremmo ricevere una commissione|link di affiliazione)\b/iu);

/**
 * `Газета «Коммерсантъ» №219 от 25.11.2026, стр. 9`, `Ausgabe Nr. 272 vom 25.11.2026, S. 9`,
 * `Российская газета - Экономика УрФО: №269 (9813)`: where the story stood in the printed paper, its
 * issue number and page, or the issue's number with its running number.
 */
const PRINT_EDITION = unicodeWords(/^.{0,60}(?:(?:№|Nº|N°|\b(?:Nr|No)\.)\s?\d{1,5}\b.{0,40}\b(?:стр|с|S|p|pp|pág|str|s)\.\s?\d{1,3}\.?|(?:№|Nº)\s?\d{1,5}\s\(\d{4,6}\))$/u);

/** `Cet article a été lu 412 fois`, `Read 1,204 times`: how often the page was read. */
const READ_COUNTER =
  /^(?:(?:this article|this story) (?:has been|was) read \d[\d.,]* times|read \d[\d.,]* times|cet article a été lu \d[\d  .,]* fois|lu \d[\d  .,]* fois|(?:dieser artikel wurde )?\d[\d.,]* ?mal gelesen|(?:este artículo ha sido )?leído \d[\d.,]* veces|(?:questo articolo è stato )?letto \d[\d.,]* volte|\d[\d.,]* (?:keer gelezen|lecturas|letture|visualizações|visualizaciones|visualizzazioni|wyświetle\w*|zobrazení))\.?$/iu;

/**
 * An embed held back until the reader consents: `Externer Inhalt`, `Dieser Inhalt wird von X
 * bereitgestellt. Beim Laden werden … Daten an den Anbieter übertragen.`
 */
const EMBED_CONSENT =
  /^(?:externer inhalt|external content|contenu externe|contenido externo|contenuto esterno|externe inhoud|conteúdo externo|treść zewnętrzna)$|(?<!\p{L})(?:personenbezogene daten|personal data|données personnelles|datos personales|dati personali|persoonsgegevens|dados pessoais)(?!\p{L}).{0,80}(?<!\p{L})(?:übertragen|transferred|sent|transmises|transférées|transferidos|trasferiti|doorgegeven)(?!\p{L})/iu;

/** `Rechte am Artikel können Sie hier erwerben.`, `Reprints and permissions`: buying rights to the story. */
const LICENSING = /^(?:rechte am artikel (?:können sie hier erwerben|erwerben)|reprints? (?:and|&) permissions|purchase (?:licensing|reprint) rights|acheter les droits de (?:cet article|reproduction)|comprar derechos de (?:este artículo|reproducción))\.?$/iu;

/** `If you spot an error, please let us know at …`: the site's corrections policy, written to the reader. */
const ERROR_POLICY = unicodeWords(/\b(?:if you (?:spot|find|notice|see) an? (?:error|mistake|factual error)|when we learn of a mistake|to report an error|pour signaler une erreur|si vous (?:repérez|constatez) une erreur|wenn sie einen fehler (?:finden|entdecken)|si (?:detecta|encuentra) un error)\b/iu);

/** Short lines that start with an imperative: sign-up boxes, app and social prompts. */
/** `Subscribers only`, `Article réservé aux abonnés`, `Recurso exclusivo para assinantes`, `SZ Plus`. */
const PAYWALL =
  /^(?:[\p{L}+ ]{0,30}\s)?(?:(?:for|only for|exclusive (?:to|for)|reserved for|réservée? aux|exclusivo para|exclusiva para|reservado a|riservato agli|nur für|exklusiv für|exclusief voor|tylko dla|dla)\s+(?:subscribers|members|abonnés|assinantes|suscriptores|abbonati|abonnenten|abonnees|prenumeratorów|subskrybentów)|subscribers? only|members only|member-only(?: story| article)?|premium|plus|abo|abo\+|\p{L}*plus[- ]?(?:inhalt|artikel|content|article)|plus[- ]artikel|exklusiv|exclusief|exclusivo|esclusivo|(?:kun|bare|kun for|endast för|bara för|vain) (?:for )?(?:abonnenter|prenumeranter|tilaajille)|vain tilaajille|tellijale|tellijatele|prenumeratoriams|abonentiem|само за абонати|за абонати|samo za pretplatnike|само за претплатнике|pro předplatitele|(?:len )?pre predplatiteľov|előfizetőknek|pentru abonați|会員限定|有料会員限定|読者会員限定(?:記事(?:です)?)?)\s*[.!]?$/iu;

/** An audio player's line: `Listen to this article · 7:14 min Learn more`, `Écouter cet article`. */
/** `Produced by ElevenLabs … using AI narration`, `Článek si také můžete poslechnout v audioverzi.` */
const AUDIO_VERSION = unicodeWords(/\b(?:AI narration|AI-generated (?:voice|audio)|audio ?version|audioverz\w*|versión en audio|version audio|audiofassung|versione audio|audioversie|versão em áudio|wersj\w* audio)\b/iu);
const LISTEN = unicodeWords(/^(?:(?:new\s*)?you can now listen to\b|listen|listen to (?:this|the) (?:article|story)|save time by listening\b|(?:hear|listen to) (?:this|our) (?:story|article|audio)|lyssna på (?:artikeln|texten)|lyt til (?:artiklen|historien)|lytt til (?:saken|artikkelen)|kuuntele (?:artikkeli|juttu)|haberi dinle|écouter(?: cet article)?|anhören|artikel anhören|escuchar(?: artículo)?|ascolta(?: l['’]articolo)?|luister(?: naar dit artikel)?|ouvir(?: o texto)?|ouça|posłuchaj|音声)\b.{0,50}$/iu);

/** A newsletter's name standing alone: `The Climate Coach newsletter`, `Boletim Cotidiano`. */
// (`הירשמו לניוזלטר "ירושלים שלנו"`: Hebrew glues its preposition to the word and names the letter in quotes.)
const NEWSLETTER =
  /^(?:[\p{L}’' &-]{0,40}[\s-])?(?:newsletters?|boletim|boletín|infolettre|lettre d['’]information|nieuwsbrief|メールマガジン|メルマガ|النشرة البريدية)(?:\s[\p{L}’' &-]{0,40})?$|^[\p{Script=Hebrew} ]{0,30}ל?ניוזלטר(?:\s[\p{Script=Hebrew}"״ ]{0,40})?$/iu;

/** `Topic:Water Supply`, `Tags: Housing, Leeds`: a label with its links. */
const LABEL_VALUE =
  /^(?:topics?|tags?|filed under|posted in|categories|category|more about|thèmes?|mots-clés|themen|schlagworte|temas|etiquetas|argomenti|tag|onderwerpen|tópicos|tematy|więcej o|タグ|キーワード)\s*:\s*\S.{0,120}$/iu;

/** `Show more news items`, `Load more`, `See more videos`. */
const SHOW_MORE =
  unicodeWords(/^(?:(?:show|load|see|view) (?:more|all)\b.{0,40}|vedi tutt[ei]|voir tout|tout voir|alle anzeigen|mehr anzeigen|ver todo|ver todas|ver más|bekijk alle|ver tudo|ver mais|zobacz wszystkie|すべて見る|もっと見る|plus d['’]infos?|more info|mehr infos?|meer info|más info|mais info)$/iu);

/** `Watch video`, `Zobacz wideo`: the title after it is the video's, not the story's. */
const VIDEO =
  /^(?:watch(?: the)? video|video|watch|voir la vidéo|vidéo|video ansehen|ver vídeo|ver video|guarda il video|bekijk de video|assista ao vídeo|zobacz wideo|wideo|δείτε βίντεο|βίντεο|izle|videoyu izle|動画)\s*:?$/iu;

/**
 * A pitch to the reader: donation, membership and newsletter boxes written as sentences
 * (`We're asking readers like you to support our journalism.`). It speaks to "you" and asks
 * for support, a subscription or an e-mail address; a story about such things does not
 * address the reader.
 */
const PITCH_WORDS =
  unicodeWords(/\b(?:support|donat\w*|contribut\w*|gift|subscri\w*|newsletter|ad-free|ad-lite|fewer ads|inbox|e-?mail(?:ed)?|sign up|paywall|membership|member|offers?|soci[oa]s?|socias|recaptcha|privacy (?:policy|notice)|terms of service|unterstützen|spende\w*|abonn\w*|postfach|soutenir|don|dons|boîte mail|apoy\w*|suscri\w*|correo|sostieni|abbonati|steun|doneer|assin\w*|apoie|wesprzyj)\b/giu);
const SECOND_PERSON = unicodeWords(/\b(?:you|your|you're|tu|tus|vos|vous|votre|vos|sie|ihr|ihnen|ihre|ihrem|ihren|ihrer|du|dich|dir|dein|deine|usted|tu|tus|você|je|jouw|uw|ti|tuo|tua)\b/iu);
/** The site speaking of itself: `Sign up for our Morning Edition newsletter`, `unser Journalismus`. */
const SITE_FIRST_PERSON = unicodeWords(/\b(?:our|we|we're|us|notre|nos|nous|unser\w*|wir|nuestr[oa]s?|nostr[oa]|nostri|onze|wij|nosso|nossa|nasz\w*|vår|vårt|våra)\b/iu);
const NEWSLETTER_WORD = unicodeWords(/\b(?:newsletters?|nieuwsbrief|infolettre|boletín|boletim|newsletteru?)\b/iu);
/** What a pitch asks for the site's journalism or of its readers. */
const JOURNALISM_OR_READERS =
  unicodeWords(/\b(?:journalism|journalistic|reporting|periodismo|journalisme|journalismus|giornalismo|journalistiek|jornalismo|dziennikarstw\w*|journalistik|readers?|lectores|lecteurs|leser(?:innen)?|lettori|lettore|lezers|leitores|czytelnik\w*|läsare|lesere|jurnalism\w*|cititor\w*|novinařin\w*|čtenář\w*|žurnalistik\w*|čitatelj\w*|újságírás\w*|olvasó\w*|журналистик\w*|журналістик\w*|читател\w*|читач\w*|δημοσιογραφ\w*|αναγνώστ\w*|gazetecilik\w*|okur\w*|jurnalisme|pembaca)\b/iu);
const ASKS_FOR_SUPPORT =
  unicodeWords(/\b(?:support|help us|subscri\w*|donat\w*|contribut\w*|member(?:ship)?|become|hazte|socio\/a|socios?|soutenir|soutenez|devenez|abonn\w*|unterstützen|sostieni|sostenere|steun|word lid|apoie|assine|wesprzyj|zostań|necesita|needs|braucht|a besoin|ha bisogno|heeft .{0,20} nodig|precisa|beitragen|susține\w*|sprijin\w*|donea\w*|doneaz\w*|podpoř\w*|podpor\w*|támogas\w*|támogat\w*|поддерж\w*|підтрим\w*|υποστηρ\w*|destekle\w*|dukung\w*)\b/iu);
/** Account prompts: `Log in, register or subscribe to save articles for later`, `Log in of maak een gratis account aan`. */
const ACCOUNT_WORDS =
  unicodeWords(/\b(?:log ?in|sign[- ]in|sign up|register(?:ing)?|subscribe|create (?:an|a free) account|account|inloggen|registreren|anmelden|registrieren|konto|connectez-vous|se connecter|s['’]inscrire|compte|iniciar sesión|regístrate|cuenta|accedi|registrati|entrar|cadastre-se|conta|zaloguj|zarejestruj|logga in|logg inn|kirjaudu)\b/giu);
/** A request for news tips: `Har du tips til saken? Send oss en e-post.`, `Do you have information …? We want to hear from you.` */
const TIP_REQUEST =
  unicodeWords(/\b(?:tips?|hear from you|send us|contact us|get in touch|write to us|schreiben sie uns|écrivez-nous|escríbenos|scrivici|mail ons|escreva para|napisz do nas|send oss|skicka|kontakta oss|wyślij|ota yhteyttä|vinkk\w*)\b/iu);
/** Words that make a pitch on their own when the line speaks to the reader. */
const STRONG_PITCH =
  unicodeWords(/\b(?:your|votre|vos|ihr|ihre|ihrem|dein|deine|deinem|tu|tus|seu|sua|je|jouw|uw|twoj\w*|din|ditt)\s+(?:inbox|mailbox|e-?mail|correo|postfach|boîte (?:mail|de réception)|bandeja de entrada|casella di posta|caixa de entrada|skrzynk\w*|mailbox|inkorg|innboks|indbakke|sähköpostiisi)\b|\b(?:unsubscribe|promotional content|by signing up, you agree|we use your sign-up|by providing an e-?mail address|i agree to the terms)\b|^(?:subscribe to|sign up for|suscríbete a|abonnez-vous à|abonnieren sie|abbonati a|abonneer op|assine (?:o|a))\s.{40,}$/iu);
/** Someone quoted in the story (`“…,” Farrelly said.`), not the site talking to the reader. */
const QUOTED = unicodeWords(/^["“„«‘]|["”»’],?\s+(?:\p{Lu}[\p{L}.'’-]*\s){0,3}(?:said|says|told|added|asked|wrote|explained|warned|sagte|sagt|a déclaré|a dit|dijo|ha detto|zei|disse|powiedział[a]?)\b/u);
/** `… nous avons besoin de votre soutien.`, `We need your support.`: the site asking for help in so many words. */
const NEED_SUPPORT =
  unicodeWords(/\b(?:we need your (?:support|help)|nous avons besoin de (?:votre|vous)|wir brauchen (?:ihre|deine) unterstützung|necesitamos (?:tu|su) apoyo|abbiamo bisogno del (?:tuo|vostro) sostegno|we hebben (?:jouw|uw) steun nodig|precisamos do (?:seu|teu) apoio)\b/iu);
const SMALL_PRINT = unicodeWords(/\b(?:unsubscribe at any time|you can unsubscribe|read our privacy (?:policy|notice)|se désabonner à tout moment|jederzeit abbestellen|darse de baja en cualquier momento|annullare l['’]iscrizione in qualsiasi momento)\b/iu);
/**
 * A subscription offer's lines: `$1 per week for 24 weeks*`, `Billed as $4.00 plus GST every four weeks`,
 * `Cancel anytime`, `Monthly Digital Subscription`, `*Continue to pay $19.00 …`. The price opens the line:
 * a headline may name a price a month too (`MARTA to cap Breeze fares at $45 a month`).
 */
const PRICE_PER_PERIOD = unicodeWords(/^(?:only |just |nur |seulement |solo |apenas |tylko )?(?:[$€£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|eur|kr|zł|chf))\*?\s*(?:\/|per|a|an|pro|par|por|al|each|every|im|le|la|il)\s*(?:first\s)?(?:week|month|year|mo|wk|woche|monat|jahr|mois|semaine|an|mes|semana|año|mese|settimana|anno|maand|jaar|måned|månad|miesiąc)/iu);
const SUBSCRIPTION_OFFER: LineTest = {
  test: (text) =>
    /^\*?(?:cancel (?:at )?any ?time|jederzeit kündbar|résiliable à tout moment|sans engagement|cancela cuando quieras|disdici quando vuoi|maandelijks opzegbaar|dagelijks opzegbaar)\.?$/iu.test(text) ||
    /^(?:(?:monthly|annual|yearly|weekly)\s)?(?:digital\s|premium\s)?subscription$/iu.test(text) ||
    /^\*?(?:billed (?:as|at)|continue to pay|renews at|then \$)\b/iu.test(text) ||
    (PRICE_PER_PERIOD.test(text) && wordCount(text) <= 20),
};

/** `Was sagst du dazu?`, `What do you think?`: the site asking for comments, on a line of its own. */
const COMMENT_PROMPT =
  /^(?:(?:did you (?:like|enjoy)|how did you like) (?:this|the) (?:article|story)|was (?:this|the) (?:article|story) (?:helpful|useful)|rate this (?:article|story)|이 기사가 마음에 드셨나요|이 기사를 추천합니다|この記事はいかがでしたか|你喜欢这篇文章吗|hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|cet article vous a-t-il plu|vous avez aimé cet article|¿te (?:ha )?gustado este artículo|ti è piaciuto questo articolo|vond je dit artikel (?:interessant|nuttig)|czy ten artykuł był pomocny|would you like to comment on this (?:article|story)|what do you think|what are your thoughts|was sagst du dazu|was meinen sie dazu|was denken sie|qu['’]en pensez-vous|et vous, qu['’]en pensez-vous|¿?(?:y tú )?qué opinas|¿?qué opina usted|cosa ne pensi|che ne pensate|wat vind jij(?: ervan)?|wat vindt u(?: ervan)?|o que você acha|co o tym sądzisz)\s*\??$/iu;

/** `Share your views in the comments below`, `For more stories like this, check our news page`: the site pointing at itself. */
const COMMENTS_OR_MORE = unicodeWords(/\b(?:in the comments(?: below| section)?|comments below|more stories like (?:this|these)|dans les commentaires|en (?:los|la sección de) comentarios|nei commenti|in de reacties|nos comentários|w komentarzach|in den kommentaren)\b/iu);
const PITCH = {
  // (Each test runs at most once a line, and the cheap ones first: every short line of a page comes here.)
  test: (text: string) => {
    if (QUOTED.test(text)) return false;
    const words = wordCount(text);
    if (words > 100) return false;
    const second = SECOND_PERSON.test(text);
    const first = SITE_FIRST_PERSON.test(text);
    if (words <= 20 && (second || first) && COMMENTS_OR_MORE.test(text)) return true;
    // (A sign-up box's small print runs long: `We use your sign-up to provide content …`.)
    if (STRONG_PITCH.test(text)) return true;
    // (A sign-up's small print, `… You can unsubscribe at any time`, is SIGN_UP_SMALL_PRINT's, at any length.)
    if (words > 60) return false;
    if (words <= 30 && NEED_SUPPORT.test(text)) return true;
    const pitchWords = second || first ? new Set(text.toLowerCase().match(PITCH_WORDS) ?? []).size : 0;
    if (second && pitchWords >= 2) return true;
    // The site asking for itself: its journalism or its readers, and support (`We're asking readers like you to support …`).
    if (words <= 40 && (first || second || /^\p{Lu}/u.test(text)) && JOURNALISM_OR_READERS.test(text) && ASKS_FOR_SUPPORT.test(text)) return true;
    if (first && (pitchWords >= 2 || (words <= 25 && NEWSLETTER_WORD.test(text)))) return true;
    if (words <= 25 && new Set(text.toLowerCase().match(ACCOUNT_WORDS) ?? []).size >= 2) return true;
    if (words > 30 || !TIP_REQUEST.test(text)) return false;
    // (`Wie iets te melden heeft …, kan mailen naar tips@…`: a request for tips with the address to send them to.)
    if (/\S@\S+\.\w/u.test(text)) return true;
    return /\?/u.test(text) && (second || first || /(?<!\p{L})(?:har du|hast du|avez-vous|tienes|hai|heb je|você tem|masz|byłeś|byłaś)(?!\p{L})/iu.test(text));
  },
};

/** `Dagbladet+`, `VG+`, `Aftenposten +`: the site's subscription brand, a name and a plus sign. */
const BRAND_PLUS = /^[\p{Lu}\p{N}][\p{L}\p{N}]{0,20} ?\+$/u;
/** `heise+ – Wissen, das Sie weiterbringt`: the subscription brand and its slogan. */
const BRAND_PLUS_SLOGAN = /^[\p{L}\p{N}][\p{L}\p{N}.]{1,20} ?\+\s[–—|-]\s[^.!?]{3,60}$/u;

/** `Il vous reste 58 % à découvrir.`, `To continue reading, subscribe`: the paywall's words, in a sentence. */
const PAYWALL_TEXT =
  /(?:available exclusively (?:to|for) .{0,40}subscribers|first month for|första månaden|første måned|ersten monat für|premier mois (?:à|pour)|primer mes (?:por|a)|primo mese a|eerste maand (?:voor|gratis)|primeiro mês|pierwszy miesiąc|protected by reCAPTCHA|réservée? aux abonnés|il vous reste \d+ ?%|reserved for subscribers|for subscribers only|to continue reading|keep reading with|para seguir leyendo|exclusivo para suscriptores|per continuare a leggere|riservato agli abbonati|um weiterzulesen|nur für abonnenten|om verder te lezen|alleen voor abonnees|para continuar lendo|exclusivo para assinantes|aby czytać dalej|続きを読むには|会員限定です|残り[：:]?\s*\d+文字|有料会員)/iu;

/** `Dalsza część artykułu pod materiałem wideo`: the text goes on after a video (whose title follows). */
const CONTINUES_AFTER =
  /^(?:(?:the )?(?:article|story|text) continues (?:below|after).{0,30}|la suite (?:de l['’]article )?(?:après|sous).{0,30}|(?:der )?artikel (?:geht )?(?:weiter|wird) (?:unter|nach).{0,30}|el artículo (?:continúa|sigue) (?:debajo|tras|después).{0,30}|l['’]articolo (?:continua|prosegue) .{0,30}|het artikel gaat (?:verder|door) .{0,30}|o artigo continua .{0,30}|dalsza część (?:artykułu|tekstu) .{0,40}|artiklen fortsætter (?:under|efter) .{0,30}|artikkelen fortsetter (?:under|etter) .{0,30}|artikeln fortsätter (?:under|efter) .{0,30})$/iu;

/** `Your browser does not support the <audio> element.`, `Enjoy more audio and podcasts on iOS or Android.` */
const PLAYER_OR_APP = {
  test: (text: string) =>
    /\b(?:does not|doesn['’]t) support (?:the )?(?:<?(?:audio|video)>?|html5)\b/iu.test(text) ||
    (/\b(?:iOS|iPhone|App Store)\b/u.test(text) && /\b(?:Android|Google Play)\b/u.test(text) && wordCount(text) <= 20),
};

/** `Thanks for reading Load Factor! Subscribe for free …`. */
const THANKS = /^thanks for reading\b/iu;

/** The alt text of an author's photo, copied as a line: `Headshot of Jordan Whitfield`. */
const AVATAR_PATTERN = /^(?:headshot|portrait|photo|picture|avatar|image|profile (?:photo|picture)|foto|bild|retrato|ritratto) (?:of|de|von|di|van|do|da)\s+\p{Lu}[\p{L}.'’ -]{1,50}$/u;
const AVATAR = { test: (text: string) => AVATAR_PATTERN.test(text.charAt(0).toLowerCase() + text.slice(1)) };

/** What a social prompt asks: to follow, join or find the site there. */
const SOCIAL_ASK = unicodeWords(/\b(?:jiunge|tufuate|הצטרפו|הצטרפי|הצטרף|تابعونا|انضموا|انضم|подписывайтесь|подпишитесь|ακολουθήστε|dołącz|polub|sledujte|pratite|spremljajte|sekojiet|sekite|jälgi|підписуйтесь|стежте|עקבו|find|stay up to date|canal|channel|kanal|follow|siga|segui|suivez|folgen|síguenos|participe|join|rejoignez|abonne|abone|takip|följ|følg|volg|obserwuj|también|also|anche|aussi|auch|tambén|também|suivre|seguir|seguire|volgen)\b/iu);
/** `📲 Participe do canal do g1 no WhatsApp`, `Follow us on Google News`. */
/** The platforms' names in other scripts: `טלגרם`, `ווטסאפ`, `تيليجرام`, `واتساب`, `телеграм`. */
const PLATFORM_OTHER_SCRIPT = /טלגרם|ווטסאפ|וואטסאפ|תלגרם|تيليجرام|تلغرام|تليجرام|واتساب|واتس اب|телеграм|ватсап/iu;
const SOCIAL_PROMO = {
  test: (text: string) =>
    (PLATFORM_OTHER_SCRIPT.test(text) || /\b(?:whatsapp|telegram|viber\w*|instagram|tiktok|youtube|facebook\w*|google news|google actualités|google noticias|google notizie|google nieuws|google notícias|google nachrichten|threads|bluesky)\b/iu.test(text)) &&
    SOCIAL_ASK.test(text) &&
    // (`Join the Irish Mirror's breaking news service on WhatsApp. Click this link …`: a joining invitation runs on.)
    wordCount(text) <= (/\b(?:join (?:our|the)|click (?:this|the) link)\b/iu.test(text) ? 70 : /\b(?:canal|channel|kanal|kanaal)\b/iu.test(text) ? 40 : 25),
};

/** `Regarder sur Auvio`, `Watch on YouTube`, `Audio: 2:48 min`: a player's link or length. */
const WATCH_ON = /^\d(?:\.\d{1,2})?x$|^(?:(?:watch|listen) on|regarder sur|écouter sur|ver en|escuchar en|guarda su|ascolta su|ansehen (?:auf|in der)|anhören (?:auf|in der)|kijk op|luister op|assista no|ouça no)\s+\S.{0,30}$|^(?:audio|video|vidéo|vídeo|wideo)\s*:\s*\d{1,2}:\d{2}(?:\s*min\.?)?$/iu;
/** `Support us`, `Unterstütze uns! 💛`: the site asking for support in a few words. */
const SUPPORT_US = unicodeWords(/^(?:support us|please support us|unterstütze uns|unterstützen sie uns|soutenez-nous|apóyanos|sostienici|steun ons|apoie-nos|wesprzyj nas|stöd oss|støtt oss|støt os|tue meitä)\b[^\p{L}]{0,6}$/iu);
/** `Support The Journal`: the button under a plea, naming the site in capitals. */
// (`Support HKFP`: or the site's initials alone.)
const SUPPORT_THE_SITE = /^[Ss]upport (?:(?:[Tt]he |[Oo]ur )\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}|\p{Lu}{2,6})$/u;
/** `Fehler gefunden? Jetzt melden.`, `Report an error`: the site's error-report link. */
const REPORT_ERROR =
  /^(?:fehler gefunden\?|(?:report|submit) an? (?:error|correction|typo)|found an? (?:error|typo)\?|spotted an? (?:error|typo)\?|signaler une erreur|vous avez repéré une erreur\s?\?|¿(?:has )?encontr(?:aste|ado) un error\?|hai trovato un errore\?|fout gezien\?|encontrou um erro\?|zauważyłeś błąd\?|hittade du ett fel\?|ste opazili napako\?|uočili ste (?:grešku|pogrešku)\?|našli ste chybu\?|našli jste chybu\?|помітили помилку\?|нашли ошибку\?)(?:\s.{0,40})?$|^.{0,200}\bctrl\s?\+\s?enter\b.{0,200}$/iu;

/** A sign-up form's field and its messages: `Votre adresse e-mail`, `Email*`, `Invalid email`, `Something went wrong …`. */
const FORM_FIELD =
  /^(?:(?:your|votre|ihre|deine|tu|su|il tuo|je|uw|jouw|seu|o seu|twój|din)\s+)?(?:e-?mail(?: address| adres)?|adresse (?:e-?mail|électronique|mail)|e-?mail-adresse|correo(?: electrónico)?|indirizzo (?:e-?mail|di posta)|e-?mailadres|endereço de e-?mail|adres e-?mail|sähköposti(?:osoite)?|e-?postadress|e-?postadresse)\s*\*?:?$|^(?:(?:se ha producido|ha ocurrido) un error\b.{0,80}|an error (?:has )?occurred\b.{0,80}|une erreur (?:s['’]est produite|est survenue)\b.{0,80}|es ist ein fehler aufgetreten\b.{0,80}|invalid e-?mail(?: address)?|please enter a valid e-?mail.{0,30}|something went wrong, please try again(?: later)?\.?|please try again later\.?|thank you(?: for (?:signing up|subscribing|registering))?[.!]?|thanks for (?:signing up|subscribing)[.!]?|merci pour votre inscription[.!]?|danke für (?:ihre|deine) anmeldung[.!]?|gracias por (?:suscribirte|registrarte)[.!]?|grazie per (?:l['’]iscrizione|esserti iscritto)[.!]?|bedankt voor je aanmelding[.!]?|obrigad[oa] por (?:se inscrever|assinar)[.!]?|adresse e-?mail invalide|ungültige e-?mail-adresse|correo (?:electrónico )?(?:no válido|inválido))$/iu;
/** `Your information is being handled in accordance with the … Privacy Collection Statement.`: a sign-up form's privacy line. */
const FORM_PRIVACY = unicodeWords(/^(?:your (?:information|data|personal (?:information|data)|e-?mail(?: address)?) (?:is|will be) (?:being )?(?:handled|used|processed|stored) in accordance with\b.{0,120}|(?:vos|tes) données (?:personnelles )?sont traitées conformément à\b.{0,120}|ihre daten werden gemäß\b.{0,120})$/iu);

/** `By signing up, you agree to our Terms of Use`, `בהרשמה אני מאשר/ת את תנאי השימוש`: the consent under a sign-up button. */
const SIGN_UP_TERMS = unicodeWords(
  /^(?:by (?:signing up|subscribing|registering|clicking (?:sign up|subscribe|submit))|en vous inscrivant|en (?:vous )?abonnant|mit (?:der|ihrer) anmeldung|mit dem abonnieren|al (?:suscribirte|suscribirse|registrarte|registrarse)|iscrivendoti|registrandoti|door (?:je|u) (?:in te schrijven|aan te melden)|ao (?:se )?(?:inscrever|subscrever|assinar)|בהרשמה)\b.{0,200}\b(?:terms|conditions|privacy|policy|datenschutz\w*|nutzungsbedingungen|términos|privacidad|termini|voorwaarden|privacyverklaring|termos|privacidade|תנאי|מדיניות)\b.{0,200}$/iu,
);

/** `Slate is published by The Slate Group, a Graham Holdings Company.`: who owns the site. */
const OWNERSHIP = /^\p{Lu}[\p{L}\p{N} .&'’-]{1,40} is (?:published|owned|operated) by \p{Lu}.{1,80}$/u;
/** `Acasă » Actualitate » Social`, `Wyborcza.pl › Kraków › Wiadomości`: a breadcrumb trail on one line. */
const BREADCRUMB = {
  // (Not a quotation in »…« or «…»: every part short, separators spaced.)
  test: (text: string) =>
    // `Home | Whitstable | News | Article`: a trail from the home page, its steps between bars or slashes.
    (HOME_PAGE_THEN_STEP.test(text) &&
      text.split(/\s+[|/]\s+/u).length >= 3 &&
      text.split(/\s+[|/]\s+/u).every((part) => wordCount(part) <= 4)) ||
    (/^[^»›>«‹]{1,40}(?:\s[»›>]\s[^»›>«‹]{1,40}){1,6}$/u.test(text) && text.split(/\s[»›>]\s/u).every((part) => wordCount(part) <= 4) && !/[.!?]$/u.test(text)) ||
    // `Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter`: a trail of
    // three short steps or more, ending in the page's own title.
    (/^[^»›>«‹]{1,40}(?:\s[»›>]\s[^»›>«‹]{1,40}){2,6}\s[»›>]\s[^»›>«‹]{1,160}$/u.test(text) &&
      text.split(/\s[»›>]\s/u).slice(0, -1).every((part) => wordCount(part) <= 4)) ||
    // (`Business News›News›Economy›Foreign Trade›Exporters may get …`: the same, its steps unspaced; only `›`,
    // which prose does not write, three times at least.)
    (/^[^›«‹]{1,40}(?:›[^›«‹]{1,40}){2,6}›[^›«‹]{1,160}$/u.test(text) && text.split('›').slice(0, -1).every((part) => wordCount(part) <= 4)) ||
    // (`Hindi News › बिहार न्यूज़ › Patna AQI crosses 300, …`: two short steps before the title are a trail too when
    // the separator is `›` or `>`, which prose does not write spaced, unlike the French closing `»`.)
    (/^[^»›>«‹]{1,40}\s[›>]\s[^»›>«‹]{1,40}\s[›>]\s[^»›>«‹]{1,160}$/u.test(text) && text.split(/\s[›>]\s/u).slice(0, -1).every((part) => wordCount(part) <= 4)),
};
/**
 * `< sekcia Regióny`, `← Back to News`, `‹ Économie`: an arrow and a few words, the link back to the
 * section. (Not `«Title»`, a quotation: nothing closes the arrow.)
 */
const BACK_LINK = /^(?:<|‹|←|«|⟵|⇐)\s*[^\s«»‹›<>][^«»‹›<>.!?]{0,40}$/u;
/** A screen reader's list landmarks copied as text: `list 2 of 4`, `end of list`. */
const LIST_LANDMARK = /^(?:(?:start|end) of list|list \d+ of \d+|item \d+ of \d+|\d{1,2} (?:of|de|von|di|van|z|av|af) \d{1,2})$/iu;
/** A video player's dialog, read out as text: `This is a modal window.`, `Beginning of dialog window. …`. */
const PLAYER_DIALOG = /^(?:video (?:loading|unavailable)|the video will start in \d{1,2}|play now|this is a modal window\.?|(?:beginning|end) of dialog window\b.{0,80}|no compatible source was found for this media\.?|the media could not be loaded\b.{0,80})$/iu;
const LOADING = /^(?:loading|chargement|wird geladen|laden|cargando|caricamento|carregando|ładowanie|読み込み中)(?:\s*\.{3}|…)?$/iu;

const CALL_TO_ACTION =
  unicodeWords(/^(?:explore (?:all (?:your|our) (?:options|newsletters)|more newsletters|our newsletters)|hazte soci[oa]|become a (?:member|subscriber|supporter)|devenez (?:abonné|membre)|werden sie (?:mitglied|abonnent)|diventa soci[oa]|word lid|torne-se (?:sócio|assinante)|catch (?:all )?the latest|sign me up|enter (?:your )?(?:e-?mail|address)|quiero recibirlo|je m['’]inscris|ich möchte|participe|junte-se|haz clic|haga clic|y recuerda que|(?:support|subscribe|donate|join|give|sign up|register|buy|shop|apply|contribute) now|make a (?:donation|contribution|gift)|faire un don|haz una donación|fai una donazione|doe een donatie|faça uma doação|claim (?:offer|now|your (?:offer|discount|deal))|contribute as little as|can['’]t afford to (?:donate|contribute)|submit (?:a|an|your)|sign up|signup|subscribe|join (?:us|our|the conversation|\d)|get (?:the|our|unlimited|full|access|breaking|alerts|\d)|download|follow (?:us|our|the latest)|click|tap|try (?:it|our|\d)|support (?:us|our|independent|quality)|support\b.{0,30}\bjournalism|donate|register (?:now|for)|become a|unlock|start your|upgrade|enter your|create (?:an|your) account|already (?:a|have an)|have a (?:confidential )?tip|send us|contact us|watch(?: now| live|:)|watch (?:the latest|more|full|the full)\b.{0,80}\b(?:on|at)\b|stream (?:it |them |live )?(?:for )?free\b|listen to (?:our|the podcast)|read (?:our|the full)|see (?:more|all)|view (?:more|all)|explore (?:more|our)|discover (?:more|our)|find out more|learn more|mehr erfahren|en savoir plus|saber más|scopri di più|meer weten|lees meer|like us|add .{1,40} (?:on|to) (?:google|your)|don['’]t miss|never miss|stay (?:informed|up to date|updated)|abonnez-vous|inscrivez-vous|suivez|téléchargez|recevez|rejoignez|découvrez|profitez|soutenez|créez|connectez-vous|abonnieren sie|melden sie sich|folgen sie|laden sie|holen sie|lesen sie (?:auch|mehr)|jetzt (?:\d+ \p{L}+ )?(?:kostenlos |gratis )?(?:abonnieren|lesen|testen|anmelden|bestellen|registrieren|sichern|unterstützen|spenden|kommentieren|mitdiskutieren)|why you can trust\b|sostieni\b|support (?:the|our) (?:guardian|times|post|journalism)|prenumerera|registrera dig|skriv upp dig|tilmeld dig|meld deg på|abone olun?|üye ol|kaydol|entdecken sie|unterstützen sie|suscríbete|suscribete|regístrate|síguenos|siguenos|descarga|recibe|únete|apúntate|iscriviti|abbonati|seguici|scarica|ricevi|scopri|schrijf je in|meld je aan|abonneer|volg ons|download de|ontvang|assine|inscreva-se|siga|baixe|receba|cadastre-se|zapisz się|subskrybuj|obserwuj nas|pobierz|iratkozzon fel|iratkozz fel|kövessen minket|segueix|subscriu-te|subscriu-t['’]hi|descarregue|transfira a app|urmărește|urmăriți|urmăreşte|urmăriţi)\b/iu);

/** `【関連記事】…`: a bracketed label in front of a link. */
const BRACKETED_LINK = /^(?:【(?:関連|関連記事|関連ニュース|おすすめ|あわせて読みたい|特集|動画|速報|写真特集|解説|続報)】|\[관련\s?기사\])/u;

/** `Supported by`, `Sponsored by Acme`, `Presented by …`: sponsorship labels. */
/** `Add to myFT`, `Add to favourites`: following prompts. */
const ADD_TO = /^add to (?:my\s?\w*|favou?rites|reading list|watchlist|saved)$/iu;

const SPONSOR = anyOf(
  /^(?:supported by|sponsored by|presented by|in partnership with|paid for by|brought to you by|promoted by|en partenariat avec|präsentiert von|patrocinado por|in collaborazione con|mogelijk gemaakt door)(?:\s.{1,40})?$/iu,
  // (`US & Canada is sponsored by`: the section's label, with the sponsor's logo after it.)
  /^.{1,40}\s(?:is|are) (?:sponsored|supported|presented|brought to you) by:?$/iu,
);

/** `… click here to join`, `clicca qui`, `cliquez ici`: a prompt wherever it stands in the line. */
const CLICK_HERE =
  unicodeWords(/^(?:find|read|see|get|discover) (?:more|all|the full|our)\b.{0,80}\bhere\.?$|\b(?:finden|lesen) sie (?:auf|unter|bei) [\w.-]+\.(?:de|at|ch)\b|\b(?:click here|tap here|clicca qui|cliccare qui|cliquez ici|klicken sie hier|hier klicken|haga clic aquí|haz clic aquí|pincha aquí|klik hier|clique aqui|kliknij tutaj|こちらをクリック)\b/iu);

const LIST_OPENER =
  unicodeWords(/^(?:explore more( on these topics)?|more on (?:this|these) (?:story|stories|topics?)|more (?:from|in|stories|news|on)\b.{0,40}|(?:go|dig) deeper (?:into|on)\b.{0,50}|topics?|tags?|related( topics| articles?| stories| story| content| coverage| news| links)?|read more from [^:]{1,30}:|more from [^:]{1,30}:|written by|benzer haberler|relaterede artikler|relaterte saker|relaterade artiklar|aiheeseen liittyvät|audiobeitrag|videobeitrag|bildbeitrag|most (?:read|viewed|popular|shared|commented|watched)|mais (?:assistidos|vistos)|más vistos|les plus vus|più visti|meistgesehen|(?:vídeos|videos|vidéos)\s*:\s*(?:mais assistidos|más vistos|les plus vus).{0,40}|autres articles(?: de la rubrique)?.{0,40}|more articles (?:from|in) .{1,40}|weitere artikel (?:aus|der rubrik) .{1,40}|otros artículos de .{1,40}|altri articoli (?:di|della sezione) .{1,40}|popular( now)?|trending( now| stories)?|top stories|latest( news| stories)?|recommended( for you| stories)?|you (?:might|may) (?:also )?like|editor['’]s picks|up next|what to read next|more to explore|in other news|in case you missed it|around the web|from our partners|the latest|also on|(?:auch auf|aussi sur|también en|anche su|ook op|também em)\b.{1,30}|sections|more to read|más información|plus d['’]informations|mais informações|meer informatie|weitere informationen|maggiori informazioni|explore more topics|about the authors?|site navigation|recommended stories|à propos de l['’]auteur|über (?:den|die) autor(?:in)?|sobre (?:el|la|o|a) autora?|l['’]autore|over de auteur|o autorze|les plus lus|les plus partagés|mots-clés|thèmes|meistgelesen|meistgelesene artikel|mehr aus|themen|schlagworte|lo más leído|más leídas|lo más visto|temas|etiquetas|i più letti|più letti|argomenti|ultime notizie|meest gelezen|onderwerpen|gerelateerd|mais lidas|mais lidos|tópicos|relacionadas|najczęściej czytane|tematy|おすすめ記事|アクセスランキング|ランキング|新着記事|最新ニュース|人気記事|この記事を書いた人|トピックス|キーワード|contents|table of contents|in this (?:article|story)|seguí leyendo|seguir leyendo|sigue leyendo|continuar leyendo|continue lendo|disclosure statement|partners|our partners|related\.{0,3}|more for you|more must-reads(?: from .{1,20})?|læs også|læs mere|관련\s?기사|많이 본 뉴스|doporučujeme|luetuimmat|mest läst|mest lest|mest læste|najczęściej czytane|nejčtenější|en çok okunanlar|δημοφιλή|índice|indice|sommaire|inhalt|inhaltsverzeichnis|inhoud|spis treści|innehåll|indhold|innhold|içindekiler|目次)\s*[:|]?$/iu);

const COMMENTS_OPENER =
  unicodeWords(/^(?:\d[\d.,]*\s+)?(?:there are no comments yet\b.{0,60}|be the first to comment\b.{0,30}|how does this (?:article|story) make you feel\??|how does this make you feel\??|comments?|join the conversation|conversation|show comments|view comments|read comments|reader comments|leave a comment|discussion|kommentare lesen|lire les commentaires|leer comentarios|leggi i commenti|lees de reacties|ler comentários|commentaires|réactions|kommentare|leserkommentare|diskussion|comentarios|commenti|reacties|comentários|komentarze|comment guidelines|community guidelines|commenting guidelines|commenting policy|comment policy|diskuse|diskusia|dyskusja|keskustelu|kommentit|hozzászólások|comentarii|komentar|yorumlar|kommentarer|コメントプラス|コメント)(?:\s*\(\d[\d.,]*(?:\s+(?:beitr[äa]ge?|comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|comentários|komentarz[ey]?|réactions?|replies|antworten))?\))?\s*:?$/iu);

/** `Comments are not available on this story.`: the comment section's place, closed; or its disclaimer (`Comments expressed here do not reflect …`). */
const COMMENTS_CLOSED =
  /^(?:(?:the )?comments (?:are|have been) (?:closed|not available|unavailable|disabled|turned off)|(?:the )?(?:comments|views|opinions) expressed (?:here|in (?:the |these )?comments|by (?:readers|commenters))\b.{0,40}\b(?:do not|don['’]t) (?:necessarily )?reflect|comments (?:under|on|for|to) this (?:story|article|post) (?:are|have been) (?:closed|disabled|turned off)|commenting (?:is|has been) (?:closed|disabled|turned off|not available)|(?:die )?kommentar(?:e|funktion) (?:sind|ist) (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|désactivés)|los comentarios (?:están|han sido) (?:cerrados|desactivados)|i commenti sono (?:chiusi|disabilitati)|os comentários (?:estão|foram) (?:fechados|encerrados|desativados)|reageren is (?:niet (?:meer )?mogelijk|gesloten))\b.{0,120}$/iu;

const SITE_FOOTER =
  /^(?:copyright policy|copyright|about copyright|著作権について|about us|contact us|contact|privacy( policy| notice)?|cookie(s| policy| settings| preferences)?|terms( of (use|service)| and conditions)?|accessibility( statement)?|help|careers|jobs|advertise( with us)?|site ?map|newsletters|rss|imprint|impressum|datenschutz(erklärung)?|kontakt|mentions légales|politique de confidentialité|gérer les cookies|aviso legal|política de privacidad|política de cookies|contacto|chi siamo|note legali|informativa privacy|colofon|privacyverklaring|sobre nós|política de privacidade|termos de uso|polityka prywatności|regulamin|利用規約|プライバシーポリシー|お問い合わせ|会社概要)$/iu;

const COOKIE = /\b(?:cookies?|consent|privacy settings|datenschutzeinstellungen|consentement|traceurs)\b.{0,300}\b(?:accept|agree|manage|settings|akzeptieren|accepter|aceptar|accetta|accepteren|aceitar)/iu;

/** One test that passes when any of several does. */
function anyOf(...tests: LineTest[]): LineTest {
  return { test: (text) => tests.some((t) => t.test(text)) };
}

/** `Skip to Related Content`, `Skip to comments`: in English a skip link names any part of the page. */
const SKIP_TO_ANY = /^(?:skip|jump) to (?:[\p{L}-]+ ?){1,3}$/iu;
/** `Aller au menu principal`, `Zum Inhalt springen`, `Přejít na obsah`: skip links, in any of these languages. */
const SKIP_LINK =
  /^(?:skip|jump|go|aller|passer|ir|saltar|vai|vai direttamente|naar|ga naar|spring naar|pular|przejdź|přejít|preskočiť|hoppa|gå|hopp|içeriğe)\s+(?:directly\s+)?(?:to|au|à la|à l['’]|à|aux|al|a la|a|alla|all['’]|ao|à|para o|para a|naar de|naar het|do|na|til|till)?\s*(?:the\s+|le\s+|la\s+|les\s+)?(?:main\s+|principal\s+|hlavní\s+)?(?:content|contenu|contenido|contenuto|conteúdo|inhoud|treści|obsah|innehåll|indhold|innhold|navigation|navegación|navigazione|navigatie|navegação|nawigacji|navigaci|menu|menú|menü|search|recherche|búsqueda|ricerca|zoeken|busca|wyszukiwarki|vyhledávání|sök|søg|søk|footer|pied de page|pie de página|piè di pagina|rodapé|stopki|patičku|article|l['’]article|artículo|articolo|artikel|artigo|artykułu|článek)(?:\s+(?:principal|principale|principal|główn\w*|hlavní))?$/iu;

/**
 * Skip links as the common site templates translate "Skip to content" into the languages the list
 * above does not reach, or in word orders it does not have (`Direkt zum Inhalt`, `Ugrás a
 * tartalomhoz`, `Μετάβαση στο κύριο περιεχόμενο`, `Перейти к содержанию`, `본문 바로가기`).
 */
const SKIP_LINK_PHRASE = unicodeWords(
  /^(?:direkt zum inhalt|zum hauptinhalt|spring til (?:indhold|hovedindhold)|ugrás a (?:fő ?)?tartalomhoz|siirry (?:pää)?sisältöön|(?:sari|treci|salt) la conținut(?:ul principal)?|(?:preskoči|idi|pređi) na (?:glavni )?sadržaj|(?:skoči|preskoči) na (?:glavno )?vsebino|(?:praleisti ir )?pereiti prie (?:pagrindinio )?turinio|(?:izlaist un )?pāriet uz (?:galveno )?saturu|(?:mine|liigu|hüppa) (?:põhi)?sisu(?:ni| juurde)|fara (?:beint )?í (?:meg)?efni|(?:ana )?içeriğe (?:geç|atla)|langsung ke (?:konten|isi)(?: utama)?|(?:lompat|loncat|lewati) ke (?:konten|kandungan|isi)(?: utama)?|chuyển (?:đến|tới) nội dung(?: chính)?|μετάβαση (?:στο|στην) (?:κύριο )?(?:περιεχόμενο|πλοήγηση)|μεταβείτε στο (?:κύριο )?περιεχόμενο|перейти (?:к|до) (?:основному |основного )?(?:содержанию|содержимому|контенту|вмісту|змісту)|перайс(?:ьц|ц)і да (?:асноўнага |галоўнага )?(?:зьместу|змесціва|зместу|галоўнай навігацыі|навігацыі)|(?:премини|прескочи) (?:към|на) (?:основното )?съдържани(?:ето|е)|към съдържанието|прескочи на (?:главни )?садржај|דלג(?:ו)? (?:ל|אל ה)תוכן(?: הראשי)?|דילוג לתוכן(?: הראשי)?|(?:انتقل|تخطى|تجاوز|الانتقال) (?:إلى|الى) (?:المحتوى|المحتويات)(?: الرئيسي)?|(?:پرش|رفتن) به (?:محتوا|محتوای اصلی)|(?:मुख्य )?सामग्री पर (?:जाएं|जाएँ)|ข้ามไป(?:ที่|ยัง)เนื้อหา(?:หลัก)?|メインコンテンツへ(?:スキップ|移動)|本文へ(?:スキップ|移動)?|跳(?:到|至|轉到)(?:主要)?(?:内容|內容|正文)|본문(?:으로)? 바로\s?가기)$/iu,
);

/** `Share on Pinterest`, `Share via Email`, `Back to MSN home`, `Partager sur Facebook`. */
const SHARE_ON =
  unicodeWords(/^(?:share|post|pin|send|tweet|email|partager|teilen|compartir|condividi|delen|compartilhar|partilhar|udostępnij|dela|del|paylaş)(?: this (?:item|article|story|post|page))?\s+(?:on|to|via|with|by|sur|par|auf|per|en|por|su|op|no|na|på|ile)\s+\p{L}[\p{L}+ ]{0,20}$|^(?:\S+\s+)?back to\b.{1,30}\bhome$/iu);

/** `Jump to navigation Jump to search`: buttons copied onto one line, without separators. */
function isButtonRun(text: string): boolean {
  // (`X (Twitter)`: a button's former name in brackets is one more word of the row.)
  const words = text.toLowerCase().replace(/\u0307/gu, '').replace(/[()]/gu, '').split(/\s+/);
  if (words.length < 2 || words.length > 12) return false;
  // ends[i]: the first i words split into whole button labels.
  const ends: boolean[] = [true];
  for (let i = 1; i <= words.length; i++) {
    ends[i] = false;
    for (let j = Math.max(0, i - 5); j < i && !ends[i]; j++) ends[i] = !!ends[j] && SHARE_SET.has(words.slice(j, i).join(' '));
  }
  return !!ends[words.length] && !SHARE_SET.has(words.join(' '));
}

/** `Normal text size`, `Very large text size`, `Schriftgröße`: the page's text-size control. */
const TEXT_SIZE = unicodeWords(/^(?:a[+-]?\s){1,3}a[+-]?$|^(?:(?:normal|default|small|smaller|medium|large|larger|very large|extra large|increase|decrease|reset)\s)?(?:text|font)[- ]size(?:\s(?:normal|small|smaller|medium|large|larger|very large))?$|^(?:schriftgröße|textgröße|taille du texte|taille de police|tamaño de (?:letra|texto|fuente)|dimensione (?:del )?testo|tekstgrootte|lettergrootte|tamanho (?:da letra|do texto)|rozmiar (?:tekstu|czcionki)|tekststørrelse|textstorlek|tekstin koko)(?:\s.{1,20})?$|^(?:.{0,20}\s)?(?:எழுத்துரு அளவு|फ़ॉन्ट (?:साइज़|आकार)|फॉन्ट साइज|ফন্টের আকার|അക്ഷര വലിപ്പം|ఫాంట్ సైజ్|ಫಾಂಟ್ ಗಾತ್ರ|字体大小|字體大小|文字サイズ|글자 ?크기)(?:\s.{1,20})?$/iu);

const SHARE_BUTTON: LineTest = {
  // `İ` lowers to `i` and a combining dot: the dot goes, so Turkish buttons match.
  test: (text) => TEXT_SIZE.test(text) || SHARE_ON.test(text) || SKIP_LINK.test(text) || SKIP_LINK_PHRASE.test(text) || SKIP_TO_ANY.test(text) || isButtonRun(text) || SHARE_SET.has(text.toLowerCase().replace(/\u0307/gu, '').replace(/[\s:·•|›»()[\]!.…]+$/u, '').replace(/^[\s·•|()[\]«‹]+/u, '')),
};

/** A call to action is short; a sentence in the story may start with the same verb. */
const SHORT_CALL_TO_ACTION: LineTest = {
  test: (text) => {
    const words = text.replace(/^[^\p{L}\p{N}]+/u, '');
    return CALL_TO_ACTION.test(words) && wordCount(words) <= 25 && !/["“”«»]/u.test(words);
  },
};

/** In order: the first rule that matches names the line. */
export const FURNITURE_RULES: FurnitureRule[] = [
  { name: 'furniture:button', reason: 'share, save or other button (site furniture)', pattern: anyOf(SHARE_BUTTON, ADD_TO) },
  { name: 'furniture:advert', reason: 'advertisement marker (site furniture)', pattern: ADVERT },
  { name: 'furniture:reading-time', reason: 'reading or listening time (site furniture)', pattern: anyOf(READING_TIME, READING_TIME_SENTENCE, READING_TIME_PERSO_ARABIC, READING_TIME_INDIC) },
  { name: 'furniture:comments', reason: 'comments section (site furniture)', pattern: anyOf(COMMENTS_OPENER, COMMENTS_CLOSED), endsArticle: true },
  { name: 'furniture:comment-prompt', reason: 'the site asking for comments (site furniture)', pattern: COMMENT_PROMPT },
  { name: 'furniture:count', reason: 'a count (comments, shares) standing alone (site furniture)', pattern: COUNT },
  { name: 'furniture:story-length', reason: 'the story’s length in words or characters (site furniture)', pattern: STORY_LENGTH },
  { name: 'furniture:read-count', reason: 'how often the page was read (site furniture)', pattern: READ_COUNTER },
  { name: 'furniture:print-edition', reason: 'the printed issue and page the story ran in (site furniture)', pattern: PRINT_EDITION },
  { name: 'furniture:embed-consent', reason: 'an embed held back for consent (site furniture)', pattern: EMBED_CONSENT },
  { name: 'furniture:licensing', reason: 'a link to buy rights to the story (site furniture)', pattern: LICENSING },
  { name: 'furniture:affiliate', reason: 'an affiliate-link disclosure (site furniture)', pattern: { test: (text: string) => AFFILIATE.test(text) && wordCount(text) <= 40 } },
  // (The site's `we`: an author who asks readers to report mistakes in their own post is writing the story.)
  { name: 'furniture:error-policy', reason: 'the site’s corrections policy (site furniture)', pattern: { test: (text: string) => ERROR_POLICY.test(text) && SITE_FIRST_PERSON.test(text) } },
  { name: 'furniture:related-link', reason: 'link to another story (site furniture)', pattern: anyOf({ test: isLabelledLink }, { test: isRunOnLink }, BRACKETED_LINK) },
  { name: 'furniture:related', reason: 'topic or related-article list (site furniture)', pattern: anyOf(LIST_OPENER, { test: isReadAlsoLabel }), startsList: true },
  { name: 'furniture:sponsor', reason: 'sponsorship label (site furniture)', pattern: SPONSOR },
  { name: 'furniture:paywall', reason: 'subscription label (site furniture)', pattern: anyOf(PAYWALL, PAYWALL_TEXT, BRAND_PLUS, BRAND_PLUS_SLOGAN, SUBSCRIPTION_OFFER) },
  { name: 'furniture:site-footer', reason: 'site footer link (site furniture)', pattern: SITE_FOOTER },
  { name: 'furniture:cookie', reason: 'cookie notice (site furniture)', pattern: COOKIE },
  { name: 'furniture:pitch', reason: 'donation, membership or newsletter pitch (site furniture)', pattern: PITCH },
  { name: 'furniture:avatar', reason: 'the alt text of an author’s photo (site furniture)', pattern: AVATAR },
  { name: 'furniture:social', reason: 'social or messaging channel prompt (site furniture)', pattern: SOCIAL_PROMO },
  { name: 'furniture:loading', reason: 'loading placeholder (site furniture)', pattern: anyOf(LOADING, PLAYER_DIALOG) },
  { name: 'furniture:form', reason: 'a sign-up form’s field or message (site furniture)', pattern: anyOf(FORM_FIELD, FORM_PRIVACY, SIGN_UP_TERMS) },
  { name: 'furniture:player', reason: 'a media player’s link or length (site furniture)', pattern: WATCH_ON },
  { name: 'furniture:support-us', reason: 'a plea for support (site furniture)', pattern: anyOf(SUPPORT_US, SUPPORT_THE_SITE) },
  { name: 'furniture:report-error', reason: 'error-report link (site furniture)', pattern: REPORT_ERROR },
  { name: 'furniture:breadcrumb', reason: 'breadcrumb trail (site navigation)', pattern: BREADCRUMB },
  { name: 'furniture:back-link', reason: 'link back to the section (site navigation)', pattern: { test: (text) => BACK_LINK.test(text) && wordCount(text) <= 5 } },
  { name: 'furniture:ownership', reason: 'who owns the site (site furniture)', pattern: OWNERSHIP },
  { name: 'furniture:list-landmark', reason: 'a screen reader’s list marker copied as text (site furniture)', pattern: LIST_LANDMARK },
  { name: 'furniture:audio-player', reason: 'audio player (site furniture)', pattern: anyOf(LISTEN, { test: (text: string) => AUDIO_VERSION.test(text) && wordCount(text) <= 30 }) },
  { name: 'furniture:ai-notice', reason: 'the site’s AI summary or voice announcing itself (site furniture)', pattern: anyOf(AI_NOTICE, SUMMARY_POINTER) },
  { name: 'furniture:newsletter', reason: 'newsletter box (site furniture)', pattern: NEWSLETTER },
  { name: 'furniture:label-value', reason: 'topic or tag label (site furniture)', pattern: LABEL_VALUE },
  { name: 'furniture:more', reason: 'a "show more" button (site furniture)', pattern: SHOW_MORE },
  { name: 'furniture:video', reason: 'video teaser (site furniture)', pattern: anyOf(VIDEO, CONTINUES_AFTER), startsList: true },
  {
    // `Toshkent +6°`, `USD 12 045.50`, `RUB 158.40 ▲`, `USD ЦБ 78,42` (the rate's source), `EUR/USD 1.0812`: the header's weather and exchange-rate widgets.
    // (A currency's sign alone, `£18,000`, is a figure the story may give on a line of its own.)
    name: 'furniture:widget',
    reason: 'a weather or exchange-rate widget (site furniture)',
    pattern: /^(?:\p{L}[\p{L} .'’-]{0,30}\s*[+−-]?\d{1,2}(?:[.,]\d)?\s*°\s*[CF]?|(?:USD|EUR|GBP|RUB|CNY|JPY|CHF|TRY|UAH|KZT|UZS|INR|AED|SAR|BRL|MXN|ARS|PLN|CZK|HUF|RON|SEK|NOK|DKK|KRW|HKD|SGD|AUD|CAD|ZAR|NGN|EGP|ILS|THB|IDR|PHP|BTC|ETH)(?:\s*\/\s*\p{Lu}{3})?(?:\s+\p{L}{1,6}\.?)?\s*[=:]?\s*\d[\d\s.,]*(?:\s*[▲▼↑↓+−-]\s*[\d.,]*%?)?)$/u,
  },
  {
    // `{copyShortcut} to copy`, `{{ count }} comments`: a template's placeholder the page never filled in, in a short line.
    name: 'furniture:template',
    reason: 'a line of the site’s template with an unfilled placeholder (site furniture)',
    pattern: /^(?=.{0,80}$).*\{\{?\s*[A-Za-z_$][\w.$]{1,40}\s*\}\}?/u,
  },
  {
    name: 'furniture:symbols',
    reason: 'symbols, an address or a link standing alone (site furniture)',
    pattern: /^(?:[^\p{L}\p{N}]+|(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|@\w+)$/u,
  },
  {
    // `- Source: CNN` under a video teaser: a credit with nothing to credit in the text.
    name: 'furniture:credit-item',
    reason: 'credit of a video or image that is not in the text (site furniture)',
    pattern: /^[-•*–]\s+(?:source|quelle|fuente|fonte|bron|credit|crédit|photo|foto|video|vídeo)\s*:\s*\S.{0,60}$/iu,
  },
  {
    name: 'furniture:call-to-action',
    reason: 'call to action: newsletter, app or social prompt (site furniture)',
    pattern: anyOf(CLICK_HERE, SHORT_CALL_TO_ACTION, THANKS, PLAYER_OR_APP),
  },
];

/** Markup copied as text (a `<noscript>` fallback, an ad's code): never words of the story, at any length. */
export const MARKUP: FurnitureRule = {
  name: 'furniture:markup',
  reason: 'HTML markup copied as text (site furniture)',
  pattern: /^<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?|!--.*--)>/iu,
};

/** The site's legal notice, at any length: `By using this site, you consent to our User Agreement …`. */
const LEGAL_NOTICE: FurnitureRule = {
  name: 'furniture:legal',
  reason: 'the site’s legal notice (site furniture)',
  pattern:
    // (`* I understand and agree that registration on or use of this site constitutes agreement to its user agreement …`.)
    /(?:^|\s)(?:registration on or use of|use of|using) (?:this|our) (?:site|website) constitutes (?:acceptance|agreement)\b|^(?:by (?:using|continuing to use|accessing) (?:this|our) (?:site|website|service)|en (?:utilisant|poursuivant votre navigation sur) ce site|durch die nutzung (?:dieser|unserer) (?:website|seite|webseite)|al (?:utilizar|usar|navegar por) (?:este|nuestro) (?:sitio|portal|web)|utilizzando (?:questo|il nostro) sito|door (?:deze|onze) (?:site|website) te gebruiken|ao (?:utilizar|usar) (?:este|o nosso) (?:site|portal))\b/iu,
};

/** The site about itself, at any length: `The Associated Press is an independent global news organization …`, `Newsweek is committed to …`. */
/** `independent` in the languages of the pages (any ending). */
const INDEPENDENT = '(?:independ\\p{L}*|indépendant\\p{L}*|unabhängig\\p{L}*|indipendent\\p{L}*|niezależn\\p{L}*|nezávisl\\p{L}*|független|onafhankelijk\\p{L}*|oberoende|uavhengig|uafhængig|riippumaton|ανεξάρτητ\\p{L}*|независим\\p{L}*|незалежн\\p{L}*|bağımsız)';
/** A publication or newsroom, in the same languages. */
const PUBLICATION = '(?:publica\\p{L}*|pubblicazione|publikacj\\p{L}*|médium|medium|média|medio|mezzo|redac\\p{L}*|rédaction|redaktion|zeitung|journal|jornal|giornale|portal|portál|site|sitio|sito|newsroom|gazet\\p{L}*|издание|видання|μέσο)';
const ABOUT_THE_SITE: FurnitureRule = {
  name: 'furniture:about-the-site',
  reason: 'the site describing itself (site furniture)',
  pattern: anyOf(
    unicodeWords(/^(?:The )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3} (?:is (?:an?|the) (?:independent|nonprofit|non-profit|leading|global|award-winning|trusted|reader-funded|reader-supported)\b.{0,60}\b(?:news|media|journalism|publisher|organization|organisation|newsroom)|is committed to (?:challenging|providing|delivering|independent|fact-based|quality))\b\b/u),
    // (`G4Media este o publicație independentă …`: in other languages, a name, its verb "is", "independent" and a publication, in either order.)
    unicodeWords(
      new RegExp(
        `^(?=.{0,200}$)\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3} (?:est|ist|es|è|é|jest|este|je|är|er|on|είναι|является|є|bir)\\b.{0,40}(?:\\b${INDEPENDENT}\\b.{0,80}\\b${PUBLICATION}|\\b${PUBLICATION}\\p{L}*\\s(?:\\p{L}+\\s)?${INDEPENDENT})`,
        'u',
      ),
    ),
  ),
};

/**
 * A sign-up box's small print, which runs past the length of other furniture: `We use your sign-up
 * to provide content in ways you've consented to … You can unsubscribe at any time. Read our Privacy Policy`.
 */
const SIGN_UP_SMALL_PRINT: FurnitureRule = {
  name: 'furniture:pitch',
  reason: 'a sign-up box’s small print (site furniture)',
  pattern: {
    test: (text: string) =>
      wordCount(text) <= 120 &&
      !QUOTED.test(text) &&
      (SMALL_PRINT.test(text) || /\b(?:we use your sign-up|by signing up,? you agree|by providing an e-?mail address)\b/iu.test(text)) &&
      (SECOND_PERSON.test(text) || SITE_FIRST_PERSON.test(text)),
  },
};

/** The rules that hold at any length (markup, legal notices, the site about itself, sign-up small print); the others are for short lines. */
export function matchAnyLengthFurniture(text: string): FurnitureRule | undefined {
  return [MARKUP, LEGAL_NOTICE, ABOUT_THE_SITE, SIGN_UP_SMALL_PRINT].find((rule) => rule.pattern.test(text));
}

/**
 * The last line asked about and its answer: a line is often asked about twice in a row (the text
 * reader's features, then the byline's parts when the line has no bar), and the rules are most of
 * the cost of reading a page.
 */
let lastAsked: { text: string; rule: FurnitureRule | undefined } | undefined;

export function matchFurniture(text: string): FurnitureRule | undefined {
  if (lastAsked?.text === text) return lastAsked.rule;
  const rule = findFurniture(text);
  lastAsked = { text, rule };
  return rule;
}

function findFurniture(text: string): FurnitureRule | undefined {
  const anyLength = matchAnyLengthFurniture(text);
  if (anyLength) return anyLength;
  if (text.length > 320) return undefined;
  // Screen-reader hints copied with a link: `Purchase Licensing Rights, opens new tab`. (`İ` is
  // read as `I`: Turkish capitals have no simple lower case that the patterns' `i` flag folds.)
  // (`▶ 관련기사 : …`, `■ Read more: …`: an arrow or a square in front marks a link, not an item of the author's list.)
  const line = text
    .replace(/İ/gu, 'I')
    .replace(/,? ?\(?opens (?:in )?(?:a )?new (?:tab|window)\)?$/iu, '')
    .replace(/^[▶►▸▷■□◆◇▲△→⇒]\s*/u, '');
  const rule = FURNITURE_RULES.find((r) => r.pattern.test(line));
  if (rule) return rule;
  // A row of buttons copied as one line: `Advertisement · Scroll to continue`.
  const parts = line.split(/\s+[·•|]\s+/u);
  if (parts.length < 2) return undefined;
  const first = matchFurniture(parts[0] as string);
  return first && parts.slice(1).every((part) => matchFurniture(part)) ? first : undefined;
}

/**
 * After a list-starting rule, a line continues the list while it is short and not a sentence.
 * (Nor an introduction: `Areas likely to be affected include:` opens the author's own list; a
 * headline never ends in a colon.)
 */
export function continuesFurnitureList(text: string): boolean {
  const words = text.split(/\s+/).length;
  return text.length <= 140 && !/[.!?]["”’]?$/.test(text) && words <= 20 && !(/:$/.test(text) && words >= 4);
}

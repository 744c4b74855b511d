/**
 * The news-text rules on the shapes large sites use, in several languages (issue: read any
 * news page copied from a browser). Each table row is a line as a browser copies it.
 */
import { describe, expect, it } from 'vitest';
import { measureBodyLine } from '../../src/readers/news-text/features.js';
import { readNewsText } from '../../src/readers/news-text/index.js';
import { agencyLine, ethiopicSignOff, isRoleAlone, matchRoleLine, parseByline, wireOpeningAuthors } from '../../src/readers/news-text/rules/byline.js';
import { creditlessCaption, japaneseCaption, matchCaption, matchCreditLine } from '../../src/readers/news-text/rules/caption.js';
import { matchFooter } from '../../src/readers/news-text/rules/footer.js';
import { matchFurniture } from '../../src/readers/news-text/rules/furniture.js';
import { matchSubheading } from '../../src/readers/news-text/rules/subheading.js';
import { parseReferenceDate } from '../../src/readers/shared/dates.js';
import { looksLikePersonName } from '../../src/readers/shared/person-names.js';
import { closingByline, openingByline, signatureLine } from '../../src/readers/shared/opening-byline.js';
import { isKnownPlace } from '../../src/readers/shared/places.js';
import { inlineText } from '../../src/tree/text.js';
import { type Unit, splitUnits } from '../../src/readers/news-text/units.js';

describe('furniture by shape, in many languages', () => {
  it.each([
    ['Listen 6 min', 'furniture:reading-time'],
    // The story's length in characters or words, beside its dates (`입력 : … | 본문 : 1,612자`).
    ['본문 : 1,612자', 'furniture:story-length'],
    ['1,240 words', 'furniture:story-length'],
    // `Advertisement` in Afrikaans, Icelandic, Catalan, Somali, Swahili, Amharic.
    ...['ADVERTENSIE', 'Auglýsing', 'Publicitat', 'Xayeysiis', 'Tangazo', 'ማስታወቂያ'].map((line): [string, string] => [line, 'furniture:advert']),
    ['पढ्न लाग्ने समय : ३ मिनेट', 'furniture:reading-time'],
    ['Read more in Daily Maverick: Rand Water warns Gauteng metros to cut consumption', 'furniture:related-link'],
    ['Mehr News aus Bochum:', 'furniture:related'],
    ['Business News›News›Economy›Foreign Trade›Exporters may get interest support till March 2028', 'furniture:breadcrumb'],
    ['Image attribution tooltip', 'furniture:button'],
    ['Կարդացեք նաև՝ Լոռու մարզում կվերանորոգվի 37 դպրոց', 'furniture:related-link'],
    ['ఇదీ చదవండి: వరి కొనుగోలు కేంద్రాల్లో టార్పాలిన్ల కొరత', 'furniture:related-link'],
    ['આ પણ વાંચો: સુરતમાં ડાયમંડના ભાવમાં ઘટાડો', 'furniture:related-link'],
    ['អានបន្ថែម៖ ពិធីបុណ្យអុំទូក', 'furniture:related-link'],
    ['सम्बन्धित समाचार', 'furniture:related'],
    ['Lecture 4 min.', 'furniture:reading-time'],
    ['Lesezeit: 3 Min.', 'furniture:reading-time'],
    ['02:13 - Source: CNN', 'furniture:reading-time'],
    ['Listen to this article · 7:14 min Learn more', 'furniture:audio-player'],
    ['128 comments', 'furniture:comments'],
    ['48 commentaires', 'furniture:comments'],
    ['17 videos', 'furniture:count'],
    ['Share full article', 'furniture:button'],
    ['Link Copied!', 'furniture:button'],
    ['Teilen', 'furniture:button'],
    ['▶ 관련기사 : 강릉커피축제 나흘간 23만명 찾았다', 'furniture:related-link'],
    ['이 기사가 마음에 드셨나요?', 'furniture:comment-prompt'],
    ['Μετάβαση στο κύριο περιεχόμενο', 'furniture:button'],
    ['Перейти к содержанию', 'furniture:button'],
    ['본문 바로가기', 'furniture:button'],
    ['Ugrás a tartalomhoz', 'furniture:button'],
    ['Přehrát video', 'furniture:button'],
    ['ΤΟ ΑΡΘΡΟ ΣΥΝΕΧΙΖΕΙ ΜΕΤΑ ΤΗΝ ΔΙΑΦΗΜΙΣΗ', 'furniture:advert'],
    ['保存して後で読む', 'furniture:button'],
    ['Add to myFT', 'furniture:button'],
    ['Прочетете още:', 'furniture:related'],
    ['Susiję straipsniai', 'furniture:related'],
    ['Weitere Nachrichten aus Erfurt:', 'furniture:related'],
    ['TE RECOMENDAMOS: Sacmex detecta más de 300 fugas en la red de Coyoacán', 'furniture:related-link'],
    ['Loe ka: Pärnu rannastaadioni renoveerimine saab alguse jaanuaris', 'furniture:related-link'],
    ['Lexo po ashtu: Komuna e Prishtinës ndalon qarkullimin në qendër', 'furniture:related-link'],
    ['Léigh freisin: Scoil nua le hoscailt i nGaoth Dobhair', 'furniture:related-link'],
    ['Aqra wkoll: Il-Kunsill Lokali jħabbar xogħlijiet ġodda', 'furniture:related-link'],
    ['Həmçinin oxuyun: Sumqayıtda yeni park açılıb', 'furniture:related-link'],
    ['Reklaam', 'furniture:advert'],
    ['โฆษณา', 'furniture:advert'],
    ['TALLA', 'furniture:advert'],
    ['إعلان', 'furniture:advert'],
    ['Tellijale', 'furniture:paywall'],
    ['Support HKFP', 'furniture:support-us'],
    ['Would you like to comment on this article?', 'furniture:comment-prompt'],
    ['Share this item on X', 'furniture:button'],
    ['Video Loading', 'furniture:loading'],
    ['Mehr erfahren', 'furniture:call-to-action'],
    ['Kommentare lesen (1 Beitrag)', 'furniture:comments'],
    ['Advertisement - Scroll to Continue', 'furniture:advert'],
    ['請繼續下滑閱讀', 'furniture:advert'],
    ['- Advertisement -', 'furniture:advert'],
    ['Like', 'furniture:button'],
    ['Leave a Reply', 'furniture:button'],
    ['Перайсьці да асноўнага зьместу', 'furniture:button'],
    ['ГЛЯДЗІЦЕ ТАКСАМА: Менск павялічыў кошт праезду', 'furniture:related-link'],
    ['Home | Whitstable | News | Article', 'furniture:breadcrumb'],
    ['Se ha producido un error al procesar el audio. Intente nuevamente.', 'furniture:form'],
    ['La rédaction vous recommande', 'furniture:related'],
    ['Abo', 'furniture:paywall'],
    ['Subscriu-t’hi', 'furniture:call-to-action'],
    ['a a a', 'furniture:button'],
    ['1.0x', 'furniture:player'],
    ['CLAIM OFFER', 'furniture:call-to-action'],
    ['Noch mehr aktuelle Nachrichten aus dem Landkreis Ebersberg finden Sie auf Merkur.de/Ebersberg.', 'furniture:call-to-action'],
    ['À voir également sur Le HuffPost :', 'furniture:related'],
    ['* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.', 'furniture:legal'],
    ['Read more: Storm leaves thousands without power', 'furniture:related-link'],
    ['Lire aussi | Le tramway de Lyon en retard', 'furniture:related-link'],
    ['Related article Oklahoma’s aging water systems face $4 billion repair bill', 'furniture:related-link'],
    ['【関連記事】京都市バス、新サービス', 'furniture:related-link'],
    ['Mehr zum Thema', 'furniture:related'],
    // One list of labels for the three shapes, compared without accents.
    ['A lire aussi : Perpignan : les halles Vauban rouvrent après trois mois de travaux', 'furniture:related-link'],
    ['Lire aussiMauritanie : à Nouadhibou, les usines de farine sous pression', 'furniture:related-link'],
    ['ExploreMARTA board picks new general manager after months-long search', 'furniture:related-link'],
    ['Czytaj również: Remont Wisłostrady. Utrudnienia potrwają do grudnia', 'furniture:related-link'],
    ['Læs også: Havnebussen får nye ruter', 'furniture:related-link'],
    ['Mehr Themen:', 'furniture:related'],
    ['Saiba Mais', 'furniture:related'],
    ['Mira tambien', 'furniture:related'],
    ['[See also: The council’s real audience is in the bond markets]', 'furniture:related-link'],
    ['Lees ook. Eén op de vijf straatbomen is in slechte gezondheid', 'furniture:related-link'],
    ['Les også: (+) Bussjåførene slår alarm', 'furniture:related-link'],
    ['BASAHIN: Presyo ng LPG, tataas na naman sa Disyembre', 'furniture:related-link'],
    ['댓글 14', 'furniture:count'],
    ['4 812', 'furniture:count'],
    ['Toshkent +6°', 'furniture:widget'],
    ['USD 12 735.21', 'furniture:widget'],
    ['USD ЦБ 78,42', 'furniture:widget'],
    ['EUR/USD 1.0812', 'furniture:widget'],
    ['Поделиться', 'furniture:button'],
    ['Advertisement Hide Ad', 'furniture:advert'],
    ['TOP', 'furniture:button'],
    ['Relacionados', 'furniture:related'],
    ['APPROFONDIMENTO', 'furniture:related'],
    ['3rd party Ad. Not an offer or recommendation by Investing.com. See disclosure here or remove ads.', 'furniture:advert'],
    ['Watch the latest news on Channel 9 or stream for free on 9Now.', 'furniture:call-to-action'],
    ['Nach oben', 'furniture:button'],
    ['{copyShortcut} to copy', 'furniture:template'],
    ['Dacă apreciezi ce facem, susține jurnalismul independent!', 'furniture:pitch'],
    ['Μοιραστείτε', 'furniture:button'],
    ['Комментарии 23', 'furniture:count'],
    ['Leé más sobre esto: Productores de Rocha reclaman compensaciones', 'furniture:related-link'],
    ['இதையும் படிக்கலாம்: பில்லூர் அணை நிரம்பியது', 'furniture:related-link'],
    ['相关阅读：广州今年“入冬”会提前吗？气象专家这样说', 'furniture:related-link'],
    ['［関連］熊本市電、追突事故受け運行体制を見直し　運転士を増員へ', 'furniture:related-link'],
    ['Related...', 'furniture:related'],
    ['Story continues', 'furniture:advert'],
    ['Dagbladet+', 'furniture:paywall'],
    ['THANK YOU', 'furniture:form'],
    ['Featured Local Savings', 'furniture:advert'],
    ['コメントプラス', 'furniture:comments'],
    ['【速報】県内でクマ出没過去最多ペース　県が注意報を延長', 'furniture:related-link'],
    ['READ MORE HERE', 'furniture:related'],
    ['Descarregue a nossa App gratuita.', 'furniture:call-to-action'],
    ['Your information is being handled in accordance with the ABC Privacy Collection Statement.', 'furniture:form'],
    ['If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.', 'furniture:affiliate'],
    ['WIDEO: Smog nad Polską. Gdzie jest najgorzej?', 'furniture:related-link'],
    ['Byłeś świadkiem ważnego wydarzenia? Wyślij zdjęcia lub film na Kontakt24', 'furniture:pitch'],
    ['Wie iets te melden heeft over dit onderwerp, kan mailen naar tips@parool.nl.', 'furniture:pitch'],
    ['Cet article a été lu 412 fois', 'furniture:read-count'],
    ['Externer Inhalt', 'furniture:embed-consent'],
    ['Dieser Inhalt wird von X bereitgestellt. Beim Laden werden möglicherweise personenbezogene Daten an den Anbieter übertragen.', 'furniture:embed-consent'],
    ['Rechte am Artikel können Sie hier erwerben.', 'furniture:licensing'],
    ['When we learn of a mistake, we acknowledge it with a correction. If you spot an error, please let us know at news@example.com.', 'furniture:error-policy'],
    ['読者会員限定記事です', 'furniture:paywall'],
    ['残り：594文字／全文：1355文字', 'furniture:paywall'],
    ['VÍDEOS: mais assistidos do g1 SP', 'furniture:related'],
    ['Autres articles de la rubrique Vie locale', 'furniture:related'],
    ['Bio completa', 'furniture:button'],
    ['View image in fullscreen', 'furniture:button'],
    ['Social Sharing', 'furniture:button'],
    ['Artikel vorlesen lassen', 'furniture:button'],
    ['This is read by an automated voice. Please report any issues or inconsistencies here.', 'furniture:ai-notice'],
    ['Artiklen fortsætter under annoncen', 'furniture:video'],
    ['2 of 5', 'furniture:list-landmark'],
    ['This audio is generated by an AI tool.', 'furniture:ai-notice'],
    ['Read a summary of this article on FAST.', 'furniture:ai-notice'],
    ['AI-assisted summary', 'furniture:ai-notice'],
    ['This is a modal window.', 'furniture:loading'],
    ['Beginning of dialog window. Escape will cancel and close the window.', 'furniture:loading'],
    ['There are no comments yet. Add your comment to start the conversation.', 'furniture:comments'],
    ['How does this make you feel?', 'furniture:comments'],
    ['Mais cela signifie aussi que nous avons besoin de votre soutien.', 'furniture:pitch'],
    ['Lesen Sie dazu auch', 'furniture:related'],
    ['More Coverage', 'furniture:related'],
    ['READ:', 'furniture:related'],
    ['Et pot interessar: Rodalies acumula 312 incidències a l’R2', 'furniture:related-link'],
    ['Del artiklen', 'furniture:button'],
    ['Link másolása', 'furniture:button'],
    ['Iratkozzon fel az Index hírlevelére, hogy elsőként értesüljön a legfontosabb hírekről!', 'furniture:call-to-action'],
    ['Article réservé aux abonnés', 'furniture:button'],
    ['Nur für Abonnenten', 'furniture:paywall'],
    ['Recurso exclusivo para assinantes', 'furniture:paywall'],
    ['Supported by', 'furniture:sponsor'],
    ['Topic:Water Supply', 'furniture:label-value'],
    ['Show more news items', 'furniture:more'],
    ['Zobacz wideo', 'furniture:video'],
    ['Carregando...', 'furniture:loading'],
    ['SZ München-Newsletter', 'furniture:newsletter'],
    ['Sign up for our morning briefing', 'furniture:call-to-action'],
    ['Abonnez-vous à la newsletter', 'furniture:pitch'],
    ['Abonnez-vous pour lire la suite', 'furniture:call-to-action'],
    ['Corriere è anche su WhatsApp. È sufficiente cliccare qui per iscriversi al canale.', 'furniture:social'],
    ['📲 Participe do canal do g1 no WhatsApp', 'furniture:social'],
    ['Vedi tutte', 'furniture:more'],
    ['Headshot of Jordan Whitfield', 'furniture:avatar'],
    ['Weiterlesen: Hitzeinseln in Wien', 'furniture:related-link'],
    ["We're asking readers like you to support our journalism with a gift.", 'furniture:pitch'],
    ['Politique de confidentialité', 'furniture:site-footer'],
    ['メインコンテンツへ移動', 'furniture:button'],
    ['Hoppa till innehållet', 'furniture:button'],
    ['İçeriğe geç', 'furniture:button'],
    ['6 mn', 'furniture:reading-time'],
    ['Lästid 4 minuter', 'furniture:reading-time'],
    ['Save time by listening to our audio articles as you multitask', 'furniture:audio-player'],
    ['NEWYou can now listen to Fox News articles!', 'furniture:audio-player'],
    ['Jetzt kostenlos bestellen', 'furniture:call-to-action'],
    ['Why you can trust Sky News', 'furniture:call-to-action'],
    ['Sostieni ilfattoquotidiano.it', 'furniture:call-to-action'],
    ["Google News'te Hürriyet.com.tr'ye abone olun", 'furniture:social'],
    ['Índice', 'furniture:related'],
    ['Table of contents', 'furniture:related'],
    ['Jump to navigation Jump to search', 'furniture:button'],
    ['Share on Pinterest', 'furniture:button'],
    ['msn back to msn home', 'furniture:button'],
    ['Buy Photo', 'furniture:button'],
    ['Aller au menu principal', 'furniture:button'],
    ['Přejít na obsah', 'furniture:button'],
    ['Læs også', 'furniture:related'],
    ['Čtěte také', 'furniture:related'],
    ['Related...', 'furniture:related'],
    ['More Must-Reads from TIME', 'furniture:related'],
    ['[관련 기사] 지방 도시철도 예타 통과율 3년째 30%대', 'furniture:related-link'],
    ['Tilmeld', 'furniture:button'],
    ['LÄS MER: Pilotstrejken kan bli ett faktum – här är dina rättigheter', 'furniture:related-link'],
    ['Lue myös: Kuopio nostaa uimahallien hintoja', 'furniture:related-link'],
    ['ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ', 'furniture:related'],
    ['Doporučujeme', 'furniture:related'],
    ['Seguí leyendo', 'furniture:related'],
    ['« Vorige | Nächste »', 'furniture:button'],
    ['Auch auf heise online:', 'furniture:related'],
    ['Lire les commentaires', 'furniture:comments'],
    ['Reklam', 'furniture:advert'],
    ['Advertisement 2', 'furniture:advert'],
    ['This advertisement has not loaded yet, but your article continues below.', 'furniture:advert'],
    ['Your browser does not support the <audio> element.', 'furniture:call-to-action'],
    ['Enjoy more audio and podcasts on iOS or Android.', 'furniture:call-to-action'],
    ["We're asking readers like you to support our explanatory journalism.", 'furniture:pitch'],
    ['Ahora más que nunca, el periodismo independiente necesita a sus lectores. Hazte socio/a de elDiario.es.', 'furniture:pitch'],
    ['Log in, register or subscribe to save articles for later.', 'furniture:pitch'],
    ['Log in of maak een gratis account aan en mis niets uit jouw regio.', 'furniture:pitch'],
    ['Start the day with the news that matters. Sign up for our Morning Edition newsletter.', 'furniture:pitch'],
    ['Har du tips til saken? Send oss en e-post.', 'furniture:pitch'],
    ['Do You Have Information About Flooded Basements in Leeds? We Want to Hear From You.', 'furniture:pitch'],
    ['Was heute in Köln wichtig ist – jeden Morgen kostenlos in Ihrem Postfach.', 'furniture:pitch'],
    ['This story is available exclusively to Business Insider subscribers. Become an Insider and start reading now.', 'furniture:paywall'],
    ['Prova Aftonbladet Plus – första månaden för 1 kr', 'furniture:paywall'],
    ['Článek si také můžete poslechnout v audioverzi.', 'furniture:audio-player'],
    ['Produced by ElevenLabs and News Over Audio (Noa) using AI narration.', 'furniture:audio-player'],
    ['end of list', 'furniture:list-landmark'],
    ['Votre adresse e-mail', 'furniture:form'],
    ['Email*', 'furniture:form'],
    ['Invalid email', 'furniture:form'],
    ['Something went wrong, please try again later.', 'furniture:form'],
    ['Elke ochtend het belangrijkste nieuws uit Amsterdam in je mailbox.', 'furniture:pitch'],
    ['Baca juga: Warga Pesisir Utara Jakarta Hidup Berdampingan dengan Rob', 'furniture:related-link'],
    ['Citește și: Primăria Capitalei anunță un nou program', 'furniture:related-link'],
    ['Find more FC Dallas coverage from The Dallas Morning News here.', 'furniture:call-to-action'],
    ['Diskuse (86)', 'furniture:comments'],
    ['Megosztás', 'furniture:button'],
    ['Hide Ad', 'furniture:button'],
    ['Fehler gefunden? Jetzt melden.', 'furniture:report-error'],
    ['BILDplus Inhalt', 'furniture:paywall'],
    ['Acasă » Actualitate » Social', 'furniture:breadcrumb'],
    ['Regarder sur Auvio', 'furniture:player'],
    ['Read more from Sky News:', 'furniture:related'],
    ['The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats and the essential provider of the technology and services vital to the news business.', 'furniture:about-the-site'],
    ['Leé también: Montevideo recolectó 12% más residuos en setiembre', 'furniture:related-link'],
    ['Unterstütze uns! 💛', 'furniture:support-us'],
    ['İLGİLİ HABERLER', 'furniture:related'],
    ['Lyt til artiklen', 'furniture:audio-player'],
    ['ExploreMARTA board picks new general manager after months-long search', 'furniture:related-link'],
    ['Explore all your options', 'furniture:call-to-action'],
    ['By using this site, you consent to our User Agreement and agree that your clicks may be recorded.', 'furniture:legal'],
    ['Haberin Devamı', 'furniture:advert'],
    ['メインコンテンツへスキップ', 'furniture:button'],
    ['Audio: 2:48 min', 'furniture:player'],
    ['Related Article', 'furniture:related'],
    ['By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.', 'furniture:pitch'],
    ['Subscribe to INQUIRER PLUS to get access to 70+ titles and share articles on social media.', 'furniture:pitch'],
    ['Cet article vous a été utile ? Sachez que vous pouvez suivre La Voix du Nord dans l’application Google Actualités.', 'furniture:social'],
    ['Wyborcza.pl › Kraków › Wiadomości', 'furniture:breadcrumb'],
    ['Fullscreen', 'furniture:button'],
    ['Slate is published by The Slate Group, a Graham Holdings Company.', 'furniture:ownership'],
    ['list 2 of 4', 'furniture:list-landmark'],
    ['Skip to Related Content', 'furniture:button'],
    ['Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter', 'furniture:breadcrumb'],
    ['US & Canada is sponsored by', 'furniture:sponsor'],
    ["DON'T MISS", 'furniture:related'],
    ['Читайте також: У Києві змінять маршрути автобусів', 'furniture:related-link'],
    ['延伸閱讀', 'furniture:related'],
    ['Реклама:', 'furniture:advert'],
    ['Email X (Twitter) Bluesky Facebook LinkedIn WhatsApp Messenger', 'furniture:button'],
    ['heise+ – Wissen, das Sie weiterbringt', 'furniture:paywall'],
    ['24+', 'furniture:paywall'],
    ['Jetzt 1 Monat gratis testen', 'furniture:call-to-action'],
    ['All Share Services', 'furniture:button'],
    ['Článok pokračuje pod video reklamou', 'furniture:advert'],
    ['Prečítajte si aj: Žilinské trolejbusy budú jazdiť aj v noci', 'furniture:related-link'],
    ['ये खबर भी पढ़ें...', 'furniture:related'],
    ['Short Url', 'furniture:button'],
    ['Kun for abonnenter', 'furniture:paywall'],
    ['Latest from Business', 'furniture:related'],
    ['Ten tekst przeczytasz w 4 minuty', 'furniture:reading-time'],
    ['You can save this article by registering for free here. Or sign-in if you have an account.', 'furniture:pitch'],
    ['Did you know with an ad-lite subscription to the News Letter, you get 70% fewer ads while viewing the news that matters to you.', 'furniture:pitch'],
    ['Mohlo by vás zajímat', 'furniture:related'],
    ['Urmărește cele mai noi producții video LIBERTATEA', 'furniture:call-to-action'],
    ['Change Size', 'furniture:button'],
    ['Was sagst du dazu?', 'furniture:comment-prompt'],
    ['What do you think?', 'furniture:comment-prompt'],
    ['H+', 'furniture:paywall'],
    ['Jetzt kommentieren', 'furniture:call-to-action'],
    [
      "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. Read our Privacy Policy",
      'furniture:pitch',
    ],
    // Read-also labels, subscribe buttons, error reports, social prompts and players in more languages.
    ['Preberi še: Cene stanovanj v prestolnici se še naprej dvigujejo', 'furniture:related-link'],
    ['Lesa meira: Sundlaugum lokað í Hveragerði vegna bilunar', 'furniture:related-link'],
    ['Lasi vēl', 'furniture:related'],
    ['Le tamén', 'furniture:related'],
    ['Recommended from Editorial', 'furniture:related'],
    ['Harpidetu orain', 'furniture:button'],
    ['Prihlásiť sa na odber', 'furniture:button'],
    ['立即订阅', 'furniture:button'],
    ['Ακολουθήστε το in.gr στο Google News', 'furniture:social'],
    ['Ste opazili napako? Sporočite nam jo.', 'furniture:report-error'],
    ['Ja pamanīji kļūdu, iezīmē tekstu un nospied Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!', 'furniture:report-error'],
    ['Lecture audio de 5 minutes', 'furniture:reading-time'],
    ['อ่านข่าวที่เกี่ยวข้อง', 'furniture:related'],
    ['اقرأ أيضًا: الأرصاد تحذر من طقس شديد البرودة ليلًا', 'furniture:related-link'],
    ['Lihat Juga :', 'furniture:related'],
    ['คัดลอกลิงก์', 'furniture:button'],
    ['Go deeper into California’s housing crisis', 'furniture:related'],
    ['Disclaimer', 'furniture:button'],
    ['Polub nas na Facebooku!', 'furniture:social'],
    ['İlginizi Çekebilir', 'furniture:related'],
    ['LEA: Productores del valle de Sula reportan pérdidas por lluvias del frente frío', 'furniture:related-link'],
    ['یہ بھی پڑھیے: کراچی میں ٹینکر مافیا کے خلاف کریک ڈاؤن', 'furniture:related-link'],
    ['Διαβάστε ακόμα: Μετρό Θεσσαλονίκης: πότε ανοίγει η επέκταση', 'furniture:related-link'],
    ['Next Article', 'furniture:button'],
    ['בהרשמה אני מאשר/ת את תנאי השימוש', 'furniture:form'],
    ['By signing up, you agree to our Terms of Use.', 'furniture:pitch'],
    ['הירשמו לניוזלטר "ירושלים שלנו"', 'furniture:newsletter'],
    ['G4Media este o publicație independentă, finanțată din donațiile cititorilor.', 'furniture:about-the-site'],
  ])('%s → %s', (line, rule) => {
    expect(matchFurniture(line)?.name).toBe(rule);
  });
  it.each([
    'Share prices fell sharply on Monday.',
    'Der Verein ist unabhängig von Parteien und finanziert sich aus Spenden.',
    'The set {a, b} has two members.',
    'By subscribing to the fund, investors accepted higher fees, the report said.',
    'Get ready for higher bills this winter',
    'Support for the plan has grown among residents, the survey found.',
    'Watchdog fines bank over failures',
    'The newsletter industry has grown fast, she said, and you can see why.',
    'Comments from residents were mostly positive.',
    'Why residents distrust the council',
    'Contents of the report were leaked on Friday.',
    'Share prices on Wall Street fell',
    'Back to school in Leeds',
    '“A contract is supposed to mean something,” Farrelly said. “You don’t get to sign up for five years and leave.”',
    'Go to the content of the report, she said.',
    'Festival i Esbjerg aflyser næste år: »Vi har simpelthen ikke råd«',
    'Our readers wrote in their hundreds after the first report, and the council has since promised a review.',
    'Did you see the fire? Residents told us the smoke could be seen for miles.',
    'The union said its members needed support from the city, not more paperwork.',
    'Related research shows that fares matter less than frequency.',
    'Confira a lista abaixo.',
    'Explore the harbour on foot this weekend',
    'The data of 40,000 patients was transferred to the insurer without their consent, the regulator said.',
    'The council said the error had been corrected and apologised to residents.',
    'The hospital said the AI tool had flagged 40 scans for a second reading last month.',
    'Read the council’s report, which runs to 300 pages.',
    'The retailer said it would stop paying commission to the drivers who deliver its parcels.',
    'Video footage shared by residents showed the water reaching the second step.',
  ])('leaves story text alone: %s', (line) => {
    expect(matchFurniture(line)).toBeUndefined();
  });
});

describe('caption credits in the forms large sites use', () => {
  it.each([
    ['The chain operates 212 stores in Ohio and Indiana. PHOTO: JEFF KOVACS/BLOOMBERG NEWS', 'JEFF KOVACS/BLOOMBERG NEWS'],
    ['नौबस्ता की ओर बन रहा मेट्रो का एलिवेटेड ट्रैक। फोटो- जागरण', 'जागरण'],
    ['Carteles de alquiler en un portal de Lavapiés, el pasado jueves.Inés Cobo', 'Inés Cobo'],
    ['Le chantier avenue Paul-Santy, à Lyon, le 28 octobre 2025. HÉLÈNE BAMBERGER POUR « LE MONDE »', 'HÉLÈNE BAMBERGER POUR « LE MONDE »'],
    ['La station Sainte-Anne, à Rennes, le 21 octobre. DAMIEN MEYER / AFP', 'DAMIEN MEYER / AFP'],
    ['The surgery will close on 31 December (PA Wire)', 'PA Wire'],
    ['Tennant Creek draws its water from a bore field. (ABC News: Marcus Wheeler)', 'ABC News: Marcus Wheeler'],
    ['A data center outside Columbus, Ohio, in September. Lauren Ocampo/Vox; Getty Images', 'Lauren Ocampo/Vox; Getty Images'],
    ['Tramwaj MPK na ul. Piotrkowskiej (zdjęcie ilustracyjne) Fot. Jakub Wiśniewski / Agencja Wyborcza.pl', 'Jakub Wiśniewski / Agencja Wyborcza.pl'],
    ['Represa Jaguari, em Joanópolis, no sábado - Rubens Cavallari/Folhapress', 'Rubens Cavallari/Folhapress'],
    ['I vigili del fuoco al lavoro in via Burlando (foto Ansa)', 'Ansa'],
    ['観光客で混み合う市バスの停留所＝京都市東山区、森田健太撮影', '森田健太'],
    ["A deputy launches a thermal-imaging drone near Stanley, Idaho, on Oct. 14, 2025. (Custer County Sheriff's Office)", "Custer County Sheriff's Office"],
    ["Image: Letters from the trust's outpatient department were posted in October. File pic: PA", 'PA'],
    ["Snowplows clear a road in Sapporo's Chuo Ward in January. | Kyodo", 'Kyodo'],
    ['Hileras de malbec en una finca de Tupungato, la semana pasadaFacundo Lértora - Para LA NACION', 'Facundo Lértora - Para LA NACION'],
    ['Agents can earn commission of up to 25 per cent of first-year feesLUCY PEMBRIDGE FOR THE TIMES', 'LUCY PEMBRIDGE FOR THE TIMES'],
    ['지난 11일 대구 서구 평리동 일대 도로 모습. 이곳은 도시철도 순환선이 지날 예정이었다. /박성훈 기자', '박성훈 기자'],
    ['Rua alagada em Eldorado do Sul durante temporal no ano passado • Júlio Ferraz/Palácio Piratini', 'Júlio Ferraz/Palácio Piratini'],
    ['I banchi del mercato del pesce in piazza Cavour, a pochi metri dalla Sopraelevata (foto Lupi)', 'Lupi'],
    ["Former packers at the reunion, held in the old cannery's loading shed. Photograph by Tobias Lindgren for The New Yorker", 'Tobias Lindgren for The New Yorker'],
    ['Sur le port ostréicole de La Teste-de-Buch, lundi matin, les chalands sont restés à quai. Guillaume Bonnaud/« Sud Ouest »', 'Guillaume Bonnaud/« Sud Ouest »'],
    ['Homes along the eroding riverbank in Ikkatuk, Alaska, on Sept. 12, 2025. Ada Whitlock—Getty Images', 'Ada Whitlock—Getty Images'],
    ['Concentración de vecinos frente al antiguo mercado, este domingo en Lavapiés — Sofía Pardo', 'Sofía Pardo'],
    ['Des vélos en libre-service place Bellecour, à Lyon, le 28 octobre 2025. — C. Girardon / 20 Minutes', 'C. Girardon / 20 Minutes'],
    ['Nemocnice v Jihlavě (ilustrační snímek) | foto: Radek Novák, MAFRA', 'Radek Novák, MAFRA'],
    ['Construction crews work on the eastbound side of the Causeway on Tuesday night (Photograph by Tariq Smith)', 'Tariq Smith'],
    ['A Water Ministry crew carries out maintenance works on the Disi conveyance line on Tuesday (Petra photo)', 'Petra'],
    ['アークラインが開発拠点を設ける熊本県菊陽町の工業団地=共同', '共同'],
    ['The site of a proposed six-storey rental building on Oak Street in Saanich, seen on Tuesday. DARREN STONE, TIMES COLONIST', 'DARREN STONE, TIMES COLONIST'],
    ['Cyclists ride along the Boise River Greenbelt upstream from Barber Park on Tuesday. Darin Oswald doswald@idahostatesman.com', 'Darin Oswald doswald@idahostatesman.com'],
    ['بستر خشک رودخانه در محدوده پل / عکس: آرشیو ایسنا', 'آرشیو ایسنا'],
    ['Gedimino Kaziulio/15min nuotr./Robotinė chirurgijos sistema Respublikinėje Šiaulių ligoninėje', 'Gedimino Kaziulio/15min'],
    ['Мечката е заснета от охранителната камера в двора на училището. СНИМКА: Читател на "24 часа"', 'Читател на "24 часа"'],
    ["25일 서울 종로구의 한 경로당 앞에 '한파 쉼터' 안내문이 붙어 있지만 출입문은 잠겨 있다. 김서연 기자", '김서연 기자'],
    ['കൊച്ചി വാട്ടർ മെട്രോയുടെ ടെർമിനലിൽനിന്നു പുറപ്പെടുന്ന ബോട്ട്. ചിത്രം: ജോസ് പാലക്കൽ ∙ മനോരമ', 'ജോസ് പാലക്കൽ ∙ മനോരമ'],
    ['Waves break over the seawall on the parade after a southerly storm in August. Photo / Tessa Manu', 'Tessa Manu'],
    ['Dichter Rauch steigt über dem Hafengebiet auf.(Foto: picture alliance/dpa)', 'picture alliance/dpa'],
    ['Workers lay cables at the depot on Wednesday. | Photo Credit: K. PRADEEPAN', 'K. PRADEEPAN'],
    ['Casa de bombas 6, no bairro Navegantes, recebeu dois novos motores e um gerador próprio Jefferson Botega / Agencia RBS', 'Jefferson Botega / Agencia RBS'],
    ['Commuters brave knee-deep floodwaters along España Boulevard on Monday afternoon. —RICHARD A. REYES', 'RICHARD A. REYES'],
    ['Συνεργεία της Πυροσβεστικής στο σημείο της κατάρρευσης ΦΩΤΟ: EUROKINISSI / ΝΙΚΟΣ ΚΑΡΑΛΗΣ', 'EUROKINISSI / ΝΙΚΟΣ ΚΑΡΑΛΗΣ'],
    ['Halvorsen Foods CEO at the company’s headquarters in March. Photo-Illustration: WIRED Staff; Getty Images', 'WIRED Staff; Getty Images'],
    ['Cyklister bliver ramt af kraftige vindstød ved havnen. (Foto: Axel Schütt © DR)', 'Axel Schütt © DR'],
    ['Passengers board a train in Brussels on Monday. - Copyright AP Photo/Lucas Verhaegen', 'AP Photo/Lucas Verhaegen'],
    ['House Republicans leave a closed-door meeting at the Capitol on Sept. 16, 2025. | Jordan Pike/POLITICO', 'Jordan Pike/POLITICO'],
    ['Leon Barrett stands under his raised home on Thursday. [ CARLA VEGA-RUIZ | Times ]', 'CARLA VEGA-RUIZ | Times'],
    ['Le marché attire jusqu’à 30 000 visiteurs certains week-ends. PHOTO LUDOVIC MAILLARD - VDNPQR', 'LUDOVIC MAILLARD - VDNPQR'],
    ['The bus ended up wedged in the drive-thru lane early Thursday, police said.Gabriella Bass for NY Post', 'Gabriella Bass for NY Post'],
    ['La halle aux grains, fermée depuis le mois de mai. DDM - MARC FERRAND', 'DDM - MARC FERRAND'],
    ['Una estación de Cercanías, en una imagen de archivo. Europa Press', 'Europa Press'],
    ['시민들이 승강장에서 열차를 기다리고 있다. 연합뉴스', '연합뉴스'],
    ['Ônibus parado na Avenida Amazonas, no Centro (crédito: Ana Lopes/EM/D.A Press)', 'Ana Lopes/EM/D.A Press'],
    ['Nowy przystanek tramwajowy na Kazimierzu /Jan Nowak /East News', 'Jan Nowak /East News'],
    ['Vigili del fuoco al lavoro - (Fotogramma)', 'Fotogramma'],
    ['Un autobús de Tussam a su paso por la Puerta de Jerez. / Rocío Baena', 'Rocío Baena'],
    ['Xe buýt điện tuyến 152 đón khách tại ga quốc nội sân bay Tân Sơn Nhất, hôm 1/12. Ảnh: Quỳnh Trần', 'Quỳnh Trần'],
    ['Debris deposited by the river at the headworks on Sunday. Post Photo: Anup Thapaliya', 'Anup Thapaliya'],
    ['The new routes will run every 20 to 30 minutes.Image Credit: Ahmed Ramzan/Gulf News', 'Ahmed Ramzan/Gulf News'],
    ['La ZTL di Città Alta sarà attiva anche la domenica (Foto by Colleoni)', 'Colleoni'],
    ['A Rapid 4 bus at the Belconnen interchange on Wednesday. Picture by Amelia Trask', 'Amelia Trask'],
    ['Le pont des Alliés voit passer chaque jour près de 21 000 véhicules. Photo RL /Pierre HECKLER', 'RL /Pierre HECKLER'],
    ['Dans l’atelier, Sandrine Mazeyrat et ses collègues deviendront sociétaires. © Photo Franck BOILEAU', 'Franck BOILEAU'],
    ['Ouders en kinderen in de schoolstraat aan de Sint-Salvatorstraat in Gent. © Photo News', 'Photo News'],
    ['Slik kan det nye boligområdet ved Mariero se ut, ifølge illustrasjonen fra utbygger. Illustrasjon: Roaldsen Arkitekter', 'Roaldsen Arkitekter'],
    ['Sen. Dale Wrenfield speaks to reporters at the Capitol in Washington, Nov. 18, 2025. (AP Photo/Terrence Moody) more >', 'AP Photo/Terrence Moody'],
    ['Dans l’usine Cycles Arcadie de Cholet, en septembre 2023.GAËTAN LE FLOCH / HANS LUCAS VIA AFP', 'GAËTAN LE FLOCH / HANS LUCAS VIA AFP'],
    ['Nowy rozkład jazdy obowiązuje od 14 grudnia (fot. PAP/Marcin Obara)', 'PAP/Marcin Obara'],
    ['Image: Several wagons came off the tracks just after 6pm on Wednesday. Pic: PA', 'PA'],
    ['Traffic moves along Madison Avenue near Harding Middle School in Lakewood on Tuesday.John Kuntz, cleveland.com', 'John Kuntz, cleveland.com'],
    ['Садашња аутобуска станица код Тврђаве (Фото М. Петровић)', 'М. Петровић'],
    ['Starfsmenn Veitna við dælustöð í Grafarholti í morgun. mbl.is/Kristinn Magnússon', 'mbl.is/Kristinn Magnússon'],
    ['Vendors selling produce along Fustic Road in downtown Montego Bay on Monday. - Photo by Christopher Thomas', 'Christopher Thomas'],
    ['淡滨尼第21街一座组屋的电梯更换工程原定今年6月完成，楼下已贴出多张延期通告。（谢智扬摄）', '谢智扬'],
    ['Water stands in the yard of a home after heavy rain in Baton Rouge on Tuesday. STAFF PHOTO BY HILARY FONTENOT', 'HILARY FONTENOT'],
    ['Passengers board a rapid transit bus at the Gerezani terminal in Dar es Salaam. PHOTO | SAID KHAMIS', 'SAID KHAMIS'],
    ['Senosios perkėlos keltas Klaipėdoje / Pauliaus Žemaičio/LRT nuotr.', 'Pauliaus Žemaičio/LRT'],
    ['Фото: Укрзалізниця призначила додаткові рейси на зимові свята (facebook.com/Ukrzaliznytsia)', 'facebook.com/Ukrzaliznytsia'],
    ['Exposed lakebed stretches toward Antelope Island on Tuesday, Nov. 24, 2026. | Kristin Ahlgren, Deseret News', 'Kristin Ahlgren, Deseret News'],
    ['Trams have not crossed the Albertbrücke since Monday morningImage: Sebastian Kahnert/dpa/picture alliance', 'Sebastian Kahnert/dpa/picture alliance'],
    ['Vehicles crawl along EDSA in Quezon City yesterday as the holiday rush begins. The STAR/Miguel de Guzman', 'The STAR/Miguel de Guzman'],
    ['A late-night N bus waits at a stop near Gangnam Station in southern Seoul on Tuesday. [NEWS1]', 'NEWS1'],
    ['Tráfico en el puente de Deusto, dentro del perímetro de la ZBE. (Unai BEROIZ | FOKU)', 'Unai BEROIZ | FOKU'],
    ['Metro trains at a station in Bengaluru. (Representative image: PTI)', 'PTI'],
    // One name after a bar with no full stop before it; Dutch `beeld` in small letters; a label and a dash in brackets (Burmese); Malayalam's `ഫോട്ടോ`.
    ["Usuaris de l'R3 esperant l'autobús alternatiu a l'estació de la Garriga, aquest dimecres | Adrià Costa", 'Adrià Costa'],
    ['De Nieuwstraat in Barneveld op een doordeweekse middag. beeld RD, Henk Visscher', 'RD, Henk Visscher'],
    ['မန္တလေးမြို့ရှိ ဆန်ဆိုင်တစ်ဆိုင်ကို ယခုနှစ် ဇူလိုင်လအတွင်း တွေ့ရစဉ် (ဓာတ်ပုံ - AFP)', 'AFP'],
    ['കോഴിക്കോട് സൗത്ത് ബീച്ചിൽ പ്ലാസ്റ്റിക് മാലിന്യം നീക്കം ചെയ്യുന്ന ഹരിതകർമ സേനാംഗങ്ങൾ (ഫോട്ടോ: പി. അഭിജിത്ത്)', 'പി. അഭിജിത്ത്'],
    ['天神の停留所でバスを待つ利用客たち＝26日午前、福岡市中央区（撮影・木下大輔）', '木下大輔'],
    ['▲新竹市光復路地下道明年3月起封閉改建，預計工期22個月。（圖／記者林育萱攝）', '林育萱'],
    ['台中捷運藍線示意圖。（圖／台中市政府提供）', '台中市政府提供'],
    ['卫生部长周三在义顺医院了解扩建工程进度。（海峡时报）', '海峡时报'],
    ['Wakulima wakisubiri basi katika kituo cha Kisii mjini. PICHA | JANE MORAA', 'JANE MORAA'],
    ['A rider waits at an unshaded stop on Tuesday. (Dana Kim/Review-Journal) @danakimphoto', 'Dana Kim/Review-Journal'],
    ['台北捷運明年起調整離峰班距。圖／聯合報系資料照片', '聯合報系資料照片'],
    ['Camera AI được lắp đặt tại nút giao Nguyễn Văn Linh - Hàm Nghi (P.Thanh Khê) ẢNH: HOÀNG SƠN', 'HOÀNG SƠN'],
    // Labels in Irish, Hausa and Mongolian (which takes no colon); a label in brackets with a full stop after them.
    ['Scoláirí ag fágáil na scoile i gCorr na Móna tráthnóna inné. Pictiúr: Áine Nic Giolla', 'Áine Nic Giolla'],
    ['Manoma suna girbin shinkafa a wata gona da ke Kebbi. Hoto: Aliyu Sani/Aminiya', 'Aliyu Sani/Aminiya'],
    ['Дархан хотын төвийн зах дээр худалдагчид мах зарж байна. Гэрэл зургийг Б.Батбаяр', 'Б.Батбаяр'],
    ['Treballadors del port de Tarragona durant la vaga (fotografia: Pere Vidal).', 'Pere Vidal'],
    // The photographer and agency before the caption; a photographer, "photographed" and the day after it.
    ['Jamal Reed/AP Volunteers sort donated coats at a church hall in Dayton on Saturday.', 'Jamal Reed/AP'],
    ['台南市長今日出席運河星鑽地區新建公園啟用典禮，與市民一同植樹。中央社記者陳立德攝　115年11月20日', '中央社記者陳立德'],
    // Tagalog's label in brackets; `Photo via`; a Korean reporter with the address, and "provided by".
    ['Tinupok ng apoy ang mga bahay sa Barangay Commonwealth nitong Miyerkoles ng gabi. (Larawan mula sa BFP-NCR)', 'BFP-NCR'],
    ['Tenants rallied outside City Hall on Tuesday ahead of the vote. Photo via Vancouver Tenants Union.', 'Vancouver Tenants Union'],
    ['부산 해운대해수욕장 백사장 곳곳이 높은 파도에 깎여 있다. 박서진 기자 psj@busan.com', '박서진 기자 psj@busan.com'],
    ['해운대구가 공개한 긴급 양빈 공사 구간 안내도. 해운대구청 제공', '해운대구청 제공'],
    ['11月25日傍晚，市民在广州海珠湖畔骑行，当天广州最高气温仍有27℃。羊城晚报全媒体记者 黄嘉欣 摄', '羊城晚报全媒体记者 黄嘉欣'],
    ['Бетонне укриття на одній із зупинок Львова / фото УНІАН', 'УНІАН'],
    ['서울 지하철 2호선 열차가 승강장으로 들어오고 있다. /사진=뉴스1', '뉴스1'],
    ['देव दीपावली पर दीयों से जगमगाते काशी के घाट। जागरण', 'जागरण'],
    ['来春から運行を始める熊本市電の新型低床車両＝25日、熊本市中央区の大江車庫（小野宏明）', '小野宏明'],
    ['Students walk past Lehman Hall on Tuesday afternoon. By Julian J. Giordano', 'Julian J. Giordano'],
    ['Visitors walk along the waterfront in Al-Ula on Tuesday. — SPA photo', 'SPA'],
    ['Maize farmers protest outside the depot in Eldoret on November 25, 2026. [Christopher Kipsang, Standard]', 'Christopher Kipsang, Standard'],
    ['The Sorek B desalination plant south of Tel Aviv, March 2026. (photo credit: FLASH90)', 'FLASH90'],
    ['ชาวบ้านถือป้ายคัดค้านการขยายเหมืองหน้าศาลากลางจังหวัดเลย เมื่อ 25 พ.ย. 2569 (ภาพโดย กิตติยา อินทรสุวรรณ)', 'กิตติยา อินทรสุวรรณ'],
    ['25일 강원 정선군 남면의 한 시골 정류장에서 주민들이 군내버스를 기다리고 있다. 정선=윤지호 기자', '정선=윤지호 기자'],
    ['เจ้าหน้าที่ กทม. จัดเก็บกระทงบริเวณสวนลุมพินี ภาพ : สำนักสิ่งแวดล้อม กทม.', 'สำนักสิ่งแวดล้อม กทม.'],
  ])('%s', (line, credit) => {
    expect(matchCaption(line)?.credit).toBe(credit);
  });
  it.each([
    ['© Tagesspiegel/Kai-Uwe Brenner', 'Tagesspiegel/Kai-Uwe Brenner'],
    ['Elijah Nwosu | Bloomberg | Getty Images', 'Elijah Nwosu | Bloomberg | Getty Images'],
    ['Kuva: Paulus Markkanen / Yle', 'Paulus Markkanen / Yle'],
    ['Bildrechte: picture alliance/dpa | Konrad Hüttner', 'picture alliance/dpa | Konrad Hüttner'],
    ['(Bild: Shutterstock/Andrej Sokolow)', 'Shutterstock/Andrej Sokolow'],
    // A library's name starting small among the slashes; Lithuanian's "photo" after the photographer.
    ['Hans Lindner/imageBROKER/Getty Images', 'Hans Lindner/imageBROKER/Getty Images'],
    ['Tomo Lukšio / BNS nuotr.', 'Tomo Lukšio / BNS'],
    ['/ Φωτογραφία αρχείου: Eurokinissi', 'Eurokinissi'],
    // Stock credits that name no photographer.
    ['Fuente externa', 'Fuente externa'],
    ['Supplied', 'Supplied'],
    ['Courtesy of the family', 'Courtesy of the family'],
    ['© Photo Léa Renard / Mediapart', 'Léa Renard / Mediapart'],
    ['Tim Osterberg—Bloomberg/Getty Images', 'Tim Osterberg—Bloomberg/Getty Images'],
    ['/Paweł Supernak /PAP', 'Paweł Supernak /PAP'],
    ['Odile Meylan/24 heures', 'Odile Meylan/24 heures'],
    ['Renee Calloway rcalloway@sacbee.com', 'Renee Calloway rcalloway@sacbee.com'],
    ['Photo by Ellis Rowe / Getty Images', 'Ellis Rowe / Getty Images'],
    ['Copyright: Alexander Roll', 'Alexander Roll'],
    ['(Getty Images)', 'Getty Images'],
    ['Снимка: Димитър Велев', 'Димитър Велев'],
    ['Zdroj: TASR/Milan Kapusta', 'TASR/Milan Kapusta'],
    ['Autor/allikas: Rauno Tamm/ERR', 'Rauno Tamm/ERR'],
    ['Photo Credit: PTI', 'PTI'],
    ['20min/Marco Zangger', '20min/Marco Zangger'],
  ])('a credit on its own line: %s', (line, credit) => {
    expect(matchCreditLine(line)?.credit).toBe(credit);
  });
  it.each([
    'See what your team could do with a unified DevSecOps Platform.',
    'The new iPhone Pro Max goes on sale in Tokyo on Friday.',
    'Sales rose 4% in the quarter | Markets',
    'The council voted on Monday. What happens next is up to the mayor.',
  ])('a glued capital or a bar is not always a credit: %s', (line) => {
    expect(matchCaption(line)).toBeUndefined();
  });
  it.each([
    ['Credit...Rosalind Okafor for The New York Times', 'Rosalind Okafor for The New York Times'],
    ['Photographer: Carsten Bundgaard/Bloomberg', 'Carsten Bundgaard/Bloomberg'],
    ['Staff photo by Jenna Morales', 'Jenna Morales'],
    ['Joey Whitlock/Tulsa World/AP', 'Joey Whitlock/Tulsa World/AP'],
    ['ANA ESCOBAR / EFE', 'ANA ESCOBAR / EFE'],
  ])('a credit on its own line: %s', (line, credit) => {
    expect(matchCreditLine(line)?.credit).toBe(credit);
  });
  it.each([
    ['会見する知事＝3日午後、県庁', { caption: '会見する知事＝3日午後、県庁' }],
    ['運行を始めた新型車両＝共同', { caption: '運行を始めた新型車両', credit: '共同' }],
    ['再開した商店街＝2日、大阪市北区（山田花子撮影）', { caption: '再開した商店街＝2日、大阪市北区', credit: '山田花子', label: '撮影' }],
    ['改修された駅舎＝鈴木一郎撮影', { caption: '改修された駅舎', credit: '鈴木一郎', label: '撮影' }],
  ])('a Japanese caption with ＝: %s', (line, expected) => {
    expect(japaneseCaption(line)).toEqual(expected);
  });
  it.each(['Representative image', 'File photo', 'Symbolbild', 'Immagine di repertorio', 'Imagen de archivo (EFE)', 'Photo for representational purposes only', '九巴指深宵線乘客量近年持續下跌。(資料圖片)', '[File Image] Residents wade through a flooded street in Mthatha.', 'FILE - Farmers pick coffee in Jimma zone, Ethiopia', 'ፋይል - በጅማ ዞን ቡና የሚለቅሙ አርሶ አደሮች', 'Magaalada Beledweyne oo biyo ku dhufteen (Sawir hore)', 'கோப்புப்படம்'])(
    'a stand-in picture’s label is a caption with no credit: %s',
    (line) => {
      expect(creditlessCaption(line)).toEqual({ caption: line });
    },
  );
  it('keeps the word after an abbreviation’s stop in the caption when the credit’s label stands in brackets', () => {
    expect(matchCaption('Mieszkańcy Sławina protestowali we wtorek przy ul. Olszewskiego (fot. Paweł Buczkowski)')).toMatchObject({ caption: 'Mieszkańcy Sławina protestowali we wtorek przy ul. Olszewskiego', credit: 'Paweł Buczkowski' });
    // (A caption's own label before it, `Legende:`, is set aside.)
    expect(matchCaption('Legende: In vielen Kantonen sind Stellen besetzt worden. Keystone/Gaetan Bally')).toMatchObject({ caption: 'In vielen Kantonen sind Stellen besetzt worden.', credit: 'Keystone/Gaetan Bally', captionLabel: 'Legende:' });
  });
  it('reads a stand-in label in brackets after a caption as part of it, not as a credit', () => {
    const line = "L'Alzaia Naviglio Pavese all'altezza della Darsena (immagine di repertorio)";
    expect(matchCaption(line)).toBeUndefined();
    expect(creditlessCaption(line)).toEqual({ caption: line });
  });
  it('takes no story line for a stand-in picture’s label', () => {
    expect(creditlessCaption('File photos of the depot were released on Monday.')).toBeUndefined();
  });
  it('takes no sentence or Latin line with ＝ for a Japanese caption', () => {
    expect(japaneseCaption('市は来年度から運賃を改定する。＝関連記事')).toBeUndefined();
    expect(japaneseCaption('The ratio x＝2 was used')).toBeUndefined();
  });
  it('does not take a sentence with a slash or a colon for a caption', () => {
    expect(matchCaption('The ratio rose to 3/4 of the budget, officials said.')).toBeUndefined();
    expect(matchCaption('Source: the ministry said the figures were provisional.')).toBeUndefined();
    // A headline quoting its speaker by role after a dash is no caption; an agency after the dash is a credit.
    expect(matchCaption('Govt to table Electricity Act amendments next week – Minister')).toBeUndefined();
    expect(matchCaption('Protesters gather outside parliament in Canberra – Reuters')?.credit).toBe('Reuters');
  });
});

describe('bylines', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  it.each([
    ['Von Anna Becker und Lukas Brandt, Berlin', [{ name: 'Anna Becker', location: 'Berlin' }, { name: 'Lukas Brandt', location: 'Berlin' }]],
    ['By Marcus Delaney and Renee Castillo, CNN', [{ name: 'Marcus Delaney' }, { name: 'Renee Castillo' }]],
    ['By Jane Doe | The Courier', [{ name: 'Jane Doe' }]],
    ['Piše Ivana Radić', [{ name: 'Ivana Radić' }]],
    ['撰文：梁嘉琪', [{ name: '梁嘉琪' }]],
    ['Story by Mara Delgado, Associated Press • 5h • 3 min read', [{ name: 'Mara Delgado' }]],
    ['Kolbrún Dögg Ragnarsdóttir skrifar', [{ name: 'Kolbrún Dögg Ragnarsdóttir' }]],
    // Hausa's `Daga` ("by"); an initial glued to the family name, as Mongolian and Russian papers sign.
    ['Daga Aminu Bello Sani, Kaduna', [{ name: 'Aminu Bello Sani', location: 'Kaduna' }]],
    ['Б.Энхжаргал', [{ name: 'Б.Энхжаргал' }]],
    // Spanish `Escriben`, Tagalog `ni`, Indonesian `Pewarta:`; the paper's initials before the label; the site's address after the name.
    ['Escriben Lucía Méndez y Diego Sarachu', [{ name: 'Lucía Méndez' }, { name: 'Diego Sarachu' }]],
    ['ni Marlon Dela Paz', [{ name: 'Marlon Dela Paz' }]],
    // Maltese `Minn`, Kinyarwanda `Yanditswe na` (its `Kuya` before the date), Faroese `Tekstur:`, Swahili `Na`, Albanian `Nga`.
    ['Minn Kristina Vella', [{ name: 'Kristina Vella' }]],
    // A Korean reporter's sign-off under the story, with the address.
    ['김민수 기자 kms@kookje.co.kr', [{ name: '김민수' }]],
    ['Yanditswe na Uwimana Clarisse  Kuya 25 Ugushyingo 2025 saa 09:14', [{ name: 'Uwimana Clarisse' }]],
    ['Tekstur: Rúna Jacobsen og Sámal Poulsen', [{ name: 'Rúna Jacobsen' }, { name: 'Sámal Poulsen' }]],
    ['Na Rehema Mwakangale', [{ name: 'Rehema Mwakangale' }]],
    ['Nga Arben Hoxha', [{ name: 'Arben Hoxha' }]],
    // Czech and Slovak `a` ("and") between two names; the `a` of a place stays a place.
    ['Martina Kolesárová a Tomáš Hreško', [{ name: 'Martina Kolesárová' }, { name: 'Tomáš Hreško' }]],
    ['Laura Bianchi a Milano', [{ name: 'Laura Bianchi', location: 'Milano' }]],
    ['김민지 기자, 세종=이상훈 기자', [{ name: '김민지' }, { name: '이상훈', location: '세종' }]],
    ['Jack Ross | NCA NewsWire', [{ name: 'Jack Ross' }]],
    // Of parts between bars, the one the writer's label opens; `文/` and the reporter's title before a Chinese name.
    ['来源：羊城晚报 | 作者：温晓婷 | 发表时间：2025-11-03 21:18', [{ name: '温晓婷' }]],
    ['Source: AP | By Jane Doe | Nov 3, 2025', [{ name: 'Jane Doe' }]],
    ['文/羊城晚报全媒体记者 温晓婷', [{ name: '温晓婷' }]],
    ['Petra Navrátilová, pnv', [{ name: 'Petra Navrátilová' }]],
    ['By Shailesh Asthana Edited By: Nitesh Srivastava Updated: Mon, 3 Nov 2025 11:52 PM (IST)', [{ name: 'Shailesh Asthana' }]],
    ['来源：浙江日报　　作者：记者 王晓峰　通讯员 陈洁　　2025年11月3日 07:32', [{ name: '王晓峰' }, { name: '陈洁' }]],
    ['By Siobhán Ní Dhálaigh, North Clare Correspondent', [{ name: 'Siobhán Ní Dhálaigh' }]],
    // A paper's name beside the date, in a script without spaces, is no writer.
    ['熊本日日新聞 | 2025年11月3日 19:45', []],
    ['Pewarta: Sinta Ayu Lestari', [{ name: 'Sinta Ayu Lestari' }]],
    ['OLJ / Par Soraya HAMDANE, le 26 novembre 2025 à 00h00, mis à jour à 10h17', [{ name: 'Soraya HAMDANE' }]],
    ['Gintarė Vaitkutė, lrytas.lt', [{ name: 'Gintarė Vaitkutė' }]],
    ['Marisa Dhillon 25 Nov 2025 | TheTyee.ca', [{ name: 'Marisa Dhillon' }]],
    ['Oleh Nur Aisyah Kamarulzaman - November 3, 2025 @ 3:41pm', [{ name: 'Nur Aisyah Kamarulzaman' }]],
    // A date with words in small letters beside it, and a source beside dates, name no one.
    ['Nous sommes le lundi 3 novembre 2025', []],
    ['3. 11. 2025 12:18Aktualizováno3. 11. 2025 15:41|Zdroj: ČT24, ČTK', []],
    ['Од Марија Петреска - 25 ноември 2025', [{ name: 'Марија Петреска' }]],
    ['كتب محمد السيد', [{ name: 'محمد السيد' }]],
    ['И.Соколова, Т.Баранов', [{ name: 'И.Соколова' }, { name: 'Т.Баранов' }]],
    ['By Jane Doe, The Seattle Times', [{ name: 'Jane Doe' }]],
    ['Darnell Whitaker, Detroit Free Press', [{ name: 'Darnell Whitaker' }]],
    ['Marcus Lee, Jane Roe Fox News', [{ name: 'Marcus Lee' }, { name: 'Jane Roe' }]],
    ['Prachi Bhosekar / TNN / Updated: Nov 3, 2025, 14:12 IST', [{ name: 'Prachi Bhosekar' }]],
    ['Thiago Bonfim e Marina Resende*', [{ name: 'Thiago Bonfim' }, { name: 'Marina Resende' }]],
    ['Von Jana Brockmann, Wirtschaftsredakteurin', [{ name: 'Jana Brockmann' }]],
    ['Par Claire Martin (Lyon, correspondante)', [{ name: 'Claire Martin', location: 'Lyon' }]],
    ['par Julien Ferrand, correspondant à Marseille', [{ name: 'Julien Ferrand', location: 'Marseille' }]],
    ['By Dana Whitcombe Follow and Marcus Ilori Follow', [{ name: 'Dana Whitcombe' }, { name: 'Marcus Ilori' }]],
    ['By Caroline Whitcomb, climate reporter', [{ name: 'Caroline Whitcomb' }]],
    ['Texte par : Claire Dufresne', [{ name: 'Claire Dufresne' }]],
    ['Rachel Dimitriou@RDIMITRIOU', [{ name: 'Rachel Dimitriou' }]],
    ['By Fiona Baird, PA Scotland', [{ name: 'Fiona Baird' }]],
    ['Avec notre correspondant à Abidjan, Jérémie Kouadio', [{ name: 'Jérémie Kouadio', location: 'Abidjan' }]],
    ['Por Ana Clara Veloso — Rio de Janeiro', [{ name: 'Ana Clara Veloso', location: 'Rio de Janeiro' }]],
    ['By: Patricia Mae Villanueva, Jerome Salcedo - @inquirerdotnet', [{ name: 'Patricia Mae Villanueva' }, { name: 'Jerome Salcedo' }]],
    ['Oleh DIMAS WARDHANA, NUR AINI SAPUTRI', [{ name: 'Dimas Wardhana' }, { name: 'Nur Aini Saputri' }]],
    ['Data publicării: 20.11.2025 14:12', []],
    ['By Ritika Sharma, New Delhi', [{ name: 'Ritika Sharma', location: 'New Delhi' }]],
    ['By Rachel Okonjo Transportation Reporter', [{ name: 'Rachel Okonjo' }]],
    ['By Megan Castellano , Caleb Ortiz Fox News', [{ name: 'Megan Castellano' }, { name: 'Caleb Ortiz' }]],
    ['By JAMES TORRANCE FOR MAILONLINE', [{ name: 'James Torrance' }]],
    ['By Jane Doe for The Times', [{ name: 'Jane Doe' }]],
    ['Rosa Ellery, Education Editor | Tom Whitcombe', [{ name: 'Rosa Ellery' }, { name: 'Tom Whitcombe' }]],
    ['Gökhan Aydın - Trabzon', [{ name: 'Gökhan Aydın', location: 'Trabzon' }]],
    ['Av Linnea Holm och Oskar Bergqvist', [{ name: 'Linnea Holm' }, { name: 'Oskar Bergqvist' }]],
    ['대구=박성훈 기자', [{ name: '박성훈', location: '대구' }]],
    ['Tamsin Reyes-Holloway, University of Nebraska-Lincoln', [{ name: 'Tamsin Reyes-Holloway' }]],
    ['Rafael Nunes, da CNN, em São Paulo', [{ name: 'Rafael Nunes', location: 'São Paulo' }]],
    ['By Ciara McNamara, Mid-West Correspondent', [{ name: 'Ciara McNamara' }]],
    ['by Dana Whitfield, ProPublica, and Marcus Odom, AL.com', [{ name: 'Dana Whitfield' }, { name: 'Marcus Odom' }]],
    ['By Sarah Whitcombe Business Reporter ·NZ Herald·', [{ name: 'Sarah Whitcombe' }]],
    ['By Devon Ashcroft-Mills and Priya Venkataraman | Baltimore Sun', [{ name: 'Devon Ashcroft-Mills' }, { name: 'Priya Venkataraman' }]],
    ["Par Julien PRAZ - Hier à 17:14 | mis à jour aujourd'hui à 08:02 - Temps de lecture : 3 min", [{ name: 'Julien PRAZ' }]],
    ['Surabaya ● Fri, January 9, 2026', []],
    // A label in any language with capitals, then a colon, before people's names (a given name confirms each);
    // not a picture's, source's, tag list's, editor's or rights' label; and labels without a colon in more languages.
    ['Tekst: Jan Kowalski i Anna Nowak', [{ name: 'Jan Kowalski' }, { name: 'Anna Nowak' }]],
    ['Szerző: Kovács Péter', [{ name: 'Kovács Péter' }]],
    ['Reporter: Budi Santoso', [{ name: 'Budi Santoso' }]],
    ['Tags: Donald Trump', undefined],
    ['Copyright: Alexander Roll', undefined],
    ['Editor: Jane Smith', undefined],
    ['Kirjoittaja Matti Virtanen', [{ name: 'Matti Virtanen' }]],
    ['Skrevet af Lars Hansen', [{ name: 'Lars Hansen' }]],
    ['Reportagem de João Silva', [{ name: 'João Silva' }]],
    ['Napisao: Ivan Horvat', [{ name: 'Ivan Horvat' }]],
    ['Ein Kommentar von Peter Müller', [{ name: 'Peter Müller' }]],
    ['Γράφει ο Γιώργος Παπαδόπουλος', [{ name: 'Γιώργος Παπαδόπουλος' }]],
    // Taiwanese names set apart by spaces over "reporting from"; an Arabic source label, and the town after a dash.
    ['蔡佳穎 林建宏 / 屏東報導', [{ name: '蔡佳穎', location: '屏東' }, { name: '林建宏', location: '屏東' }]],
    ['المصدر: أحمد عاطف - عجمان', [{ name: 'أحمد عاطف', location: 'عجمان' }]],
    ['كتبت- منى زيدان', [{ name: 'منى زيدان' }]],
    // (An agency in brackets after the name is where the writer works, not a place.)
    ['Ewelina Jurczak (PAP)', [{ name: 'Ewelina Jurczak' }]],
  ])('%s', (line, authors) => {
    expect(parseByline(line, { reference })?.authors).toEqual(authors);
  });
  it.each([
    ['(대전=연합뉴스) 김지훈 기자 = 대전시가 30년 만에 시내버스 노선을 개편한다.', [{ name: '김지훈', location: '대전' }]],
    ['[서울=뉴시스]김지원 기자 = 서울시가 심야 자율주행버스를 확대한다.', [{ name: '김지원', location: '서울' }]],
    ['中新网北京11月25日电 (记者 李晓红)记者25日从中国国家铁路集团获悉。', [{ name: '李晓红', location: '北京' }]],
    ['（中央社記者林育萱台北26日電）衛生福利部今天宣布。', [{ name: '林育萱', location: '台北' }]],
    ['新京报讯（记者吴彤）北京市住建委25日发布通知。', [{ name: '吴彤' }]],
    ['【环球网报道 记者 陈思远】据新西兰广播电台25日报道，奥克兰港自动化码头全面投运。', [{ name: '陈思远' }]],
    ['The council met on Monday (Reuters) and voted.', undefined],
  ])('reads the writer and the town that open a wire story: %s', (paragraph, authors) => {
    expect(wireOpeningAuthors(paragraph)).toEqual(authors);
  });
  it.each(['Have Your Say', 'About Our Newsroom', 'Follow The Story'])('%s is no name alone on its line', (line) => {
    expect(parseByline(line, { reference })).toBeUndefined();
  });
  it('keeps the date that shares the byline line, published and updated', () => {
    const byline = parseByline('by Rachel Okonjo Nov 3, 2025, 9:00am EST', { reference, lang: 'en' });
    expect(byline?.authors).toEqual([{ name: 'Rachel Okonjo' }]);
    expect(byline?.dateline?.iso).toBe('2025-11-03T09:00-05:00');
  });
  it('keeps the dates of a labelled line whose names it cannot confirm (Thai `โดย:` and a desk)', () => {
    const byline = parseByline('เผยแพร่: 3 พ.ย. 2568 16:48 ปรับปรุง: 3 พ.ย. 2568 17:05 โดย: ฝ่ายข่าวภูมิภาค', { reference, lang: 'th' });
    expect(byline?.authors).toEqual([]);
    expect(byline?.dateline?.iso).toBe('2025-11-03T16:48+07:00');
    expect(byline?.updated?.iso).toBe('2025-11-03T17:05+07:00');
  });
  it('takes one word before a date for the filing place, not an author', () => {
    const byline = parseByline('ROMA, 03 novembre 2025, 14:12', { reference, lang: 'it' });
    expect(byline?.authors).toEqual([]);
    expect(byline?.dateline?.iso).toBe('2025-11-03T14:12+01:00');
  });
  it('reads an agency alone as the byline’s author, and a desk as no one', () => {
    expect(parseByline('By Reuters', { reference })).toMatchObject({ authors: [{ name: 'Reuters' }] });
    expect(parseByline('26/11/25 10:35 ‧ Há 7 Horas por Lusa', { reference })?.authors).toEqual([{ name: 'Lusa' }]);
    expect(parseByline('By Redazione Roma', { reference })).toMatchObject({ authors: [] });
    // (Croatian `Piše:` and an agency in capitals, kept as it is written.)
    expect(parseByline('Piše: HINA, četvrtak, 26.11.2026. 12:43', { reference })?.authors).toEqual([{ name: 'HINA' }]);
    expect(parseByline('Piše: Ana Marić', { reference })?.authors).toEqual([{ name: 'Ana Marić' }]);
    expect(agencyLine('Source: AAP')).toEqual([{ name: 'AAP' }]);
  });
  it('reads names in scripts without capitals when a given name confirms them, and a place after a spaced slash', () => {
    expect(parseByline('נועה שפירא ועמית לוי', { reference })?.authors).toEqual([{ name: 'נועה שפירא' }, { name: 'עמית לוי' }]);
    expect(parseByline('محمد علي وأحمد حسن', { reference })?.authors).toEqual([{ name: 'محمد علي' }, { name: 'أحمد حسن' }]);
    expect(parseByline('שתפו בפייסבוק', { reference })).toBeUndefined();
    expect(parseByline('Deniz Yalçınkaya / Muğla', { reference })?.authors).toEqual([{ name: 'Deniz Yalçınkaya', location: 'Muğla' }]);
    expect(parseByline('Deniz Yalçınkaya / Ahmet Kaya', { reference })?.authors).toEqual([{ name: 'Deniz Yalçınkaya' }, { name: 'Ahmet Kaya' }]);
    expect(parseByline('Jane Doe / Staff', { reference })?.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(parseByline('كتب: يوسف العوضي, هبة الشرقاوي', { reference })?.authors).toEqual([{ name: 'يوسف العوضي' }, { name: 'هبة الشرقاوي' }]);
    expect(parseByline('يوسف العوضي, هبة الشرقاوي', { reference })).toBeUndefined();
    expect(parseByline('From Musa Adamu, Kaduna | 26 November 2026 | 4:12 am', { reference })?.authors).toEqual([{ name: 'Musa Adamu', location: 'Kaduna' }]);
    expect(parseByline('Curated By : Sanjana Rao', { reference })?.authors).toEqual([{ name: 'Sanjana Rao' }]);
    expect(parseByline('From Monday, buses will run later.', { reference })).toBeUndefined();
    expect(parseByline('記者林育萱／新竹報導', { reference })?.authors).toEqual([{ name: '林育萱', location: '新竹' }]);
    expect(parseByline('〔記者廖雅婷、王小明／台中報導〕', { reference })?.authors).toEqual([
      { name: '廖雅婷', location: '台中' },
      { name: '王小明', location: '台中' },
    ]);
    expect(agencyLine('Source: the council')).toBeUndefined();
  });
  it('leaves the little word before the date out of the name, but reads no sentence as names', () => {
    expect(parseByline('Par Antoine Bellec le 27.11.2025 à 06h30', { reference })?.authors).toEqual([{ name: 'Antoine Bellec' }]);
    expect(parseByline('Une réunion publique prévue le 20 novembre', { reference })).toBeUndefined();
  });
  it('leaves an e-mail address and a site in capitals out of the names and places', () => {
    expect(parseByline('By Hollis Whitmire hwhitmire@postandcourier.com', { reference })?.authors).toEqual([{ name: 'Hollis Whitmire' }]);
    expect(parseByline('By Mira Castellanos, SFGATE', { reference })?.authors).toEqual([{ name: 'Mira Castellanos' }]);
    expect(parseByline('By Jane Doe, LONDON', { reference })?.authors).toEqual([{ name: 'Jane Doe', location: 'London' }]);
  });
  it('reads no company as an author, and a town after a bar as the place', () => {
    expect(parseByline('By Acme Robotics GmbH', { reference })?.authors).toEqual([]);
    expect(parseByline('By Nora Halvorsen Staff writer | Denver', { reference })?.authors).toEqual([{ name: 'Nora Halvorsen', location: 'Denver' }]);
  });
  it('never takes a section label or a CJK noun for names', () => {
    expect(parseByline('Cities')).toBeUndefined();
    expect(parseByline('国際')).toBeUndefined();
    // A leading `de`, `av` or `by` is a word, not the start of one (`DECRYPTAGE`, `Average`).
    expect(parseByline("DECRYPTAGE - MaPrimeRénov' : le coup de frein qui inquiète les artisans")).toBeUndefined();
    expect(parseByline('Available now')).toBeUndefined();
  });
  it('takes a sentence that mentions a date for neither a byline nor a dateline', () => {
    expect(parseByline('Cars from a freight train lie on their sides in a field east of Hastings, Nebraska, on Nov. 2, 2025.')).toBeUndefined();
    expect(parseByline('By Jane Doe and John Roe in Leeds | Published Nov. 3, 2025, 9:12 a.m. ET')?.authors).toEqual([{ name: 'Jane Doe', location: 'Leeds' }, { name: 'John Roe', location: 'Leeds' }]);
  });
  it('reads a role line under the name', () => {
    expect(matchRoleLine('Staff Writer')).toEqual({});
    expect(matchRoleLine('Correspondant à Marseille')).toEqual({ place: 'Marseille' });
    // "Journalist" in Indonesian, Zulu and Swahili: a role under the name, never its place.
    for (const role of ['Jurnalis', 'Intatheli', 'Mwandishi wa Habari', 'Wartawan']) expect(isRoleAlone(role)).toBe(true);
  });
});

describe('footer notes', () => {
  it.each([
    ['— With assistance from Petra Nilsson', 'credit'],
    ['(Updates with analyst comment in fifth paragraph)', 'note'],
    ['(Статията е допълнена с позицията на заместник-кмета Николай Кирилов.)', 'note'],
    ['Karin Lindqvist är reporter på HD:s nyhetsredaktion och bevakar trafik och kommunpolitik i Helsingborg.', 'bio'],
    ['Este contenido es de la Agencia EFE y su reproducción total o parcial está prohibida sin autorización previa.', 'rights'],
    ['Have a news tip about Lakewood? Email reporter Olivia Szabo at oszabo@cleveland.com.', 'credit'],
    ['($1 = 562.4000 CFA francs)', 'note'],
    ['Новость дополнена заявлением мэрии.', 'note'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'credit'],
    ['Dale Hutchins can be reached at dhutchins@example.com or 920-555-0162.', 'credit'],
    ['Eloise Carver can be contacted at 791-6328 or at: ecarver@example.com', 'credit'],
    ['Een versie van dit artikel verscheen ook in NRC van 4 november 2025', 'credit'],
    ['Colaborou Marcelo Toledo, de Ribeirão Preto', 'credit'],
    ['Marieke de Bruin schrijft voor de Volkskrant over energie en klimaat.', 'bio'],
    ['Miriam Castellanos is a staff writer at The Atlantic.', 'bio'],
    ['Rectificatif : une version précédente de cet article indiquait 40 stations.', 'correction'],
    ['© Riproduzione riservata', 'rights'],
    ['Riproduzione riservata ©', 'rights'],
    ['Hanna Kowalczyk contributed.', 'credit'],
    ['Nadia Okwu contributed research.', 'credit'],
    ['With files from Marcy Gauthier', 'credit'],
    ['Do you work in retail and have a story to share? Contact this reporter at jw@example.com.', 'credit'],
    ['Ce contenu est produit dans le cadre de l’Initiative de journalisme local.', 'credit'],
    ['Updated at 4:18 p.m.', 'note'],
    ['Artiklen er opdateret med kommentarer fra Esbjerg Kommune.', 'note'],
    ['<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>', 'rights'],
    ['Korjattu 5.11. kello 11.15: Jutussa kerrottiin aiemmin virheellisesti budjetista.', 'correction'],
    ['Caleb Ortiz is a Fox News Digital production assistant.', 'bio'],
    ['Natalie Chau joined the Post in 2021 and covers transport in Hong Kong.', 'bio'],
    ['This article appeared in the Europe section of the print edition under the headline “Shutters up”', 'credit'],
    ['Published in the print edition of the March 2, 2026, issue, with the headline “Low Tide.”', 'credit'],
    ['*Com informações da Agência Brasil', 'credit'],
    ['Com Lusa', 'credit'],
    ['This article originally appeared on The Courier: Fares rise on the river buses', 'credit'],
    ['Conteúdo editado por: Fernanda Lima', 'credit'],
    ['Reach reporter Olivia Whitcomb at owhitcomb@example.com or follow her on X.', 'credit'],
    ['Opracowanie: Karolina Wiśniewska', 'credit'],
    ['Additional sources • AP', 'credit'],
    ['This is a developing story. Please check back for updates.', 'note'],
    ['Rommel Bacalso is Rappler’s Mindanao correspondent based in Davao City.', 'bio'],
    ['Artikeln uppdaterades kl. 16.10 med kommentarer från Tomas Grönroos.', 'note'],
    ['Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.', 'credit'],
    ['박준호 기자 park.junho@example.co.kr', 'credit'],
    ['Con información de agencias', 'credit'],
    ['red, wien.ORF.at/Agenturen', 'credit'],
    ['abc@example.co.kr', 'credit'],
    ['Update 3/11/26, 2:15 p.m. ET: This article has been updated with a statement from the mayor.', 'correction'],
    ['Priya Nair receives funding from the Wellcome Trust.', 'bio'],
    ['With a report from Nadia Sharif in Winnipeg', 'credit'],
    ['Editor: BAGUS PRASETYO', 'credit'],
    ['Marisol Tan: 206-464-2314 or mtan@example.com. Marisol Tan covers City Hall.', 'credit'],
    ['Saken oppdateres.', 'note'],
    ['Oikaisu 5.11.2025 klo 11.26: Jutussa kerrottiin aiemmin virheellisesti kellonaika.', 'correction'],
    ['Update, November 14th: Added details from the support page about firmware updates.', 'correction'],
    ['Seline Hürlimann ist Redaktorin im Ressort Zürich und schreibt über Verkehr.', 'bio'],
    ['Über dieses Thema berichtet: BR24 im Radio am 11.10.2025 um 16:00 Uhr.', 'note'],
    ['— Ana Castellanos covers transportation for The Oregonian. Reach her at ana@example.com.', 'bio'],
    ['Published in Dawn, October 3rd, 2025', 'credit'],
    ['*Estagiária sob a supervisão de Renato Vasconcelos', 'note'],
    ['Sita Planasari berkontribusi dalam penulisan artikel ini.', 'credit'],
    ['Correction, Nov. 24, 2026: A previous version of this story misstated the number of homes served.', 'correction'],
    ["Writer's email: naa.quaye@graphic.com.gh", 'credit'],
    ['[email protected]', 'credit'],
    ['– ndapewa@namibian.com.na', 'credit'],
    ['촬영기자:이승준/영상편집:오은지/그래픽:박미래', 'credit'],
    ['Disclosure: The Texas Water Development Board has been a financial supporter of The Texas Tribune.', 'note'],
    ['Albiste hau eguneratu egin da, Iratxe Larrañaga zinegotziaren adierazpenekin.', 'note'],
    ['(kam/APA)', 'credit'],
    ['责任编辑：邓颖琳', 'credit'],
    ['Artikel ini disiarkan pada : Khamis, 26 November 2026 @ 3:41 PM', 'credit'],
    ['mcc/rmlgv', 'credit'],
    // The study a story reports, the day it was amended, information from another newsroom, an update note in Dutch, a marked bio.
    ['Journal reference:', 'credit'],
    ['Current Biology DOI: 10.1016/j.cub.2026.10.041', 'credit'],
    ['Article amended on 26 November 2026', 'correction'],
    ['Με πληροφορίες από την ΕΡΤ Ηρακλείου', 'credit'],
    ['По материалам ТАСС', 'credit'],
    ['Dit artikel werd aangevuld met de reactie van de schepen van Mobiliteit.', 'note'],
    ["(*) Jane Doe is a columnist and a former adviser to the housing agency.", 'bio'],
  ])('%s → %s', (line, kind) => {
    expect(matchFooter(line)).toBe(kind);
  });
  it('leaves a story sentence about a person alone', () => {
    expect(matchFooter('Okafor is a former engineer who chairs the committee.')).toBeUndefined();
    expect(matchFooter('Pune/Mumbai')).toBeUndefined();
    expect(matchFooter('and/or')).toBeUndefined();
    // (An acronym's news is a teaser, not a bio: `SSUET hosts …`; a bare DOI address is the page's own, to cite.)
    expect(matchFooter('SSUET hosts international conference on renewable energy')).toBeUndefined();
    expect(matchFooter('https://doi.org/10.64628/AA.x7k2pqm3d')).toBeUndefined();
    expect(matchFooter('Mis à jour le 03/11/2025 à 16:40')).toBeUndefined();
    expect(matchFooter('Updated on: Nov 03, 2025 04:40 PM IST')).toBeUndefined();
    expect(matchFooter('Bronx man swiped empty MTA bus for 2 a.m. joyride to White Castle drive-thru: cops')).toBeUndefined();
    expect(matchFooter('* Wellington bus drivers accept pay offer, ending months of disruption')).toBeUndefined();
    expect(matchFooter('Com o objetivo de reduzir as filas, a prefeitura abriu novos postos.')).toBeUndefined();
    expect(matchFooter('The new bus depot is funded by the regional transport authority and a federal grant.')).toBeUndefined();
  });
});

describe('reading a page whose header no rule fully knows', () => {
  const page = [
    'Skip to content',
    'Sections',
    'World',
    'Business',
    'Opinion',
    '',
    'Climate',
    'Glaciers in the Alps shrank faster than ever this summer',
    'Scientists say the losses were twice the average of the past decade.',
    'Listen 6 min',
    'A totally new widget line',
    'By Ann Lee in Geneva',
    'Published Nov. 3, 2025, 9:12 a.m. ET Updated Nov. 3, 2025, 4:40 p.m. ET',
    '',
    'The Swiss glacier monitoring network said on Monday that the ice lost in 2025 was the second largest on record, after 2022.',
    '',
    'The findings add to pressure on governments meeting this month to agree on emissions cuts, researchers said.',
    '',
    'Most read',
    'Another story headline here',
    'Yet another story headline',
  ].join('\n');
  const { article, explain } = readNewsText(page, { date: parseReferenceDate('2025-11-03T18:00Z') });
  it('takes the headline under the menus, not the first lines', () => {
    expect(inlineText(article.headline)).toBe('Glaciers in the Alps shrank faster than ever this summer');
    expect(article.kicker && inlineText(article.kicker)).toBe('Climate');
    expect(article.standfirst && inlineText(article.standfirst)).toMatch(/^Scientists say/);
  });
  it('goes on past an unknown line: byline and both dates are still found', () => {
    expect(article.byline?.authors).toEqual([{ name: 'Ann Lee', location: 'Geneva' }]);
    expect(article.byline?.dateline?.iso).toBe('2025-11-03T09:12-05:00');
    expect(article.byline?.updated?.iso).toBe('2025-11-03T16:40-05:00');
    expect(article.dropped.find((d) => d.text === 'A totally new widget line')?.reason).toBe('unrecognised header line');
  });
  it('keeps the list after the story out of the body, and says why for each line', () => {
    expect(article.sections.flatMap((s) => s.blocks)).toHaveLength(2);
    expect(article.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['Most read', 'Another story headline here', 'Skip to content']));
  });
  it('explains each line with its best two role scores', () => {
    const headline = explain.find((e) => e.rule === 'headline');
    expect(headline?.scores?.[0]?.[0]).toBe('headline');
    expect(headline?.scores).toHaveLength(2);
  });
});

describe('a lead picture below lines no header rule knows', () => {
  const page = (above: string[]) =>
    [
      'Town hall delays the vote on the new ferry pier',
      'Costs have risen by a third since spring',
      'By Ann Lee',
      'Nov. 3, 2025',
      ...above,
      'The old pier at the harbour mouth, on Monday. (Jo Banks/The Courier)',
      'The town council on Monday delayed for a second time its vote on a new ferry pier, saying the cost had risen by a third since spring.',
      'Councillors asked officials to come back in January with two cheaper designs and a plan for the old pier, which has been closed since a storm in March.',
    ].join('\n');
  it('takes the picture as the lead and sets a line about the page aside', () => {
    const { article } = readNewsText(page(['This article was produced in partnership with the Harbour Courier.']));
    expect(article.lead?.credit).toBe('Jo Banks/The Courier');
    expect(article.sections[0]?.blocks[0]?.type).toBe('paragraph');
    expect(article.dropped.find((d) => d.text.startsWith('This article was produced'))?.reason).toBe('unrecognised header line');
  });
  it('keeps a story paragraph above an inline picture in the story', () => {
    const { article } = readNewsText(page(['Ferry passengers have waited for a decision on the pier for more than two years, and the operator says the delay is costing it money every week.']));
    expect(article.lead).toBeUndefined();
    const first = article.sections[0]?.blocks[0];
    expect(first?.type === 'paragraph' && inlineText(first.children)).toMatch(/^Ferry passengers/);
  });
});

describe('people and places on lines of their own', () => {
  it('tells a person from a town by given names and a gazetteer', () => {
    expect(looksLikePersonName('Oskar Bergqvist')).toBe(true);
    expect(looksLikePersonName('Kovács Dóra')).toBe(true);
    // (Greek names with their accents, which faker's list leaves off.)
    expect(looksLikePersonName('Ελένη Κατσαρού')).toBe(true);
    expect(looksLikePersonName('Αττική Οδός')).toBe(false);
    expect(looksLikePersonName('Follow Author')).toBe(false);
    expect(looksLikePersonName('View Editorial Guidelines')).toBe(false);
    expect(isKnownPlace('Belo Horizonte')).toBe(true);
    expect(isKnownPlace('Deutschland')).toBe(true);
    expect(isKnownPlace('Oskar Bergqvist')).toBe(false);
  });
  const header = (lines: string[]) =>
    readNewsText(
      [
        'Commuter trains replaced by buses for three weeks',
        'Engineering work closes the line between the city and the airport',
        ...lines,
        '',
        'Replacement buses will run every ten minutes between the central station and the airport from Monday, the rail operator said.',
        '',
        'The work, which includes new signals and a rebuilt bridge, was postponed twice last year because of a shortage of engineers.',
      ].join('\n'),
      { date: parseReferenceDate('2025-11-03T18:00Z') },
    ).article;
  it('reads a second name under the first as a second author, not as a place', () => {
    expect(header(['Linnea Holm', 'Oskar Bergqvist', 'Published 3 November 2025']).byline?.authors).toEqual([{ name: 'Linnea Holm' }, { name: 'Oskar Bergqvist' }]);
  });
  it('still reads a town under the name as the place', () => {
    expect(header(['Ana Ferreira', 'São Paulo', 'Published 3 November 2025']).byline?.authors).toEqual([{ name: 'Ana Ferreira', location: 'São Paulo' }]);
  });
  it('takes a name alone under the story as the byline when the header has none', () => {
    const article = readNewsText(
      [
        'Commuter trains replaced by buses for three weeks',
        '',
        'Replacement buses will run every ten minutes between the central station and the airport from Monday, the rail operator said.',
        '',
        'The work, which includes new signals and a rebuilt bridge, was postponed twice last year because of a shortage of engineers.',
        'Lukas Imhof',
        'Most read',
        'Snow closes the pass road',
      ].join('\n'),
    ).article;
    expect(article.byline?.authors).toEqual([{ name: 'Lukas Imhof' }]);
  });
});

describe('a caption announced by a caption button', () => {
  it('takes the line after "Show Caption" as the caption, and "Name, PUBLICATION" under it as the credit', () => {
    const { article } = readNewsText(
      [
        'Blizzard strands hundreds of drivers on I-80',
        'By Dana Reyes',
        'Published 5:02 a.m. ET Nov. 3, 2025',
        'Show Caption',
        'Hide Caption',
        'Drivers wait at a roadblock on Interstate 80 in Cheyenne, Wyoming, on Nov. 2, 2025, after the highway closed.',
        'Trevor Halvorsen, USA TODAY',
        '',
        'Hundreds of truckers and holiday travelers spent Sunday night in their vehicles after a blizzard closed a 200-mile stretch of the interstate.',
        '',
        'The state transportation department said the road could reopen by Monday afternoon if the wind dropped as forecast.',
      ].join('\n'),
    );
    expect(article.lead?.caption && inlineText(article.lead.caption)).toMatch(/^Drivers wait/);
    expect(article.lead?.credit).toBe('Trevor Halvorsen, USA TODAY');
    expect(article.standfirst).toBeUndefined();
  });
});

describe('lines a box or a list must not take', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  it('keeps a byline and date between a key-points label and the share buttons', () => {
    const page = [
      'Lyon : le métro B prolongé jusqu’aux hôpitaux Sud dès lundi',
      'L’essentiel',
      'Quatre nouvelles stations ouvrent lundi au sud de la ligne.',
      'Les travaux ont duré quatre ans et coûté 400 millions d’euros.',
      'La métropole promet une rame toutes les trois minutes.',
      'Propos recueillis par Élodie Ferrand',
      'Publié le 03/11/25 à 14h12',
      'Partager sur Facebook',
      'Copier le lien',
      '',
      'Les rames circuleront toutes les trois minutes aux heures de pointe, a indiqué le Sytral, qui a confirmé lundi la date de mise en service.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.dropped.map((d) => d.reason)).not.toContain('part of a box of site furniture (newsletter, video, promotion)');
    expect(article.byline?.dateline?.iso).toBe('2025-11-03T14:12+01:00');
  });
  it('takes tags in small letters for a link list, even after a line that reads like an introduction', () => {
    const page = [
      'Bologna ripensa i parcheggi del centro',
      '',
      'Il consiglio comunale voterà a dicembre il nuovo piano della sosta, che riduce di un terzo i posti auto nelle strade del centro storico.',
      'I comitati di quartiere hanno già annunciato un ricorso al tribunale amministrativo contro la delibera della giunta.',
      'Di più su questi argomenti:',
      'bologna',
      'mobilità',
      'parcheggi',
      'città 30',
      'Nato a Modena nel 1986, scrive di città e trasporti per il giornale dal 2015.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    const body = article.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type));
    expect(body).not.toContain('bologna');
    expect(article.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['bologna', 'mobilità', 'parcheggi', 'città 30']));
  });
});

describe('a related list ends where the author’s own list is introduced', () => {
  it('keeps `… include:` and its items in the story after an `Also Read` link', () => {
    const page = [
      'Water cut in 40% of the city on Thursday',
      '',
      'By Prachi Kale',
      '',
      'The municipal corporation will shut water supply to large parts of the city for 24 hours from 6am on Thursday to repair a leaking pipeline.',
      '',
      'Officials said the 1,400mm pipeline had developed a leak at a joint that could not be replaced without emptying it completely.',
      '',
      'Also Read',
      'City to install three lakh smart water meters by March',
      '',
      'Areas likely to be affected include:',
      'Kothrud, Karvenagar and Erandwane',
      'Warje, Shivane and Uttam Nagar',
      '',
      'The civic body has deployed 35 tankers to supply water to hospitals, officials said on Tuesday.',
      '',
      'Residents of several housing societies said they had been given less than a day’s notice and would have to buy water from private suppliers.',
      '',
      'Supply will be restored from Friday morning, though pressure may stay low for a day, the corporation said.',
    ].join('\n');
    const { article } = readNewsText(page, { date: parseReferenceDate('2025-11-03T18:00Z') });
    const kept = article.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : b.type === 'list' ? b.items.map((i) => i.map((x) => (x.type === 'paragraph' ? inlineText(x.children) : '')).join('')) : []));
    expect(kept).toEqual(expect.arrayContaining(['Areas likely to be affected include:', 'Kothrud, Karvenagar and Erandwane', 'Warje, Shivane and Uttam Nagar']));
    expect(article.dropped.map((d) => d.text)).toContain('City to install three lakh smart water meters by March');
  });
});

describe('a teaser card inside the story and a date given only under it', () => {
  const page = [
    'LOCAL',
    'County to clear riverside camp before winter storms',
    'By Marisol Vega',
    'Updated November 3, 2025 10:42 AM',
    '',
    'The county will clear one of the largest remaining encampments along the river before the first winter storms, officials said Monday.',
    '',
    'About 140 people are living in tents along a mile of the riverbank, according to the county’s most recent count.',
    '',
    'Read Next',
    'LOCAL',
    'New navigation center opens with 100 beds — and a waitlist',
    'By Marisol Vega',
    'October 29, 2025 5:00 AM',
    '',
    'The county says it will offer a shelter bed to everyone at the camp, though advocates say the waiting lists are long.',
    '',
    'Supervisors will vote on the plan’s budget in December, a spokesperson said.',
    '',
    'This story was originally published November 3, 2025 at 5:00 AM.',
  ].join('\n');
  const { article } = readNewsText(page, { date: parseReferenceDate('2025-11-03T18:00Z') });
  it('drops the card’s headline, byline and date with the list, and takes none of them for the story’s', () => {
    const dropped = article.dropped.map((d) => d.text);
    expect(dropped).toEqual(expect.arrayContaining(['New navigation center opens with 100 beds — and a waitlist', 'October 29, 2025 5:00 AM']));
    expect(article.byline?.dateline?.iso?.slice(0, 10)).toBe('2025-11-03');
  });
  it('takes the date the story first ran from the line under it', () => {
    expect(article.byline?.dateline?.iso).toBe('2025-11-03T05:00');
    expect(article.byline?.updated?.iso).toBe('2025-11-03T10:42');
  });
});

describe('header lines that carry dates without being datelines, and dates under labels', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  it('takes a caption that says when the picture was taken, over its credit, for the lead caption', () => {
    const page = [
      'Freight derailment strands Amtrak passengers in Nebraska',
      'By Kelsey Marchetti',
      'November 3, 2025 / 11:38 AM EST / CBS News',
      '',
      'Cars from a Prairie Central Railway freight train lie on their sides in a field east of Hastings, Nebraska, on Nov. 2, 2025.',
      'KOLN/KGIN',
      '',
      'More than 300 passengers spent the night on a stalled train after a freight train derailed on the same line late Sunday, officials said.',
      '',
      'Crews worked through the night to clear the line, and the railroad said service would resume on Tuesday.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.lead?.caption && inlineText(article.lead.caption)).toMatch(/^Cars from a Prairie Central Railway freight train/);
    expect(article.lead?.credit).toBe('KOLN/KGIN');
    expect(article.standfirst).toBeUndefined();
  });
  it('reads a published and an updated label, each on its own line above its date', () => {
    const page = [
      'La Comunidad cerrará la línea 3 de Metro durante 45 días',
      'Las obras buscan acabar con las filtraciones de agua en el túnel entre Sol y Legazpi.',
      'Álvaro Quintanilla',
      'Madrid',
      'Publicada',
      '3 noviembre 2025 02:45h',
      'Actualizada',
      '3 noviembre 2025 10:17h',
      'La Comunidad de Madrid cerrará al tráfico de viajeros el tramo de la línea 3 entre las estaciones de Sol y Legazpi desde el 7 de enero.',
      'Durante esos días permanecerán cerradas seis estaciones, aunque un servicio especial de autobuses cubrirá el tramo afectado.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.byline?.dateline?.iso).toBe('2025-11-03T02:45+01:00');
    expect(article.byline?.updated?.iso).toBe('2025-11-03T10:17+01:00');
  });
});

describe('boxes and link lists in the middle of the story', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  const story = (middle: string[]) =>
    [
      'Labour MPs from northern seats press the chancellor on the budget',
      '',
      'A group of forty Labour MPs from northern seats has written to the chancellor asking for the budget to protect the towns where Reform came second.',
      '',
      'The letter, seen by this magazine, asks for the bus fare cap and the high-street fund to be kept in full for another three years.',
      '',
      ...middle,
      '',
      'This is not yet a rebellion, and the forum has no plans to vote against the budget, its convenor said on Monday evening.',
      '',
      'But the Treasury will have to answer the letter before the statement is published next week, officials said.',
    ].join('\n');
  const body = (article: ReturnType<typeof readNewsText>['article']) => article.sections.flatMap((s) => [...(s.heading ? [inlineText(s.heading)] : []), ...s.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))]);
  it('drops a sign-up box whole: its newsletters’ names and descriptions, its form and its thanks', () => {
    const { article } = readNewsText(
      story(['Sign up for our newsletters', 'Tick the boxes of the newsletters you would like to receive.', 'Morning Call', 'Quick and essential guide to domestic and global politics.', 'Your email address', 'Sign up', 'THANK YOU']),
      { date: reference },
    );
    expect(body(article).filter((t) => /Morning Call|Tick the boxes|Quick and essential|THANK YOU/.test(t))).toEqual([]);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
  });
  it('takes a third linked headline of the same shape, set apart like the two before it, for one more link', () => {
    const { article } = readNewsText(
      story(['Related News', '', 'Lagos boat mishap: Survivors recount ordeal as death toll rises', '', 'Waterways: Lagos to deploy 20 new ferries on Badagry route', '', 'NIWA, LASWA clash over jetty licensing in Lagos']),
      { date: reference },
    );
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(article.dropped.map((d) => d.text)).toContain('NIWA, LASWA clash over jetty licensing in Lagos');
  });
});

describe('teaser cards, boxes that open in the header, and a photographer under the first line', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  const body = (article: ReturnType<typeof readNewsText>['article']) => article.sections.flatMap((s) => [...(s.heading ? [inlineText(s.heading)] : []), ...s.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))]);
  it('drops a related card’s label, headline and one-sentence summary together', () => {
    const page = [
      'Bluebottle stings surge on Gold Coast beaches',
      'By Mia Harris',
      'November 3, 2025 - 2:41PM',
      '',
      'More than 3,000 people were treated for bluebottle stings on Gold Coast beaches over the weekend, lifeguards said on Monday.',
      '',
      'Surf Life Saving Queensland said a run of northeasterly winds had pushed the creatures onto the shore.',
      '',
      'More Coverage',
      '',
      'Weather',
      '‘Dangerous’ heatwave to hit three states this weekend',
      'Temperatures are set to soar into the mid-40s as a severe heatwave bakes large parts of the country.',
      '',
      'Lifeguards advised swimmers to stay between the flags and to rinse stings with sea water, not fresh water.',
      '',
      'The winds are expected to ease by Thursday, the Bureau of Meteorology said.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(article.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['‘Dangerous’ heatwave to hit three states this weekend', 'Temperatures are set to soar into the mid-40s as a severe heatwave bakes large parts of the country.']));
  });
  it('takes a line with a person’s name straight under it, at the top of the story, for the lead caption and its photographer', () => {
    const page = [
      'Lusovolt adia para 2028 arranque da fábrica de baterias em Sines',
      'A empresa justifica o atraso com o abrandamento da procura europeia de veículos elétricos.',
      'Sara Antunes 3 de novembro de 2025 às 11:47',
      '',
      'A fábrica da Lusovolt vai ocupar 90 hectares na Zona Industrial e Logística de Sines.',
      'Duarte Salvador',
      '',
      'A Lusovolt vai adiar em dois anos o arranque da produção da fábrica de células de baterias de lítio que está a construir em Sines, segundo a empresa.',
      '',
      'A decisão foi comunicada esta segunda-feira aos trabalhadores e à agência que acompanha o projeto.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.lead?.caption && inlineText(article.lead.caption)).toBe('A fábrica da Lusovolt vai ocupar 90 hectares na Zona Industrial e Logística de Sines.');
    expect(article.lead?.credit).toBe('Duarte Salvador');
    expect(body(article)).not.toContain('Duarte Salvador');
  });
});

describe('a list of topic-and-headline pairs, and a headline’s subject above the date', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  it('keeps a headline after its topic label in the list, not as the next section’s heading', () => {
    const page = [
      'Parkhaus in Ehrenfeld soll Fahrradstation werden',
      '',
      'Das Parkhaus an der Hüttenstraße steht seit Jahren halb leer, nun legt die Verwaltung Pläne für eine Fahrradstation vor.',
      '',
      'Tatsächlich lag die durchschnittliche Auslastung des Parkhauses im vergangenen Jahr bei 41 Prozent, teilte die Stadt mit.',
      '',
      'Mehr zum Thema',
      'Venloer Straße',
      'Verkehrsversuch in Ehrenfeld wird um ein Jahr verlängert',
      'Radverkehr',
      'Wo in Köln noch immer Fahrradbügel fehlen',
      '',
      'Die Interessengemeinschaft Ehrenfelder Händler sieht die Pläne dennoch kritisch, sagte ihr Vorsitzender am Montag.',
      '',
      'Der Stadtrat soll im Dezember über die Pläne entscheiden, hieß es aus der Verwaltung.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(article.dropped.map((d) => d.text)).toContain('Wo in Köln noch immer Fahrradbügel fehlen');
  });
  it('takes names the headline itself holds for its subject, not its author', () => {
    const page = [
      'País',
      'Metro do Porto fecha estação da Trindade aos fins de semana durante três meses',
      'A empresa vai encerrar a estação aos sábados e domingos a partir de 6 de dezembro, para obras na cobertura.',
      'Metro do Porto',
      '03/11/25 10:35 ‧ Há 7 Horas por Lusa',
      '',
      'Nos fins de semana de dezembro, a estação vai estar fechada durante todo o dia, anunciou hoje a empresa em comunicado.',
      '',
      'As obras devem terminar em março, segundo a Metro do Porto, que promete autocarros de substituição.',
    ].join('\n');
    const { article } = readNewsText(page, { date: reference });
    expect(article.byline?.authors.map((a) => a.name) ?? []).not.toContain('Metro do Porto');
  });
});

describe('a label with its colon over its value, above the date', () => {
  it('takes the value under `Topic:` for the label’s, not for the author’s place', () => {
    const page = [
      'Culburra Beach residents warned homes could be lost within 25 years',
      'By Keely Tranter and Sam Oyelaran',
      'Topic:',
      'Coastal Erosion',
      'Posted 3h ago',
      '',
      'Residents of a South Coast town have been told their homes could be lost to the sea within 25 years, a council report says.',
      '',
      'The council will hold a community meeting next week to discuss options including a managed retreat from the dunes.',
    ].join('\n');
    const { article } = readNewsText(page, { date: parseReferenceDate('2025-11-03T09:00Z') });
    expect(article.byline?.authors).toEqual([{ name: 'Keely Tranter' }, { name: 'Sam Oyelaran' }]);
    expect(article.dropped.map((d) => d.text)).toContain('Coastal Erosion');
  });
});

describe('a caption over a credit with no label', () => {
  const reference = parseReferenceDate('2025-11-03T18:00Z');
  const page = (credit: string) =>
    [
      'Las fondas del Parque O’Higgins cerrarán una hora antes',
      'La municipalidad justificó la decisión por el aumento de riñas y robos en la madrugada.',
      'Por Camila Rojas',
      '',
      'Las fondas del Parque O’Higgins, en una imagen del año pasado.',
      credit,
      'Las fondas del Parque O’Higgins deberán cerrar sus puertas a las 2:00 horas durante estas Fiestas Patrias, una hora antes que en 2024, confirmó este miércoles la municipalidad.',
      '',
      'Según el administrador municipal, el año pasado Carabineros detuvo a 112 personas en el perímetro del parque entre el 17 y el 21 de septiembre.',
    ].join('\n');
  it.each(['Aton', 'EUROPA PRESS'])('takes `%s` under the caption for its credit', (credit) => {
    const { article } = readNewsText(page(credit), { date: reference });
    expect(article.lead?.caption && inlineText(article.lead.caption)).toBe('Las fondas del Parque O’Higgins, en una imagen del año pasado.');
    expect(article.lead?.credit).toBe(credit);
  });
  it('never takes a town for a credit', () => {
    const { article } = readNewsText(page('Santiago'), { date: reference });
    expect(article.lead?.credit).toBeUndefined();
  });
});

describe('key points above the byline', () => {
  it('takes a labelled byline and both dates under the first lines of the story', () => {
    const page = [
      'Lyon : « Les trottinettes ne reviendront pas », assure l’adjoint aux mobilités',
      'L’essentiel',
      'Deux ans après leur interdiction, plusieurs opérateurs pressent la Ville de Lyon de réautoriser les trottinettes en libre-service.',
      'L’adjoint aux mobilités, Karim Benhaddou, ferme la porte et mise sur les vélos à assistance électrique.',
      'Propos recueillis par Élodie Ferrand',
      'Publié le 03/11/25 à 14h12 — Mis à jour le 03/11/25 à 15h30',
      'Partager sur Facebook',
      '',
      'Les trottinettes électriques en libre-service ont disparu des rues de Lyon à l’automne 2023, après un vote du conseil municipal.',
      '',
      'Depuis, trois opérateurs ont multiplié les courriers et les rendez-vous pour tenter de revenir, en promettant des engins bridés.',
    ].join('\n');
    const { article } = readNewsText(page, { date: parseReferenceDate('2025-11-03T18:00Z') });
    expect(article.byline?.authors).toEqual([{ name: 'Élodie Ferrand' }]);
    expect(article.byline?.dateline?.iso).toBe('2025-11-03T14:12+01:00');
    expect(article.byline?.updated?.iso).toBe('2025-11-03T15:30+01:00');
  });
});

describe('a label word the credit form left at the caption’s end', () => {
  it('moves it to the label, so the caption ends at its full stop', () => {
    const match = matchCaption('Le pont des Alliés voit passer chaque jour près de 21 000 véhicules. Photo RL /Pierre HECKLER');
    expect(match?.caption).toBe('Le pont des Alliés voit passer chaque jour près de 21 000 véhicules.');
    expect(match?.label).toBe('Photo');
  });
});

describe('subheadings that name a speaker', () => {
  it('reads `Speaker: what they say` between paragraphs as a heading, and `Source: …` not', () => {
    expect(matchSubheading('Udvalgsformand: Intet er besluttet', true, true)).toBe('Udvalgsformand: Intet er besluttet');
    expect(matchSubheading('Rangovas: kainą lemia unikalios detalės', true, true)).toBe('Rangovas: kainą lemia unikalios detalės');
    expect(matchSubheading('Source: Census Bureau data', true, true)).toBeUndefined();
    expect(matchSubheading('Foto: Anna Berg', true, true)).toBeUndefined();
    // (A list's item that runs on into the next is no heading.)
    expect(matchSubheading('Get early access to our weekly briefings; and', true, true)).toBeUndefined();
  });
  it('reads a heading in a script without capitals, and a Devanagari sentence (ended by its danda) as no heading', () => {
    expect(matchSubheading('बकाया ब्याज पर पूरी छूट', true, true)).toBe('बकाया ब्याज पर पूरी छूट');
    expect(matchSubheading('העירייה מאשימה את הקבלן', true, true)).toBe('העירייה מאשימה את הקבלן');
    expect(matchSubheading('নগর নিগম নতুন ব্যবস্থা চালু করেছে।', true, true)).toBeUndefined();
    expect(matchSubheading('बिल पर छपे क्यूआर कोड से भुगतान होगा।', true, true)).toBeUndefined();
  });
});

describe('roles and bylines near the headline', () => {
  it('never takes a role alone for the headline, and reads `By` alone as a byline to come', () => {
    const text = ['News', 'Birmingham News', 'Parking charges to be brought in at Sutton Park for first time in its 500-year history', 'Birmingham City Council says fees of up to £6 a day would raise £900,000 a year to maintain the park', '', 'Bookmark', 'Share', 'By', 'Harriet Cole', 'Local Democracy Reporter', '06:00, 27 Nov 2025', 'Video Loading', '', 'Visitors to Sutton Park could soon have to pay to park for the first time in the park’s 500-year history, under council plans.', '', 'The cash-strapped authority wants to install pay machines at the park’s five main entrances from next April, a report says.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('Parking charges to be brought in at Sutton Park for first time in its 500-year history');
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Harriet Cole']);
    expect(isRoleAlone('Local Democracy Reporter')).toBe(true);
    expect(isRoleAlone('Staff Writer')).toBe(true);
    expect(isRoleAlone('Reporter arrested in Moscow')).toBe(false);
  });
  it('takes the line a breadcrumb ends in for the headline, over the site’s name above the menus', () => {
    const menu = ['Mac & i', 'Telepolis', 'Make', 'Digitale Fotografie', 'heise Autos', 'heise Developer', 'heise Foto', 'Preisvergleich', 'Stellenmarkt', 'News-Archiv'];
    const text = ['News', 'Technology Review', ...menu, '', 'Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter', '', '08.04.2015 12:46', '', '1Password für Mac generiert Einmal-Passwörter', '', 'Das in der iOS-Version bereits enthaltene TOTP-Feature ist nun auch für OS X 10.10 verfügbar. Zudem gibt es neue Zusatzfelder.', '', 'AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X freigegeben, mit einer praktischen Funktion.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('1Password für Mac generiert Einmal-Passwörter');
  });
  it('keeps a byline in small letters under the headline off the headline', () => {
    const text = ['Games', 'Weather', '', "Conway school board picks Tucker Creek land for district's 11th elementary school", 'by Rachel Ketterman | Today at 4:31 a.m.', '', 'CONWAY -- The Conway School District will build its next elementary school on 22 acres near Tucker Creek, the board decided Tuesday night.', '', 'The board voted 5-2 for the site after a public hearing that ran for nearly three hours and drew more than 80 parents.'].join('\n');
    const { article } = readNewsText(text, { date: parseReferenceDate('2025-11-27T18:00Z') });
    expect(article.headline ? inlineText(article.headline) : '').toBe("Conway school board picks Tucker Creek land for district's 11th elementary school");
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Rachel Ketterman']);
  });
  it('reads an agency alone on its line under the summary as the byline, and the town under it as the place', () => {
    const text = ['Canarias', '', 'El bono residente de las guaguas de Tenerife seguirá siendo gratuito en 2026', 'El Cabildo mantiene la gratuidad para los usuarios habituales y fija nuevas condiciones', '', 'EFE', 'Santa Cruz de Tenerife', 'Jueves, 27 de noviembre 2025, 11:05', '', 'El Cabildo de Tenerife mantendrá en 2026 la gratuidad del bono residente para las guaguas, según anunció este jueves.', '', 'Así lo anunció el consejero insular de Movilidad, que defendió el coste de la medida ante el pleno.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.byline?.authors).toEqual([{ name: 'EFE', location: 'Santa Cruz de Tenerife' }]);
  });
});

describe('names alone with the date under them, after a key-points box', () => {
  it('reads the headline above the summary and the box, and both names as the byline', () => {
    const text = ['Front', 'Schweiz', 'Zürich', 'Login', '', 'Stadt Zürich', 'Stadtrat will Laubbläser im Winter verbieten – Gärtner toben', 'Zwischen Dezember und Februar sollen in der Stadt Zürich ab 2027 keine Laubbläser mehr laufen. Das Gewerbe spricht von einem Streich.', 'Laubbläser sind laut und wirbeln Feinstaub auf – der Stadtrat will sie deshalb im Winter verbannen.', '20min/Marco Zangger', '', 'Darum gehts', 'Der Zürcher Stadtrat will den Einsatz von Laubbläsern in den Wintermonaten verbieten.', 'Begründet wird das mit Lärm, Feinstaub und dem Schutz von Kleintieren.', 'Gärtnereibetriebe und die FDP kritisieren die Pläne scharf.', '', 'Lea Gerber', 'Marcel Urech', 'Publiziert: 27.11.2025, 06:12', '', 'Sie heulen frühmorgens vor Wohnblöcken, in Pärken und auf Schulhöfen: Laubbläser gehören in Zürich zum Herbst wie der Nebel, und viele Anwohner ärgern sich darüber.', '', 'Das Verbot würde für private Gartenbesitzer ebenso gelten wie für Liegenschaftsverwaltungen und die Stadt selbst, heisst es in der Vorlage.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('Stadtrat will Laubbläser im Winter verbieten – Gärtner toben');
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Lea Gerber', 'Marcel Urech']);
    expect(article.lead?.credit).toBe('20min/Marco Zangger');
  });
});

describe('bylines and captions of US metro papers', () => {
  it('reads the names under `By` as a byline, without the site after them, and a town’s paper under a name as no place', () => {
    const text = ['News', 'Sports', '', 'Lakewood adds speed cameras to four school zones', '', 'By', 'Olivia Szabo, cleveland.com', 'Updated: Nov. 26, 2025, 6:10 a.m.', '', 'LAKEWOOD, Ohio -- City Council voted Monday to add speed cameras to four school zones on Madison Avenue, the first in the city.', '', 'The cameras will run only during school hours, when the limit drops to 20 mph, and warnings will be mailed for the first month.'].join('\n');
    expect(readNewsText(text).article.byline?.authors).toEqual([{ name: 'Olivia Szabo' }]);
  });
  it('puts the photographer named after the caption’s full stop in the credit with the agency in brackets', () => {
    const text = ['Empresas', '', 'Alvarsa aplaza su salida a bolsa por la volatilidad del mercado', 'La logística retrasa la operación hasta que mejoren las condiciones', 'Un camión de Alvarsa en su centro logístico de Cabanillas del Campo (Guadalajara). Mateo Lucena (Europa Press)', 'Nuria Salgado Ruiz', 'Madrid - 27 nov 2025 - 05:40 CET', '', 'Alvarsa, el grupo de logística frigorífica con sede en Guadalajara, ha decidido aplazar su oferta pública de venta de acciones.', '', 'La compañía, que preveía debutar en el mercado antes de final de año, atribuye la decisión a la volatilidad de las últimas semanas.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.lead?.credit).toBe('Mateo Lucena (Europa Press)');
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('Un camión de Alvarsa en su centro logístico de Cabanillas del Campo (Guadalajara).');
  });
});

describe('a tabloid’s masthead above its menus', () => {
  it('takes no menu item for the author, so the slogan is no headline, and reads `¡INSÓLITO!` as the kicker', () => {
    const menu = ['Crónica', 'Firme junto al pueblo', 'Últimas noticias', 'Policiales', 'Información General', 'Política', 'Economía', 'Deportes', 'Espectáculos', 'Mundo', ''];
    const text = [...menu, '¡INSÓLITO!', 'Un carpincho se metió en una pileta de Florencio Varela y los vecinos lo bautizaron "Coquito"', 'El animal apareció en una casa del barrio Villa Vatteone y no podía salir del agua. Lo rescataron bomberos voluntarios.', 'Hace 4 horas', '', 'Lo que empezó como un susto terminó como una verdadera fiesta de barrio, con vecinos que se acercaron a mirar el rescate.', '', 'Todo ocurrió en una casa de la calle Lavalle al 2400, donde la familia encontró al animal nadando a la mañana temprano.'].join('\n');
    const { article } = readNewsText(text, { date: parseReferenceDate('2025-11-27T18:00Z') });
    expect(article.headline ? inlineText(article.headline) : '').toBe('Un carpincho se metió en una pileta de Florencio Varela y los vecinos lo bautizaron "Coquito"');
    expect(article.kicker ? inlineText(article.kicker) : '').toBe('¡INSÓLITO!');
    expect(article.byline?.authors ?? []).toEqual([]);
  });
});

describe('a title cut short above the page’s own', () => {
  it('takes the whole title under a breadcrumb’s cut-short copy for the headline, and no menu word', () => {
    const text = ['NDTV', 'Latest', 'India', 'Videos', 'World', 'Live TV', 'हिंदी', 'Search', 'Sign In', 'Home', 'India News', 'Under-Construction Water Tank Collapses In Telangana...', '', "Under-Construction Water Tank Collapses In Telangana's Sangareddy, 2 Workers Injured; Probe Ordered", '', 'Read Time: 3 mins', 'Share', '', 'Hyderabad: Two workers were injured when an under-construction overhead water tank collapsed in a village in Sangareddy district on Wednesday, police said.', '', 'The tank, being built under a state drinking water scheme, was meant to supply fourteen villages, officials said on Wednesday evening.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe("Under-Construction Water Tank Collapses In Telangana's Sangareddy, 2 Workers Injured; Probe Ordered");
  });
  it('reads a social platform as no name', () => {
    expect(parseByline('Google News')).toBeUndefined();
  });
});

describe('a Russian daily’s page: the printed issue over the date, a two-word title, the names under the story', () => {
  const text = [
    'Ъ', 'Коммерсантъ', 'Главное', 'Политика', 'Экономика', 'Общество', 'Подписка', '',
    'Бизнес',
    'Газета «Коммерсантъ» №188 от 12.10.2026, стр. 7',
    '12.10.2026, 00:05',
    'Причал раздора',
    'Реконструкцию грузового порта в Ванино отложили на год',
    '',
    'Фото: Петр Смирнов, Коммерсантъ',
    '',
    'Компания, которая строит новый угольный причал в порту Ванино, перенесла его ввод в эксплуатацию на конец 2027 года, сообщили источники в отрасли.',
    '',
    'По их словам, причиной стали задержки с поставками кранов и пересмотр сметы проекта, которая выросла почти на четверть.',
    '',
    'В компании перенос сроков подтвердили, но отметили, что мощность причала останется прежней.',
    '',
    'Анна Ковалева, Хабаровск; Игорь Лебедев',
    '',
    'Комментарии',
    'Лента новостей',
    'Вся лента',
  ].join('\n');
  it('reads the issue line as furniture, the title under the date as the headline, and the names under the story as the byline', () => {
    const { article } = readNewsText(text);
    expect(matchFurniture('Газета «Коммерсантъ» №188 от 12.10.2026, стр. 7')?.name).toBe('furniture:print-edition');
    expect(matchFurniture('Ausgabe Nr. 272 vom 25.11.2026, S. 9')?.name).toBe('furniture:print-edition');
    expect(matchFurniture('The No. 1 seed wins 6-2, 6-3')).toBeUndefined();
    expect(article.headline ? inlineText(article.headline) : '').toBe('Причал раздора');
    expect(article.byline?.authors).toEqual([{ name: 'Анна Ковалева', location: 'Хабаровск' }, { name: 'Игорь Лебедев' }]);
    expect(article.lead?.credit).toBe('Петр Смирнов, Коммерсантъ');
  });
  it('reads authors between semicolons, each with the town after its comma', () => {
    expect(parseByline('Anna Smith, Berlin; Tom Brown, Hamburg')?.authors).toEqual([{ name: 'Anna Smith', location: 'Berlin' }, { name: 'Tom Brown', location: 'Hamburg' }]);
  });
});

describe('a date with its source on one line under the headline', () => {
  it('takes the title, not the line of the date, year and source, for the headline', () => {
    const text = ["时政", "国际", "科技", "教育", "更多>>", "首页 > 科技频道 > 探索者 > 正文", "宇航员在太空中喝酒会怎么样？后果很严重", "2017-03-10 09:58　来源：网易科学人　", "2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳", "", "　　翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作，宇航员在出发之前要接受多年的严格训练。", "", "　　不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止在任务期间饮酒，无论任务持续多久。", "", "　　但是，很快普通人都会有机会向人类最终的边疆出发，以平民化旅行的形式，到那时饮酒的规矩又会是怎样的呢？"].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('宇航员在太空中喝酒会怎么样？后果很严重');
  });
});

describe('an Arabic daily’s page: town before the name, the date with its Hijri twin, the agency in brackets', () => {
  const text = [
    'الرئيسية', 'أخبار', 'العالم العربي', 'اقتصاد', 'رياضة', '',
    'الخليج', '',
    'السعودية تطلق خطة لتوسعة شبكة الحافلات في جدة خلال ثلاث سنوات', '',
    'تشمل الخطة إضافة خمسين خطاً جديداً وتحديث المحطات القديمة في أحياء المدينة', '',
    'ركاب ينتظرون الحافلة في أحد شوارع جدة (رويترز)', '',
    'جدة: ليث الحمدان', '',
    'نُشر: 09:40-12 أكتوبر 2026 م ـ 30 ربيع الآخر 1448 هـ', '',
    'TT', '',
    'أعلنت هيئة النقل العام في السعودية، الأحد، عن خطة لتوسعة شبكة الحافلات في مدينة جدة بإضافة خمسين خطاً جديداً خلال السنوات الثلاث المقبلة.', '',
    'وقال متحدث باسم الهيئة إن المرحلة الأولى ستبدأ مطلع العام المقبل وتشمل الأحياء الشمالية والشرقية من المدينة.', '',
    'ذات صلة', '',
    'الرياض: افتتاح خط جديد للقطار السريع بين المطار ووسط المدينة', '',
    'جدة تستضيف معرضاً دولياً للنقل الذكي في الربيع المقبل بمشاركة واسعة', '',
    'وأضاف أن الهيئة ستعمل على تحديث المحطات القديمة وتزويدها بشاشات تعرض مواعيد وصول الحافلات بشكل مباشر.', '',
    'ويأمل السكان أن تسهم الخطة في تخفيف الازدحام المروري الذي تشهده شوارع المدينة في ساعات الذروة.',
  ].join('\n');
  it('reads the byline, the date, the credit and both related headlines', () => {
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('السعودية تطلق خطة لتوسعة شبكة الحافلات في جدة خلال ثلاث سنوات');
    expect(article.byline?.authors).toEqual([{ name: 'ليث الحمدان', location: 'جدة' }]);
    expect(article.byline?.dateline?.iso).toBe('2026-10-12T09:40');
    expect(article.lead?.credit).toBe('رويترز');
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    const dropped = article.dropped.map((d) => d.text);
    expect(dropped).toEqual(expect.arrayContaining(['ذات صلة', 'جدة تستضيف معرضاً دولياً للنقل الذكي في الربيع المقبل بمشاركة واسعة']));
  });
});

describe('a Persian daily’s page: the solar calendar, an upper title over the headline, a labelled reporter', () => {
  const text = [
    'همشهری آنلاین', 'صفحه نخست', 'سیاسی', 'اقتصادی', 'شهری', 'ورزشی', '',
    'صفحه نخست', 'شهری', 'حمل‌ونقل', '',
    'کد خبر ۹۷۳۱۰۲',
    'دوشنبه ۲۱ مهر ۱۴۰۵ - ۱۰:۱۵',
    'زمان مطالعه: ۲ دقیقه', '',
    'مدیرعامل شرکت واحد اتوبوسرانی خبر داد',
    'اتوبوس‌های برقی از آذرماه به خط انقلاب می‌آیند',
    'نخستین دسته از اتوبوس‌های برقی تهران از آذرماه در خط انقلاب به آزادی به کار گرفته می‌شوند و تا پایان سال به سه خط دیگر می‌رسند.',
    'خبرنگار: مریم احمدی', '',
    'به گزارش همشهری آنلاین، مدیرعامل شرکت واحد اتوبوسرانی تهران روز دوشنبه گفت نخستین دسته از اتوبوس‌های برقی به زودی وارد ناوگان می‌شوند.', '',
    'او افزود این اتوبوس‌ها در هر بار شارژ حدود ۲۵۰ کیلومتر حرکت می‌کنند و ایستگاه‌های شارژ آن‌ها در پایانه آزادی ساخته شده است.', '',
    'به گفته او، تا پایان سال سه خط دیگر نیز به اتوبوس‌های برقی مجهز می‌شوند و هزینه سوخت ناوگان کاهش می‌یابد.',
  ].join('\n');
  it('reads the solar date, takes the upper title for the kicker and the reporter after their label', () => {
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('اتوبوس‌های برقی از آذرماه به خط انقلاب می‌آیند');
    expect(article.kicker ? inlineText(article.kicker) : '').toBe('مدیرعامل شرکت واحد اتوبوسرانی خبر داد');
    expect(article.byline?.authors).toEqual([{ name: 'مریم احمدی' }]);
    // 21 Mehr 1405 is 13 October 2026.
    expect(article.byline?.dateline?.iso?.slice(0, 10)).toBe('2026-10-13');
    expect(article.dropped.map((d) => d.text)).toContain('زمان مطالعه: ۲ دقیقه');
  });
});

describe('datelines with a blog theme’s section or a bare label', () => {
  it('reads `On <date> In News by Name` as the byline with its date', () => {
    const byline = parseByline('On November 24, 2026 7:45 pm In News by Musa Garba Danladi');
    expect(byline?.authors).toEqual([{ name: 'Musa Garba Danladi' }]);
    expect(byline?.dateline?.iso).toBe('2026-11-24T19:45');
  });
  it('reads `Publish :` and `Update :` lines as the published and updated dates, not a correction', () => {
    const text = ['Dhaka', 'Metro Rail to run till 11pm from December 1', 'Trains will leave every 10 minutes after 9pm, the operator says, as daily ridership crosses four lakh', 'Abdullah Al Mahmud', 'Publish : 25 Nov 2026, 07:45 PM', 'Update : 25 Nov 2026, 09:12 PM', 'Dhaka Metro Rail will extend its operating hours by one hour from December 1, with the last train leaving Uttara North at 11pm, the operator said on Tuesday.', 'The decision was taken at a board meeting chaired by the road transport secretary, the company said in a statement issued in the evening.', 'Officials said the extra hour would be served by trains every ten minutes until the last departure from each end of the line.'].join('\n');
    const { article } = readNewsText(text);
    expect(article.byline?.dateline?.iso).toBe('2026-11-25T19:45');
    expect(article.byline?.updated?.iso).toBe('2026-11-25T21:12');
    expect(article.footer?.notes ?? []).toEqual([]);
  });
});

describe('a messaging channel’s prompt', () => {
  it('reads a prompt to follow the site on Viber as furniture', () => {
    expect(matchFurniture('Pratite Klix.ba na Viberu i budite u toku sa najnovijim vijestima.')?.name).toBe('furniture:social');
  });
});

describe('Indonesian bylines and captions', () => {
  it('reads `Penulis Kontributor Bandung, Name` as the name, placed in the town', () => {
    expect(parseByline('Penulis Kontributor Bandung, Dewi Lestari')?.authors).toEqual([{ name: 'Dewi Lestari', location: 'Bandung' }]);
    expect(parseByline('Penulis: Dewi Lestari')?.authors).toEqual([{ name: 'Dewi Lestari' }]);
  });
  it('splits a credit glued to the caption’s full stop', () => {
    const found = matchCaption('Petugas kebersihan memilah sampah di TPS Tamansari, Kota Bandung, Selasa (25/11/2026).KOMPAS.com/DEWI LESTARI');
    expect(found?.credit).toBe('KOMPAS.com/DEWI LESTARI');
    expect(found?.caption).toBe('Petugas kebersihan memilah sampah di TPS Tamansari, Kota Bandung, Selasa (25/11/2026).');
  });
  it('reads an agency’s desk as the agency, and a paper’s desk as no one', () => {
    expect(agencyLine('Redazione ANSA')).toEqual([{ name: 'ANSA' }]);
    expect(agencyLine('Redacción Madrid')).toBeUndefined();
  });
  it('reads the labels of recommendations, subscriber stories and estimated reading times as furniture', () => {
    expect(matchFurniture('Für Sie empfohlen')?.name).toBe('furniture:related');
    expect(matchFurniture('Exklusiv für Abonnenten')?.name).toBe('furniture:paywall');
    expect(matchFurniture('Estimated 4 minutes')?.name).toBe('furniture:reading-time');
  });
});

describe('credits and furniture of the thirty-second set', () => {
  it('reads `Photo - Name` as a credit line and `Tribune photo: Name` after the full stop as the credit', () => {
    expect(matchCreditLine('Photo - Muscat Municipality')).toEqual({ label: 'Photo', credit: 'Muscat Municipality' });
    expect(matchCreditLine('Photo - the harbour at dawn was quiet and the boats lay still.')).toBeUndefined();
    const caption = matchCaption('Vehicles parked at the multi-level parking in Sector 17, Chandigarh. Tribune photo: Ravi Kumar');
    expect(caption?.credit).toBe('Ravi Kumar');
    expect(caption?.caption).toBe('Vehicles parked at the multi-level parking in Sector 17, Chandigarh.');
  });
  it('reads a channel prompt in Hebrew, a printed issue with its running number and a Thai read-also line as furniture', () => {
    expect(matchFurniture('הצטרפו לערוץ הטלגרם של "ישראל היום"')?.name).toBe('furniture:social');
    expect(matchFurniture('Российская газета - Экономика УрФО: №269 (9813)')?.name).toBe('furniture:print-edition');
    expect(matchFurniture('Mother No. 1 (1985)')).toBeUndefined();
    expect(matchFurniture('อ่านข่าว : ลำพูนเร่งทำแนวกันไฟรอบดอยขุนตาล รับมือหน้าแล้ง')?.name).toBe('furniture:related-link');
    expect(matchFurniture('हेही वाचा - स्वारगेट-कात्रज भुयारी मेट्रोच्या कामामुळे वाहतूक बदल')?.name).toBe('furniture:related-link');
    expect(matchFurniture('Kwa ufupi')).toBeDefined();
    expect(matchFurniture('Pata habari zaidi kila siku kupitia chaneli yetu ya WhatsApp. Jiunge sasa')?.name).toBe('furniture:social');
  });
});

describe('Korean credits in square brackets', () => {
  it('splits the agency, a file photo or a reporter in brackets from a caption with no full stop', () => {
    expect(matchCaption('대전역 앞 버스정류장에서 시내버스를 기다리는 시민들 [연합뉴스 자료사진]')).toMatchObject({ caption: '대전역 앞 버스정류장에서 시내버스를 기다리는 시민들', credit: '연합뉴스 자료사진' });
    expect(matchCaption('송도 워터프런트 2단계 공사 현장 [이충우 기자]')?.credit).toBe('이충우 기자');
  });
});

describe('bylines of the thirty-second set', () => {
  it('reads Russian `Текст:` and a Taiwanese paper’s name before `Name／Town報導`', () => {
    expect(parseByline('Текст: Ирина Ковалёва (Екатеринбург)')?.authors).toEqual([{ name: 'Ирина Ковалёва', location: 'Екатеринбург' }]);
    expect(parseByline('中國時報 林欣儀／新北報導')?.authors).toEqual([{ name: '林欣儀', location: '新北' }]);
  });
});

describe('a breadcrumb’s last step over the date, then the kicker and the headline', () => {
  it('takes the headline under the kicker, not the step above the date', () => {
    const text = [
      'Главная', 'Политика', 'Экономика', 'Общество', 'Регионы', 'Все рубрики',
      'Регионы', 'Урал', 'Свердловская область',
      '12.10.2026 14:32',
      'Транспорт',
      'Трамвай до Академического района Екатеринбурга запустят только весной',
      'Текст: Ирина Ковалёва (Екатеринбург)',
      'Российская газета - Экономика УрФО: №230 (9774)',
      'Открытие новой линии перенесли из-за задержки поставок оборудования для тяговой подстанции.',
      'Пассажирское движение по трамвайной линии, которая должна соединить Академический район с центром города, откроют не раньше апреля, сообщили в мэрии.',
      'По словам представителей подрядчика, основные работы на линии уже завершены, осталось смонтировать оборудование подстанции и провести испытания.',
      'В мэрии уточнили, что до открытия линии жители района смогут пользоваться автобусными маршрутами, интервалы на которых сократят в часы пик.',
    ].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('Трамвай до Академического района Екатеринбурга запустят только весной');
    expect(article.byline?.authors).toEqual([{ name: 'Ирина Ковалёва', location: 'Екатеринбург' }]);
  });
});

describe('a byline inside the first paragraph', () => {
  it('reads `【Place=Name】` opening the story as the correspondent and where they report from', () => {
    expect(openingByline('【シリコンバレー=湯浅遼】米新興アークラインは25日、熊本県に開発拠点を設けると発表した。')).toEqual({ name: '湯浅遼', location: 'シリコンバレー' });
    expect(openingByline('【ワシントン＝共同】米政府は25日、…')).toEqual({ name: '共同', location: 'ワシントン' });
  });
  it('reads the reporter in brackets after the last paragraph’s full stop, not a word such brackets also hold', () => {
    expect(closingByline('明石市は本年度、放流事業を続ける方針だ。（藤井洋平）')).toEqual([{ name: '藤井洋平' }]);
    expect(closingByline('修正した事業計画を市議会に示す予定だ。【井上沙希】')).toEqual([{ name: '井上沙希' }]);
    expect(closingByline('新しい駅は2028年に開業する。（仮称）')).toBeUndefined();
    expect(closingByline('将来的には平日運航も検討するとしている。（宮下 奈央）')).toEqual([{ name: '宮下 奈央' }]);
    expect(ethiopicSignOff('በሄኖክ ተስፋዬ')).toEqual([{ name: 'ሄኖክ ተስፋዬ' }]);
    expect(ethiopicSignOff('በዚህ')).toBeUndefined();
    expect(closingByline('市は新駅（仮称）の設計を進める。')).toBeUndefined();
  });
  it('reads a Chinese agency’s dateline: the reporter and the town, with the day it was cabled', () => {
    expect(openingByline('（中央社記者陳冠宇高雄25日電）高雄市政府今天表示，輕軌將延長營運時間。')).toEqual({ name: '陳冠宇', location: '高雄' });
    expect(openingByline('新华社上海11月25日电（记者张伟 刘洋）上海市今天发布新的公交线路。')).toEqual({ name: '张伟', location: '上海' });
    expect(openingByline('（中央社台北25日電）行政院今天通過。')).toBeUndefined();
  });
  it('takes the reporter in brackets on a line of their own under the story, and no more of them', () => {
    const page = ['ニュース', '', '市電の運賃、来春から値上げ', '', '函館市は25日、市電の運賃を来年4月から改定すると発表した。初乗りは210円から250円になる。', '', '市は燃料費と人件費の上昇を理由に挙げている。利用者からは負担増を懸念する声が出ている。', '', '（山口真奈美）', '', '関連記事', '函館バス、運賃改定へ'].join('\n');
    const { article } = readNewsText(page);
    expect(article.byline?.authors).toEqual([{ name: '山口真奈美' }]);
    expect((article.dropped ?? []).map((d) => d.text)).not.toContain('（山口真奈美）');
    expect(signatureLine('関連記事')).toBeUndefined();
  });
  it('reads no one from the desk’s own mark or a bracket elsewhere', () => {
    expect(openingByline('【明報專訊】九巴向多區區議會提交明年首季的路線重組計劃。')).toBeUndefined();
    expect(openingByline('市は25日、【関連】の記事を…')).toBeUndefined();
  });
  it('gives a page with no byline the one its first paragraph opens with, and keeps the paragraph whole', () => {
    const page = ['ニュース', '', '米アークライン、熊本に開発拠点', '', '【シリコンバレー=湯浅遼】米新興アークラインは25日、熊本県菊陽町に開発拠点を設けると発表した。2027年の稼働を目指す。', '', '同社は半導体の設計を手がける。熊本には台湾積体電路製造（TSMC）の工場がある。'].join('\n');
    const { article } = readNewsText(page);
    expect(article.byline?.authors).toEqual([{ name: '湯浅遼', location: 'シリコンバレー' }]);
    const first = article.sections[0]?.blocks[0];
    expect(first?.type === 'paragraph' && first.children.map((c) => ('value' in c ? c.value : '')).join('')).toMatch(/^【シリコンバレー=湯浅遼】/u);
  });
});

describe('a breadcrumb from the home page, in the languages sites are written in', () => {
  const story = (n: number) => `Residents said the new bus route would save them half an hour each morning, and the council promised more services by spring (${n}).`;
  it.each([
    ['Головна', 'Новини України', 'Суспільство'],
    ['Ana Sayfa', 'Gündem'],
    ['หน้าแรก', 'ข่าว', 'ภูมิภาค'],
    ['முகப்பு', 'தமிழகம்'],
    ['প্রচ্ছদ', 'দেশজুড়ে', 'রাজশাহী'],
    ['首頁', '生活'],
    ['Trang chủ', 'Xã hội'],
    ['Naslovnica', 'Vijesti'],
  ])('takes no step of `%s` / … for the kicker', (...steps) => {
    const { article } = readNewsText([...steps, 'New bus route links the estate to the station', 'By Jane Smith', story(1), story(2), story(3)].join('\n'));
    expect(article.headline ? inlineText(article.headline) : '').toBe('New bus route links the estate to the station');
    expect(article.kicker).toBeUndefined();
  });

  it('reads a trail from the home page copied as one line as furniture', () => {
    expect(matchFurniture('होम / राजस्थान / जयपुर')?.name).toBe('furniture:breadcrumb');
    expect(matchFurniture('Strona główna | Wiadomości | Kraj')?.name).toBe('furniture:breadcrumb');
    // (A title with one slash is no trail.)
    expect(matchFurniture('Home / Away')).toBeUndefined();
    // (Two short steps, then the page's own title, after `›`.)
    expect(matchFurniture('Hindi News › बिहार न्यूज़ › Patna AQI crosses 300, construction work banned for seven days')?.name).toBe('furniture:breadcrumb');
    expect(matchFurniture('Inflation > 5% in October as energy prices climb again')).toBeUndefined();
  });
});

describe('the end of the story before a list of other stories, a closed comment section and a tagline over the menu', () => {
  const story = (n: number) => `Residents said the new bus route would save them half an hour each morning, and the council promised more services by spring (${n}).`;
  it('ends the story before three headlines of other stories, none a sentence, under a label no rule knows', () => {
    const text = ['New bus route links the estate to the station', 'By Jane Smith', '', story(1), '', story(2), '', story(3), '', 'Hot stories', 'Council freezes parking charges again: "We had no other choice"', 'Library opening hours cut on Sundays "to save money this winter"', 'Ferry timetable changes from Monday after "months of delays"', '', 'About us'].join('\n');
    const { article } = readNewsText(text);
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toEqual(['']);
    expect(article.sections[0]?.blocks).toHaveLength(3);
    expect(article.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['Hot stories', 'Library opening hours cut on Sundays "to save money this winter"', 'Ferry timetable changes from Monday after "months of delays"']));
  });
  it('counts headlines between a ranking’s numbers', () => {
    const ranked = ['New bus route links the estate to the station', 'By Jane Smith', '', story(1), '', story(2), '', 'Ranking', '1', 'Council freezes parking charges again: "We had no other choice"', '2', 'Library opening hours cut on Sundays "to save money this winter"', '3', 'Ferry timetable changes from Monday after "months of delays"'].join('\n');
    expect(readNewsText(ranked).article.sections[0]?.blocks).toHaveLength(2);
  });
  it('reads a closed comment section as the story’s end', () => {
    for (const line of ['Comments are not available on this story.', 'Comments are closed.', 'Les commentaires sont fermés.', 'Kommentare sind geschlossen']) expect(matchFurniture(line)?.name).toBe('furniture:comments');
    expect(matchFurniture('Comments are welcome, the council said, until Friday.')).toBeUndefined();
  });
  it('reads `By` after a credit’s label as the label’s', () => {
    expect(matchCreditLine('Photo By スポニチ')).toEqual({ label: 'Photo By', credit: 'スポニチ' });
    expect(matchCreditLine('PHOTO BY JANE DOE')).toEqual({ label: 'PHOTO BY', credit: 'JANE DOE' });
  });
  it('reads a comment count after the byline’s names as no name', () => {
    expect(parseByline("By Tom Barlow with 14 readers' comments")?.authors).toEqual([{ name: 'Tom Barlow' }]);
    expect(parseByline('By Tom Barlow - 3 Comments')?.authors).toEqual([{ name: 'Tom Barlow' }]);
  });
  it('takes a line over four menu items, with no byline or date under it, for the masthead’s tagline, not the headline', () => {
    const text = ['Skip to content', 'Islandwide', "Island News, What's On and More", 'News', "What's On", 'Sport', 'Opinion', 'Jobs', 'Property', 'Weather', 'Support us', 'Search', 'Tuesday, 24th November, 2026 4:12pm', 'Chain ferry suspended again after a fault leaves it stranded mid-river', 'Passengers were taken off by launch after the ferry came to a halt halfway across the river', 'By Tom Barlow', 'Share this:', 'Facebook', 'X', story(1), story(2), story(3)].join('\n');
    const { article } = readNewsText(text, { date: parseReferenceDate('2026-11-26T18:00Z') });
    expect(article.headline ? inlineText(article.headline) : '').toBe('Chain ferry suspended again after a fault leaves it stranded mid-river');
  });
  it('keeps a date in figures under the headline on its own line, not joined to it as a wrapped sentence', () => {
    const text = ['Market traders move out as the old covered market is torn down for rebuilding', '26/11/2026 15:10', '', story(1), '', story(2)].join('\n');
    const { article } = readNewsText(text, { date: parseReferenceDate('2026-11-26T18:00Z') });
    expect(article.headline ? inlineText(article.headline) : '').toBe('Market traders move out as the old covered market is torn down for rebuilding');
    expect(article.byline?.dateline?.iso).toMatch(/^2026-11-26T15:10/u);
  });
});

describe('a summary in a script with its own full stop, and names with the date under the summary', () => {
  it('takes the short title over a summary that ends with `।` for the headline, not the summary', () => {
    const story = (n: number) => `রংপুরের কাউনিয়া ও গঙ্গাচড়া উপজেলার তিস্তার চরে এবার আগাম আলুর আবাদ বেড়েছে, কৃষকেরা বলছেন খরচও বেড়েছে অনেক (${n})।`;
    const text = ['প্রচ্ছদ', 'সারাদেশ', '', 'তিস্তার চরে আগাম আলু', 'চরাঞ্চলে এবার প্রায় ৬ হাজার ২০০ হেক্টরে আগাম আলুর আবাদ। লাভ নিয়ে শঙ্কায় কৃষক।', 'হাবিবুর রহমান, রংপুর', '', story(1), '', story(2), '', story(3)].join('\n');
    const { article } = readNewsText(text);
    expect(article.headline ? inlineText(article.headline) : '').toBe('তিস্তার চরে আগাম আলু');
  });
  it('reads a line of names and a date among the story’s first lines as the byline when the header had no date', () => {
    const story = (n: number) => `A asociación veciñal entregou este mércores na Delegación da Xunta as sinaturas recollidas durante tres meses no barrio (${n}).`;
    const text = ['Monte Alto leva tres anos agardando un centro de saúde', '', 'Concentración de veciñas e veciños diante do actual centro de saúde de Monte Alto, este mércores CC-BY-NC-SA Praza.gal', '', 'A asociación veciñal entrega 4.200 sinaturas e esixe un calendario. Sanidade di que o proxecto está na fase final', '', 'Marta Outeiriño | A Coruña | 26/11/2026 | Actualizado ás 16:05', 'Compartir', '', story(1), '', story(2), '', story(3)].join('\n');
    const { article } = readNewsText(text, { date: parseReferenceDate('2026-11-26T18:00Z') });
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Marta Outeiriño']);
    expect(article.byline?.dateline?.iso).toBe('2026-11-26');
    expect(JSON.stringify(article.sections)).not.toContain('Marta Outeiriño');
  });
});

describe('credit lines of the fiftieth set', () => {
  it('reads `Image Credit source:` as a credit’s label', () => {
    expect(matchCreditLine('Image Credit source: TV9 Network')).toEqual({ label: 'Image Credit source', credit: 'TV9 Network' });
  });
});

describe('the fifty-sixth blind set', () => {
  const ref = parseReferenceDate('2026-11-28T18:00Z');
  const para = (n: number) => `The regional council confirmed on Friday that the works would continue into the new year, after engineers found more damage than expected beneath the road (${n}).`;
  const headlineOf = (text: string) => {
    const { article } = readNewsText(text, { date: ref });
    return { article, headline: article.headline ? inlineText(article.headline) : '' };
  };
  it('takes the date of a change from the note under the story that says it was updated', () => {
    const text = ['Battery approved for the Hunter', 'By Tamsin Crowe', '28 November 2026', '', para(1), '', para(2), '', para(3), '', 'This article was updated at 3.40pm AEDT on November 28 to include comment from Transgrid.'].join('\n');
    const { article } = headlineOf(text);
    expect(article.byline?.updated?.iso).toBe('2026-11-28T15:40+11:00');
    expect(article.byline?.dateline?.iso).toBe('2026-11-28');
  });
  it('drops a donation box whose title is a short sentence, its pitch and its button', () => {
    const pitch = 'We could not provide this service, and keep it free of charge, without the generous support of our readers. Your donations allow us to report on the issues you tell us matter, every single day of the year.';
    const text = ['Social housing waits grow in the capital', '', para(1), '', para(2), '', para(3), '', 'Thank you for donating to DutchNews.nl.', pitch, 'Make a donation', '', 'Housing', 'Amsterdam'].join('\n');
    const { article } = headlineOf(text);
    expect(JSON.stringify(article.sections)).not.toContain('generous support');
    expect(article.dropped.map((d) => d.text)).toContain(pitch);
    expect(matchFurniture('Make a donation')?.name).toBe('furniture:call-to-action');
  });
  it('reads an agency named alone under a caption as the picture’s credit', () => {
    const story = (n: number) => `A confraría calcula que se perdeu máis do 70% da ameixa nos bancos marisqueiros da ría durante as últimas semanas de choivas (${n}).`;
    const text = ['Os mariscadores de Carril alertan da maior mortaldade de ameixa', 'Xoán Lois Barreiro | Vilagarcía de Arousa', 'Publicado:28/11/2026 09:32', '', 'Mariscadoras a pé no banco de Os Lombos do Ulla, nunha imaxe de arquivo', 'Europa Press', '', story(1), '', story(2), '', story(3)].join('\n');
    const { article } = headlineOf(text);
    expect(article.lead?.credit).toBe('Europa Press');
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('Mariscadoras a pé no banco de Os Lombos do Ulla, nunha imaxe de arquivo');
  });
  it('reads labels, weekdays, bylines, notes and bios of Basque, Welsh, Maltese, Turkmen and Greek papers', () => {
    expect(matchCaption('Olatuak pasealekuaren gainetik, gaur goizean, Zarautzen. Argazkia: EFE')).toMatchObject({ credit: 'EFE', label: 'Argazkia' });
    expect(matchCreditLine('Φωτ. αρχείου: Eurokinissi')).toEqual({ label: 'Φωτ. αρχείου', credit: 'Eurokinissi' });
    expect(matchFurniture('Publizitatea')?.name).toBe('furniture:advert');
    expect(parseByline('Kurt Sciberras u Rebecca Farrugia')?.authors).toEqual([{ name: 'Kurt Sciberras' }, { name: 'Rebecca Farrugia' }]);
    // (In Croatian and Serbian `u` is "in", before a town.)
    expect(parseByline('Marko Marković u Novom Sadu')?.authors.map((a) => a.name) ?? []).not.toContain('Novom Sadu');
    expect(parseByline('Miren Ugalde eta Jon Etxeberria')?.authors).toEqual([{ name: 'Miren Ugalde' }, { name: 'Jon Etxeberria' }]);
    expect(parseByline('Dydd Sadwrn 28 Tachwedd 2026', { lang: 'cy', reference: ref })?.authors ?? []).toEqual([]);
    expect(matchFooter('Aġġornat fis-16:10 b’reazzjoni tas-sindku ta’ San Pawl il-Baħar')).toBe('note');
    expect(matchFooter("Mae'r erthygl hon wedi ei diweddaru gyda sylwadau gan Gyngor Sir Powys.")).toBe('note');
    expect(matchFooter('Kurt Sciberras huwa ġurnalist ma’ ILLUM, fejn ikopri l-ippjanar, l-ambjent u l-gvern lokali.')).toBe('bio');
    expect(matchFooter('Çeşme: TDH')).toBe('credit');
    // (`Surat` is Turkmen for "picture", and an Indian city that opens its paper's datelines: no label.)
    expect(matchCreditLine('SURAT: A 35-year-old man was arrested on Monday for cheating.')).toBeUndefined();
  });
  it('reads a caption marked as an archive picture, Arabic share buttons and a subheading opened by ◇', () => {
    expect(creditlessCaption('طلبة يؤدون اختبارات نهاية الفصل الأول في العام الدراسي الماضي (أرشيفية)')?.caption).toContain('طلبة');
    expect(creditlessCaption('أرشيف')).toBeUndefined();
    expect(matchFurniture('واتساب')?.name).toBe('furniture:button');
    expect(matchSubheading('◇고춧가루·마늘은 오히려 올라', true, true)).toBe('◇고춧가루·마늘은 오히려 올라');
  });
  it('keeps a headline over its summary apart in a script without capitals, and drops the page’s title under it', () => {
    const story = (n: number) => `राजधानी में वायु गुणवत्ता सूचकांक लगातार तीसरे दिन गंभीर श्रेणी में रहा और प्रशासन ने निर्माण कार्यों पर पूरी तरह रोक लगा दी है (${n})।`;
    const headline = 'दिल्ली में AQI 450 के पार, GRAP-4 लागू; पांचवीं तक के स्कूल फिर ऑनलाइन';
    const summary = "आनंद विहार, वजीरपुर और बवाना में हवा 'गंभीर प्लस' श्रेणी में पहुंची। ट्रकों की एंट्री पर रोक।";
    const text = ['होम', 'दिल्ली', '', headline, summary, '', story(1), '', `${headline} | Jansatta`, '', story(2), '', story(3)].join('\n');
    const { article, headline: found } = headlineOf(text);
    expect(found).toBe(headline);
    expect(JSON.stringify([article.standfirst, article.sections])).toContain('ट्रकों की एंट्री पर रोक');
    expect(article.dropped.map((d) => d.text)).toContain(`${headline} | Jansatta`);
  });
});

describe('the fifty-seventh blind set', () => {
  it('reads a closed comment section’s longer notice, a Taiwanese television byline, an editor under the story and Creole’s "by"', () => {
    expect(matchFurniture('Comments under this article have been turned off. You can find an overview of ongoing debates with our journalists here.')?.name).toBe('furniture:comments');
    expect(matchFurniture('Comments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof.')?.name).toBe('furniture:comments');
    expect(parseByline('記者 林佳蓉 / 攝影 陳建宏 南投報導')?.authors).toEqual([
      { name: '林佳蓉', location: '南投' },
      { name: '陳建宏', location: '南投' },
    ]);
    expect(matchFooter('Редактор: Стефан Ангелов')).toBe('credit');
    expect(parseByline('Pa Wilner Jean-Baptiste')?.authors).toEqual([{ name: 'Wilner Jean-Baptiste' }]);
    expect(matchFurniture('BACA: Banjir: Laluan ke Rantau Panjang ditutup kepada semua kenderaan')).toBeDefined();
  });
  it('reads an update note that says what was added, and leaves an update that is more of the story in it', () => {
    expect(matchFooter('Оновлено о 16:05: додано коментар Вінницької ОВА щодо планів розширення проєкту.')).toBe('note');
    expect(matchFooter('Ažurirano u 16.10: Iz Ministarstva prosvete Danasu su popodne saopštili da će inspekcija u ponedeljak obići školu.')).toBeUndefined();
  });
  it('takes a long line of Thai, which writes no full stop, for a paragraph’s worth of prose', () => {
    const thai = 'ผู้ว่าราชการจังหวัดเชียงใหม่ระบุว่า ปีนี้จังหวัดจะประกาศห้ามเผาในที่โล่งทุกพื้นที่ โดยไม่มีข้อยกเว้นให้ชิงเผาเหมือนปีที่ผ่านมา';
    const [unit] = splitUnits(thai);
    expect(measureBodyLine(unit as Unit, 0).prose).toBe(2);
    // (A short Thai title is not.)
    const [title] = splitUnits('เชียงใหม่ประกาศห้ามเผาเด็ดขาด');
    expect(measureBodyLine(title as Unit, 0).prose).toBe(0);
  });
});

describe('counts and labels of the forty-first web-page set', () => {
  it('reads a count of readers in several languages as furniture, and Armenian’s comma after a credit’s label', () => {
    for (const count of ['Views: 1,248', 'ຈຳນວນຄົນອ່ານ: 1.248', 'Görülenleri: 1 208', 'Просмотров: 3 412']) expect(matchFurniture(count)?.name).toBe('furniture:count');
    expect(matchCreditLine('Լուսանկարը՝ CivilNet')).toEqual({ label: 'Լուսանկարը', credit: 'CivilNet' });
    expect(matchCaption('لاہور میں 26 نومبر 2026 کو سموگ کے دوران ایک شخص موٹر سائیکل پر جا رہا ہے (اے ایف پی)')).toMatchObject({ credit: 'اے ایف پی' });
  });
});

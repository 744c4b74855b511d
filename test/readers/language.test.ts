/** Language identification (the eld adapter): short news text, whole pages, site chrome, fallbacks. */
import { describe, expect, it } from 'vitest';
import { guessLanguage, identifiableLanguages, identifyLanguage, proseSample } from '../../src/readers/shared/language.js';

/** One short sentence (a headline or a quotation) per language. */
const SHORT: [string, string][] = [
  ['en', 'Council delays vote on harbour bridge after cost warning'],
  ['fr', 'Le conseil municipal a repoussé jeudi le vote sur le nouveau pont'],
  ['de', 'Die Gewerkschaft erklärte, ihren Mitgliedern bleibe keine andere Wahl'],
  ['es', 'Los maquinistas irán a la huelga tres días el próximo mes'],
  ['it', 'Il consiglio comunale ha rinviato il voto sul nuovo ponte'],
  ['nl', 'Machinisten leggen volgende maand drie dagen het werk neer'],
  ['pt', 'Banco central mantém juros apesar da subida dos preços'],
  ['ja', '市議会、新しい橋の採決を延期　建設費の高騰を懸念'],
  ['pl', 'Rada miasta odkłada głosowanie w sprawie nowego mostu'],
  ['tr', 'Belediye meclisi yeni köprü oylamasını perşembe günü erteledi'],
  ['sv', 'Lokförarna strejkar i tre dagar nästa månad'],
  ['da', 'Byrådet udskyder afstemningen om den nye bro over havnen'],
  ['ru', 'Городской совет отложил голосование по новому мосту'],
  ['uk', 'Міська рада відклала голосування щодо нового мосту'],
  ['zh', '市议会推迟新桥表决 工程师警告造价上涨'],
  ['ko', '시의회, 새 다리 건설 표결 연기'],
  ['ar', 'المجلس البلدي يؤجل التصويت على الجسر الجديد'],
  ['el', 'Τριήμερη απεργία των μηχανοδηγών τον επόμενο μήνα'],
  ['cs', 'Zastupitelstvo odložilo hlasování o novém mostě v přístavu'],
  ['ro', 'Banca centrală menține dobânda în ciuda creșterii prețurilor'],
];

const FRENCH_ARTICLE = [
  'Le conseil municipal reporte le vote sur le nouveau pont',
  'Le conseil municipal a repoussé jeudi le vote sur la construction d’un nouveau pont sur le port, après que des ingénieurs ont averti que le coût pourrait augmenter de plus d’un tiers. L’opposition réclame une expertise indépendante avant toute décision.',
  'Les urgences de plusieurs hôpitaux ont connu leur week-end le plus chargé de l’année, alors que les températures dépassaient 38 degrés.',
  'Le syndicat affirme que ses adhérents n’avaient plus le choix après l’échec des négociations lundi avec la direction.',
].join('\n\n');

/** What a browser copy of a French news page catches around the article: English menus, buttons, a consent banner. */
const ENGLISH_CHROME_BEFORE = [
  'We and our 842 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.',
  'Skip to main content',
  'Home',
  'News',
  'World',
  'Business',
  'Sign in',
  'Subscribe',
  'Listen to this article',
  '5 min read',
].join('\n\n');
const ENGLISH_CHROME_AFTER = ['Share this article', 'Share on Facebook', 'Copy link', 'Most read', 'Sign up for our newsletter', 'Terms of use', 'Privacy policy'].join('\n\n');

describe('identifyLanguage', () => {
  it.each(SHORT)('%s: %s', (lang, text) => {
    expect(identifyLanguage(text)?.lang).toBe(lang);
  });

  it('answers with scores relative to the winner and a confidence between 0 and 1', () => {
    const found = identifyLanguage('Rada miasta przełożyła w czwartek głosowanie nad budową nowego mostu w porcie');
    expect(found?.lang).toBe('pl');
    expect(found?.scores.get('pl')).toBe(1);
    expect(found?.confidence).toBeGreaterThan(0);
    expect(found?.confidence).toBeLessThanOrEqual(1);
    for (const score of found?.scores.values() ?? []) expect(score).toBeLessThanOrEqual(1);
  });

  it('reads past the ~350 bytes eld looks at: a long passage is scored in windows', () => {
    const text = `${'Council. '.repeat(3)}${FRENCH_ARTICLE.replace(/\n+/g, ' ')}`;
    expect(identifyLanguage(text)?.lang).toBe('fr');
  });

  it('has nothing to say about too little text, digits or symbols', () => {
    expect(identifyLanguage('')).toBeUndefined();
    expect(identifyLanguage('OK')).toBeUndefined();
    expect(identifyLanguage('2025-11-03 12:00 — 7% · £240mn')).toBeUndefined();
  });

  it('is deterministic', () => {
    const text = SHORT.map(([, t]) => t).join(' ');
    expect(identifyLanguage(text)).toEqual(identifyLanguage(text));
  });

  it('knows the languages Lectern is asked about, as BCP 47 tags', () => {
    for (const [lang] of SHORT) expect(identifiableLanguages().has(lang)).toBe(true);
    // eld's Kurdish is Sorani in Arabic script: ckb, not ku (Kurmanji, Latin script).
    expect(identifiableLanguages().has('ckb')).toBe(true);
    expect(identifiableLanguages().has('ku')).toBe(false);
  });
});

describe('Indonesian and Malay, which eld answers as one', () => {
  it.each([
    ['id', 'Pemerintah provinsi mengatakan bahwa kereta api akan kembali beroperasi hingga akhir Desember karena pekerjaan perawatan tersebut.'],
    ['ms', 'Kerajaan negeri berkata bahawa kereta api akan beroperasi semula sehingga hujung bulan Disember kerana kerja-kerja penyelenggaraan.'],
  ])('%s: %s', (lang, text) => {
    expect(identifyLanguage(text)?.lang).toBe(lang);
  });
});

describe('languages eld confuses or does not know, told apart by their spelling', () => {
  it.each([
    ['gl', 'A Xunta anunciou onte que o concello de Viveiro pechará o servizo de urxencias pola noite, unha decisión que os veciños non aceptan e que xa levou a protestas.'],
    ['pt', 'O governo anunciou ontem que a câmara não vai fechar o serviço de urgências durante a noite, uma decisão que os moradores também aceitam.'],
    ['sr', 'Gradsko veće je usvojilo odluku o besplatnom prevozu za penzionere i đake od januara, a troškove će snositi gradski budžet, rekao je gradonačelnik.'],
    ['hr', 'Gradsko vijeće usvojilo je odluku o besplatnom prijevozu za umirovljenike od siječnja, a troškove će snositi gradski proračun, rekao je gradonačelnik.'],
    // Bosnian: Croatian's `ije`, Serbian's words (`sedmica`, `hiljada`, `januar`).
    ['bs', 'Gradsko vijeće je usvojilo odluku o besplatnom prijevozu za penzionere od januara, a cijena karte za ostale putnike bit će viša za hiljadu maraka sedmično, rekao je načelnik.'],
  ])('%s: %s', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });
});

describe('a language eld does not know', () => {
  it('names a Swahili article Swahili (franc-all, asked when eld is unsure), and leaves English and Tagalog to eld', () => {
    const swahili = [
      'Mamlaka ya Majisafi na Usafi wa Mazingira Dar es Salaam imetangaza mgawo wa maji wa wiki mbili kuanzia Jumamosi kutokana na kushuka kwa kina cha maji katika Mto Ruvu, chanzo kikuu cha maji kwa jiji hilo.',
      'Akizungumza na waandishi wa habari jana, msemaji wa mamlaka hiyo alisema uzalishaji wa maji katika mitambo ya Ruvu Juu na Ruvu Chini umepungua kwa takriban asilimia 30 ndani ya mwezi mmoja.',
      'Tumelazimika kupanga ratiba ili kila eneo lipate maji angalau siku tatu kwa wiki, alisema, akiwaomba wananchi kuhifadhi maji na kuyatumia kwa uangalifu katika kipindi hiki.',
    ].join('\n\n');
    expect(guessLanguage(swahili)).toBe('sw');
    // (Its passages are not marked: eld, which reads passages, would take them for another language.)
    expect(identifiableLanguages().has('sw')).toBe(false);
    expect(guessLanguage('The council met on Monday evening and voted to keep the harbour ferry running through the winter months, its leader said after the meeting.')).toBe('en');
    expect(guessLanguage('Nagpulong ang konseho ng lungsod noong Lunes ng gabi at bumoto na panatilihin ang ferry sa daungan sa buong taglamig, ayon sa pinuno nito.')).toBe('tl');
  });
  it.each([
    // (eld reads Irish as Scots or French, Maltese as Catalan, Mongolian as Kyrgyz: none of them it knows.)
    ['ga', 'Dúirt an tAire Oideachais inniu go mbeidh scoileanna nua á dtógáil i gConamara agus i dTír Chonaill sa bhliain atá romhainn, agus go bhfuil an rialtas ag súil le níos mó múinteoirí a earcú sna ceantair Ghaeltachta.'],
    ['uz', 'Toshkent shahar hokimligi matbuot xizmati taklif o‘rganilayotganini ma’lum qildi. Hokimlik vakilining aytishicha, qaror yaqin kunlarda qabul qilinadi va qurilish kompaniyalari oldindan ogohlantiriladi.'],
    ['mt', 'Il-Ministru tal-Infrastruttura qal illum li x-xogħlijiet fit-triq il-ġdida se jitlestew qabel tmiem is-sena, u li l-Gvern se jkompli jinvesti fil-proġetti tat-toroq madwar Malta u Għawdex.'],
    ['mn', 'Улаанбаатар хотод өнөөдөр их цас орж, замын хөдөлгөөн удаан саатсан байна. Хотын захиргаа иргэдийг нийтийн тээврээр зорчихыг уриалж, замын цагдаа нэмэлт хүч гаргасан гэж мэдээлэв.'],
    // Kinyarwanda, which franc scores within a hundredth of Kirundi; Afrikaans and West Frisian, which eld reads as Dutch.
    ['rw', 'Umujyi wa Kigali watangaje ko imihanda mishya izubakwa mu Karere ka Gasabo mu mwaka utaha, kugira ngo abaturage babone uburyo bwo kugenda byoroshye. Umuyobozi w’umujyi yavuze ko imirimo izatangira mu kwezi kwa Mutarama, kandi ko abaturage bazahabwa akazi muri iyo mirimo.'],
    ['af', 'Die stadsraad van Pretoria het Dinsdag aangekondig dat die watertoevoer in verskeie voorstede vir drie dae onderbreek sal word terwyl pype vervang word. Inwoners word gevra om water te spaar en nie hul tuine nat te lei nie. Volgens die munisipaliteit sal watertenks by skole en klinieke beskikbaar wees.'],
    ['fy', 'De gemeenteried fan Ljouwert hat tiisdei besletten dat de bibleteek yn it sintrum fan de stêd takom jier in nij gebou krije sil. De wethâlder sei dat it âlde gebou te lyts wurden is en dat der gjin romte mear is foar bern en studinten. Der komt ek in kafee en in seal foar gearkomsten.'],
    // Nynorsk, Occitan, Romansh and Cebuano, which eld reads as Bokmål, Catalan, Italian and Tagalog.
    ['nn', 'Fleire skular på Vestlandet har framleis ikkje fått dei nye lærebøkene på nynorsk, sjølv om skuleåret har vore i gang sidan august. Rektorane seier at elevane må nytte gamle bøker eller kopiar, og at det går ut over undervisninga i fleire fag. Forlaget skuldar på forseinkingar hos trykkeriet.'],
    ['oc', 'La Metropòli de Montpelhièr a decidit de prolongar la linha 1 del tramvai fins a la gara novèla, çò qu’es esperat dempuèi mai de dètz ans pels estatjants del quartièr. Los trabalhs començaràn a la prima e deurián durar dos ans, segon lo president de la Metropòli, que parlèt dimècres a la sala del conselh.'],
    ['rm', 'La maternitad da l’ospital regiunal a Scuol vegn serrada la fin da l’onn, ha communitgà la direcziun mardi. Las dunnas en speranza ston lura ir a Samedan u a Cuira per parturir. Las vischnancas da la regiun protestan cunter la decisiun e pretendan che il chantun intervegnia.'],
    ['ceb', 'Misaka ang presyo sa mga utanon sa merkado sa Carbon human sa bagyo nga miigo sa amihanang bahin sa Sugbo sa miaging semana. Matod sa mga tindera, ang repolyo nga kaniadto P60 lang kada kilo karon P120 na, ug ang kamatis misaka usab tungod kay daghang umahan ang nabanlas sa baha.'],
    // Zulu, which franc ranks within a thousandth of South Ndebele, Xhosa and Swati.
    ['zu', 'Abahlali bezigceme ezine eMlazi bathi sebekhathele ukuvuka ekuseni beyoma emgqeni wamathangi amanzi, njengoba sekuqede izinsuku ezinhlanu kungaphumi lutho emapompini emizini yabo. Umasipala uthe abasebenzi bawo basazama ukulungisa umshini wokumpompa amanzi, futhi amathangi azoqhubeka nokuletha amanzi kuze kube yilapho inkinga ixazululwa.'],
    // Haitian Creole and Papiamento, which eld reads as French and Spanish.
    ['ht', 'Plis pase twa semèn apre lavalas la, machin pa ka travèse pon an. Pri pwa ak zaboka ap monte nan mache Jeremi, pandan pwodiktè yo ap pèdi lajan paske yo pa ka fè machandiz yo rive lavil. Majistra a di li voye yon lèt bay ministè travay piblik la pou mande èd.'],
    ['pap', 'Arubus a anuncia cu for di luna cu ta bini lo e por cuminza cu un ruta express nobo entre Oranjestad y San Nicolas. E ruta lo para solamente na cuater parada y e biahe lo dura menos cu mei ora. E director di Arubus a bisa cu e meta ta pa yuda e trahadornan cu ta biaha tur dia.'],
    // Yiddish, which eld reads as Hebrew.
    ['yi', 'אינעם ייִדישן טעאַטער אין בוענאָס־אײַרעס האַלט מען שוין בײַ די לעצטע רעפּעטיציעס פֿון אַן אָפּערעטע, וואָס איז כּמעט 90 יאָר געלעגן אין אַ קעלער. די נאָטן זײַנען געפֿונען געוואָרן מיט צוויי יאָר צוריק אין אַ קאַרטאָן אין דער ביבליאָטעק פֿון דער געזעלשאַפֿט.'],
    ['he', 'ראש העירייה הודיע היום כי העבודות על הקו החדש של הרכבת הקלה יימשכו עד סוף השנה הבאה, לאחר שהתגלו בעיות בתכנון המקורי. התושבים בשכונות הסמוכות מתלוננים על רעש ופקקים כבר חודשים ארוכים.'],
    ['nl', 'De gemeenteraad van Leeuwarden heeft dinsdag besloten dat de bibliotheek in het centrum van de stad volgend jaar een nieuw gebouw krijgt. De wethouder zei dat het oude gebouw te klein is geworden en dat er geen ruimte meer is voor kinderen en studenten. Er komt ook een café en een zaal voor bijeenkomsten.'],
  ])('names a whole article in %s, a language eld does not know, by franc-all', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });
  it('names an article in a script only one language writes by that script, whatever English its menu holds', () => {
    const menu = 'Home\nNews\nBusiness\nSports\nSearch\nSubscribe to our newsletter for the latest stories every morning.\n';
    expect(guessLanguage(`${menu}ក្រុងភ្នំពេញ ពិធីបុណ្យអុំទូក បណ្ដែតប្រទីប និងសំពះព្រះខែ អកអំបុក បានបញ្ចប់ដោយជោគជ័យ នៅថ្ងៃនេះ។ ប្រជាពលរដ្ឋរាប់សែននាក់ បានមកចូលរួមទស្សនា។`)).toBe('km');
    expect(guessLanguage(`${menu}ရန်ကုန်မြို့တွင် ဆန်ဈေးနှုန်းများ ထပ်မံမြင့်တက်လာပြီး ပြည်သူများ အခက်အခဲ ကြုံတွေ့နေရသည်။ ကုန်သည်များက ဈေးနှုန်း ဆက်လက်မြင့်တက်နိုင်သည်ဟု ဆိုသည်။`)).toBe('my');
    expect(guessLanguage(`${menu}ගාල්ල දිස්ත්‍රික්කයේ ගංවතුර තත්ත්වය හේතුවෙන් පවුල් රැසක් අවතැන් වී ඇති බව ආපදා කළමනාකරණ මධ්‍යස්ථානය පවසයි. ජලය බැස යමින් පවතී.`)).toBe('si');
    expect(guessLanguage('Қазақстан Парламенті жаңа заң жобасын қабылдады. Ауыл шаруашылығы министрлігі бұл шешімді қолдайтынын мәлімдеді. Заң келесі жылдан бастап күшіне енеді.')).toBe('kk');
    // (Ukrainian's і and Russian quoting a Kazakh name are no Kazakh.)
    expect(guessLanguage('Міська рада відклала голосування щодо нового мосту через річку до наступного тижня, повідомили у мерії.')).toBe('uk');
    expect(guessLanguage('Парламент принял новый закон о сельском хозяйстве. Министр Ерлан Қарин заявил, что закон вступит в силу в следующем году.')).toBe('ru');
  });
  it('names a Nepali article Nepali, which eld reads as Hindi, and leaves Hindi and Marathi to eld', () => {
    const nepali = [
      'काठमाडौं महानगरपालिकाले आउँदो शनिबारदेखि दुई हप्ताका लागि खानेपानी वितरणको तालिका परिवर्तन गर्ने भएको छ। मुहानमा पानीको बहाव घटेकाले यस्तो निर्णय गरिएको महानगरका प्रवक्ताले बताए।',
      'उनका अनुसार हरेक वडामा हप्तामा कम्तीमा तीन दिन पानी पुर्‍याउने गरी तालिका बनाइएको छ। बासिन्दालाई पानी जोगाएर प्रयोग गर्न र ट्यांकी सफा राख्न आग्रह गरिएको छ।',
      'स्थानीय बासिन्दाले भने पहिले नै पानी अभाव भइरहेको बेला तालिका घटाउँदा समस्या थपिने गुनासो गरेका छन्।',
    ].join('\n\n');
    expect(guessLanguage(nepali)).toBe('ne');
    const hindi = [
      'नगर निगम ने शनिवार से दो हफ्तों के लिए पानी की आपूर्ति का समय बदलने का फैसला किया है। निगम के प्रवक्ता ने बताया कि नदी में पानी का स्तर कम हो गया है।',
      'उन्होंने कहा कि हर वार्ड में हफ्ते में कम से कम तीन दिन पानी पहुंचाया जाएगा और लोगों से पानी बचाने की अपील की गई है।',
    ].join('\n\n');
    expect(guessLanguage(hindi)).toBe('hi');
  });
});

describe('guessLanguage', () => {
  it.each(SHORT)('%s: %s', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('finds a French article inside English site chrome (menus, buttons, a long consent banner)', () => {
    const page = `${ENGLISH_CHROME_BEFORE}\n\n${FRENCH_ARTICLE}\n\n${ENGLISH_CHROME_AFTER}`;
    expect(guessLanguage(page)).toBe('fr');
    // Twice the chrome: still the article's language.
    expect(guessLanguage(`${ENGLISH_CHROME_BEFORE}\n\n${ENGLISH_CHROME_BEFORE}\n\n${FRENCH_ARTICLE}\n\n${ENGLISH_CHROME_AFTER}`)).toBe('fr');
  });

  it('takes the longest lines, in page order, and leaves menu items out', () => {
    const sample = proseSample(`${ENGLISH_CHROME_BEFORE}\n\n${FRENCH_ARTICLE}\n\n${ENGLISH_CHROME_AFTER}`);
    expect(sample).not.toMatch(/^Home$/m);
    expect(sample).not.toContain('Privacy policy');
    expect(sample.indexOf('We and our 842 partners')).toBeLessThan(sample.indexOf('Le syndicat'));
  });

  it('falls back to English only when there is too little to go on', () => {
    expect(guessLanguage('')).toBe('en');
    expect(guessLanguage('Home\n\nNews\n\n12:00')).toBe('en');
    expect(guessLanguage('Zastupitelstvo odložilo hlasování')).toBe('cs');
  });

  it('bounds the work on a page without line breaks: only a sample of it is scored', () => {
    const line = FRENCH_ARTICLE.replace(/\n+/g, ' ').repeat(400);
    expect(line.length).toBeGreaterThan(100_000);
    // About 2,000 letters of evidence, cut at 1.5 characters each: the identifier never sees the rest.
    expect(proseSample(line).length).toBeLessThanOrEqual(3_000);
    expect(guessLanguage(line)).toBe('fr');
  });

  it('reads a whole article with its headline, wire dateline and figures', () => {
    const article = [
      'Verkehr',
      'Stadtrat vertagt Abstimmung über neue Rheinbrücke',
      'KÖLN, 14. März (dpa) - Der Kölner Stadtrat hat die für Donnerstag geplante Abstimmung über den Bau einer neuen Rheinbrücke verschoben. Grund sind neue Berechnungen, nach denen die Kosten um mehr als ein Drittel steigen könnten.',
      'Die Verwaltung hatte die Kosten im vergangenen Jahr noch auf 240 Millionen Euro geschätzt. Nach dem neuen Gutachten sind es nun mindestens 330 Millionen Euro.',
    ].join('\n\n');
    expect(guessLanguage(article)).toBe('de');
  });
});

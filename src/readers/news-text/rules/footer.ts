/**
 * The footer: what comes after the story: rights, reporting credits, corrections.
 *
 * - `[Copyright](#) The Eastwick Courier Ltd 2025. All rights reserved.` → rights
 * - `© 2025 Reuters`, `Copyright 2025 The Associated Press.`           → rights
 * - `Reporting by Jane Doe; Editing by John Roe`                        → credit
 * - `Associated Press writer Kevin Freking contributed to this report.` → credit
 * - `Correction: an earlier version of this article …`                 → correction
 */
import { TIME_LINK, UPDATED_LABEL } from '../../shared/date-words.js';
import { unicodeWords } from '../../shared/unicode-words.js';
import type { Line } from '../features.js';

/** `Source:`, `Quelle:`, `Forrás:`: the label before who a story came from, in the languages of the corpus. */
export const SOURCE_WORDS = 'source|sources|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło|zdroj|izvor|vir|forrás|sursa|πηγή|kaynak|джерело|източник|извор|источник|avots|šaltinis|allikas|çeşme|manba|mənbə';

export type FooterKind = 'rights' | 'credit' | 'correction' | 'bio' | 'note';

/** "All rights reserved" opening a rights line, in the languages whose papers start the line with it. */
const RESERVED_OPENING = 'tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|wszelkie prawa zastrzeżone';

const RIGHTS = [
  /^\[?(?:©|\(c\)|copyright|ⓒ)\]?(?:\([^)]*\))?(?:\s|$|\d)/i,
  /\ball rights reserved\b/i,
  new RegExp(`^(?:${RESERVED_OPENING})`, 'i'),
  /(?:無断転載|無断複製|著作権|저작권자|무단\s?전재)/u,
  unicodeWords(/\b(?:riproduzione riservata|reproduction interdite|nachdruck verboten|prohibida su reproducción|reprodução proibida)\b/iu),
  // `Este contenido es de la Agencia EFE y su reproducción total o parcial está prohibida …`.
  unicodeWords(/\b(?:reproducción total o parcial (?:está )?prohibida|reproduction (?:totale ou partielle )?(?:est )?interdite|reprodução (?:total ou parcial )?(?:é )?proibida|vervielfältigung .{0,40}(?:untersagt|verboten))\b/iu),
];
/**
 * `未经正式授权严禁转载本文`, `Ziņu aģentūras LETA materiālu pārpublicēšana bez rakstiskas atļaujas aizliegta.`,
 * `Griežtai draudžiama … platinti mūsų medžiagą …`: reproducing the story is forbidden, a rights notice
 * often longer than a copyright line.
 */
const REPRODUCTION_FORBIDDEN = [
  /(?:未经|未經|非經|非经)[^。]{0,12}(?:授权|授權|许可|許可|同意)[^。]{0,30}(?:转载|轉載|转发|轉發|使用)|(?:不得|禁止|严禁|嚴禁)[^。]{0,6}(?:转载|轉載)/u,
  unicodeWords(/\b(?:pārpublicēšana|pārpublicēt)\b.{0,120}\baizliegt|\bdraudžiama\b.{0,200}\b(?:platinti|panaudoti|skelbti|kopijuoti)\b|\b(?:kopeerimine|taasesitamine|reprodutseerimine)\b.{0,120}\bkeelatud\b|\b(?:przedruk|kopiowanie)\b.{0,80}\bzabronion|\b(?:šíření|přebírání)\b.{0,80}\bzakázáno|\b(?:preberanie|šírenie)\b.{0,80}\bzakázané/iu),
];

const CREDIT = [
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|reported|written|edited|compiled|research|graphics|photography|fact-checking|production)(?:\s+and\s+\w+)?\s+by\b/i,
  /^\(?additional\s+(?:reporting|writing)\s+(?:from|by)\b/i,
  // `Редактор: Стефан Ангелов`, `Editor: Jane Doe`: the desk's editor, named under the story.
  /^(?:[Ee]ditor|[Рр]едактор|[Рр]едакторка|[Уу]редник|[Uu]rednik|[Uu]rednica|[Rr]edaktor(?:ka)?|[Ss]zerkesztő)\s*:\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}$/u,
  /^our standards:/i,
  /\bcontributed (?:reporting )?(?:to|for) this (?:report|story|article)\.?$/i,
  // `Sita Planasari berkontribusi dalam penulisan artikel ini.`, `… a contribué à cet article.`: the same in other languages.
  /\b(?:berkontribusi dalam penulisan artikel ini|a contribué à cet article|ha contribuito a questo articolo|contribuyó a este (?:artículo|informe)|colaborou com este (?:artigo|texto)|hat an diesem (?:artikel|bericht) mitgearbeitet|heeft bijgedragen aan dit artikel)\.?$/iu,
  unicodeWords(/^\p{Lu}[\p{L} .'’-]{2,80} contributed reporting\b.{0,120}$/u),
  /^\p{Lu}[\p{L} .'’,-]{2,80} contributed\.?$/u,
  unicodeWords(/^\p{Lu}[\p{L} .'’,-]{2,80} contributed (?:research|reporting|additional reporting|to this (?:report|story|article))\b.{0,120}$/u),
  /^with files from\b/iu,
  // `Journal reference:` / `Current Biology DOI: 10.1016/…`: the study the story reports, under it.
  /^(?:journal )?references?\s*:/iu,
  // (A bare `https://doi.org/…` under a story is the article's own address to cite, as The Conversation prints it.)
  /^.{0,120}\bdoi\s*:\s*10\.\d{4,9}\/\S+/iu,
  // `Με πληροφορίες από την ΕΡΤ Ηρακλείου`, `По материалам ТАСС`, `За матеріалами Укрінформу`: with information from.
  /^(?:με πληροφορίες (?:από|του|της|των)|по материалам|с использованием материалов|за матеріалами|з використанням матеріалів|na podstawie informacji|s využitím (?:zpráv|informací)|cu informații de la|con informazioni d[ai]|avec des informations d[eu']|mit informationen von|with information from)\s*\S/iu,
  // `With a report from Nadia Sharif in Winnipeg`.
  /^with (?:a )?reports? (?:from|by)\b/iu,
  // `Editor: BAGUS PRASETYO`, `Penyunting: …`: the desk's editor under the story.
  /^(?:[Ee]ditor|[Ee]diting|[Ee]dited by|[Pp]enyunting|[Rr]edaktur|[Ee]ditora?|[Rr]edactor|[Rr]edaktor(?:in)?)\s*:\s*\p{Lu}.{1,60}$/u,
  // `责任编辑：邓颖琳`, `編輯：…`: the editor in charge, as Chinese papers sign under the story.
  /^[[【(（]?(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對)\s*[:：]\s*\S.{0,40}$/u,
  // `Artikel ini disiarkan pada : Khamis, 26 November 2026 @ 3:41 PM`: when the article was first put out.
  /^(?:artikel ini (?:disiarkan|diterbitkan|telah tayang) (?:pada|di)|this article (?:was )?(?:first )?(?:published|broadcast) on)\b\s*:?\s*\S/iu,
  // `Marisol Tan: 206-464-2314 or mtan@seattletimes.com.`: the reporter's name, telephone or address.
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}:\s*(?:\+?\(?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)/u,
  /\bcontact (?:this|the) (?:reporter|author|writer|journalist)\b/iu,
  // `Have a news tip about Lakewood? Email reporter Olivia Szabo at oszabo@cleveland.com.`
  /^(?:[Hh]ave a (?:news )?tip\b.{0,60}\?\s*)?(?:[Ee]-?mail|[Cc]ontact|[Ww]rite to) (?:reporter |the reporter |columnist )?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\s(?:at|via)\s\S+@\S+$/u,
  unicodeWords(/^(?:this content (?:was|is) produced|ce contenu est produit|cet article a été (?:produit|réalisé)|dieser (?:inhalt|beitrag) (?:wurde|ist) (?:im rahmen|mit unterstützung))\b/iu),
  /^(?:mitarbeit|redaktion|avec|mit material von|con información de|con información|com informações de|com agências|met medewerking van|con la collaborazione di|współpraca)\s*:?\s*\S/i,
  /^\((?:mit|avec|with|con|com|met|z)\s+[\p{L} ,/&]{2,40}\)$/iu,
  // `Com Lusa`, `*Com informações da Agência Brasil`, `Con información de agencias`: agencies as sources.
  /^\*?\s*(?:com|con|avec|mit|with|met)\s+(?:(?:informações|información|informazioni|informations|material|infos?)\s+(?:d[aeo]s?|de la|del|von|from)\s+)?(?:(?:a |as |la |las |les |l['’])?(?:agências|agencias|agences|agenturen|agencies|agenzie)|AP|AFP|Reuters|dpa|EFE|ANSA|Lusa|Agência Brasil|Europa Press|ANP|Belga|PAP|Kyodo)(?:\s*(?:,|e|y|et|und|and)\s*[\p{L} .]{2,30})?\.?$/iu,
  // `red, steiermark.ORF.at/Agenturen`, `nach Agenturen`: the desk's sign-off naming agencies.
  /^.{0,60}[/,]\s?(?:Agenturen|agencies|agences|agencias|agências|agenzie|agencje)\.?$/iu,
  // `(kam/APA)`, `mcc/rmlgv`, `(APA/red)`: the desk's sign-off, its editors' initials and the agency, slash-separated.
  // (Initials are in small letters or capitals, never a capitalised word: `Pune/Mumbai` is no sign-off, nor is `and/or`.)
  /^\(?(?!(?:and|or|he|she|his|her|yes|no|und|oder|et|ou|y|o)\/)(?=[^)]*\p{Ll})(?:\p{Ll}{2,6}|\p{Lu}{2,6})(?:\/\s?(?:\p{Ll}{2,6}|\p{Lu}{2,6})){1,3}\/?\)?$/u,
  // `촬영기자:이승준/영상편집:오은지/그래픽:박미래`: a broadcast story's camera, editing and graphics credits.
  /^(?:촬영기자|영상편집|촬영|그래픽|영상취재)\s*[:：]\s*\S.{0,120}$/u,
  // `kjh@yna.co.kr`: the reporter's address alone under the story.
  /^(?:[–—-]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
  // `[email protected]`: the same address as a copy of a page that hides addresses from robots gives it;
  // `Writer's email: naa.quaye@graphic.com.gh`.
  /^\[email\s?protected\]$/iu,
  /^(?:(?:the )?(?:writer|author|reporter|journalist)['’]s e-?mail|e-?mail (?:the )?(?:writer|author|reporter))\s*:\s*\S+@\S+$/iu,
  /^[—–-]?\s*with assistance (?:from|by)\b/i,
  // `(With inputs from PTI)`, `(एजेंसी इनपुट के साथ)`: the agencies' copy the story drew on, as Indian papers close it.
  /^\((?:with (?:agency |wire )?inputs?(?: from\b.{1,40})?|(?:एजेंसी|भाषा|पीटीआई|आईएएनएस) (?:के )?इनपुट के साथ|इनपुट\s*[:-]\s*.{1,30})\)\.?$/iu,
  // (`— With additional input from APP`: unbracketed, after a dash.)
  /^[—–-]\s*with (?:additional )?(?:agency |wire )?inputs? from\b.{1,40}$/iu,
  // `Articol publicat în ediţia tipărită a Ziarului Financiar …`, `Dieser Artikel erschien in der Printausgabe …`: the print edition it ran in.
  /^(?:articol publicat în edi[ţț]ia tipărită|dieser (?:artikel|beitrag) erschien (?:in der|zuerst in der) (?:print|gedruckten )?ausgabe|este artículo (?:se publicó|fue publicado) en la edición impresa|articolo pubblicato (?:sull['’]edizione|nell['’]edizione) cartacea|este artigo foi publicado na edição impressa)(?!\p{L}).{0,120}$/iu,
  /^(?:contributing|contributors?|mitarbeit|colaboración|collaborazione|colaboração|współpraca)\s*:\s*\S/iu,
  /^\(?(?:AP|AFP|Reuters|dpa|EFE|ANSA|ANP|Belga|Lusa|PAP|Kyodo|APA|SDA|KNA|epd|Europa Press|Agência Brasil|Xinhua|Yonhap|AAP)(?:\s*[,/]\s*(?:AP|AFP|Reuters|dpa|EFE|ANSA|Lusa|PAP))*\)?\.?$/u,
  /^(?:colaborou|colaboraram|colaboró|colaboraron|ha collaborato|hanno collaborato|con la collaborazione di|met medewerking van|mitarbeit|avec la collaboration de|współpraca)\b/i,
  unicodeWords(/^(?:write to|contact|email) (?:the )?(?:author|reporter|\p{Lu}[\p{L}.'’-]+ \p{Lu}[\p{L}.'’-]+) at\b/iu),
  /^\(?(?:reporting|writing) by\b.{0,200}(?:editing by|$)/i,
  /^\((?:reporting|additional reporting|writing|editing)\b[^)]{0,300}\)$/i,
  new RegExp(`^(?:to contact the (?:author|reporters?|editors?) (?:of|on|responsible for) this story\\s*:?|(?:${SOURCE_WORDS})(?![\\p{L}])\\s*:)\\s*\\S.{0,120}$`, 'iu'),
  /^(?:published|appeared) in the print edition\b/i,
  // `Published in Dawn, October 3rd, 2025`: the paper and the day it printed the story.
  /^(?:[Pp]ublished|[Aa]ppeared) in (?:the )?\p{Lu}[\p{L}.&'’ -]{1,40},\s.{4,30}$/u,
  /^(?:this (?:article|story) (?:was|is) (?:originally )?(?:published|produced|reported|written|supported)|this (?:article|story) appeared in\b|a version of this (?:article|story) (?:appears|appeared)|appeared in the .{3,60} print edition|een versie van dit artikel verscheen|une version de cet article|eine version dieses artikels|una versión de este artículo|una versione di questo articolo|uma versão deste (?:artigo|texto))/i,
  unicodeWords(/^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:can|may) be (?:reached|contacted) (?:at|by|on|via)\b/iu),
  // `—Staff writer Hannah J. Schneider can be reached at hannah.schneider@thecrimson.com.`: with the address.
  /^.{0,80}\b(?:can|may) be (?:reached|contacted) (?:at|by|on|via)\s+\S+@\S+/iu,
  // `Reach the writer at 402-473-7237 or meilers@journalstar.com.`
  /^reach (?:the )?(?:writer|reporter|author|columnist)s?\s+(?:at|via|on|by)\s.{2,160}$/iu,
  // `Information from The Associated Press was used in this report.`
  /^information from .{2,80} (?:was|is|has been) (?:used|included) in this (?:report|story|article)\.?$/iu,
  // `AGERPRES/(AS - autor: Cristian Moldovan, editor: Ioana Grigore)`: the agency and its desk's credits in brackets.
  /^.{0,30}\(.{0,20}\b(?:autor|author|editor|redactor|redaktor)\s*:\s*\p{Lu}[^)]{2,200}\)$/iu,
  // `-- BERNAMA`, `—KBK, GMA Integrated News`: the agency or desk signing off after a dash.
  /^(?:--|[–—])\s*\p{Lu}{2,}(?:[ ,]+\p{Lu}[\p{L}.&]*){0,4}$/u,
  // `Reach reporter Olivia Whitcomb at …`, `Opracowanie: Karolina Wiśniewska`, `Additional sources • AP`.
  /^[Rr]each (?:reporter |the reporter |columnist )?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\s(?:at|via|on)\s\S.{2,120}$/u,
  /^(?:opracowanie|oprac\.|zpracoval[a]?|redakce|additional sources)\s*[:•·|]\s*\S.{1,60}$/iu,
  // `Conteúdo editado por: Fernanda Lima`, `Edited by: …`: the desk that edited the story.
  /^(?:conteúdo editado por|texto editado por|editado por|edited by|édité par|redigiert von|a cura di)\s*:\s*\p{Lu}.{1,60}$/iu,
  // `This article originally appeared on Detroit Free Press: …`: where a syndicated story first ran.
  /^this (?:article|story) (?:originally |first )?appeared (?:on|in)\b/iu,
  // `Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.`: who paid for the reporting.
  // (An appeal for money is the site's: `Our journalism is made possible by member donations. If you value …`.)
  /^(?!.*\b(?:donations?|donate|please contribute|join today|become a member|support (?:independent|our|local|us)\b))(?=.{0,80}\b(?:journalism|reporting|coverage|this (?:story|article|coverage|project|series))\b).{0,140}\b(?:funded|supported|made possible|paid for)\s+(?:in part\s+|partly\s+|partially\s+)?(?:through|by|with)\b.{0,200}$/iu,
  // `The Associated Press Health and Science Department receives support from …`: the desk's funder.
  /^.{0,80}\b(?:department|desk|team|newsroom|coverage|journalism|reporting)\b.{0,40}\breceives (?:support|funding)\s+from\b.{0,200}$/iu,
  // `김민지·박준호 기자 kim.minji@joongang.co.kr`: the reporters and their address under the story.
  /^\p{Script=Hangul}{2,4}(?:\s*[·,]\s*\p{Script=Hangul}{2,4})*\s*(?:기자|특파원)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
  // `With Joseph Kaminsky`: a colleague who contributed, alone on the story's last lines.
  /^[Ww]ith \p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,\s|\sand\s)\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})*\.?$/u,
  // `Veröffentlicht in der gedruckten Ausgabe der BZ vom …`, `Publicado en la edición impresa …`: the print edition.
  unicodeWords(/^(?:(?:veröffentlicht|erschienen) in der (?:gedruckten|print-?)\s?ausgabe|paru dans (?:l['’]édition (?:papier|imprimée)|le journal)|publicad[oa] en (?:la )?edición impresa|publicad[oa] na edição impressa|pubblicat[oa] (?:nell['’]|sull['’])edizione cartacea|verschenen in de (?:papieren|gedrukte) krant)\b.{0,120}$/iu),
  // `Esta historia fue publicada originalmente el 18 de noviembre …`: a sentence on where or when the story
  // first ran (the label `Originally Published: <date>` is a dateline some sites repeat under the story).
  unicodeWords(/^(?:this|esta|este|cette|cet|dieser|diese|questo|questa|dit|deze)\b.{0,40}\b(?:(?:originally|first) published|publicad[oa] originalmente|publié (?:initialement|à l['’]origine)|ursprünglich (?:veröffentlicht|erschienen)|originariamente pubblicat[oa]|oorspronkelijk gepubliceerd)\b.{0,120}$/iu),
];
const NOTE = [
  /^\((?:updates?|adds?|corrects?|recasts?|rewrites?|changes?|refiles?)\b[^)]{0,200}\)$/i,
  /^\(?(?:this story has been|this article has been|this story was|updated to)\b.{0,200}$/i,
  // `Updated at 4:18 p.m.` after the story: a time alone (a dateline in the header has its date).
  /^updated at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/iu,
  unicodeWords(/^(?:artiklen er (?:blevet )?opdateret|artiklen blev opdateret|artikeln (?:har|är) uppdaterat?s?|artikeln uppdaterades|artikkelen ble oppdatert|artikkelen er oppdatert|(?:der|dieser) artikel wurde (?:aktualisiert|ergänzt)|l['’]article a été (?:mis à jour|actualisé)|el artículo (?:fue|ha sido) actualizado|l['’]articolo è stato aggiornato|(?:het|dit) artikel (?:is|werd) (?:bijgewerkt|aangepast|aangevuld|gewijzigd)|(?:cet|l['’]) article a été (?:complété|modifié|enrichi)|(?:este|el) artículo (?:fue|ha sido) (?:ampliado|modificado|completado)|(?:questo|l['’]) articolo è stato (?:integrato|modificato)|(?:este|o) artigo foi (?:atualizado|ampliado|modificado)|o artigo foi atualizado|artykuł został zaktualizowany|mae['’]r (?:erthygl|stori) (?:hon )?wedi (?:ei|cael ei) (?:diweddaru|chywiro))\b.{0,200}$/iu),
  // `(Статията е допълнена с позицията на …)`, `Článek byl doplněn o …`: the story was updated or added to.
  unicodeWords(/^\(?(?:статията е (?:допълнена|актуализирана|обновена)|(?:статья|новость|заметка|текст|материал) (?:обновлена|дополнена|обновлен|дополнен|обновлено|дополнено)|(?:статтю|новину|матеріал|текст) (?:оновлено|доповнено)|текст је (?:ажуриран|допуњен)|tekst je (?:ažuriran|dopunjen)|članek je bil (?:posodobljen|dopolnjen)|článek byl (?:aktualizován|doplněn)|článok bol (?:aktualizovaný|doplnený)|straipsnis (?:atnaujintas|papildytas)|artikkelia on päivitetty|a cikket frissítettük|articolul a fost (?:actualizat|completat)|το άρθρο (?:ενημερώθηκε|επικαιροποιήθηκε))\b.{0,200}$/iu),
  // `Uppdaterad med kommentar från …`, `Článok sme aktualizovali o vyjadrenie …`, `Aġġornat fis-16:10 b’reazzjoni …`, `Știrea a fost actualizată cu
  // informații …`: within its first words the story says it was updated, then with what (a comment, a statement).
  // (The stems of "update" in the corpus's languages; the word for "with" or "about" after it keeps out a
  // story's own sentence on updates: `will post updates on its website`.)
  /^(?!["“„«‘'])(?!.{0,30}\b(?:stay|keep|get|be|remain)\s+updated)(?:\S+\s+){0,3}(?:aktualiz|actualiz|atualiz|aggiorn|päivit|uppdater|opdater|oppdater|uppfær|dagfør|updat|frissít|güncelle|ažurir|posodob|atnaujin|atjaunin|uuend|оновл|обнов|актуализ|ενημερ|bijgewerkt|eguneratu|diperbarui|diperbaharui|aġġorn|diweddar)\S*(?:\s+\S+){0,3}?\s+(?:(?:with|to include|to add|med|mit|avec|con|com|cu|o|s|z|við|ar|su|dengan|kun|met|ile|с|з|με|para|gyda)\s|b['’](?=\p{L})).{3,300}$/iu,
  // `Оновлено о 16:05: додано коментар …`, `Updated at 4:05 pm: added …`: when, then what was added. (Not an
  // update that is more of the story, `Ažurirano u 16.10: Iz Ministarstva … saopštili …`, which stays in it.)
  new RegExp(
    `^(?:${UPDATED_LABEL})\\s+(?:${TIME_LINK}\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*[:–—-]\\s*(?:added|adds|corrected|додано|доповнено|добавлен[оаы]?|дополнен[оаы]?|dodan[oaei]?|ajouté|ajout|hinzugefügt|ergänzt|añadid[oa]s?|agregad[oa]s?|aggiunt[oaie]|toegevoegd|adicionad[oa]s?|acrescentad[oa]s?|lisätty|tillagd|tilføjet|lagt til)(?!\\p{L}).{3,300}$`,
    'iu',
  ),
  /^source\s+\p{Lu}[\p{L}\p{N} .,&'’-]{1,60}$/u,
  // `($1 = 562.4000 CFA francs)`: a wire story's conversion note.
  /^\(\s*(?:[$€£¥]\s?1|1\s?(?:euro|dollar|pound|yen|franc|yuan|rupee)s?)\s*=\s*[\d.,]+\s*\p{L}[\p{L} .]{0,30}\)$/iu,
  // `Saken oppdateres.`, `This story is developing.`: the story will change.
  /^(?:this is a developing (?:story|news story)\b.{0,60}|saken oppdateres|saken blir oppdatert|artikeln uppdateras|artiklen opdateres|this (?:story|article) (?:is developing|will be updated|is being updated)|(?:die meldung|der artikel|dieser artikel) wird (?:laufend )?aktualisiert|l['’]article sera (?:mis à jour|actualisé)|(?:esta noticia|la noticia) se (?:está actualizando|actualizará)|notizia in aggiornamento|dit (?:artikel|bericht) wordt (?:bijgewerkt|aangevuld)|(?:notícia|matéria) em atualização|artykuł (?:jest|będzie) aktualizowany|juttua päivitetään)\.?$/iu,
  /^#\s*#\s*#$/,
  // `Disclosure: The … have been financial supporters of …`: who funds the newsroom.
  /^(?:disclosure|full disclosure|transparenzhinweis|offenlegung|divulgation|transparencia)\s*:\s*\S.{10,}$/iu,
  // `Albiste hau eguneratu egin da, …` (Basque): this story has been updated.
  unicodeWords(/^albiste hau (?:eguneratu|osatu) (?:egin )?da\b.{0,200}$/iu),
  // `*Estagiária sob a supervisão de …`, `**The landowner of record is …`: a note marked by asterisks.
  /^\*{1,3}\p{Lu}[^*]{5,300}$/u,
  unicodeWords(/^(?:tekst opublikowany|texto publicado|texte publié|testo pubblicato|dieses thema im programm|über dieses thema berichte(?:t|te)|this story (?:is|was) part of|este texto (?:forma|faz) parte)\b.{0,200}$/iu),
];
const CORRECTION = [
  /^(?:correction|clarification|editor['’]s note|update|korjattu|korjaus|rättelse|rettelse|oprava|rectificatif|rectification|précision|korrekturhinweis|korrektur|richtigstellung|anmerkung der redaktion|corrección|fe de errores|correzione|rettifica|correctie|rectificatie|correção|errata|sprostowanie|訂正)s?\s*[:.–—-]/iu,
  /^this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b/i,
  // `Korjattu 5.11. kello 11.15: …`, `Rättelse 3/11: …`: the label, when, then the correction.
  // (`Correction, Nov. 24, 2026: …`: a comma after the label.)
  /^(?:korjattu|korjaus|oikaisu|rättelse|rettelse|oprava|correction|corrected|rectificare|helyesbítés|ralat|koreksi)[\s,][^:]{1,30}:\s*\S/iu,
  // `A previous version of this article misstated …`, `Yn in eardere ferzje fan dit artikel stie …`: an earlier version was wrong.
  /^(?:in )?(?:an?|the) (?:earlier|previous|prior) version of this (?:article|story|post|report)\b/i,
  unicodeWords(/^(?:yn in eardere ferzje|in een eerdere versie|dans une (?:version )?précédente|in einer früheren (?:version|fassung)|en una versión anterior|in una versione precedente|numa versão anterior|w poprzedniej wersji|i en tidigare version|i en tidligere versjon|i en tidligere version|artikkelin aiemmassa versiossa|v předchozí verzi|v predchádzajúcej verzii)\b/iu),
  // `תיקון:`, `Leiðrétting:`, `Ispravak:`, `Düzeltme:`: the label in the languages the first pattern lacks.
  /^(?:תיקון|leiðrétting|ispravak|ispravka|popravek|helyesbítés|διόρθωση|исправление|виправлення|поправка|düzeltme|pembetulan|tiesiog patikslinimas|patikslinimas|labojums|parandus|تصحيح|تصویب|정정|更正|订正)\s*[:：.–—-]/iu,
  // `Article amended on 26 November 2026`: the day the story was corrected, its note below.
  /^(?:this )?(?:article|story) (?:amended|corrected|changed) on\b/iu,
  // `A correction was made on Nov. 3, 2025: …`.
  /^an? correction (?:was|has been) (?:made|appended)\b/i,
  // `Update 11/03/25, 1:40 p.m. ET: This article has been updated …`: the label, when, then what changed.
  /^(?:update|updated|clarification|aktualisierung|mise à jour|actualización|aggiornamento|atualização)[\s,].{1,40}?:\s+\p{L}\p{Ll}*\s+\p{Ll}{2,}.{20,}$/iu,
];
/** `Jane Doe is a correspondent for …`, `Anna Schmidt ist Korrespondentin in …`, `Jane Doe covers energy for …`. */
const BIO =
  unicodeWords(/^(?!\p{Lu}{2,}\s)\p{Lu}[\p{L}'’.-]+\s(?:(?:\p{Lu}[\p{L}'’.-]+|de|van|von|der|den|da|di|du|del|la|le|ter)\s){0,4}(?:(?:is|was|est|était|ist|war|es|fue|è|era|is|was|é|foi|jest|był[a]?|huwa|hija|kien|kienet|yw|ydy|oedd)\s+(?:(?:\p{Lu}[\p{L}&.-]+\s){0,3}\p{Lu}[\p{L}&.-]+['’]s|a|an|the|un|une|eine?|der|die|el|la|il|lo|una|een|de|het|o|a|um|uma|autor|autora|author|[Aa]utor(?:in)?|[Rr]edakt(?:eur|or)(?:in)?|[Kk]orrespondent(?:in)?|[Jj]ournalist(?:in)?|[Rr]eporter(?:in)?|[Rr]essortleiter(?:in)?|journaliste|periodista|giornalista|jornalista|dziennikarz|dziennikarka|ġurnalist[a]?|gohebydd|newyddiadurwr|newyddiadurwraig)\b|(?:receives funding|has received funding|does not work for|works for|covers|reports on|writes about|writes for|writes the|is based in|joined|leads|edits|hosts|(?:är|er|var|on|oli)\s+(?:\p{L}+\s)?(?:reporter|journalist|redaktör|redaktør|medarbetare|medarbeider|korrespondent|fotograf|toimittaja|kirjeenvaihtaja)|schrijft (?:voor|over)|écrit (?:pour|sur)|schreibt (?:für|über)|escribe (?:para|sobre|en)|scrive (?:per|di|su)|escreve (?:para|sobre)|pisze (?:dla|o))\b)/u);

const JOB =
  /(?:redaktor|receives funding|has received funding|does not work for|professor|lecturer|researcher|assistant|intern|fellow|joined|schrijft|écrit|schreibt|escribe|scrive|escreve|pisze|verslaggever|writer|correspondent|reporter|editor|columnist|journalist|author|contributor|producer|host|fellow|professor|analyst|critic|covers|reports on|writes|korrespondent|redakteur|autor|journalist|correspondant|chroniqu|rédact|periodista|corresponsal|redactor|giornalista|corrispondente|redattore|verslaggever|correspondent|redacteur|jornalista|correspondente|repórter|dziennikar|korespondent|記者|ġurnalist|gohebydd|newyddiadur)/iu;

/**
 * `ROG`, `(JPS)`, `frt/rcr`, `(jha)`: the desk's initials alone, a sign-off only right under the story
 * (where that is, each reader knows); the mixed forms with an agency (`(kam/APA)`) are `CREDIT`'s.
 */
export const INITIALS_SIGN_OFF = /^(?:\(?\p{Lu}{2,5}(?:[/,]\s?\p{Lu}{2,5})*\)?|\(\p{Ll}{2,4}\))$/u;

export function matchFooter(text: string): FooterKind | undefined {
  if (text.length > 600) return undefined;
  // A rights line is short; the patterns that look inside a line need not scan paragraphs.
  if (text.length <= 240 && RIGHTS.some((p) => p.test(text))) return 'rights';
  if (text.length <= 400 && REPRODUCTION_FORBIDDEN.some((p) => p.test(text))) return 'rights';
  if (CORRECTION.some((p) => p.test(text))) return 'correction';
  if (CREDIT.some((p) => p.test(text))) return 'credit';
  if (NOTE.some((p) => p.test(text))) return 'note';
  // (`— Ana Castellanos covers transportation …`: a dash before the bio.)
  // (`(*) Hélène Marchetti est économiste …`: or the marker the byline's name carries.)
  const bio = text.replace(/^(?:[—–]|\(\*{1,3}\)|\*{1,3})\s*/u, '');
  if (BIO.test(bio) && JOB.test(bio) && bio.split(/\s+/).length <= 100) return 'bio';
  return undefined;
}

/** A horizontal rule line: `---`, `***`, `___`, `* * *`. */
export function isRule(text: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,}|(?:\*\s){2,}\*|—{2,})$/.test(text);
}

/** "All rights reserved" in the languages of the corpus: no publisher's name. */
const ALL_RIGHTS = `(?:all rights reserved|${RESERVED_OPENING}|todos direitos reservados|tüm hakları saklıdır|minden jog fenntartva|toate drepturile rezervate|všechna práva vyhrazena|všetky práva vyhradené|все права защищены|усі права захищені|무단\\s?전재 및 재배포\\s?금지)`;
const ALL_RIGHTS_RESERVED = new RegExp(`^${ALL_RIGHTS}`, 'iu');
/** The same words after the name: `Il Sole 24 Ore Tutti i diritti riservati`, `한겨레신문사 : 무단전재 및 재배포 금지`. */
const ALL_RIGHTS_RESERVED_AFTER = new RegExp(`\\s*[-–—:|.]?\\s*${ALL_RIGHTS}.*$`, 'iu');

/**
 * The publisher named in a rights line:
 * `Copyright The Eastwick Courier Ltd 2025. All rights reserved.` → `The Eastwick Courier Ltd`;
 * `© 2025 Reuters` → `Reuters`.
 */
export function publisherFromRights(rights: string): string | undefined {
  // (`Copyright © 2026 GMA Network Inc.`, `Copyright (C) 2026 The Kobe Shimbun`, `© 1999-2026 …`, `© 2025-26 …`,
  // `© 2025, Arkansas Democrat-Gazette`, `© 1997-2026 by …`: the marks may repeat, the year be a span, a comma or "by" follow.)
  const m = /^(?:(?:©|ⓒ|\(c\)|copyright)\s*)+(?:[–—-]\s*)?(?:\p{Nd}{4}(?:\s*[–—-]\s*(?:\p{Nd}{4}|\p{Nd}{2}))?\s*)?(?:[,.:|–—-]\s*)?(?:by\s+)?(.+?)(?:,?\s*\d{4})?\s*(?:[.,;]|$)/iu.exec(rights.trim());
  // (`WAZ 2025 – Alle Rechte vorbehalten`, `Le Bien Public - 2025`, `BERNAMA •`: the year and marks after the name go too.)
  const name = m?.[1]
    ?.replace(ALL_RIGHTS_RESERVED_AFTER, '')
    .replace(/[\s,•·|–—-]*(?:\p{Nd}{4}[\s,•·|–—-]*)?$/u, '')
    .trim();
  return name && name.length >= 2 && /\p{L}/u.test(name) && name.split(/\s+/).length <= 8 && !ALL_RIGHTS_RESERVED.test(name) ? name : undefined;
}

/**
 * Of two rights lines, the one that names the holder: `© 2026 中央通訊社` over the notice above it that
 * forbids copies (`本網站之文字…不得轉載`).
 */
export function preferRights(current: string | undefined, candidate: string): string {
  if (current === undefined) return candidate;
  return !publisherFromRights(current) && publisherFromRights(candidate) ? candidate : current;
}

/** `Contacts`, `Media Contact:`, `Contact presse`: a press release's contact block follows. */
const CONTACT_LABEL = /^(?:(?:media|press|investor) )?contacts?\s*:?$|^(?:contact presse|contacto de prensa|contatto stampa|pressekontakt|perscontact|contato para imprensa)\s*:?$/iu;

/** A line of contact details: an e-mail address or a telephone number. */
export const CONTACT_DETAIL = /\S@\S+\.\S|(?:\+|\()?\d[\d ()./-]{6,}\d/u;

/** A contact block has an e-mail address or a telephone number in its first lines. */
function contactBlockFollows(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j < i + 7; j++) {
    if (CONTACT_DETAIL.test((lines[j] as Line).text)) return true;
  }
  return false;
}

/** Line `i` opens a press release's contact block: its label, then an e-mail address or a telephone number. */
export function startsContactBlock(lines: Line[], i: number): boolean {
  return CONTACT_LABEL.test((lines[i] as Line).text) && contactBlockFollows(lines, i);
}

// A labelled set for bench/language.js: short news text written for Lectern (invented stories,
// news register), per language five headlines (5–12 words) and three paragraphs (30–80 words).
// `no`, `ca` and `sk` are there as confusers for `da`, `es` and `cs`.
export const SAMPLES = {
  en: {
    headlines: [
      'Council delays vote on harbour bridge after cost warning',
      'Heatwave pushes hospital admissions to record high',
      'Train drivers to strike for three days next month',
      'Central bank holds interest rates despite rising prices',
      'Flood defences fail as river bursts its banks overnight',
    ],
    paragraphs: [
      'The city council has postponed Thursday’s vote on a new bridge across the harbour after engineers warned that the cost could rise by more than a third. Opposition members said they would not approve a project whose price changed every week.',
      'Hospitals across the region reported their busiest weekend of the year as temperatures passed 38C. Doctors urged older people to stay indoors during the afternoon and to drink water regularly, even when they did not feel thirsty.',
      'The union said its members had been left with no choice after talks with the rail operator broke down on Monday. A spokesperson for the company said it was disappointed and would publish an emergency timetable later this week.',
    ],
  },
  fr: {
    headlines: [
      'Le conseil municipal reporte le vote sur le nouveau pont',
      'Canicule : les hôpitaux de la région saturés ce week-end',
      'Les conducteurs de train en grève pendant trois jours',
      'La Banque centrale maintient ses taux malgré l’inflation',
      'Inondations : la Loire sort de son lit à Orléans',
    ],
    paragraphs: [
      'Le conseil municipal a repoussé jeudi le vote sur la construction d’un nouveau pont sur le port, après que des ingénieurs ont averti que le coût pourrait augmenter de plus d’un tiers. L’opposition réclame une expertise indépendante avant toute décision.',
      'Les urgences de plusieurs hôpitaux ont connu leur week-end le plus chargé de l’année, alors que les températures dépassaient 38 degrés. Les médecins conseillent aux personnes âgées de rester à l’intérieur l’après-midi et de boire régulièrement.',
      'Le syndicat affirme que ses adhérents n’avaient plus le choix après l’échec des négociations lundi avec la direction. L’entreprise s’est dite déçue et publiera un plan de transport d’urgence dans les prochains jours.',
    ],
  },
  de: {
    headlines: [
      'Stadtrat vertagt Abstimmung über neue Rheinbrücke',
      'Hitzewelle: Kliniken melden Rekordzahl an Notfällen',
      'Lokführer streiken im nächsten Monat drei Tage lang',
      'Zentralbank lässt Leitzins trotz steigender Preise unverändert',
      'Hochwasser: Deiche brechen in der Nacht an mehreren Stellen',
    ],
    paragraphs: [
      'Der Kölner Stadtrat hat die für Donnerstag geplante Abstimmung über den Bau einer neuen Rheinbrücke verschoben. Grund sind neue Berechnungen, nach denen die Kosten um mehr als ein Drittel steigen könnten. Die Opposition verlangt eine unabhängige Prüfung.',
      'Die Notaufnahmen vieler Krankenhäuser verzeichneten am Wochenende so viele Patienten wie noch nie in diesem Jahr. Bei Temperaturen von über 38 Grad rieten Ärzte älteren Menschen, nachmittags im Haus zu bleiben und regelmäßig zu trinken.',
      'Die Gewerkschaft erklärte, ihren Mitgliedern bleibe nach dem Scheitern der Verhandlungen am Montag keine andere Wahl. Ein Sprecher der Bahn zeigte sich enttäuscht und kündigte einen Notfahrplan für das Ende der Woche an.',
    ],
  },
  es: {
    headlines: [
      'El ayuntamiento aplaza la votación sobre el nuevo puente',
      'La ola de calor dispara los ingresos en los hospitales',
      'Los maquinistas irán a la huelga tres días el próximo mes',
      'El banco central mantiene los tipos pese a la inflación',
      'El río se desborda y obliga a evacuar a cientos de vecinos',
    ],
    paragraphs: [
      'El pleno del ayuntamiento aplazó el jueves la votación sobre la construcción de un nuevo puente en el puerto, después de que los ingenieros advirtieran de que el coste podría aumentar más de un tercio. La oposición exige un informe independiente.',
      'Las urgencias de varios hospitales vivieron el fin de semana más intenso del año, con temperaturas que superaron los 38 grados. Los médicos recomiendan a las personas mayores no salir de casa por la tarde y beber agua con frecuencia.',
      'El sindicato asegura que a sus afiliados no les quedaba otra opción tras el fracaso de las negociaciones del lunes. La empresa se declaró decepcionada y anunció que publicará un horario de emergencia en los próximos días.',
    ],
  },
  it: {
    headlines: [
      'Il consiglio comunale rinvia il voto sul nuovo ponte',
      'Ondata di caldo, pronto soccorso presi d’assalto nel weekend',
      'Macchinisti in sciopero per tre giorni il mese prossimo',
      'La banca centrale lascia invariati i tassi nonostante l’inflazione',
      'Il fiume esce dagli argini, evacuate centinaia di famiglie',
    ],
    paragraphs: [
      'Il consiglio comunale ha rinviato giovedì il voto sulla costruzione di un nuovo ponte sul porto, dopo che gli ingegneri hanno avvertito che i costi potrebbero aumentare di oltre un terzo. L’opposizione chiede una perizia indipendente prima di qualsiasi decisione.',
      'I pronto soccorso di diversi ospedali hanno vissuto il fine settimana più difficile dell’anno, con temperature oltre i 38 gradi. I medici consigliano agli anziani di restare in casa nel pomeriggio e di bere spesso.',
      'Il sindacato sostiene che ai lavoratori non era rimasta altra scelta dopo il fallimento delle trattative di lunedì. L’azienda si è detta delusa e pubblicherà un orario di emergenza nei prossimi giorni.',
    ],
  },
  nl: {
    headlines: [
      'Gemeenteraad stelt stemming over nieuwe brug uit',
      'Hittegolf: ziekenhuizen draaien drukste weekend van het jaar',
      'Machinisten leggen volgende maand drie dagen het werk neer',
      'Centrale bank laat rente ondanks stijgende prijzen ongemoeid',
      'Rivier treedt buiten haar oevers, honderden bewoners geëvacueerd',
    ],
    paragraphs: [
      'De gemeenteraad heeft donderdag de stemming over een nieuwe brug over de haven uitgesteld, nadat ingenieurs hadden gewaarschuwd dat de kosten met meer dan een derde kunnen stijgen. De oppositie wil eerst een onafhankelijk onderzoek.',
      'De spoedeisende hulp van verschillende ziekenhuizen had het drukste weekend van het jaar, terwijl het kwik boven de 38 graden uitkwam. Artsen raden ouderen aan om ’s middags binnen te blijven en regelmatig water te drinken.',
      'Volgens de vakbond hadden de leden geen andere keus nadat het overleg met de vervoerder maandag was vastgelopen. Een woordvoerder van het bedrijf zei teleurgesteld te zijn en kondigde een nooddienstregeling aan.',
    ],
  },
  pt: {
    headlines: [
      'Câmara municipal adia votação sobre a nova ponte',
      'Onda de calor enche as urgências dos hospitais',
      'Maquinistas vão fazer greve durante três dias no próximo mês',
      'Banco central mantém juros apesar da subida dos preços',
      'Rio transborda e obriga à retirada de centenas de moradores',
    ],
    paragraphs: [
      'A câmara municipal adiou na quinta-feira a votação sobre a construção de uma nova ponte no porto, depois de os engenheiros terem avisado que o custo poderia subir mais de um terço. A oposição exige um parecer independente antes de qualquer decisão.',
      'As urgências de vários hospitais tiveram o fim de semana mais movimentado do ano, com temperaturas acima dos 38 graus. Os médicos aconselham os idosos a ficar em casa durante a tarde e a beber água com frequência.',
      'O sindicato afirma que os trabalhadores não tinham outra escolha depois do fracasso das negociações de segunda-feira. A empresa disse estar desiludida e vai publicar um horário de emergência nos próximos dias.',
    ],
  },
  ja: {
    headlines: [
      '市議会、新しい橋の採決を延期　建設費の高騰を懸念',
      '記録的な猛暑で救急搬送が過去最多に',
      '運転士の労働組合、来月3日間のストライキを決定',
      '中央銀行が政策金利を据え置き　物価上昇続く',
      '大雨で川が氾濫、住民数百人が避難',
    ],
    paragraphs: [
      '市議会は木曜日、港に架ける新しい橋の建設に関する採決を延期した。技術者が建設費が3分の1以上増える可能性があると警告したためで、野党は独立した専門家による調査を求めている。',
      '気温が38度を超えた週末、地域の複数の病院で救急外来の受診者が今年最も多くなった。医師は高齢者に対し、午後は外出を控え、のどが渇いていなくてもこまめに水分をとるよう呼びかけている。',
      '労働組合は、月曜日に鉄道会社との交渉が決裂したため、組合員にはほかに選択肢がなかったと説明した。会社側の広報担当者は遺憾の意を示し、今週中に臨時ダイヤを発表すると述べた。',
    ],
  },
  pl: {
    headlines: [
      'Rada miasta odkłada głosowanie w sprawie nowego mostu',
      'Upał: szpitalne oddziały ratunkowe przepełnione w weekend',
      'Maszyniści zapowiadają trzydniowy strajk w przyszłym miesiącu',
      'Bank centralny nie zmienia stóp procentowych mimo inflacji',
      'Rzeka wystąpiła z brzegów, ewakuowano setki mieszkańców',
    ],
    paragraphs: [
      'Rada miasta przełożyła w czwartek głosowanie nad budową nowego mostu w porcie, po tym jak inżynierowie ostrzegli, że koszty mogą wzrosnąć o ponad jedną trzecią. Opozycja domaga się niezależnej ekspertyzy przed podjęciem decyzji.',
      'Szpitalne oddziały ratunkowe w regionie miały najbardziej pracowity weekend w tym roku, gdy temperatura przekroczyła 38 stopni. Lekarze radzą osobom starszym, aby po południu nie wychodziły z domu i regularnie piły wodę.',
      'Związek zawodowy twierdzi, że jego członkowie nie mieli innego wyjścia po fiasku poniedziałkowych negocjacji. Rzecznik przewoźnika powiedział, że jest rozczarowany, i zapowiedział opublikowanie awaryjnego rozkładu jazdy.',
    ],
  },
  tr: {
    headlines: [
      'Belediye meclisi yeni köprü oylamasını erteledi',
      'Sıcak hava dalgası hastanelerin acil servislerini doldurdu',
      'Makinistler gelecek ay üç gün boyunca greve gidecek',
      'Merkez bankası yükselen fiyatlara rağmen faizi sabit tuttu',
      'Nehir taştı, yüzlerce kişi evlerini terk etmek zorunda kaldı',
    ],
    paragraphs: [
      'Belediye meclisi, mühendislerin maliyetin üçte birden fazla artabileceği uyarısının ardından limana yapılacak yeni köprüyle ilgili oylamayı perşembe günü erteledi. Muhalefet, herhangi bir karar alınmadan önce bağımsız bir inceleme yapılmasını istiyor.',
      'Sıcaklığın 38 dereceyi aştığı hafta sonu bölgedeki birçok hastanenin acil servisi yılın en yoğun günlerini yaşadı. Doktorlar yaşlılara öğleden sonra evden çıkmamalarını ve düzenli olarak su içmelerini tavsiye ediyor.',
      'Sendika, pazartesi günü yapılan görüşmelerin başarısız olmasının ardından üyelerinin başka seçeneği kalmadığını açıkladı. Şirket sözcüsü hayal kırıklığına uğradıklarını söyledi ve bu hafta acil bir sefer programı yayımlayacaklarını duyurdu.',
    ],
  },
  sv: {
    headlines: [
      'Kommunfullmäktige skjuter upp omröstningen om den nya bron',
      'Värmebölja: akutmottagningarna har årets mest hektiska helg',
      'Lokförarna strejkar i tre dagar nästa månad',
      'Riksbanken lämnar räntan oförändrad trots stigande priser',
      'Ån svämmade över och hundratals boende fick lämna sina hem',
    ],
    paragraphs: [
      'Kommunfullmäktige sköt på torsdagen upp omröstningen om en ny bro över hamnen, sedan ingenjörer varnat för att kostnaden kan stiga med mer än en tredjedel. Oppositionen kräver en oberoende granskning innan något beslut fattas.',
      'Akutmottagningarna på flera sjukhus hade årets mest hektiska helg när temperaturen steg över 38 grader. Läkarna uppmanar äldre att stanna inomhus på eftermiddagen och att dricka vatten ofta, även om de inte känner sig törstiga.',
      'Facket säger att medlemmarna inte hade något annat val efter att förhandlingarna med tågbolaget bröt samman på måndagen. En talesperson för bolaget sade att man är besviken och att en nödtidtabell publiceras senare i veckan.',
    ],
  },
  da: {
    headlines: [
      'Byrådet udskyder afstemningen om den nye bro',
      'Hedebølge: skadestuerne har travleste weekend i år',
      'Lokoførerne strejker i tre dage i næste måned',
      'Nationalbanken fastholder renten trods stigende priser',
      'Åen gik over sine bredder, og hundredvis måtte forlade deres hjem',
    ],
    paragraphs: [
      'Byrådet udskød torsdag afstemningen om en ny bro over havnen, efter at ingeniører havde advaret om, at prisen kan stige med mere end en tredjedel. Oppositionen kræver en uafhængig vurdering, før der træffes en beslutning.',
      'Skadestuerne på flere hospitaler havde årets travleste weekend, da temperaturen kom over 38 grader. Lægerne opfordrer ældre til at blive indendørs om eftermiddagen og til at drikke vand jævnligt, også selvom de ikke føler sig tørstige.',
      'Fagforeningen siger, at medlemmerne ikke havde andet valg, efter at forhandlingerne med jernbaneselskabet brød sammen mandag. En talsperson for selskabet siger, at man er skuffet, og at en nødkøreplan bliver offentliggjort senere på ugen.',
    ],
  },
  ru: {
    headlines: [
      'Городской совет отложил голосование по новому мосту',
      'Жара: больницы региона переполнены в выходные',
      'Машинисты объявили трёхдневную забастовку в следующем месяце',
      'Центробанк сохранил ключевую ставку несмотря на рост цен',
      'Река вышла из берегов, эвакуированы сотни жителей',
    ],
    paragraphs: [
      'Городской совет в четверг отложил голосование о строительстве нового моста в порту после того, как инженеры предупредили, что его стоимость может вырасти более чем на треть. Оппозиция требует провести независимую экспертизу до принятия решения.',
      'Приёмные отделения нескольких больниц пережили самые напряжённые выходные за год: температура воздуха превысила 38 градусов. Врачи советуют пожилым людям не выходить из дома во второй половине дня и регулярно пить воду.',
      'В профсоюзе заявили, что у его членов не осталось другого выбора после провала переговоров в понедельник. Представитель компании выразил разочарование и пообещал опубликовать экстренное расписание до конца недели.',
    ],
  },
  uk: {
    headlines: [
      'Міська рада відклала голосування щодо нового мосту',
      'Спека: лікарні регіону переповнені у вихідні',
      'Машиністи оголосили триденний страйк наступного місяця',
      'Центральний банк зберіг облікову ставку попри зростання цін',
      'Річка вийшла з берегів, евакуйовано сотні мешканців',
    ],
    paragraphs: [
      'Міська рада в четвер відклала голосування щодо будівництва нового мосту в порту після того, як інженери попередили, що його вартість може зрости більш ніж на третину. Опозиція вимагає провести незалежну експертизу до ухвалення рішення.',
      'Приймальні відділення кількох лікарень пережили найнапруженіші вихідні цього року, коли температура повітря перевищила 38 градусів. Лікарі радять літнім людям не виходити з дому в другій половині дня та регулярно пити воду.',
      'У профспілці заявили, що її члени не мали іншого вибору після провалу переговорів у понеділок. Речник компанії висловив розчарування і пообіцяв оприлюднити екстрений розклад до кінця тижня.',
    ],
  },
  zh: {
    headlines: [
      '市议会推迟新桥表决 工程师警告造价上涨',
      '高温天气致医院急诊人数创新高',
      '火车司机工会宣布下月罢工三天',
      '央行维持利率不变 物价持续上涨',
      '河水漫堤 数百名居民紧急撤离',
    ],
    paragraphs: [
      '市议会周四推迟了关于在港口修建新桥的表决。此前工程师警告说，工程造价可能上涨三分之一以上。反对派要求在作出任何决定之前进行独立评估。',
      '上周末气温超过38摄氏度，该地区多家医院的急诊科迎来了今年最繁忙的时刻。医生建议老年人下午尽量待在室内，即使不觉得口渴也要经常喝水。',
      '工会表示，周一与铁路公司的谈判破裂后，会员们已经别无选择。公司发言人表示失望，并称将在本周晚些时候公布紧急时刻表。',
    ],
  },
  ko: {
    headlines: [
      '시의회, 새 다리 건설 표결 연기',
      '폭염에 병원 응급실 환자 사상 최다',
      '기관사 노조, 다음 달 사흘간 파업 예고',
      '중앙은행, 물가 상승에도 기준금리 동결',
      '강물 범람으로 주민 수백 명 긴급 대피',
    ],
    paragraphs: [
      '시의회는 목요일 항구에 새 다리를 건설하는 안건에 대한 표결을 연기했다. 기술자들이 공사비가 3분의 1 이상 늘어날 수 있다고 경고했기 때문이다. 야당은 결정에 앞서 독립적인 검토를 요구하고 있다.',
      '기온이 38도를 넘은 주말, 지역 여러 병원의 응급실은 올해 들어 가장 붐볐다. 의사들은 노인들에게 오후에는 실내에 머무르고 목이 마르지 않더라도 물을 자주 마시라고 당부했다.',
      '노조는 월요일 철도 회사와의 협상이 결렬된 뒤 조합원들에게 다른 선택지가 없었다고 밝혔다. 회사 대변인은 유감을 표하며 이번 주 안에 비상 운행표를 발표하겠다고 말했다.',
    ],
  },
  ar: {
    headlines: [
      'المجلس البلدي يؤجل التصويت على الجسر الجديد',
      'موجة الحر تملأ أقسام الطوارئ في المستشفيات',
      'سائقو القطارات يضربون ثلاثة أيام الشهر المقبل',
      'البنك المركزي يبقي أسعار الفائدة دون تغيير رغم التضخم',
      'فيضان النهر يجبر مئات السكان على مغادرة منازلهم',
    ],
    paragraphs: [
      'أجّل المجلس البلدي يوم الخميس التصويت على بناء جسر جديد في الميناء، بعد أن حذر المهندسون من أن التكلفة قد ترتفع بأكثر من الثلث. وتطالب المعارضة بإجراء دراسة مستقلة قبل اتخاذ أي قرار.',
      'شهدت أقسام الطوارئ في عدة مستشفيات أكثر عطلة نهاية أسبوع ازدحاما هذا العام، مع تجاوز درجات الحرارة 38 درجة مئوية. وينصح الأطباء كبار السن بالبقاء في منازلهم بعد الظهر وشرب الماء بانتظام.',
      'وقالت النقابة إن أعضاءها لم يعد أمامهم خيار آخر بعد فشل المفاوضات مع شركة السكك الحديدية يوم الاثنين. وأعرب متحدث باسم الشركة عن خيبة أمله، وقال إنها ستنشر جدولا طارئا للرحلات في وقت لاحق من الأسبوع.',
    ],
  },
  el: {
    headlines: [
      'Το δημοτικό συμβούλιο αναβάλλει την ψηφοφορία για τη νέα γέφυρα',
      'Καύσωνας: γεμάτα τα επείγοντα των νοσοκομείων το Σαββατοκύριακο',
      'Τριήμερη απεργία των μηχανοδηγών τον επόμενο μήνα',
      'Η κεντρική τράπεζα διατηρεί αμετάβλητα τα επιτόκια',
      'Ο ποταμός υπερχείλισε, εκατοντάδες κάτοικοι απομακρύνθηκαν',
    ],
    paragraphs: [
      'Το δημοτικό συμβούλιο ανέβαλε την Πέμπτη την ψηφοφορία για την κατασκευή νέας γέφυρας στο λιμάνι, αφού οι μηχανικοί προειδοποίησαν ότι το κόστος μπορεί να αυξηθεί πάνω από ένα τρίτο. Η αντιπολίτευση ζητά ανεξάρτητη μελέτη πριν από οποιαδήποτε απόφαση.',
      'Τα τμήματα επειγόντων πολλών νοσοκομείων είχαν το πιο φορτωμένο Σαββατοκύριακο της χρονιάς, με τη θερμοκρασία να ξεπερνά τους 38 βαθμούς. Οι γιατροί συστήνουν στους ηλικιωμένους να μένουν σπίτι το απόγευμα και να πίνουν συχνά νερό.',
      'Το συνδικάτο δηλώνει ότι τα μέλη του δεν είχαν άλλη επιλογή μετά την αποτυχία των διαπραγματεύσεων τη Δευτέρα. Εκπρόσωπος της εταιρείας εξέφρασε την απογοήτευσή του και ανακοίνωσε έκτακτο πρόγραμμα δρομολογίων.',
    ],
  },
  cs: {
    headlines: [
      'Zastupitelstvo odložilo hlasování o novém mostě',
      'Vedro: nemocniční urgentní příjmy zažily nejrušnější víkend',
      'Strojvedoucí budou příští měsíc tři dny stávkovat',
      'Centrální banka ponechala sazby beze změny navzdory inflaci',
      'Řeka se vylila z břehů, stovky obyvatel museli opustit domovy',
    ],
    paragraphs: [
      'Zastupitelstvo ve čtvrtek odložilo hlasování o stavbě nového mostu v přístavu poté, co inženýři varovali, že náklady by mohly vzrůst o více než třetinu. Opozice požaduje nezávislý posudek dříve, než padne jakékoli rozhodnutí.',
      'Urgentní příjmy několika nemocnic zažily nejrušnější víkend letošního roku, když teploty překročily 38 stupňů. Lékaři radí starším lidem, aby odpoledne zůstávali doma a pravidelně pili vodu, i když nemají žízeň.',
      'Odbory uvedly, že jejich členové neměli jinou možnost poté, co v pondělí ztroskotala jednání s dopravcem. Mluvčí společnosti vyjádřil zklamání a oznámil, že ještě tento týden zveřejní nouzový jízdní řád.',
    ],
  },
  ro: {
    headlines: [
      'Consiliul local amână votul privind noul pod',
      'Caniculă: unitățile de primiri urgențe, pline în weekend',
      'Mecanicii de locomotivă intră în grevă trei zile luna viitoare',
      'Banca centrală menține dobânda în ciuda creșterii prețurilor',
      'Râul a ieșit din matcă, sute de locuitori au fost evacuați',
    ],
    paragraphs: [
      'Consiliul local a amânat joi votul privind construcția unui nou pod în port, după ce inginerii au avertizat că costurile ar putea crește cu mai mult de o treime. Opoziția cere o expertiză independentă înainte de orice decizie.',
      'Unitățile de primiri urgențe din mai multe spitale au avut cel mai aglomerat weekend din acest an, în condițiile în care temperaturile au depășit 38 de grade. Medicii le recomandă vârstnicilor să rămână în casă după-amiaza și să bea apă des.',
      'Sindicatul spune că membrii săi nu au mai avut altă opțiune după eșecul negocierilor de luni cu operatorul feroviar. Un purtător de cuvânt al companiei s-a declarat dezamăgit și a anunțat un orar de urgență.',
    ],
  },
  no: {
    headlines: [
      'Bystyret utsetter avstemningen om den nye brua',
      'Hetebølge: legevaktene hadde årets travleste helg',
      'Lokførerne streiker i tre dager neste måned',
      'Norges Bank holder renten uendret til tross for prisveksten',
      'Elva gikk over sine bredder, og hundrevis måtte forlate hjemmene sine',
    ],
    paragraphs: [
      'Bystyret utsatte torsdag avstemningen om en ny bru over havna, etter at ingeniører hadde advart om at kostnadene kan øke med mer enn en tredjedel. Opposisjonen krever en uavhengig vurdering før det fattes noe vedtak.',
      'Legevaktene ved flere sykehus hadde årets travleste helg da temperaturen krøp over 38 grader. Legene oppfordrer eldre til å holde seg innendørs på ettermiddagen og til å drikke vann jevnlig, selv om de ikke føler seg tørste.',
      'Fagforeningen sier at medlemmene ikke hadde noe annet valg etter at forhandlingene med togselskapet brøt sammen mandag. En talsperson for selskapet sier at de er skuffet, og at en nødrutetabell blir publisert senere i uka.',
    ],
  },
  ca: {
    headlines: [
      "L'ajuntament ajorna la votació sobre el nou pont",
      "L'onada de calor col·lapsa les urgències dels hospitals",
      'Els maquinistes faran vaga tres dies el mes que ve',
      'El banc central manté els tipus malgrat la inflació',
      'El riu es desborda i obliga a desallotjar centenars de veïns',
    ],
    paragraphs: [
      "El ple de l'ajuntament va ajornar dijous la votació sobre la construcció d'un nou pont al port, després que els enginyers advertissin que el cost podria augmentar més d'un terç. L'oposició reclama un informe independent abans de prendre cap decisió.",
      "Les urgències de diversos hospitals van viure el cap de setmana més intens de l'any, amb temperatures per sobre dels 38 graus. Els metges recomanen a la gent gran que no surti de casa a la tarda i que begui aigua sovint.",
      "El sindicat assegura que als seus afiliats no els quedava cap altra opció després del fracàs de les negociacions de dilluns. L'empresa es va declarar decebuda i publicarà un horari d'emergència els propers dies.",
    ],
  },
  sk: {
    headlines: [
      'Mestské zastupiteľstvo odložilo hlasovanie o novom moste',
      'Horúčavy: urgentné príjmy nemocníc zažili najrušnejší víkend',
      'Rušňovodiči budú budúci mesiac tri dni štrajkovať',
      'Centrálna banka ponechala sadzby bez zmeny napriek inflácii',
      'Rieka sa vyliala z brehov, stovky obyvateľov museli opustiť domovy',
    ],
    paragraphs: [
      'Mestské zastupiteľstvo vo štvrtok odložilo hlasovanie o výstavbe nového mosta v prístave po tom, ako inžinieri varovali, že náklady by mohli stúpnuť o viac ako tretinu. Opozícia požaduje nezávislý posudok skôr, ako padne akékoľvek rozhodnutie.',
      'Urgentné príjmy viacerých nemocníc zažili najrušnejší víkend tohto roka, keď teploty prekročili 38 stupňov. Lekári odporúčajú starším ľuďom, aby popoludní zostali doma a pravidelne pili vodu, aj keď nie sú smädní.',
      'Odbory uviedli, že ich členovia nemali inú možnosť po tom, čo v pondelok stroskotali rokovania s dopravcom. Hovorca spoločnosti vyjadril sklamanie a oznámil, že ešte tento týždeň zverejní núdzový cestovný poriadok.',
    ],
  },
};

/** Site chrome in English, as it lands in a copied page around an article in another language. */
export const ENGLISH_CHROME = [
  'Skip to main content',
  'Home',
  'News',
  'World',
  'Business',
  'Sport',
  'Sign in',
  'Subscribe',
  'Share this article',
  'Share on Facebook',
  'Share on X',
  'Copy link',
  'Most read',
  'Listen to this article',
  '5 min read',
  'Advertisement',
  'We use cookies to improve your experience. Accept all cookies',
  'Sign up for our newsletter',
  'Related topics',
  'Follow us',
  'Terms of use',
  'Privacy policy',
  'Contact us',
  'We and our 842 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.',
  'Get the best of our journalism in your inbox every morning: the day’s top stories, hand-picked by our editors, with analysis you will not find anywhere else.',
];

/**
 * English sentences full of foreign names, places and borrowed phrases: a passage identifier
 * must still call each of them English (they are the false positives to avoid).
 */
export const ENGLISH_WITH_NAMES = [
  'Speaking outside the Palais de Justice on Tuesday, Jean-Marc Lefèvre said the verdict was a victory for the families of Saint-Étienne.',
  'The new director of the Musée d’Orsay, Anne-Sophie Delacroix, told reporters that the exhibition would open in Aix-en-Provence next spring.',
  'Friedrich Merz met Ursula von der Leyen in Brussels before flying to München for the Sicherheitskonferenz.',
  'Łukasz Wiśniewski, the mayor of Bydgoszcz, said the Gdańsk shipyard would reopen under a new owner before Christmas.',
  'Fans of Real Madrid gathered at the Santiago Bernabéu and in the Plaza de Cibeles to celebrate the title.',
  'The café on the Rue de la Paix served croissants, pain au chocolat and café au lait to the waiting crowd.',
  'The motto of the city, Fluctuat nec mergitur, was projected onto the Eiffel Tower on the night of the vigil.',
  'Recep Tayyip Erdoğan and Kyriakos Mitsotakis met in Ankara to discuss the dispute over the Aegean islands.',
  'The film Le Fabuleux Destin d’Amélie Poulain was shown at the Cinémathèque française on Sunday evening.',
  'Shares in Volkswagen, Société Générale and Banco Santander fell sharply in early trading on Monday.',
  'He described the mood in the square as “joie de vivre” and said the town had never looked better.',
  'The Dutch prime minister, Dick Schoof, visited Rotterdam and Den Haag to inspect the Maeslantkering storm barrier.',
  'Sources at the Quai d’Orsay said the ambassador had been recalled from Bamako for consultations.',
  'Dr Søren Kierkegaard-Nielsen of Aarhus Universitet said the data from Nørrebro was still being checked.',
  'The Bundesverfassungsgericht in Karlsruhe will rule on the case in the autumn, a spokesman said.',
  'Tokyo’s governor, Yuriko Koike, visited the Shinjuku Gyoen garden as the cherry blossom season began.',
];

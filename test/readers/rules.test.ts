/** The news-text rules, one by one, on the shapes different publications use. */
import { describe, expect, it } from 'vitest';
import { matchAffiliation, parseByline } from '../../src/readers/news-text/rules/byline.js';
import { isCaptionLabel, japaneseCaption, matchCaption, matchCreditLine } from '../../src/readers/news-text/rules/caption.js';
import { matchFooter, preferRights, publisherFromRights } from '../../src/readers/news-text/rules/footer.js';
import { matchFurniture } from '../../src/readers/news-text/rules/furniture.js';
import { matchWireDateline } from '../../src/readers/news-text/rules/wire.js';
import { parseInlines } from '../../src/readers/news-text/inline.js';
import { parseDateline, parseReferenceDate } from '../../src/readers/shared/dates.js';
import { safeLinkUrl } from '../../src/readers/shared/urls.js';

describe('datelines', () => {
  const ref = parseReferenceDate('2025-11-03T12:00Z');
  it.each([
    ['Tue 8 Jul 2025 17.08 BST', '2025-07-08T17:08+01:00'],
    ['November 3, 2025 4:12 PM GMT', '2025-11-03T16:12Z'],
    ['Published 3 November 2025', '2025-11-03'],
    ['14 mars 2025', '2025-03-14'],
    ['14. März 2025, 18:30 MEZ', '2025-03-14T18:30+01:00'],
    ['2025-11-03', '2025-11-03'],
    ['3 HOURS AGO', '2025-11-03T09:00Z'],
    ['Updated 2 hours ago', '2025-11-03T10:00Z'],
    ['YESTERDAY', '2025-11-02'],
    ['vor 3 Stunden', '2025-11-03T09:00Z'],
    ['Updated 2:14 PM EST, November 3, 2025', '2025-11-03T14:14-05:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateline(text, ref)).toEqual({ text, iso });
  });
  it('keeps a relative dateline without a reference, with no ISO date', () => {
    expect(parseDateline('3 HOURS AGO')).toEqual({ text: '3 HOURS AGO' });
  });
  it('refuses impossible dates', () => {
    expect(parseDateline('31 February 2025')).toEqual({ text: '31 February 2025' });
  });
});

describe('bylines', () => {
  it('splits authors and places', () => {
    expect(parseByline('By Ann Lee and Bo Diaz in Washington and Cy Roth in Tel Aviv')?.authors).toEqual([
      { name: 'Ann Lee', location: 'Washington' },
      { name: 'Bo Diaz', location: 'Washington' },
      { name: 'Cy Roth', location: 'Tel Aviv' },
    ]);
  });
  it('handles commas, particles and a trailing date', () => {
    const byline = parseByline('By Jane Doe, Pieter de Vries and Li Wei | November 3, 2025 4:12 PM GMT');
    expect(byline?.authors.map((a) => a.name)).toEqual(['Jane Doe', 'Pieter de Vries', 'Li Wei']);
    expect(byline?.dateline?.iso).toBe('2025-11-03T16:12Z');
  });
  it('writes names set in capitals as names', () => {
    expect(parseByline('By LISA MASCARO and MARY CLARE JALONICK')?.authors).toEqual([{ name: 'Lisa Mascaro' }, { name: 'Mary Clare Jalonick' }]);
  });
  it('reads an organisation-and-place line under a byline', () => {
    expect(matchAffiliation('BBC News, York')).toEqual({ organization: 'BBC News', place: 'York' });
    expect(matchAffiliation('The council met on Monday, and voted.')).toBeUndefined();
  });
  it('skips roles', () => {
    expect(parseByline('By Sam Carter, Transport Correspondent')?.authors).toEqual([{ name: 'Sam Carter' }]);
  });
  it('does not take a sentence or a label for a byline', () => {
    expect(parseByline('The council voted on Thursday.')).toBeUndefined();
    expect(parseByline('Cities')).toBeUndefined();
  });
});

describe('captions and credits', () => {
  it.each([
    ['Barges by the pier © Alamy', 'Barges by the pier', 'Alamy'],
    ['Firefighters near Odemira. Photograph: Miguel Santos/EPA', 'Firefighters near Odemira.', 'Miguel Santos/EPA'],
    ['Crowds in Kyiv. Photo: AP', 'Crowds in Kyiv.', 'AP'],
    ['President Biden speaks in Ohio REUTERS/Kevin Lamarque', 'President Biden speaks in Ohio', 'REUTERS/Kevin Lamarque'],
    ['Heads handed over at the museum. (AP Photo/Lena Brooks)', 'Heads handed over at the museum.', 'AP Photo/Lena Brooks'],
    ['A rally in Paris. Jane Roe/AFP via Getty Images', 'A rally in Paris.', 'Jane Roe/AFP via Getty Images'],
  ])('%s', (line, caption, credit) => {
    expect(matchCaption(line)).toMatchObject({ caption, credit });
  });
  it('leaves ordinary sentences alone', () => {
    expect(matchCaption('The council met on Monday to discuss the bridge.')).toBeUndefined();
  });
  it('reads captions split over lines', () => {
    expect(matchCreditLine('Image source, Getty Images')).toEqual({ label: 'Image source', credit: 'Getty Images' });
    expect(isCaptionLabel('Image caption,')).toBe(true);
    expect(isCaptionLabel('Image captions are useful.')).toBe(false);
  });
});

describe('footer, furniture and wire datelines', () => {
  it('classifies footer lines', () => {
    expect(matchFooter('[Copyright](#) The Eastwick Courier Ltd 2025. All rights reserved.')).toBe('rights');
    expect(matchFooter('Reporting by Jane Doe; Editing by Mark Potter')).toBe('credit');
    expect(matchFooter('Correction: an earlier version misspelt a name.')).toBe('correction');
    expect(matchFooter('Associated Press writer Kevin Freking contributed to this report.')).toBe('credit');
    expect(matchFooter('The council said it would publish the report.')).toBeUndefined();
    expect(publisherFromRights('© 2025 Reuters')).toBe('Reuters');
  });
  it('reads update notes, corrections, funders and copy bans in many languages, not a story’s own sentences', () => {
    expect(matchFooter('Uppdaterad med kommentar från Socialdemokraterna.')).toBe('note');
    expect(matchFooter('Článok sme aktualizovali o vyjadrenie hovorcu ÚRSO.')).toBe('note');
    expect(matchFooter('Știrea a fost actualizată cu informații de la Primăria Sectorului 3.')).toBe('note');
    expect(matchFooter('Residents can check for updates on the city’s website or by calling 311.')).toBeUndefined();
    expect(matchFooter('Stay updated with the latest news on our site. Read more city news along with the weather.')).toBeUndefined();
    expect(matchFooter('„Am actualizat prețurile cu aproape 18%”, a spus directorul.')).toBeUndefined();
    expect(matchFooter('תיקון: בגרסה קודמת של הכתבה נכתב כי מדובר בשלושה בתי חולים.')).toBe('correction');
    expect(matchFooter('A previous version of this article misstated the number of counties.')).toBe('correction');
    expect(matchFooter('Yn in eardere ferzje fan dit artikel stie dat it om 1,2 miljoen euro gie.')).toBe('correction');
    expect(matchFooter('Information from The Associated Press was used in this report.')).toBe('credit');
    expect(matchFooter('—Staff writer Hannah J. Schneider can be reached at hannah.schneider@thecrimson.com.')).toBe('credit');
    expect(matchFooter('-- BERNAMA')).toBe('credit');
    expect(matchFooter('Nina Castellanos’s reporting for The Spokesman-Review is funded in part by Report for America.')).toBe('credit');
    expect(matchFooter('Our journalism is made possible by member donations. If you value what we do, please contribute.')).toBeUndefined();
    expect(matchFooter('未经正式授权严禁转载本文，侵权必究。')).toBe('rights');
    expect(matchFooter('Ziņu aģentūras LETA materiālu pārpublicēšana bez rakstiskas atļaujas aizliegta.')).toBe('rights');
  });
  it('reads a caption’s credit after its label in more languages, and a Japanese caption with a half-width equals sign', () => {
    expect(matchCaption('Abahlali bemi emgqeni ukukha amanzi ethangini likamasipala izolo. ISITHOMBE: BONGANI MBATHA')).toMatchObject({ credit: 'BONGANI MBATHA', label: 'ISITHOMBE' });
    expect(matchCaption('Mmoja wa wakulima akionesha matunda shambani kwake jana. PICHA: ESTHER MNYIKA')).toMatchObject({ credit: 'ESTHER MNYIKA' });
    expect(matchCaption('Uncertain future: Vendors along Blue Jacket Street on Monday PIC: KEBONYE MOLEFE')).toMatchObject({ credit: 'KEBONYE MOLEFE', label: 'PIC' });
    expect(matchCaption("Una rama de la linha 1 a l'estacion Comèdia (fòto: Montpelhièr Metropòli)")).toMatchObject({ credit: 'Montpelhièr Metropòli' });
    expect(matchCaption('ಚಾಮುಂಡಿ ಬೆಟ್ಟದ ಪಾದಚಾರಿ ಮಾರ್ಗದ ಬಳಿ ಬಿದ್ದಿರುವ ಪ್ಲಾಸ್ಟಿಕ್‌ ಬಾಟಲಿಗಳು –ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ')).toMatchObject({ credit: 'ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ' });
    expect(matchCreditLine('Photograph by Ritchie Dunne')).toEqual({ label: 'Photograph by', credit: 'Ritchie Dunne' });
    expect(matchCaption('奥克兰港集装箱码头资料图 图源：视觉中国')).toMatchObject({ caption: '奥克兰港集装箱码头资料图', credit: '视觉中国' });
    expect(japaneseCaption('冬季の週末運航が決まった猿島航路の船=24日、横須賀市の三笠桟橋')).toEqual({ caption: '冬季の週末運航が決まった猿島航路の船=24日、横須賀市の三笠桟橋' });
    expect(japaneseCaption('x = y + 2')).toBeUndefined();
  });
  it('reads the publisher out of a rights line, never a year or "all rights reserved"', () => {
    expect(publisherFromRights('Copyright © 2026 GMA Network Inc.')).toBe('GMA Network Inc');
    expect(publisherFromRights('Copyright (C) 2026 The Kobe Shimbun')).toBe('The Kobe Shimbun');
    expect(publisherFromRights('© 2025, Arkansas Democrat-Gazette, Inc.')).toBe('Arkansas Democrat-Gazette');
    expect(publisherFromRights('© 1991—2026 ЗАО «Интерфакс»')).toBe('ЗАО «Интерфакс»');
    expect(publisherFromRights('© WAZ 2025 – Alle Rechte vorbehalten')).toBe('WAZ');
    expect(publisherFromRights('© २०२६ सेतोपाटी')).toBe('सेतोपाटी');
    expect(publisherFromRights('© 2026 - Tüm hakları saklıdır')).toBeUndefined();
    expect(publisherFromRights('© 2025')).toBeUndefined();
    expect(preferRights('本網站之文字、圖片及影音，非經授權，不得轉載。', '© 2026 中央通訊社 Central News Agency')).toBe('© 2026 中央通訊社 Central News Agency');
    expect(preferRights('© 2026 Reuters', '© 2026 The Courier')).toBe('© 2026 Reuters');
  });
  it('recognizes furniture with a reason', () => {
    expect(matchFurniture('Reuse this content')?.reason).toMatch(/site furniture/);
    expect(matchFurniture('Explore more on these topics')?.startsList).toBe(true);
    expect(matchFurniture('Share prices fell sharply on Monday.')).toBeUndefined();
    expect(matchFurniture('ISIKHANGISO')?.reason).toMatch(/advertisement/);
  });
  it('reads wire datelines', () => {
    expect(matchWireDateline('AMSTERDAM, Nov 3 (Reuters) - Voltaris said')).toEqual({ place: 'AMSTERDAM', date: 'Nov 3', agency: 'Reuters' });
    expect(matchWireDateline('WASHINGTON (AP) — The Senate voted')).toEqual({ place: 'WASHINGTON', agency: 'AP' });
    expect(matchWireDateline('The Senate voted on Monday.')).toBeUndefined();
    expect(matchWireDateline('Dibrugarh (Assam) [India], November 26 (ANI): Hundreds of tea garden workers')).toEqual({ place: 'Dibrugarh', date: 'November 26', agency: 'ANI' });
  });
});

describe('links', () => {
  it('keeps only real, safe URLs', () => {
    expect(parseInlines('[a](#) [b]() [c](javascript:alert(1)) [d](data:text/html,x) [e](https://x.org) [sic]')).toEqual([
      { type: 'text', value: 'a b c d ' },
      { type: 'link', url: 'https://x.org', children: [{ type: 'text', value: 'e' }] },
      { type: 'text', value: ' [sic]' },
    ]);
    expect(safeLinkUrl(' java\tscript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });
});

describe('pull quotes', () => {
  it('marks a standalone quotation that repeats the story, and only that', async () => {
    const { quotedText, repeatsStory } = await import('../../src/readers/news-text/rules/pull-quote.js');
    expect(quotedText('“The houses never cool down at night”')).toBe('The houses never cool down at night');
    expect(quotedText('"Yes."')).toBeUndefined();
    expect(repeatsStory('The houses never cool down at night', ['"It is that the houses never cool down at night."'])).toBe(true);
    expect(repeatsStory('A different quotation altogether', ['"It is that the houses never cool down at night."'])).toBe(false);
  });
});

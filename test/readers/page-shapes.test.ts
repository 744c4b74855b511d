/**
 * Shapes real pages have when the whole page is copied (select all, copy), found by measuring
 * the reader on real saved pages: tables, lists the author wrote, charts inside a story,
 * comment threads followed by teaser streams, pictures with a credit and no caption, and
 * markup a copy catches. Each test builds the page from parts, so it names the pattern, not a site.
 */
import { describe, expect, it } from 'vitest';
import { RULED_LINES_AT_EACH_END, readNewsText } from '../../src/readers/news-text/index.js';
import { textSize } from '../../src/readers/news-text/units.js';
import { parseReferenceDate } from '../../src/readers/shared/dates.js';
import { bodyLines } from '../../src/evaluate/shapes.js';
import type { Block } from '../../src/tree/types.js';
import { inlineText } from '../../src/tree/text.js';

const PROSE = [
  'The council approved the new budget on Monday after a debate that lasted most of the afternoon and ran late into the evening.',
  'Members of the finance committee said the plan would restore library hours that were cut three years ago, when revenue fell sharply.',
  'The mayor told reporters that the vote showed the city could balance its books without closing a single branch or raising fees.',
  'Opposition members argued that the savings depended on optimistic forecasts for property taxes, which have been flat for two years.',
  'A final reading is scheduled for next month, and officials expect the budget to take effect at the start of the fiscal year in July.',
  'Residents who spoke at the meeting mostly welcomed the change, though several asked for longer weekend hours at the central library.',
];
const para = (i: number) => PROSE[i % PROSE.length] as string;
const blocks = (text: string): Block[] => readNewsText(text).article.sections.flatMap((s) => s.blocks);
const MENU = ['News', 'Sport', 'Business', 'Culture', 'Opinion', ''];
/** Three paragraphs of a story, each after a blank line, to follow a header under test. */
const STORY = ['', para(0), '', para(1), '', para(2)];

describe('what a whole-page copy holds', () => {
  it('reads tab-separated rows as a table, its first row as the header', () => {
    const page = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', 'Department\tBefore\tAfter', 'Libraries\t4.1m\t4.6m', 'Parks\t2.0m\t1.9m', '', para(2), '', para(3)].join('\n');
    const table = blocks(page).find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.head.map((c) => inlineText(c))).toEqual(['Department', 'Before', 'After']);
    expect(table.rows.map((r) => r.map((c) => inlineText(c)))).toEqual([
      ['Libraries', '4.1m', '4.6m'],
      ['Parks', '2.0m', '1.9m'],
    ]);
  });

  it('keeps a numbered list of short items in the story, not as a menu', () => {
    const page = [...MENU, 'Budget passes after long debate', '', para(0), '', 'The branches that reopen on Sundays are as follows:', '1. Central', '2. Northgate', '3. Riverside', '4. Old Town', '', para(1), '', para(2)].join('\n');
    const list = blocks(page).find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.ordered).toBe(true);
    expect(list?.type === 'list' ? list.items.length : 0).toBe(4);
    expect(bodyLines(readNewsText(page).article)).toContain('The branches that reopen on Sundays are as follows:');
  });

  it('keeps a changelog of short bullet items as the body', () => {
    const items = Array.from({ length: 30 }, (_, i) => `+ Added option number ${i + 1} to the settings screen`);
    const page = ['Release notes', 'Powered by Blog', 'Version 2.0 is out', '', ...items, '', 'Older posts', 'Archive', 'About', 'Contact'].join('\n');
    const list = blocks(page).find((b) => b.type === 'list');
    expect(list?.type === 'list' ? list.items.length : 0).toBe(30);
  });

  it('reads on past a chart of bare figures inside the story', () => {
    const chart = ['$915', 'billion', '600', '300', '$263', 'billion', '0', '’17', '’18', '’19', '’20', '’21', '’22', '’23', '’24'];
    const page = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', para(2), '', para(3), '', para(4), '', ...chart, '', para(5), '', para(1)].join('\n');
    const body = bodyLines(readNewsText(page).article);
    expect(body).toContain(para(5));
    expect(body.filter((l) => l === para(1))).toHaveLength(2);
  });

  it('reads on past a run of short lines late in a long story (a table copied a cell a line)', () => {
    const cells = ['Stage', 'Before', 'After', 'Libraries', 'closed', 'open', 'Parks', 'closed', 'open'];
    const story = [para(0), para(1), para(2), para(3), para(4), para(5), para(0), para(1)];
    // (Words of their own, so that finding them in the story means finding these lines.)
    const after = [2, 3, 4].map((i) => `After the table, ${para(i).charAt(0).toLowerCase()}${para(i).slice(1)}`);
    const page = [...MENU, 'Budget passes after long debate', '', ...story.flatMap((p) => [p, '']), ...cells, '', ...after.flatMap((p) => [p, ''])].join('\n');
    // In the story's sections, not read as lines after it.
    const inStory = blocks(page).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''));
    for (const p of after) expect(inStory).toContain(p);
  });

  it('ends the story before an author box of three lines: the name, the role, a note that starts with the name', () => {
    const page = [...MENU, 'Budget passes after long debate', '', ...[0, 1, 2, 3].flatMap((i) => [para(i), '']), 'Marta Lindqvist', '', 'Senior Reporter', '', 'Marta Lindqvist has covered City Hall since 2019 and writes about budgets and housing.', ''].join('\n');
    const inStory = blocks(page).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''));
    expect(inStory).not.toContain('Marta Lindqvist');
    expect(inStory).not.toContain('Senior Reporter');
    expect(inStory.some((t) => t.startsWith('Marta Lindqvist has covered'))).toBe(false);
  });

  it('ends the story before a stream of teasers longer than the story, with no label over it', () => {
    const story = [0, 1, 2, 3].flatMap((i) => [para(i), '']);
    // Each teaser: a headline, its summary, a date; six of them hold more prose than the story.
    const teasers = Array.from({ length: 6 }, (_, i) => [`Harbour ferry timetable changes again for winter number ${i + 1}`, '', `Teaser ${i + 1}: ${para(i + 2)} ${para(i + 3)}`, '', `${i + 2} hours ago`, '']).flat();
    const page = [...MENU, 'Budget passes after long debate', '', ...story, ...teasers].join('\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline ?? [])).toBe('Budget passes after long debate');
    const body = bodyLines(article);
    expect(body).toEqual([para(0), para(1), para(2), para(3)]);
    expect(article.dropped.filter((d) => d.text.startsWith('Harbour ferry timetable'))).toHaveLength(6);
  });

  it('weighs a short paragraph alone among short lines at a third: a pitch box after the story is not its end', () => {
    const story = [0, 1, 2, 3].flatMap((i) => [para(i), '']);
    const pitch = 'Our reporting changes lives because we look past the headlines that most people scroll by. We believe news can widen what readers think is possible for their own towns.';
    const page = [...MENU, 'Budget passes after long debate', 'By Jane Doe', '', ...story, 'Share this article', 'Link copied.', 'Help fund our reporting for $5 a month', 'Already a subscriber? Login', '', pitch, '', 'Subscribe', 'About', 'Contact Us', 'Subscribe'].join('\n');
    const { article } = readNewsText(page);
    expect(bodyLines(article)).toEqual([para(0), para(1), para(2), para(3)]);
    expect(article.dropped.some((d) => d.text === pitch)).toBe(true);
  });

  it('drops a live column’s headlines, each after its time, and a related box whose items end in `In "News"`', () => {
    const story = [0, 1, 2, 3].flatMap((i) => [para(i), '']);
    const feed = ['Direct', '14:44 Harbour ferry timetable changes again for the winter', '14:32 Council approves a second cycle lane on the quay', 'A short post between the items.', '13:54 Library hours return to the summer pattern next week'];
    const related = [1, 2, 3].flatMap((i) => [`Council publishes the ${i}th report on harbour ferry reliability`, `Teaser ${i}: ${para(i + 2)}`, `March ${i}, 2025`, 'In "News"', '']);
    const page = [...MENU, 'Budget passes after long debate', '', ...story, 'Related', ...related, 'There are 13 comments', 'Sam Reed · March 10, 2025 at 12:20 AM', '', para(5)].join('\n');
    const body = bodyLines(readNewsText(page).article);
    expect(body).toEqual([para(0), para(1), para(2), para(3)]);
    const live = readNewsText([...MENU, 'Budget passes after long debate', '', ...story, ...feed].join('\n')).article;
    for (const item of feed.slice(1)) if (/^\d/u.test(item)) expect(bodyLines(live)).not.toContain(item);
  });

  it('drops a card inside the story (a label in capitals over a linked headline), and keeps a subheading in capitals', () => {
    const page = [...MENU, 'Budget passes after long debate', '', para(0), para(1), '', 'OPINION', 'Why the harbour ferry deserves a better timetable', '', para(2), '', 'NO CONSULTATION', '', para(3), '', para(4)].join('\n');
    const { article } = readNewsText(page);
    expect(bodyLines(article)).not.toContain('Why the harbour ferry deserves a better timetable');
    expect(article.sections.map((s) => inlineText(s.heading ?? []))).toEqual(['', 'NO CONSULTATION']);
  });

  it('drops three headlines cut short in a row as a box of links', () => {
    const cut = ['23 things every reader of the nineties will…', 'The mayor who rode a bicycle to every…', 'Nine reasons the harbour ferry is still the…'];
    const page = [...MENU, 'Budget passes after long debate', '', ...cut, '', ...[0, 1, 2, 3].flatMap((i) => [para(i), ''])].join('\n');
    const { article } = readNewsText(page);
    for (const line of cut) expect(bodyLines(article)).not.toContain(line);
    expect(bodyLines(article)).toContain(para(0));
  });

  it('keeps a story whose sections have one short paragraph each (headings, not teasers)', () => {
    const sections = [
      ['Libraries open on Sundays again', 'The central branch and two others will open from noon, staffed by the reinstated part-time posts.', para(0)],
      ['Parks keep their winter hours', 'Gates will close at dusk until March, as they did last year, to save on lighting and patrols.', para(1)],
      ['Fees stay where they were', 'Parking and permit charges are frozen for a second year, a promise the mayor made during the campaign.', para(2)],
    ];
    const page = [...MENU, 'Budget passes after long debate', '', para(3), '', ...sections.flatMap(([h, a, b]) => [h, '', a, '', b, '']), para(4)].join('\n');
    const { article } = readNewsText(page);
    expect(article.sections.map((s) => inlineText(s.heading ?? []))).toEqual(['', ...sections.map(([h]) => h as string)]);
  });

  it('reads names in a credit’s shape beside the dateline as the byline, not the picture’s credit', () => {
    for (const [names, date, want] of [
      ['Christopher Thomas/Gleaner Writer', 'Published: Wednesday | November 25, 2026 | 12:09 AM', ['Christopher Thomas']],
      ['Anna Ozoliņa, Kārlis Liepa (LTV Ziņu dienests)', '26. novembris, 2026 9:31', ['Anna Ozoliņa', 'Kārlis Liepa']],
    ] as const) {
      const page = [...MENU, 'Budget passes after long debate', '', date, names, '', 'The council chamber on Monday. Photo by Lee Grant', '', ...[0, 1, 2, 3].flatMap((i) => [para(i), ''])].join('\n');
      const { article } = readNewsText(page);
      expect(article.byline?.authors.map((a) => a.name)).toEqual(want);
      expect(article.lead?.credit).toBe('Lee Grant');
    }
  });

  it('weighs Thai by its words, not its letters: a breadcrumb’s short items are not the headline', () => {
    const thai = (n: number) => `ชาวบ้านท่าตะเกียบ จังหวัดฉะเชิงเทรา ผวาหนัก ${n} โขลงช้างป่ากว่าสี่สิบตัวออกจากป่าเขาอ่างฤๅไนเข้าทำลายไร่มันสำปะหลังของชาวบ้านเสียหายหลายสิบไร่ในคืนที่ผ่านมา`;
    const page = ['หน้าแรก', 'ข่าว', 'การเมือง', 'หน้าแรก', 'ข่าว', 'ภูมิภาค', 'ช้างป่า 40 ตัว บุกไร่มันสำปะหลังกลางดึก ชาวบ้านท่าตะเกียบผวา วอนรัฐเร่งทำแนวกันช้าง', '26 พ.ย. 2569 09:41 น.', 'แชร์', ...[1, 2, 3, 4, 5].map(thai)].join('\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline ?? [])).toBe('ช้างป่า 40 ตัว บุกไร่มันสำปะหลังกลางดึก ชาวบ้านท่าตะเกียบผวา วอนรัฐเร่งทำแนวกันช้าง');
    expect(article.byline?.dateline?.iso).toBe('2026-11-26T09:41+07:00');
  });

  it('counts a word of an Indic script with its vowel signs as one word', () => {
    expect(textSize('इंडिया न्यूज़')).toBe(2);
    expect(textSize('বর্ষার আগে আশ্বাস')).toBe(3);
  });

  it('reads `Name, Masthead, Town` as the byline: the paper’s own name at the top of the page tells it', () => {
    const hindi = (n: number) => `नगर निगम अब गृहकर के बिल क्यूआर कोड के साथ भेजेगा और भवन स्वामी घर बैठे भुगतान कर सकेंगे, अधिकारियों ने बताया। ${n}`;
    const page = ['अमर उजाला', 'ई-पेपर', 'होम', 'Lucknow: गृहकर के बिल अब क्यूआर कोड से, 31 दिसंबर तक ब्याज माफी', 'विवेक त्रिपाठी, अमर उजाला, लखनऊ', 'Updated Thu, 26 Nov 2026 11:42 AM IST', ...[1, 2, 3, 4].map(hindi)].join('\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline ?? [])).toBe('Lucknow: गृहकर के बिल अब क्यूआर कोड से, 31 दिसंबर तक ब्याज माफी');
    expect(article.byline?.authors).toEqual([{ name: 'विवेक त्रिपाठी', location: 'लखनऊ' }]);
    // (A role and the paper is no one's name.)
    const role = ['HuffPost', 'News', 'Politics', 'Kansas cuts child care help', 'Marisa Dorsey', 'Politics Reporter, HuffPost', 'Nov 3, 2025, 09:12 AM EST', para(0), para(1), para(2)].join('\n');
    expect(readNewsText(role).article.byline?.authors.map((a) => a.name)).toEqual(['Marisa Dorsey']);
  });

  it('ends the story at the comment thread even when a longer teaser stream follows', () => {
    const story = Array.from({ length: 12 }, (_, i) => [para(i), '']).flat();
    const teasers = Array.from({ length: 10 }, (_, i) => [`Teaser headline number ${i + 1} about something else`, `Teaser summary ${i + 1}: ${para(i + 1)}`, 'More like this', 'Fewer like this']).flat();
    const page = [...MENU, 'Budget passes after long debate', '', ...story, 'Comments (120)', 'Sign in to post a comment.', 'Recommended for You', ...teasers].join('\n');
    const { article } = readNewsText(page);
    const dropped = article.dropped ?? [];
    const body = bodyLines(article);
    expect(inlineText(article.headline)).toBe('Budget passes after long debate');
    expect(body).toContain(para(5));
    expect(body.some((l) => l.startsWith('Teaser'))).toBe(false);
    expect(dropped.some((d) => d.text.startsWith('Teaser summary 3'))).toBe(true);
  });

  it('keeps paragraphs as paragraphs on a page whose pictures carry only a credit', () => {
    const long = `${para(2)} ${para(3)} ${para(4)}`;
    const page = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', 'Jane Doe/Getty Images', '', long, '', 'John Roe/Getty Images', '', para(4), '', para(5)].join('\n');
    const found = blocks(page);
    const figures = found.filter((b) => b.type === 'figure');
    expect(figures.map((f) => (f.type === 'figure' ? [f.credit, f.caption] : []))).toEqual([
      ['Jane Doe/Getty Images', undefined],
      ['John Roe/Getty Images', undefined],
    ]);
    expect(bodyLines(readNewsText(page).article)).toEqual(expect.arrayContaining([para(1), long]));
  });

  it('keeps a snippet copied on its own as the story: a paragraph alone, a few short lines, nothing dropped', () => {
    const alone = readNewsText(para(0)).article;
    expect(alone.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual([para(0)]);
    expect(inlineText(alone.headline)).not.toBe(para(0));
    const twoSentences = 'Turnout was the highest in a decade. Officials said queues formed early at most polling stations, and';
    expect(blocks(twoSentences)).toHaveLength(1);
    const short = readNewsText('Harbour notes\n\nalpha\n\nbeta\n\ngamma').article;
    expect(short.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual(['alpha', 'beta', 'gamma']);
    expect(short.dropped).toEqual([]);
    // A title alone stays the title.
    expect(inlineText(readNewsText('Budget passes after long debate').article.headline)).toBe('Budget passes after long debate');
  });

  it('drops markup a copy catches, whatever its length', () => {
    const tag = `<div><a href="http://ads.example/jump;sz=300x250;kw=${'x'.repeat(400)}"><img src="http://ads.example/a.gif"></a></div>`;
    const page = [...MENU, 'Budget passes after long debate', '', para(0), '', tag, '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(page);
    const dropped = article.dropped ?? [];
    expect(bodyLines(article).some((l) => l.includes('<div>'))).toBe(false);
    expect(dropped.find((d) => d.text === tag)?.reason).toMatch(/markup/);
  });

  it('takes a lead caption after its credit only when nothing but furniture stands between', () => {
    const page = ['Budget passes after long debate', 'JANE DOE/AFP/Getty Images', 'By Sam Reed', '3 Nov 2025', 'SIGN UP FOR OUR NEWSLETTER', '', 'The finance committee met for six hours.', '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(page);
    expect(bodyLines(article)).toContain('The finance committee met for six hours.');
  });
});

describe('subheadings and summaries as more sites write them', () => {
  const page = (middle: string[]) => [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', ...middle, '', para(2), '', para(3)].join('\n');
  const headings = (text: string) =>
    readNewsText(text)
      .article.sections.filter((s) => s.heading)
      .map((s) => inlineText(s.heading ?? []));

  it('takes an explainer’s numbered titles, each alone between paragraphs, for subheadings; a numbered list stays a list', () => {
    const explainer = [...MENU, 'Budget passes after long debate', '', para(0), '', '1. Rents rise faster than wages', para(1), '', '2. Councils run out of land', para(2), '', '3. Builders wait for permits', para(3)].join('\n');
    expect(headings(explainer)).toEqual(['1. Rents rise faster than wages', '2. Councils run out of land', '3. Builders wait for permits']);
    const list = [...MENU, 'Budget passes after long debate', '', para(0), '', '1. Rents rise faster than wages', '2. Councils run out of land', '3. Builders wait for permits', '', para(1), '', para(2)].join('\n');
    expect(headings(list)).toEqual([]);
    expect(readNewsText(list).article.sections[0]?.blocks.some((b) => b.type === 'list')).toBe(true);
  });

  it('takes a title ending in a quoted phrase for a subheading', () => {
    expect(headings(page(['Une opposition qui dénonce un "pari risqué"']))).toEqual(['Une opposition qui dénonce un "pari risqué"']);
  });

  it('ends a related-links box at the short title right above the next paragraph', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), 'Read also', 'Council approves new tram line after a decade of delays and disputes', 'What happens next', para(2), '', para(3)].join('\n');
    expect(headings(text)).toEqual(['What happens next']);
    expect(readNewsText(text).article.dropped.map((d) => d.text)).toContain('Council approves new tram line after a decade of delays and disputes');
  });

  it('keeps a related box open across a subscriber label between its headlines', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), 'Read More', 'Council approves new tram line after a decade of delays and disputes', 'Independent Premium', 'Mayor defends the fares freeze as the budget gap widens', 'Night trams to return on the river line from February', para(2), '', para(3)].join('\n');
    expect(headings(text)).toEqual([]);
  });

  it('takes the title under a line in capitals for the headline, and the capitals for its kicker', () => {
    const text = [...MENU, 'WITH A BROOM SHE CHASED HIM AWAY', 'Kiosk owner (71) drives off masked robber', '', para(0), '', para(1)].join('\n');
    const { article } = readNewsText(text);
    expect(inlineText(article.headline)).toBe('Kiosk owner (71) drives off masked robber');
    expect(article.kicker && inlineText(article.kicker)).toBe('WITH A BROOM SHE CHASED HIM AWAY');
  });

  it('takes a whole quotation in »…« or ”…” for a subheading, not a quotation followed by more words', () => {
    expect(headings(page(['»Et plaster på såret«']))).toEqual(['»Et plaster på såret«']);
    expect(headings(page(['”Känns som ett straff”']))).toEqual(['”Känns som ett straff”']);
    expect(headings(page(['„Jeden Morgen dieselbe Lotterie“ – warum die Geduld am Ende ist']))).toEqual([]);
  });

  it('reads short lines after a colon as a list on a page without blank lines, up to the next paragraph', () => {
    const text = [...MENU, 'Budget passes after long debate', para(0), para(1), para(2), 'The city asks residents to help:', 'Keep food waste off the pavement', 'Always close the bins', 'Report sightings to the city hotline', para(3), para(4)].join('\n');
    expect(headings(text)).toEqual([]);
    const list = blocks(text).find((b) => b.type === 'list');
    expect(list?.type === 'list' ? list.items.length : 0).toBe(3);
  });

  it('takes a question opened with ¿ for a subheading', () => {
    expect(headings(page(['¿Cuáles son los desvíos?']))).toEqual(['¿Cuáles son los desvíos?']);
  });

  it('takes a speaker and a short quotation in “” for a Korean subheading', () => {
    expect(headings(page(['주민들 “언제까지 버스만 타야 하나”']))).toEqual(['주민들 “언제까지 버스만 타야 하나”']);
  });

  it('takes a speaker and a short quotation in 「」 for a Japanese subheading', () => {
    expect(headings(page(['利用者「不便になるが仕方ない」']))).toEqual(['利用者「不便になるが仕方ない」']);
  });

  it('drops a table of contents that repeats the subheadings', () => {
    const text = [...MENU, 'Budget passes after long debate', '', 'Índice', 'Why the vote was delayed', 'What happens next', '', para(0), '', para(1), '', 'Why the vote was delayed', '', para(2), '', 'What happens next', '', para(3)].join('\n');
    expect(headings(text)).toEqual(['Why the vote was delayed', 'What happens next']);
  });

  it('keeps a headline and its summary apart when neither ends with a full stop', () => {
    const text = [...MENU, 'Budget passes after long debate at city hall, with libraries the winners', 'Members restored weekend hours at six branches and froze fees for a second year', '', para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(inlineText(article.headline)).toBe('Budget passes after long debate at city hall, with libraries the winners');
    expect(inlineText(article.standfirst ?? [])).toBe('Members restored weekend hours at six branches and froze fees for a second year');
  });
});

describe('teasers inside the story', () => {
  const page = (middle: string[]) => readNewsText([...MENU, 'Budget passes after long debate', '', 'By Sam Reed', '', para(0), ...middle, para(1), '', 'Library hours return', '', para(2), '', para(3)].join('\n')).article;
  const headings = (middle: string[]) => page(middle).sections.map((s) => (s.heading ? inlineText(s.heading) : '')).filter(Boolean);
  it('reads no other story’s title as a subheading: dated, in a run of titles, or under a label no rule knows', () => {
    expect(headings(['23. 11. 2025. 18:30', 'Council approves new parking rules for the old town centre'])).toEqual(['Library hours return']);
    expect(headings(['Storm closes two schools on the north side of town', 'Mayor names new head of the city’s transport department', 'What is open and closed in the city over the holiday weekend'])).toEqual(['Library hours return']);
    expect(headings(['Súvisiace', 'Council approves new parking rules for the old town centre'])).toEqual(['Library hours return']);
  });
});

describe('the headline', () => {
  it('takes the line that is only the headline over the one with the section glued in front of it', () => {
    const amharic = 'የኢትዮጵያ ቡናና ሻይ ባለሥልጣን ከኅዳር 1 ቀን ጀምሮ ተግባራዊ የሚሆን አዲስ የዝቅተኛ መሸጫ ዋጋ ተመን ማውጣቱን ላኪዎች ተቃውመዋል።';
    const { article } = readNewsText([...MENU, 'Thursday, November 26, 2026', 'ዜናየቡና ላኪዎች አዲሱ ተመን ገበያ እያሳጣን ነው አሉ', '', 'የቡና ላኪዎች አዲሱ ተመን ገበያ እያሳጣን ነው አሉ', '', 'ቀን: November 25, 2026', '', amharic, '', amharic, '', amharic].join('\n'));
    expect(inlineText(article.headline)).toBe('የቡና ላኪዎች አዲሱ ተመን ገበያ እያሳጣን ነው አሉ');
  });
  it('takes no number for the kicker (a ticker’s change above the headline)', () => {
    const { article } = readNewsText(['Markets', 'Sensex', '84,210.55', '+0.21%', 'Budget passes after long debate', 'By Sam Reed', '', para(0), '', para(1), '', para(2)].join('\n'));
    expect(article.kicker).toBeUndefined();
  });
  it('finds the story of a page in Amharic, whose sites end sentences with two wordspaces (`፡፡`)', () => {
    const amharic = 'የኢትዮጵያ ቡናና ሻይ ባለሥልጣን ከኅዳር 1 ቀን ጀምሮ ተግባራዊ የሚሆን አዲስ የዝቅተኛ መሸጫ ዋጋ ተመን ማውጣቱን ላኪዎች ተቃውመዋል፡፡';
    const { article } = readNewsText(['ዋና ገጽ', 'ዜና', 'ስፖርት', '', 'የቡና ላኪዎች አዲሱ ተመን ገበያ እያሳጣን ነው አሉ', '', `${amharic} ላኪዎቹ ይህን ያሉት ማክሰኞ ነው፡፡`, '', `${amharic} ባለሥልጣኑ ተመኑን እንደሚከልስ ገልጿል፡፡`, '', `${amharic} ውይይቱ ይቀጥላል፡፡`, '', 'Prev Post', 'የብሔራዊ ባንክ የውጭ ምንዛሪ ጨረታ ተሳታፊዎች ቁጥር ጨመረ', 'Next Post', 'የቡና የወጪ ንግድ ገቢ ጨመረ'].join('\n'));
    expect(inlineText(article.headline)).toBe('የቡና ላኪዎች አዲሱ ተመን ገበያ እያሳጣን ነው አሉ');
    expect(bodyLines(article)).toHaveLength(3);
  });
  it('takes no kicker from a language menu in another script than the headline', () => {
    const { article } = readNewsText(['News', 'Opinion', 'English', 'Français', 'فارسی', 'Budget passes after long debate', 'By Sam Reed', '', para(0), '', para(1), '', para(2)].join('\n'));
    expect(inlineText(article.headline)).toBe('Budget passes after long debate');
    expect(article.kicker).toBeUndefined();
  });
  it('reads `Updated at 6:05 pm` under the byline as the updated time, not a note for the footer', () => {
    const { article } = readNewsText([...MENU, 'Budget passes after long debate', '', 'By Sam Reed', 'Nov 3, 2025, 3:47 pm', 'Updated at 6:05 pm', '', para(0), '', para(1), '', para(2)].join('\n'));
    expect(article.byline?.updated?.iso).toBe('2025-11-03T18:05');
    expect(article.footer?.notes ?? []).toEqual([]);
  });
  it('leaves a comment count in brackets after the headline out of it, and records it', () => {
    const { article } = readNewsText([...MENU, 'BUDGET PASSES AFTER LONG DEBATE (23)', '', 'By Sam Reed', '', para(0), '', para(1), '', para(2)].join('\n'));
    expect(inlineText(article.headline)).toBe('BUDGET PASSES AFTER LONG DEBATE');
    expect(article.dropped?.map((d) => d.text)).toContain('(23)');
  });
});

describe('the lead picture', () => {
  it('takes a captioned picture before the story’s first words for the lead, even after the header', () => {
    const text = [...MENU, 'Budget passes after long debate', '', 'By Sam Reed', 'Published November 3, 2025', 'Share', 'Print', '', 'The council chamber on Monday evening, before the vote. (City Council)', '', para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(article.lead?.credit).toBe('City Council');
    expect(inlineText(article.lead?.caption ?? [])).toBe('The council chamber on Monday evening, before the vote.');
    expect(article.sections[0]?.blocks[0]?.type).toBe('paragraph');
  });
  it('splits the credit off a caption after its label (`Legenda: … Foto: …`)', () => {
    const { article } = readNewsText([...MENU, 'Budget passes after long debate', '', 'By Sam Reed', 'Legenda: Council members before the vote Foto: DANA KIM/ CITY NEWS', '', para(0), '', para(1), '', para(2)].join('\n'));
    expect(inlineText(article.lead?.caption ?? [])).toBe('Council members before the vote');
    expect(article.lead?.credit).toBe('DANA KIM/ CITY NEWS');
  });
  it('takes a caption of a few words without a full stop over its credit line, but not a one-word label', () => {
    const page = (over: string) => [...MENU, 'Budget passes after long debate', '', 'By Sam Reed', 'Published November 3, 2025', 'Share', 'Copy link', over, 'Photo: Dana Kim/City News', '', para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(page('Council members before the vote'));
    expect(inlineText(article.lead?.caption ?? [])).toBe('Council members before the vote');
    expect(article.lead?.credit).toBe('Dana Kim/City News');
    expect(inlineText(readNewsText(page('Gallery')).article.lead?.caption ?? [])).not.toBe('Gallery');
  });
});

describe('datelines that end with full stops', () => {
  it('reads a published and an updated date written as sentences', () => {
    const text = [...MENU, 'Budget passes after long debate', '', 'Lucie Fornerod, Zurich', 'Publié le 03 novembre 2025 à 14:12. / Modifié le 03 novembre 2025 à 16:45.', '', para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(article.byline?.dateline?.iso).toMatch(/^2025-11-03T14:12/);
    expect(article.byline?.updated?.iso).toMatch(/^2025-11-03T16:45/);
  });
});

describe('author boxes after the story', () => {
  it('keeps the name and the note about the author in the footer', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', para(2), '', 'Lena Hartwig', 'Redakteurin im Berlin-Ressort. Schreibt über Stadtentwicklung, Mieten und Bezirkspolitik.', '', 'Most read', 'Trams return to the old town', 'Rents rise again'].join('\n');
    const notes = (readNewsText(text).article.footer?.notes ?? []).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''));
    expect(notes).toEqual(['Lena Hartwig', 'Redakteurin im Berlin-Ressort. Schreibt über Stadtentwicklung, Mieten und Bezirkspolitik.']);
  });
});

describe('lines a copy puts together', () => {
  it('reads short lines with no blank line between them, after a colon, as a list without bullets', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', 'The branches that reopen on Sundays:', 'Central Library on Market Street', 'Northgate branch beside the station', 'Riverside reading room', '', para(1), '', para(2)].join('\n');
    const list = blocks(text).find((b) => b.type === 'list');
    expect(list?.type === 'list' ? list.items.map((item) => (item[0]?.type === 'paragraph' ? inlineText(item[0].children) : '')) : []).toEqual([
      'Central Library on Market Street',
      'Northgate branch beside the station',
      'Riverside reading room',
    ]);
  });

  it('keeps a headline, its summary and the byline apart though none ends with a full stop', () => {
    const text = [
      ...MENU,
      'Selkirk residents push back on plan to run gravel pit near Red River around the clock',
      'Company says longer hours needed to meet demand from highway projects',
      'Lena Dufresne · CBC News · Posted: Nov 03, 2025 4:00 AM CST',
      '',
      para(0),
      '',
      para(1),
      '',
      para(2),
    ].join('\n');
    const { article } = readNewsText(text);
    expect(inlineText(article.headline)).toBe('Selkirk residents push back on plan to run gravel pit near Red River around the clock');
    expect(inlineText(article.standfirst ?? [])).toBe('Company says longer hours needed to meet demand from highway projects');
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Lena Dufresne']);
  });

  it('still joins prose hard-wrapped at a fixed width', () => {
    const wrapped = [
      'The council approved the new budget on Monday after a debate',
      'that lasted most of the afternoon and ran late into the evening,',
      'when members finally agreed to restore weekend library hours.',
    ];
    const text = [...MENU, 'Budget passes after long debate', '', ...wrapped, '', para(1), '', para(2)].join('\n');
    expect(bodyLines(readNewsText(text).article)).toContain(wrapped.join(' '));
  });
});

describe('boxes and links inside the story', () => {
  it('drops a promotion box (title, pitch, button) instead of opening a section with it', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', 'Morning Briefing', 'Start your day with the news from the city hall and the courts.', 'Sign up now', '', para(2), '', para(3)].join('\n');
    const { article } = readNewsText(text);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(article.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['Morning Briefing', 'Start your day with the news from the city hall and the courts.']));
  });

  it('takes the headline after a "read also" label as its link, across a blank line', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', 'LEES OOK', '', 'Police step up checks around the station after a run of phone thefts', '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(bodyLines(article)).not.toContain('Police step up checks around the station after a run of phone thefts');
  });

  it('never takes the masthead for an author', () => {
    const text = ['ProPublica', 'Donate', '', 'Tank farms flooded twice before inspectors came', '', 'by Kirsten Marlow, ProPublica, and Dario Fuentes', 'Nov. 6, 2025, 5 a.m. CST', '', para(0), '', para(1), '', para(2)].join('\n');
    expect(readNewsText(text).article.byline?.authors.map((a) => a.name)).toEqual(['Kirsten Marlow', 'Dario Fuentes']);
  });
});

describe('where the author worked', () => {
  it('keeps a city under the name, not the publication, a role or a button', () => {
    const page = (placeLine: string) => [...MENU, 'Budget passes after long debate', '', 'Rosa Ellery', placeLine, 'Published November 3, 2025', '', para(0), '', para(1), '', para(2)].join('\n');
    const place = (line: string) => readNewsText(page(line)).article.byline?.authors[0]?.location;
    expect(place('Sevilla')).toBe('Sevilla');
    expect(place('HuffPost')).toBeUndefined();
    expect(place('The Times')).toBeUndefined();
    expect(place('Fotojournalist')).toBeUndefined();
  });
});

describe('a long byline with its date', () => {
  it('reads "By A and B Globe Staff, Updated …" as the byline though it is as long as a sentence', () => {
    const text = [...MENU, 'Budget passes after long debate', '', 'By Jenna Costigan and Marcus Oyelaran Globe Staff,Updated November 3, 2025, 5:47 p.m.', '', para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Jenna Costigan', 'Marcus Oyelaran']);
    expect(bodyLines(article).some((l) => l.startsWith('By Jenna'))).toBe(false);
  });
});

describe('a template line between paragraphs', () => {
  it('drops a short line the story repeats three times or more', () => {
    const text = [...MENU, 'Budget passes after long debate', '', para(0), 'Article content', para(1), 'Article content', para(2), 'Article content', para(3)].join('\n');
    const { article } = readNewsText(text);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(article.dropped.filter((d) => d.text === 'Article content')).toHaveLength(3);
  });
});

describe('lists of related headlines', () => {
  it('follows a list of Title Case headlines set apart by blank lines to its last item', () => {
    const titles = ['Map Shows Where Lake Mead Water Levels Are Falling Fastest', 'Arizona Farmers Fallow Fields as Colorado River Talks Stall', 'Phoenix Suburb Halts New Home Permits Over Groundwater Fears'];
    const text = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', 'Related Articles', '', titles[0], '', titles[1], '', titles[2], '', para(2), '', para(3)].join('\n');
    const { article } = readNewsText(text);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    for (const title of titles) expect(bodyLines(article)).not.toContain(title);
  });

  it('reads two bylines on consecutive lines as two authors', () => {
    const text = [...MENU, 'Budget passes after long debate', '', 'Mariana Toledo, da CNN, em Porto Alegre', 'Rafael Nunes, da CNN, em São Paulo', '03/11/2025 às 10:05', '', para(0), '', para(1), '', para(2)].join('\n');
    expect(readNewsText(text).article.byline?.authors).toEqual([
      { name: 'Mariana Toledo', location: 'Porto Alegre' },
      { name: 'Rafael Nunes', location: 'São Paulo' },
    ]);
  });
});

describe('the writer’s box under the story', () => {
  const header = [...MENU, 'Budget passes after long debate', '', 'By Marcus Bell', 'November 3, 2025', ''];
  it('ends the story at the byline’s name alone on a line with a role under it, even with a dialog’s lines after it', () => {
    const text = [...header, para(0), '', para(1), '', para(2), 'Marcus Bell', 'Reporter', 'Marcus Bell covers the county for the paper.', 'Author email', 'Follow Marcus Bell', 'Close', 'Get email notifications on {{subject}} daily!', 'Your notification has been saved.', 'There was a problem saving your notification.', '{{description}}', 'Email notifications are only sent once a day, and only if there are new matching items.', 'Followed notifications', 'Please log in to use this feature', 'Log In', 'Tags', 'County', 'Transit'].join('\n');
    const { article } = readNewsText(text);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(bodyLines(article)).not.toContain('Your notification has been saved.');
    expect(article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''))).toContain('Reporter');
  });
  it('takes a note in words no rule knows under the byline’s name as the writer’s', () => {
    const text = [...header, para(0), '', para(1), '', para(2), '', 'Marcus Bell', '', 'Économiste, maître de conférences à l’université de Lille, chroniqueur au journal', '', 'Transports', 'Municipales'].join('\n');
    const notes = readNewsText(text).article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''));
    expect(notes).toEqual(['Marcus Bell', 'Économiste, maître de conférences à l’université de Lille, chroniqueur au journal']);
  });
  it('leaves the writer’s name and a headline under `More Coverage` alone: links to their other stories', () => {
    const text = [...header, para(0), '', para(1), '', para(2), '', 'More Coverage', 'Marcus Bell', 'Ferry terminal upgrade to close Teneriffe stop for three months', 'Council votes to keep the harbour ferry running'].join('\n');
    expect(readNewsText(text).article.footer?.notes ?? []).toEqual([]);
  });
  it('takes the third line of a box (name, role, note) for the footer too', () => {
    const text = [...header, para(0), '', para(1), '', para(2), '', 'Marcus Bell', 'Journalist, NORDJYSKE Aalborg', 'Skriver om byudvikling, trafik og kommunalpolitik i Aalborg.', '', 'Mest læste', 'Tags'].join('\n');
    const notes = readNewsText(text).article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''));
    expect(notes).toEqual(['Marcus Bell', 'Journalist, NORDJYSKE Aalborg', 'Skriver om byudvikling, trafik og kommunalpolitik i Aalborg.']);
  });
  it('takes the writer’s sign-off with the desk or the paper, and a note marked as the byline marks the name, for the footer', () => {
    const marked = [...MENU, 'Budget passes after long debate', '', 'Marcus Bell (*)', 'November 3, 2025', '', para(0), '', para(1), '', para(2), '', '(*) Marcus Bell est économiste, chercheur associé au Centre d’études urbaines.', '', 'Partager'].join('\n');
    const notesOf = (text: string) => readNewsText(text).article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''));
    expect(readNewsText(marked).article.byline?.authors).toEqual([{ name: 'Marcus Bell' }]);
    expect(notesOf(marked)).toEqual(['(*) Marcus Bell est économiste, chercheur associé au Centre d’études urbaines.']);
    const signed = [...header, para(0), '', para(1), '', para(2), '', 'Keep reading', 'Council votes to keep the harbour ferry running', '', 'Marcus Bell / Local Journalism Initiative / The Courier', '', 'About', 'Careers'].join('\n');
    expect(notesOf(signed)).toEqual(['Marcus Bell / Local Journalism Initiative / The Courier']);
  });
  it('keeps a correction’s text under its dated label, and a ranked list’s headline out of the footnotes', () => {
    const text = [...header, para(0), '', para(1), '', para(2), '', 'Article amended on 4 November 2025', 'We have corrected the share of the budget spent on libraries.', '', 'Most read', '1', 'Council votes to keep the harbour ferry running', '2', 'Ferry terminal upgrade to close Teneriffe stop for three months'].join('\n');
    const notes = readNewsText(text).article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''));
    expect(notes).toEqual(['Article amended on 4 November 2025', 'We have corrected the share of the budget spent on libraries.']);
  });
  it('reads the section beside the date over the headline as the kicker, a caption over `Name | Paper` as the picture’s, and a label over tags as no initials', () => {
    const page = [...MENU, 'Politics, Nov 3, 11:47', 'Share', 'Budget passes after long debate', 'The vote restores library hours cut three years ago.', 'By Marcus Bell', '', 'Members of the public fill the council chamber on Monday. The vote ran late into the evening.', 'Ana Ruiz | The Courier', ...STORY, '', 'TEMAS', 'Bibliotecas', 'Ayuntamiento', 'Presupuesto'].join('\n');
    const { article } = readNewsText(page, { date: parseReferenceDate('2025-11-03T18:00Z') });
    expect(article.kicker).toEqual([{ type: 'text', value: 'Politics' }]);
    expect(inlineText(article.headline)).toBe('Budget passes after long debate');
    expect(article.lead?.credit).toBe('Ana Ruiz | The Courier');
    expect(inlineText(article.lead?.caption ?? [])).toBe('Members of the public fill the council chamber on Monday. The vote ran late into the evening.');
    expect(article.footer?.notes ?? []).toEqual([]);
  });
  it('keeps a desk’s two-letter initials over a list as the footer, but not the paper’s name the masthead showed', () => {
    const notesOf = (text: string) => readNewsText(text).article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : '')) ?? [];
    const initials = [...header, para(0), '', para(1), '', para(2), '', 'OF', 'Libraries', 'City council', 'Budget'].join('\n');
    expect(notesOf(initials)).toEqual(['OF']);
    // (A tip box's address after its label is no sign-off: `이메일 : jebo@…`; the paper and the writer's address are.)
    const tipBox = [...header, para(0), '', para(1), '', para(2), '', '이메일 : jebo@courier.example', '', 'Most read', 'Libraries', 'City council', 'Budget'].join('\n');
    expect(notesOf(tipBox)).toEqual([]);
    const signOff = [...header, para(0), '', para(1), '', para(2), '', 'The Courier mbell@courier.example', '', 'Most read', 'Libraries', 'City council', 'Budget'].join('\n');
    expect(notesOf(signOff)).toEqual(['The Courier mbell@courier.example']);
    // (A page that is one short line in capitals, the fuzzer's `AA`, has no line after it to look at.)
    expect(readNewsText('AA').article.dropped.length + readNewsText('AA').article.sections.length).toBeGreaterThan(0);
    const masthead = ['HAZ', ...header, para(0), '', para(1), '', para(2), '', 'HAZ', '', 'Mehr aus Hannover', 'Libraries', 'City council', 'Budget'].join('\n');
    expect(notesOf(masthead)).toEqual([]);
  });
  it('takes the names under a writers’ label right under the story, and one name alone right under it, for the byline', () => {
    const bylineOf = (lines: string[]) => readNewsText([...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', para(2), '', ...lines].join('\n')).article.byline?.authors;
    expect(bylineOf(['Авторы', 'Ирина Котова, Дмитрий Шелгунов', 'Теги', 'Бюджет', 'Библиотеки'])).toEqual([{ name: 'Ирина Котова' }, { name: 'Дмитрий Шелгунов' }]);
    expect(bylineOf(['Ewelina Jurczak (PAP)', '', 'Tagi', 'Lublin', 'Budżet'])).toEqual([{ name: 'Ewelina Jurczak' }]);
    // (Not a press contact's name over the company and telephone, nor two words in a script without capitals.)
    expect(bylineOf(['Lena Whitaker', 'Harbor Point Cold Chain LLC', '+1 904-555-0147', 'email us here'])).toBeUndefined();
    expect(bylineOf(['انتهای پیام', 'برچسب‌ها', 'زاینده رود'])).toBeUndefined();
  });
  it('leaves a tag under the name alone: that is a link, not a note', () => {
    const text = [...header, para(0), '', para(1), '', para(2), '', 'Marcus Bell', 'Explainers', 'Smart Home'].join('\n');
    expect(readNewsText(text).article.footer?.notes ?? []).toEqual([]);
  });
});

describe('a box between the headline and the byline', () => {
  it('reads the first line as the summary, the box as chrome, then the byline and the picture', () => {
    const summary = 'From Colorado to Pennsylvania, districts that cannot fill driver seats are paying families. The fix keeps children in class.';
    const box = 'When a public service frays, communities improvise. Paying parents to do the driving is a telling example of the trade-offs schools are making to get every child to class.';
    // (The page's own order: the kicker, the headline, the summary, the box, the byline, the date, the picture.)
    const top = ['Skip to main content', '', 'Menu', '', 'The Christian Science Monitor', '', 'Subscribe', '', 'Sign in', '', 'Explainer', ''];
    const picture = ['Loading...', '', 'A school bus waits outside Ridgeview Elementary School in Aurora, Colorado, Nov. 19, 2025.', '', 'Nora Halvorsen/The Christian Science Monitor', ''];
    const text = [...top, 'Short on bus drivers, some schools are paying parents to drive. Is it working?', '', summary, '', 'Why We Wrote This', '', box, '', 'By Nora Halvorsen Staff writer | Denver', '', 'November 25, 2025', '', ...picture, para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(article.standfirst ? inlineText(article.standfirst) : undefined).toBe(summary);
    expect(article.byline?.authors).toEqual([{ name: 'Nora Halvorsen', location: 'Denver' }]);
    expect(article.sections.filter((s) => s.heading)).toEqual([]);
    expect(bodyLines(article)).not.toContain(box);
    expect(article.dropped.map((d) => d.text)).toContain(box);
    expect(article.lead?.credit).toBe('Nora Halvorsen/The Christian Science Monitor');
  });
});

describe('a press release issued by a company', () => {
  it('names no author when the byline is a company', () => {
    const text = [...MENU, 'Harbor Point Cold Chain opens a new warehouse', '', 'News Provided By', 'Harbor Point Cold Chain LLC', 'November 25, 2025, 14:30 GMT', '', para(0), '', para(1), '', para(2)].join('\n');
    const { article } = readNewsText(text);
    expect(article.byline?.authors).toEqual([]);
    expect(article.byline?.dateline?.iso).toBe('2025-11-25T14:30Z');
  });
});

describe('headers no date or name rule can read', () => {
  it('never takes a line of a year and a time in an unknown calendar for the headline, nor for the summary', () => {
    const page = [...MENU, 'उपत्यकामा वायु प्रदूषण ‘अस्वस्थकर’ तहमा, विद्यालयलाई बाहिरी गतिविधि रोक्न निर्देशन', '', '२०८३ मंसिर ९ गते १४:३५', ...STORY].join('\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline)).toBe('उपत्यकामा वायु प्रदूषण ‘अस्वस्थकर’ तहमा, विद्यालयलाई बाहिरी गतिविधि रोक्न निर्देशन');
    expect(article.standfirst).toBeUndefined();
    expect(article.dropped.map((d) => d.text)).toContain('२०८३ मंसिर ९ गते १४:३५');
  });

  it('takes a few words alone between the headline and the date for the writer, in a script without capitals', () => {
    for (const date of ['الأربعاء 25 تشرين الثاني 2026, 11:40 ص', '२०८३ मंसिर ९ गते १४:३५']) {
      const page = [...MENU, 'تراجع إنتاج الزيت يرفع سعر تنكة الزيتون إلى 120 دينارا في بعض المحافظات', '', 'رنا الحوراني', '', date, ...STORY].join('\n');
      expect(readNewsText(page).article.byline?.authors).toEqual([{ name: 'رنا الحوراني' }]);
    }
    // (The name, a comma and the town.)
    const withTown = [...MENU, 'আলুর বীজের দাম দ্বিগুণ, রাজশাহীতে বিপাকে কৃষক', '', 'শাহীন আলম, রাজশাহী', '', '২৬ নভেম্বর, ২০২৬ ১৪:৩৫', ...STORY].join('\n');
    expect(readNewsText(withTown).article.byline?.authors).toEqual([{ name: 'শাহীন আলম', location: 'রাজশাহী' }]);
    // Not with no date under them: then they are no one's name for sure.
    const undated = [...MENU, 'تراجع إنتاج الزيت يرفع سعر تنكة الزيتون إلى 120 دينارا في بعض المحافظات', '', 'رنا الحوراني', ...STORY].join('\n');
    expect(readNewsText(undated).article.byline?.authors ?? []).toEqual([]);
  });
});

describe('a title, its summary and the picture’s caption, each a line', () => {
  it('takes the title for the headline when the sentence under its summary stands over a stock credit (a caption, not a summary)', () => {
    const page = [
      ...MENU,
      'LA REPÚBLICA',
      'Puerto Plata: cuatro días sin agua en once sectores tras colapso de tubería',
      'Coraapplata dice que el servicio se normalizará el sábado; vecinos pagan hasta RD$3,500 por un camión de agua',
      'Brigadas de la Corporación de Acueducto y Alcantarillado de Puerto Plata reparan la línea de conducción en el sector Muñoz.',
      'Fuente externa',
      'Ramón Antonio Peña',
      '26/11/2026 00:00',
      ...STORY,
    ].join('\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline)).toBe('Puerto Plata: cuatro días sin agua en once sectores tras colapso de tubería');
    expect(article.standfirst ? inlineText(article.standfirst) : '').toMatch(/^Coraapplata dice/u);
    expect(article.lead?.credit).toBe('Fuente externa');
  });
});

describe('a title right over an embedded video', () => {
  it('drops the title as the embed’s, and keeps a subheading over a paragraph', () => {
    const page = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), '', 'Reportáž Událostí v regionech', '', 'Video: Události v regionech', '', para(2), '', 'What the vote means', '', para(3)].join('\n');
    const { article } = readNewsText(page);
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toEqual(['', 'What the vote means']);
    expect(article.dropped.map((d) => d.text)).toContain('Reportáž Událostí v regionech');
  });
});

describe('a page far longer than any site serves', () => {
  it(`reads its middle, beyond ${RULED_LINES_AT_EACH_END.toLocaleString('en')} lines from either end, as the story's text; its header and footer still by every rule`, () => {
    const middle = RULED_LINES_AT_EACH_END + 50;
    const body = Array.from({ length: 2 * RULED_LINES_AT_EACH_END + 100 }, (_, i) => (i === middle ? 'Photo: Jane Doe/AP' : `${para(i)} (${i})`));
    const page = ['News', 'Budget passes after long debate', 'By Jane Doe', 'Photo: John Roe/AP', ...body, '© 2025 The Courier'].join('\n\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline)).toBe('Budget passes after long debate');
    expect(article.byline?.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(article.lead?.credit).toBe('John Roe/AP');
    expect(article.footer?.rights).toBe('© 2025 The Courier');
    // The same credit line in the middle is a paragraph of the story: no rule read it.
    const texts = article.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type));
    expect(texts).toContain('Photo: Jane Doe/AP');
    expect(texts).toHaveLength(body.length);
  });
});

describe('the forty-ninth blind set’s shapes', () => {
  it('takes a tagline over the site’s menu for the masthead’s even with the top bar’s date between them', () => {
    const page = [
      'The independent voice of the valley since 1921',
      'Thursday 26 November 2026',
      ...['Home', 'Local', 'Sport', 'Business', 'Culture', 'Weather'],
      '< Local news',
      'Central library will stay closed for repairs until the middle of December',
      'Councillors vote in the chamber on Monday evening. Photo: Jane Doe',
      'Library hours return as the council approves its plan for next year.',
      ...STORY,
    ].join('\n');
    const { article } = readNewsText(page);
    expect(inlineText(article.headline)).toBe('Central library will stay closed for repairs until the middle of December');
    expect(article.kicker).toBeUndefined();
    expect(article.dropped.map((d) => d.text)).toContain('< Local news');
  });

  it('reads names in a script without capitals after a label, and a town in brackets after Arabic names', () => {
    const hindi = readNewsText(['दिल्ली में स्कूल बंद, निर्माण पर रोक', 'By : रोहित सिंह | Edited By: नेहा मिश्रा | Updated at : 26 Nov 2026 04:10 PM (IST)', ...STORY].join('\n'));
    expect(hindi.article.byline?.authors).toEqual([{ name: 'रोहित सिंह' }]);
    const arabic = readNewsText(['أمانة جدة: إنجاز 85% من مشاريع تصريف الأمطار', 'سامي المالكي (جدة)', 'الخميس / 16 / جمادى الآخرة / 1448 هـ الخميس 26 نوفمبر 2026 01:32', ...STORY].join('\n'));
    expect(arabic.article.byline?.authors).toEqual([{ name: 'سامي المالكي', location: 'جدة' }]);
    // (The Hijri date beside the Gregorian one is still only a date: no summary.)
    expect(arabic.article.standfirst).toBeUndefined();
    expect(arabic.article.byline?.dateline?.iso).toMatch(/^2026-11-26T01:32/u);
  });

  it('takes "straight from" off the place under a writer’s name', () => {
    const { article } = readNewsText(['Budget passes after long debate', 'Mariana Toledo', 'Direto de Campinas', '26 nov 2026 - 10h32', ...STORY].join('\n'));
    expect(article.byline?.authors).toEqual([{ name: 'Mariana Toledo', location: 'Campinas' }]);
  });

  it('keeps a source line and an agencies’ note after the story as its footer', () => {
    const hungarian = readNewsText([...MENU, 'Budget passes after long debate', ...STORY, '', 'Forrás: MTI'].join('\n'));
    expect(hungarian.article.footer?.notes?.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''))).toEqual(['Forrás: MTI']);
    const hindi = readNewsText([...MENU, 'Budget passes after long debate', ...STORY, '', '(एजेंसी इनपुट के साथ)'].join('\n'));
    expect(hindi.article.footer?.notes?.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''))).toEqual(['(एजेंसी इनपुट के साथ)']);
  });

  it('keeps an agencies’ note after a dash and a print-edition note after the story as its footer', () => {
    for (const note of ['— With additional input from APP', 'Articol publicat în ediţia tipărită a Ziarului Financiar din data de 26.11.2026']) {
      const { article } = readNewsText([...MENU, 'Budget passes after long debate', ...STORY, '', note].join('\n'));
      expect(article.footer?.notes?.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''))).toEqual([note]);
    }
  });

  it('drops a related link under a label in Croatian, Czech, Slovak or Hungarian', () => {
    for (const label of ['Pročitajte i ovo', 'Související', 'Čítajte viac', 'Ez is érdekelhet']) {
      const page = [...MENU, 'Budget passes after long debate', '', para(0), '', para(1), label, 'Library hours restored in three districts after the vote', para(2), '', para(3)].join('\n');
      const { article } = readNewsText(page);
      expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toEqual(['']);
      expect(article.dropped.map((d) => d.text)).toEqual(expect.arrayContaining([label, 'Library hours restored in three districts after the vote']));
    }
  });

  it('ends the story before a link left over a box of chrome, and keeps the writer’s bio as its footer', () => {
    const page = [
      ...MENU,
      'Budget passes after long debate',
      'By Maya Okafor',
      ...STORY,
      'Rights & Permissions',
      'Maya Okafor is a freelance journalist based in Toronto who writes about city budgets.',
      'More by Maya Okafor',
      'It Is Time to Stand Up for Local News',
      'If you enjoyed this article, I’d like to ask for your support. The Courier has covered this valley for more than a century, and this may be the most important moment in that history.',
      'A subscription keeps our reporting focused on the council, the courts and the schools, and pays for the reporters who sit through every meeting so that you do not have to.',
      'Subscribe Now',
      'Follow Us:',
      'About',
      'Press Room',
    ].join('\n');
    const { article } = readNewsText(page);
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toEqual(['']);
    expect(article.footer?.notes?.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''))).toContain('Maya Okafor is a freelance journalist based in Toronto who writes about city budgets.');
  });
});

describe('the header, in shapes the fifty-second blind set showed', () => {
  const read = (lines: string[]) => readNewsText(lines.join('\n'), { date: parseReferenceDate('2025-11-03T18:00Z') }).article;
  it('takes the date nearest the headline, not the top bar’s date over the menus, and a published line with its updated line under it', () => {
    const article = read(['Monday, 3 November 2025', 'Subscribe', ...MENU, '2 November 2025 16:05', 'Updated 2 November 2025 18:20', 'Council passes budget after long debate', 'By Jane Doe', ...STORY]);
    expect(article.byline?.dateline?.iso).toBe('2025-11-02T16:05');
    expect(article.byline?.updated?.iso).toBe('2025-11-02T18:20');
  });
  it('reads a labelled picture credit under the caption as the credit, not as a second author', () => {
    const article = read([...MENU, 'Council passes budget after long debate', 'By Jane Doe', 'The council chamber on Monday evening', 'Ritratt: Joe Galea', ...STORY]);
    expect(article.byline?.authors.map((a) => a.name)).toEqual(['Jane Doe']);
    expect(article.lead?.credit).toBe('Joe Galea');
  });
  it('does not take the last item of a menu for the headline when a date stands between the menu and the story’s title', () => {
    const article = read(['Skip to content', 'Monday, 3 November 2025', 'Subscribe', 'Log in', 'The Courier', ...MENU.slice(0, -1), 'Obituaries', 'E-Paper', 'Home » News » Local', '2 November 2025 – 16:05', 'Council passes budget after long debate in the town hall', 'The vote restores library hours cut three years ago, while opposition members warn of optimistic forecasts', 'By Jane Doe', 'The council chamber on Monday evening', 'Photo: Joe Galea', ...STORY.filter(Boolean)]);
    expect(inlineText(article.headline)).toBe('Council passes budget after long debate in the town hall');
  });
});

/** The html reader's own rules: what a page declares, which reader a file gets, its charset, and its pictures' folder. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssets } from '../../src/assets.js';
import { loadArticle, parseArticle } from '../../src/pipeline.js';
import { parseHtmlDocument } from '../../src/readers/html/dom.js';
import { readMetadata } from '../../src/readers/html/metadata.js';
import { chooseReader, looksLikeHtmlPage } from '../../src/readers/index.js';
import { inlineText } from '../../src/tree/text.js';
import type { Block } from '../../src/tree/types.js';

const work = mkdtempSync(join(tmpdir(), 'lectern-html-'));
const story = (words: string) => `<p>${words} The council met on Monday evening and voted to keep the harbour ferry running through the winter months, its leader said.</p>`;

describe('what a page declares', () => {
  it('takes the language the story is written in over a template’s English, and only then', () => {
    const sentences = [
      'Wakulima wa korosho mkoani Mtwara wameanza kupokea malipo yao baada ya kusubiri kwa zaidi ya wiki tatu.',
      'Viongozi wa vyama vya ushirika wamesema fedha zote zitakuwa zimelipwa kabla ya mwisho wa mwezi huu, na kwamba hakuna mkulima atakayeachwa nyuma.',
      'Mwenyekiti wa chama cha ushirika wa wilaya hiyo alisema ucheleweshaji ulitokana na mabadiliko ya mfumo wa malipo kwa njia ya simu.',
      'Baadhi ya wakulima waliozungumza na gazeti hili walisema walilazimika kukopa fedha ili kununua pembejeo za msimu ujao wa kilimo.',
      'Serikali ya mkoa imeahidi kufuatilia kwa karibu zoezi hilo ili kuhakikisha kila mkulima analipwa kwa wakati.',
    ];
    const swahili = (n: number) => `<p>${sentences[n % sentences.length]}</p>`;
    const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body><article><h1>Wakulima wa korosho walipwa</h1>${body}</article></body></html>`;
    const read = (html: string) => parseArticle(html, { from: 'html', explain: true });
    const story = [0, 1, 2, 3, 4].map(swahili).join('');
    const { article, explain } = read(page('en-US', story));
    expect(article.lang).toBe('sw');
    expect(explain.some((e) => e.rule === 'language:not-as-declared')).toBe(true);
    // (Too little text to overrule the page; a language other than English is the page's own choice.)
    expect(read(page('en-US', swahili(1))).article.lang).toBe('en-US');
    expect(read(page('de', story)).article.lang).toBe('de');
    const english = [1, 2, 3, 4].map((n) => `<p>Cashew farmers in Mtwara have started to receive their payments after waiting for more than three weeks, and cooperative leaders say all of the money will be paid before the end of the month (${n}).</p>`).join('');
    expect(read(page('en-GB', english)).article.lang).toBe('en-GB');
  });

  it('reads an article from a Yoast-style @graph, leaving organisations out of the authors', () => {
    const meta = readMetadata(
      parseHtmlDocument(`<html lang="en-US"><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Ferry saved","datePublished":"2025-11-03T14:12:00-06:00","dateModified":"2025-11-03T16:00:00-06:00","articleSection":"Local","author":[{"@type":"Person","name":"Dana Kowalski"},{"@type":"Organization","name":"The Sentinel"}],"publisher":{"@type":"Organization","name":"The Sentinel"}}]}</script></head><body></body></html>`),
    );
    expect(meta).toMatchObject({ headline: 'Ferry saved', authors: ['Dana Kowalski'], published: '2025-11-03T14:12:00-06:00', modified: '2025-11-03T16:00:00-06:00', section: 'Local', publisher: 'The Sentinel', lang: 'en-US' });
  });

  it('falls back to Open Graph and meta, skips a broken JSON-LD block, and keeps a profile URL out of the authors', () => {
    const meta = readMetadata(
      parseHtmlDocument(`<html><head><script type="application/ld+json">{broken</script><meta property="og:title" content="Ferry saved"><meta property="og:site_name" content="Sentinel"><meta property="article:author" content="https://example.org/people/dana"><meta name="author" content="Dana Kowalski"><meta property="article:published_time" content="2025-11-03"><meta property="og:locale" content="fr_FR"><title>Ferry saved - Sentinel</title></head><body></body></html>`),
    );
    expect(meta).toMatchObject({ titles: ['Ferry saved', 'Ferry saved - Sentinel'], authors: ['Dana Kowalski'], published: '2025-11-03', publisher: 'Sentinel', lang: 'fr-FR' });
  });

  it('takes the headline the page shows, not the site name in an <h1> or a longer SEO title', () => {
    const { article } = parseArticle(
      `<!doctype html><html lang="en"><head><title>Council keeps harbour ferry running through winter after long debate | Sentinel</title></head><body><header><h1 class="site-title"><a href="/">Sentinel</a></h1></header><article><h1>Harbour ferry saved for winter</h1>${story('')}${story('Second.')}${story('Third.')}</article></body></html>`,
      { from: 'html' },
    );
    expect(inlineText(article.headline)).toBe('Harbour ferry saved for winter');
  });
});

describe('the story and its header in the markup large sites use', () => {
  const texts = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''));
  it('keeps paragraphs that all carry a paywall class: they are the story behind the paywall', () => {
    const paid = (words: string) => story(words).replace('<p>', '<p class="body-text paywall">');
    const { article } = parseArticle(`<!doctype html><html lang="en"><body><article><h1>Salmon farmer pulls its listing in Oslo</h1><div class="body-content">${paid('First.')}${paid('Second.')}${paid('Third.')}${paid('Fourth.')}</div></article></body></html>`, { from: 'html' });
    expect(article.sections.flatMap((sec) => texts(sec.blocks)).filter((t) => t.includes('harbour ferry'))).toHaveLength(4);
  });
  it('reads a sub-deck as the standfirst, the place the byline box names, and no paper among the authors', () => {
    const { article } = parseArticle(
      `<!doctype html><html lang="es"><body><article><h1>Sevilla instala toldos en cuarenta calles antes del verano</h1><div class="article__subdeck"><p>El plan de sombras del Ayuntamiento cubrirá calles del centro y de cuatro barrios con lonas nuevas</p></div><div class="byline"><a rel="author" href="/autor/rocio">Rocío Valdivia</a> <span class="sep">|</span> <span class="paper">Chicago Tribune</span></div><div class="voc-author__date"><span class="voc-author__place">Sevilla</span> <time datetime="2025-11-26">26/11/2025</time></div>${story('Primero.')}${story('Segundo.')}${story('Tercero.')}</article></body></html>`,
      { from: 'html' },
    );
    expect(article.standfirst ? inlineText(article.standfirst) : '').toBe('El plan de sombras del Ayuntamiento cubrirá calles del centro y de cuatro barrios con lonas nuevas');
    expect(article.byline?.authors).toEqual([{ name: 'Rocío Valdivia', location: 'Sevilla' }]);
  });
  it('reads a Hebrew writer’s name and the dates line the body container also holds, before the story', () => {
    const para = (n: number) => `<div class="text_editor_paragraph"><span>פסקה ${n}: רחוב אבן גבירול ייסגר לתנועת רכבים פרטיים בקטע שבין רחוב ארלוזורוב לשדרות נורדאו, כך הודיעה העירייה היום.</span></div>`;
    const { article } = parseArticle(
      `<!doctype html><html lang="he" dir="rtl"><body><div class="mainContent"><h1>אבן גבירול ייסגר לרכבים פרטיים לשלושה חודשים</h1><div class="authors"><span class="authorName">אורי ששון</span></div><div class="dateWrapper"><span><time datetime="2026-11-26T06:47:00.000Z">פורסם: 26.11.26, 08:47</time></span> <span><time datetime="2026-11-26T09:32:00.000Z">עודכן: 26.11.26, 11:32</time></span></div>${[1, 2, 3, 4].map(para).join('')}</div></body></html>`,
      { from: 'html' },
    );
    expect(article.byline?.authors).toEqual([{ name: 'אורי ששון' }]);
    expect(article.byline?.updated?.iso).toBe('2026-11-26T11:32+02:00');
  });
  it('reads a figure’s caption and credit from marked boxes without a figcaption, and a hashed caption’s last short span as its credit', () => {
    const lead = (figure: string) =>
      parseArticle(`<!doctype html><html lang="en"><body><article><h1>FrontRunner double-tracking starts in the spring</h1>${figure}${story('First.')}${story('Second.')}${story('Third.')}</article></body></html>`, { from: 'html' }).article.lead;
    const marked = lead('<figure class="Figure"><img src="a.jpg" alt="A train"><div class="Figure-content"><div class="Figure-caption"><p>A FrontRunner train pulls into the Orem station on Tuesday.</p></div><div class="Figure-credit">Megan Nielsen, Deseret News</div></div></figure>');
    expect([inlineText(marked?.caption ?? []), marked?.credit]).toEqual(['A FrontRunner train pulls into the Orem station on Tuesday.', 'Megan Nielsen, Deseret News']);
    const hashed = lead('<figure class="sc-1 kRt"><img src="b.jpg" alt="Children"><figcaption class="sc-2"><span class="sc-3 aB">Pupils of one of the schools in the playground</span><span class="sc-4 gH">RTV Noord</span></figcaption></figure>');
    expect([inlineText(hashed?.caption ?? []), hashed?.credit]).toEqual(['Pupils of one of the schools in the playground', 'RTV Noord']);
  });
  it('takes the post’s title, not the blog’s name in the <h1> that the page title puts before it', () => {
    const page = (title: string, h1: string, post: string) =>
      parseArticle(`<!doctype html><html><head><title>${title}</title></head><body><div class="header"><h1 class="title">${h1}</h1></div><div class="post"><h3 class="post-title entry-title">${post}</h3><div class="post-body">${story('First.')}${story('Second.')}${story('Third.')}</div></div></body></html>`, { from: 'html' }).article;
    expect(inlineText(page('Wescott Valley News &amp; Notes: Village council OKs sewer rate hike', 'Wescott Valley News &amp; Notes', 'Village council OKs sewer rate hike').headline ?? [])).toBe('Village council OKs sewer rate hike');
    // (The other way round, the <h1> is the headline and the title's short part the site's name.)
    expect(inlineText(page('Village council OKs sewer rate hike - The Wescott Times', 'Village council OKs sewer rate hike', 'The Wescott Times').headline ?? [])).toBe('Village council OKs sewer rate hike');
  });
  it('takes an <h4> named a headline when the page’s <h1> is the logo', () => {
    const { article } = parseArticle(
      `<!doctype html><html lang="ko"><head><meta property="og:title" content="대전 트램 공사 본격화…다음 달부터 도심 도로 단계적 통제"></head><body><h1 class="logo"><a href="/"><img src="logo.png" alt="KBS 뉴스"></a></h1><div class="headline"><span class="headline-category">사회</span><h4 class="headline-title">대전 트램 공사 본격화…도심 도로 단계적 통제</h4><em class="input-date">입력 2026.11.26 (14:05)</em></div><div class="detail-body">${story('First.')}${story('Second.')}${story('Third.')}</div></body></html>`,
      { from: 'html' },
    );
    expect(inlineText(article.headline ?? [])).toBe('대전 트램 공사 본격화…도심 도로 단계적 통제');
  });
  it('reads a caption beside the lead picture, outside any figure, as its caption, not the standfirst', () => {
    const page = (media: string) =>
      parseArticle(
        `<!doctype html><html lang="en"><body><div class="article-head"><h1>DNCC starts digging the Mirpur canal again</h1><div class="byline"><a href="/author/n">Nusrat Jahan</a><div class="date">Thu Nov 26, 2026 03:15 PM</div></div></div>${media}<div class="article-body">${story('First.')}${story('Second.')}${story('Third.')}</div></body></html>`,
        { from: 'html' },
      ).article;
    const inline = page('<div class="section-media"><picture><img src="a.jpg" alt="Canal"></picture><span class="caption">Household waste chokes the canal in Pallabi on Tuesday. Photo: Mehedi Hasan Rony</span></div>');
    expect(inline.standfirst).toBeUndefined();
    expect([inlineText(inline.lead?.caption ?? []), inline.lead?.credit]).toEqual(['Household waste chokes the canal in Pallabi on Tuesday.', 'Mehedi Hasan Rony']);
    const boxed = page('<div class="main-photo"><img src="b.jpg" alt="Station"><div class="photo-caption">Passengers line up at the North Avenue station on Wednesday. <span class="photo-credit">(Mark Villareal/GMA News)</span></div></div>');
    expect(boxed.standfirst).toBeUndefined();
    expect(inlineText(boxed.lead?.caption ?? [])).toBe('Passengers line up at the North Avenue station on Wednesday.');
    // (Only a credit, in the element after the picture that a class marks as the photo's title.)
    const credited = page('<div class="post_photo_news"><img src="c.jpg" alt=""><div class="post_photo_news_title">Photo: Dhaka North City Corporation</div></div>');
    expect([credited.lead?.caption, credited.lead?.credit]).toEqual([undefined, 'Dhaka North City Corporation']);
  });
  it('keeps subheadings whose class Readability weighs against (`com-subhead`: "com-" reads as comment)', () => {
    const { article } = parseArticle(
      `<!doctype html><html lang="es"><body><article><h1>La línea E cerrará de noche por obras</h1><div class="body">${story('Primero.')}${story('Segundo.')}<h2 class="com-subhead --s">Colectivos de emergencia</h2>${story('Tercero.')}${story('Cuarto.')}</div></article></body></html>`,
      { from: 'html' },
    );
    expect(article.sections.map((sec) => (sec.heading ? inlineText(sec.heading) : ''))).toContain('Colectivos de emergencia');
  });
  it('takes no breadcrumb’s last step and no menu item for the kicker, and no subscription badge into it', () => {
    const page = (above: string) => parseArticle(`<!doctype html><html lang="en"><body><article>${above}<h1>CMRL to launch electric feeder vans at twelve metro stations</h1>${story('First.')}${story('Second.')}${story('Third.')}</article></body></html>`, { from: 'html' }).article;
    expect(page('<div class="breadcrumb"><a href="/news/">News</a> / <a href="/news/cities/">Cities</a> / <a href="/news/cities/chennai/">Chennai</a></div>').kicker).toBeUndefined();
    expect(page('<ul><li><a href="/a">Latest Headlines</a></li><li><a href="/b">World News</a></li><li><a href="/c">Most read</a></li></ul>').kicker).toBeUndefined();
    expect(inlineText(page('<div class="kicker"><span class="badge">Abo</span> <a href="/zh">Verkehr in Zürich</a></div>').kicker)).toBe('Verkehr in Zürich');
  });
  it('takes the desk’s initials under the story and the bio under them for the footer', () => {
    const { article } = parseArticle(
      `<!doctype html><html lang="en"><body><main><article><h1>Desalination plant stands idle</h1>${story('First.')}${story('Second.')}${story('Third.')}<p><strong>DM</strong></p></article><div class="author-bio"><p>Lwazi Dlamini is Daily Maverick’s Eastern Cape correspondent. He previously covered local government for The Herald.</p></div></main></body></html>`,
      { from: 'html' },
    );
    expect(texts(article.footer?.notes ?? [])).toEqual(['DM', 'Lwazi Dlamini is Daily Maverick’s Eastern Cape correspondent. He previously covered local government for The Herald.']);
  });
  it('takes no author from the section the page declares when it stands in the byline’s row', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Farmers call off protest","author":{"@type":"Organization","name":"Press Trust of India"},"articleSection":"India News"}</script>';
    const { article } = parseArticle(`<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Farmers call off protest</h1><div class="pst-by"><nav class="pst-by_ul"><span class="pst-by_li"><span class="pst-by_lnk"><a href="/topic/pti"><span itemprop="author">Press Trust of India</span></a></span></span> <span class="pst-by_li"><span class="pst-by_lnk">India News</span></span> <span class="pst-by_li"><span class="pst-by_lnk">Updated: November 26, 2026 16:42 pm IST</span></span></nav></div>${story('First.')}${story('Second.')}${story('Third.')}</article></body></html>`, { from: 'html' });
    expect(article.byline?.authors.map((a) => a.name) ?? []).not.toContain('India News');
  });
  it('takes the author’s box, the byline’s name over a job title, for the footer, in or after the extracted story', () => {
    const byline = '<p class="byline">By <a href="/author/marcus-ellery">Marcus Ellery</a></p>';
    const box = '<div class="author-mini-bio"><div><a href="/author/marcus-ellery">Marcus Ellery</a></div><div>Senior Technology Reporter</div><p>Marcus Ellery is a senior technology reporter at Ars Technica, covering broadband.</p></div>';
    const after = parseArticle(`<!doctype html><html lang="en"><body><main><article><h1>Firmware push bricks routers</h1>${byline}${story('First.')}${story('Second.')}${story('Third.')}</article>${box}<div id="comments"><a href="/c">212 Comments</a></div></main></body></html>`, { from: 'html' }).article;
    expect(texts(after.footer?.notes ?? [])).toEqual(expect.arrayContaining(['Marcus Ellery', 'Senior Technology Reporter']));
    // (Inside the story's element, where the extraction keeps it as the last paragraphs.)
    const inside = parseArticle(`<!doctype html><html lang="ko"><body><article><h1>日, 출국세 인상 확정</h1><p class="byline">도쿄=박세진 특파원</p>${story('첫째.')}${story('둘째.')}${story('셋째.')}<p>박세진 기자</p><p>도쿄특파원</p></article></body></html>`, { from: 'html' }).article;
    expect(texts(inside.footer?.notes ?? [])).toEqual(['박세진 기자', '도쿄특파원']);
    // (A name over a link is no box.)
    const link = parseArticle(`<!doctype html><html lang="en"><body><article><h1>Firmware push bricks routers</h1>${byline}${story('First.')}${story('Second.')}${story('Third.')}<p>Marcus Ellery</p><p>See all articles by this author</p></article></body></html>`, { from: 'html' }).article;
    expect(texts(link.footer?.notes ?? [])).not.toContain('See all articles by this author');
  });
});

describe('a saved page too large to read', () => {
  it('is refused over 16 MiB, as a URL is', async () => {
    const path = join(work, 'huge.html');
    writeFileSync(path, `<!doctype html><html><body><p>${'word '.repeat(3_500_000)}</p></body></html>`);
    await expect(loadArticle(path)).rejects.toMatchObject({ kind: 'badInput', message: expect.stringMatching(/is a web page of 16\.\d MiB; Lectern reads web pages of at most 16 MiB$/) });
  });
});

describe('links and pictures of a saved page', () => {
  it('resolves relative links against the address the page declares, and leaves its pictures in its folder', () => {
    const { article } = parseArticle(
      `<!doctype html><html lang="en"><head><link rel="canonical" href="https://news.example.org/2025/11/03/ferry.html"></head><body><article><h1>Harbour ferry saved for winter</h1>${story('See <a href="../../council/minutes.html">the minutes</a>.')}${story('')}<figure><img src="ferry_files/boat.png" alt="The ferry"></figure>${story('Three.')}</article></body></html>`,
      { from: 'html' },
    );
    const json = JSON.stringify(article.sections);
    expect(json).toContain('"url":"https://news.example.org/2025/council/minutes.html"');
    expect(json).toContain('"src":"ferry_files/boat.png"');
  });
});

describe('picture credits in the forms pages write them', () => {
  const lead = (figcaption: string) =>
    parseArticle(`<!doctype html><html lang="en"><body><article><h1>Harbour ferry saved for winter</h1><figure><img src="a.jpg" alt="The ferry"><figcaption>${figcaption}</figcaption></figure>${story('')}${story('Two.')}</article></body></html>`, { from: 'html' }).article.lead;
  const cases: [string, string | undefined, string, string | undefined][] = [
    ['The ferry at dawn. <span class="credit">Photograph: Jane Doe/Agency</span>', 'The ferry at dawn.', 'Jane Doe/Agency', 'Photograph'],
    ['Photo by Lena Marquardt / Unsplash', undefined, 'Lena Marquardt / Unsplash', 'Photo by'],
    ['Il mercato delle Erbe in via Ugo Bassi (ansa)', 'Il mercato delle Erbe in via Ugo Bassi', 'ansa', undefined],
    ['A community bus waits for passengers in Iiyama, in October. | Kyodo', 'A community bus waits for passengers in Iiyama, in October.', 'Kyodo', undefined],
    ['<span class="image-credit">Image Credits: Haloform</span>', undefined, 'Haloform', 'Image Credits'],
    ['<span class="photo-copyright">Foto: ANP</span>', undefined, 'ANP', 'Foto'],
    ['試験設置された個人ロッカーに教科書をしまう児童ら＝田中一郎撮影', '試験設置された個人ロッカーに教科書をしまう児童ら', '田中一郎', '撮影'],
    ['Smart meters at a depot. REUTERS/Isla Brennan Purchase Licensing Rights, opens new tab', 'Smart meters at a depot.', 'REUTERS/Isla Brennan', undefined],
  ];
  for (const [figcaption, caption, credit, label] of cases) {
    it(`reads ${JSON.stringify(figcaption.replace(/<[^>]+>/g, ''))}`, () => {
      const figure = lead(figcaption);
      expect(figure?.caption ? inlineText(figure.caption) : undefined).toBe(caption);
      expect(figure?.credit).toBe(credit);
      expect(figure?.creditLabel || undefined).toBe(label);
    });
  }
});

describe('which reader a file gets', () => {
  it('reads .html and a .txt or stdin that starts like a web page as html; Markdown stays Markdown', () => {
    expect(chooseReader('page.html').name).toBe('html');
    expect(chooseReader('page.htm').name).toBe('html');
    expect(chooseReader('page.txt', undefined, '\uFEFF  <!-- saved from url=(0042)https://example.org/ -->\n<!DOCTYPE html><html>').name).toBe('html');
    expect(chooseReader('-', undefined, '<html lang="fr"><head>').name).toBe('html');
    expect(chooseReader('notes.md', undefined, '<!doctype html>').name).toBe('markdown');
    expect(chooseReader('page.txt', undefined, 'Harbour ferry saved\n\nBy Dana Kowalski').name).toBe('news-text');
    expect(looksLikeHtmlPage('Text that mentions <html> later')).toBe(false);
  });
});

describe('a saved page on disk', () => {
  it('is read in the charset its <meta> names (Windows-1252 here)', async () => {
    const path = join(work, 'latin.html');
    const head = Buffer.from('<!doctype html><html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><h1>Le caf');
    writeFileSync(path, Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(` rouvre</h1>${story('Le caf')}</article></body></html>`)]));
    const { article, warnings } = await loadArticle(path);
    expect(inlineText(article.headline)).toBe('Le café rouvre');
    expect(warnings).toEqual([]);
  });

  it('embeds pictures from its own folder and refuses one that leaves it, through a path or a symlink', async () => {
    const folder = join(work, 'saved');
    mkdirSync(join(folder, 'page_files'), { recursive: true });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    writeFileSync(join(folder, 'page_files', 'inside.png'), png);
    writeFileSync(join(work, 'secret.png'), png);
    symlinkSync(join(work, 'secret.png'), join(folder, 'page_files', 'link.png'));
    const page = join(folder, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><body><article><h1>Pictures of the harbour</h1>${story('')}<figure><img src="page_files/inside.png" alt="Inside"></figure>${story('Two.')}<figure><img src="../secret.png" alt="Climbing out"></figure>${story('Three.')}<figure><img src="page_files/link.png" alt="Through a link"></figure>${story('Four.')}</article></body></html>`,
    );
    const { article } = await loadArticle(page);
    const { assets, warnings } = await loadAssets(article, page);
    expect([...assets.keys()]).toEqual(['page_files/inside.png']);
    expect(warnings).toEqual([expect.stringMatching(/^image \.\.\/secret\.png is outside the article’s folder/), expect.stringMatching(/^image page_files\/link\.png is outside the article’s folder/)]);
  });
});

describe('a story whose paragraphs a span wraps', () => {
  it('reads the paragraphs and subheadings inside `<div class="story"><span>` as blocks, not one paragraph', () => {
    const html = `<!doctype html><html lang="en"><body><main><h1>School bus routes cut in the valley</h1><div class="story"><span>${story('One.')}${story('Two.')}<h2>Routes combined with longer rides</h2>${story('Three.')}${story('Four.')}</span></div></main></body></html>`;
    const { article } = parseArticle(html, { from: 'html' });
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toContain('Routes combined with longer rides');
    expect(article.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'paragraph')).toHaveLength(4);
  });
});

describe('a custom element around the share buttons', () => {
  it('drops the list of buttons a CMS element wraps, and keeps the story after it', () => {
    const html = `<!doctype html><html lang="en"><body><main><h1>Double track work resumes in the spring</h1><ps-actionbar><ul><li><a href="https://www.facebook.com/dialog/share?x=1">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?x=1">X</a></li><li>Email</li></ul></ps-actionbar><story-body>${story('One.')}${story('Two.')}${story('Three.')}</story-body></main></body></html>`;
    const { article } = parseArticle(html, { from: 'html' });
    const blocks = article.sections.flatMap((s) => s.blocks);
    expect(blocks.filter((b) => b.type === 'list')).toEqual([]);
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(3);
    expect(article.dropped.map((d) => d.text).join(' / ')).toContain('Facebook');
  });
});

describe('a picture and its figcaption in a box that is no figure', () => {
  it('reads the box as the figure, its figcaption as the caption and the agency after the full stop as the credit', () => {
    const html = `<!doctype html><html lang="ko"><body><main><h1>서울 도심 초등학교 3곳 2028년 문 닫는다</h1><div class="imageContainer"><div class="image"><img alt="운동장" src="https://example.com/a.jpg"></div><figcaption class="imageCaption">25일 오후 서울 중구의 한 초등학교 운동장이 텅 비어 있다. 연합뉴스</figcaption></div>${story('One.')}${story('Two.')}${story('Three.')}</main></body></html>`;
    const { article } = parseArticle(html, { from: 'html' });
    const figure = article.lead ?? article.sections.flatMap((s) => s.blocks).find((b) => b.type === 'figure');
    expect(figure?.caption ? inlineText(figure.caption) : '').toBe('25일 오후 서울 중구의 한 초등학교 운동장이 텅 비어 있다.');
    expect(figure?.credit).toBe('연합뉴스');
    expect(article.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''))).not.toContain('25일 오후 서울 중구의 한 초등학교 운동장이 텅 비어 있다. 연합뉴스');
  });
});

describe('a caption set beside the picture after a viewer’s link', () => {
  it('reads the caption and its glued credit past `Lihat Foto`', () => {
    const html = `<!doctype html><html lang="id"><body><main><h1 class="read__title">Mulai Januari 2027, warga Bandung wajib pilah sampah</h1><div class="photo"><div class="photo__wrap"><img src="https://asset.example.com/a.jpg" alt="Petugas memilah sampah"></div><div class="photo__icon"><a href="https://example.com/foto">Lihat Foto</a></div><div class="photo__caption">Petugas kebersihan memilah sampah di TPS Tamansari, Kota Bandung, Selasa (25/11/2026).<span class="photo__author">KOMPAS.com/DEWI LESTARI</span></div></div><div class="read__content">${story('Satu.')}${story('Dua.')}${story('Tiga.')}</div></main></body></html>`;
    const { article } = parseArticle(html, { from: 'html' });
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('Petugas kebersihan memilah sampah di TPS Tamansari, Kota Bandung, Selasa (25/11/2026).');
    expect(article.lead?.credit).toBe('KOMPAS.com/DEWI LESTARI');
    expect(article.standfirst).toBeUndefined();
  });
});

describe('a Korean daily’s page: a short subtitle, labelled dates in spans, the story as bare text after its picture', () => {
  const bare = (n: number) =>
    Array.from({ length: n }, (_, i) => `국토교통부는 ${i + 1}일 LH가 올해 10월 말까지 매입한 전세사기 피해주택이 1만214채라고 밝혔다. 지난해 같은 기간의 2.3배 수준이다.<br><br>`).join('\n');
  const html = `<!doctype html><html lang="ko"><body><div id="contents"><section class="head_group"><h1 class="title">전세사기 피해주택 LH 매입 1만 채 넘었지만…경매 지연</h1><div class="news_info"><p class="byline"><a href="/r?q=minji">김민지 기자</a>, <a href="/r?q=sanghun">세종=이상훈 기자</a></p><ul class="date_list"><li><span class="tit">입력</span> <span class="date">2026-11-25 03:00</span></li><li><span class="tit">업데이트</span> <span class="date">2026-11-25 09:41</span></li></ul></div><ul class="view_util"><li><button type="button" class="btn_share">공유하기</button></li><li><a href="#comment" class="btn_reply">댓글 <span class="cnt">14</span></a></li></ul></section><section class="news_view"><h2 class="sub_title">평균 보증금 회수까지 13개월 걸려</h2><figure class="img_cont"><div class="thumb"><img src="https://example.com/a.jpg" alt="빌라 밀집 지역"></div><figcaption>24일 서울 강서구의 한 빌라 밀집 지역 모습. 뉴스1</figcaption></figure>
${bare(8)}</section></div></body></html>`;
  const { article } = parseArticle(html, { from: 'html', date: '2026-11-26T18:00Z' });

  it('takes a subtitle its class names for the standfirst, short as it is, and both reporters with the place of one', () => {
    expect(article.standfirst ? inlineText(article.standfirst) : '').toBe('평균 보증금 회수까지 13개월 걸려');
    expect(article.byline?.authors).toEqual([{ name: '김민지' }, { name: '이상훈', location: '세종' }]);
  });

  it('reads the update date with its label in a span of its own', () => {
    expect(article.byline?.updated?.iso).toBe('2026-11-25T09:41+09:00');
  });

  it('takes the picture before the bare text for the lead, with the agency after the caption’s full stop as its credit, and drops a lone comment count', () => {
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('24일 서울 강서구의 한 빌라 밀집 지역 모습.');
    expect(article.lead?.credit).toBe('뉴스1');
    const first = article.sections[0]?.blocks[0];
    expect(first?.type).toBe('paragraph');
  });
});

describe('pictures and boxes around the story that are not its own', () => {
  const read = (html: string) => parseArticle(`<!doctype html><html lang="en"><body><article>${html}</article></body></html>`, { from: 'html' }).article;
  it('passes over the writer’s photo in a signature box and a share icon for the lead, and keeps a stand-in label as the caption', () => {
    const article = read(
      `<h1>Council keeps the harbour ferry running through winter</h1><div class="c-signature"><div class="c-signature__images"><img src="/redaction/ana-ruiz.jpg" alt=""></div><p>By Ana Ruiz</p></div><a class="share-x" href="#"><img src="/icons/icon-x.svg" alt=""></a><figure><img src="/photos/ferry.jpg" alt="The ferry"><figcaption>File photo</figcaption></figure>${story('First.')}${story('Second.')}${story('Third.')}`,
    );
    expect(article.lead?.src).toBe('/photos/ferry.jpg');
    expect(inlineText(article.lead?.caption ?? [])).toBe('File photo');
    expect(article.lead?.credit).toBeUndefined();
  });
  it('takes a Japanese signature in brackets, the story’s last paragraph, for the byline', () => {
    const japanese = (n: number) => `<p>都電荒川線では来年春から、全30停留場でクレジットカードのタッチ決済が使えるようになる。都交通局が${n}日発表した。</p>`;
    const article = parseArticle(`<!doctype html><html lang="ja"><body><article><h1>都電荒川線、来春からタッチ決済</h1>${japanese(25)}${japanese(26)}${japanese(27)}<p>（井口大輔）</p></article></body></html>`, { from: 'html' }).article;
    expect(article.byline?.authors).toEqual([{ name: '井口大輔' }]);
    expect(article.byline?.raw).toContain('（井口大輔）');
    expect(article.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''))).not.toContain('（井口大輔）');
  });
  it('reads a last section headed by the byline’s writer as the author’s box, name and note, in the footer', () => {
    const article = read(
      `<h1>Council keeps the harbour ferry running through winter</h1><p class="byline">By Ana Ruiz</p>${story('First.')}${story('Second.')}<h2>Next steps</h2>${story('Third.')}<h4>Ana Ruiz</h4><p>Reporter for transport and city hall, writing about ferries and budgets.</p>`,
    );
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).not.toContain('Ana Ruiz');
    expect(article.footer?.notes.map((n) => (n.type === 'paragraph' ? inlineText(n.children) : ''))).toEqual(['Ana Ruiz', 'Reporter for transport and city hall, writing about ferries and budgets.']);
  });
  it('drops a box of pitches under its heading above the author’s box, its photo with it', () => {
    const article = read(
      `<h1>Council keeps the harbour ferry running through winter</h1><p class="byline">Von Anna Schmidt</p>${story('First.')}${story('Second.')}<h4>taz lesen kann jede:r</h4><p>Als Genossenschaft gehören wir unseren Leser:innen. Und unser Journalismus ist kostenfrei zugänglich. Das funktioniert, weil viele Menschen freiwillig etwas beitragen.</p><img src="/author.jpg" alt=""><h4>Anna Schmidt</h4><p>Redakteurin für Verkehr und Stadtentwicklung im Berlin-Ressort, schreibt über Radwege, Mieten und den Flughafen.</p>`,
    );
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toEqual(['']);
  });
});

describe('a caption and a credit in a box no mark names, beside the picture', () => {
  it('reads the marked caption and credit inside the box as the lead’s, and drops neither as furniture', () => {
    const page = `<!doctype html><html lang="et"><body><article><header><h1>Virtsu–Kuivastu liinil jäävad talvel ära hilisõhtused väljumised</h1>
      <div class="byline"><time datetime="2026-11-25T16:42:00+02:00">25.11.2026 16:42</time></div></header>
      <div class="media-block main-image"><rg-picture><picture><img src="https://example.org/a.jpg" alt="Parvlaev Kuivastu sadamas."></picture></rg-picture>
      <div class="image-info"><span class="image-caption">Parvlaev Tõll Kuivastu sadamas.</span><span class="image-author"><span class="label">Autor/allikas: </span>Rasmus Kask/ERR</span></div></div>
      ${story('Parvlaevafirma teatas uuest sõiduplaanist.')}${story('Saarlased kardavad.')}${story('Vallavanem lubas kirjutada ministrile.')}</article></body></html>`;
    const { article } = parseArticle(page, { from: 'html' });
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('Parvlaev Tõll Kuivastu sadamas.');
    expect(article.lead?.credit).toBe('Rasmus Kask/ERR');
    expect(article.dropped.map((d) => d.text)).not.toContain('Parvlaev Tõll Kuivastu sadamas.');
  });
});

describe('a date over the headline, and a subscription box named in the site’s language', () => {
  const page = (over: string, box: string) => `<!doctype html><html lang="ca"><body><div class="todaydate">27 de novembre de 2026</div><nav><a href="/">Inici</a></nav><main><article><div class="date">${over}</div><hgroup><h1>El Barri Vell de Girona tanca el trànsit als vehicles de pas</h1></hgroup>
    <div class="entry-content">${story('L’Ajuntament de Girona ha aprovat el pla de mobilitat.')}${story('Els veïns en demanaven més.')}${story('Els comerciants temen perdre clients.')}</div>
    <footer class="entry-footer"><a href="/etiqueta/girona/" rel="tag">Girona</a></footer>${box}</article></main></body></html>`;
  it('takes a date alone right over the headline, in the headline’s small header, for the story’s date', () => {
    const { article } = parseArticle(page('26 de novembre de 2026', ''), { from: 'html' });
    expect(article.byline?.dateline?.iso).toBe('2026-11-26');
  });
  it('drops a box its class names a subscription in Catalan, heading and all', () => {
    const box = '<section class="caixa-subscripcio"><h3 class="caixa-subscripcio__titol">VilaWeb és possible gràcies als subscriptors</h3><p class="caixa-subscripcio__text">Fes-te’n subscriptor per a llegir sense anuncis, comentar els articles i rebre els butlletins exclusius.</p><a class="boto" href="https://example.org/subscripcions/">Fes-te’n subscriptor</a></section>';
    const { article } = parseArticle(page('', box), { from: 'html' });
    expect(article.sections.map((s) => (s.heading ? inlineText(s.heading) : ''))).toEqual(['']);
    expect(article.dropped.map((d) => d.text).join(' ')).toContain('VilaWeb és possible gràcies als subscriptors');
  });
});

describe('what the twenty-seventh set of saved pages showed', () => {
  const lead = (figure: string) => `<!doctype html><html lang="en"><body><article><h1>Heat complaints hit a record as the city scrambles to hire</h1>${figure}
    ${story('Tenants filed more complaints than ever.')}${story('The city is hiring inspectors.')}${story('Landlords say parts are scarce.')}</article></body></html>`;
  it('leaves a button inside the caption out of it, recorded as dropped', () => {
    const page = lead(`<figure><img src="https://example.org/a.jpg" alt="A thermostat"><figcaption><div class="caption-text"><p>A tenant checks the thermostat in her apartment.</p></div>
      <span class="tnt-byline">Dario Bellini/Toronto Star</span><a class="btn btn-xs tnt-buy-now" href="https://example.org/buy">Buy Now</a></figcaption></figure>`);
    const { article } = parseArticle(page, { from: 'html' });
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('A tenant checks the thermostat in her apartment.');
    expect(article.lead?.credit).toBe('Dario Bellini/Toronto Star');
    expect(article.dropped.map((d) => d.text)).toContain('Buy Now');
  });
  it('reads a Thai credit label after the caption', () => {
    const page = lead('<figure><img src="https://example.org/a.jpg" alt="กระทง"><figcaption>เจ้าหน้าที่ กทม. จัดเก็บกระทงบริเวณสวนลุมพินี ภาพ : สำนักสิ่งแวดล้อม กทม.</figcaption></figure>');
    const { article } = parseArticle(page, { from: 'html' });
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('เจ้าหน้าที่ กทม. จัดเก็บกระทงบริเวณสวนลุมพินี');
    expect(article.lead?.credit).toBe('สำนักสิ่งแวดล้อม กทม.');
  });
  it('reads the update’s time beside the date over the headline', () => {
    const page = `<!doctype html><html lang="lv"><body><article><div class="article__top"><a class="article__category" href="/latvija/">Latvijā</a>
      <span class="article__date-wrap"><time datetime="2026-11-25T19:05:00+02:00">Vakar, 19:05</time> <span class="article__updated">Atjaunots: <time datetime="2026-11-26T10:30:00+02:00">šodien, 10:30</time></span></span></div>
      <h1>Valdība atbalsta skolu tīkla pārskatīšanu</h1>${story('Ministru kabinets otrdien atbalstīja kritērijus.')}${story('Pašvaldības iebilst.')}${story('Skolēni mācīsies citur.')}</article></body></html>`;
    const { article } = parseArticle(page, { from: 'html', date: '2026-11-26T18:00Z' });
    expect(article.byline?.dateline?.iso).toBe('2026-11-25T19:05+02:00');
    expect(article.byline?.updated?.iso).toBe('2026-11-26T10:30+02:00');
  });
});

describe('a credit split off its caption by a bar', () => {
  it('leaves the credit’s label out, in any language the credit rules know (Ethiopic’s colon too)', () => {
    const story = (n: number) => `<p>የአዲስ አበባ ውኃና ፍሳሽ ባለሥልጣን በከተማዋ ምዕራባዊ ክፍል የውኃ አቅርቦት ችግር ለመፍታት አዲስ የጉድጓድ ፕሮጀክት መጀመሩን አስታውቋል፡፡ ነዋሪዎች ለሳምንታት ውኃ እንዳላገኙ ተናግረዋል (${n})፡፡</p>`;
    const page = `<!doctype html><html lang="am"><head><meta charset="utf-8"><title>ውኃ</title></head><body><article><h1>በኮልፌ ቀራኒዮ የውኃ እጥረት ቀጥሏል</h1><figure><img src="x.jpg" alt=""><figcaption>በኮልፌ ቀራኒዮ ክፍለ ከተማ ነዋሪዎች ውኃ ለመቅዳት ተሰልፈው | ፎቶ፡ ናሆም ተስፋዬ</figcaption></figure>${story(1)}${story(2)}${story(3)}${story(4)}</article></body></html>`;
    const { article } = parseArticle(page, { from: 'html', file: 'page.html' });
    expect(article.lead?.credit).toBe('ናሆም ተስፋዬ');
    expect(article.lead?.caption ? inlineText(article.lead.caption) : '').toBe('በኮልፌ ቀራኒዮ ክፍለ ከተማ ነዋሪዎች ውኃ ለመቅዳት ተሰልፈው');
  });
});

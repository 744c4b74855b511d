
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPages, scoreCorpus } from '../../src/evaluate/corpus.js';
import { CHECKS, tokens } from '../../src/evaluate/shapes.js';
import { inlineText } from '../../src/tree/text.js';
import { FIXTURES, GOLDEN, ROOT, expectGolden } from '../helpers.js';

const pages = loadPages([join(ROOT, 'test', 'corpus'), FIXTURES]);
const { scored, summary } = scoreCorpus(pages);
const goldenDir = join(GOLDEN, 'corpus');

/**
 * The scores measured when these floors were last set (see the bench: npm run bench -- shapes):
 * 26 November 2026 (later), 336 pages, 92.3% of checks, 50.0% of pages fully right, body F1 0.971;
 * 26 November 2026 (evening), 408 pages (the twentieth blind set added), 92.0%, 49.0%, 0.972;
 * then 432 pages (the twenty-first), 91.8%, 48.8%, 0.972; then 456 (the twenty-second), 92.0%, 48.5%, 0.974;
 * 26 November (a new session), 480 (the twenty-third), 92.4%, 50.2%, 0.974; then 504 (the twenty-fourth), 92.6%, 50.8%, 0.974;
 * then 528 (the twenty-fifth), 92.7%, 50.6%, 0.974; then 552 (the twenty-sixth), 92.7%, 50.2%, 0.974;
 * then 576 (the twenty-seventh), 92.7%, 50.9%, 0.974;
 * 26 November (a new session), 624 (the twenty-eighth and twenty-ninth), 92.6%, 49.7%, 0.973;
 * then 648 (the thirtieth), 92.6%, 49.8%, 0.973;
 * 26 November (an evening session), 704 (the thirty-first and thirty-second, with the fixtures), 92.4%, 49.6%, 0.973.
 * 26 November (a late session), 752 (the thirty-third and thirty-fourth), 92.4%, 48.8%, 0.974;
 * then 776 (the thirty-fifth, eight pages in scripts new to the corpus), 91.9%, 47.9%, 0.972.
 * (The pages-fully-right floor went from 0.48 to 0.47 with the thirty-fifth set: its new scripts
 * are where the reader is weakest, and the set is kept as it was written.)
 * 27 November (a new session), 848 (the thirty-sixth, thirty-seventh and thirty-eighth, each kept as
 * written), 91.6%, 46.8%, 0.973. (The floors went to 0.913 and 0.46: the thirty-eighth set was added
 * after only a few fixes, and its first try, 75.6%, is what an unseen layout still gets.)
 * 27 November (another session), 896 (the thirty-ninth and fortieth), 91.8%, 47.3%, 0.973; then 920
 * (the forty-first), 91.7%, 47.0%, 0.973.
 * 27 November (a new session), 992 (the forty-second to forty-fourth, each kept as written), 91.6%, 47.5%, 0.973.
 * 27 November (a new session), 1,016 (the forty-fifth), 91.9%, 48.7%, 0.974, with the learned furniture
 * model: it is trained on these pages, so part of that is a training-set score (the floors stay; the first
 * tries and `npm run bench -- furniture-cv` measure pages the model never saw); then 1,040 (the forty-sixth,
 * first try 81.4%), 91.7%, 48.2%, 0.974.
 * 27 November (a new session), 1,064 (the forty-seventh, first try 85.3%), 91.7%, 48.0%, 0.974; then 1,088
 * (the forty-eighth, first try 87.8%), 91.7%, 47.8%, 0.974.
 * 27 November (a new session), 1,136 (the forty-ninth, first try 88.5%, and the fiftieth, first try 79.8%),
 * 91.5%, 47.3%, 0.975; then 1,160 (the fifty-first, first try 82.4%), 91.4%, 46.8%, 0.974.
 * 27 November (a new session), 1,208 (the fifty-second, first try 80.1%, and the fifty-third, 84.3%),
 * 91.5%, 46.9%, 0.974.
 */
const FLOOR = { checks: 0.913, pagesFullyRight: 0.46, meanBodyF1: 0.97 };

/**
 * Headlines the reader still misses, each for a reason it does not yet handle: the Daily Mail's
 * summary bullets, copied without bullets, sit between a 30-word headline and the byline.
 */
/**
 * Pages whose headline the reader is known to miss: the Daily Mail layout's stacked summary
 * bullets, a layout where the lead caption and the photographer's bare name sit between
 * the headline and the author's bare name (larazon), so the caption looks nearer the byline, and
 * Página/12's volanta: a label above the headline written as a phrase of nine words, so a shorter
 * line above the chosen title looks like the title over its summary (a rule that helps many more
 * pages; tried and measured: narrowing it lost three other pages' headlines), and TheJournal.ie's
 * lead caption and credit printed above the headline, right under the menu: the caption is read as
 * the headline and the headline under it as the standfirst; and Dainik Bhaskar's Hindi page (below).
 * From the thirty-fifth set, in scripts new to the corpus (Armenpress's masthead tagline, which tied
 * with the headline, is read right since the forty-seventh set: a line over four menu items is a tagline): Egemen's Kazakh skip link (`Басты бетке өту`); the date bars of
 * Lankadeepa (Sinhala) and Thmey Thmey (Khmer),
 * in forms the date reader does not know, taken for the title. From the thirty-seventh and thirty-eighth:
 * Fana's English masthead slogan over an Amharic page, Mathrubhumi's title and summary copied as one line,
 * O Povo's content-type box (`Conteúdo factual, apurado e verificado pela redação`) and Tasnim's section
 * line over the title. From the forty-second to forty-fourth (kept as written): Dinamalar's date bar (`UPDATED : நவ 25 …
 * ADDED : …`, an English label over Tamil month names) and Mehr's masthead (`خبرگزاری مهر`) taken for the title;
 * Masrawy's lead caption above a title with no full stop; Newsis's summary line under a title that ends
 * with an ellipsis-joined clause, read as the title. From the forty-fifth: a button between the dates or share
 * row and the story, nearer the story than the title above it (TASS's `Подписаться на уведомления`, Xinhua's
 * `扫一扫在手机打开当前页`; the learned furniture model scores them as chrome, but as high as short real titles too).
 * From the forty-sixth: Business Standard's byline of a name and a town with nothing between them, read as the
 * title over its date; Computer Weekly's breadcrumb step under `Home`, right above the title and its summary
 * (a penalty for a line under the home page's name was tried: no page gained); Interfax's `Интервью` tab.
 * From the forty-seventh: Donya-e-Eqtesad's upper title (`بررسی «دنیای‌اقتصاد» از …`, the paper's own review of
 * a subject) over a shorter headline, the way Persian papers set a rutitr; the upper-title rule knows only the
 * forms that name who gave the news. From the forty-eighth: Aeon's essay, whose short title stands under its
 * topic with its long summary under it and no byline near (the summary is read as the title); Toyo Keizai's
 * `ランキング` list running on through the title and summary, so the author's `著者フォロー` button is taken.
 * From the fiftieth: Fontanka's lead caption, between the rubric and the views count, over a title it outscores;
 * TV9 Bharatvarsh's last breadcrumb step (`उत्तर प्रदेश`) over the title; Republika's `Rep: … / Red: …` byline,
 * whose labels the byline rules do not know, taken for the title. From the fifty-third: the Trinidad Express's
 * title with its subtitle (another title, no full stop) under it and a blank line between: the subtitle, nearer
 * the byline, is taken. From the fifty-fifth: Ajit's "latest news" sidebar above the story, whose first linked
 * headline (with a byline and date line of the story's own form under it) is taken for the title. From the
 * fifty-seventh: THE STANDARD's Thai title and summary, neither with a stop (Thai writes none), the summary
 * nearer the byline and taken; Fararu's upper title over a longer headline, the way Persian papers set a rutitr.
 */
const KNOWN_HEADLINE_MISSES = new Set([
  'ajit-like-kapurthala-dap-shortage-wheat',
  'fararu-like-zayandeh-rud-water-release',
  'thestandard-th-like-chiangmai-pm25-burn-ban',
  'egemen-kz-like-bayanaul-night-ski',
  'lankadeepa-like-gin-river-floods',
  'thmeythmey-like-water-festival-closes',
  'dailymail-like-knutsford-garden-room-demolition',
  'larazon-es-like-asamblea-presupuestos-2026',
  'pagina12-ar-like-enfermeras-hospital-quilmes',
  'thejournal-ie-like-salmon-weir-bus-gate',
  'opovo-like-fortaleza-onibus-noturno',
  'tasnim-like-tehran-air-pollution-schools',
  'mehrnews-like-emtehan-nahaei',
  'newsis-like-simya-jayuljuhaeng',
  'tass-like-nochnye-tramvai-ekaterinburg',
  'xinhuanet-like-bingxue-zhuanlie',
  'business-standard-like-cold-chain-grant',
  'computerweekly-like-shared-erp-delay',
  'donya-e-eqtesad-like-siman-khamooshi-zemestan',
  'aeon-like-salt-marsh-memory',
  'toyokeizai-like-mujin-eki-hotel',
  'fontanka-like-tramvaynoe-koltso',
  'republika-like-banjir-rob-jakarta',
  'trinidadexpress-like-chaguaramas-boardwalk-vendors',
]);
/**
 * Pages where site furniture is known to become structure (each one listed must still fail): The
 * Irish News' second "Read more" headline, set apart by a blank line right above the story's next
 * paragraph, read as that section's heading (the rule that reads it so is right on more pages than
 * it is wrong). From the thirty-fifth set: the Egemen line above (as a headline; Armenpress's masthead over
 * its menu and Thmey Thmey's are read right since the forty-seventh set's fixes), ESPN's fantasy-rankings promo and Inside Climate News's `About This Story` box heading
 * (as sections). From the thirty-sixth to thirty-eighth: Fana, O Povo and Tasnim above, whose headline is a line of
 * furniture; a teaser title under a teaser's own label (Krone) and a related headline standing alone in the story
 * with no label (VilaWeb), as sections. (Sputnik Armenia's picture alt text and dated teaser, listed from the
 * thirty-eighth, are read right since the forty-second set's fixes.) From the forty-second
 * to forty-fourth: Mehr's masthead above (headline and author), the Ghanaian Times' site name in the byline's place,
 * FNN's `【画像】…` picture label and the Washington Examiner's related headline in capitals, as sections. From
 * the forty-fifth: the TASS and Xinhua buttons above, as headlines; from the forty-sixth, Computer Weekly's
 * breadcrumb step and Interfax's tab above, as headlines; from the forty-eighth, Toyo Keizai's follow button above.
 * From the forty-ninth and fiftieth: a related headline under its label with no other item, or standing alone
 * (Bangla Tribune's second `আরও পড়ুন:` item, Blikk's, Tiền Phong's), as sections; TV9's breadcrumb step above.
 * From the fifty-first: Daryo's `Yana o‘qing:` label with its headline on one line (a label no list knows),
 * Heimildin's `Hlusta` (Listen) button and Pressian's `결제하기` (pay) button in its donation box, as sections.
 * From the fifty-third: the Echo's `Read More` box, whose second headline stands alone after a blank line, as a section.
 * From the fifty-fifth: Ajit's sidebar headline as the title (above), Rudaw's `کۆمێنت` (comment) button as a section.
 * From the fifty-sixth: the Forverts' Yiddish newsletter box title (`בליצבריוו`) as a section.
 */
const KNOWN_FURNITURE_AS_STRUCTURE = new Set([
  'ajit-like-kapurthala-dap-shortage-wheat',
  'rudaw-like-erbil-kerosene-distribution',
  'irish-news-like-craigavon-ed-trolley-waits',
  'krone-at-like-wolf-gailtal',
  'opovo-like-fortaleza-onibus-noturno',
  'tasnim-like-tehran-air-pollution-schools',
  'vilaweb-like-barceloneta-pisos-turistics',
  'egemen-kz-like-bayanaul-night-ski',
  'espn-like-jaguars-achilles',
  'insideclimatenews-like-georgia-datacenter-aquifer',
  'mehrnews-like-emtehan-nahaei',
  'ghanaiantimes-like-ho-water-restored',
  'fnn-like-niigata-liftken-neage',
  'washingtonexaminer-like-rural-mail-delays',
  'tass-like-nochnye-tramvai-ekaterinburg',
  'xinhuanet-like-bingxue-zhuanlie',
  'computerweekly-like-shared-erp-delay',
  'toyokeizai-like-mujin-eki-hotel',
  'banglatribune-like-shiter-sobji-dam',
  'blikk-like-miskolc-panelhaz-tuz',
  'tienphong-like-lan-xe-buyt-nguyen-trai',
  'daryo-like-toshkent-elektrobuslar',
  'pressian-like-rider-shelters',
  'echolive-ie-like-blackpool-junction-closure',
  'forverts-like-buenos-aires-operetta',
]);
/**
 * Pages whose language the identifier cannot name: Vijesti's Montenegrin (`cnr`), which no identifier
 * Lectern has knows, read as Bosnian. (The Indonesian page, which eld answers as Malay, is told apart by
 * the spellings the two languages do not share; see readers/shared/language.ts.)
 */
const KNOWN_LANGUAGE_MISSES = new Set<string>(['vijesti-me-like-kolasin-1600-sezona']);

/** Every string in a tree, wherever it sits (text, captions, credits, dropped lines). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('news-text corpus', () => {
  it('spans many layouts and languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(272);
    expect(new Set(pages.map((p) => p.expected.layout)).size).toBeGreaterThanOrEqual(266);
    expect(new Set(pages.map((p) => p.expected.lang)).size).toBeGreaterThanOrEqual(20);
  });

  it('keeps its scores', () => {
    expect(summary.checksPassed / summary.checksTotal).toBeGreaterThanOrEqual(FLOOR.checks);
    expect(summary.pagesFullyRight / summary.pages).toBeGreaterThanOrEqual(FLOOR.pagesFullyRight);
    expect(summary.meanBodyF1).toBeGreaterThanOrEqual(FLOOR.meanBodyF1);
  });

  it('never makes site furniture a headline, author or section', () => {
    for (const name of KNOWN_FURNITURE_AS_STRUCTURE) expect(scored.find(({ page }) => page.name === name)?.score.furnitureAsStructure, `${name} is read right now: remove it from the list`).not.toEqual([]);
    const offenders = scored.filter(({ page }) => !KNOWN_FURNITURE_AS_STRUCTURE.has(page.name)).flatMap(({ page, score }) => score.furnitureAsStructure.map((line) => `${page.name}: ${line}`));
    expect(offenders).toEqual([]);
  });

  it('misses no headline it is not known to miss, and finds every language', () => {
    for (const name of KNOWN_HEADLINE_MISSES) expect(scored.find(({ page }) => page.name === name)?.score.checks.headline, `${name} is read right now: remove it from the list`).toBe(false);
    for (const name of KNOWN_LANGUAGE_MISSES) expect(scored.find(({ page }) => page.name === name)?.score.checks.lang, `${name}'s language is found now: remove it from the list`).toBe(false);
    const wrong = scored.filter(({ page, score }) => (!score.checks.headline && !KNOWN_HEADLINE_MISSES.has(page.name)) || (!score.checks.lang && !KNOWN_LANGUAGE_MISSES.has(page.name))).map(({ page, article }) => `${page.name}: ${inlineText(article.headline)} (${article.lang})`);
    expect(wrong).toEqual([]);
  });

  it('keeps every word: each word of the page is in the tree or in dropped', () => {
    // A credit glued to a caption (`la semana pasadaFacundo Lértora`) is two words, split where the case changes.
    const words = (text: string) => tokens(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
    for (const { page, article } of scored) {
      const kept = new Set(words(stringsOf(article).join(' ')));
      const lost = [...new Set(words(page.text))].filter((word) => !kept.has(word));
      expect(lost, page.name).toEqual([]);
    }
  });

  for (const { page, article } of scored) {
    it(`golden tree: ${page.name}`, () => {
      const actual = `${JSON.stringify(article, null, 2)}\n`;
      const path = join(goldenDir, `${page.name}.tree.json`);
      expectGolden(path, actual);
    });
  }

  it('scores each check on its own (a wrong kicker does not fail the headline)', () => {
    for (const { score } of scored) expect(Object.keys(score.checks).sort()).toEqual([...CHECKS].sort());
  });
});

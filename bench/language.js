// node bench/language.js [--modules DIR]: language identification on short news text.
//
// Scores every language identifier that can be imported (Lectern's own adapter from dist/,
// when built, and the npm candidates) on the labelled set in bench/language-samples.js:
// headlines, paragraphs, single sentences, whole articles, articles wrapped in English site
// chrome, and English sentences full of foreign names (which must stay English). Prints
// accuracy, speed, cold import time and size on disk. Then, with dist/ built, the passage
// marking (dist/tree/passage-language.js): foreign passages found inside English articles,
// short and long, and English passages wrongly marked. Only the chosen package is a dependency;
// to compare the others, install them anywhere and point --modules at that folder:
//   mkdir /tmp/lid && cd /tmp/lid && npm init -y && npm install --ignore-scripts \
//     franc@6.2.0 franc-min@6.2.0 franc-all@7.2.0 eld@2.1.0 tinyld@1.3.4 lande@1.0.10 cld3-asm@4.0.0
//   node bench/language.js --modules /tmp/lid/node_modules
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGLISH_CHROME, ENGLISH_WITH_NAMES, SAMPLES } from './language-samples.js';

const root = new URL('..', import.meta.url).pathname;
const argIndex = process.argv.indexOf('--modules');
const moduleDirs = [...(argIndex > 0 ? [process.argv[argIndex + 1]] : []), join(root, 'node_modules')];

/** ISO 639-3 → 639-1 for the codes the candidates answer with on this set (the rest stay 3 letters). */
const ISO3 = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', jpn: 'ja', pol: 'pl', tur: 'tr',
  swe: 'sv', dan: 'da', rus: 'ru', ukr: 'uk', cmn: 'zh', zho: 'zh', kor: 'ko', arb: 'ar', ara: 'ar', ell: 'el',
  ces: 'cs', ron: 'ro', nob: 'no', nno: 'nn', nor: 'no', cat: 'ca', slk: 'sk', glg: 'gl', bos: 'bs', hrv: 'hr',
  srp: 'sr', bul: 'bg', bel: 'be', mkd: 'mk', fin: 'fi', ekk: 'et', est: 'et', hun: 'hu', ind: 'id', zlm: 'ms',
  afr: 'af', isl: 'is', lit: 'lt', lvs: 'lv', slv: 'sl', heb: 'he', pes: 'fa', hin: 'hi', vie: 'vi', tgl: 'tl',
  sco: 'sco', lat: 'la', oci: 'oc', ast: 'ast', fao: 'fo', ltz: 'lb', fry: 'fy', run: 'rn', hau: 'ha', aze: 'az',
};
const iso1 = (code) => ISO3[code] ?? code;

/** Finds a package entry in the module folders; undefined when it is not installed anywhere. */
function locate(pkg, entry) {
  for (const dir of moduleDirs) {
    const path = join(dir, pkg, entry);
    if (existsSync(path)) return { path, dir: join(dir, pkg) };
  }
  return undefined;
}

function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

function diskSize(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? diskSize(path) : stat.size;
  }
  return total;
}

/** Cold import in a fresh process (and `first`, a first call, where loading is lazy), best of three, in milliseconds. */
function importTime(path, first = '') {
  const code = `const t=process.hrtime.bigint();const m=await import(${JSON.stringify(pathToFileURL(path).href)});${first};console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    best = Math.min(best, Number(result.stdout.trim()));
  }
  return best;
}

/** Each candidate: how to load it, and `detect(text) → ISO 639-1 code` ('' when it declines). */
const CANDIDATES = [
  { name: 'franc', pkg: 'franc', entry: 'index.js', deps: ['trigram-utils', 'n-gram', 'collapse-white-space'], make: (m) => (t) => iso1(m.franc(t, { minLength: 3 })) },
  { name: 'franc-min', pkg: 'franc-min', entry: 'index.js', deps: ['trigram-utils', 'n-gram', 'collapse-white-space'], make: (m) => (t) => iso1(m.franc(t, { minLength: 3 })) },
  { name: 'franc-all', pkg: 'franc-all', entry: 'index.js', deps: ['trigram-utils', 'n-gram', 'collapse-white-space'], make: (m) => (t) => iso1(m.franc(t, { minLength: 3 })) },
  { name: 'eld (extrasmall)', pkg: 'eld', entry: 'src/entries/static.extrasmall.js', make: (m) => (t) => m.eld.detect(t).language },
  { name: 'eld (small)', pkg: 'eld', entry: 'src/entries/static.small.js', make: (m) => (t) => m.eld.detect(t).language },
  { name: 'eld (medium)', pkg: 'eld', entry: 'src/entries/static.medium.js', make: (m) => (t) => m.eld.detect(t).language },
  { name: 'eld (large)', pkg: 'eld', entry: 'src/entries/static.large.js', make: (m) => (t) => m.eld.detect(t).language },
  { name: 'tinyld (light)', pkg: 'tinyld', entry: 'dist/tinyld.light.node.mjs', make: (m) => (t) => m.detect(t) },
  { name: 'tinyld', pkg: 'tinyld', entry: 'dist/tinyld.normal.node.mjs', make: (m) => (t) => m.detect(t) },
  { name: 'tinyld (heavy)', pkg: 'tinyld', entry: 'dist/tinyld.heavy.node.mjs', make: (m) => (t) => m.detect(t) },
  { name: 'lande', pkg: 'lande', entry: 'standalone/t50.js', deps: ['toygrad'], make: (m) => (t) => iso1(m.default(t)[0]?.[0] ?? '') },
  {
    name: 'cld3-asm (wasm, async load)',
    pkg: 'cld3-asm',
    entry: 'dist/cjs/index.js',
    deps: ['emscripten-wasm-loader'],
    make: async (m) => {
      const identifier = (await (m.loadModule ?? m.default.loadModule)()).create(0, 2000);
      const codes = { iw: 'he', 'zh-Hant': 'zh' };
      return (t) => {
        const found = identifier.findLanguage(t).language;
        return found === 'und' ? '' : (codes[found] ?? found);
      };
    },
  },
];

/** The first sentence of a paragraph: the length of a short quotation. */
function firstSentence(text) {
  const match = text.match(/^.+?[.!?。](?=\s|$)|^.+?[。！？]/u);
  return (match?.[0] ?? text).trim();
}

/** A whole article in one language: headlines and paragraphs as a saved page lays them out. */
function article(lang) {
  const { headlines, paragraphs } = SAMPLES[lang];
  return [headlines[0], headlines[1], ...paragraphs, headlines[2], ...paragraphs.slice().reverse(), headlines[3], headlines[4]].join('\n\n');
}

/** The same article inside English chrome: a consent banner and menus before it, share rows and prompts inside and after. */
function withChrome(lang) {
  const c = ENGLISH_CHROME;
  const { headlines, paragraphs } = SAMPLES[lang];
  return [c[23], c[16], ...c.slice(0, 8), headlines[0], c[13], c[14], paragraphs[0], c[15], c[24], paragraphs[1], c[8], c[9], c[10], c[11], c[17], paragraphs[2], c[12], ...headlines.slice(1), ...c.slice(18, 23)].join('\n\n');
}

/** Letters; a Han, kana or Hangul character counts as three (as in the adapter). */
function evidence(text) {
  return (text.match(/\p{L}/gu)?.length ?? 0) + 2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);
}

/** The longest lines of a text (by evidence; lines under 30 are menus), up to `budget`, in page order. */
export function longestLines(text, budget = 2000) {
  const all = text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i, size: evidence(line) }))
    .filter((l) => l.size > 0);
  const prose = all.filter((l) => l.size >= 30);
  const lines = (prose.length ? prose : all).sort((a, b) => b.size - a.size || a.i - b.i);
  const picked = [];
  let used = 0;
  for (const entry of lines) {
    if (used >= budget) break;
    picked.push(entry);
    used += entry.size;
  }
  return picked
    .sort((a, b) => a.i - b.i)
    .map((p) => p.line)
    .join('\n');
}

const langs = Object.keys(SAMPLES);
const core = langs.filter((l) => !['no', 'ca', 'sk'].includes(l));
const sets = {
  headline: langs.flatMap((lang) => SAMPLES[lang].headlines.map((text) => ({ lang, text }))),
  paragraph: langs.flatMap((lang) => SAMPLES[lang].paragraphs.map((text) => ({ lang, text }))),
  sentence: langs.flatMap((lang) => SAMPLES[lang].paragraphs.map((text) => ({ lang, text: firstSentence(text) }))),
  article: langs.map((lang) => ({ lang, text: article(lang).slice(0, 2000) })),
  'chrome: first 2000': core.map((lang) => ({ lang, text: withChrome(lang).slice(0, 2000) })),
  'chrome: longest lines': core.map((lang) => ({ lang, text: longestLines(withChrome(lang)) })),
  'en with names': ENGLISH_WITH_NAMES.map((text) => ({ lang: 'en', text })),
};

function score(detect, set) {
  const wrong = [];
  for (const { lang, text } of set) {
    const got = detect(text);
    if (got !== lang) wrong.push(`${lang}→${got || '?'}`);
  }
  return { correct: set.length - wrong.length, total: set.length, wrong };
}

/** Microseconds per call over the headlines and paragraphs, and MB/s on 2,000-character article samples. */
function speed(detect) {
  const short = [...sets.headline, ...sets.paragraph].map((s) => s.text);
  const long = sets.article.map((s) => s.text);
  for (const t of short) detect(t);
  let calls = 0;
  let started = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - started) < 3e8) {
    for (const t of short) detect(t);
    calls += short.length;
  }
  const perCall = Number(process.hrtime.bigint() - started) / 1e3 / calls;
  let chars = 0;
  started = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - started) < 3e8) {
    for (const t of long) {
      detect(t);
      chars += t.length;
    }
  }
  const mbs = chars / (Number(process.hrtime.bigint() - started) / 1e9) / 1e6;
  return { perCall, mbs };
}

const pct = (r) => `${((100 * r.correct) / r.total).toFixed(0)}%`;
const rows = [];
const failures = {};

const adapterPath = join(root, 'dist/readers/shared/language.js');
const runners = [];
if (existsSync(adapterPath)) {
  const adapter = () => import(pathToFileURL(adapterPath).href);
  // The adapter loads eld on first use: its load time is the import plus a first call.
  const first = "m.guessLanguage('Le conseil municipal a repoussé le vote')";
  runners.push({ name: 'lectern guessLanguage', load: async () => (await adapter()).guessLanguage, path: adapterPath, first });
  // The same identifier without the prose sample: the first 1,000 characters as they come.
  runners.push({ name: 'lectern identifyLanguage', load: async () => { const { identifyLanguage } = await adapter(); return (t) => identifyLanguage(t)?.lang ?? 'en'; }, path: adapterPath, first });
}
for (const candidate of CANDIDATES) {
  const found = locate(candidate.pkg, candidate.entry);
  if (!found) {
    console.error(`(skipped ${candidate.name}: not installed; see --modules)`);
    continue;
  }
  runners.push({
    name: `${candidate.name} ${packageVersion(found.dir)}`,
    load: async () => candidate.make(await import(pathToFileURL(found.path).href)),
    path: found.path,
    size: diskSize(found.dir) + (candidate.deps ?? []).reduce((sum, dep) => sum + (locate(dep, 'package.json') ? diskSize(locate(dep, 'package.json').dir) : 0), 0),
    data: statSync(found.path).size,
  });
}

console.log(`Language identification (node ${process.version}); ${langs.length} languages (${langs.join(' ')}), ${sets.headline.length} headlines, ${sets.paragraph.length} paragraphs`);
console.log('chrome rows: the 20 core languages wrapped in English menus and share rows; en-with-names: English that must stay English\n');
for (const runner of runners) {
  const detect = await runner.load();
  const results = Object.fromEntries(Object.entries(sets).map(([name, set]) => [name, score(detect, set)]));
  const { perCall, mbs } = speed(detect);
  rows.push([
    runner.name,
    ...Object.values(results).map(pct),
    perCall.toFixed(1),
    mbs.toFixed(1),
    importTime(runner.path, runner.first).toFixed(0),
    runner.size ? (runner.size / 1e6).toFixed(1) : '-',
  ]);
  failures[runner.name] = Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.wrong.join(' ')]));
}

const header = ['identifier', ...Object.keys(sets), 'µs/call', 'MB/s (2k)', 'load ms', 'MB on disk'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log('\nMisreadings (expected→got):');
for (const [name, byset] of Object.entries(failures)) {
  const parts = Object.entries(byset).filter(([, w]) => w);
  if (parts.length) console.log(`  ${name}: ${parts.map(([k, w]) => `[${k}] ${w}`).join('; ')}`);
}

// Passage marking: foreign passages inside English articles, and English that must stay unmarked.
const markerPath = join(root, 'dist/tree/passage-language.js');
if (existsSync(markerPath)) {
  const { markPassageLanguages, countWords } = await import(pathToFileURL(markerPath).href);
  // English prose from the fixtures: their lines of twelve words or more.
  const fixtures = join(root, 'test/fixtures');
  const english = readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('german'))
    .flatMap((name) => readFileSync(join(fixtures, name), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => (line.match(/\p{L}+/gu) ?? []).length >= 12);
  const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
  const articleOf = (texts) => ({ type: 'article', id: 'a', lang: 'en-GB', headline: [], sections: [{ type: 'section', id: 's', depth: 1, blocks: texts.map(paragraph) }], dropped: [], source: { format: 'markdown' } });
  const foreign = langs.filter((l) => l !== 'en').flatMap((lang) => [...SAMPLES[lang].paragraphs, ...SAMPLES[lang].paragraphs.map(firstSentence), ...SAMPLES[lang].headlines].map((text) => ({ lang, text })));
  const eligible = foreign.filter(({ text }) => countWords(text) >= 8);
  const marks = (article) => article.sections[0].blocks.map((b) => b.lang);

  // 1. One foreign passage in the middle of a short English article (12 paragraphs).
  let right = 0;
  let wrongLang = 0;
  let englishMarked = 0;
  for (const { lang, text } of eligible) {
    const texts = [...english.slice(0, 6), text, ...english.slice(6, 12)];
    const got = marks(markPassageLanguages(articleOf(texts)));
    if (got[6] === lang) right++;
    else if (got[6]) wrongLang++;
    englishMarked += got.filter((l, i) => l && i !== 6).length;
  }
  // 2. English sentences full of names, and every English fixture line, in short articles.
  const names = marks(markPassageLanguages(articleOf([...english.slice(0, 4), ...ENGLISH_WITH_NAMES]))).filter(Boolean).length;
  const fixtureMarks = marks(markPassageLanguages(articleOf(english))).filter(Boolean).length;
  // 3. A long article (the common-word prefilter is on): 400 English paragraphs, one foreign passage in ten.
  const long = [];
  const at = new Map();
  for (let i = 0, f = 0; i < 400; i++) {
    long.push(english[i % english.length]);
    if (i % 9 === 8 && f < eligible.length) {
      at.set(long.length, eligible[f]);
      long.push(eligible[f++].text);
    }
  }
  const longMarks = marks(markPassageLanguages(articleOf(long)));
  const longRight = [...at].filter(([i, { lang }]) => longMarks[i] === lang).length;
  const longEnglish = longMarks.filter((l, i) => l && !at.has(i)).length;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const article = articleOf(long);
    const started = process.hrtime.bigint();
    markPassageLanguages(article);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log('\nPassage marking (markPassageLanguages; passages of 8+ words):');
  console.log(`  foreign passage in a 12-paragraph English article: ${right}/${eligible.length} marked with the right language, ${wrongLang} with a wrong one, ${englishMarked} English paragraphs marked`);
  console.log(`  English with foreign names: ${names}/${ENGLISH_WITH_NAMES.length} marked; English fixture lines: ${fixtureMarks}/${english.length} marked`);
  console.log(`  long article (${long.length} paragraphs, prefilter on): ${longRight}/${at.size} foreign passages marked, ${longEnglish} English marked; ${best.toFixed(1)} ms (${Math.round(long.join(' ').split(/\s+/).length / (best / 1000)).toLocaleString('en')} words/s)`);
}

/**
 * Never overwrite silently: article ids are unique within one export run, untitled pages
 * are named after their input file, and replacing an existing output is said out loud
 * (or refused with --no-clobber).
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, isLecternError } from '../src/errors.js';
import { parseArticle, writeAtomically } from '../src/pipeline.js';
import { IdRegistry, UNTITLED_HEADLINE, articleIdSource } from '../src/tree/ids.js';
import { inlineText } from '../src/tree/text.js';
import { runCli } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'lectern-ids-'));

function input(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const titled = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
const first = input('first.md', titled('Same headline', 'The first story is about night trains crossing the Alps.'));
const second = input('second.md', titled('Same headline', 'The second story is about ferries leaving the harbour.'));

describe('article ids within one run', () => {
  it('suffixes a taken id with -2, -3 in the order the articles are read', () => {
    const runIds = new IdRegistry();
    const ids = [1, 2, 3].map(() => parseArticle(titled('Same headline', 'Body text.'), { from: 'markdown', runIds }).article.id);
    expect(ids).toEqual(['same-headline', 'same-headline-2', 'same-headline-3']);
    // Without a run registry every article is on its own, as before.
    expect(parseArticle(titled('Same headline', 'Body text.'), { from: 'markdown' }).article.id).toBe('same-headline');
  });

  it('keeps the suffixed article id unique inside the article too', () => {
    const runIds = new IdRegistry();
    parseArticle(titled('Same headline', 'Body text.'), { from: 'markdown', runIds });
    const { article } = parseArticle(`${titled('Same headline', 'Intro.')}\n## Same headline 2\n\nMore.\n`, { from: 'markdown', runIds });
    expect(article.id).toBe('same-headline-2');
    const sectionIds = article.sections.map((s) => s.id);
    expect(sectionIds).not.toContain(article.id);
    expect(sectionIds).toContain('same-headline-2-2');
  });
});

describe('untitled pages', () => {
  it('take their id from the input file name, not the shared placeholder', () => {
    const { article } = parseArticle('Just a note, with no heading at all, about tea.\n', { from: 'markdown', file: '/some/where/notes.txt' });
    // The reader's placeholder is what this rule matches; if the reader changes it, this must change too.
    expect(inlineText(article.headline)).toBe(UNTITLED_HEADLINE);
    expect(article.id).toBe('notes');
  });

  it('keep the placeholder id only when there is no file name to use', () => {
    expect(parseArticle('A note from a pipe about tea.\n', { from: 'markdown' }).article.id).toBe('untitled-article');
    expect(articleIdSource('Untitled article', 'notes.txt')).toBe('notes');
    expect(articleIdSource('Untitled article', 'field.notes.md')).toBe('field.notes');
    expect(articleIdSource('Untitled article', '---.txt')).toBe('Untitled article');
    expect(articleIdSource('Untitled article')).toBe('Untitled article');
    expect(articleIdSource('A real headline', 'notes.txt')).toBe('A real headline');
  });

  it('say the placeholder in the article’s language, and keep the same id whatever the language', () => {
    const { article } = parseArticle('Eine kurze Notiz ohne Überschrift, aus einer Pipe, über Tee.\n', { from: 'markdown', lang: 'de' });
    expect(inlineText(article.headline)).toBe('Artikel ohne Titel');
    expect(article.id).toBe('untitled-article');
    expect(inlineText(parseArticle('Une note.\n', { from: 'markdown', lang: 'fr', title: 'Un vrai titre' }).article.headline)).toBe('Un vrai titre');
  });
});

describe('lectern export with equal ids', () => {
  it('writes two distinct file sets, the second with -2, in every format', () => {
    const out = join(work, 'all-formats');
    const result = runCli(['export', first, second, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const suffixes = ['.epub', '.html', '.mp3', '.chapters.vtt', '.chapters.json', '.timings.json'];
    const expected = ['same-headline', 'same-headline-2'].flatMap((id) => suffixes.map((s) => `${id}${s}`));
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
    expect(result.stdout.trim().split('\n').sort()).toEqual(expected.map((name) => join(out, name)).sort());

    const html = (id: string) => readFileSync(join(out, `${id}.html`), 'utf8');
    expect(html('same-headline')).toContain('night trains');
    expect(html('same-headline')).not.toContain('ferries');
    expect(html('same-headline-2')).toContain('ferries');
    expect(html('same-headline-2')).not.toContain('night trains');
    expect(readFileSync(join(out, 'same-headline.epub')).equals(readFileSync(join(out, 'same-headline-2.epub')))).toBe(false);
    // The id inside the outputs is the suffixed one too.
    const chapters = (id: string) => JSON.parse(readFileSync(join(out, `${id}.chapters.json`), 'utf8')).chapters[0].id;
    expect(chapters('same-headline')).toBe('same-headline');
    expect(chapters('same-headline-2')).toBe('same-headline-2');
  });

  it('names untitled pages after their files', () => {
    const out = join(work, 'untitled');
    const notes = input('notes.md', 'Just a note, with no heading at all, about tea.\n');
    const memo = input('memo.md', 'Another note without a heading, about coffee.\n');
    const result = runCli(['export', notes, memo, '--format', 'html', '--out', out]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['memo.html', 'notes.html']);
  });
});

describe('replacing files from an earlier run', () => {
  const out = join(work, 'rerun');
  const args = ['export', first, second, '--format', 'html', '--out', out];
  const files = [join(out, 'same-headline.html'), join(out, 'same-headline-2.html')];

  it('says nothing on the first run and one line per replaced file on the next', () => {
    const fresh = runCli(args);
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).toBe('');
    const again = runCli(args);
    expect(again.status).toBe(0);
    expect(again.stderr.trim().split('\n')).toEqual(files.map((path) => `lectern: replacing ${path} (it was there before this run)`));
    expect(again.stdout.trim().split('\n')).toEqual(files);
  });

  it('still replaces the files, silently, with --quiet', () => {
    const before = files.map((path) => statSync(path).ino);
    const quiet = runCli([...args, '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('');
    // A new inode: the file was written anew and renamed into place.
    expect(files.map((path) => statSync(path).ino)).not.toEqual(before);
  });

  it('refuses to replace with --no-clobber: exit 5, the old file untouched, no temporary files', () => {
    writeFileSync(files[0] as string, 'kept by the user');
    const refused = runCli([...args, '--no-clobber']);
    expect(refused.status).toBe(EXIT_CODES.output);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`lectern: error: ${first} (html): ${files[0]} already exists; remove it, choose another --out, or leave out --no-clobber`);
    expect(refused.stderr).not.toContain('replacing');
    expect(readFileSync(files[0] as string, 'utf8')).toBe('kept by the user');
    expect(readdirSync(out).sort()).toEqual(['same-headline-2.html', 'same-headline.html']);
  });

  it('writes normally with --no-clobber when nothing is in the way', () => {
    const result = runCli(['export', first, second, '--format', 'html', '--out', join(work, 'fresh'), '--no-clobber']);
    expect(result.status).toBe(0);
    expect(readdirSync(join(work, 'fresh')).sort()).toEqual(['same-headline-2.html', 'same-headline.html']);
  });
});

describe('writeAtomically', () => {
  it('reports replaced files, and with clobber false places none of a set when one exists', async () => {
    const dir = join(work, 'atomic');
    const once = await writeAtomically(dir, [{ name: 'a.txt', data: 'one' }]);
    expect(once).toEqual({ written: [join(dir, 'a.txt')], replaced: [] });
    const twice = await writeAtomically(dir, [{ name: 'a.txt', data: 'two' }, { name: 'b.txt', data: 'new' }]);
    expect(twice).toEqual({ written: [join(dir, 'a.txt'), join(dir, 'b.txt')], replaced: [join(dir, 'a.txt')] });

    const error = await writeAtomically(dir, [{ name: 'c.txt', data: 'new' }, { name: 'a.txt', data: 'three' }], { clobber: false }).catch((e: unknown) => e);
    expect(isLecternError(error) && error.kind).toBe('output');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('two');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('never writes through a symlink planted at a guessable temporary name in a shared folder', async () => {
    const dir = join(work, 'shared');
    mkdirSync(dir, { recursive: true });
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'precious');
    // The names an earlier version used: `.NAME.PID.tmp`, for this and nearby process ids.
    for (let pid = process.pid - 5; pid <= process.pid + 5; pid++) symlinkSync(victim, join(dir, `.a.txt.${pid}.tmp`));
    await writeAtomically(dir, [{ name: 'a.txt', data: 'new' }]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') && !lstatSync(join(dir, name)).isSymbolicLink())).toEqual([]);
  });
});

describe('slugs in every script', () => {
  it('takes accents off Latin letters only, and keeps the marks that make other letters', async () => {
    const { slugify } = await import('../src/tree/ids.js');
    expect(slugify('Ça coûte cher à Zürich')).toBe('ca-coute-cher-a-zurich');
    expect(slugify('京都市バス、12系統を減便')).toBe('京都市バス-12系統を減便');
    expect(slugify('Ой, ёлки')).toBe('ой-ёлки');
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
  });
});

describe('what killed runs leave behind', () => {
  it('sweeps temporary outputs older than an hour from the output folder, and leaves fresh ones to their run', async () => {
    const dir = join(work, 'swept');
    mkdirSync(dir, { recursive: true });
    const old = join(dir, '.a.html.0123456789abcdef.tmp');
    const older = join(dir, '.a.epub.4242.tmp');
    const fresh = join(dir, '.b.html.fedcba9876543210.tmp');
    for (const path of [old, older, fresh]) writeFileSync(path, 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const path of [old, older]) utimesSync(path, twoHoursAgo, twoHoursAgo);
    await writeAtomically(dir, [{ name: 'a.html', data: 'whole' }]);
    expect(readdirSync(dir).sort()).toEqual(['.b.html.fedcba9876543210.tmp', 'a.html']);
  });
});

describe('stale work folders', () => {
  it('removes only Lectern’s own folders, only when they are older than an hour', async () => {
    const { WORK_FOLDER, sweepStale } = await import('../src/stale-files.js');
    const tmp = join(work, 'tmp');
    for (const name of ['lectern-audio-old', 'lectern-audio-new', 'other-old']) mkdirSync(join(tmp, name), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of ['lectern-audio-old', 'other-old']) utimesSync(join(tmp, name), twoHoursAgo, twoHoursAgo);
    expect(await sweepStale(tmp, WORK_FOLDER)).toBe(1);
    expect(readdirSync(tmp).sort()).toEqual(['lectern-audio-new', 'other-old']);
  });
});

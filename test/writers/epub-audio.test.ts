/**
 * The read-along EPUB (`--format epub-audio`), read back: EPUBCheck and Ace pass it clean; every
 * overlay's text points at a sentence span that exists; clips are contiguous, in order, inside
 * their audio file and sum to `media:duration`; each clip starts at the audio writer's own timing
 * for its sentence, to the sample; the highlight passes axe in light and dark and stands out in
 * forced colours; two runs give the same bytes. One book per fixture (synthesis takes seconds), shared by every test of the file.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parseBuffer } from 'music-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/tree/types.js';
import { SAMPLE_RATE } from '../../src/writers/audio/engines/types.js';
import { narrationScript } from '../../src/writers/audio/script.js';
import { ACTIVE_CLASS, PLAYING_CLASS } from '../../src/writers/epub/read-along.js';
import { forcedColoursHighlight, openEpubDocument, runAxe, withPage } from '../browser.js';
import { FIXTURE_DATE, FIXTURES as FIXTURES_PATH, fixturePath, parseFixture, runCliAsync, unzip, zipEntries } from '../helpers.js';
import { ace, epubcheck } from '../validators.js';

/** A book of one document (harbour-bridge: title page and rights), one of many chapters with a table, lists, a quote and notes, and one read by eSpeak. */
const FIXTURES = ['harbour-bridge.txt', 'night-trains.md', 'german-brucke.txt'];

interface Par {
  id: string;
  doc: string;
  begin: number;
  end: number;
  audio: string;
}
interface Overlay {
  smil: string;
  doc: string;
  audio: string;
  duration: number;
  pars: Par[];
}
interface Book {
  article: Article;
  bytes: Uint8Array;
  path: string;
  files: Map<string, Uint8Array>;
  text(name: string): string;
  overlays: Overlay[];
  total: number;
  timings: { text: string; start: number; end: number }[];
  audioDuration: number;
}

const books = new Map<string, Book>();
const again = new Map<string, Uint8Array>();

/** A SMIL clock value (`h:mm:ss.ffffff`, as written) in samples. */
function samples(clock: string): number {
  const m = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(clock);
  if (!m) throw new Error(`not a full clock value: ${clock}`);
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return Math.round(seconds * SAMPLE_RATE);
}

const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml') as unknown as Document;

/** The samples an MP3 holds, from its LAME tag: frames × 576 less the encoder's delay and padding. */
function lameSamples(mp3: Uint8Array): number {
  const data = Buffer.from(mp3);
  const xing = data.indexOf('Xing');
  const frames = data.readUInt32BE(xing + 8);
  const lame = xing + 120;
  expect(data.toString('latin1', lame, lame + 4)).toBe('LAME');
  const delay = (data[lame + 21] as number) * 16 + ((data[lame + 22] as number) >> 4);
  const padding = ((data[lame + 22] as number) & 0x0f) * 256 + (data[lame + 23] as number);
  return frames * 576 - delay - padding;
}

function readBook(files: Map<string, Uint8Array>): Pick<Book, 'overlays' | 'total' | 'text'> {
  const text = (name: string) => Buffer.from(files.get(name) ?? new Uint8Array()).toString('utf8');
  const opf = xml(text('OEBPS/content.opf'));
  const items = [...(opf.getElementsByTagName('item') as unknown as Element[])];
  const metas = [...(opf.getElementsByTagName('meta') as unknown as Element[])];
  const duration = (refines: string | null) => metas.find((m) => m.getAttribute('property') === 'media:duration' && m.getAttribute('refines') === refines)?.textContent ?? '';
  const overlays: Overlay[] = [];
  for (const item of items.filter((i) => i.getAttribute('media-type') === 'application/smil+xml')) {
    const id = item.getAttribute('id') ?? '';
    const smil = item.getAttribute('href') ?? '';
    const doc = items.find((i) => i.getAttribute('media-overlay') === id)?.getAttribute('href') ?? '';
    const parsed = xml(text(`OEBPS/${smil}`));
    const pars = [...(parsed.getElementsByTagName('par') as unknown as Element[])].map((par) => {
      const src = par.getElementsByTagName('text')[0]?.getAttribute('src') ?? '';
      const audio = par.getElementsByTagName('audio')[0] as Element;
      const [file, fragment] = src.split('#');
      return { id: fragment ?? '', doc: file ?? '', begin: samples(audio.getAttribute('clipBegin') ?? ''), end: samples(audio.getAttribute('clipEnd') ?? ''), audio: audio.getAttribute('src') ?? '' };
    });
    overlays.push({ smil, doc, audio: pars[0]?.audio ?? '', duration: samples(duration(`#${id}`)), pars });
  }
  return { overlays, total: samples(duration(null)), text };
}

/**
 * Each book comes from the command line with the audio writer's own output in the same run
 * (`--format audio,epub-audio`): one narration for both, so the overlays must agree with the
 * timings written beside the book to the sample (eSpeak's output depends on what it said before in
 * the same process: two syntheses in one run differ by a few samples). The second book is made
 * alone, in a process of its own: it must be the same bytes.
 */
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-read-along-'));
  const run = async (name: string, format: string, out: string) => {
    const result = await runCliAsync(['export', fixturePath(name), '--format', format, '--date', FIXTURE_DATE, '--out', join(dir, out)]);
    if (result.status !== 0) throw new Error(`lectern export ${name} --format ${format}: ${result.stderr}`);
    return join(dir, out);
  };
  await Promise.all(
    FIXTURES.map(async (name, i) => {
      const article = parseFixture(name);
      const [first, second] = await Promise.all([run(name, 'audio,epub-audio', `a${i}`), run(name, 'epub-audio', `b${i}`)]);
      const path = join(first, `${article.id}.read-along.epub`);
      const bytes = new Uint8Array(await readFile(path));
      again.set(name, new Uint8Array(await readFile(join(second, `${article.id}.read-along.epub`))));
      const files = await unzip(bytes);
      // The audio writer's output of the same run: what the overlays must agree with.
      const timings = JSON.parse(await readFile(join(first, `${article.id}.timings.json`), 'utf8')) as { sentences: { text: string; start: number; end: number }[]; duration: number };
      books.set(name, {
        article,
        bytes,
        path,
        files,
        ...readBook(files),
        timings: timings.sentences.map((t) => ({ text: t.text, start: Math.round(t.start * SAMPLE_RATE), end: Math.round(t.end * SAMPLE_RATE) })),
        audioDuration: Math.round(timings.duration * SAMPLE_RATE),
      });
    }),
  );
}, 300_000);

function book(name: string): Book {
  const b = books.get(name);
  if (!b) throw new Error(`no book for ${name}`);
  return b;
}

/** `s_12` → 11: the index of the sentence in the narration (and in timings.json). */
const indexOf = (id: string) => Number(id.slice(2)) - 1;

/** An element's text as the narration reads it: note references left out, white space collapsed. */
function spokenText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  // `<sup class="noteref">[<a role="doc-noteref">1</a>]</sup>`
  for (const sup of [...(clone.getElementsByTagName('sup') as unknown as Element[])]) if (sup.getAttribute('class') === 'noteref') sup.parentNode?.removeChild(sup);
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every overlay's text points at a sentence span in its own document, and every span has a par. */
function expectOverlaysResolve(b: Pick<Book, 'overlays' | 'files' | 'text'>): void {
  const spans = new Set<string>();
  for (const o of b.overlays) {
    const doc = xml(b.text(`OEBPS/${o.doc}`));
    for (const par of o.pars) {
      expect(par.doc).toBe(o.doc);
      const element = doc.getElementById(par.id);
      expect(element, `${o.doc}#${par.id}`).toBeTruthy();
    }
  }
  for (const [file] of b.files) {
    if (!file.endsWith('.xhtml')) continue;
    for (const m of b.text(file).matchAll(/id="(s_\d+)"/g)) spans.add(`${file.slice('OEBPS/'.length)}#${m[1]}`);
  }
  expect([...spans].sort()).toEqual(b.overlays.flatMap((o) => o.pars.map((p) => `${p.doc}#${p.id}`)).sort());
}

/** Clips contiguous and in order, from the start to the end of each audio file (its LAME tag's length), summing to media:duration. */
async function expectContiguousClips(b: Pick<Book, 'overlays' | 'files' | 'total'>): Promise<void> {
  let sum = 0;
  for (const o of b.overlays) {
    const mp3 = b.files.get(`OEBPS/${o.audio}`) as Uint8Array;
    const length = lameSamples(mp3);
    // An independent reader of the file agrees, to the 0.1 s the audio writer's tests allow
    // (music-metadata counts whole frames and does not take the LAME tag's delay and padding off).
    const meta = await parseBuffer(mp3, { mimeType: 'audio/mpeg' });
    expect(Math.abs((meta.format.duration ?? 0) - length / SAMPLE_RATE)).toBeLessThan(0.1);
    expect(o.duration).toBe(length);
    expect(o.pars[0]?.begin).toBe(0);
    expect(o.pars[o.pars.length - 1]?.end).toBe(length);
    let clips = 0;
    o.pars.forEach((par, i) => {
      expect(par.audio).toBe(o.audio);
      expect(par.end).toBeGreaterThan(par.begin);
      if (i > 0) expect(par.begin).toBe(o.pars[i - 1]?.end);
      if (i > 0) expect(indexOf(par.id)).toBeGreaterThan(indexOf(o.pars[i - 1]?.id ?? ''));
      clips += par.end - par.begin;
    });
    expect(clips).toBe(o.duration);
    sum += o.duration;
  }
  expect(b.total).toBe(sum);
}

describe('read-along EPUB', () => {
  for (const name of FIXTURES) {
    describe(name, () => {
      it('is byte-identical across two runs, made with the audio format or alone', () => {
        expect(Buffer.from(again.get(name) ?? new Uint8Array()).equals(Buffer.from(book(name).bytes))).toBe(true);
      });

      it('stores the audio files (MP3 is compressed already) and deflates the overlays', () => {
        const entries = zipEntries(book(name).bytes);
        const mp3 = entries.filter((e) => e.name.endsWith('.mp3'));
        expect(mp3.length).toBeGreaterThan(0);
        expect(mp3.map((e) => e.method)).toEqual(mp3.map(() => 0));
        const smil = entries.filter((e) => e.name.endsWith('.smil'));
        expect(smil.length).toBeGreaterThan(0);
        expect(smil.map((e) => e.method)).toEqual(smil.map(() => 8));
      });

      it('passes EPUBCheck with no message at all, at its usage level too', async () => {
        expect(await epubcheck(book(name).path, { usage: true })).toEqual([]);
      });

      it('passes Ace by DAISY with no violations', async () => {
        const report = await ace(book(name).path);
        expect(report.violations).toEqual([]);
        expect(report.outcome).toBe('pass');
      });

      it('declares the overlays: narrator, active classes, durations, and the synchronized audio', () => {
        const b = book(name);
        const opf = b.text('OEBPS/content.opf');
        expect(opf).toContain(`<meta property="media:active-class">${ACTIVE_CLASS}</meta>`);
        expect(opf).toContain(`<meta property="media:playback-active-class">${PLAYING_CLASS}</meta>`);
        expect(opf).toMatch(/<meta property="media:narrator">(flite|espeak)<\/meta>/);
        expect(opf).toContain('<meta property="schema:accessibilityFeature">synchronizedAudioText</meta>');
        expect(opf).toContain('<meta property="schema:accessMode">auditory</meta>');
        expect(b.overlays.length).toBeGreaterThan(0);
        for (const o of b.overlays) {
          expect(o.doc).toMatch(/\.xhtml$/);
          expect(b.files.has(`OEBPS/${o.audio}`)).toBe(true);
          expect(opf).toContain(`href="${o.audio}" media-type="audio/mpeg"`);
        }
        const css = b.text('OEBPS/style.css');
        expect(css).toContain(`.${ACTIVE_CLASS} {`);
        expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ \.-epub-media-overlay-active/);
      });

      it('points every overlay text at a sentence span in its own document, and every span has a par', () => {
        expectOverlaysResolve(book(name));
      });

      it('wraps each sentence in a bare span holding the words the narration read there', () => {
        const b = book(name);
        for (const o of b.overlays) {
          const markup = b.text(`OEBPS/${o.doc}`);
          // A span with an id and nothing else: no role, no label, nothing a screen reader announces.
          for (const m of markup.matchAll(/<span (?![^>]*class=)([^>]*id="s_\d+"[^>]*)>/g)) expect(m[1]).toMatch(/^id="s_\d+"$/);
          const doc = xml(markup);
          for (const par of o.pars) {
            const element = doc.getElementById(par.id) as unknown as Element;
            if (element.localName !== 'span' || element.getAttribute('class')) continue;
            const said = b.timings[indexOf(par.id)]?.text ?? '';
            expect(said, par.id).toContain(spokenText(element));
          }
        }
      });

      it('wraps every sentence the page shows: headline, headings, paragraphs, byline, dates, list items, notes with their numbers', () => {
        const b = book(name);
        const wrapped = new Set(b.overlays.flatMap((o) => o.pars.map((p) => p.id)));
        let k = 0;
        const missing: string[] = [];
        for (const chapter of narrationScript(b.article).chapters) {
          for (const u of chapter.utterances) {
            for (const s of u.sentences) {
              k++;
              // An ordered list's number (`2.`) is the list's marker, not text of the page.
              const shown = ['headline', 'heading', 'paragraph', 'standfirst', 'kicker', 'byline', 'date', 'note'].includes(u.kind) || (u.kind === 'item' && !/^\d+\.$/.test(s.text));
              if (shown && !wrapped.has(`s_${k}`)) missing.push(`[${u.kind}] ${s.text}`);
            }
          }
        }
        expect(missing).toEqual([]);
      });

      it('has contiguous clips in order, from the start to the end of each audio file, summing to media:duration', async () => {
        await expectContiguousClips(book(name));
      });

      it("starts each clip at the audio writer's timing for its sentence, to the sample, and keeps the sentence inside it", () => {
        const b = book(name);
        // The documents' audio files follow one another: together they are the narration, sample for sample.
        let offset = 0;
        for (const o of b.overlays) {
          o.pars.forEach((par, i) => {
            const timing = b.timings[indexOf(par.id)];
            if (!timing) throw new Error(`no timing for ${par.id}`);
            if (i > 0) expect({ id: par.id, begin: par.begin }).toEqual({ id: par.id, begin: timing.start - offset });
            else expect(par.begin).toBeLessThanOrEqual(timing.start - offset);
            expect(par.end).toBeGreaterThanOrEqual(timing.end - offset);
          });
          offset += o.duration;
        }
        expect(offset).toBe(b.audioDuration);
      });

      it('shows the sentence being read in forced colours: the system highlight, unlike the text around it', async () => {
        const b = book(name);
        const checked: string[] = [];
        for (const o of b.overlays) {
          if (!/<p[^>]*>\s*<span id="s_\d+">/.test(b.text(`OEBPS/${o.doc}`))) continue;
          await withPage(openEpubDocument(b.files, `OEBPS/${o.doc}`), async (open) => {
            const seen = await forcedColoursHighlight(open.page, ACTIVE_CLASS);
            expect(seen.forced).toBe(true);
            expect(seen.active.background, o.doc).not.toBe(seen.around.background);
            expect(seen.active.color, o.doc).not.toBe(seen.around.color);
            expect(seen.active.color, o.doc).not.toBe(seen.active.background);
            expect(open.events).toEqual([]);
          });
          checked.push(o.doc);
        }
        expect(checked.length).toBeGreaterThan(0);
      });

      it('highlights the active sentence legibly in light and dark (axe, every sentence marked active)', async () => {
        const b = book(name);
        for (const o of b.overlays) {
          for (const colorScheme of ['light', 'dark'] as const) {
            await withPage(openEpubDocument(b.files, `OEBPS/${o.doc}`, { colorScheme }), async (open) => {
              const styled = await open.page.evaluate(
                ([active, playing]) => {
                  document.documentElement.classList.add(playing as string);
                  const spans = [...document.querySelectorAll('[id^="s_"]')];
                  for (const s of spans) s.classList.add(active as string);
                  const first = spans[0];
                  return first ? getComputedStyle(first).backgroundColor : '';
                },
                [ACTIVE_CLASS, PLAYING_CLASS],
              );
              expect(styled).toBe(colorScheme === 'light' ? 'rgb(255, 243, 168)' : 'rgb(90, 71, 0)');
              expect({ doc: o.doc, colorScheme, violations: await runAxe(open.page) }).toEqual({ doc: o.doc, colorScheme, violations: [] });
              expect(open.events).toEqual([]);
            });
          }
        }
      });
    });
  }
});

/**
 * Every other fixture's read-along book, narrated by eSpeak (the fastest engine: the voice changes
 * nothing the checks look at): valid for EPUBCheck and Ace, and its overlays consistent. The books
 * above get the full checks; these make sure no input shape (notes, tables, hostile markup, an
 * untitled opening, a French article) gives a book a reading system would refuse.
 */
const OTHER_FIXTURES = readdirSync(FIXTURES_PATH)
  .filter((f) => /\.(?:txt|md|html)$/.test(f) && !FIXTURES.includes(f))
  .sort();

describe('read-along EPUB of every other fixture (eSpeak)', () => {
  const others = new Map<string, Pick<Book, 'path' | 'files' | 'overlays' | 'total' | 'text'>>();
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lectern-read-along-all-'));
    // Two at a time: each run synthesizes a whole article.
    for (let i = 0; i < OTHER_FIXTURES.length; i += 2) {
      await Promise.all(
        OTHER_FIXTURES.slice(i, i + 2).map(async (name) => {
          const out = join(dir, name);
          const result = await runCliAsync(['export', fixturePath(name), '--format', 'epub-audio', '--engine', 'espeak', '--date', FIXTURE_DATE, '--out', out]);
          if (result.status !== 0) throw new Error(`lectern export ${name} --format epub-audio: ${result.stderr}`);
          const path = join(out, `${parseFixture(name).id}.read-along.epub`);
          const files = await unzip(new Uint8Array(await readFile(path)));
          others.set(name, { path, files, ...readBook(files) });
        }),
      );
    }
  }, 600_000);
  const other = (name: string) => {
    const b = others.get(name);
    if (!b) throw new Error(`no book for ${name}`);
    return b;
  };

  for (const name of OTHER_FIXTURES) {
    describe(name, () => {
      it('passes EPUBCheck with no message at all, and Ace by DAISY with no violations', async () => {
        expect(await epubcheck(other(name).path, { usage: true })).toEqual([]);
        const report = await ace(other(name).path);
        expect(report.violations).toEqual([]);
        expect(report.outcome).toBe('pass');
      });

      it('points every overlay text at a sentence span, and has contiguous clips summing to media:duration', async () => {
        expect(other(name).overlays.length).toBeGreaterThan(0);
        expectOverlaysResolve(other(name));
        await expectContiguousClips(other(name));
      });
    });
  }
});

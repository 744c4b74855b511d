/**
 * The HTML read-along page (`export --format html,audio --with-audio`), in Chromium, served with
 * the audio beside it: it loads under its own policy with no violation and no console error; the
 * sentence whose start `currentTime` is set to, and only it, is highlighted; a chapter link seeks
 * to the chapter's start (mouse and keyboard); a click on a sentence plays from it; by keyboard
 * alone, a chapter's "Play from here" plays, pauses and goes on; axe finds nothing with script (a
 * sentence active, light and dark) nor with script off; two runs give the same bytes; the one-file
 * page (`--embed-audio`) does the same under its own policy. Two short fixtures, each narrated for
 * the whole file.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/errors.js';
import { ACTIVE_CLASS, AUDIO_ID, PLAY_CLASS, READ_ALONG_SCRIPT_HASH, TIMINGS_ID } from '../../src/writers/html/read-along.js';
import { forcedColoursHighlight, openServed, runAxe, withPage } from '../browser.js';
import { FIXTURE_DATE, fixturePath, parseFixture, runCli, runCliAsync } from '../helpers.js';

const FIXTURE = 'broadcaster-flood.txt';
const article = parseFixture(FIXTURE);
const PAGE = `${article.id}.html`;

let files = new Map<string, Uint8Array | string>();
let html = '';
let again = '';
/** A page whose chapters have headings (footnotes.md), for the keyboard's buttons after them. */
const HEADED = parseFixture('footnotes.md');
let headedFiles = new Map<string, Uint8Array | string>();
/** `--embed-audio` (html only): the one file, twice. */
let embedded = '';
let embeddedAgain = '';
/** The embedded sentence start times, and each chapter link's target and start. */
let sentences: [string, number][] = [];
let chapters: { href: string; start: number }[] = [];

async function exportWithAudio(out: string, flags = ['--format', 'html,audio', '--with-audio'], fixture = FIXTURE): Promise<Map<string, Uint8Array>> {
  const result = await runCliAsync(['export', fixturePath(fixture), ...flags, '--date', FIXTURE_DATE, '--out', out]);
  if (result.status !== 0) throw new Error(`lectern export ${flags.join(' ')}: ${result.stderr}`);
  const written = new Map<string, Uint8Array>();
  for (const name of await readdir(out)) written.set(name, await readFile(join(out, name)));
  return written;
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-html-read-along-'));
  const embed = ['--format', 'html', '--embed-audio'];
  const [first, second, third, fourth, fifth] = await Promise.all([
    exportWithAudio(join(dir, 'a')),
    exportWithAudio(join(dir, 'b')),
    exportWithAudio(join(dir, 'c'), embed),
    exportWithAudio(join(dir, 'd'), embed),
    exportWithAudio(join(dir, 'e'), ['--format', 'html,audio', '--with-audio'], 'footnotes.md'),
  ]);
  headedFiles = fifth;
  files = first;
  html = Buffer.from(first.get(PAGE) as Uint8Array).toString('utf8');
  again = Buffer.from(second.get(PAGE) as Uint8Array).toString('utf8');
  expect([...third.keys(), ...fourth.keys()]).toEqual([PAGE, PAGE]);
  embedded = Buffer.from(third.get(PAGE) as Uint8Array).toString('utf8');
  embeddedAgain = Buffer.from(fourth.get(PAGE) as Uint8Array).toString('utf8');
  sentences = JSON.parse(new RegExp(`<script type="application/json" id="${TIMINGS_ID}">([^<]*)</script>`).exec(html)?.[1] ?? '[]');
  chapters = [...html.matchAll(/<a href="(#[^"]+)" data-start="([\d.]+)">/g)].map((m) => ({ href: m[1] as string, start: Number(m[2]) }));
});

/** Waits until the audio's metadata is loaded (its duration known): seeking is then exact. */
async function metadataLoaded(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const audio = document.getElementById(id) as HTMLAudioElement;
        if (audio.readyState >= 1) return resolve(audio.duration);
        audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true });
        audio.addEventListener('error', () => reject(new Error(`audio error ${audio.error?.code}`)), { once: true });
      }),
    AUDIO_ID,
  );
}

describe('the HTML read-along page', () => {
  it('writes the page, the audio and its chapters beside it, and two runs give the same page', () => {
    expect([...files.keys()].sort()).toEqual([`${article.id}.chapters.json`, `${article.id}.chapters.vtt`, PAGE, `${article.id}.mp3`, `${article.id}.timings.json`].sort());
    expect(again).toBe(html);
    expect(html).toContain(`<audio id="${AUDIO_ID}" controls preload="metadata" src="${article.id}.mp3"`);
    expect(html).toContain(`<track kind="chapters" src="${article.id}.chapters.vtt" srclang="en" label="Chapters">`);
    // After the headline block, before the lead picture.
    expect(html.indexOf('<div class="listen"')).toBeGreaterThan(html.indexOf('<p class="byline">'));
    expect(html.indexOf('<div class="listen"')).toBeLessThan(html.indexOf(`<figure id="${article.lead?.id}">`));
    // One script allowed, by its hash; media from beside the page; nothing else.
    expect(html).toContain(`script-src &#39;sha256-${READ_ALONG_SCRIPT_HASH}&#39;`);
    expect(html).toContain('media-src &#39;self&#39;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(sentences.length).toBeGreaterThan(3);
    expect(chapters.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses --with-audio without both the html and audio formats', () => {
    const result = runCli(['export', fixturePath(FIXTURE), '--format', 'html', '--with-audio', '--out', join(tmpdir(), 'lectern-never-written')]);
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stderr).toContain('--with-audio needs the html and audio formats');
  });

  it('plays under its own Content-Security-Policy: the script runs, the audio and its chapter track load, nothing is refused or logged', async () => {
    await withPage(openServed(files, PAGE, { enforceCsp: true }), async (open) => {
      const duration = await metadataLoaded(open.page);
      expect(duration).toBeGreaterThan(sentences.at(-1)?.[1] ?? 0);
      const state = await open.page.evaluate(async (id) => {
        const audio = document.getElementById(id) as HTMLAudioElement;
        const track = audio.textTracks[0] as TextTrack;
        track.mode = 'hidden';
        // The chapter cues load once the track is in use.
        for (let i = 0; i < 50 && !track.cues?.length; i++) await new Promise((r) => setTimeout(r, 50));
        return { scripted: document.documentElement.classList.contains('read-along'), cues: track.cues?.length ?? 0 };
      }, AUDIO_ID);
      expect(state).toEqual({ scripted: true, cues: chapters.length });
      expect(open.events).toEqual([]);
    });
  });

  it('highlights the sentence currentTime is set to, and only it, after a timeupdate', async () => {
    await withPage(openServed(files, PAGE, { enforceCsp: true }), async (open) => {
      await metadataLoaded(open.page);
      const seen = await open.page.evaluate(
        ({ id, active, list }) => {
          const audio = document.getElementById(id) as HTMLAudioElement;
          return list.map(([, start]) => {
            audio.currentTime = start;
            audio.dispatchEvent(new Event('timeupdate'));
            return [...document.querySelectorAll(`.${active}`)].map((e) => e.id);
          });
        },
        { id: AUDIO_ID, active: ACTIVE_CLASS, list: sentences },
      );
      expect(seen).toEqual(sentences.map(([id]) => [id]));
      // Every embedded sentence is on the page, once.
      const present = await open.page.evaluate((ids) => ids.map((id) => document.querySelectorAll(`[id="${id}"]`).length), sentences.map(([id]) => id));
      expect(present).toEqual(sentences.map(() => 1));
      expect(open.events).toEqual([]);
    });
  });

  it('seeks to a chapter’s start when its link is followed, by mouse and by keyboard, and still goes to the chapter', async () => {
    await withPage(openServed(files, PAGE, { enforceCsp: true }), async (open) => {
      await metadataLoaded(open.page);
      const currentTime = () => open.page.evaluate((id) => (document.getElementById(id) as HTMLAudioElement).currentTime, AUDIO_ID);
      for (const { href, start } of [...chapters].reverse()) {
        await open.page.click(`.chapters a[href="${href}"]`);
        expect(await currentTime()).toBeCloseTo(start, 3);
        expect(await open.page.evaluate(() => location.hash)).toBe(href);
      }
      for (const { href, start } of chapters) {
        await open.page.focus(`.chapters a[href="${href}"]`);
        await open.page.keyboard.press('Enter');
        expect(await currentTime()).toBeCloseTo(start, 3);
      }
      expect(open.events).toEqual([]);
    });
  });

  it('plays from a sentence that is clicked, and highlights it', async () => {
    await withPage(openServed(files, PAGE, { enforceCsp: true }), async (open) => {
      await metadataLoaded(open.page);
      const [id, start] = sentences.at(-1) as [string, number];
      await open.page.click(`[id="${id}"]`);
      const state = await open.page.evaluate(
        ({ audioId, active }) => ({
          time: (document.getElementById(audioId) as HTMLAudioElement).currentTime,
          active: [...document.querySelectorAll(`.${active}`)].map((e) => e.id),
        }),
        { audioId: AUDIO_ID, active: ACTIVE_CLASS },
      );
      expect(state.time).toBeGreaterThanOrEqual(start - 0.01);
      expect(state.time).toBeLessThan(start + 1);
      expect(state.active).toEqual([id]);
      expect(open.events).toEqual([]);
    });
  });

  it('has no axe violations with script, in light and dark, with a sentence active and with every sentence highlighted', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(openServed(files, PAGE, { enforceCsp: true, colorScheme }), async (open) => {
        await metadataLoaded(open.page);
        await open.page.evaluate(
          ({ id, start }) => {
            const audio = document.getElementById(id) as HTMLAudioElement;
            audio.currentTime = start;
            audio.dispatchEvent(new Event('timeupdate'));
          },
          { id: AUDIO_ID, start: sentences[1]?.[1] ?? 0 },
        );
        expect({ colorScheme, violations: await runAxe(open.page) }).toEqual({ colorScheme, violations: [] });
        // The highlight's contrast on every sentence: the byline, the caption, the paragraphs.
        await open.page.evaluate(({ ids, active }) => {
          for (const id of ids) document.getElementById(id)?.classList.add(active);
        }, { ids: sentences.map(([id]) => id), active: ACTIVE_CLASS });
        expect({ colorScheme, all: true, violations: await runAxe(open.page) }).toEqual({ colorScheme, all: true, violations: [] });
        expect(open.events).toEqual([]);
      });
    }
  });

  it('shows the sentence being read in forced colours: the system highlight, unlike the text around it', async () => {
    await withPage(openServed(files, PAGE, { enforceCsp: true }), async (open) => {
      const seen = await forcedColoursHighlight(open.page, ACTIVE_CLASS);
      expect(seen.forced).toBe(true);
      expect(seen.active.background).not.toBe(seen.around.background);
      expect(seen.active.color).not.toBe(seen.around.color);
      expect(seen.active.color).not.toBe(seen.active.background);
      expect(open.events).toEqual([]);
    });
  });

  it('works with script off: the player, its chapter track and the chapter links are there, axe finds nothing', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(openServed(files, PAGE, { scriptOff: true, colorScheme }), async (open) => {
        const links = await open.page.$$eval('.chapters a', (as) => as.map((a) => a.getAttribute('href')));
        expect(links).toEqual(chapters.map((c) => c.href));
        expect(await open.page.$$eval('audio[controls] > track[kind="chapters"]', (t) => t.length)).toBe(1);
        // A chapter link goes to its chapter with no script.
        const last = chapters.at(-1) as { href: string };
        await open.page.click(`.chapters a[href="${last.href}"]`);
        expect(await open.page.evaluate(() => location.hash)).toBe(last.href);
        expect(await open.page.evaluate(() => document.documentElement.classList.contains('read-along'))).toBe(false);
        expect({ colorScheme, violations: await runAxe(open.page) }).toEqual({ colorScheme, violations: [] });
      });
    }
  });
});

/** The chapter links of a page: each link's target and the chapter's start. */
const chapterLinks = (page: string) => [...page.matchAll(/<a href="(#[^"]+)" data-start="([\d.]+)">/g)].map((m) => ({ href: m[1] as string, start: Number(m[2]) }));

/** Presses Tab until `selector` has the focus (at most `limit` times); says whether it got there. */
async function tabTo(page: import('playwright-core').Page, selector: string, limit = 40): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** The audio's state, and the focused element's class, text, start and description. */
function playerState(page: import('playwright-core').Page) {
  return page.evaluate((id) => {
    const audio = document.getElementById(id) as HTMLAudioElement;
    const focused = document.activeElement as HTMLElement;
    const described = document.getElementById(focused.getAttribute('aria-describedby') ?? '');
    return { paused: audio.paused, time: audio.currentTime, focused: { className: focused.className, text: focused.textContent, start: Number(focused.dataset.start), describedBy: described?.textContent ?? null } };
  }, AUDIO_ID);
}

/** Waits until the audio has played on past `seconds`. */
function playedPast(page: import('playwright-core').Page, seconds: number) {
  return page.evaluate(
    ({ id, past }) =>
      new Promise<number>((resolve) => {
        const audio = document.getElementById(id) as HTMLAudioElement;
        const check = () => (!audio.paused && audio.currentTime > past ? resolve(audio.currentTime) : setTimeout(check, 50));
        check();
      }),
    { id: AUDIO_ID, past: seconds },
  );
}

describe('the HTML read-along page by keyboard', () => {
  for (const [name, id] of [
    ['a page with headed chapters', HEADED.id],
    ['a page whose one section has no heading', article.id],
  ] as const) {
    it(`puts one “Play from here” button at the start of each section’s chapter, reached by Tab after its chapter link, that plays, pauses and goes on: ${name}`, async () => {
      const served = id === HEADED.id ? headedFiles : files;
      const page = Buffer.from(served.get(`${id}.html`) as Uint8Array).toString('utf8');
      const links = chapterLinks(page).filter((c) => !c.href.startsWith('#s_'));
      expect(links.length).toBeGreaterThan(0);
      await withPage(openServed(served, `${id}.html`, { enforceCsp: true }), async (open) => {
        await metadataLoaded(open.page);
        const buttons = await open.page.$$eval(`button.${PLAY_CLASS}`, (bs) => bs.map((b) => ({ start: Number((b as HTMLElement).dataset.start), section: b.closest('section, div.section')?.id, text: b.textContent })));
        expect(buttons).toEqual(links.map((l) => ({ start: l.start, section: l.href.slice(1), text: 'Play from here' })));
        // The last chapter: Tab to its link, Enter (seeks, goes to the chapter), Tab (its button), Space (plays).
        const { href, start } = links.at(-1) as { href: string; start: number };
        expect(await tabTo(open.page, `.chapters a[href="${href}"]`)).toBe(true);
        await open.page.keyboard.press('Enter');
        expect(await open.page.evaluate(() => location.hash)).toBe(href);
        await open.page.keyboard.press('Tab');
        const reached = await playerState(open.page);
        expect(reached.focused).toMatchObject({ className: PLAY_CLASS, text: 'Play from here', start });
        if (id === HEADED.id) expect(reached.focused.describedBy).toBe(await open.page.$eval(`${href} > h2`, (h) => h.textContent));
        await open.page.keyboard.press('Space');
        await playedPast(open.page, start + 0.3);
        const playing = await playerState(open.page);
        expect(playing.time).toBeLessThan(start + 3);
        // While it plays, the button pauses (and says so); every button does.
        expect(await open.page.$$eval(`button.${PLAY_CLASS}`, (bs) => bs.map((b) => b.textContent))).toEqual(buttons.map(() => 'Pause'));
        await open.page.keyboard.press('Enter');
        const paused = await playerState(open.page);
        expect(paused).toMatchObject({ paused: true, focused: { text: 'Play from here' } });
        // Paused inside its chapter, the button goes on from there, not from the chapter's start.
        expect(paused.time).toBeGreaterThan(start + 0.3);
        await open.page.keyboard.press('Enter');
        expect((await playerState(open.page)).time).toBeGreaterThanOrEqual(paused.time - 0.01);
        await playedPast(open.page, paused.time + 0.1);
        expect((await playerState(open.page)).time).toBeLessThan(paused.time + 3);
        await open.page.keyboard.press('Enter');
        expect((await playerState(open.page)).paused).toBe(true);
        expect(await runAxe(open.page)).toEqual([]);
        expect(open.events).toEqual([]);
      });
    });
  }

  it('has no buttons with script off', async () => {
    await withPage(openServed(headedFiles, `${HEADED.id}.html`, { scriptOff: true }), async (open) => {
      expect(await open.page.$$eval('button', (bs) => bs.length)).toBe(0);
    });
  });
});

/** The page's Content-Security-Policy, directive by directive. */
const policy = (page: string) => (/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '').replaceAll('&#39;', "'").split('; ');

describe('the HTML read-along page with --embed-audio', () => {
  it('is one file holding the MP3 and the chapter track as data: URIs, the same narration as beside the page, byte-identical across runs', () => {
    expect(embeddedAgain).toBe(embedded);
    const mp3 = /<audio [^>]*src="data:audio\/mpeg;base64,([^"]+)"/.exec(embedded)?.[1];
    const vtt = /<track kind="chapters" src="data:text\/vtt;base64,([^"]+)"/.exec(embedded)?.[1];
    expect(Buffer.from(mp3 ?? '', 'base64').equals(Buffer.from(files.get(`${article.id}.mp3`) as Uint8Array))).toBe(true);
    expect(Buffer.from(vtt ?? '', 'base64').equals(Buffer.from(files.get(`${article.id}.chapters.vtt`) as Uint8Array))).toBe(true);
    // Nothing names a file beside the page.
    expect(embedded).not.toContain(`${article.id}.mp3`);
    expect(embedded).not.toContain('.chapters.vtt');
    // The policy is the read-along page's, with media from data: URIs instead of from beside the page; nothing else changes.
    expect(policy(embedded)).toEqual(policy(html).map((d) => (d === "media-src 'self'" ? 'media-src data:' : d)));
  });

  it('refuses --embed-audio without the html format', () => {
    const result = runCli(['export', fixturePath(FIXTURE), '--format', 'audio', '--embed-audio', '--out', join(tmpdir(), 'lectern-never-written')]);
    expect(result.status).toBe(EXIT_CODES.usage);
    expect(result.stderr).toContain('--embed-audio needs the html format');
  });

  it('when the narration fails: with the audio format, the page is written without its player and a warning; with the page alone, the page fails', async () => {
    const failing = ['--engine', 'command', '--engine-command', 'false {out}'];
    const dir = await mkdtemp(join(tmpdir(), 'lectern-read-along-failing-'));
    const beside = runCli(['export', fixturePath(FIXTURE), '--format', 'html,audio', '--with-audio', ...failing, '--out', join(dir, 'a')]);
    expect(beside.status).toBe(EXIT_CODES.engine);
    expect(beside.stderr).toContain('the HTML page has no audio player: the audio was not written');
    expect(await readdir(join(dir, 'a'))).toEqual([PAGE]);
    expect(await readFile(join(dir, 'a', PAGE), 'utf8')).not.toContain('<audio');
    const inside = runCli(['export', fixturePath(FIXTURE), '--format', 'html', '--embed-audio', ...failing, '--out', join(dir, 'b')]);
    expect(inside.status).toBe(EXIT_CODES.engine);
    expect(inside.stderr).toMatch(/\(html\): engine command failed/);
    expect(inside.stdout).toBe('');
  });

  it('plays, seeks and loads its chapter track under its own policy, with nothing fetched, refused or logged', async () => {
    await withPage(openServed(new Map([[PAGE, embedded]]), PAGE, { enforceCsp: true }), async (open) => {
      const duration = await metadataLoaded(open.page);
      expect(duration).toBeGreaterThan(sentences.at(-1)?.[1] ?? 0);
      const cues = await open.page.evaluate(async (id) => {
        const track = (document.getElementById(id) as HTMLAudioElement).textTracks[0] as TextTrack;
        track.mode = 'hidden';
        for (let i = 0; i < 50 && !track.cues?.length; i++) await new Promise((r) => setTimeout(r, 50));
        return [...(track.cues ?? [])].map((c) => Math.round(c.startTime * 1000) / 1000);
      }, AUDIO_ID);
      expect(cues).toEqual(chapters.map((c) => c.start));
      // A chapter link seeks; a clicked sentence plays from its start and the audio runs on.
      const last = chapters.at(-1) as { href: string; start: number };
      await open.page.click(`.chapters a[href="${last.href}"]`);
      expect(await open.page.evaluate((id) => (document.getElementById(id) as HTMLAudioElement).currentTime, AUDIO_ID)).toBeCloseTo(last.start, 3);
      const [id, start] = sentences[2] as [string, number];
      await open.page.click(`[id="${id}"]`);
      const played = await open.page.evaluate(
        ({ audioId, from }) =>
          new Promise<number>((resolve) => {
            const audio = document.getElementById(audioId) as HTMLAudioElement;
            const check = () => (audio.currentTime > from + 0.3 ? resolve(audio.currentTime) : setTimeout(check, 50));
            check();
          }),
        { audioId: AUDIO_ID, from: start },
      );
      expect(played).toBeGreaterThan(start + 0.3);
      expect(await open.page.$$eval(`.${ACTIVE_CLASS}`, (els) => els.length)).toBe(1);
      expect(open.events).toEqual([]);
    });
  });
});

/**
 * The HTML read-along page (`export --format html,audio --with-audio`): the page of today with
 * the narration next to it. A native `<audio controls>` (the MP3 the audio writer wrote beside
 * the page, or, with `--embed-audio`, the same MP3 inside it as a `data:` URI) with its WebVTT
 * chapter track (beside it or inside it likewise), and a chapter list of plain links to the chapters,
 * placed after the headline block (before the lead picture): without script the page reads, plays
 * and navigates as any page.
 *
 * With script, one small inline script (allowed by its hash in the page's policy, like the style
 * sheet) highlights the sentence being read, seeks the audio when a chapter link is followed, and
 * plays from a sentence that is clicked; its buttons give the keyboard the same (see the
 * script's comment). The sentences are the narration's (the same ids and
 * spans as the read-along EPUB, see narrated-sentences.ts), their start times the audio writer's
 * timings.json, embedded as a JSON data block.
 */
import { createHash } from 'node:crypto';
import type { LanguageRecord } from '../../lang/index.js';
import type { ChunkPlan } from '../../tree/chunks.js';
import type { Article } from '../../tree/types.js';
import { narrationBytes, narrationText } from '../audio/shared.js';
import type { OutputFile, WriterOptions } from '../types.js';
import { escapeHtml } from './escape.js';
import { type NarratedSentences, narratedSentences } from './narrated-sentences.js';

/** What the HTML writer is given of the audio writer's output: timings.json and chapters.json, as written. */
export interface PageNarration {
  timings: string;
  chapters: string;
  /** `--embed-audio`: the MP3 and the chapter track, put inside the page as `data:` URIs instead of named beside it. */
  embedded?: { mp3: Uint8Array; vtt: string };
}

/** The page's narration out of the run's one narration (audio/shared.ts); `embed` also takes the MP3 and its chapter track. */
export async function pageNarration(files: OutputFile[], embed: boolean): Promise<PageNarration> {
  const narration = { timings: await narrationText(files, '.timings.json'), chapters: await narrationText(files, '.chapters.json') };
  if (!embed) return narration;
  return { ...narration, embedded: { mp3: await narrationBytes(files, '.mp3'), vtt: await narrationText(files, '.chapters.vtt') } };
}

/** The class on the sentence being read. */
export const ACTIVE_CLASS = 'read-along-active';
/** The class of the buttons the script puts after the chapters' headings. */
export const PLAY_CLASS = 'play-here';

/** Ids of the player's parts: tree ids are slugs (no `_`), so these never clash with them. */
export const AUDIO_ID = 'ra_audio';
export const TIMINGS_ID = 'ra_timings';

/**
 * The highlight takes the read-along EPUB's colours: black on pale yellow (18:1), white on dark
 * amber in dark mode (9:1), the system's highlight colours in forced-colours mode.
 */
export const READ_ALONG_CSS = `
.listen { margin: 1.5rem 0; }
.listen-title { font-weight: 700; margin-bottom: 0.5rem; }
.listen audio { display: block; width: 100%; }
.chapters { margin-top: 0.75rem; }
.chapters ol { margin: 0; padding-inline-start: 1.25rem; }
.chapters li { margin: 0.35rem 0; }
.chapters a { display: inline-block; padding: 0.15rem 0; min-height: 1.5rem; }
.chapter-time { color: var(--muted); font-variant-numeric: tabular-nums; }
.read-along [id^="s_"] { cursor: pointer; }
.${PLAY_CLASS} { display: block; margin: -0.25rem 0 0.75rem; min-height: 2rem; padding: 0.25rem 0.75rem; font: inherit; font-size: 0.95em; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 0.3rem; cursor: pointer; }
.${PLAY_CLASS}:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.${ACTIVE_CLASS} { background-color: #fff3a8; color: #000; border-radius: 0.15em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.${ACTIVE_CLASS} a { color: inherit; text-decoration: underline; }
@media (prefers-color-scheme: dark) { .${ACTIVE_CLASS} { background-color: #5a4700; color: #fff; } }
@media (forced-colors: active) { .${ACTIVE_CLASS} { background-color: Highlight; color: HighlightText; forced-color-adjust: none; } .${PLAY_CLASS}:focus-visible { outline-color: Highlight; } }
@media print { .listen, .${PLAY_CLASS} { display: none; } }`;

/**
 * The one script: on `timeupdate` (and after a seek) the last sentence that has started carries
 * the active class; a chapter link also seeks to the chapter's start; a click on a sentence (not
 * on a link in it) plays from there. Its text is fixed: the policy allows it by this hash.
 *
 * For the keyboard and screen readers, a click on a sentence is no way in (a tab stop per sentence
 * would be hundreds), so the script puts one button at the start of each section's chapter (after
 * its heading, described by it): "Play from here" plays from the chapter's start (or, paused inside that chapter, goes on
 * from where it stopped); while the narration plays, every such button reads "Pause" and pauses it,
 * so the nearest heading is never far from a way to stop the voice. Following a chapter link moves
 * the keyboard's starting point to the chapter, so Tab then lands on its button. With script off
 * there are no buttons: nothing is shown that could not work.
 */
export const READ_ALONG_SCRIPT = `
document.addEventListener('DOMContentLoaded', () => {
  const audio = document.getElementById('${AUDIO_ID}');
  const sentences = JSON.parse(document.getElementById('${TIMINGS_ID}').textContent);
  const starts = new Map(sentences);
  let current = null;
  const show = () => {
    // The last sentence that has started (a hundredth of a second early: a seek may land just short of it).
    const time = audio.currentTime + 0.01;
    let low = 0;
    let high = sentences.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sentences[middle][1] <= time) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const next = found < 0 ? null : document.getElementById(sentences[found][0]);
    if (next === current) return;
    current?.classList.remove('${ACTIVE_CLASS}');
    next?.classList.add('${ACTIVE_CLASS}');
    current = next;
  };
  const playFrom = (seconds) => {
    audio.currentTime = seconds;
    show();
    audio.play().catch(() => {});
  };
  const listen = audio.closest('.listen');
  const buttons = [];
  const links = [...document.querySelectorAll('.chapters a[data-start]')];
  links.forEach((link, i) => {
    // A section's chapter (the opening's player is right above it; the closing has no section).
    const section = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!section?.matches('section, div.section')) return;
    const heading = document.getElementById(section.getAttribute('aria-labelledby') || '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = '${PLAY_CLASS}';
    button.dataset.start = link.dataset.start;
    button.dataset.end = links[i + 1]?.dataset.start ?? '';
    if (heading) {
      button.setAttribute('aria-describedby', heading.id);
      heading.after(button);
    } else section.prepend(button);
    buttons.push(button);
  });
  const label = () => {
    for (const button of buttons) button.textContent = audio.paused ? listen.dataset.play : listen.dataset.pause;
  };
  label();
  audio.addEventListener('play', label);
  audio.addEventListener('pause', label);
  audio.addEventListener('timeupdate', show);
  audio.addEventListener('seeked', show);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('.${PLAY_CLASS}');
    if (button) {
      if (!audio.paused) return audio.pause();
      const start = Number(button.dataset.start);
      const end = button.dataset.end ? Number(button.dataset.end) : Number.POSITIVE_INFINITY;
      // Paused inside this chapter: go on from there; anywhere else: from the chapter's start.
      return playFrom(audio.currentTime > start && audio.currentTime < end ? audio.currentTime : start);
    }
    const chapter = target?.closest('a[data-start]');
    if (chapter) {
      audio.currentTime = Number(chapter.getAttribute('data-start'));
      show();
      return;
    }
    if (!target || target.closest('a')) return;
    for (let node = target; node; node = node.parentElement) {
      if (starts.has(node.id)) return playFrom(starts.get(node.id));
    }
  });
  document.documentElement.classList.add('read-along');
});
`;

export const READ_ALONG_SCRIPT_HASH = createHash('sha256').update(READ_ALONG_SCRIPT).digest('base64');

interface Timings {
  sentences: { text: string; start: number }[];
}
interface Chapters {
  chapters: { startTime: number; title: string }[];
}

const dataUri = (mediaType: string, bytes: Uint8Array) => `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;

/** Seconds to the millisecond, as the page's JSON and attributes hold them. */
const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** `m:ss` (or `h:mm:ss`) for a chapter's start. */
function clockText(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export interface ReadAlong {
  sentences: NarratedSentences;
  /** The player, chapter list, timings and script, for after the masthead; call after the rest of the page is rendered. */
  render(words: LanguageRecord): string;
}

export function readAlong(article: Article, options: WriterOptions, narration: PageNarration, chunks: ChunkPlan): ReadAlong {
  const sentences = narratedSentences(article, options, chunks);
  const timings = JSON.parse(narration.timings) as Timings;
  const chapters = (JSON.parse(narration.chapters) as Chapters).chapters;
  const { narrated, script, wrappedIn } = sentences;
  // The audio writer spoke the same sentences in the same order: checked, not assumed.
  if (timings.sentences.length !== narrated.length || timings.sentences.some((t, i) => t.text !== narrated[i]?.text) || chapters.length !== script.chapters.length) {
    throw new Error('read-along: the audio writer spoke other sentences than the narration script has');
  }
  const render = (words: LanguageRecord) => {
    const shown = narrated.map((n, i) => ({ ...n, start: ms(timings.sentences[i]?.start ?? 0) })).filter((n) => wrappedIn.has(n.id));
    // The chunks of sections are the page's sections; the opening and the closing are not.
    const sectionChunks = new Set(chunks.chunks.filter((c) => c.depth === 1).map((c) => c.id));
    const items = script.chapters.map((chapter, i) => {
      // A section's chapter links to the section; the opening and the closing to their first shown sentence.
      const target = sectionChunks.has(chapter.id) ? chapter.id : (shown.find((n) => n.chapter === i)?.id ?? 'content');
      const start = ms(chapters[i]?.startTime ?? 0);
      return `<li><a href="#${escapeHtml(target)}" data-start="${start}">${escapeHtml(chapter.title)}</a> <span class="chapter-time">${clockText(start)}</span></li>`;
    });
    const file = encodeURIComponent(article.id);
    const { embedded } = narration;
    // Beside the page by default; inside it with `--embed-audio` (the fallback then names no link: it would hold the audio twice).
    const audioSrc = embedded ? dataUri('audio/mpeg', embedded.mp3) : `${file}.mp3`;
    const trackSrc = embedded ? dataUri('text/vtt', Buffer.from(embedded.vtt)) : `${file}.chapters.vtt`;
    const fallback = embedded ? escapeHtml(words.labels.listen) : `<a href="${file}.mp3">${escapeHtml(words.labels.listen)}</a>`;
    const data = JSON.stringify(shown.map((n) => [n.id, n.start]));
    return [
      // The labels of the script's buttons, in the article's language.
      `<div class="listen" data-play="${escapeHtml(words.labels.playFromHere)}" data-pause="${escapeHtml(words.labels.pause)}">`,
      `<p class="listen-title" id="ra_listen">${escapeHtml(words.labels.listen)}</p>`,
      `<audio id="${AUDIO_ID}" controls preload="metadata" src="${audioSrc}" aria-labelledby="ra_listen"><track kind="chapters" src="${trackSrc}" srclang="${escapeHtml(article.lang)}" label="${escapeHtml(words.labels.chapters)}">${fallback}</audio>`,
      `<nav class="chapters" aria-labelledby="ra_chapters">\n<p class="toc-title" id="ra_chapters">${escapeHtml(words.labels.chapters)}</p>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`,
      '</div>',
      `<script type="application/json" id="${TIMINGS_ID}">${data}</script>`,
      `<script>${READ_ALONG_SCRIPT}</script>`,
    ].join('\n');
  };
  return { sentences, render };
}

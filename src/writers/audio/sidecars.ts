/** Chapter and timing files beside the audio: WebVTT chapters, Podcasting 2.0 JSON chapters, sentence timings. */
import type { ChapterMark } from './encode/id3.js';

function vttTime(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const t = ms % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(t).padStart(3, '0')}`;
}

/** For `<track kind="chapters">`: one cue per chapter, identified by the tree id. */
export function chaptersVtt(chapters: ChapterMark[]): string {
  const cues = chapters.map((c) => `${c.id}\n${vttTime(c.startMs)} --> ${vttTime(c.endMs)}\n${c.title.replace(/-->/g, '→').replace(/\n+/g, ' ')}`);
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** Podcasting 2.0 JSON chapters (version 1.2.0); `id` is Lectern's addition (the tree id). */
export function chaptersJson(chapters: ChapterMark[], title: string): string {
  return `${JSON.stringify(
    {
      version: '1.2.0',
      title,
      chapters: chapters.map((c) => ({ startTime: c.startMs / 1000, endTime: c.endMs / 1000, title: c.title, id: c.id })),
    },
    null,
    2,
  )}\n`;
}

export interface SentenceTiming {
  chapter: string;
  /** The sentence as written on the page (a substring of the utterance's text), not as rewritten for the engine. */
  text: string;
  start: number;
  end: number;
  /** Words: character offset and length in `text`, start time in seconds. */
  words: { offset: number; length: number; start: number }[];
}

/**
 * Sentence timings, written as they are produced so a book's timings never sit in memory:
 * `{"version":1,"sampleRate":22050,"timing":"word","sentences":[…],"duration":…}`. `timing` says
 * what the file holds: `word` when the engine reports when each word starts (eSpeak), `sentence`
 * when it does not (flite, festival, external programs): then every `words` list is empty.
 */
export class TimingsWriter {
  private first = true;
  private pending: string;

  constructor(
    private readonly write: (text: string) => Promise<void>,
    sampleRate: number,
    timing: 'word' | 'sentence',
  ) {
    this.pending = `{"version":1,"sampleRate":${sampleRate},"timing":"${timing}","sentences":[`;
  }

  async add(sentence: SentenceTiming): Promise<void> {
    await this.write(`${this.pending}${this.first ? '' : ','}\n${JSON.stringify(sentence)}`);
    this.pending = '';
    this.first = false;
  }

  async finish(duration: number): Promise<void> {
    await this.write(`${this.pending}\n],"duration":${duration}}\n`);
  }
}

import type { Assets } from '../assets.js';
import type { Article } from '../tree/types.js';

/**
 * One file a writer produces; `name` is relative to the output folder. Small files come
 * as `data`; large streamed ones (audio) as a finished temporary file at `path`, which
 * the pipeline moves into place, then calls `cleanup`.
 */
export type OutputFile =
  | { name: string; data: string | Uint8Array; cleanup?: () => Promise<void> }
  | { name: string; path: string; cleanup?: () => Promise<void> };

/**
 * The run's one narration (audio/shared.ts): the audio writer's files (with `<id>.pcm`, the raw
 * samples, when a writer of the run cuts them). Every writer that needs the narration takes it
 * from here when the pipeline gives it, so all of them get the same samples and timings.
 */
export type Narrate = () => Promise<OutputFile[]>;

export interface WriterOptions {
  assets: Assets;
  narrate?: Narrate;
  /** `--template`: an HTML page template to use instead of the bundled one. */
  template?: string;
  /** Writer-specific options from the command line (audio engine, voice …). */
  [key: string]: unknown;
}

export interface Writer {
  name: string;
  description: string;
  /** Written only when asked for by name, not by default (the read-along book narrates the article a second time). */
  onRequest?: boolean;
  /** Writers are pure: the tree in, files out; only the pipeline touches the file system. */
  write(article: Article, options: WriterOptions): Promise<OutputFile[]>;
}

import type { Assets } from '../assets.js';
import type { Article } from '../tree/types.js';

/** One file a writer produces; `name` is relative to the output folder. */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

export interface WriterOptions {
  assets: Assets;
  /** `--template`: an HTML page template to use instead of the bundled one. */
  template?: string;
  /** Writer-specific options from the command line (audio engine, voice …). */
  [key: string]: unknown;
}

export interface Writer {
  name: string;
  description: string;
  /** Writers are pure: the tree in, files out; only the pipeline touches the file system. */
  write(article: Article, options: WriterOptions): Promise<OutputFile[]>;
}

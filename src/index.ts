/** Lectern's library API. No side effects on import. */
export { EXIT_CODES, LecternError, isLecternError } from './errors.js';
export { exportFile, loadArticle, parseArticle } from './pipeline.js';
export type { ExportOptions, ExportResult, ParseOptions, Parsed } from './pipeline.js';
export { READERS } from './readers/index.js';
export { WRITERS } from './writers/index.js';
export { outline } from './tree/outline.js';
export { planChunks } from './tree/chunks.js';
export type { Chunk, ChunkPlan, ContentsEntry } from './tree/chunks.js';
export { IdRegistry } from './tree/ids.js';
export type { OutlineEntry } from './tree/outline.js';
export { blockText, inlineText } from './tree/text.js';
export type * from './tree/types.js';

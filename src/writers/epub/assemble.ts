/**
 * Zip assembly: the only module that imports epub-gen-memory (and jszip, which it is
 * built on). epub-gen-memory lays out the container, the package, the navigation
 * files and the chapters from Lectern's templates. Two of its behaviours have to be
 * undone afterwards, so the zip is post-processed:
 *  - its HTML sanitizer rewrites `alt=""` to `alt="image-placeholder"` and strips
 *    attributes such as `scope`, `datetime` and `aria-*`: every chapter file is replaced
 *    by Lectern's own XHTML;
 *  - it stamps files with the current time: the zip is rebuilt with one fixed date,
 *    `mimetype` first and stored, so the same article gives a byte-identical EPUB.
 * Images are added from memory (it can only fetch URLs, and Lectern never fetches).
 */
import * as epubGenMemory from 'epub-gen-memory';
import JSZip from 'jszip';
import type { BookPlan } from './book.js';

export interface AssembleInput {
  title: string;
  lang: string;
  css: string;
  plan: BookPlan;
  opf: string;
  nav: string;
  ncx: string;
  /** Zip entry dates. */
  date: Date;
  /** More files inside OEBPS/ (the read-along book's overlays and audio); `store`: not compressed (audio is already). */
  extra?: { file: string; data: Uint8Array | string; store?: boolean }[];
}

/** Text for an EJS template that must come out exactly as given. */
function literal(text: string): string {
  return text.replace(/<%/g, '<%%');
}

interface EPubInstance {
  render(): Promise<unknown>;
  zip: JSZip;
}
type EPubConstructor = new (options: Record<string, unknown>, content: Record<string, unknown>[]) => EPubInstance;

export async function assembleEpub(input: AssembleInput): Promise<Uint8Array> {
  // A CommonJS package: Node's ESM loader puts its exports on `default`, bundlers on the namespace.
  const namespace = epubGenMemory as unknown as { EPub?: EPubConstructor; default?: { EPub?: EPubConstructor } };
  const EPub = namespace.EPub ?? namespace.default?.EPub;
  if (!EPub) throw new Error('epub-gen-memory has no EPub class: an incompatible version is installed');
  const chapters = input.plan.documents.map((d) => ({
    title: d.title,
    filename: d.file,
    // The chapter files are replaced below; what epub-gen-memory sees carries no images,
    // so it queues no downloads.
    content: '<p></p>',
  }));
  const book = new EPub(
    {
      title: input.title,
      lang: input.lang,
      description: input.title,
      css: input.css,
      version: 3,
      verbose: false,
      ignoreFailedDownloads: true,
      contentOPF: literal(input.opf),
      tocXHTML: literal(input.nav),
      tocNCX: literal(input.ncx),
      chapterXHTML: '<%- content %>',
    },
    chapters,
  );
  await book.render();
  const source = book.zip;
  for (const d of input.plan.documents) source.file(`OEBPS/${d.file}`, d.xhtml);
  for (const image of input.plan.images) source.file(`OEBPS/${image.file}`, image.data);
  const stored = new Set<string>();
  for (const extra of input.extra ?? []) {
    source.file(`OEBPS/${extra.file}`, extra.data);
    if (extra.store) stored.add(`OEBPS/${extra.file}`);
  }

  const out = new JSZip();
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]?.dir && name !== 'mimetype')
    .sort();
  out.file('mimetype', 'application/epub+zip', { compression: 'STORE', date: input.date, createFolders: false });
  for (const name of names) {
    const data = await source.file(name)?.async('uint8array');
    if (data) out.file(name, data, { date: input.date, createFolders: false, compression: stored.has(name) ? 'STORE' : 'DEFLATE' });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

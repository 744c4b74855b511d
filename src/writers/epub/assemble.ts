/**
 * Zip assembly: the only module that imports epub-gen-memory (and jszip, which it is
 * built on). Lectern writes every document itself; the library packs them, through its
 * documented extension points and nothing else:
 *  - its templates: `contentOPF`, `tocNCX` and `tocXHTML` are Lectern's package document,
 *    NCX and nav, given as literal text; `chapterXHTML` prints each chapter's `xhtml` field
 *    unescaped (the library spreads a chapter's fields into its template's data);
 *  - a subclass: `downloadAllImages()` and `makeCover()` add Lectern's images and cover from
 *    memory (the library would fetch URLs; Lectern never fetches), `generateTemplateFiles()`
 *    adds the read-along book's overlays and audio after the library's own files;
 *  - its zip: each entry gets the book's date (the library stamps the current time), then one
 *    `generateAsync`. `mimetype` is the library's first entry, stored, as OCF requires.
 * A chapter's `content` stays empty: the library sanitizes `content` in its constructor,
 * whatever the template (it rewrites `alt=""` to `alt="image-placeholder"`, drops `aria-*`,
 * `scope`, `datetime`, `start`, `cite`, `width` and `height`, renames every image and queues it
 * for download), so Lectern's XHTML travels in a field it does not touch.
 */
import { EPub } from 'epub-gen-memory';
import type { BookPlan } from './book.js';

export interface AssembleInput {
  title: string;
  lang: string;
  css: string;
  /** What the zip holds: the documents and images (the chunk plan they came from is not needed here). */
  plan: Pick<BookPlan, 'documents' | 'images'>;
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

/** epub-gen-memory with Lectern's files in place of the ones it would fetch. */
class LecternEPub extends EPub {
  readonly #input: AssembleInput;

  constructor(input: AssembleInput) {
    super(
      {
        title: input.title,
        lang: input.lang,
        css: input.css,
        version: 3,
        verbose: false,
        contentOPF: literal(input.opf),
        tocXHTML: literal(input.nav),
        tocNCX: literal(input.ncx),
        chapterXHTML: '<%- xhtml %>',
      },
      input.plan.documents.map((d) => ({ title: d.title, filename: d.file, content: '', xhtml: d.xhtml })),
    );
    this.#input = input;
    // The library cleans file names (and adds `.xhtml`); Lectern's OPF names the files as planned.
    this.content.forEach((chapter, i) => {
      const planned = input.plan.documents[i]?.file;
      if (chapter.filename !== planned) throw new Error(`epub-gen-memory renamed ${planned} to ${chapter.filename}`);
    });
  }

  protected override async generateTemplateFiles(): Promise<void> {
    await super.generateTemplateFiles();
    for (const { file, data, store } of this.#input.extra ?? []) {
      this.zip.file(`OEBPS/${file}`, data, store ? { compression: 'STORE' } : {});
    }
  }

  protected override async downloadAllImages(): Promise<void> {
    for (const image of this.#input.plan.images) if (!image.cover) this.zip.file(`OEBPS/${image.file}`, image.data);
  }

  protected override async makeCover(): Promise<void> {
    for (const image of this.#input.plan.images) if (image.cover) this.zip.file(`OEBPS/${image.file}`, image.data);
  }

  /** The EPUB: every entry dated `date`, so the same article gives the same bytes. */
  async pack(): Promise<Uint8Array> {
    await this.render();
    const { date } = this.#input;
    this.zip.forEach((_, entry) => {
      entry.date = date;
    });
    return this.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  }
}

export async function assembleEpub(input: AssembleInput): Promise<Uint8Array> {
  return new LecternEPub(input).pack();
}

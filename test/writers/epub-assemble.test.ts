/**
 * The EPUB adapter (writers/epub/assemble.ts) on its own: epub-gen-memory packs exactly the files
 * Lectern made, byte for byte, in one zip generated once, dated, with `mimetype` first and stored.
 * No validator here (epub.test.ts runs EPUBCheck and Ace on every fixture's book): these tests
 * fail if the adapter goes back to dummy chapters overwritten afterwards, a second zip, the
 * library's sanitizer, or files the library adds on its own.
 */
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planChunks } from '../../src/tree/chunks.js';
import { renderCover } from '../../src/writers/cover/index.js';
import { type AssembleInput, assembleEpub } from '../../src/writers/epub/assemble.js';
import { planBook } from '../../src/writers/epub/book.js';
import { renderEpub } from '../../src/writers/epub/index.js';
import { modifiedDate } from '../../src/writers/epub/package.js';
import { loadFixture, unzip, zipEntries } from '../helpers.js';

const page = (title: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>${title}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
${body}
</body>
</html>
`;

/**
 * Markup epub-gen-memory's sanitizer rewrites when it is given as a chapter's `content` (measured
 * on 1.1.2): it drops aria-labelledby, scope, datetime, start, cite, width and height, turns
 * alt="" into alt="image-placeholder" and renames the image; `<%` would be EJS in a template.
 */
const CHAPTER = page(
  'Tables',
  `<section epub:type="chapter" role="doc-chapter" aria-labelledby="tables">
<h1 id="tables">Tables &amp; <%= not a template %></h1>
<img src="images/figure-1.png" alt="" width="40" height="20"/>
<table><tr><th scope="col">Route</th></tr></table>
<p><time datetime="2025-03-14">14 March 2025</time></p>
<ol start="3"><li>third</li></ol>
<blockquote cite="https://example.org/source"><p>A quote</p></blockquote>
</section>`,
);

const DATE = new Date('2025-03-14T09:30:00Z');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const COVER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4, 5, 6]);
const MP3 = Uint8Array.from({ length: 4096 }, () => 0);

const INPUT: AssembleInput = {
  title: 'A book',
  lang: 'en',
  css: 'body { margin: 0 } /* <% kept %> */\n',
  plan: {
    documents: [
      { file: 'cover.xhtml', id: 'cover', title: 'Cover', xhtml: page('Cover', '<img src="images/cover.png" alt="A book" role="doc-cover"/>') },
      { file: 'tables.xhtml', id: 'ch-tables', title: 'Tables', xhtml: CHAPTER },
    ],
    images: [
      { file: 'images/figure-1.png', id: 'img-figure-1', mediaType: 'image/png', data: PNG },
      { file: 'images/cover.png', id: 'cover-image', mediaType: 'image/png', data: COVER, cover: true },
    ],
  },
  opf: '<?xml version="1.0" encoding="UTF-8"?>\n<package><!-- <% not EJS %> --></package>\n',
  nav: page('Contents', '<nav epub:type="toc" aria-labelledby="t"><h1 id="t">Contents</h1></nav>'),
  ncx: '<?xml version="1.0" encoding="UTF-8"?>\n<ncx><%- nor this %></ncx>\n',
  date: DATE,
  extra: [
    { file: 'overlays/tables.smil', data: '<smil xmlns="http://www.w3.org/ns/SMIL" version="3.0"/>\n' },
    { file: 'audio/tables.mp3', data: MP3, store: true },
  ],
};

/** Every file the input asks for, by its path in the zip, with the bytes it must have. */
function asked(input: AssembleInput): Map<string, Uint8Array> {
  const utf8 = (data: Uint8Array | string) => (typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data);
  const files = new Map<string, Uint8Array>([
    ['mimetype', utf8('application/epub+zip')],
    [
      'META-INF/container.xml',
      utf8(
        '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
      ),
    ],
    ['OEBPS/content.opf', utf8(input.opf)],
    ['OEBPS/toc.xhtml', utf8(input.nav)],
    ['OEBPS/toc.ncx', utf8(input.ncx)],
    ['OEBPS/style.css', utf8(input.css)],
  ]);
  for (const d of input.plan.documents) files.set(`OEBPS/${d.file}`, utf8(d.xhtml));
  for (const i of input.plan.images) files.set(`OEBPS/${i.file}`, utf8(i.data));
  for (const e of input.extra ?? []) files.set(`OEBPS/${e.file}`, utf8(e.data));
  return files;
}

/** The folders an entry name sits in (`OEBPS/images/x.png` → `OEBPS/`, `OEBPS/images/`). */
const foldersOf = (name: string) => name.split('/').slice(0, -1).map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EPUB adapter', () => {
  it('packs every document, image and extra file byte for byte, and no file Lectern did not ask for', async () => {
    const files = await unzip(await assembleEpub(INPUT));
    const expected = asked(INPUT);
    expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect(Buffer.from(files.get(name) ?? []).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('writes mimetype first, stored, without an extra field; dates every entry; stores the audio; adds only the folders of its files', async () => {
    const entries = zipEntries(await assembleEpub(INPUT));
    expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, localExtra: 0, offset: 0 });
    for (const entry of entries) expect({ name: entry.name, modified: entry.modified.toISOString() }).toEqual({ name: entry.name, modified: DATE.toISOString() });
    const stored = entries.filter((e) => e.method === 0 && !e.name.endsWith('/')).map((e) => e.name);
    expect(stored).toEqual(['mimetype', 'OEBPS/audio/tables.mp3']);
    const folders = new Set([...asked(INPUT).keys()].flatMap(foldersOf));
    expect(entries.filter((e) => e.name.endsWith('/')).every((e) => folders.has(e.name))).toBe(true);
  });

  it('writes each file once, into the one zip it generates once: no dummy chapter overwritten, no second zip', async () => {
    const file = vi.spyOn(JSZip.prototype, 'file');
    const generate = vi.spyOn(JSZip.prototype, 'generateAsync');
    await assembleEpub(INPUT);
    // `file(name, data)` adds or replaces; `file(name)` only reads. A folder's `file` adds under its root.
    const writes = file.mock.calls.flatMap((args, i) => (args.length >= 2 ? [`${(file.mock.contexts[i] as unknown as { root: string }).root}${String(args[0])}`] : []));
    expect(writes.slice().sort()).toEqual([...asked(INPUT).keys()].sort());
    expect(generate).toHaveBeenCalledTimes(1);
    const zip = generate.mock.contexts[0] as unknown as JSZip;
    expect(Object.keys(zip.files).filter((n) => !n.endsWith('/')).sort()).toEqual([...asked(INPUT).keys()].sort());
  });

  it('refuses a file name the library would change, since the package document names the planned one', async () => {
    const renamed = { ...INPUT, plan: { ...INPUT.plan, documents: [{ file: 'notes page.xhtml', id: 'notes', title: 'Notes', xhtml: CHAPTER }] } };
    await expect(assembleEpub(renamed)).rejects.toThrow('epub-gen-memory renamed notes page.xhtml to notes_page.xhtml');
  });

  it('gives the same bytes twice', async () => {
    expect(Buffer.from(await assembleEpub(INPUT)).equals(Buffer.from(await assembleEpub(INPUT)))).toBe(true);
  });

  for (const name of ['night-trains.md', 'blog-accessible-maps.md']) {
    it(`${name}: every document of the book is the XHTML Lectern planned, every entry dated dcterms:modified`, async () => {
      const { article, assets } = await loadFixture(name);
      const bytes = await renderEpub(article, { assets });
      const files = await unzip(bytes);
      const plan = planBook(article, planChunks(article), assets, await renderCover(article));
      for (const d of plan.documents) expect(Buffer.from(files.get(`OEBPS/${d.file}`) ?? []).toString('utf8'), d.file).toBe(d.xhtml);
      for (const i of plan.images) expect(Buffer.from(files.get(`OEBPS/${i.file}`) ?? []).equals(Buffer.from(i.data)), i.file).toBe(true);
      const modified = new Date(modifiedDate(article)).toISOString();
      expect(new Set(zipEntries(bytes).map((e) => e.modified.toISOString()))).toEqual(new Set([modified]));
    });
  }
});

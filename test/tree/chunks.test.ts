/** The chunk plan: the parts every output cuts the article into, their files, and the links between them. */
import { describe, expect, it } from 'vitest';
import { type Chunk, RIGHTS_FILE, TITLE_PAGE_FILE, planChunks } from '../../src/tree/chunks.js';
import { FOOTER_PLACE } from '../../src/tree/notes.js';
import type { Article, Block, FootnoteItem, FootnoteRef, Inline, Section } from '../../src/tree/types.js';

const text = (value: string): Inline => ({ type: 'text', value });
const ref = (id: string): FootnoteRef => ({ type: 'footnoteRef', id, label: id.slice(3) });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const note = (id: string): FootnoteItem => ({ id, label: id.slice(3), blocks: [para(text(`About ${id}.`))] });
const section = (id: string, depth: 1 | 2 | 3, heading: string | undefined, ...blocks: Block[]): Section => ({
  type: 'section',
  id,
  depth,
  ...(heading === undefined ? {} : { heading: [text(heading)] }),
  blocks: blocks.length ? blocks : [para(text(`In ${id}.`))],
});

function article(sections: Section[], footer?: Article['footer']): Article {
  return {
    type: 'article',
    id: 'the-story',
    lang: 'en',
    headline: [text('The  story'), { type: 'break' }, text('of a bridge')],
    sections,
    ...(footer ? { footer } : {}),
    dropped: [],
    source: { format: 'markdown' },
  };
}

/** A chunk without the ids of what it holds, for short expectations. */
const shape = ({ id, file, title, depth }: Chunk) => ({ id, file, title, depth });

describe('chunk plan', () => {
  it('puts an untitled opening on the title page, as a chunk of its own named "Introduction"', () => {
    const plan = planChunks(article([section('section-1', 1, undefined), section('costs', 1, 'Costs'), section('delays', 1, 'Delays')], { rights: '© The Courier', notes: [] }));
    expect(plan.chunks.map(shape)).toEqual([
      // The opening's title is one line: the headline's break and double space are one space each.
      { id: 'the-story', file: TITLE_PAGE_FILE, title: 'The story of a bridge', depth: 0 },
      { id: 'section-1', file: TITLE_PAGE_FILE, title: 'Introduction', depth: 1 },
      { id: 'costs', file: 'costs.xhtml', title: 'Costs', depth: 1 },
      { id: 'delays', file: 'delays.xhtml', title: 'Delays', depth: 1 },
      { id: FOOTER_PLACE, file: RIGHTS_FILE, title: 'Credits and rights', depth: 0 },
    ]);
    expect(plan.contents.map((e) => [e.id, e.title, e.depth, e.chunk])).toEqual([
      ['section-1', 'Introduction', 1, 'section-1'],
      ['costs', 'Costs', 1, 'costs'],
      ['delays', 'Delays', 1, 'delays'],
    ]);
    expect(plan.hrefFor('section-1')).toBe('title-page.xhtml#section-1');
    expect(plan.hrefFor('costs')).toBe('costs.xhtml#costs');
    expect(plan.hrefFor('costs', 'costs.xhtml')).toBe('#costs');
    // The opening and the closing are whole documents: their ids are no element's.
    expect(plan.hrefFor('the-story')).toBe(TITLE_PAGE_FILE);
    expect(plan.hrefFor(FOOTER_PLACE)).toBe(RIGHTS_FILE);
  });

  it('keeps deeper sections in the chunk of the top-level section before them, and never lets the contents jump from depth 1 to 3', () => {
    const plan = planChunks(article([section('start', 1, 'Start'), section('detail', 3, 'Detail'), section('more', 2, 'More'), section('next', 1, 'Next')]));
    expect(plan.chunks.map((c) => [c.id, c.file, c.sectionIds])).toEqual([
      ['the-story', TITLE_PAGE_FILE, []],
      ['start', 'start.xhtml', ['start', 'detail', 'more']],
      ['next', 'next.xhtml', ['next']],
    ]);
    expect(plan.contents.map((e) => [e.id, e.depth])).toEqual([
      ['start', 1],
      ['detail', 2],
      ['more', 2],
      ['next', 1],
    ]);
    expect(plan.hrefFor('detail')).toBe('start.xhtml#detail');
  });

  it('starts a chunk at a first section deeper than 1, at depth 1 in the contents', () => {
    const plan = planChunks(article([section('deep', 2, 'Deep'), section('top', 1, 'Top')]));
    expect(plan.chunks.map((c) => c.id)).toEqual(['the-story', 'deep', 'top']);
    expect(plan.contents.map((e) => e.depth)).toEqual([1, 1]);
  });

  it('links a note cited from another chunk to the file that holds the note, and its back-links to the files of the citations', () => {
    const plan = planChunks(
      article([
        section('section-1', 1, undefined, para(text('Stops'), ref('fn-stops')), { type: 'footnotes', items: [note('fn-stops')] }),
        section('lifts', 1, 'Lifts', para(text('Lifts'), ref('fn-lifts')), { type: 'footnotes', items: [note('fn-lifts')] }),
        section('asks', 1, 'Asks', para(text('Again'), ref('fn-stops'), text(' and '), ref('fn-lifts'))),
      ]),
    );
    expect(plan.chunks.map((c) => [c.id, c.noteIds])).toEqual([
      ['the-story', []],
      ['section-1', ['fn-stops']],
      ['lifts', ['fn-lifts']],
      ['asks', []],
    ]);
    // From the chapter that cites it, to the title page that holds it; from its own file, in place.
    expect(plan.hrefFor('fn-stops', 'asks.xhtml')).toBe('title-page.xhtml#fn-stops');
    expect(plan.hrefFor('fn-stops', TITLE_PAGE_FILE)).toBe('#fn-stops');
    expect(plan.hrefFor('fn-lifts', 'asks.xhtml')).toBe('lifts.xhtml#fn-lifts');
    // Back from the note to each citation, in the file that holds it.
    const stops = plan.notes.notes.get('fn-stops');
    expect(stops?.references.map((r) => plan.hrefFor(r.id, TITLE_PAGE_FILE))).toEqual(['#fn-stops--ref', 'asks.xhtml#fn-stops--ref-2']);
    expect(plan.fileOf('fn-lifts--ref-2')).toBe('asks.xhtml');
  });

  it('holds footer notes in the closing chunk', () => {
    const plan = planChunks(article([section('section-1', 1, undefined, para(text('Credit'), ref('fn-foot')))], { notes: [{ type: 'footnotes', items: [note('fn-foot')] }] }));
    expect(plan.chunks.at(-1)).toMatchObject({ id: FOOTER_PLACE, file: RIGHTS_FILE, noteIds: ['fn-foot'] });
    expect(plan.hrefFor('fn-foot', TITLE_PAGE_FILE)).toBe('rights.xhtml#fn-foot');
  });

  it('names a single untitled section "Article text", on the title page; no closing chunk without credits or rights', () => {
    const plan = planChunks(article([section('section-1', 1, undefined)], { notes: [] }));
    expect(plan.chunks.map(shape)).toEqual([
      { id: 'the-story', file: TITLE_PAGE_FILE, title: 'The story of a bridge', depth: 0 },
      { id: 'section-1', file: TITLE_PAGE_FILE, title: 'Article text', depth: 1 },
    ]);
    expect(plan.contents.map((e) => [e.id, e.title, e.untitled])).toEqual([['section-1', 'Article text', true]]);
  });

  it('makes no chunk of an untitled section with nothing in it (an article that is all headline): the contents list the opening', () => {
    const plan = planChunks(article([{ type: 'section', id: 'section-1', depth: 1, blocks: [] }]));
    expect(plan.chunks.map((c) => c.id)).toEqual(['the-story']);
    expect(plan.contents.map((e) => [e.id, e.title])).toEqual([['the-story', 'The story of a bridge']]);
  });

  it('lists the opening in the contents of an article with no sections: a table of contents is never empty', () => {
    const plan = planChunks(article([]));
    expect(plan.chunks.map(shape)).toEqual([{ id: 'the-story', file: TITLE_PAGE_FILE, title: 'The story of a bridge', depth: 0 }]);
    expect(plan.contents).toEqual([{ id: 'the-story', title: 'The story of a bridge', depth: 1, chunk: 'the-story', untitled: false }]);
    expect(plan.hrefFor('the-story')).toBe(TITLE_PAGE_FILE);
  });

  it('numbers the files of sections whose ids are not plain ASCII, never as another section’s file, and refuses an id it does not hold', () => {
    const plan = planChunks(article([section('市バス', 1, '市バス'), section('fares', 1, 'Fares'), section('時刻', 1, '時刻'), section('chapter-3', 1, 'Chapter 3')]));
    expect(plan.chunks.slice(1).map((c) => c.file)).toEqual(['chapter-1.xhtml', 'fares.xhtml', 'chapter-3-2.xhtml', 'chapter-3.xhtml']);
    expect(() => plan.hrefFor('nowhere')).toThrow(/no chunk holds "nowhere"/);
  });
});

/** The footnote plan: one number per note across the article, one id per citation. */
import { describe, expect, it } from 'vitest';
import { FOOTER_PLACE, numberedItems, planNotes } from '../../src/tree/notes.js';
import type { Article, Block, FootnoteItem, FootnoteRef, Inline } from '../../src/tree/types.js';

const ref = (id: string): FootnoteRef => ({ type: 'footnoteRef', id, label: id.slice(3) });
const text = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const note = (id: string): FootnoteItem => ({ id, label: id.slice(3), blocks: [para(text(`About ${id}.`))] });

/**
 * Notes are held where a reader put them (`fn-late` in the first section, cited only from the
 * third); `fn-heading` is cited from a heading, `fn-head` from the headline, `fn-foot` from the
 * footer; `fn-pull` only from a pull quote (written as text, so no citation); `fn-none` by nobody.
 */
function article(): Article {
  return {
    type: 'article',
    id: 'notes',
    lang: 'en',
    headline: [text('Notes'), ref('fn-head')],
    sections: [
      {
        type: 'section',
        id: 'section-1',
        depth: 1,
        blocks: [
          para(text('Twice'), ref('fn-twice'), text(' and '), { type: 'emphasis', children: [ref('fn-twice')] }),
          { type: 'quote', pull: true, blocks: [para(text('Pulled'), ref('fn-pull'))] },
          { type: 'footnotes', items: [note('fn-none'), note('fn-late'), note('fn-twice'), note('fn-head'), note('fn-pull')] },
        ],
      },
      {
        type: 'section',
        id: 'costs',
        depth: 1,
        heading: [text('Costs'), ref('fn-heading')],
        blocks: [
          { type: 'table', id: 'table-1', align: [null], head: [[text('Cell'), ref('fn-twice')]], rows: [] },
          { type: 'footnotes', items: [note('fn-heading')] },
        ],
      },
      { type: 'section', id: 'later', depth: 2, heading: [text('Later')], blocks: [{ type: 'list', ordered: false, items: [[para(ref('fn-late'))]] }] },
    ],
    footer: { notes: [para(text('Credit'), ref('fn-foot')), { type: 'footnotes', items: [note('fn-foot')] }] },
    dropped: [],
    source: { format: 'markdown' },
  };
}

describe('footnote plan', () => {
  it('numbers notes 1..N in the order they are first cited, across sections; uncited ones after, in document order', () => {
    const plan = planNotes(article());
    const numbers = Object.fromEntries([...plan.notes.values()].map((n) => [n.id, n.number]));
    expect(numbers).toEqual({ 'fn-head': 1, 'fn-twice': 2, 'fn-heading': 3, 'fn-late': 4, 'fn-foot': 5, 'fn-none': 6, 'fn-pull': 7 });
  });

  it('gives every citation its own id, in reading order, with the place that holds it', () => {
    const plan = planNotes(article());
    expect(plan.notes.get('fn-twice')?.references).toEqual([
      { id: 'fn-twice--ref', place: 'section-1' },
      { id: 'fn-twice--ref-2', place: 'section-1' },
      { id: 'fn-twice--ref-3', place: 'costs' },
    ]);
    expect(plan.notes.get('fn-head')?.references).toEqual([{ id: 'fn-head--ref', place: 'notes' }]);
    expect(plan.notes.get('fn-heading')?.references).toEqual([{ id: 'fn-heading--ref', place: 'costs' }]);
    expect(plan.notes.get('fn-late')).toMatchObject({ place: 'section-1', references: [{ id: 'fn-late--ref', place: 'later' }] });
    expect(plan.notes.get('fn-foot')).toMatchObject({ place: FOOTER_PLACE, references: [{ id: 'fn-foot--ref', place: FOOTER_PLACE }] });
    expect(plan.notes.get('fn-pull')?.references).toEqual([]);
    const ids = [...plan.references.values()].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('knows each reference node by itself: two citations of one note are two ids', () => {
    const [once, again] = [ref('fn-x'), ref('fn-x')];
    const tree: Article = { ...article(), sections: [{ type: 'section', id: 'only', depth: 1, blocks: [para(once, again), { type: 'footnotes', items: [note('fn-x')] }] }] };
    const plan = planNotes(tree);
    expect([plan.references.get(once)?.id, plan.references.get(again)?.id]).toEqual(['fn-x--ref', 'fn-x--ref-2']);
  });

  it('lists a block’s notes in number order, and is the same for the same tree', () => {
    const tree = article();
    const plan = planNotes(tree);
    const block = tree.sections[0]?.blocks[2] as { items: FootnoteItem[] };
    expect(numberedItems(block.items, plan).map(({ item, note }) => [item.id, note.number])).toEqual([
      ['fn-head', 1],
      ['fn-twice', 2],
      ['fn-late', 4],
      ['fn-none', 6],
      ['fn-pull', 7],
    ]);
    expect(JSON.stringify([...planNotes(article()).notes])).toBe(JSON.stringify([...plan.notes]));
  });
});

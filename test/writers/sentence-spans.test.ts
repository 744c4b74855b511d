/**
 * Sentences mapped back onto the inline tree (src/writers/html/sentence-spans.ts): each
 * sentence's piece holds its words and nothing else, footnote markers go with the sentence
 * they end, emphasis is split at a sentence end, links never are, and the markup stays well formed.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { spokenInlineText } from '../../src/tree/text.js';
import type { Inline } from '../../src/tree/types.js';
import { SAMPLE_RATE } from '../../src/writers/audio/engines/types.js';
import { clock, sentenceId } from '../../src/writers/epub/read-along.js';
import { type InlinePiece, type SentenceRange, splitAtSentences } from '../../src/writers/html/sentence-spans.js';

const t = (value: string): Inline => ({ type: 'text', value });
const em = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
const link = (...children: Inline[]): Inline => ({ type: 'link', url: 'https://example.org/', children });
const ref = (label: string): Inline => ({ type: 'footnoteRef', id: `fn-${label}`, label });
const br: Inline = { type: 'break' };

function xml(inlines: readonly Inline[]): string {
  return inlines
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        case 'emphasis':
          return `<em>${xml(n.children)}</em>`;
        case 'strong':
          return `<strong>${xml(n.children)}</strong>`;
        case 'link':
          return `<a href="${n.url}">${xml(n.children)}</a>`;
        case 'code':
          return `<code>${n.value}</code>`;
        case 'break':
          return '<br/>';
        case 'footnoteRef':
          return `<sup class="ref">${n.label}</sup>`;
        default:
          return '';
      }
    })
    .join('');
}

function render(pieces: InlinePiece[]): string {
  return `<p>${pieces.map((p) => (p.id ? `<span id="${p.id}">${xml(p.inlines)}</span>` : xml(p.inlines))).join('')}</p>`;
}

/** The ranges of the given sentences in the spoken text, found in order. */
function ranges(inlines: readonly Inline[], sentences: string[]): SentenceRange[] {
  const spoken = spokenInlineText(inlines);
  let from = 0;
  return sentences.map((s, i) => {
    const start = spoken.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" is not in "${spoken}"`);
    from = start + s.length;
    return { id: `s_${i + 1}`, start, end: from };
  });
}

/** Each span's text as the narration reads it (footnote markers removed), by id. */
function spans(markup: string): Map<string, string> {
  const doc = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(markup, 'application/xml');
  const out = new Map<string, string>();
  const list = doc.getElementsByTagName('span');
  for (let i = 0; i < list.length; i++) {
    const span = list[i];
    if (!span) continue;
    const clone = span.cloneNode(true) as typeof span;
    const sups = clone.getElementsByTagName('sup');
    for (let j = sups.length - 1; j >= 0; j--) sups[j]?.parentNode?.removeChild(sups[j] as never);
    out.set(span.getAttribute('id') ?? '', (clone.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return out;
}

function check(inlines: Inline[], sentences: string[]) {
  const { pieces, wrapped } = splitAtSentences(inlines, ranges(inlines, sentences));
  const markup = render(pieces);
  return { markup, wrapped, spans: spans(markup), text: (markup.match(/>([^<]*)</g) ?? []).join('') };
}

describe('sentence spans', () => {
  it('wraps each sentence of plain text and leaves the space between outside', () => {
    const { markup, spans: s } = check([t('One two. Three four!  Five?')], ['One two.', 'Three four!', 'Five?']);
    expect(markup).toBe('<p><span id="s_1">One two.</span> <span id="s_2">Three four!</span>  <span id="s_3">Five?</span></p>');
    expect([...s.values()]).toEqual(['One two.', 'Three four!', 'Five?']);
  });

  it('keeps a footnote marker with the sentence it ends, and the words after it apart', () => {
    const inlines = [t('The harbour opened in 1932.'), ref('1'), t(' It cost '), em(t('more')), t(' than planned.'), ref('2')];
    const { markup, spans: s } = check(inlines, ['The harbour opened in 1932.', 'It cost more than planned.']);
    expect(markup).toBe('<p><span id="s_1">The harbour opened in 1932.<sup class="ref">1</sup></span> <span id="s_2">It cost <em>more</em> than planned.<sup class="ref">2</sup></span></p>');
    expect([...s.values()]).toEqual(['The harbour opened in 1932.', 'It cost more than planned.']);
  });

  it('splits emphasis that runs across a sentence end, and keeps the markup well formed', () => {
    const inlines = [t('Plain '), em(t('stressed. Still '), strong(t('strong. Now'))), t(' plain.')];
    const { markup, spans: s } = check(inlines, ['Plain stressed.', 'Still strong.', 'Now plain.']);
    expect(markup).toBe('<p><span id="s_1">Plain <em>stressed.</em></span><em> </em><span id="s_2"><em>Still <strong>strong.</strong></em></span><em><strong> </strong></em><span id="s_3"><em><strong>Now</strong></em> plain.</span></p>');
    expect([...s.values()]).toEqual(['Plain stressed.', 'Still strong.', 'Now plain.']);
  });

  it('never splits a link: a sentence end inside one moves to its nearer edge', () => {
    const inlines = [t('Read '), link(t('the report. It is long')), t(' before you vote. Then decide.')];
    const { markup, wrapped, spans: s } = check(inlines, ['Read the report.', 'It is long before you vote.', 'Then decide.']);
    expect(markup.match(/<a /g)?.length).toBe(1);
    // "the report." is 11 of the link's 22 characters: the tie goes to the link's end, so the first sentence takes it whole.
    expect(s.get('s_1')).toBe('Read the report. It is long');
    expect(s.get('s_2')).toBe('before you vote.');
    expect(s.get('s_3')).toBe('Then decide.');
    expect(wrapped).toEqual(['s_1', 's_2', 's_3']);
  });

  it('leaves a sentence unwrapped when it lies wholly inside a link with the one before', () => {
    const inlines = [t('See '), link(t('the minutes. Page two.'))];
    const { wrapped, spans: s } = check(inlines, ['See the minutes.', 'Page two.']);
    expect(wrapped).toEqual(['s_1']);
    expect(s.get('s_1')).toBe('See the minutes. Page two.');
  });

  it('maps collapsed white space and line breaks back to the text', () => {
    const inlines = [t('  First\n line.'), br, t('Second   line.  ')];
    const { markup, spans: s } = check(inlines, ['First line.', 'Second line.']);
    expect(markup).toBe('<p>  <span id="s_1">First\n line.</span><br/><span id="s_2">Second   line.</span>  </p>');
    expect([...s.values()]).toEqual(['First line.', 'Second line.']);
  });

  it('wraps part of a run (a cell read after its column name) and nothing else', () => {
    const inlines = [t('12 km')];
    const { markup } = check(inlines, ['12 km']);
    expect(markup).toBe('<p><span id="s_1">12 km</span></p>');
  });

  it('skips ranges that do not fit the text', () => {
    const inlines = [t('Short.')];
    const { pieces, wrapped } = splitAtSentences(inlines, [{ id: 'x', start: 3, end: 99 }]);
    expect(wrapped).toEqual([]);
    expect(render(pieces)).toBe('<p>Short.</p>');
  });
});

describe('read-along clock values and ids', () => {
  it('writes a full SMIL clock value with six decimals, which names every sample at 22.05 kHz', () => {
    expect(clock(0)).toBe('0:00:00.000000');
    expect(clock(SAMPLE_RATE * 3661.5)).toBe('1:01:01.500000');
    expect(clock(1)).toBe('0:00:00.000045');
    for (const n of [1, 2, 441, 22049, 1_234_567, 79_380_001]) {
      const m = /^(\d+):(\d\d):(\d\d\.\d{6})$/.exec(clock(n));
      expect(Math.round((Number(m?.[1]) * 3600 + Number(m?.[2]) * 60 + Number(m?.[3])) * SAMPLE_RATE)).toBe(n);
    }
  });

  it('names sentences with an underscore, which no tree id (a slug) contains', () => {
    expect(sentenceId(0)).toBe('s_1');
    expect(sentenceId(41)).toBe('s_42');
  });
});

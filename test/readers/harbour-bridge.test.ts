/** The acceptance checks of the foundation issue, on the bundled example. */
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/tree/text.js';
import type { Article, Inline } from '../../src/tree/types.js';
import { runCli } from '../helpers.js';

function links(article: Article): { url: string; text: string }[] {
  const found: { url: string; text: string }[] = [];
  const visit = (inlines: Inline[]) => {
    for (const node of inlines) {
      if (node.type === 'link') found.push({ url: node.url, text: inlineText(node.children) });
      if ('children' in node) visit(node.children);
    }
  };
  for (const section of article.sections) for (const block of section.blocks) if (block.type === 'paragraph') visit(block.children);
  return found;
}

describe('harbour-bridge.txt', () => {
  const result = runCli(['tree', 'test/fixtures/harbour-bridge.txt', '--json']);
  const article = JSON.parse(result.stdout) as Article;
  const body = article.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''));

  it('prints the tree as JSON with exit code 0', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('finds kicker, headline and standfirst', () => {
    expect(inlineText(article.kicker)).toBe('Cities');
    expect(inlineText(article.headline)).toBe('Port council delays vote on harbour bridge');
    expect(inlineText(article.standfirst)).toMatch(/^Engineers' late warning over tidal scour.*in doubt$/);
  });

  it('finds two authors with their places and the dateline', () => {
    expect(article.byline?.authors).toEqual([
      { name: 'Priya Ramanathan', location: 'Eastwick' },
      { name: 'Tomasz Nowak', location: 'Gdańsk' },
    ]);
    expect(article.byline?.dateline?.text).toBe('3 HOURS AGO');
  });

  it('resolves the relative dateline against --date', () => {
    const dated = JSON.parse(runCli(['tree', 'test/fixtures/harbour-bridge.txt', '--json', '--date', '2025-11-03T12:00Z']).stdout) as Article;
    expect(dated.byline?.dateline).toEqual({ text: '3 HOURS AGO', iso: '2025-11-03T09:00Z' });
  });

  it('separates the caption from its credit', () => {
    expect(article.lead?.credit).toBe('Alamy');
    expect(inlineText(article.lead?.caption)).toBe(
      'Construction barges moored beside the planned northern pier of the harbour bridge in Eastwick last month',
    );
  });

  it('rejoins the paragraph split by a page break', () => {
    expect(body.some((p) => p.endsWith('would be set before the end of the year.'))).toBe(true);
    expect(body).not.toContain('the year.');
  });

  it('keeps the real link, turns placeholder links into text, keeps bracketed insertions', () => {
    expect(links(article)).toEqual([{ url: 'https://example.org/gazette', text: 'Eastwick Gazette' }]);
    const all = body.join('\n');
    expect(all).toContain('engineers warned that tidal scour around');
    expect(all).toContain('the [regional rail network] from'.replace(/[[\]]/g, ''));
    expect(all).toContain('the methodology [it] used in 2021');
    expect(all).toContain('findings in full [once the review is complete]');
  });

  it('puts the rights line in the footer and nothing of the footer in the body', () => {
    expect(article.footer?.rights).toBe('Copyright The Eastwick Courier Ltd 2025. All rights reserved.');
    expect(body.join('\n')).not.toMatch(/Copyright|---/);
    expect(article.sections).toHaveLength(1);
    expect(article.publisher).toBe('The Eastwick Courier Ltd');
  });

  it('gives every node from the input a position', () => {
    for (const block of article.sections[0]?.blocks ?? []) {
      expect(block).toHaveProperty('position.start.line');
    }
    expect(article.sections[0]?.blocks[0]).toMatchObject({ position: { start: { line: 15, column: 1 } } });
  });
});

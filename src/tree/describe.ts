/**
 * The human outline `lectern tree` prints: what was found, at a glance. Written in pieces of about
 * a megabyte: the outline of a 60 MB page lists hundreds of thousands of dropped lines, and made
 * as one string it added a quarter of a gigabyte to the command's peak (issue 9).
 */
import { chunked } from './chunked.js';
import { outline } from './outline.js';
import { inlineText } from './text.js';
import type { Article } from './types.js';
import { articleBlocks } from './walk.js';

export function describeTree(article: Article): string {
  const pieces: string[] = [];
  writeTreeOutline(article, (chunk) => pieces.push(chunk));
  return pieces.join('');
}

export function writeTreeOutline(article: Article, write: (chunk: string) => void): void {
  const { out, end } = chunked(write);
  const line = (text: string) => out(`${text}\n`);
  const add = (label: string, value: string | undefined) => {
    if (value) line(`${label.padEnd(11)} ${value}`);
  };
  add('headline', inlineText(article.headline));
  add('id', article.id);
  add('language', article.lang);
  const foreign = [...articleBlocks(article)].flatMap((b) => ((b.type === 'paragraph' || b.type === 'quote') && b.lang ? [b.lang] : []));
  add('passages', foreign.length ? `${foreign.length} in another language (${[...new Set(foreign)].join(', ')})` : undefined);
  add('kicker', inlineText(article.kicker));
  add('standfirst', inlineText(article.standfirst));
  if (article.byline) {
    const authors = article.byline.authors.map((a) => (a.location ? `${a.name} (${a.location})` : a.name)).join(', ');
    add('authors', authors);
    const d = article.byline.dateline;
    add('date', d ? `${d.text}${d.iso ? ` → ${d.iso}` : ''}` : undefined);
  }
  if (article.lead) {
    const caption = inlineText(article.lead.caption);
    add('lead', `${caption || article.lead.alt || '(image)'}${article.lead.credit ? ` [credit: ${article.lead.credit}]` : ''}`);
  }
  line('sections');
  for (const entry of outline(article)) {
    const section = article.sections.find((s) => s.id === entry.id);
    const count = section?.blocks.length ?? 0;
    line(`${'  '.repeat(entry.depth)}${entry.untitled ? `(${entry.title})` : entry.title}  #${entry.id}  ${count} block${count === 1 ? '' : 's'}`);
  }
  add('rights', article.footer?.rights);
  if (article.footer?.notes.length) add('footer', `${article.footer.notes.length} note(s)`);
  if (article.dropped.length) {
    line(`dropped     ${article.dropped.length} item(s)`);
    for (const d of article.dropped) line(`  - ${d.text.slice(0, 60)}  (${d.reason})`);
  }
  end();
}

/** The HTML page, judged by axe-core and Chromium's accessibility tree in a real browser. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/errors.js';
import { wordsFor } from '../../src/lang/index.js';
import { outline } from '../../src/tree/outline.js';
import { inlineText } from '../../src/tree/text.js';
import { renderHtmlPage } from '../../src/writers/html/index.js';
import { accessibilityTree, openHtml, runAxe, withPage } from '../browser.js';
import { ARTICLE_FIXTURES, BIN, ROOT, articleText, loadFixture, missingWords, runCli } from '../helpers.js';

const pages = new Map<string, Promise<{ html: string; article: Awaited<ReturnType<typeof loadFixture>>['article'] }>>();
function page(name: string) {
  let p = pages.get(name);
  if (!p) {
    p = loadFixture(name).then(({ article, assets }) => ({ article, html: renderHtmlPage(article, { assets }) }));
    pages.set(name, p);
  }
  return p;
}

afterAll(() => pages.clear());

describe('HTML page in Chromium', () => {
  for (const name of ARTICLE_FIXTURES) {
    describe(name, () => {
      it('has no axe violations in light and dark, and none at 320 px, where nothing scrolls sideways', async () => {
        const { html } = await page(name);
        for (const [colorScheme, width] of [['light', 1024], ['dark', 1024], ['light', 320], ['dark', 320]] as const) {
          await withPage(openHtml(html, { colorScheme, width }), async (open) => {
            expect({ colorScheme, width, violations: await runAxe(open.page) }).toEqual({ colorScheme, width, violations: [] });
            if (width === 320) {
              const overflow = await open.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
              expect(overflow).toBeLessThanOrEqual(0);
            }
            expect(open.events).toEqual([]);
          });
        }
      });

      it('renders under its own Content-Security-Policy: the style sheet and every picture load, nothing is refused', async () => {
        const { html } = await page(name);
        await withPage(openHtml(html, { enforceCsp: true }), async (open) => {
          const shown = await open.page.evaluate(() => ({
            maxWidth: getComputedStyle(document.body).maxWidth,
            pictures: [...document.images].filter((img) => img.naturalWidth === 0).map((img) => img.alt),
          }));
          expect(shown).toEqual({ maxWidth: '672px', pictures: [] });
          expect(open.events).toEqual([]);
        });
      });

      it('gives screen readers the outline of the tree and the expected landmarks', async () => {
        const { html, article } = await page(name);
        await withPage(openHtml(html), async (open) => {
          // A heading that cites a note names the citation too ("Lifts and ramps[ Note 2 ]", in the article's language); the outline's title does not.
          const noteName = wordsFor(article.lang)
            .labels.note.split('{n}')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\d+');
          const ax = (await accessibilityTree(open.page)).map((n) => ({ ...n, name: n.name.replace(new RegExp(`\\[ ?${noteName} ?\\]`, 'g'), '') }));
          const headings = ax.filter((n) => n.role === 'heading').map((n) => ({ level: n.level, name: n.name }));
          const expected = [
            { level: 1, name: inlineText(article.headline) },
            ...outline(article).filter((e) => !e.untitled).map((e) => ({ level: e.depth + 1, name: e.title })),
          ];
          expect(headings).toEqual(expected);
          const landmarks = ax.filter((n) => ['banner', 'main', 'contentinfo', 'navigation', 'complementary', 'region', 'form', 'search'].includes(n.role));
          const roles = landmarks.map((n) => n.role);
          // A contentinfo landmark only when the article has a footer: never an empty one.
          const footer = article.footer?.rights || article.footer?.notes.length ? ['contentinfo'] : [];
          expect(roles.filter((r) => r !== 'region')).toEqual(article.sections.length > 1 ? ['banner', 'navigation', 'main', ...footer] : ['banner', 'main', ...footer]);
          // Named sections are regions; each is named by its heading.
          expect(landmarks.filter((n) => n.role === 'region').map((n) => n.name)).toEqual(
            outline(article).filter((e) => !e.untitled).map((e) => e.title),
          );
        });
      });

      it('shows every word of the tree', async () => {
        const { html, article } = await page(name);
        await withPage(openHtml(html), async (open) => {
          // Visible text plus image alt text, which screen readers read.
          const text = await open.page.evaluate(() => [document.body.innerText, ...[...document.images].map((i) => i.alt)].join('\n'));
          expect(missingWords(articleText(article), text)).toEqual([]);
        });
      });

      it('is self-contained and safe', async () => {
        const { html } = await page(name);
        expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
        expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
        expect(html).not.toMatch(/\s(src|href)="(?!data:image\/|#|https?:|mailto:)/);
        expect(html).not.toMatch(/<(iframe|object|embed|link)\b/i);
      });
    });
  }
});

describe('hostile input', () => {
  it('runs nothing, keeps the text, drops the code', async () => {
    const { html, article } = await page('hostile.md');
    await withPage(openHtml(html), async (open) => {
      await open.page.mouse.move(10, 10);
      await open.page.hover('text=Hover text survives.');
      await open.page.click('text=bold handler');
      const text = await open.page.evaluate(() => document.body.innerText);
      expect(open.events).toEqual([]);
      expect(text).toContain('Hover text survives.');
      expect(text).toContain('a javascript link');
      expect(text).toContain('مرحبا بالعالم');
      expect(text).toContain('Final line of the hostile article.');
      expect(text).toContain('After the long line.');
      expect(text).toContain('<script>alert("code block")</script>');
      const links = await open.page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      expect(links.every((href) => href?.startsWith('#'))).toBe(true);
      const handlers = await open.page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)));
      expect(handlers).toEqual([]);
    });
    // Input text may *mention* these (escaped); no tag or attribute may carry them.
    expect(html).not.toMatch(/(href|src)="(javascript|vbscript|data:text)/i);
    const tags = html.replace(/"[^"]*"/g, '""');
    expect(tags).not.toMatch(/<script>|<[^>]*\son\w+\s*=|<(iframe|object|embed)\b|<style>body/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;code block&quot;)&lt;/script&gt;');
    expect(article.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining([expect.stringContaining('<script>'), expect.stringContaining('<iframe>')]));
  });
});

describe('a hostile web page', () => {
  it('runs nothing, fetches nothing, keeps the words, drops the code', async () => {
    const { html, article } = await page('hostile-page.html');
    await withPage(openHtml(html), async (open) => {
      await open.page.hover('text=Hover text survives');
      await open.page.click('text=javascript link');
      const text = await open.page.evaluate(() => document.body.innerText);
      expect(open.events).toEqual([]);
      expect(text).toContain('Hover text survives the handler that was on it.');
      expect(text).toContain('Final line of the hostile page');
      expect(text).not.toContain('written by script');
      const links = await open.page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      // Only the safe link stays a link: not the javascript ones, and not the relative one a hostile <base> would send elsewhere.
      expect(links.filter((href) => !href?.startsWith('#'))).toEqual(['https://example.org/safe']);
    });
    expect(html).not.toContain('attacker.example');
    const tags = html.replace(/"[^"]*"/g, '""');
    expect(tags).not.toMatch(/<script>|<[^>]*\son\w+\s*=|<(iframe|object|embed|form|base)\b/i);
    // (The page's own Content-Security-Policy is a meta http-equiv too; the page's refresh is not carried over.)
    expect(html).not.toMatch(/http-equiv="refresh"/i);
    expect(article.dropped.map((d) => d.text).join(' ')).toContain('svg words');
  });
});

describe('reading comfort and metadata', () => {
  it('keeps table cells whole at 320 px: no word breaks across lines; a wide table scrolls in its wrapper', async () => {
    const { html } = await page('night-trains.md');
    await withPage(openHtml(html, { width: 320 }), async (open) => {
      const result = await open.page.evaluate(() => {
        const broken: string[] = [];
        for (const cell of document.querySelectorAll('th, td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index ?? 0);
              range.setEnd(node, (match.index ?? 0) + match[0].length);
              // A word broken across two lines has two boxes.
              if (range.getClientRects().length > 1) broken.push(match[0]);
            }
          }
        }
        const wrappers = [...document.querySelectorAll('.table-scroll')].map((w) => ({ scrolls: w.scrollWidth > w.clientWidth, fits: w.scrollWidth <= w.clientWidth }));
        return { broken, wrappers, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
      expect(result.wrappers.length).toBeGreaterThan(0);
      expect(result.broken).toEqual([]);
      expect(result.pageOverflow).toBeLessThanOrEqual(0);
    });
  });

  it('keeps text unclipped and unscrolled under WCAG 1.4.12 text-spacing overrides at 320 px', async () => {
    const { html } = await page('guardian-heatwave.txt');
    await withPage(openHtml(html, { width: 320 }), async (open) => {
      await open.page.addStyleTag({
        content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      });
      const overflow = await open.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const clipped = await open.page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            return (style.overflow === 'hidden' || style.overflowY === 'hidden') && el.scrollHeight > el.clientHeight + 1;
          })
          .map((el) => el.tagName),
      );
      expect(clipped).toEqual([]);
    });
  });

  it('shows focus, and the skip link lands on the article', async () => {
    const { html } = await page('night-trains.md');
    await withPage(openHtml(html), async (open) => {
      await open.page.keyboard.press('Tab');
      const focused = await open.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: el.getBoundingClientRect().top };
      });
      expect(focused.text).toBe('Skip to article');
      expect(focused.outline).not.toBe('none');
      expect(focused.top).toBeGreaterThanOrEqual(0);
      await open.page.keyboard.press('Enter');
      expect(await open.page.evaluate(() => document.activeElement?.id)).toBe('content');
    });
  });

  it('shows a pull quote without making screen readers read it twice', async () => {
    const { html } = await page('guardian-heatwave.txt');
    await withPage(openHtml(html), async (open) => {
      const visible = await open.page.evaluate(() => document.body.innerText);
      expect(visible).toContain('“The houses never cool down at night”');
      const ax = await accessibilityTree(open.page);
      expect(ax.filter((n) => n.name.includes('The houses never cool down at night'))).toEqual([]);
    });
  });

  it('has a "Headline – Publisher" title and NewsArticle JSON-LD', async () => {
    const { html } = await page('harbour-bridge.txt');
    expect(html).toContain('<title>Port council delays vote on harbour bridge – The Eastwick Courier Ltd</title>');
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Port council delays vote on harbour bridge',
      author: [{ name: 'Priya Ramanathan' }, { name: 'Tomasz Nowak' }],
      datePublished: '2025-11-03T09:00Z',
      publisher: { name: 'The Eastwick Courier Ltd' },
    });
  });
});

describe('determinism', () => {
  it('writes byte-identical HTML and trees across runs and time zones', () => {
    const outputs = ['UTC', 'Pacific/Auckland'].map((tz) => {
      const dir = mkdtempSync(join(tmpdir(), 'lectern-html-det-'));
      const result = spawnSync(process.execPath, [BIN, 'export', 'test/fixtures/night-trains.md', '--format', 'html', '--out', dir], { cwd: ROOT, env: { ...process.env, TZ: tz } });
      expect(result.status).toBe(0);
      const tree = spawnSync(process.execPath, [BIN, 'tree', 'test/fixtures/harbour-bridge.txt', '--json'], { cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8' }).stdout;
      return { html: readFileSync(join(dir, 'the-quiet-return-of-the-night-train.html'), 'utf8'), tree };
    });
    expect(outputs[1]).toEqual(outputs[0]);
  });
});

describe('--template', () => {
  it('renders with a user template, and refuses one that would lose the article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-template-'));
    const template = join(dir, 'mine.html');
    writeFileSync(template, '<!DOCTYPE html><html lang="{{lang}}"><head><title>{{title}}</title><style>{{css}}</style></head><body><div class="mine">{{masthead}}</div><main>{{sections}}</main><footer>{{footer}}</footer></body></html>');
    const ok = runCli(['export', 'test/fixtures/harbour-bridge.txt', '--format', 'html', '--template', template, '--out', dir]);
    expect(ok.status).toBe(0);
    const html = readFileSync(join(dir, 'port-council-delays-vote-on-harbour-bridge.html'), 'utf8');
    expect(html).toContain('<div class="mine"><p class="kicker">Cities</p>');
    const broken = join(dir, 'broken.html');
    writeFileSync(broken, '<html><body>{{masthead}}</body></html>');
    const refused = runCli(['export', 'test/fixtures/harbour-bridge.txt', '--format', 'html', '--template', broken, '--out', join(dir, 'none')]);
    expect(refused.status).toBe(EXIT_CODES.usage);
    expect(refused.stderr).toMatch(/has no \{\{sections\}\} placeholder/);
  });

  it('allows the style sheet by its hash wherever the template lays out the style element', async () => {
    const template = '<!DOCTYPE html><html lang="{{lang}}"><head><meta http-equiv="Content-Security-Policy" content="{{csp}}"><title>{{title}}</title><style>\n    {{css}}\n  </style></head><body>{{masthead}}<main>{{sections}}</main></body></html>';
    const { article, assets } = await loadFixture('harbour-bridge.txt');
    const html = renderHtmlPage(article, { assets, template });
    await withPage(openHtml(html, { enforceCsp: true }), async (open) => {
      // The bundled sheet caps the text column at 42rem: applied only when the CSP lets the sheet in.
      expect(await open.page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('672px');
      expect(open.events).toEqual([]);
    });
  });
});

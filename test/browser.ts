/** Pages in the shared Chromium, axe-core, and Chromium's accessibility tree. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser | undefined;

export async function connectBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  // Only the conformance project's global setup launches Chromium.
  if (!endpoint) throw new Error('no shared Chromium in this Vitest project: list the test file in CONFORMANCE (vitest.config.ts)');
  browser ??= await chromium.connect(endpoint);
  return browser;
}

export interface OpenPage {
  page: Page;
  /** Dialogs, console messages and page errors seen since the page opened. */
  events: string[];
  close(): Promise<void>;
}

/** What a page did that a test must see: a dialog (dismissed), an uncaught error and, unless asked not to, console output. */
function recordEvents(page: Page, events: string[], options: { console?: boolean } = {}): void {
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  if (options.console !== false) page.on('console', (m) => events.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
}

/**
 * Opens HTML in a fresh context. CSP is bypassed on purpose: the page must be safe
 * because nothing in it can run, not because its CSP blocks what could.
 */
export async function openHtml(html: string, options: { width?: number; colorScheme?: 'light' | 'dark'; enforceCsp?: boolean } = {}): Promise<OpenPage> {
  const open = await watchedPage(options);
  await open.page.setContent(html, { waitUntil: 'load' });
  return open;
}

/**
 * A blank page in a fresh context that records every dialog, console message, page error and
 * request (requests are aborted: nothing leaves the machine). Load content into it as often as
 * needed; `openHtml` loads one page.
 */
export async function watchedPage(options: { width?: number; colorScheme?: 'light' | 'dark'; enforceCsp?: boolean } = {}): Promise<OpenPage> {
  const b = await connectBrowser();
  const context = await b.newContext({
    // (`enforceCsp`: to check that the page's own policy lets its own style sheet and pictures in.)
    bypassCSP: !options.enforceCsp,
    viewport: { width: options.width ?? 1024, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const events: string[] = [];
  recordEvents(page, events);
  await context.route('**/*', (route) => {
    events.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  return { page, events, close: () => context.close() };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

export interface AxNode {
  role: string;
  name: string;
  level?: number;
}

/** What a screen reader gets: Chromium's accessibility tree, headings and landmarks. */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.role)
    .map((n) => {
      const level = n.properties?.find((p) => p.name === 'level')?.value.value;
      return { role: n.role?.value ?? '', name: n.name?.value ?? '', ...(typeof level === 'number' ? { level } : {}) };
    });
}

/**
 * Opens one document of an unzipped EPUB, served from memory at http://epub.test/ with
 * its real media type, so Chromium parses XHTML as XHTML and loads its CSS and images.
 */
export async function openEpubDocument(files: Map<string, Uint8Array>, path: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<OpenPage> {
  const b = await connectBrowser();
  const context = await b.newContext({ viewport: { width: 800, height: 1000 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const events: string[] = [];
  recordEvents(page, events, { console: false });
  const types: Record<string, string> = { xhtml: 'application/xhtml+xml', css: 'text/css', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.hostname === 'epub.test' ? files.get(decodeURIComponent(url.pathname.slice(1))) : undefined;
    if (!body) {
      events.push(`request: ${url.href}`);
      return route.abort();
    }
    const ext = url.pathname.split('.').pop() ?? '';
    return route.fulfill({ status: 200, contentType: types[ext] ?? 'application/octet-stream', body: Buffer.from(body) });
  });
  await page.goto(`http://epub.test/${path}`, { waitUntil: 'load' });
  return { page, events, close: () => context.close() };
}

/** Opens a page, runs `use`, and always closes the page's context. */
export async function withPage<T>(opening: Promise<OpenPage>, use: (open: OpenPage) => Promise<T>): Promise<T> {
  const open = await opening;
  try {
    return await use(open);
  } finally {
    await open.close();
  }
}

/**
 * Opens a page served from memory at http://page.test/ with the files beside it (audio answers
 * range requests, as a web server's does), in a fresh context that records dialogs, console
 * messages, page errors and any request for a file that is not there. `scriptOff` loads it with
 * script off, as such a reader gets it (its scripts never run), then turns script back on for the
 * test's own probes (axe, evaluate), which Chromium would otherwise never answer.
 */
export async function openServed(
  files: Map<string, Uint8Array | string>,
  path: string,
  options: { colorScheme?: 'light' | 'dark'; enforceCsp?: boolean; scriptOff?: boolean } = {},
): Promise<OpenPage> {
  const b = await connectBrowser();
  const context = await b.newContext({
    bypassCSP: !options.enforceCsp,
    viewport: { width: 1024, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const cdp = options.scriptOff ? await context.newCDPSession(page) : undefined;
  await cdp?.send('Emulation.setScriptExecutionDisabled', { value: true });
  const events: string[] = [];
  recordEvents(page, events);
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', mp3: 'audio/mpeg', vtt: 'text/vtt; charset=utf-8', json: 'application/json' };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = url.hostname === 'page.test' ? files.get(decodeURIComponent(url.pathname.slice(1))) : undefined;
    if (file === undefined) {
      events.push(`request: ${url.href}`);
      return route.abort();
    }
    const body = Buffer.from(file);
    const contentType = types[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream';
    const range = /^bytes=(\d+)-(\d*)$/.exec(route.request().headers().range ?? '');
    if (!range) return route.fulfill({ status: 200, contentType, headers: { 'accept-ranges': 'bytes' }, body });
    const from = Number(range[1]);
    const to = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    return route.fulfill({
      status: 206,
      contentType,
      headers: { 'accept-ranges': 'bytes', 'content-range': `bytes ${from}-${to}/${body.length}` },
      body: body.subarray(from, to + 1),
    });
  });
  await page.goto(`http://page.test/${path}`, { waitUntil: 'load' });
  await cdp?.send('Emulation.setScriptExecutionDisabled', { value: false });
  await cdp?.detach();
  return { page, events, close: () => context.close() };
}

export interface HighlightColours {
  /** Whether the page matched `(forced-colors: active)`. */
  forced: boolean;
  /** The sentence marked active, and the text around it (the paragraph it is in): its colour and the background it shows on. */
  active: { color: string; background: string };
  around: { color: string; background: string };
}

/**
 * Marks the first sentence span inside a paragraph (`p > span[id^="s_"]`) with `activeClass`, with
 * forced colours emulated (Windows High Contrast and the like), and reads the colours it is drawn
 * in against the paragraph's: a background is the first one up the tree that is not transparent.
 */
export async function forcedColoursHighlight(page: Page, activeClass: string): Promise<HighlightColours> {
  await page.emulateMedia({ forcedColors: 'active' });
  return page.evaluate((active) => {
    const sentence = document.querySelector('p > span[id^="s_"]') as HTMLElement;
    sentence.classList.add(active);
    const colours = (element: Element) => {
      let background = 'rgba(0, 0, 0, 0)';
      for (let node: Element | null = element; node && background === 'rgba(0, 0, 0, 0)'; node = node.parentElement) background = getComputedStyle(node).backgroundColor;
      return { color: getComputedStyle(element).color, background };
    };
    return { forced: matchMedia('(forced-colors: active)').matches, active: colours(sentence), around: colours(sentence.parentElement as Element) };
  }, activeClass);
}

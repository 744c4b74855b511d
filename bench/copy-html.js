// node bench/copy-html.js IN_DIR OUT_DIR: what a reader gets by selecting a whole saved page and
// copying it. Each IN_DIR/NAME.html is opened in Debian's Chromium with scripts off and every
// request but the page itself refused, and its body's innerText (what Ctrl+A, Ctrl+C puts on the
// clipboard) is written to OUT_DIR/NAME.txt, for `npm run bench -- bodies OUT_DIR`.
import { isUtf8 } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node bench/copy-html.js IN_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  // A saved page stored as UTF-8 whose <meta> still names the site's legacy charset (gb2312) was
  // shown right by the site's server; served as UTF-8 here, it is shown as a reader saw it.
  await context.route('**/*', (route) => {
    const request = route.request();
    if (!request.isNavigationRequest() || !request.url().startsWith('file:')) return route.abort();
    let bytes;
    try {
      bytes = readFileSync(fileURLToPath(request.url()));
    } catch {
      return route.abort();
    }
    return isUtf8(bytes) ? route.fulfill({ body: bytes, headers: { 'content-type': 'text/html; charset=utf-8' } }) : route.continue();
  });
  const page = await context.newPage();
  for (const file of readdirSync(inDir).sort()) {
    if (!/\.x?html?$/i.test(file)) continue;
    await page.goto(`file://${resolve(inDir, file)}`, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => {});
    const text = await page.evaluate(() => document.body?.innerText ?? '');
    writeFileSync(join(outDir, file.replace(/\.x?html?$/i, '.txt')), text);
    console.log(`${file}: ${text.length} characters`);
  }
} finally {
  await browser.close();
}

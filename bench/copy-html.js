// node bench/copy-html.js IN_DIR OUT_DIR: what a reader gets by selecting a whole saved page and
// copying it. Each IN_DIR/NAME.html is opened in Debian's Chromium with scripts off and every
// request but the page itself refused, and its body's innerText (what Ctrl+A, Ctrl+C puts on the
// clipboard) is written to OUT_DIR/NAME.txt, for `npm run bench -- bodies OUT_DIR`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  await context.route('**/*', (route) => (route.request().isNavigationRequest() && route.request().url().startsWith('file:') ? route.continue() : route.abort()));
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

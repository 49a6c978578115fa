/**
 * Lighthouse (mobile profile) on one page per template of the built site, with Debian's Chromium.
 *
 *   npm run bench:lighthouse          (build first)
 *
 * Prints the four category scores per template. Runs against a local static server; nothing leaves
 * the machine.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../tests/e2e/browser.ts';
import { TEMPLATES } from './lib/templates.ts';
import { serve } from './lib/serve.ts';

const DIST = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(join(DIST, 'index.html'))) throw new Error('Fant ikke dist/: kjør `npm run build` først.');

const server = await serve(DIST);
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log('Lighthouse, mobilprofil (poeng 0–100)');
console.log('mal'.padEnd(18), ...categories.map((c) => c.padStart(15)));
try {
  for (const [name, path] of TEMPLATES) {
    if (!existsSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'))) continue;
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
      formFactor: 'mobile',
    });
    const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    console.log(name.padEnd(18), ...scores.map((s) => String(s).padStart(15)));
  }
} finally {
  chrome.kill();
  await server.close();
}

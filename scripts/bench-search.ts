/**
 * Search benchmark: Pagefind index size, bytes fetched for a first query, and time from typing to results
 * in headless Chromium, for the real site (dist/, build it first) and a synthetic site of 10 000 measures.
 *
 *   npm run bench:search             (real site and 10 000)
 *   npm run bench:search -- real     (real site only)
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../tests/e2e/browser.ts';
import { removeProject, syntheticProject } from './lib/synthetic.ts';
import { serve } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const QUERIES = ['leksehjelp', 'matematikk', 'overgang'];

function size(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? size(path) : statSync(path).size);
  }, 0);
}

async function measure(label: string, dist: string) {
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const query of QUERIES) {
      const context = await browser.newContext(); // a cold cache for each query
      const page = await context.newPage();
      await page.goto(`${server.url}/sok/`, { waitUntil: 'networkidle' });
      let bytes = 0;
      page.on('response', async (response) => {
        try {
          bytes += (await response.body()).length;
        } catch {
          /* redirects and aborted requests have no body */
        }
      });
      // Like a reader: focusing the field loads Pagefind; then the query is typed.
      await page.focus('#sok-q');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      // Time in the page: from the input event to the results being in the list.
      const ms = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#sok-q')!;
        const list = document.querySelector('#treff')!;
        const started = performance.now();
        const done = new Promise<number>((ok) => {
          new MutationObserver(() => list.children.length && ok(performance.now() - started)).observe(list, {
            childList: true,
          });
        });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, query);
      await page.waitForLoadState('networkidle');
      console.log(
        label.padEnd(16),
        query.padEnd(12),
        `${(bytes / 1024).toFixed(1)} KB`.padStart(10),
        `${ms.toFixed(0)} ms`.padStart(8),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${label}: Pagefind-indeks på disk ${(size(join(dist, 'pagefind')) / 1024).toFixed(0)} KB`);
}

console.log('Første søk: byte hentet fra søkefeltet får fokus (ukomprimert), og tid fra tastetrykk til treff vises');
console.log('nettsted'.padEnd(16), 'søk'.padEnd(12), 'hentet'.padStart(10), 'tid'.padStart(8));
const which = process.argv[2];
if (which !== '10000') {
  if (!existsSync(join(ROOT, 'dist', 'pagefind'))) throw new Error('Fant ikke dist/pagefind: kjør `npm run build` først.');
  await measure('ekte (60)', join(ROOT, 'dist'));
}
if (which !== 'real') {
  const dir = syntheticProject(10_000);
  try {
    const built = spawnSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) throw new Error('Bygget av det syntetiske nettstedet feilet');
    await measure('syntetisk 10000', join(dir, 'dist'));
  } finally {
    removeProject(dir);
  }
}

/**
 * Search benchmark: Pagefind index size, bytes fetched for a first query, and time from typing to results
 * in headless Chromium, for the real site (dist/, build it first) and a synthetic site of 10 000 measures.
 *
 *   npm run bench:search             (real site and 10 000)
 *   npm run bench:search -- real     (real site only)
 *   npm run bench:search -- DIR      (a site already built into DIR)
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../tests/e2e/browser.ts';
import { filesUnder } from './lib/files.ts';
import { removeProject, syntheticProject } from './lib/synthetic.ts';
import { serve } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
// Three words of the texts, a misspelling (the page then fetches its word lists: src/lib/spelling.ts) and a
// school's name (its page is a best bet: a second search among the places, src/lib/best-bets.ts).
const QUERIES = ['leksehjelp', 'matematikk', 'overgang', 'hospetering', 'Greveskogen'];

const size = (dir: string) => filesUnder(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

/** The size on disk of the file a URL serves (what the browser holds once any HTTP gzip is undone). */
function fileSize(dist: string, url: string): number {
  const path = join(dist, decodeURIComponent(new URL(url).pathname));
  return statSync(statSync(path).isDirectory() ? join(path, 'index.html') : path).size;
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
      // Uncompressed: the bytes of the files; over the wire: what the browser received (gzip for text,
      // as docs/drift.md serves it; Pagefind's own files are compressed already).
      let bytes = 0;
      let wire = 0;
      const counted: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        bytes += fileSize(dist, request.url());
        counted.push(request.sizes().then((sizes) => void (wire += sizes.responseBodySize)));
      });
      // Like a reader: focusing the field loads Pagefind; then the query is typed.
      await page.focus('#sok-q');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      // Time in the page, from the input event: to the first result in the list, and to the whole first
      // page of results (the list is aria-busy until the last of them is shown; the status line is
      // written later still, when typing has stopped: src/scripts/search.ts).
      const ms = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#sok-q')!;
        const list = document.querySelector('#treff')!;
        const started = performance.now();
        const first = new Promise<number>((ok) => {
          new MutationObserver(() => list.children.length && ok(performance.now() - started)).observe(list, {
            childList: true,
          });
        });
        const all = new Promise<number>((ok) => {
          new MutationObserver(
            () => list.children.length && list.getAttribute('aria-busy') === 'false' && ok(performance.now() - started),
          ).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
        });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return { first: await first, all: await all };
      }, query);
      await page.waitForLoadState('networkidle');
      await Promise.all(counted);
      console.log(
        label.padEnd(16),
        query.padEnd(12),
        `${(bytes / 1024).toFixed(1)} KB`.padStart(10),
        `${(wire / 1024).toFixed(1)} KB`.padStart(10),
        `${ms.first.toFixed(0)} ms`.padStart(10),
        `${ms.all.toFixed(0)} ms`.padStart(10),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${label}: Pagefind-indeks på disk ${(size(join(dist, 'pagefind')) / 1024).toFixed(0)} KB`);
}

console.log('Første søk: byte hentet fra søkefeltet får fokus (ukomprimert og over nettet med gzip),');
console.log('og tid fra tastetrykk til første treff og til hele første side med treff vises');
console.log(
  'nettsted'.padEnd(16),
  'søk'.padEnd(12),
  'ukomprimert'.padStart(10),
  'over nett'.padStart(10),
  'første'.padStart(10),
  'ti treff'.padStart(10),
);
const which = process.argv[2];
if (which && existsSync(join(which, 'pagefind'))) {
  // A site built elsewhere, e.g. a kept synthetic build: `npm run bench:search -- /tmp/x/dist`.
  await measure('mappe', resolve(which));
} else {
  if (which !== '10000') {
    if (!existsSync(join(ROOT, 'dist', 'pagefind')))
      throw new Error('Fant ikke dist/pagefind: kjør `npm run build` først.');
    await measure('ekte (60)', join(ROOT, 'dist'));
  }
  if (which !== 'real') {
    const dir = syntheticProject(10_000);
    try {
      const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
      const built = spawnSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'ignore', env });
      if (built.status !== 0) throw new Error('Bygget av det syntetiske nettstedet feilet');
      await measure('syntetisk 10000', join(dir, 'dist'));
    } finally {
      removeProject(dir);
    }
  }
}

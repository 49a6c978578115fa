/**
 * Builds the Pagefind search index from the finished site (astro:build:done) through Pagefind's Node
 * API. Any indexing error fails the build, so a site without a working search is never published.
 *
 * Each page with a data-pagefind-body is indexed with its index-only words (INDEX_FILE, written by
 * src/pages/sok-indeks.json.ts) added in memory: they are in the index, not in the published HTML. The
 * school and municipality pages are indexed as short records. INDEX_FILE is deleted afterwards. Cells
 * and list items are kept apart by a space (`separated`), so their words are not run together.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INDEX_FILE, recordHtml, separated, withIndexBlocks, type IndexData } from '../lib/search-index';

/** Pagefind's ready-made UIs and its web worker: the site uses its own small UI on the main thread. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind: ${step} feilet:\n${errors.join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tiltaksbanken:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) fail('oppretting av indeksen', errors);
          const data = JSON.parse(readFileSync(join(outDir, INDEX_FILE), 'utf8')) as IndexData;
          const files: { url: string; content: string }[] = [];
          for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
            if (!file.endsWith('.html')) continue;
            const html = readFileSync(join(outDir, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const url = `/${file.split('\\').join('/')}`.replace(/index\.html$/, '');
            const blocks = data.pages[url];
            files.push({ url, content: separated(blocks ? withIndexBlocks(html, blocks, url) : html) });
          }
          for (const record of data.records) files.push({ url: record.url, content: recordHtml(record) });
          const indexed = new Set(files.map((f) => f.url));
          const unused = Object.keys(data.pages).filter((url) => !indexed.has(url));
          if (unused.length)
            fail(
              'indeksering',
              unused.map((url) => `søkeord for en side som ikke er indeksert: ${url}`),
            );
          let count = 0;
          for (const file of files) {
            const added = await index.addHTMLFile(file);
            if (added.errors.length) fail(`indeksering av ${file.url}`, added.errors);
            count++;
          }
          if (count === 0) fail('indeksering', ['ingen sider ble indeksert']);
          rmSync(join(outDir, INDEX_FILE));
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) fail('skriving av filene', written.errors);
          for (const file of UNUSED) rmSync(join(outDir, 'pagefind', file), { force: true });
          logger.info(`indekserte ${count} sider`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

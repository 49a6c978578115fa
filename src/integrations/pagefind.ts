/**
 * Builds the Pagefind search index from the finished site (astro:build:done) through Pagefind's Node
 * API. Any indexing error fails the build, so a site without a working search is never published.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) fail('indeksering', added.errors);
          if (added.page_count === 0) fail('indeksering', ['ingen sider ble indeksert']);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) fail('skriving av filene', written.errors);
          for (const file of UNUSED) rmSync(join(outDir, 'pagefind', file), { force: true });
          logger.info(`indekserte ${added.page_count} sider`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

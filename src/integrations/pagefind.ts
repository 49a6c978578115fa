/**
 * Builds the Pagefind search index from the finished site (astro:build:done) through Pagefind's Node
 * API. Any indexing error fails the build, so a site without a working search is never published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
          logger.info(`indekserte ${added.page_count} sider`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

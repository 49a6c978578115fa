/**
 * `npm run build`: `astro build` into a temporary folder, moved to dist/ only when the whole build
 * succeeded (pages, sitemap and the Pagefind index in astro:build:done). When the build fails, the
 * temporary folder and any earlier dist/ are removed, so there is nothing half-built, or left over, to
 * deploy or preview. Arguments are passed on to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DIST = 'dist';
const BUILDING = '.dist-tmp';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

remove(BUILDING);
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', BUILDING, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
remove(DIST);
if (result.status === 0) {
  renameSync(BUILDING, DIST);
} else {
  remove(BUILDING);
  console.error(`\nBygget feilet; ${DIST}/ er fjernet, så ingenting kan publiseres. Rett feilen over og bygg på nytt.`);
  process.exit(result.status ?? 1);
}

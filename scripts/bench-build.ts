/**
 * Build time and peak memory for the real site and synthetic sites of 1 000 and 10 000 measures.
 *
 *   npm run bench:build                 (all three)
 *   npm run bench:build -- 1000         (one synthetic size; `real` for the real site only)
 *
 * Prints total time, pages, time per page and peak resident memory of the build process.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { filesUnder } from './lib/files.ts';
import { removeProject, syntheticProject } from './lib/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');

const countPages = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.html')).length;

function build(dir: string, outDir: string) {
  const started = performance.now();
  // GNU time reports the peak resident memory (kB) of the build and its children.
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'astro', 'build', '--outDir', outDir], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Bygget feilet i ${dir}:\n${result.stderr.slice(-3000)}`);
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, peakMb: peakKb / 1024, pages: countPages(join(dir, outDir)) };
}

const args = process.argv.slice(2);
const sizes = args.map(Number).filter(Boolean);
const runs: [string, number | undefined][] = args.includes('real')
  ? [['ekte (60)', undefined]]
  : sizes.length
    ? sizes.map((n) => [`syntetisk ${n}`, n])
    : [
        ['ekte (60)', undefined],
        ['syntetisk 1000', 1000],
        ['syntetisk 10000', 10000],
      ];

console.log('Byggetid (astro build med Pagefind-indeks), 2 kjerner');
console.log(
  'nettsted'.padEnd(18),
  'sider'.padStart(7),
  'sekunder'.padStart(9),
  'ms/side'.padStart(8),
  'topp-minne MB'.padStart(14),
);
for (const [label, n] of runs) {
  const dir = n === undefined ? ROOT : syntheticProject(n);
  try {
    const out = n === undefined ? 'node_modules/.bench-dist' : 'dist';
    const r = build(dir, out);
    console.log(
      label.padEnd(18),
      String(r.pages).padStart(7),
      r.seconds.toFixed(1).padStart(9),
      ((r.seconds * 1000) / r.pages).toFixed(1).padStart(8),
      r.peakMb.toFixed(0).padStart(14),
    );
  } finally {
    if (n !== undefined) removeProject(dir);
  }
}

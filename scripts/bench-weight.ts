/**
 * Page weight per template: HTML, CSS and JS that a page loads, raw and compressed (gzip, brotli).
 *
 *   npm run bench:weight     (builds nothing: run `npm run build` first)
 *
 * It reads the built site in dist/, follows each page's <link rel="stylesheet"> and <script src>, and
 * prints one row per template page. Figures, not a pass/fail test: record them in docs/ytelse.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TEMPLATES } from './lib/templates.ts';

const DIST = 'dist';

interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

const add = (a: Weight, b: Weight): Weight => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const zero: Weight = { raw: 0, gzip: 0, brotli: 0 };

function weigh(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

function fileFor(path: string): string {
  return path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
}

function assets(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
}

/** A module script and the chunks it imports statically (they load with it). */
function withImports(scripts: string[], seen = new Set<string>()): Set<string> {
  for (const src of scripts) {
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(DIST, src), 'utf8');
    const imports = [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map(
      (m) => new URL(m[1]!, `http://x${src}`).pathname,
    );
    withImports(imports, seen);
  }
  return seen;
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

if (!existsSync(DIST)) {
  console.error('Fant ikke dist/: kjør `npm run build` først.');
  process.exit(1);
}

console.log('Sidevekt per mal (KB; gzip og brotli er summen av filene komprimert hver for seg)');
console.log('mal'.padEnd(18), 'HTML gz', ' CSS gz', '  JS gz', 'sum raw', 'sum gz', ' sum br');
for (const [name, path] of TEMPLATES) {
  const file = fileFor(path);
  if (!existsSync(file)) continue;
  const html = readFileSync(file);
  const text = html.toString('utf8');
  // Scripts Astro inlines into the page count as JavaScript, not as HTML.
  const inline = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const inlineJs = inline.map((code) => weigh(Buffer.from(code))).reduce(add, zero);
  const css = assets(text, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)
    .map((href) => weigh(readFileSync(join(DIST, href))))
    .reduce(add, zero);
  const js = [...withImports(assets(text, /<script[^>]+src="([^"]+)"/g))]
    .map((src) => weigh(readFileSync(join(DIST, src))))
    .reduce(add, inlineJs);
  const h = weigh(Buffer.from(inline.reduce((rest, code) => rest.replace(code, ''), text)));
  const total = add(add(h, css), js);
  console.log(name.padEnd(18), kb(h.gzip), kb(css.gzip), kb(js.gzip), kb(total.raw), kb(total.gzip), kb(total.brotli));
}

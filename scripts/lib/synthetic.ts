/**
 * Makes a synthetic copy of the project with N measures, for benchmarks: the same templates, schema and
 * other content, with measures generated from the 60 real ones (names numbered, a sentence or two of
 * other measures added so the text varies). Never used for the real site.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { stringify } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const COPY = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function syntheticProject(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `tiltaksbanken-${count}-`));
  for (const entry of COPY) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const measureDir = join(dir, 'content', 'tiltak');
  const real = readdirSync(measureDir)
    .sort()
    .map((f) => parseFrontmatter(readFileSync(join(measureDir, f), 'utf8'), f));
  rmSync(measureDir, { recursive: true });
  mkdirSync(measureDir);
  for (let i = 0; i < count; i++) {
    const base = real[i % real.length]!;
    // The text varies by a sentence of another measure, added after the measure's own; its quotes
    // (facts rest on a phrase that stands once in the description) stay whole and single.
    const quotes = quotesOf(base.data);
    const extra = [real[(i * 7 + 3) % real.length]!, real[(i * 13 + 5) % real.length]!]
      .map((other) => other.body.split(/(?<=\.)\s+(?=\p{Lu})/u)[1 + (i % 2)] ?? '')
      .filter((sentence) => sentence && !quotes.some((q) => sentence.includes(q)));
    const body = [base.body.trim(), ...extra].join(' ');
    const data = { ...base.data, name: `${String(base.data['name'])} ${i + 1}` };
    writeFileSync(join(measureDir, `syntetisk-${i + 1}.md`), `---\n${stringify(data)}---\n\n${body}\n`);
  }
  return dir;
}

/** Every `quote` in a measure's frontmatter. */
function quotesOf(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(quotesOf);
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      key === 'quote' && typeof value === 'string' ? [value] : quotesOf(value),
    );
  }
  return [];
}

/** Removes a synthetic project (the node_modules link only, never its target). */
export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

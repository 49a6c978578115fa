/** Reads the content folders directly (without Astro) for the integrity tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '../src/lib/frontmatter';

export interface Entry<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export function readCollection<T = Record<string, unknown>>(folder: string): Entry<T>[] {
  const dir = join('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') || f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      const id = basename(f, extname(f));
      if (f.endsWith('.yaml')) return { id, file, data: parse(text) as T, body: '' };
      const { data, body } = parseFrontmatter(text, file);
      return { id, file, data: data as T, body };
    });
}

export function sourceText(key: string): string {
  return readFileSync(join('content', 'kilder', 'tekst', `${key}.txt`), 'utf8');
}

/** Reads the content folders directly (without Astro) for the integrity tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryId } from '../src/lib/content-check';
import { parseContentFile } from '../src/lib/frontmatter';

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
      const { data, body } = parseContentFile(text, file);
      return { id: entryId(f), file, data: data as T, body };
    });
}

export function sourceText(key: string): string {
  return readFileSync(join('content', 'kilder', 'tekst', `${key}.txt`), 'utf8');
}

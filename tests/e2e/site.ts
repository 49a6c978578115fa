/** The built site on disk, for tests that read its files directly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/lib/files';

export const DIST = 'dist';

/** Every HTML page in the built site, as its URL path ("/tiltak/ent3r/"). */
export function builtPages(): string[] {
  return filesUnder(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
  return readFileSync(file, 'utf8');
}

/** The built site on disk, for tests that read its files directly. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Every HTML page in the built site, as its URL path ("/tiltak/ent3r/"). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(`/${relative(DIST, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(DIST);
  return out.sort();
}

export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
  return readFileSync(file, 'utf8');
}

/**
 * Runs the content check (src/lib/content-check.ts) on content/ before Astro reads the collections
 * (astro:config:setup). A problem stops `astro build` and `astro sync` (so `npm run check` too) with one
 * line per problem, naming the file and the field; `astro dev` logs the problems and keeps running.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FOLDERS, checkContent, formatProblem } from '../lib/content-check.ts';

/** Every file under the collection folders (not dotfiles), relative to `root`, with `/`. */
export function contentFiles(root: string): string[] {
  return Object.keys(CONTENT_FOLDERS).flatMap((folder) =>
    readdirSync(join(root, 'content', folder), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/')),
  );
}

/** The content check on the project in `root`. */
export const checkProject = (root: string) =>
  checkContent(contentFiles(root), (file) => readFileSync(join(root, file), 'utf8'));

export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'tiltaksbanken:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const problems = checkProject(fileURLToPath(config.root)).map(formatProblem);
        if (problems.length === 0) return;
        const summary = `Innholdet har ${problems.length} feil (se docs/innhold.md):\n${problems.join('\n')}`;
        if (command === 'dev') return logger.error(summary);
        const error = new Error(`${summary}\nIngenting er bygget.`);
        error.stack = error.message;
        throw error;
      },
    },
  };
}

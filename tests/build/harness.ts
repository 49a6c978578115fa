/**
 * Runs the real build (`npm run build`) on a temporary copy of the project with some files laid over it:
 * only what the build needs is copied, and node_modules is a folder of links to the real one's packages,
 * so each copy keeps Astro's and Vite's caches (node_modules/.astro, .vite) to itself.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NEEDED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const CACHES = ['.astro', '.vite'];

/** A copy of the project in a new temporary folder, with `overlay`'s files (if any) replacing or adding to it. */
export function copyProject(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiltaksbanken-'));
  for (const path of NEEDED) cpSync(path, join(dir, path), { recursive: true });
  const modules = realpathSync('node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!CACHES.includes(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  if (overlay) cpSync(overlay, dir, { recursive: true });
  return dir;
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * Runs `npm run build` in `dir`; resolves with the exit code and everything it printed. `env` adds to or,
 * with `undefined`, removes from the environment, so a test does not depend on what the shell has set.
 */
export function build(
  dir: string,
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; output: string }> {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: dir, env: merged });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Runs `astro sync` in `dir`: the content check and every collection's schema, without a build. */
export function sync(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'sync'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

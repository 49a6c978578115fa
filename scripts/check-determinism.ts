/**
 * Deterministic output: builds the site twice into temporary folders and compares every file byte for
 * byte. Exits non-zero and lists the files that differ.
 *
 *   npm run check:determinism
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from './lib/files.ts';

/** Each file of a built site, by its path, as a SHA-256 hash of its bytes. */
const files = (dir: string) =>
  new Map(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

function build(): Map<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'tiltaksbanken-determinism-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error('Bygget feilet');
    return files(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const first = build();
const second = build();
const differing = [...new Set([...first.keys(), ...second.keys()])]
  .filter((f) => first.get(f) !== second.get(f))
  .sort();
if (differing.length) {
  console.error(`To bygg ga ulike filer (${differing.length}):\n${differing.join('\n')}`);
  process.exit(1);
}
console.log(`To bygg ga byte for byte like filer (${first.size} filer).`);

/**
 * The W3C Nu HTML Checker (npm `vnu-jar`) over a folder of built pages, in one JVM run. It runs on the
 * machine's Java (17 or newer), found as `java` on the PATH or through JAVA_HOME.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The checker's jar, as the package exports its path. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

function java(): string {
  const home = process.env['JAVA_HOME'];
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  return 'java';
}

/** Every message the checker gives on the HTML files under `dir`. */
export function nuCheck(dir: string): NuMessage[] {
  const run = spawnSync(java(), ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(
      `Fant ikke Java til Nu HTML Checker (${run.error.message}). Installer Java 17 eller sett JAVA_HOME.`,
      {
        cause: run.error,
      },
    );
  }
  // The report goes to stderr; the exit code is 1 when there are errors, which the messages say too.
  try {
    return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`Nu HTML Checker ga ingen rapport (kode ${run.status}):\n${run.stderr}${run.stdout}`);
  }
}

/** One line per message: the page, the line and the message. */
export const formatNuMessage = (m: NuMessage, root: string): string =>
  `${(m.url ?? '').replace(/^file:/, '').replace(`${root}/`, '/')}:${m.lastLine ?? ''}: ${m.message}`;

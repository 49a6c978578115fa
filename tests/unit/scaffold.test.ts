/**
 * `npm run nytt-tiltak`: the file it writes has every field of the schema, and passes the schema and the
 * content check once the description is in, and not before.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureSchema } from '../../src/content.config';
import { contentFiles } from '../../src/integrations/content-check';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { parseFrontmatter } from '../../src/lib/frontmatter';

const SCRIPT = resolve('scripts/nytt-tiltak.ts');
const dir = mkdtempSync(join(tmpdir(), 'nytt-tiltak-'));
mkdirSync(join(dir, 'content', 'tiltak'), { recursive: true });
for (const folder of ['skoler', 'kilder', 'utgaver'])
  cpSync(join('content', folder), join(dir, 'content', folder), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scaffold = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The content check on the real content with `file` added. */
function checkWith(file: string, text: string): string[] {
  const read = (f: string) => (f === file ? text : readFileSync(f, 'utf8'));
  return checkContent([...contentFiles('.'), file], read).map(formatProblem);
}

describe('npm run nytt-tiltak', () => {
  const file = 'content/tiltak/leksehjelp-pa-lordager.md';
  const run = scaffold('Leksehjelp på lørdager', 'sandefjord-vgs');
  const text = readFileSync(join(dir, file), 'utf8');
  const description = 'Elever med faglige utfordringer får leksehjelp på skolen hver lørdag.';

  it('lager filen med slug fra navnet', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Laget ${file}`);
  });

  it('tar med hvert felt i skjemaet (participants som kommentar) og de tillatte verdiene', () => {
    const { data } = parseFrontmatter(text, file);
    expect([...Object.keys(data), 'participants', 'ended'].sort()).toEqual(Object.keys(measureSchema.in.shape).sort());
    expect(text).toContain('\n# participants:\n');
    expect(text).toContain('\n# ended:\n');
    expect(data['edition']).toBe('kartlegging-2025');
    expect(text).toContain('#   spraklige – Språklige utfordringer');
    expect(text).toContain('#   smi-melsom – Skolen for sosiale og medisinske institusjoner, avdeling Melsom');
  });

  it('stopper bygget til beskrivelsen er fylt inn, og går gjennom skjemaet og sjekken etterpå', () => {
    expect(checkWith(file, text)).toEqual([
      `${file}: beskrivelse: er tom. Tiltakets beskrivelse, ordrett fra kilden, skal stå under den siste linjen med «---»`,
    ]);
    const filled = `${text}\n${description}\n`;
    expect(checkWith(file, filled)).toEqual([]);
    const result = measureSchema.safeParse(parseFrontmatter(filled, file).data);
    expect(result.error?.issues).toBeUndefined();
  });

  it('skriver aldri over en fil som finnes', () => {
    const again = scaffold('Leksehjelp på lørdager', 'horten-vgs');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain(`${file} finnes fra før, og ingenting er endret`);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(text);
  });

  it('avviser en ukjent skole og viser de tillatte', () => {
    const wrong = scaffold('Nytt tiltak', 'sandefjord');
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('«sandefjord» er ikke en tillatt verdi. Tillatt: faerder-vgs');
  });

  it('forklarer bruken når navnet mangler og ingen terminal kan spørre', () => {
    const none = scaffold();
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('Bruk: npm run nytt-tiltak -- "Navnet på tiltaket" skole-id');
  });
});

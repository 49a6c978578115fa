/**
 * Creates a new measure file with every field and comments on what goes where:
 *
 *   npm run nytt-tiltak -- "Navnet på tiltaket" sandefjord-vgs
 *   npm run nytt-tiltak                         (asks for the name and the school)
 *
 * The file is content/tiltak/<slug>.md, the slug made from the name as for the other measures. It never
 * overwrites a file. Run it from the project folder (npm does).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { entryId, notAllowed } from '../src/lib/content-check.ts';
import { parseContentFile } from '../src/lib/frontmatter.ts';
import { measureFile } from '../src/lib/scaffold.ts';
import { slugify } from '../src/lib/source-text.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const yamlFiles = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
const schools = yamlFiles('skoler').map((f) => ({
  id: entryId(f),
  name: String(parseContentFile(readFileSync(`content/skoler/${f}`, 'utf8'), f).data['name']),
}));
const sources = yamlFiles('kilder').map(entryId);
const editions = yamlFiles('utgaver')
  .map((f) => ({
    id: entryId(f),
    date: String(parseContentFile(readFileSync(`content/utgaver/${f}`, 'utf8'), f).data['date']),
  }))
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  .map((e) => e.id);

let [name, school] = process.argv.slice(2).map((a) => a.trim());
if ((!name || !school) && process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  name ||= (await prompt.question('Navnet på tiltaket, nøyaktig slik kilden skriver det: ')).trim();
  if (!school) {
    schools.forEach((s, i) => console.log(`${String(i + 1).padStart(3)}  ${s.id}  (${s.name})`));
    const answer = (await prompt.question('Skolen (nummer eller id): ')).trim();
    school = schools[Number(answer) - 1]?.id ?? answer;
  }
  prompt.close();
}
if (!name || !school) fail('Bruk: npm run nytt-tiltak -- "Navnet på tiltaket" skole-id');
if (!schools.some((s) => s.id === school))
  fail(
    `Skolen ${notAllowed(
      school,
      schools.map((s) => s.id),
    )}`,
  );

const slug = slugify(name);
if (!slug) fail(`Navnet «${name}» gir ikke noe filnavn; det må ha bokstaver eller tall.`);
const file = `content/tiltak/${slug}.md`;
try {
  writeFileSync(file, measureFile({ name, school, schools, sources, editions }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  fail(
    `${file} finnes fra før, og ingenting er endret. Har et annet tiltak samme navn, gi filen skolens navn til slutt (som leksehjelp-horten.md).`,
  );
}
console.log(`Laget ${file}.
Lim inn beskrivelsen, ordrett fra kilden, under den siste linjen med ---, og fyll inn feltene ut fra den.
Kjør så npm run build: den sier fra, med fil og felt, om noe er galt.`);

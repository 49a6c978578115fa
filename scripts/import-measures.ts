/**
 * One-time import of the 60 measures from kartlegging-2025 (section 7, Vedlegg) into content/tiltak/.
 *
 *   node scripts/import-measures.ts [--write]
 *
 * It copies each row's name, school and description verbatim (only PDF line wrapping normalised) and
 * proposes the facets by matching the survey's own category words in the description. The proposals
 * were then checked by hand against each description; the content files are the truth from then on.
 * The script never overwrites an existing file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseMeasureTable, slugify, type SourceRow } from '../src/lib/source-text.ts';

const SCHOOL_IDS: [RegExp, string][] = [
  [/^Thor Heyerdahl videregående skole, Sandefjord/, 'thor-heyerdahl-vgs,sandefjord-vgs,melsom-vgs'],
  [/^Sandefjord/, 'sandefjord-vgs'],
  [/^Nøtterøy/, 'notteroy-vgs'],
  [/^Færder/, 'faerder-vgs'],
  [/^Greveskogen/, 'greveskogen-vgs'],
  [/^Horten/, 'horten-vgs'],
  [/^Thor Heyerdah?l/, 'thor-heyerdahl-vgs'],
  [/^Re /, 're-vgs'],
  [/^Sande /, 'sande-vgs'],
  [/^Melsom/, 'melsom-vgs'],
  [/^Holmestrand/, 'holmestrand-vgs'],
  [/^Skolen for sosiale/, 'smi-melsom'],
];

function schoolIds(school: string): string[] {
  const hit = SCHOOL_IDS.find(([re]) => re.test(school));
  if (!hit) throw new Error(`Ukjent skole: ${school}`);
  return hit[1].split(',');
}

const has = (text: string, re: RegExp) => re.test(text);

function propose(row: SourceRow) {
  const d = row.description;
  const lower = d.toLowerCase();
  const sentences = d.split(/(?<=[.!?])\s+/);
  const targetText = sentences
    .filter((s) => /utfordring|målgrupp|problem|bakgrunn|rettet mot elever|retter seg mot elever/i.test(s))
    .join(' ')
    .toLowerCase()
    .replace(/faglige kvalifikasjoner/g, '')
    .replace(/(yrkes|skole)faglig\w*/g, '');
  const pick = <T extends string>(rules: [T, RegExp][], text = lower) =>
    rules.filter(([, re]) => has(text, re)).map(([v]) => v);

  const programmes = pick([
    ['studieforberedende', /studieforberedende/],
    ['yrkesfaglig', /yrkesfag|\byf\b/],
  ]);
  const goals = pick([
    ['faglige-kvalifikasjoner', /faglige kvalifikasjoner/],
    ['sosiale-ferdigheter-og-relasjoner', /(mål|styrke)[^.]*sosiale ferdigheter/],
    ['karriereveier', /karriereve/],
  ]);
  const targetGroups = pick(
    [
      ['faglige', /\bfaglige?\b/],
      ['spraklige', /språklig|språkvansk/],
      ['emosjonelle', /emosjonell/],
      ['sosiale-og-familiaere', /familiær|sosiale (og \w+ )?(utfordring|problem)|og sosiale utfordring/],
      ['rus-og-kriminalitet', /\brus|kriminalitet/],
      ['utagerende-atferd', /utagerende/],
      ['krysskulturell-bakgrunn', /krysskulturell/],
    ],
    targetText,
  );
  const ageGroups = pick([
    ['under-16', /under 16/],
    ['16-19', /16\s*-+\s*(19|24)|16 – 19/],
    ['20-24', /20\s*-\s*24|16\s*-+\s*24/],
  ]);
  const organisation = pick([
    ['en-til-en', /1:1|en til en|en-til-en|individuelt \(1:1\)/],
    ['liten-gruppe', /liten gruppe|\(2-5/],
    ['middels-gruppe', /middels/],
    ['stor-gruppe', /stor(e)? gruppe|\(16\+|over 16 elever/],
  ]);
  const academicActivities = pick([
    ['undervisning', /undervisning|opplæring/],
    ['individuell-oppfolging', /individuell oppfølging|individuelt gjennom samtaler/],
    ['eksamensforberedelse', /eksamensforbered|eksamenstrening/],
    ['arbeidsforberedelser', /arbeidsforbered/],
    ['bedriftsbesok', /bedriftsbesøk/],
    ['arbeidspraksis', /arbeidspraksis/],
    ['hospitering', /hospitering/],
    ['ekskursjoner', /ekskursjon/],
    ['leksehjelp', /leksehjelp/],
    ['forkurs-sommerkurs', /forkurs|sommerkurs/],
  ]);
  const socialActivities = pick([
    ['livsmestring', /livsmestring/],
    ['sosiale-ferdigheter', /(trening|trene|trener|øve)[^.]*sosiale|sosiale[^.]*ferdigheter[^.]*(trening|trener)/],
    ['relasjoner-og-vennskap', /relasjoner og vennskap/],
    ['sosiale-moteplasser', /møteplass/],
    ['mestringsfolelse', /mestringsfølelse/],
  ]);
  const m =
    /(mellom (\d+) og (\d+) deltakere|(\d+) til (\d+) deltakere|(\d+)-(\d+) deltakere|over (\d+) (deltakere|elever)|inntil (\d+) (deltakere|elever)|(ca\.|rundt) (\d+) elever|(\d+) deltakere)/i.exec(
      d,
    );
  let participants: { min?: number; max?: number; text: string } | undefined;
  if (m) {
    const nums = m[0].match(/\d+/g)!.map(Number);
    const text = m[0];
    if (/^over/i.test(text)) participants = { min: nums[0]! + 1, text };
    else if (/^inntil/i.test(text)) participants = { max: nums[0]!, text };
    else if (nums.length === 2) participants = { min: nums[0]!, max: nums[1]!, text };
    else participants = { min: nums[0]!, max: nums[0]!, text };
  }
  return {
    programmes,
    goals,
    targetGroups,
    ageGroups,
    organisation,
    academicActivities,
    socialActivities,
    participants,
  };
}

const q = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[]) => `[${xs.map(q).join(', ')}]`;

function render(row: SourceRow): string {
  const p = propose(row);
  const lines = [
    '---',
    `name: ${q(row.name)}`,
    `schools: ${list(schoolIds(row.school))}`,
    'source:',
    '  document: kartlegging-2025',
    '  section: "7 Vedlegg: Individrettede tiltak"',
    `programmes: ${list(p.programmes)}`,
    `goals: ${list(p.goals)}`,
    `targetGroups: ${list(p.targetGroups)}`,
    `ageGroups: ${list(p.ageGroups)}`,
    `organisation: ${list(p.organisation)}`,
    `academicActivities: ${list(p.academicActivities)}`,
    `socialActivities: ${list(p.socialActivities)}`,
  ];
  if (p.participants) {
    lines.push('participants:');
    if (p.participants.min !== undefined) lines.push(`  min: ${p.participants.min}`);
    if (p.participants.max !== undefined) lines.push(`  max: ${p.participants.max}`);
    lines.push(`  text: ${q(p.participants.text)}`);
  }
  lines.push('---', '', row.description, '');
  return lines.join('\n');
}

const rows = parseMeasureTable(readFileSync('content/kilder/tekst/kartlegging-2025.txt', 'utf8'));
const nameCount = new Map<string, number>();
for (const r of rows) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
const write = process.argv.includes('--write');
for (const row of rows) {
  const base = slugify(row.name.replace(/\((0\d)\)/, '$1'));
  const slug = nameCount.get(row.name)! > 1 ? `${base}-${slugify(row.school.split(' ')[0]!)}` : base;
  const file = `content/tiltak/${slug}.md`;
  if (!write) {
    console.log(file);
    continue;
  }
  if (existsSync(file)) {
    console.log(`finnes fra før, rørt ikke: ${file}`);
    continue;
  }
  writeFileSync(file, render(row));
  console.log(`skrev ${file}`);
}
console.log(`${rows.length} rader`);

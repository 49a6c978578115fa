import { describe, expect, it } from 'vitest';
import { checkContent, entryId, formatProblem, notAllowed } from '../../src/lib/content-check';

const school = 'name: Sandefjord videregående skole\n';
const source = 'title: Kartleggingen\n';
const measure = (fields: string, body = 'Beskrivelsen.') =>
  `---\nname: "Tiltak"\n${fields}source:\n  document: kartlegging-2025\n  section: "7"\n---\n\n${body}\n`;

/** Runs the check on files given as path → text; the school and the source are always there. */
function check(files: Record<string, string>): string[] {
  const all: Record<string, string> = {
    'content/skoler/sandefjord-vgs.yaml': school,
    'content/kilder/kartlegging-2025.yaml': source,
    ...files,
  };
  return checkContent(Object.keys(all), (file) => all[file]!).map(formatProblem);
}

describe('entryId', () => {
  it('gjør filnavnet til en id, så navn som bare skiller seg i store bokstaver, æøå eller mellomrom blir like', () => {
    expect(entryId('leksehjelp-horten.md')).toBe('leksehjelp-horten');
    expect(entryId('Leksehjelp Horten.md')).toBe('leksehjelp-horten');
    expect(entryId('språk.yaml')).toBe('sprak');
    expect(entryId('1.md')).toBe('1');
  });
});

describe('notAllowed', () => {
  it('navngir verdien og lister de tillatte', () => {
    expect(notAllowed('trivsel', ['faglige', 'spraklige'])).toBe(
      '«trivsel» er ikke en tillatt verdi. Tillatt: faglige, spraklige',
    );
  });
  it('gjetter verdien når bare skrivemåten er feil', () => {
    expect(notAllowed('Språklige', ['faglige', 'spraklige'])).toContain('Mente du «spraklige»?');
    expect(notAllowed('2', [1, 2, 3, 4])).toContain('Skriv 2 uten anførselstegn.');
  });
  it('sier fra når verdien mangler', () => {
    expect(notAllowed(undefined, [1, 2])).toBe('mangler. Tillatt: 1, 2');
  });
});

describe('checkContent', () => {
  it('godtar riktig innhold og overser filer som ikke er oppføringer', () => {
    expect(
      check({
        'content/tiltak/tiltak.md': measure('schools: ["sandefjord-vgs"]\n'),
        'content/kilder/tekst/kartlegging-2025.txt': 'kildeteksten',
        'content/tiltak/notater.txt': 'ikke en oppføring',
      }),
    ).toEqual([]);
  });

  it('melder ukjente skoler og kilder, med de tillatte', () => {
    expect(
      check({ 'content/tiltak/a.md': measure('schools: ["sandefjord"]\n').replace('kartlegging-2025', 'kartlegging') }),
    ).toEqual([
      'content/tiltak/a.md: schools[0]: «sandefjord» er ikke en tillatt verdi. Tillatt: sandefjord-vgs (filene i content/skoler/)',
      'content/tiltak/a.md: source.document: «kartlegging» er ikke en tillatt verdi. Tillatt: kartlegging-2025 (filene i content/kilder/)',
    ]);
    expect(check({ 'content/nokler/a.md': '---\nsources:\n  - document: ukjent\n---\n\nTekst.\n' })).toEqual([
      'content/nokler/a.md: sources[0].document: «ukjent» er ikke en tillatt verdi. Tillatt: kartlegging-2025 (filene i content/kilder/)',
    ]);
  });

  it('melder to filer med samme id', () => {
    const text = measure('schools: ["sandefjord-vgs"]\n');
    expect(check({ 'content/tiltak/Leksehjelp Horten.md': text, 'content/tiltak/leksehjelp-horten.md': text })).toEqual(
      [
        expect.stringMatching(
          /^content\/tiltak\/leksehjelp-horten\.md: filnavn: gir samme id \(«leksehjelp-horten»\) og adresse som content\/tiltak\/Leksehjelp Horten\.md/,
        ),
      ],
    );
  });

  it('melder en tom beskrivelse', () => {
    expect(check({ 'content/tiltak/a.md': measure('schools: ["sandefjord-vgs"]\n', '') })).toEqual([
      'content/tiltak/a.md: beskrivelse: er tom. Tiltakets beskrivelse, ordrett fra kilden, skal stå under den siste linjen med «---»',
    ]);
  });

  it('melder filer som ingen samling leser', () => {
    expect(check({ 'content/tiltak/nye/a.md': 'x', 'content/tiltak/b.MD': 'x', 'content/skoler/c.yml': 'x' })).toEqual([
      'content/skoler/c.yml: filnavn: blir ikke lest: filer i content/skoler/ må slutte på «.yaml» (små bokstaver)',
      'content/tiltak/b.MD: filnavn: blir ikke lest: filer i content/tiltak/ må slutte på «.md» (små bokstaver)',
      'content/tiltak/nye/a.md: filnavn: ligger i en undermappe og blir ikke lest. Flytt filen rett inn i content/tiltak/',
    ]);
  });

  it('melder ugyldig YAML og manglende frontmatter med linjenummer', () => {
    expect(check({ 'content/tiltak/a.md': '---\nname: "Tiltak\nschools: []\n---\n\nTekst.\n' })).toEqual([
      expect.stringMatching(
        /^content\/tiltak\/a\.md: frontmatter: ugyldig YAML på linje [23] \(Missing closing "quote\)/,
      ),
    ]);
    expect(check({ 'content/skoler/b.yaml': 'name: [\n' })).toEqual([
      expect.stringMatching(/^content\/skoler\/b\.yaml: YAML: ugyldig YAML på linje/),
    ]);
    expect(check({ 'content/tiltak/c.md': 'name: Tiltak\n\nTekst.\n' })).toEqual([
      'content/tiltak/c.md: frontmatter: mangler; filen må begynne med feltene mellom to linjer med «---»',
    ]);
  });
});

describe('HTML i innholdet', () => {
  it('stopper HTML i beskrivelsen og i hvert tekstfelt, med feltets sti', () => {
    expect(
      check({
        'content/tiltak/a.md': measure(
          'schools: ["sandefjord-vgs"]\npartners: ["NAV", "<b>OT</b>"]\n',
          'Tekst <script>alert(1)</script>',
        ),
        'content/nokler/b.md':
          '---\ntitle: "Nøkkel"\nsources:\n  - document: kartlegging-2025\n    section: "<img src=x onerror=alert(1)>"\n---\n\nTekst.\n',
      }),
    ).toEqual([
      'content/nokler/b.md: sources[0].section: inneholder HTML («<img src=x onerror=alert(1)>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
      'content/tiltak/a.md: partners[1]: inneholder HTML («<b>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
      'content/tiltak/a.md: beskrivelse: inneholder HTML («<script>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
    ]);
  });
  it('godtar «<» som ikke er en tagg', () => {
    expect(
      check({
        'content/tiltak/a.md': measure(
          'schools: ["sandefjord-vgs"]\nscope: ["< 5 elever"]\n',
          'Færre enn 5 (<5) og 3<4.',
        ),
      }),
    ).toEqual([]);
  });
});

describe('HTML i innholdet', () => {
  const chapter = (body: string) => `---\nchapter: 2\n---\n\n${body}\n`;
  it('stopper <q> i en tiltaksbeskrivelse, men ikke i kunnskapsgrunnlagets egne kapitteltekster', () => {
    expect(check({ 'content/tiltak/a.md': measure('schools: ["sandefjord-vgs"]\n', 'Et <q>sitat</q>.') })).toEqual([
      'content/tiltak/a.md: beskrivelse: inneholder HTML («<q>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
    ]);
    expect(check({ 'content/kapitler/utenforskap.md': chapter('Kilden sier <q>ikke tilfeldig</q>.') })).toEqual([]);
  });
  it('stopper annen HTML også i kapitlene', () => {
    expect(check({ 'content/kapitler/utenforskap.md': chapter('<img src=x onerror=alert(1)>') })).toEqual([
      'content/kapitler/utenforskap.md: beskrivelse: inneholder HTML («<img src=x onerror=alert(1)>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
    ]);
  });
});

/**
 * Bad content gets a clear error, and nothing is published. Each folder in tests/fixtures/broken/ holds
 * files that replace or add to the real project; the real build must fail on it with a message that
 * names the file and the field and says what is allowed, and leave no site in dist/ (not even an
 * earlier one) and no half-built folder. Two builds run at a time (vitest.build.config.ts).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy } from './harness';

const FIXTURES = 'tests/fixtures/broken';

/** Per fixture: the file the message must name, and the texts it must contain (field, problem, allowed values). */
const CASES: Record<string, { file: string; expected: string[] }> = {
  'missing-name': { file: 'content/tiltak/uten-navn.md', expected: ['name: mangler; skriv en tekst'] },
  'unknown-school': {
    file: 'content/tiltak/ukjent-skole.md',
    expected: [
      'content/tiltak/ukjent-skole.md: schools[0]: «sandefjord» er ikke en tillatt verdi. Tillatt: faerder-vgs,',
      'sandefjord-vgs',
    ],
  },
  'unknown-facet-value': {
    file: 'content/tiltak/ukjent-verdi.md',
    expected: [
      'goals.0.value: «trivsel» er ikke en tillatt verdi. Tillatt: faglige-kvalifikasjoner, sosiale-ferdigheter-og-relasjoner, karriereveier',
    ],
  },
  'misspelt-value': {
    file: 'content/tiltak/feilstavet-verdi.md',
    expected: [
      'targetGroups.1.value: «språklige» er ikke en tillatt verdi. Mente du «spraklige»? Tillatt: faglige, spraklige, emosjonelle,',
    ],
  },
  'duplicate-slug': {
    file: 'content/tiltak/Leksehjelp Horten.md',
    expected: [
      'content/tiltak/leksehjelp-horten.md: filnavn: gir samme id («leksehjelp-horten») og adresse som content/tiltak/Leksehjelp Horten.md',
    ],
  },
  'age-group-out-of-range': {
    file: 'content/tiltak/aldersspenn.md',
    expected: [
      'ageGroups.0.value: «16-24» er ikke en tillatt verdi. Tillatt: under-16, 16-19, 20-24, over-24. Et aldersspenn som «16-24 år» skrives som gruppene det dekker: [16-19, 20-24]',
    ],
  },
  'empty-description': {
    file: 'content/tiltak/tom-beskrivelse.md',
    expected: [
      'content/tiltak/tom-beskrivelse.md: beskrivelse: er tom. Tiltakets beskrivelse, ordrett fra kilden, skal stå under den siste linjen med «---»',
    ],
  },
  'level-out-of-range': {
    file: 'content/tiltak/niva-5.md',
    expected: ['assessment.levels.0.value: 5 er ikke en tillatt verdi. Tillatt: 1, 2, 3, 4 (Nivå 1: Alle;'],
  },
  'link-without-justification': {
    file: 'content/tiltak/uten-begrunnelse.md',
    expected: ['assessment.tees.0.why: mangler begrunnelse: hver redaksjonell kobling må ha en why'],
  },
  'synonym-without-list': {
    file: 'content/sok/synonymer.yaml',
    expected: ['synonyms.matematikk: må være en liste; skriv verdiene i hakeparenteser: [a, b]'],
  },
  'synonym-not-in-texts': {
    file: 'content/sok/synonymer.yaml',
    expected: [
      'content/sok/synonymer.yaml: synonyms.lærlign: står ikke i noen tekst søket finner, i noen form (ordet, bøyd eller først i et sammensatt ord). Rett skrivemåten, eller fjern nøkkelen',
    ],
  },
  'statistic-without-source': {
    file: 'content/statistikk/uten-kilde.yaml',
    expected: [
      'source: mangler kilde: oppgi kilden (navnet på en fil i content/kilder/, for eksempel kartlegging-2025) og avsnittet',
    ],
  },
  'malformed-yaml': {
    file: 'content/tiltak/odelagt-yaml.md',
    expected: [
      'content/tiltak/odelagt-yaml.md: frontmatter: ugyldig YAML på linje 2 (Missing closing "quote). Sjekk anførselstegn',
    ],
  },
  'quote-not-in-description': {
    file: 'content/tiltak/feil-sitat.md',
    expected: [
      'content/tiltak/feil-sitat.md: targetGroups[0]: sitatet «elever med faglige utfordringer» for «faglige» står ikke ordrett i beskrivelsen',
    ],
  },
  'value-without-quote': {
    file: 'content/tiltak/uten-sitat.md',
    expected: [
      'content/tiltak/uten-sitat.md: academicActivities[0]: «leksehjelp» mangler sitat (quote): skriv ordene i beskrivelsen',
    ],
  },
  'unknown-field': {
    file: 'content/tiltak/ukjent-felt.md',
    expected: [
      'targetGroup: ukjent felt. Tillatte felt: name, schools, source, edition, updated, ended, programmes, goals, goalsOther, targetGroups,',
    ],
  },
  'measure-in-subfolder': {
    file: 'content/tiltak/nye/i-undermappe.md',
    expected: [
      'content/tiltak/nye/i-undermappe.md: filnavn: ligger i en undermappe og blir ikke lest. Flytt filen rett inn i content/tiltak/',
    ],
  },
  'chapter-heading-mismatch': {
    file: 'content/kapitler/feil-overskrift.md',
    expected: [
      'content/kapitler/feil-overskrift.md: sections: overskriftene i teksten (linjer som begynner med «## ») og avsnittene i sections må være de samme, i samme rekkefølge. I teksten: «Hva er utenforskap». I sections: «Hva utenforskap er»',
    ],
  },
  'reference-without-scheme': {
    file: 'content/referanser/uten-https.yaml',
    expected: ['url: må være adressen slik dokumentet skriver den, som begynner med https://, http:// eller file://'],
  },
  'html-in-description': {
    file: 'content/tiltak/html-i-beskrivelse.md',
    expected: [
      'content/tiltak/html-i-beskrivelse.md: beskrivelse: inneholder HTML («<script>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
    ],
  },
  'html-in-field': {
    file: 'content/tiltak/html-i-felt.md',
    expected: [
      'content/tiltak/html-i-felt.md: partners[0]: inneholder HTML («<img src=x onerror=alert(1)>»). HTML er ikke tillatt i innholdet; skriv ren tekst',
    ],
  },
  // Not content: the build fails in astro:build:done, after every page is written.
  'fails-after-pages': { file: 'src/integrations/pagefind.ts', expected: ['Pagefind: indeksering feilet'] },
};

describe('hver ødelagt fikstur har en forventning', () => {
  it('og hver forventning en fikstur', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
  });
});

describe.concurrent('ødelagt innhold stopper bygget', () => {
  for (const [fixture, { file, expected }] of Object.entries(CASES)) {
    it(fixture, async () => {
      const dir = copyProject(join(FIXTURES, fixture));
      try {
        // An earlier, complete build: a failed build must not leave it to be deployed as if it were new.
        mkdirSync(join(dir, 'dist'));
        writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Forrige bygg</title>');
        const { code, output } = await build(dir);
        expect(code, output).not.toBe(0);
        expect(output).toContain(file);
        for (const text of [...expected, 'Bygget feilet; dist/ er fjernet']) expect(output).toContain(text);
        expect(existsSync(join(dir, 'dist', 'index.html')), 'dist/index.html ble liggende').toBe(false);
        expect(existsSync(join(dir, '.dist-tmp')), '.dist-tmp ble liggende').toBe(false);
      } finally {
        removeCopy(dir);
      }
    });
  }
});

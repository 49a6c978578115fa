/** The proposal form's logic (src/lib/proposal.ts): its checks and the measure file it writes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureSchema } from '../../src/content.config';
import { contentFiles } from '../../src/integrations/content-check';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { parseFrontmatter } from '../../src/lib/frontmatter';
import { MEASURE_GUIDE } from '../../src/lib/measure-guide';
import { FACETS } from '../../src/lib/measures';
import {
  checkProposal,
  proposalFile,
  proposalFileName,
  proposalOf,
  type MeasureForForm,
  type Proposal,
} from '../../src/lib/proposal';
import { measureFile } from '../../src/lib/scaffold';
import { readCollection } from '../content';

const description = 'Elever med faglige utfordringer får leksehjelp hver uke, ofte i en liten gruppe (2-5).';
const proposal = (more: Partial<Proposal> = {}): Proposal => ({
  name: 'Ukeleksehjelp',
  schools: ['sandefjord-vgs'],
  source: { document: 'kartlegging-2025', section: '7 Vedlegg: Individrettede tiltak' },
  edition: 'kartlegging-2025',
  values: {
    targetGroups: [{ value: 'faglige', quote: 'med faglige utfordringer' }],
    scope: [{ value: 'hver uke', quote: 'hver uke' }],
  },
  description,
  updated: [],
  ...more,
});
const check = (p: Proposal) => checkProposal(p, (id) => `[${id}]`).map((x) => `${x.id} ${x.message}`);

/** A file through the content check (with the real content beside it) and the schema. */
function problemsOf(file: string, text: string): string[] {
  const read = (f: string) => (f === file ? text : readFileSync(f, 'utf8'));
  const problems = checkContent([...new Set([...contentFiles('.'), file])], read).map(formatProblem);
  const parsed = measureSchema.safeParse(parseFrontmatter(text, file).data);
  return [...problems, ...(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [])];
}

describe('checkProposal', () => {
  it('godtar et riktig utfylt forslag', () => {
    expect(check(proposal())).toEqual([]);
  });

  it('navngir feltene som mangler', () => {
    expect(
      check(
        proposal({
          name: ' ',
          schools: [],
          source: { document: 'kartlegging-2025', section: '' },
          description: '',
          values: {},
        }),
      ),
    ).toEqual([
      'navn [navn]: kan ikke være tom',
      'skoler [skoler]: velg minst én skole',
      'avsnitt [avsnitt]: kan ikke være tom',
      'beskrivelse [beskrivelse]: kan ikke være tom',
    ]);
  });

  it('sjekker sitatene med de samme reglene som innholdssjekken, ved feltet verdien hører til', () => {
    const values = {
      targetGroups: [{ value: 'emosjonelle', quote: 'med emosjonelle utfordringer' }],
      scope: [{ value: 'hver dag', quote: 'hver dag' }],
      organisation: [{ value: 'liten-gruppe', quote: 'i' }],
    };
    expect(check(proposal({ values }))).toEqual([
      'q-targetGroups-emosjonelle [q-targetGroups-emosjonelle]: sitatet «med emosjonelle utfordringer» for «emosjonelle» står ikke ordrett i beskrivelsen (store og små bokstaver teller)',
      `q-organisation-liten-gruppe [q-organisation-liten-gruppe]: sitatet «i» for «liten-gruppe» står ${description.split('i').length - 1} steder i beskrivelsen; gjør det lengre, så det bare står ett sted`,
      't-scope [t-scope]: sitatet «hver dag» for «hver dag» står ikke ordrett i beskrivelsen (store og små bokstaver teller)',
    ]);
  });

  it('sjekker antall deltakere', () => {
    expect(check(proposal({ participants: { min: 20, max: 10, text: '' } }))).toEqual([
      'deltakere-maks [deltakere-maks]: kan ikke være mindre enn det minste antallet',
      'deltakere-tekst [deltakere-tekst]: kan ikke være tom',
    ]);
    expect(check(proposal({ participants: { min: 1.5, text: 'ofte' } }))).toEqual([
      'deltakere-min [deltakere-min]: 1.5 er ikke et helt tall (0 eller mer)',
    ]);
  });

  it('krever en grunn for en endring, og en dato og grunn når tiltaket er avsluttet', () => {
    expect(check(proposal({ measure: 'x' }))).toEqual(['endring [endring]: kan ikke være tom']);
    expect(check(proposal({ measure: 'x', change: 'To\nlinjer' }))).toEqual([
      'endring [endring]: grunnen (reason) skal være én linje: hva som ble endret, og hvorfor',
    ]);
    expect(check(proposal({ measure: 'x', ended: { date: '2026-02-30', reason: '' } }))).toEqual([
      'avsluttet-dato [avsluttet-dato]: «2026-02-30» er ikke en dato som ÅÅÅÅ-MM-DD (år-måned-dag), for eksempel "2026-05-01"',
      'avsluttet-grunn [avsluttet-grunn]: kan ikke være tom',
    ]);
    expect(check(proposal({ measure: 'x', ended: { date: '2026-03-01', reason: 'Lagt ned.' } }))).toEqual([]);
  });
});

describe('proposalFile', () => {
  it('skriver en fil som går gjennom innholdssjekken og skjemaet', () => {
    const p = proposal({ participants: { max: 5, text: 'en liten gruppe (2-5)' } });
    const text = proposalFile(p, '2026-05-01');
    expect(proposalFileName(p)).toBe('ukeleksehjelp.md');
    expect(problemsOf('content/tiltak/ukeleksehjelp.md', text)).toEqual([]);
  });

  it('skriver endringen og avslutningen med dato', () => {
    const text = proposalFile(
      proposal({
        measure: 'ukeleksehjelp',
        change: 'Omfanget er rettet.',
        ended: { date: '2026-06-01', reason: 'Lagt ned.' },
      }),
      '2026-05-01',
    );
    const { data } = parseFrontmatter(text);
    expect(data['updated']).toEqual([{ date: '2026-05-01', reason: 'Omfanget er rettet.' }]);
    expect(data['ended']).toEqual({ date: '2026-06-01', reason: 'Lagt ned.' });
    expect(problemsOf('content/tiltak/ukeleksehjelp.md', text)).toEqual([]);
  });

  it('gjenskaper hvert tiltak slik det står, fra det skjemaet fylles inn med (Meld fra om endring)', () => {
    const measures = readCollection<Record<string, unknown>>('tiltak');
    const strip = (d: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(d).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
    for (const m of measures) {
      const data = measureSchema.parse(m.data) as unknown as MeasureForForm['data'];
      const form = proposalOf({ id: m.id, body: m.body, data });
      const again = parseFrontmatter(proposalFile(form, '2026-05-01'), m.file);
      expect(strip(again.data), m.id).toEqual(strip(parseFrontmatter(readFileSync(m.file, 'utf8')).data));
      expect(again.body).toBe(m.body);
    }
  });
});

describe('de samme hjelpetekstene i skjemaet og i npm run nytt-tiltak', () => {
  it('har hvert felt i skjemaet fra MEASURE_GUIDE og hjelpeteksten som kommentar', () => {
    const text = measureFile({
      name: 'X',
      school: 'a',
      schools: [{ id: 'a', name: 'A' }],
      sources: ['k'],
      editions: ['e'],
    });
    for (const item of MEASURE_GUIDE) {
      const label = item.kind === 'facet' ? FACETS[item.field].label : item.label;
      expect(text).toContain(`# ${label}: ${item.help}`);
    }
    const fields = Object.keys(measureSchema.in.shape).filter(
      (f) => !['name', 'schools', 'source', 'edition', 'updated', 'ended', 'assessment'].includes(f),
    );
    expect(MEASURE_GUIDE.map((i) => i.field)).toEqual(fields);
  });
});

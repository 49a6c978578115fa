import { describe, expect, it } from 'vitest';
import {
  checkEvidence,
  collectEvidence,
  markQuotes,
  positionsOf,
  searchableText,
  withEvidence,
} from '../../src/lib/evidence';

const body =
  'Tiltaket er for elever med faglige og emosjonelle utfordringer.\nDet har ofte fire ekstratimer i uken.\n\nRektor har ansvar for tiltaket, som gjennomføres av faglærere. Elever med faglige utfordringer får hjelp.';

/** A measure's frontmatter as content files write it, with every list empty unless given. */
function measure(over: Record<string, unknown> = {}) {
  const empty = Object.fromEntries(
    [
      'programmes',
      'goals',
      'goalsOther',
      'targetGroups',
      'targetGroupsOther',
      'ageGroups',
      'organisation',
      'organisationOther',
      'academicActivities',
      'academicActivitiesOther',
      'socialActivities',
      'scope',
      'responsible',
      'delivering',
      'partners',
      'identification',
    ].map((f) => [f, []]),
  );
  return { ...empty, assessment: { levels: [], tees: [], keys: [], themes: [] }, ...over } as Record<string, unknown>;
}

describe('positionsOf', () => {
  const text = searchableText(body);
  it.each([
    ['emosjonelle utfordringer', 1],
    ['faglige', 2],
    ['faglige og   emosjonelle\nutfordringer', 1],
    ['Faglige og emosjonelle', 0],
    ['ekstratimer i uken. Rektor', 0],
  ])('«%s» står %i gang(er)', (quote, count) => {
    expect(positionsOf(text, quote)).toHaveLength(count);
  });
});

describe('checkEvidence', () => {
  it('godtar sitater som står nøyaktig én gang', () => {
    const data = measure({
      targetGroups: [{ value: 'faglige', quote: 'med faglige og emosjonelle' }],
      scope: [{ value: 'ofte fire ekstratimer', quote: 'ofte fire ekstratimer i uken' }],
      responsible: [{ value: 'Rektor', quote: 'Rektor har ansvar for tiltaket' }],
      participants: { text: 'fire ekstratimer' },
      assessment: {
        levels: [{ value: 2, quote: 'faglige og emosjonelle utfordringer', why: 'x'.repeat(20) }],
        tees: [],
        keys: [],
        themes: [],
      },
    });
    expect(checkEvidence(data, body)).toEqual([]);
  });

  it('nevner felt og verdi når sitatet mangler, ikke står der, står flere steder, eller ikke har verdien i seg', () => {
    const data = measure({
      targetGroups: [
        { value: 'faglige' },
        { value: 'emosjonelle', quote: 'emosjonelle vansker' },
        { value: 'spraklige', quote: 'faglige' },
      ],
      scope: [{ value: 'fire ekstratimer', quote: 'Det har ofte' }],
      assessment: { levels: [{ value: 3, quote: '', why: 'x'.repeat(20) }], tees: [], keys: [], themes: [] },
    });
    expect(checkEvidence(data, body)).toEqual([
      {
        field: 'targetGroups[0]',
        message: '«faglige» mangler sitat (quote): skriv ordene i beskrivelsen som verdien bygger på',
      },
      {
        field: 'targetGroups[1]',
        message:
          'sitatet «emosjonelle vansker» for «emosjonelle» står ikke ordrett i beskrivelsen (store og små bokstaver teller)',
      },
      {
        field: 'targetGroups[2]',
        message:
          'sitatet «faglige» for «spraklige» står 2 steder i beskrivelsen; gjør det lengre, så det bare står ett sted',
      },
      {
        field: 'scope[0]',
        message:
          'verdien «fire ekstratimer» står ikke i sitatet «Det har ofte»; verdien skal være ordene fra beskrivelsen',
      },
      {
        field: 'assessment.levels[0]',
        message: '3 mangler sitat (quote): skriv ordene i beskrivelsen som verdien bygger på',
      },
    ]);
  });

  it('sjekker at antall deltakere står ordrett ett sted', () => {
    expect(checkEvidence(measure({ participants: { text: 'inntil 80 deltakere' } }), body)).toEqual([
      {
        field: 'participants',
        message:
          'sitatet «inntil 80 deltakere» for «inntil 80 deltakere» står ikke ordrett i beskrivelsen (store og små bokstaver teller)',
      },
    ]);
  });

  it('overlater feil form til skjemaet', () => {
    expect(checkEvidence(measure({ targetGroups: ['faglige'], assessment: 'nei' }), body)).toEqual([]);
  });
});

describe('withEvidence', () => {
  it('gir rene verdilister og samler sitatene i evidence', () => {
    const data = measure({
      targetGroups: [{ value: 'faglige', quote: 'med faglige og emosjonelle' }],
      responsible: [{ value: 'Rektor', quote: 'Rektor har ansvar for tiltaket' }],
      participants: { min: 4, text: 'fire ekstratimer' },
      assessment: {
        levels: [{ value: 2, quote: 'faglige og emosjonelle utfordringer', why: 'w' }],
        tees: [],
        keys: [],
        themes: [],
      },
    }) as Parameters<typeof withEvidence>[0];
    const out = withEvidence(data);
    expect(out.targetGroups).toEqual(['faglige']);
    expect(out.responsible).toEqual(['Rektor']);
    expect(out.evidence).toEqual([
      { field: 'targetGroups', value: 'faglige', quote: 'med faglige og emosjonelle' },
      { field: 'responsible', value: 'Rektor', quote: 'Rektor har ansvar for tiltaket' },
      { field: 'participants', value: 'fire ekstratimer', quote: 'fire ekstratimer' },
      { field: 'assessment.levels', value: '2', quote: 'faglige og emosjonelle utfordringer' },
    ]);
    expect(collectEvidence(data)).toEqual(out.evidence);
  });
});

describe('markQuotes', () => {
  it('merker hvert sitat i lesefølge, slår sammen de som overlapper, og holder avsnittene', () => {
    const { paragraphs, anchorOf } = markQuotes(body, [
      'Rektor har ansvar',
      'faglige og emosjonelle',
      'emosjonelle utfordringer',
      'ofte fire ekstratimer',
      'faglige', // står to steder: merkes ikke
    ]);
    expect(paragraphs).toEqual([
      [
        { text: 'Tiltaket er for elever med ' },
        { text: 'faglige og emosjonelle utfordringer', mark: 'sitat-1' },
        { text: '. Det har ' },
        { text: 'ofte fire ekstratimer', mark: 'sitat-2' },
        { text: ' i uken.' },
      ],
      [
        { text: 'Rektor har ansvar', mark: 'sitat-3' },
        { text: ' for tiltaket, som gjennomføres av faglærere. Elever med faglige utfordringer får hjelp.' },
      ],
    ]);
    expect(anchorOf('emosjonelle utfordringer')).toBe('sitat-1');
    expect(anchorOf('faglige og  emosjonelle')).toBe('sitat-1');
    expect(anchorOf('Rektor har ansvar')).toBe('sitat-3');
    expect(anchorOf('faglige')).toBeUndefined();
  });

  it('gir teksten uendret når ingenting er sitert', () => {
    expect(markQuotes('En  setning.\n\n\nTo.', []).paragraphs).toEqual([[{ text: 'En setning.' }], [{ text: 'To.' }]]);
  });
});

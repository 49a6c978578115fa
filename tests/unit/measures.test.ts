import { describe, expect, it } from 'vitest';
import {
  agesOverlap,
  assessedTo,
  atSchool,
  countFacet,
  countSilent,
  firstSentence,
  groupSummary,
  rankFacet,
  relatedMeasures,
  sortByName,
  withFacet,
} from '../../src/lib/measures';
import { measure as make } from '../fixtures/measure';

const measure = (id: string, name: string, data: Parameters<typeof make>[1] = {}) => make(id, { name, ...data });


const all = [
  measure('m1', 'Øving', { targetGroups: ['faglige', 'spraklige'], ageGroups: ['16-19'] }),
  measure('m2', 'Aktivitet', { targetGroups: ['faglige'], ageGroups: ['16-19', '20-24'], schools: [{ id: 'b-vgs' }] }),
  measure('m3', 'Bedrift', { targetGroups: ['emosjonelle'] }),
  measure('m4', 'Ærlig', {}),
];

describe('sortByName', () => {
  it('sorterer i norsk alfabetisk rekkefølge', () => {
    expect(sortByName(all).map((m) => m.data.name)).toEqual(['Aktivitet', 'Bedrift', 'Ærlig', 'Øving']);
  });
});

describe('countFacet', () => {
  it('teller hvert tiltak én gang per verdi, i vokabularets rekkefølge', () => {
    const counts = countFacet(all, 'targetGroups');
    expect(counts.map((c) => [c.term.slug, c.count])).toEqual([
      ['faglige', 2],
      ['spraklige', 1],
      ['emosjonelle', 1],
      ['sosiale-og-familiaere', 0],
      ['rus-og-kriminalitet', 0],
      ['utagerende-atferd', 0],
      ['krysskulturell-bakgrunn', 0],
    ]);
  });
  it('regner andeler av alle tiltakene, også dem uten verdi', () => {
    const faglige = countFacet(all, 'targetGroups')[0]!;
    expect(faglige.share).toBe(0.5);
    expect(countSilent(all, 'targetGroups')).toBe(1);
  });
  it('gir null for en tom liste', () => {
    expect(countFacet([], 'ageGroups').every((c) => c.count === 0 && c.share === 0)).toBe(true);
  });
});

describe('rankFacet', () => {
  it('sorterer etter antall, størst først, og beholder rekkefølgen ved likt antall', () => {
    expect(rankFacet(all, 'targetGroups').slice(0, 3).map((c) => c.term.slug)).toEqual([
      'faglige',
      'spraklige',
      'emosjonelle',
    ]);
  });
});

describe('withFacet og atSchool', () => {
  it('filtrerer på en verdi og på skole', () => {
    expect(withFacet(all, 'ageGroups', '20-24').map((m) => m.id)).toEqual(['m2']);
    expect(atSchool(all, 'b-vgs').map((m) => m.id)).toEqual(['m2']);
  });
});

describe('relatedMeasures', () => {
  it('finner tiltak med felles målgruppe, best først, og aldri tiltaket selv', () => {
    const related = relatedMeasures(all[0]!, all);
    expect(related.map((r) => r.measure.id)).toEqual(['m2']);
    expect(related[0]!.sharedTargetGroups).toEqual(['faglige']);
  });
  it('gir ingen relaterte uten felles målgruppe', () => {
    expect(relatedMeasures(all[3]!, all)).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('tar første setning', () => {
    expect(firstSentence('Tiltaket er for alle. Det har 5 deltakere.')).toBe('Tiltaket er for alle.');
    expect(firstSentence('Uten punktum')).toBe('Uten punktum');
  });
});

describe('groupSummary', () => {
  it('nevner antall og de vanligste målgruppene', () => {
    expect(groupSummary('Skolen', all)).toBe(
      'Skolen har 4 tiltak; 2 retter seg mot faglige utfordringer og 1 mot språklige utfordringer.',
    );
  });
  it('sier bare antallet når ingen målgruppe er oppgitt', () => {
    expect(groupSummary('Skolen', [all[3]!])).toBe('Skolen har 1 tiltak.');
  });
});

describe('assessedTo', () => {
  const assessed = [
    { id: 'a', data: { assessment: { levels: [{ value: 2, why: 'fordi' }], tees: [], keys: [], themes: [] } } },
    { id: 'b', data: { assessment: { levels: [{ value: 3, why: 'fordi' }], tees: [], keys: [], themes: [] } } },
  ];
  it('finner tiltakene som er koblet til en verdi, med begrunnelsen', () => {
    expect(assessedTo(assessed, 'levels', 2).map((x) => [x.measure.id, x.why])).toEqual([['a', 'fordi']]);
    expect(assessedTo(assessed, 'keys', 'samhandling')).toEqual([]);
  });
});

describe('agesOverlap', () => {
  it('finner overlapp også med åpne grenser', () => {
    expect(agesOverlap({ min: 16, max: 19 }, { min: 19 })).toBe(true);
    expect(agesOverlap({ max: 15 }, { min: 19 })).toBe(false);
    expect(agesOverlap({ min: 20, max: 24 }, { min: 15, max: 24 })).toBe(true);
    expect(agesOverlap({ min: 25 }, { min: 15, max: 24 })).toBe(false);
  });
});

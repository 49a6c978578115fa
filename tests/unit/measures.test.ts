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
  FACETS,
  type FacetKey,
  type MeasureLike,
} from '../../src/lib/measures';
import { compareNb } from '../../src/lib/format';
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
    expect(
      rankFacet(all, 'targetGroups')
        .slice(0, 3)
        .map((c) => c.term.slug),
    ).toEqual(['faglige', 'spraklige', 'emosjonelle']);
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
    expect(relatedMeasures(all[0]!, all, 0)).toEqual([]);
    expect(relatedMeasures(all[3]!, all)).toEqual([]);
  });
  it('ordner like poeng etter navn i norsk rekkefølge, uansett rekkefølgen i lista', () => {
    const same = { targetGroups: ['faglige'] };
    const list = [
      measure('x', 'Øy', same),
      measure('y', 'Ås', same),
      measure('z', 'Ære', same),
      measure('q', 'Bro', same),
    ];
    expect(relatedMeasures(list[0]!, list).map((r) => r.measure.data.name)).toEqual(['Bro', 'Ære', 'Ås']);
  });
  it('gir det samme som den enkle definisjonen (poeng for hver felles verdi, sortert) på tilfeldige tiltak', () => {
    // The definition, written plainly: score every other measure, keep those with a shared target
    // group, sort by score then name, take the first `limit`.
    const weights = {
      targetGroups: 3,
      ageGroups: 1,
      programmes: 1,
      organisation: 1,
      academicActivities: 1,
      socialActivities: 1,
    };
    const reference = (m: MeasureLike, list: readonly MeasureLike[], limit: number) =>
      list
        .filter((o) => o.id !== m.id && o.data.targetGroups.some((t) => m.data.targetGroups.includes(t)))
        .map((o) => ({
          id: o.id,
          name: o.data.name,
          score: Object.entries(weights).reduce(
            (sum, [f, w]) => sum + w * o.data[f as FacetKey].filter((v) => m.data[f as FacetKey].includes(v)).length,
            0,
          ),
        }))
        .sort((a, b) => b.score - a.score || compareNb(a.name, b.name))
        .slice(0, limit)
        .map((r) => [r.id, r.score]);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (facet: FacetKey) => FACETS[facet].vocab.terms.map((t) => t.slug).filter(() => random() < 0.3);
    const names = ['Ære', 'Øving', 'Ås', 'Aktiv', 'Bro', 'Mentor', 'Leksehjelp', 'Overgang'];
    const list = Array.from({ length: 80 }, (_, i) =>
      measure(`t${i}`, `${names[i % names.length]} ${i % 3}`, {
        targetGroups: pick('targetGroups'),
        ageGroups: pick('ageGroups'),
        programmes: pick('programmes'),
        organisation: pick('organisation'),
        academicActivities: pick('academicActivities'),
        socialActivities: pick('socialActivities'),
      }),
    );
    for (const m of list) {
      for (const limit of [1, 4, 12]) {
        expect(relatedMeasures(m, list, limit).map((r) => [r.measure.id, r.score])).toEqual(reference(m, list, limit));
      }
    }
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

import { describe, expect, it } from 'vitest';
import { measureFilters, searchKeywords } from '../../src/lib/search';

const measure = {
  data: {
    name: 'Test',
    schools: [{ id: 'a' }, { id: 'b' }],
    programmes: ['yrkesfaglig'],
    goals: [],
    targetGroups: ['spraklige', 'faglige'],
    ageGroups: [],
    organisation: ['en-til-en'],
    academicActivities: [],
    socialActivities: [],
    assessment: { levels: [{ value: 2 as const }], tees: [{ value: 'tett-oppfolging' }], keys: [], themes: [] },
  },
};
const schools: Record<string, { shortName: string; municipality: string }> = {
  a: { shortName: 'A vgs', municipality: 'tonsberg' },
  b: { shortName: 'B vgs', municipality: 'tonsberg' },
};

describe('measureFilters', () => {
  const filters = measureFilters(measure, (id) => schools[id]!);
  it('gir norske etiketter som filterverdier', () => {
    expect(filters['målgruppe']).toEqual(['Språklige utfordringer', 'Faglige utfordringer']);
    expect(filters['organisering']).toEqual(['1:1']);
    expect(filters['nivå']).toEqual(['Nivå 2: De som vekker bekymring']);
    expect(filters['T']).toEqual(['Tett oppfølging']);
  });
  it('tar med skoler og kommune én gang hver', () => {
    expect(filters['skole']).toEqual(['A vgs', 'B vgs']);
    expect(filters['kommune']).toEqual(['Tønsberg']);
  });
  it('utelater filtre uten verdi, men har alltid en sidetype', () => {
    expect(filters['alder']).toBeUndefined();
    expect(filters['nøkkel']).toBeUndefined();
    expect(filters['type']).toEqual(['Tiltak']);
  });
});

describe('searchKeywords', () => {
  it('legger til lesernes ord der teksten bruker kildens', () => {
    expect(searchKeywords('Ekstraundervisning i matematikk')).toEqual(['matte']);
    expect(searchKeywords('Elever med kort botid')).toEqual(['nyankommet', 'innvandrer']);
    expect(searchKeywords('hovedfokus på matte')).toContain('matematikk');
  });
  it('legger ikke til ord teksten allerede har', () => {
    expect(searchKeywords('matte og matematikk')).toEqual([]);
  });
});

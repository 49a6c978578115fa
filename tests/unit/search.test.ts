import { describe, expect, it } from 'vitest';
import { compareNb } from '../../src/lib/format';
import { measureFilters, nameOrderKeys, searchKeywords } from '../../src/lib/search';

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

describe('nameOrderKeys', () => {
  const titles = ['Øving', 'Heyerdahl ressurs - støtte', 'Heyerdahl Ressurs (01)', 'Ås', 'Ærlig', 'aktiv', 'Bro'];
  const key = nameOrderKeys(titles);
  it('gir nøkler som sortert tegn for tegn gir norsk alfabetisk rekkefølge', () => {
    const byKey = [...titles].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(byKey).toEqual([...titles].sort(compareNb));
    expect(byKey.slice(-3)).toEqual(['Ærlig', 'Øving', 'Ås']);
  });
  it('gir like titler samme nøkkel, og stopper på en ukjent tittel', () => {
    expect(nameOrderKeys(['B', 'A', 'B'])('B')).toBe('1');
    expect(() => key('Ukjent')).toThrow(/Ukjent/);
  });
  it('fyller ut med nuller så tekstsortering holder ved ti eller flere', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Tiltak ${String.fromCharCode(65 + i)}`);
    expect(nameOrderKeys(many)('Tiltak A')).toBe('00');
    expect(nameOrderKeys(many)('Tiltak L')).toBe('11');
  });
});

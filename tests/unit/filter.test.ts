import { describe, expect, it } from 'vitest';
import {
  filterItems,
  isEmpty,
  matches,
  optionCounts,
  parseSelection,
  selectionHeading,
  serialiseSelection,
  type FilterItem,
} from '../../src/lib/filter';

const items: FilterItem[] = [
  { id: 'a', values: { malgruppe: ['faglige', 'spraklige'], alder: ['16-19'] } },
  { id: 'b', values: { malgruppe: ['spraklige'], alder: ['16-19', '20-24'] } },
  { id: 'c', values: { malgruppe: ['emosjonelle'], alder: ['20-24'] } },
  { id: 'd', values: {} },
];
const ids = (list: FilterItem[]) => list.map((i) => i.id);

describe('parseSelection og serialiseSelection', () => {
  it('leser gjentatte og kommaseparerte verdier og ignorerer ukjente parametere', () => {
    expect(parseSelection('?malgruppe=spraklige&malgruppe=faglige&alder=20-24,16-19&x=1')).toEqual({
      malgruppe: ['spraklige', 'faglige'],
      alder: ['20-24', '16-19'],
    });
  });
  it('skriver i fast rekkefølge og tåler en rundtur', () => {
    const query = serialiseSelection({ alder: ['20-24'], malgruppe: ['spraklige'] });
    expect(query).toBe('?malgruppe=spraklige&alder=20-24');
    expect(parseSelection(query)).toEqual({ malgruppe: ['spraklige'], alder: ['20-24'] });
  });
  it('gir tom streng for et tomt utvalg', () => {
    expect(serialiseSelection({})).toBe('');
    expect(isEmpty(parseSelection(''))).toBe(true);
  });
});

describe('filterItems', () => {
  it('viser alt når ingenting er valgt', () => {
    expect(ids(filterItems(items, {}))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('kombinerer verdier i samme fasett med ELLER', () => {
    expect(ids(filterItems(items, { malgruppe: ['faglige', 'emosjonelle'] }))).toEqual(['a', 'c']);
  });
  it('kombinerer fasetter med OG', () => {
    expect(ids(filterItems(items, { malgruppe: ['spraklige'], alder: ['20-24'] }))).toEqual(['b']);
  });
  it('gir ingen treff når alle verdier i en fasett er valgt og et tiltak mangler fasetten', () => {
    expect(ids(filterItems(items, { alder: ['16-19', '20-24'] }))).toEqual(['a', 'b', 'c']);
    expect(matches(items[3]!, { alder: ['16-19'] })).toBe(false);
  });
});

describe('optionCounts', () => {
  it('teller hver verdi med de andre fasettenes utvalg, men ikke sitt eget', () => {
    const selection = { malgruppe: ['faglige'], alder: ['20-24'] };
    expect(Object.fromEntries(optionCounts(items, selection, 'malgruppe'))).toEqual({ spraklige: 1, emosjonelle: 1 });
    expect(Object.fromEntries(optionCounts(items, selection, 'alder'))).toEqual({ '16-19': 1 });
  });
});

describe('én utledning av filterverdiene', () => {
  it('gir listefilteret og søkeindeksen de samme verdiene for hvert tiltak (slugger der, navn her)', async () => {
    const { readCollection, readMeasures } = await import('../content');
    const { filterOptions, toFilterItem, FILTER_LABELS } = await import('../../src/lib/filter-facets');
    const { measureFilters, SEARCH_FILTERS } = await import('../../src/lib/search');
    const { FILTER_PARAMS } = await import('../../src/lib/filter');
    const schools = readCollection<{ shortName: string; municipality: string }>('skoler');
    const school = (id: string) => schools.find((s) => s.id === id)!.data;
    const options = filterOptions(schools.map((s) => ({ id: s.id, shortName: s.data.shortName })));
    const measures = readMeasures().map((m) => ({
      ...m,
      data: { ...m.data, schools: m.data.schools.map((id) => ({ id })) },
    }));
    expect(Object.keys(FILTER_LABELS)).toEqual([...FILTER_PARAMS]);
    for (const m of measures) {
      const item = toFilterItem(m, school);
      const search = measureFilters(m, school);
      const searchLabels = new Set(
        Object.entries(search)
          .filter(([k]) => k !== SEARCH_FILTERS.type)
          .flatMap(([, v]) => v),
      );
      const itemLabels = new Set(
        FILTER_PARAMS.flatMap((p) => (item.values[p] ?? []).map((v) => options[p].find((o) => o.value === v)!.label)),
      );
      expect(searchLabels, m.id).toEqual(itemLabels);
    }
  });
});

describe('selectionHeading', () => {
  it('nevner hvert aktive filter med verdiene sine, og antallet', () => {
    const groups = [
      { label: 'Målgruppe', values: ['Faglige utfordringer', 'Språklige utfordringer'] },
      { label: 'Alder', values: [] },
      { label: 'Kommune', values: ['Larvik'] },
    ];
    expect(selectionHeading(groups, '5', '60')).toBe(
      'Tiltak med målgruppe Faglige utfordringer eller Språklige utfordringer, og kommune Larvik: 5 av 60',
    );
    expect(selectionHeading([{ label: 'Alder', values: [] }], '60', '60')).toBe('Alle tiltakene: 60');
  });
});

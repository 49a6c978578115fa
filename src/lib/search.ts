/**
 * What the search index knows about a measure beyond its text: filter values (Norwegian labels, as
 * readers see them), and index-only keywords for words readers use that the text does not.
 */
import { FILTER_PARAMS, type FilterParam } from './filter';
import { measureFilterValues } from './filter-facets';
import { compareNb } from './format';
import type { MeasureData } from './measures';

/** Filter names in the index, in the order the search page shows them. */
export const SEARCH_FILTERS = {
  type: 'type',
  targetGroups: 'målgruppe',
  ageGroups: 'alder',
  programmes: 'utdanningsprogram',
  organisation: 'organisering',
  school: 'skole',
  municipality: 'kommune',
  level: 'nivå',
  tee: 'T',
  key: 'nøkkel',
  theme: 'tema',
} as const;

export const PAGE_TYPES = { measure: 'Tiltak', knowledge: 'Kunnskapsgrunnlag', service: 'Tjeneste' } as const;

export interface SearchableMeasure {
  data: MeasureData & {
    assessment: {
      levels: readonly { value: 1 | 2 | 3 | 4 }[];
      tees: readonly { value: string }[];
      keys: readonly { value: string }[];
      themes: readonly { value: string }[];
    };
  };
}

export interface SchoolInfo {
  shortName: string;
  municipality: string;
}

/** The search index's filter name for each list-filter parameter: both come from measureFilterValues. */
const SEARCH_FILTER_OF: Record<FilterParam, string> = {
  malgruppe: SEARCH_FILTERS.targetGroups,
  alder: SEARCH_FILTERS.ageGroups,
  program: SEARCH_FILTERS.programmes,
  organisering: SEARCH_FILTERS.organisation,
  skole: SEARCH_FILTERS.school,
  kommune: SEARCH_FILTERS.municipality,
  niva: SEARCH_FILTERS.level,
  t: SEARCH_FILTERS.tee,
  nokkel: SEARCH_FILTERS.key,
  tema: SEARCH_FILTERS.theme,
};

/** Filter name → values (labels) for one measure. Every measure has a type; other filters only when known. */
export function measureFilters(m: SearchableMeasure, school: (id: string) => SchoolInfo): Record<string, string[]> {
  const filters: Record<string, string[]> = { [SEARCH_FILTERS.type]: [PAGE_TYPES.measure] };
  const values = measureFilterValues(m, school);
  for (const param of FILTER_PARAMS) {
    const labels = [...new Set(values[param].map((o) => o.label))];
    if (labels.length) filters[SEARCH_FILTER_OF[param]] = labels;
  }
  return filters;
}

/**
 * Readers' words that differ from the sources' words: when a text contains the key (a word start),
 * the listed words are added to the index, invisibly. They change what is found, never what is shown.
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  matematikk: ['matte'],
  matte: ['matematikk'],
  lekse: ['lekser'],
  rus: ['rusmidler', 'narkotika'],
  minoritetsspråklig: ['innvandrer', 'flerspråklig'],
  'kort botid': ['nyankommet', 'innvandrer'],
  fravær: ['skolefravær'],
  lærling: ['læreplass', 'lærlingplass'],
  psykisk: ['psykisk helse'],
};

export function searchKeywords(text: string): string[] {
  const lower = text.toLowerCase();
  const words = Object.entries(SEARCH_SYNONYMS).flatMap(([key, extra]) =>
    new RegExp(`(^|[^\\p{L}])${key}`, 'u').test(lower) ? extra : [],
  );
  return [...new Set(words)].filter((w) => !new RegExp(`(^|[^\\p{L}])${w}`, 'u').test(lower));
}

/**
 * Sort keys that make Pagefind's «sort by name» Norwegian: Pagefind compares the strings byte by byte
 * (capitals before small letters, Å before Æ and Ø), so each title gets its place in Norwegian
 * alphabetical order, zero-padded, as its key. Equal titles get the same key.
 */
export function nameOrderKeys(titles: readonly string[]): (title: string) => string {
  const sorted = [...new Set(titles)].sort(compareNb);
  const width = String(sorted.length).length;
  const keys = new Map(sorted.map((title, i) => [title, String(i).padStart(width, '0')]));
  return (title) => {
    const key = keys.get(title);
    if (key === undefined) throw new Error(`Ingen sorteringsnøkkel for «${title}»: tittelen er ikke blant de søkbare sidene`);
    return key;
  };
}

/** The facets of the measure filter: labels and options per URL parameter, and each measure's values. */
import { FILTER_PARAMS, type FilterItem, type FilterParam } from './filter';
import { keys, labelOf, levelLabels, levels, municipalities, tees, themes, type Term } from './facets';
import { FACETS, type FacetKey, type MeasureData } from './measures';
import type { SearchableMeasure, SchoolInfo } from './search';

export interface FilterOption {
  value: string;
  label: string;
}

/** The measure facets the filter offers, by the URL parameter that selects them. */
export const FACET_PARAMS = {
  targetGroups: 'malgruppe',
  ageGroups: 'alder',
  programmes: 'program',
  organisation: 'organisering',
} as const satisfies Partial<Record<FacetKey, FilterParam>>;

/** The URL parameter that filters on a measure facet, where the filter offers it. */
export function filterParamOf(facet: FacetKey): FilterParam | undefined {
  return (FACET_PARAMS as Partial<Record<FacetKey, FilterParam>>)[facet];
}

/** The editorial facets are the site's own judgement, and say so in their label. */
const editorial = (label: string) => `${label} (redaksjonell vurdering)`;

export const FILTER_LABELS: Record<FilterParam, string> = {
  malgruppe: FACETS.targetGroups.label,
  alder: FACETS.ageGroups.label,
  program: FACETS.programmes.label,
  organisering: FACETS.organisation.label,
  skole: 'Skole',
  kommune: 'Kommune',
  niva: editorial('Forebyggingsnivå'),
  t: editorial('De fire T-ene'),
  nokkel: editorial('Nøkler'),
  tema: editorial('Tema'),
};

const fromTerms = (terms: readonly Term[]): FilterOption[] => terms.map((t) => ({ value: t.slug, label: t.label }));
const option = (terms: readonly Term[], slug: string): FilterOption => ({
  value: slug,
  label: labelOf({ terms }, slug),
});

export function filterOptions(
  schools: readonly { id: string; shortName: string }[],
): Record<FilterParam, FilterOption[]> {
  return {
    malgruppe: fromTerms(FACETS.targetGroups.vocab.terms),
    alder: fromTerms(FACETS.ageGroups.vocab.terms),
    program: fromTerms(FACETS.programmes.vocab.terms),
    organisering: fromTerms(FACETS.organisation.vocab.terms),
    skole: schools.map((s) => ({ value: s.id, label: s.shortName })),
    kommune: fromTerms(municipalities.terms),
    niva: levels.map((n) => ({ value: String(n), label: levelLabels[n] })),
    t: fromTerms(tees.terms),
    nokkel: fromTerms(keys.terms),
    tema: fromTerms(themes.terms),
  };
}

/**
 * A measure's values for every filter, each as slug and label: the one derivation behind both the list
 * filter on /tiltak/ (which uses the slugs) and the search index's filters (which show the labels).
 */
export function measureFilterValues(
  m: SearchableMeasure & { data: MeasureData },
  school: (id: string) => SchoolInfo & { id?: string },
): Record<FilterParam, FilterOption[]> {
  const facet = (key: keyof typeof FACET_PARAMS) => m.data[key].map((slug) => option(FACETS[key].vocab.terms, slug));
  const unique = (options: FilterOption[]) =>
    options.filter((o, i) => options.findIndex((x) => x.value === o.value) === i);
  const schools = m.data.schools.map((s) => ({ id: s.id, ...school(s.id) }));
  return {
    malgruppe: facet('targetGroups'),
    alder: facet('ageGroups'),
    program: facet('programmes'),
    organisering: facet('organisation'),
    skole: schools.map((s) => ({ value: s.id, label: s.shortName })),
    kommune: unique(schools.map((s) => option(municipalities.terms, s.municipality))),
    niva: m.data.assessment.levels.map((l) => ({ value: String(l.value), label: levelLabels[l.value] })),
    t: m.data.assessment.tees.map((t) => option(tees.terms, t.value)),
    nokkel: m.data.assessment.keys.map((k) => option(keys.terms, k.value)),
    tema: m.data.assessment.themes.map((t) => option(themes.terms, t.value)),
  };
}

/** A measure as the list filter sees it: slugs per URL parameter. */
export function toFilterItem(m: { id: string } & SearchableMeasure, school: (id: string) => SchoolInfo): FilterItem {
  const values = measureFilterValues(m, school);
  return { id: m.id, values: Object.fromEntries(FILTER_PARAMS.map((p) => [p, values[p].map((o) => o.value)])) };
}

/** The facets of the measure filter: labels and options per URL parameter, and each measure's values. */
import type { FilterItem, FilterParam } from './filter';
import { keys, levelLabels, levels, municipalities, tees, themes, type Term } from './facets';
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

export const FILTER_LABELS: Record<FilterParam, string> = {
  malgruppe: 'Målgruppe',
  alder: 'Alder',
  program: 'Utdanningsprogram',
  organisering: 'Organisering',
  skole: 'Skole',
  kommune: 'Kommune',
  niva: 'Forebyggingsnivå (redaksjonell vurdering)',
  t: 'De fire T-ene (redaksjonell vurdering)',
  nokkel: 'Nøkler (redaksjonell vurdering)',
  tema: 'Tema (redaksjonell vurdering)',
};

const fromTerms = (terms: readonly Term[]): FilterOption[] => terms.map((t) => ({ value: t.slug, label: t.label }));

export function filterOptions(schools: readonly { id: string; shortName: string }[]): Record<FilterParam, FilterOption[]> {
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

export function toFilterItem(
  m: { id: string } & SearchableMeasure & { data: MeasureData },
  school: (id: string) => SchoolInfo,
): FilterItem {
  const schoolIds = m.data.schools.map((s) => s.id);
  return {
    id: m.id,
    values: {
      [FACET_PARAMS.targetGroups]: m.data.targetGroups,
      [FACET_PARAMS.ageGroups]: m.data.ageGroups,
      [FACET_PARAMS.programmes]: m.data.programmes,
      [FACET_PARAMS.organisation]: m.data.organisation,
      skole: schoolIds,
      kommune: [...new Set(schoolIds.map((id) => school(id).municipality))],
      niva: m.data.assessment.levels.map((l) => String(l.value)),
      t: m.data.assessment.tees.map((t) => t.value),
      nokkel: m.data.assessment.keys.map((k) => k.value),
      tema: m.data.assessment.themes.map((t) => t.value),
    },
  };
}

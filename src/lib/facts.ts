/**
 * The facts box of a measure as data: one row per fact, each value with the phrase of the description
 * it stands on. A row with nothing is «ikke oppgitt» (the description is silent); an «annet» value is a
 * fact the description gives outside the survey's categories, and stays apart from the categories.
 */
import type { Evidence } from './evidence.ts';
import { labelOf } from './facets.ts';
import { FACETS, OTHER_FIELDS, type FacetKey, type OtherField } from './measures.ts';
import { facetUrl } from './routes.ts';

export interface FactItem {
  text: string;
  href?: string | undefined;
  /** The phrase of the description the value stands on. */
  quote?: string | undefined;
  /** True for a value outside the survey's categories («annet»). */
  other?: boolean;
}

export interface FactRow {
  label: string;
  items: FactItem[];
}

/** The text facts: label and field, in the order the facts box shows them. */
const TEXT_ROWS = [
  ['Omfang', 'scope'],
  ['Ansvarlig', 'responsible'],
  ['Gjennomføres av', 'delivering'],
  ['Samarbeidspartnere', 'partners'],
  ['Hvordan elever fanges opp', 'identification'],
] as const;

export interface FactsInput {
  schools: readonly { name: string; href: string }[];
  data: { [K in FacetKey]: readonly string[] } & {
    [K in OtherField | (typeof TEXT_ROWS)[number][1]]: readonly string[];
  } & {
    participants?: { text: string } | undefined;
    evidence: readonly Evidence[];
  };
}

/** Phrases copied from the description start with a capital here, since each stands on its own line. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The rows of a measure's facts box, in reading order. */
export function factRows({ schools, data }: FactsInput): FactRow[] {
  const quoteOf = (field: string, value: string) => data.evidence.find((e) => e.field === field && e.value === value)?.quote;
  const texts = (field: string, values: readonly string[], other = false): FactItem[] =>
    values.map((value) => ({ text: capital(value), quote: quoteOf(field, value), ...(other ? { other } : {}) }));
  const facetRow = (facet: FacetKey): FactRow => {
    const otherField = (OTHER_FIELDS as Partial<Record<FacetKey, OtherField>>)[facet];
    return {
      label: FACETS[facet].label,
      items: [
        ...data[facet].map((slug) => ({
          text: labelOf(FACETS[facet].vocab, slug),
          href: facetUrl(facet, slug),
          quote: quoteOf(facet, slug),
        })),
        ...(otherField ? texts(otherField, data[otherField], true) : []),
      ],
    };
  };
  return [
    { label: schools.length > 1 ? 'Skoler' : 'Skole', items: schools.map((s) => ({ text: s.name, href: s.href })) },
    facetRow('programmes'),
    facetRow('goals'),
    facetRow('targetGroups'),
    facetRow('ageGroups'),
    facetRow('organisation'),
    facetRow('academicActivities'),
    facetRow('socialActivities'),
    { label: 'Antall deltakere', items: data.participants ? texts('participants', [data.participants.text]) : [] },
    ...TEXT_ROWS.map(([label, field]) => ({ label, items: texts(field, data[field]) })),
  ];
}

/**
 * The facts box of a measure as data: one row per fact, each value with the phrase of the description
 * it stands on. A row with nothing is «ikke oppgitt» (the description is silent); an «annet» value is a
 * fact the description gives outside the survey's categories, and stays apart from the categories.
 */
import { normalizeSpace, type Evidence } from './evidence.ts';
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

/** Values that stand on the same phrase, shown together with it once. */
export interface FactGroup {
  items: FactItem[];
  quote?: string | undefined;
  /** The quote says no more than the one value (e.g. «over 25 deltakere»): the value itself links to it. */
  quoteIsValue?: boolean;
}

export interface FactRow {
  label: string;
  /** Empty when the description says nothing of it (ikke oppgitt). */
  groups: FactGroup[];
}

/** Items grouped by their quote, in the order each quote first appears; an item without a quote stands alone. */
export function groupByQuote(items: readonly FactItem[]): FactGroup[] {
  const groups: FactGroup[] = [];
  for (const item of items) {
    const same = item.quote === undefined ? undefined : groups.find((g) => g.quote === item.quote);
    if (same) same.items.push(item);
    else groups.push({ items: [item], quote: item.quote });
  }
  return groups;
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
  data: { [K in FacetKey]: readonly string[] } & {
    [K in OtherField | (typeof TEXT_ROWS)[number][1]]: readonly string[];
  } & {
    participants?: { text: string } | undefined;
    evidence: readonly Evidence[];
  };
}

/** A group starts with a capital, since it stands on its own line; the values after it keep the description's case. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const capitalFirst = (group: FactGroup): FactGroup => ({
  ...group,
  items: group.items.map((item, i) => (i === 0 && !item.other ? { ...item, text: capital(item.text) } : item)),
});

/** The rows of a measure's facts box, in reading order. */
export function factRows(input: FactsInput): FactRow[] {
  const same = (a: string, b: string) =>
    normalizeSpace(a).toLocaleLowerCase('nb') === normalizeSpace(b).toLocaleLowerCase('nb');
  return factItems(input).map(({ label, items }) => ({
    label,
    groups: groupByQuote(items)
      .map(capitalFirst)
      .map((g) =>
        g.items.length === 1 && g.quote !== undefined && !g.items[0]!.href && same(g.items[0]!.text, g.quote)
          ? { ...g, quoteIsValue: true }
          : g,
      ),
  }));
}

function factItems({ data }: FactsInput): { label: string; items: FactItem[] }[] {
  const quoteOf = (field: string, value: string) =>
    data.evidence.find((e) => e.field === field && e.value === value)?.quote;
  const texts = (field: string, values: readonly string[], other = false): FactItem[] =>
    values.map((value) => ({ text: value, quote: quoteOf(field, value), ...(other ? { other } : {}) }));
  const facetRow = (facet: FacetKey) => {
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
  // Who it is for first, then what it does and how, then who runs it.
  return [
    facetRow('targetGroups'),
    facetRow('ageGroups'),
    facetRow('programmes'),
    facetRow('goals'),
    facetRow('academicActivities'),
    facetRow('socialActivities'),
    facetRow('organisation'),
    { label: 'Antall deltakere', items: data.participants ? texts('participants', [data.participants.text]) : [] },
    ...TEXT_ROWS.map(([label, field]) => ({ label, items: texts(field, data[field]) })),
  ];
}

/** The facts the description says nothing about, as one phrase: «sosiale aktiviteter og samarbeidspartnere». */
export function silentFacts(rows: readonly FactRow[]): string[] {
  return rows.filter((r) => r.groups.length === 0).map((r) => r.label.toLocaleLowerCase('nb'));
}

/**
 * Facet filtering of the measure list, shared by the page (which renders the options and counts) and
 * the small client script (which applies a selection). Values within one facet combine with OR, facets
 * with AND. The selection lives in the URL (?malgruppe=spraklige&alder=20-24).
 */

/** The URL parameters, in the order the filters are shown. */
export const FILTER_PARAMS = [
  'malgruppe',
  'alder',
  'program',
  'organisering',
  'skole',
  'kommune',
  'niva',
  't',
  'nokkel',
  'tema',
] as const;

export type FilterParam = (typeof FILTER_PARAMS)[number];

/** A measure as the filter sees it: its values (slugs) per parameter. */
export interface FilterItem {
  id: string;
  values: Partial<Record<FilterParam, readonly string[]>>;
}

export type Selection = Partial<Record<FilterParam, string[]>>;

const isParam = (key: string): key is FilterParam => (FILTER_PARAMS as readonly string[]).includes(key);

/** Reads a selection from a query string; unknown parameters and empty values are ignored. */
export function parseSelection(query: string): Selection {
  const params = new URLSearchParams(query);
  const selection: Selection = {};
  for (const [key, raw] of params) {
    if (!isParam(key)) continue;
    for (const value of raw
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)) {
      const list = (selection[key] ??= []);
      if (!list.includes(value)) list.push(value);
    }
  }
  return selection;
}

/** Writes a selection as a query string in a stable order ("" when nothing is selected). */
export function serialiseSelection(selection: Selection): string {
  const params = new URLSearchParams();
  for (const key of FILTER_PARAMS) {
    for (const value of selection[key] ?? []) params.append(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmpty(selection: Selection): boolean {
  return FILTER_PARAMS.every((key) => (selection[key] ?? []).length === 0);
}

/** Does an item match: for every facet with a selection, the item has at least one selected value. */
export function matches(item: FilterItem, selection: Selection, ignore?: FilterParam): boolean {
  return FILTER_PARAMS.every((key) => {
    const wanted = selection[key] ?? [];
    if (key === ignore || wanted.length === 0) return true;
    const have = item.values[key] ?? [];
    return wanted.some((v) => have.includes(v));
  });
}

export function filterItems<T extends FilterItem>(items: readonly T[], selection: Selection): T[] {
  return items.filter((item) => matches(item, selection));
}

/**
 * How many items each value of a facet would show if it were selected too: the other facets'
 * selections apply, this facet's own does not (the usual count for OR within a facet).
 */
export function optionCounts(
  items: readonly FilterItem[],
  selection: Selection,
  param: FilterParam,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, selection, param)) continue;
    for (const value of new Set(item.values[param] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * The heading a filtered list prints with, naming the active filters: «Tiltak med målgruppe Faglige
 * utfordringer eller Språklige utfordringer, og kommune Larvik: 5 av 60». `groups` are the filter's groups
 * in order, each with its label and the labels of its chosen values; groups with none are left out.
 */
export function selectionHeading(
  groups: readonly { label: string; values: readonly string[] }[],
  shown: string,
  total: string,
): string {
  const active = groups.filter((g) => g.values.length > 0);
  if (active.length === 0) return `Alle tiltakene: ${total}`;
  const parts = active.map((g) => `${g.label.toLowerCase()} ${g.values.join(' eller ')}`);
  return `Tiltak med ${parts.join(', og ')}: ${shown} av ${total}`;
}

/** The selection of measures to compare, from the URL: ?tiltak=a,b,c or ?tiltak=a&tiltak=b. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export function parseCompare(query: string, known?: ReadonlySet<string>): string[] {
  const ids = new URLSearchParams(query)
    .getAll('tiltak')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => /^[a-z0-9-]+$/.test(v) && (!known || known.has(v)));
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

export function compareUrl(ids: readonly string[]): string {
  return `/sammenlign/?tiltak=${ids.join(',')}`;
}

/** One measure's facts as its facts box lists them: label → value ("" when absent). */
export interface ComparedMeasure {
  id: string;
  name: string;
  facts: ReadonlyMap<string, string>;
}

export interface CompareRow {
  label: string;
  /** One value per measure, in the measures' order; «ikke oppgitt» where the description is silent. */
  values: string[];
  /** True when every measure has the same value. */
  same: boolean;
}

export const SILENT_VALUE = 'ikke oppgitt';

/**
 * The rows of a comparison: every fact any of the measures states, in the order the facts boxes show
 * them (a label missing in one box goes after the label before it in another), one value per measure.
 */
export function compareRows(measures: readonly ComparedMeasure[]): CompareRow[] {
  const labels: string[] = [];
  for (const m of measures) {
    let after = -1;
    for (const label of m.facts.keys()) {
      const at = labels.indexOf(label);
      if (at === -1) labels.splice(++after, 0, label);
      else after = at;
    }
  }
  return labels.map((label) => {
    const values = measures.map((m) => m.facts.get(label) || SILENT_VALUE);
    return { label, values, same: values.every((v) => v === values[0]) };
  });
}

/** Adds or removes a measure from a comparison list, keeping at most COMPARE_MAX (the oldest goes). */
export function toggleCompare(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  return [...ids, id].slice(-COMPARE_MAX);
}

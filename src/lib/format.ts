/** Norwegian formatting and sorting, in one place. */
export const LOCALE = 'nb-NO';

const collator = new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });
const integer = new Intl.NumberFormat(LOCALE);
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** Compares two strings in Norwegian alphabetical order (æ, ø, å last). */
export const compareNb = (a: string, b: string): number => collator.compare(a, b);

export const formatNumber = (n: number): string => integer.format(n);

/** A share (0–1) as a whole percentage, e.g. "42 %". */
export const formatShare = (share: number): string => percent.format(share);

/** Joins words as Norwegian prose: "a", "a og b", "a, b og c". */
export function joinNb(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** An age range as Norwegian text: "15–24 år", "fra 19 år", "til og med 15 år". */
export function formatAgeRange(range: { min?: number | undefined; max?: number | undefined }): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}–${range.max} år`;
  if (range.min !== undefined) return `fra ${range.min} år`;
  if (range.max !== undefined) return `til og med ${range.max} år`;
  return 'ikke oppgitt';
}

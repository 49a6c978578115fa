/** Norwegian formatting and sorting, in one place. */
import { formatLocale } from 'd3-format';

export const LOCALE = 'nb-NO';

const collator = new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });

/**
 * D3's number formatting with Norwegian conventions: decimal comma, a (non-breaking) space between
 * thousands, a space before the per cent sign. The pages and the figures format numbers with it.
 */
export const nb = formatLocale({
  decimal: ',',
  thousands: '\u00a0',
  grouping: [3],
  currency: ['', '\u00a0kr'],
  percent: '\u00a0%',
  minus: '\u2212',
});

/** Grouped thousands, decimals as given (no rounding beyond six places, trailing zeros dropped). */
const number = nb.format(',~f');

/** Compares two strings in Norwegian alphabetical order (æ, ø, å last). */
export const compareNb = (a: string, b: string): number => collator.compare(a, b);

export const formatNumber = (n: number): string => number(n);

/** A share (0–1) as a whole number of per cent, e.g. 0.4166 → 42; the pages and the data files agree. */
export const sharePercent = (share: number): number => Math.round(share * 100);

/** A share (0–1) as a whole percentage, e.g. "42 %". */
export const formatShare = (share: number): string => `${number(sharePercent(share))}\u00a0%`;

/** A number as it goes into a data file for Norwegian spreadsheets: decimal comma, no thousands separator. */
export const formatDataNumber = (n: number): string => String(n).replace('.', ',');

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

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** An ISO date (ÅÅÅÅ-MM-DD) as Norwegian text: "2026-05-01" → "1. mai 2026". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (!year || !name || !day) throw new Error(`Ikke en dato som ÅÅÅÅ-MM-DD: «${iso}»`);
  return `${day}. ${name} ${year}`;
}

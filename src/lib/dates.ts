/**
 * Dates in content: plain ISO 8601 calendar dates (ÅÅÅÅ-MM-DD) written by editors, never taken from the
 * clock or from file times, so builds stay the same from one day to the next.
 */

/** Whether `text` is a real calendar date written as ÅÅÅÅ-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The start of the day (UTC) of an ISO date, for feeds and sorting. */
export const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

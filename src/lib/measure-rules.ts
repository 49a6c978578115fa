/**
 * The rules a measure's fields follow beyond their vocabularies, in one small table: the schema
 * (src/content.config.ts) and the proposal form on /meld-inn/ (src/lib/proposal.ts, in the browser,
 * without zod) both check them, with the same words. The quotes are checked by src/lib/evidence.ts,
 * which the content check and the form share too.
 */
import { isIsoDate } from './dates.ts';

export interface Rule<T> {
  test: (value: T) => boolean;
  /** What is wrong, said so it fits after the field's name. */
  message: (value: T) => string;
}

type Range = { min?: number | undefined; max?: number | undefined };

export const RULES: {
  text: Rule<string>;
  schools: Rule<readonly unknown[]>;
  date: Rule<string>;
  oneLine: Rule<string>;
  count: Rule<number>;
  participantsOrder: Rule<Range>;
} = {
  /** A text that must be there. */
  text: { test: (v: string) => v.trim() !== '', message: () => 'kan ikke være tom' },
  /** At least one school. */
  schools: {
    test: (v) => v.length > 0,
    message: () => 'minst én skole; skriv id-en til en fil i content/skoler/, for eksempel ["sandefjord-vgs"]',
  },
  /** A real date, written ÅÅÅÅ-MM-DD. */
  date: {
    test: isIsoDate,
    message: (v: string) => `«${v}» er ikke en dato som ÅÅÅÅ-MM-DD (år-måned-dag), for eksempel "2026-05-01"`,
  },
  /** The reason for an update or an end: one line. */
  oneLine: {
    test: (v: string) => !v.includes('\n'),
    message: () => 'grunnen (reason) skal være én linje: hva som ble endret, og hvorfor',
  },
  /** A number of participants: a whole number, not negative. */
  count: {
    test: (v: number) => Number.isInteger(v) && v >= 0,
    message: (v: number) => `${v} er ikke et helt tall (0 eller mer)`,
  },
  /** The fewest participants cannot be more than the most. */
  participantsOrder: {
    test: (p) => p.min === undefined || p.max === undefined || p.min <= p.max,
    message: () => 'participants.min kan ikke være større enn participants.max',
  },
};

/** The message of a rule that fails, or undefined. */
export function broken<T>(rule: Rule<T>, value: T): string | undefined {
  return rule.test(value) ? undefined : rule.message(value);
}

/**
 * What changed, and when: the measures each survey edition added, and the editors' updates and ends,
 * all from the content's own dates (never file times or the clock). /endringer/ lists them newest first,
 * /endringer.xml carries the same as an Atom feed (src/lib/feed.ts), and each measure page shows its own.
 *
 * Pure: works on plain objects shaped like the collections' entries.
 */
import { compareNb, formatDate, formatNumber } from './format.ts';

export interface Dated {
  date: string;
  reason: string;
}

export interface EditionInfo {
  id: string;
  data: { title: string; label: string; date: string };
}

export interface ChangeMeasure {
  id: string;
  data: { name: string; edition: { id: string }; updated: readonly Dated[]; ended?: Dated | undefined };
}

interface Named {
  id: string;
  name: string;
}

export type Change =
  | { kind: 'edition'; key: string; date: string; edition: { id: string; title: string }; measures: Named[] }
  | { kind: 'updated' | 'ended'; key: string; date: string; reason: string; measure: Named };

/** What each kind of change is called (a heading word on /endringer/ and in the feed's titles). */
export const CHANGE_LABELS: Record<Change['kind'], string> = {
  edition: 'Ny utgave',
  updated: 'Oppdatert',
  ended: 'Avsluttet',
};

/** On the same day, an end is told before an update, and an update before an edition's arrival. */
const KIND_ORDER: Record<Change['kind'], number> = { ended: 0, updated: 1, edition: 2 };

/** The key of an edition's arrival in the changes; `anchorOf` makes its anchor on /endringer/. */
export const editionKey = (id: string): string => `utgave/${id}`;

/** The anchor of a change on /endringer/, made from its key. */
export const anchorOf = (key: string): string => key.replace(/[^a-z0-9-]+/g, '-');
export const changeAnchor = (change: Change): string => anchorOf(change.key);

const titleOf = (c: Change): string => (c.kind === 'edition' ? c.edition.title : c.measure.name);

/**
 * Every change, newest first: one per edition (the measures it added), one per update and one per end.
 * Each has a `key` that stays the same from build to build (the feed's entry ids and the page's anchors
 * are made from it): `utgave/<edition>`, `tiltak/<id>/oppdatert/<date>` (with `-2`, `-3` for a second
 * update the same day) and `tiltak/<id>/avsluttet`.
 */
export function listChanges(measures: readonly ChangeMeasure[], editions: readonly EditionInfo[]): Change[] {
  const changes: Change[] = [];
  const byEdition = new Map<string, Named[]>();
  for (const m of measures) {
    const named = { id: m.id, name: m.data.name };
    const list = byEdition.get(m.data.edition.id) ?? [];
    list.push(named);
    byEdition.set(m.data.edition.id, list);
    const sameDay = new Map<string, number>();
    for (const u of m.data.updated) {
      const n = (sameDay.get(u.date) ?? 0) + 1;
      sameDay.set(u.date, n);
      const key = `tiltak/${m.id}/oppdatert/${u.date}${n > 1 ? `-${n}` : ''}`;
      changes.push({ kind: 'updated', key, date: u.date, reason: u.reason, measure: named });
    }
    if (m.data.ended) {
      changes.push({
        kind: 'ended',
        key: `tiltak/${m.id}/avsluttet`,
        date: m.data.ended.date,
        reason: m.data.ended.reason,
        measure: named,
      });
    }
  }
  for (const e of editions) {
    const added = (byEdition.get(e.id) ?? []).sort((a, b) => compareNb(a.name, b.name));
    if (added.length === 0) continue;
    changes.push({
      kind: 'edition',
      key: editionKey(e.id),
      date: e.data.date,
      edition: { id: e.id, title: e.data.title },
      measures: added,
    });
  }
  return changes.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareNb(titleOf(a), titleOf(b)) ||
      (a.key < b.key ? -1 : 1),
  );
}

/** The date of the newest change (the feed's `updated`); undefined when there is none. */
export const latestDate = (changes: readonly Change[]): string | undefined =>
  changes.reduce<string | undefined>((max, c) => (max === undefined || c.date > max ? c.date : max), undefined);

/** One line of text about a change, for a list or a feed: «Oppdatert: Leksehjelp». */
export function changeTitle(change: Change): string {
  if (change.kind === 'edition') {
    return `${change.edition.title}: ${formatNumber(change.measures.length)} tiltak lagt til`;
  }
  return `${CHANGE_LABELS[change.kind]}: ${change.measure.name}`;
}

/** The lines a measure page shows under its title: its edition, and each update, newest first. */
export interface MeasureDates {
  /** «Fra kartleggingen 2025». */
  edition: string;
  updates: string[];
  /** «Avsluttet 1. mars 2027: Skolen har lagt ned tilbudet.», when the measure has ended. */
  ended?: string;
}

export function measureDates(data: ChangeMeasure['data'], editionLabel: string): MeasureDates {
  const line = (word: string, d: Dated) => `${word} ${formatDate(d.date)}: ${d.reason}`;
  const updates = [...data.updated]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((u) => line('Oppdatert', u));
  return {
    edition: `Fra ${editionLabel}`,
    updates,
    ...(data.ended ? { ended: line('Avsluttet', data.ended) } : {}),
  };
}

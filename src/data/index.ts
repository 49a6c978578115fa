/**
 * The site's data access: loads the collections once and resolves references. Astro-bound; the logic
 * on the loaded data lives in src/lib/ (pure, unit tested).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareNb } from '../lib/format';
import { sortByName } from '../lib/measures';
import { nameOrderKeys } from '../lib/search';

export type Measure = CollectionEntry<'tiltak'>;
export type School = CollectionEntry<'skoler'>;
export type Source = CollectionEntry<'kilder'>;

let sortedMeasures: Promise<Measure[]> | undefined;

/**
 * All measures in Norwegian name order. About 200 pages ask for them; in a build the sorted list is made
 * once (sorting with the collator on every page cost seconds at 10 000 measures). The dev server sorts
 * anew each time, so edited content shows.
 */
export async function getMeasures(): Promise<Measure[]> {
  const load = async () => sortByName(await getCollection('tiltak'));
  if (import.meta.env.DEV) return load();
  return [...(await (sortedMeasures ??= load()))];
}

export async function getSchools(): Promise<School[]> {
  return (await getCollection('skoler')).sort((a, b) => compareNb(a.data.shortName, b.data.shortName));
}

export async function getSources(): Promise<Source[]> {
  return getCollection('kilder');
}

/** Lookup by id that fails loudly: a dangling reference must never render as an empty link. */
export function byId<T extends { id: string }>(entries: readonly T[], kind: string): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`Ukjent ${kind}: «${id}»`);
    return entry;
  };
}

export async function getOrdered<C extends 'nivaer' | 'nokler' | 'fireT' | 'tema' | 'tjenester'>(
  collection: C,
): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** One data point of the statistics, with its data set; fails loudly if the content changed under it. */
export async function getStatistic(dataset: string, point: number) {
  const entry = await getEntry('statistikk', dataset);
  const value = entry?.data.points[point];
  if (!entry || !value) throw new Error(`Fant ikke tallet ${dataset}[${point}] i statistikken`);
  return { entry, point: value, area: value.area ?? entry.data.area };
}

let sortKeys: Promise<(title: string) => string> | undefined;

/** The search sort key of a searchable page's title (measures, knowledge pages, services). */
export async function searchSortKey(title: string): Promise<string> {
  const load = async () => {
    const concepts = await Promise.all(
      (['nivaer', 'nokler', 'fireT', 'tema', 'tjenester'] as const).map((c) => getCollection(c)),
    );
    const titles = [
      ...(await getCollection('tiltak')).map((m) => m.data.name),
      ...concepts.flat().map((e) => e.data.title),
    ];
    return nameOrderKeys(titles);
  };
  const key = import.meta.env.DEV ? await load() : await (sortKeys ??= load());
  return key(title);
}

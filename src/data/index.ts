/**
 * The site's data access: loads the collections once and resolves references. Astro-bound; the logic
 * on the loaded data lives in src/lib/ (pure, unit tested).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { bestBets } from '../lib/best-bets';
import { compareNb } from '../lib/format';
import { municipalities } from '../lib/facets';
import { pageOfSection } from '../lib/knowledge';
import { isActive, measureTitles, sortByName } from '../lib/measures';
import { vocabulary } from '../lib/norwegian';
import { urls } from '../lib/routes';
import { nameOrderKeys, placeTitle, type Synonyms } from '../lib/search';

export type Measure = CollectionEntry<'tiltak'>;
export type School = CollectionEntry<'skoler'>;
export type Source = CollectionEntry<'kilder'>;

/**
 * Runs `load` once per build and shares its result with every page that asks; the dev server runs it
 * on every call, so edited content shows.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (result ??= load()));
}

const sortedMeasures = oncePerBuild(async () => sortByName(await getCollection('tiltak')));
const sortedActive = oncePerBuild(async () => (await sortedMeasures()).filter(isActive));

/**
 * The measures that are still running (`isActive`), in Norwegian name order, as a list of the caller's
 * own: what lists, counts and figures show by default. About 200 pages ask for them; sorting with the
 * collator on every page cost seconds at 10 000 measures.
 */
export async function getMeasures(): Promise<Measure[]> {
  return [...(await sortedActive())];
}

/** Every measure, ended ones too (each has its page, the open data lists it, /endringer/ tells of it). */
export async function getAllMeasures(): Promise<Measure[]> {
  return [...(await sortedMeasures())];
}

export type Edition = CollectionEntry<'utgaver'>;

/** The survey's editions, oldest first. */
export async function getEditions(): Promise<Edition[]> {
  return (await getCollection('utgaver')).sort((a, b) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0,
  );
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

/**
 * How lists name a measure's schools: their short names, comma-separated («Greveskogen, Nøtterøy»). An
 * unknown school fails loudly (byId). Given the schools once, it names any number of measures.
 */
export function schoolNames(schools: readonly School[]): (measure: Measure) => string {
  const school = byId(schools, 'skole');
  return (measure) => measure.data.schools.map((ref) => school(ref.id).data.shortName).join(', ');
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

const titles = oncePerBuild(async () => {
  const school = byId(await getSchools(), 'skole');
  return measureTitles(await sortedMeasures(), (id) => school(id).data.shortName);
});

/** A measure's page title, distinct from every other measure's (see measureTitles). */
export async function measureTitle(id: string): Promise<string> {
  const title = (await titles()).get(id);
  if (title === undefined) throw new Error(`Ukjent tiltak: «${id}»`);
  return title;
}

const sortKeys = oncePerBuild(async () => {
  const concepts = await Promise.all(
    (['nivaer', 'nokler', 'fireT', 'tema', 'tjenester', 'kapitler'] as const).map((c) => getCollection(c)),
  );
  const titles = [
    ...(await getCollection('tiltak')).map((m) => m.data.name),
    ...concepts.flat().map((e) => e.data.title),
    // The school and municipality pages are searched as records (src/pages/sok-indeks.json.ts).
    ...(await getCollection('skoler')).map((s) => s.data.name),
    ...municipalities.terms.map((t) => placeTitle(t.label)),
  ];
  return nameOrderKeys(titles);
});

/** The search sort key of a searchable page's title (measures, knowledge pages, services, places). */
export async function searchSortKey(title: string): Promise<string> {
  return (await sortKeys())(title);
}

/**
 * The municipalities that have a school of the survey, in the vocabulary's order, each with its schools:
 * the places the front page lists and the search finds (a municipality without one has a page, but no
 * measures to show).
 */
export async function getSchoolMunicipalities(): Promise<
  { term: (typeof municipalities.terms)[number]; schools: School[] }[]
> {
  const schools = await getSchools();
  return municipalities.terms.flatMap((term) => {
    const local = schools.filter((s) => s.data.municipality === term.slug);
    return local.length ? [{ term, schools: local }] : [];
  });
}

/**
 * The search's synonyms (content/sok/), all files in one map, and the file that has a key (for the
 * build's messages).
 */
export const getSynonyms = oncePerBuild(async () => {
  const files = await getCollection('sok');
  const synonyms: Synonyms = Object.assign({}, ...files.map((e) => e.data.synonyms));
  const fileOf = (key: string) => files.find((e) => key in e.data.synonyms)?.filePath ?? 'content/sok/';
  return { synonyms, fileOf };
});

/**
 * The search's best bets (src/lib/best-bets.ts): a municipality's names and a school's, each to its page.
 * Only the municipalities with a school: the others' pages are no search records (src/pages/sok-indeks.json.ts).
 */
export async function getBestBets(): Promise<Record<string, string>> {
  const schools = await getSchools();
  const local = (await getSchoolMunicipalities()).map((p) => p.term);
  return bestBets(
    local.map((t) => ({ url: urls.municipality(t.slug), names: [t.label, `${t.label} kommune`] })),
    schools.map((s) => ({ url: urls.school(s.id), names: [s.data.name, s.data.shortName, ...s.data.sourceNames] })),
  );
}

export type Chapter = CollectionEntry<'kapitler'>;
export type SourceReference = CollectionEntry<'referanser'>;

/** The chapters of the knowledge base, in the document's order. */
export async function getChapters(): Promise<Chapter[]> {
  return (await getCollection('kapitler')).sort((a, b) => a.data.chapter - b.data.chapter);
}

/**
 * The knowledge base's footnote references by the page that shows them (the page that presents the
 * section where the footnote stands), each list in footnote order. Fails, naming the file, for a
 * reference whose section no chapter file places on a page.
 */
const referencesByPage = oncePerBuild(async () => {
  const chapters = await getChapters();
  const byPage = new Map<string, SourceReference[]>();
  const references = (await getCollection('referanser')).sort((a, b) => a.data.footnote - b.data.footnote);
  for (const reference of references) {
    const page = pageOfSection(reference.data.source.section, chapters, urls.chapter);
    if (!page) {
      throw new Error(
        `content/referanser/${reference.id}.yaml: source.section: «${reference.data.source.section}» er ikke et avsnitt som noen fil i content/kapitler/ viser på en side (source.section, links eller subsections)`,
      );
    }
    byPage.set(page, [...(byPage.get(page) ?? []), reference]);
  }
  return byPage;
});

/** The references shown on the page at `path` ("/nivaer/"). */
export async function referencesOn(path: string): Promise<SourceReference[]> {
  return (await referencesByPage()).get(path) ?? [];
}

/**
 * The site's own texts (measures, knowledge pages, services, school names): their words are the
 * vocabulary the compound splitter uses (src/lib/norwegian.ts) and the speller's word list
 * (src/lib/spelling.ts).
 */
export const siteTexts = oncePerBuild(async () => {
  const concepts = await Promise.all(
    (['nivaer', 'nokler', 'fireT', 'tema', 'tjenester'] as const).map((c) => getCollection(c)),
  );
  return [
    ...(await getCollection('tiltak')).map((m) => `${m.data.name} ${m.body ?? ''}`),
    ...concepts.flat().map((c) => `${c.data.title} ${c.data.summary} ${c.body ?? ''}`),
    ...(await getCollection('skoler')).map((s) => s.data.name),
  ];
});

export const siteVocabulary = oncePerBuild(async () => vocabulary(await siteTexts()));

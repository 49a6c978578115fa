/**
 * What the search index knows about a measure beyond its text: filter values (Norwegian labels, as
 * readers see them), and index-only keywords for words readers use that the text does not.
 */
import { keys, labelOf, levelLabels, municipalities, tees, themes } from './facets';
import { FILTER_PARAMS, type FilterParam } from './filter';
import { measureFilterValues } from './filter-facets';
import { compareNb } from './format';
import {
  compoundParts,
  escapeRegExp,
  fold,
  isFormOf,
  linkingVariants,
  STOP_WORDS,
  words,
  wordsAndFolded,
  type Vocabulary,
} from './norwegian';
import { FACETS, type FacetKey, type MeasureData } from './measures';

/** Filter names in the index, in the order the search page shows them. */
export const SEARCH_FILTERS = {
  type: 'type',
  targetGroups: 'målgruppe',
  ageGroups: 'alder',
  programmes: 'utdanningsprogram',
  organisation: 'organisering',
  school: 'skole',
  municipality: 'kommune',
  level: 'nivå',
  tee: 'T',
  key: 'nøkkel',
  theme: 'tema',
} as const;

export const PAGE_TYPES = {
  measure: 'Tiltak',
  knowledge: 'Kunnskapsgrunnlag',
  service: 'Tjeneste',
  place: 'Skole og kommune',
} as const;

export interface SearchableMeasure {
  data: MeasureData & {
    assessment: {
      levels: readonly { value: 1 | 2 | 3 | 4 }[];
      tees: readonly { value: string }[];
      keys: readonly { value: string }[];
      themes: readonly { value: string }[];
    };
  };
}

export interface SchoolInfo {
  shortName: string;
  municipality: string;
}

/** The search index's filter name for each list-filter parameter: both come from measureFilterValues. */
const SEARCH_FILTER_OF: Record<FilterParam, string> = {
  malgruppe: SEARCH_FILTERS.targetGroups,
  alder: SEARCH_FILTERS.ageGroups,
  program: SEARCH_FILTERS.programmes,
  organisering: SEARCH_FILTERS.organisation,
  skole: SEARCH_FILTERS.school,
  kommune: SEARCH_FILTERS.municipality,
  niva: SEARCH_FILTERS.level,
  t: SEARCH_FILTERS.tee,
  nokkel: SEARCH_FILTERS.key,
  tema: SEARCH_FILTERS.theme,
};

/** Filter name → values (labels) for one measure. Every measure has a type; other filters only when known. */
export function measureFilters(m: SearchableMeasure, school: (id: string) => SchoolInfo): Record<string, string[]> {
  const filters: Record<string, string[]> = { [SEARCH_FILTERS.type]: [PAGE_TYPES.measure] };
  const values = measureFilterValues(m, school);
  for (const param of FILTER_PARAMS) {
    const labels = [...new Set(values[param].map((o) => o.label))];
    if (labels.length) filters[SEARCH_FILTER_OF[param]] = labels;
  }
  return filters;
}

/** Readers' words → words of the texts (content/sok/synonymer.yaml): word start → words to add. */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

/**
 * Readers' words that differ from the sources' words: when a text has a key, the listed words are added
 * to the index, invisibly. They change what is found, never what is shown. A key is found at a word
 * start, in a form of its last word (isFormOf: «rusproblemer» has «rus», «rustes» has not), and across
 * a line break. A reader's word is left out where the text has a word that starts with it.
 */
export function synonymWords(text: string, synonyms: Synonyms, vocab: Vocabulary): string[] {
  const lower = comparable(text);
  const starts = (w: string) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}`, 'u').test(lower);
  const found = Object.entries(synonyms).flatMap(([key, extra]) => (hasKey(lower, key, vocab) ? extra : []));
  return [...new Set(found.map((w) => w.toLowerCase()))].filter((w) => !starts(w));
}

/**
 * For the search page's excerpts: each word a synonym adds to the index (æ/ø/å folded, as the index also
 * has it) → the keys it stands for, so that a page found only by «foreldre» can show, and mark, the
 * sentence with «foresatte». Stop words are left out: «med» of «hjelp med lekser» says nothing.
 */
export function synonymSources(synonyms: Synonyms): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, extra] of Object.entries(synonyms)) {
    for (const word of new Set(extra.flatMap((w) => words(fold(w))))) {
      if (word.length < 3 || STOP_WORDS.has(word)) continue;
      (out[word] ??= []).push(key.toLowerCase());
    }
  }
  return out;
}

/**
 * The synonyms' keys that none of the texts has in any form: such a key adds nothing to the index, and
 * is most often misspelt («lærlign»). The build stops on them (src/pages/sok-indeks.json.ts).
 */
export function unusedSynonyms(texts: readonly string[], synonyms: Synonyms, vocab: Vocabulary): string[] {
  const lower = texts.map(comparable);
  return Object.keys(synonyms).filter((key) => !lower.some((text) => hasKey(text, key, vocab)));
}

/** A text as synonyms are looked for in it: lower case, each run of white space one space. */
const comparable = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** Whether a `comparable` text has a synonym's key, at a word start and in a form of its last word. */
function hasKey(text: string, key: string, vocab: Vocabulary): boolean {
  const k = key.toLowerCase();
  const last = /[\p{L}\p{N}]+$/u.exec(k)?.[0] ?? '';
  const pattern = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(k)}([\\p{L}\\p{N}]*)`, 'gu');
  return [...text.matchAll(pattern)].some((m) => isFormOf(last + m[1], last, vocab));
}

/** Index-only words, in a block of their own weight (Pagefind's data-pagefind-weight, body text = 1). */
export interface IndexBlock {
  weight: number;
  words: string[];
}

/**
 * What an index-only block is weighted as (Pagefind: body text 1, h1 7): the name's words almost as the
 * name; what the site says the measure is (its levels, T's, keys, themes and facts: `links`) as much,
 * since 4 December (it was 2; the judged queries: recall@5 0.90 → 0.92, MRR 0.96 → 0.97); the rest as
 * body text; `groups` is shared among a measure's target groups (groupWeight).
 */
export const INDEX_WEIGHTS = { name: 5, text: 1, about: 1, links: 5, groups: 4 } as const;

/**
 * The words readers type that a text does not hold as words: each word with æ/ø/å folded, the parts of
 * its compounds (and other spellings of them), and the synonyms. Words the text already has are left out.
 */
export function derivedWords(text: string, vocab: Vocabulary, synonyms: Synonyms, has: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const add = (w: string) => {
    if (!has.has(w)) out.add(w);
    const folded = fold(w);
    // Short folded words («pa», «ar») would only add noise.
    if (folded !== w && folded.length > 2 && !has.has(folded)) out.add(folded);
  };
  for (const w of new Set(words(text))) {
    add(w);
    for (const part of compoundParts(w, vocab)) add(part);
    for (const variant of linkingVariants(w, vocab)) add(variant);
  }
  for (const w of synonymWords(text, synonyms, vocab)) for (const sw of words(w)) add(sw);
  for (const w of has) out.delete(w);
  return [...out];
}

export interface IndexContext {
  vocab: Vocabulary;
  synonyms: Synonyms;
}

/**
 * A page's index-only blocks: the words derived from its name (weighted as the name), from its text,
 * and from what the page is about without saying it (for a measure: its schools, their municipality,
 * the levels, T's, keys and themes it is linked to). Empty blocks are left out.
 */
export function indexBlocks(
  page: {
    name: string;
    text: string;
    about?: readonly string[];
    links?: readonly string[];
    groups?: readonly string[];
  },
  ctx: IndexContext,
): IndexBlock[] {
  const visible = new Set(words(`${page.name} ${page.text}`));
  const nameWords = derivedWords(page.name, ctx.vocab, ctx.synonyms, new Set(words(page.name)));
  const seen = new Set([...visible, ...nameWords]);
  const textWords = derivedWords(page.text, ctx.vocab, ctx.synonyms, seen);
  for (const w of textWords) seen.add(w);
  const about = (page.about ?? []).join('. ');
  const aboutWords = [...new Set(words(about))].filter((w) => !seen.has(w));
  for (const w of aboutWords) seen.add(w);
  const aboutDerived = derivedWords(about, ctx.vocab, ctx.synonyms, seen);
  for (const w of aboutDerived) seen.add(w);
  const links = (page.links ?? []).join('. ');
  // A range in a fact's name («20–24 år») also whole, as readers type it («20-24»): words() splits it.
  const ranges = (links.match(/\d+[–-]\d+/g) ?? []).map((r) => r.replace('–', '-'));
  const linkWords = [...new Set([...words(links), ...ranges])];
  const linkDerived = derivedWords(links, ctx.vocab, ctx.synonyms, new Set([...seen, ...linkWords]));
  const groups = page.groups ?? [];
  const groupWords = [...new Set(groups.flatMap(wordsAndFolded))];
  return [
    { weight: INDEX_WEIGHTS.name, words: nameWords },
    { weight: INDEX_WEIGHTS.text, words: textWords },
    { weight: INDEX_WEIGHTS.about, words: [...aboutWords, ...aboutDerived] },
    { weight: INDEX_WEIGHTS.links, words: [...linkWords, ...linkDerived] },
    { weight: groupWeight(groups.length), words: groupWords },
  ].filter((b) => b.words.length > 0);
}

/**
 * The weight of a measure's target groups in the index: a measure for one group is about that group;
 * one that lists all seven is about none of them in particular. So the group names count most where
 * they are few, and a measure about one group outranks a catch-all for that group.
 */
export function groupWeight(count: number): number {
  return count === 0 ? 0 : Math.round((INDEX_WEIGHTS.groups / count) * 10) / 10;
}

/**
 * What a measure is about beyond its text: its schools (name, short name, the source's spellings),
 * their municipality, the names of the levels, T's, keys and themes the assessment links it to, and
 * the names of its ages, organisation and activities (the target groups are weighted apart: indexBlocks).
 */
export function measurePlaces(
  m: SearchableMeasure,
  school: (id: string) => SchoolInfo & { name: string; sourceNames: readonly string[] },
): string[] {
  const schools = m.data.schools.map((s) => school(s.id));
  return schools.flatMap((s) => [
    s.name,
    s.shortName,
    ...s.sourceNames,
    `${labelOf(municipalities, s.municipality)} kommune`,
  ]);
}

export function measureLinks(m: SearchableMeasure): string[] {
  return [
    ...m.data.assessment.levels.map((l) => levelLabels[l.value]),
    ...m.data.assessment.tees.map((t) => labelOf(tees, t.value)),
    ...m.data.assessment.keys.map((k) => labelOf(keys, k.value)),
    ...m.data.assessment.themes.map((t) => labelOf(themes, t.value)),
    ...ABOUT_FACETS.flatMap((facet) => m.data[facet].map((v) => labelOf(FACETS[facet].vocab, v))),
  ];
}

/** The facts whose names a measure's text may not use: «Forkurs/sommerkurs», «20–24 år», «Arbeidspraksis». */
const ABOUT_FACETS: FacetKey[] = ['ageGroups', 'organisation', 'academicActivities', 'socialActivities'];

/** The heading of a municipality's page, which is also its title in the search. */
export const placeTitle = (municipality: string) => `Tiltak ved skolene i ${municipality}`;

/**
 * Sort keys that make Pagefind's «sort by name» Norwegian: Pagefind compares the strings byte by byte
 * (capitals before small letters, Å before Æ and Ø), so each title gets its place in Norwegian
 * alphabetical order, zero-padded, as its key. Equal titles get the same key.
 */
export function nameOrderKeys(titles: readonly string[]): (title: string) => string {
  const sorted = [...new Set(titles)].sort(compareNb);
  const width = String(sorted.length).length;
  const keys = new Map(sorted.map((title, i) => [title, String(i).padStart(width, '0')]));
  return (title) => {
    const key = keys.get(title);
    if (key === undefined)
      throw new Error(`Ingen sorteringsnøkkel for «${title}»: tittelen er ikke blant de søkbare sidene`);
    return key;
  };
}

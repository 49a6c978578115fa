/**
 * Pure logic over measures: facets, grouping, counting, related measures, summaries.
 * Works on plain objects shaped like the `tiltak` collection's entries, so it is unit tested without Astro.
 */
import {
  academicActivities,
  ageGroups,
  goals,
  organisations,
  programmes,
  socialActivities,
  phraseOf,
  targetGroups,
  type Term,
} from './facets.ts';
import { compareNb, joinNb } from './format.ts';

/** The multi-valued facets a measure has, by field name. */
export const FACETS = {
  programmes: { vocab: programmes, label: 'Utdanningsprogram' },
  goals: { vocab: goals, label: 'Hovedmål' },
  targetGroups: { vocab: targetGroups, label: 'Målgruppe' },
  ageGroups: { vocab: ageGroups, label: 'Alder' },
  organisation: { vocab: organisations, label: 'Organisering' },
  academicActivities: { vocab: academicActivities, label: 'Faglige aktiviteter' },
  socialActivities: { vocab: socialActivities, label: 'Sosiale aktiviteter' },
} as const;

export type FacetKey = keyof typeof FACETS;

/**
 * The facets with an «annet» field beside them: what the description says of that kind outside the
 * survey's categories, in its own words.
 */
export const OTHER_FIELDS = {
  goals: 'goalsOther',
  targetGroups: 'targetGroupsOther',
  organisation: 'organisationOther',
  academicActivities: 'academicActivitiesOther',
} as const satisfies Partial<Record<FacetKey, string>>;
export type OtherField = (typeof OTHER_FIELDS)[keyof typeof OTHER_FIELDS];

export interface MeasureData {
  name: string;
  schools: readonly { id: string }[];
  programmes: readonly string[];
  goals: readonly string[];
  targetGroups: readonly string[];
  ageGroups: readonly string[];
  organisation: readonly string[];
  academicActivities: readonly string[];
  socialActivities: readonly string[];
  goalsOther?: readonly string[];
  targetGroupsOther?: readonly string[];
  organisationOther?: readonly string[];
  academicActivitiesOther?: readonly string[];
  /** Set when the measure has ended (content: `ended`). */
  ended?: { date: string; reason: string } | undefined;
}

export interface MeasureLike<D extends MeasureData = MeasureData> {
  id: string;
  data: D;
  body?: string | undefined;
}

export function sortByName<M extends MeasureLike>(measures: readonly M[]): M[] {
  return [...measures].sort((a, b) => compareNb(a.data.name, b.data.name));
}

/**
 * Whether a measure is still running. The one place that decides which measures the lists, counts and
 * figures include by default (src/data/index.ts `getMeasures`); an ended measure keeps its page.
 */
export const isActive = (m: MeasureLike): boolean => m.data.ended === undefined;

export function withFacet<M extends MeasureLike>(measures: readonly M[], facet: FacetKey, value: string): M[] {
  return measures.filter((m) => m.data[facet].includes(value));
}

export function atSchool<M extends MeasureLike>(measures: readonly M[], schoolId: string): M[] {
  return atSchools(measures, [schoolId]);
}

/** Measures at any of the schools (a measure shared by several schools counts once). */
export function atSchools<M extends MeasureLike>(measures: readonly M[], schoolIds: readonly string[]): M[] {
  return measures.filter((m) => m.data.schools.some((s) => schoolIds.includes(s.id)));
}

/** `count` as a share (0–1) of `total`; 0 of nothing is 0. */
export const shareOf = (count: number, total: number): number => (total === 0 ? 0 : count / total);

export interface FacetCount {
  term: Term;
  count: number;
  /** Share of all the measures counted (0–1). */
  share: number;
}

/**
 * How many measures have each value of a facet, in vocabulary order. A measure counts once per value;
 * a measure without any value counts in the total (the denominator) but in no category.
 */
export function countFacet(measures: readonly MeasureLike[], facet: FacetKey): FacetCount[] {
  const total = measures.length;
  return FACETS[facet].vocab.terms.map((term) => {
    const count = measures.filter((m) => m.data[facet].includes(term.slug)).length;
    return { term, count, share: shareOf(count, total) };
  });
}

/** Sorts counts largest first; ties keep the order they came in. */
export function rankCounts<T extends { count: number }>(counts: readonly T[]): T[] {
  return counts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.count - a.c.count || a.i - b.i)
    .map(({ c }) => c);
}

/** Counts sorted by count (largest first), ties in vocabulary order. */
export function rankFacet(measures: readonly MeasureLike[], facet: FacetKey): FacetCount[] {
  return rankCounts(countFacet(measures, facet));
}

/** A measure's «annet» texts for a facet: what its description says of that kind outside the categories. */
export function otherOf(m: MeasureLike, facet: FacetKey): readonly string[] {
  const field = (OTHER_FIELDS as Partial<Record<FacetKey, OtherField>>)[facet];
  return (field && m.data[field]) ?? [];
}

/** Measures whose description says nothing of a facet: no category and no «annet» text (ikke oppgitt). */
export function countSilent(measures: readonly MeasureLike[], facet: FacetKey): number {
  return measures.filter((m) => m.data[facet].length === 0 && otherOf(m, facet).length === 0).length;
}

/** Measures whose description says something of a facet outside the categories («annet»), with or without a category too. */
export function countOther(measures: readonly MeasureLike[], facet: FacetKey): number {
  return measures.filter((m) => otherOf(m, facet).length > 0).length;
}

/** Measures described only outside the categories: an «annet» text and no category value. */
export function countOnlyOther(measures: readonly MeasureLike[], facet: FacetKey): number {
  return measures.filter((m) => m.data[facet].length === 0 && otherOf(m, facet).length > 0).length;
}

/** Measures with at least one of the given values of a facet, each measure counted once. */
export function countAny(measures: readonly MeasureLike[], facet: FacetKey, values: readonly string[]): number {
  return measures.filter((m) => m.data[facet].some((v) => values.includes(v))).length;
}

export interface GroupCount {
  key: string;
  count: number;
  /** Share of all the measures counted (0–1). */
  share: number;
}

/**
 * How many measures each group of schools has (one school, or the schools in a municipality), in the
 * groups' order. A measure reported by several schools counts once in a group, and in every group it
 * belongs to, so the counts can add up to more than the number of measures.
 */
export function countBySchools(
  measures: readonly MeasureLike[],
  groups: readonly { key: string; schools: readonly string[] }[],
): GroupCount[] {
  const total = measures.length;
  return groups.map(({ key, schools }) => {
    const count = atSchools(measures, schools).length;
    return { key, count, share: shareOf(count, total) };
  });
}

export interface CrossRow {
  term: Term;
  /** Measures with this row value. */
  count: number;
  /** Of those, how many have each column value (shares are of the row's measures). */
  cells: FacetCount[];
  /** Of those, how many describe the column facet outside its categories («annet»). */
  other: number;
  /** Of those, how many say nothing about the column facet. */
  silent: number;
}

/**
 * Two facets against each other: for each value of the row facet, how many of its measures have each
 * value of the column facet. A measure with several values counts in every cell it belongs to, once.
 */
export function crossFacet(measures: readonly MeasureLike[], rowFacet: FacetKey, columnFacet: FacetKey): CrossRow[] {
  return FACETS[rowFacet].vocab.terms.map((term) => {
    const inRow = withFacet(measures, rowFacet, term.slug);
    return {
      term,
      count: inRow.length,
      cells: countFacet(inRow, columnFacet),
      other: countOther(inRow, columnFacet),
      silent: countSilent(inRow, columnFacet),
    };
  });
}

/** Weights for relatedness: the target group matters most to readers looking for "students like mine". */
const RELATED_WEIGHTS: Partial<Record<FacetKey, number>> = {
  targetGroups: 3,
  ageGroups: 1,
  programmes: 1,
  organisation: 1,
  academicActivities: 1,
  socialActivities: 1,
};
const RELATED_FACETS = Object.entries(RELATED_WEIGHTS) as [FacetKey, number][];
const TARGET_GROUPS = RELATED_FACETS.findIndex(([facet]) => facet === 'targetGroups');

export interface Related<M> {
  measure: M;
  score: number;
  sharedTargetGroups: string[];
}

/** Number of bits set in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

interface Profile {
  /** Place in Norwegian name order within the list. */
  rank: number;
  /** Per entry of RELATED_FACETS, the measure's values as bits. */
  masks: number[];
}

interface Profiles {
  /** The profiles in the order of the list. */
  list: Profile[];
  /** The profile of any measure, in the list or not. */
  of: (m: MeasureLike) => Profile;
}
const profileCache = new WeakMap<readonly MeasureLike[], Profiles>();
/**
 * Each measure of a list as a profile, computed once per list (the measure pages share one list): the
 * facet values as bit masks, so comparing two measures is a few integer operations, and the name order
 * as a number, so ties need no collator.
 */
function profiles(all: readonly MeasureLike[]): Profiles {
  const cached = profileCache.get(all);
  if (cached) return cached;
  const bits = RELATED_FACETS.map(() => new Map<string, number>());
  const masks = (m: MeasureLike) =>
    RELATED_FACETS.map(([facet], i) => {
      let mask = 0;
      for (const value of m.data[facet]) {
        let bit = bits[i]!.get(value);
        if (bit === undefined) {
          bit = bits[i]!.size;
          if (bit > 31) throw new Error(`For mange ulike verdier i ${facet} til å sammenligne tiltak`);
          bits[i]!.set(value, bit);
        }
        mask |= 1 << bit;
      }
      return mask;
    });
  const rank = new Map(sortByName(all).map((m, i) => [m.id, i]));
  const list = all.map((m) => ({ rank: rank.get(m.id)!, masks: masks(m) }));
  const byId = new Map(all.map((m, i) => [m.id, list[i]!]));
  const result = { list, of: (m: MeasureLike) => byId.get(m.id) ?? { rank: all.length, masks: masks(m) } };
  profileCache.set(all, result);
  return result;
}

/**
 * Measures most like the given one: at least one target group in common, scored by shared facet values
 * (target groups weigh most), best first, ties by name. One pass that keeps the best `limit` over
 * precomputed profiles: with a sort and collator calls per page, a site of 10 000 measures spent
 * minutes of its build here.
 */
export function relatedMeasures<M extends MeasureLike>(measure: M, all: readonly M[], limit = 4): Related<M>[] {
  if (limit <= 0) return [];
  const { list, of } = profiles(all);
  const mine = of(measure).masks;
  const best: { measure: M; score: number; rank: number }[] = [];
  for (let n = 0; n < all.length; n++) {
    const other = all[n]!;
    if (other.id === measure.id) continue;
    const { masks, rank } = list[n]!;
    if ((masks[TARGET_GROUPS]! & mine[TARGET_GROUPS]!) === 0) continue;
    let score = 0;
    for (let i = 0; i < RELATED_FACETS.length; i++) score += RELATED_FACETS[i]![1] * popcount(masks[i]! & mine[i]!);
    const before = (b: { score: number; rank: number }) => b.score - score || rank - b.rank;
    if (best.length === limit && before(best[limit - 1]!) >= 0) continue;
    let i = Math.min(best.length, limit - 1);
    while (i > 0 && before(best[i - 1]!) < 0) i--;
    best.splice(i, 0, { measure: other, score, rank });
    best.length = Math.min(best.length, limit);
  }
  return best.map(({ measure: other, score }) => ({
    measure: other,
    score,
    sharedTargetGroups: other.data.targetGroups.filter((t) => measure.data.targetGroups.includes(t)),
  }));
}

/** The first sentence of a text (up to the first full stop followed by a space), as a one-line summary. */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = /^(.+?[.!?])(\s|$)/.exec(trimmed);
  return match ? match[1]! : trimmed;
}

/**
 * A one-sentence summary of a group of measures for a school or municipality page, e.g.
 * "Sandefjord vgs har 12 tiltak; 7 retter seg mot faglige utfordringer og 5 mot språklige utfordringer."
 */
export function groupSummary(name: string, measures: readonly MeasureLike[], top = 2): string {
  const n = measures.length;
  const head = `${name} har ${n} tiltak`;
  const ranked = rankFacet(measures, 'targetGroups')
    .filter((c) => c.count > 0)
    .slice(0, top);
  if (ranked.length === 0) return `${head}.`;
  const parts = ranked.map((c, i) => `${c.count} ${i === 0 ? 'retter seg mot' : 'mot'} ${phraseOf(c.term)}`);
  return `${head}; ${joinNb(parts)}.`;
}

export type AssessmentKind = 'levels' | 'tees' | 'keys' | 'themes';

export interface AssessedData {
  assessment: Record<AssessmentKind, readonly { value: string | number; why: string }[]>;
}

export interface Assessed<M> {
  measure: M;
  why: string;
}

/** The measures the editorial assessment links to a level, T, key or theme, with the justification. */
export function assessedTo<M extends { data: AssessedData }>(
  measures: readonly M[],
  kind: AssessmentKind,
  value: string | number,
): Assessed<M>[] {
  return measures.flatMap((measure) =>
    measure.data.assessment[kind].filter((link) => link.value === value).map((link) => ({ measure, why: link.why })),
  );
}

export interface AssessedCount<V extends string | number = string | number> {
  value: V;
  count: number;
  /** Share of all the measures counted (0–1). */
  share: number;
}

/** How many measures the editorial assessment links to each value (a measure counts once per value). */
export function countAssessed<V extends string | number>(
  measures: readonly { data: AssessedData }[],
  kind: AssessmentKind,
  values: readonly V[],
): AssessedCount<V>[] {
  const total = measures.length;
  return values.map((value) => {
    const count = new Set(assessedTo(measures, kind, value).map((a) => a.measure)).size;
    return { value, count, share: shareOf(count, total) };
  });
}

/** Measures the editorial assessment links to no value of a kind. */
export function countUnassessed(measures: readonly { data: AssessedData }[], kind: AssessmentKind): number {
  return measures.filter((m) => m.data.assessment[kind].length === 0).length;
}

/** Do two age ranges overlap? Missing bounds are open-ended. */
export function agesOverlap(a: { min?: number | undefined; max?: number | undefined }, b: typeof a): boolean {
  return (a.min ?? -Infinity) <= (b.max ?? Infinity) && (b.min ?? -Infinity) <= (a.max ?? Infinity);
}

/**
 * Each measure's page title: its name, and where two measures share a name («Leksehjelp»), the schools
 * too («Leksehjelp, Horten vgs»), so every page has a title of its own. One pass over the measures.
 */
export function measureTitles(
  measures: readonly MeasureLike[],
  schoolName: (id: string) => string,
): Map<string, string> {
  const seen = new Map<string, number>();
  for (const m of measures) seen.set(m.data.name, (seen.get(m.data.name) ?? 0) + 1);
  return new Map(
    measures.map((m) => [
      m.id,
      seen.get(m.data.name)! > 1
        ? `${m.data.name}, ${joinNb(m.data.schools.map((s) => schoolName(s.id)))}`
        : m.data.name,
    ]),
  );
}

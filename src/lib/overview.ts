/**
 * The prevention-model overview of a set of measures (a municipality's or a school's): the measures
 * grouped by the level the editorial assessment gives them, counted against the four T's and the three
 * keys, and summed up in two sentences. Pure; the pages (src/components/LevelOverview.astro) render it.
 *
 * kunnskapsgrunnlag-2021 (1.1) asks each municipality for this mapping: «hvilke tiltak som finnes på
 * hvert av nivåene». The levels, T's and keys are the site's own judgement (measure.data.assessment).
 */
import { keys, levelLabels, levels, tees, type Level, type Term } from './facets';
import { joinNb } from './format';
import type { AssessedData } from './measures';

export interface Assessable {
  id: string;
  data: AssessedData;
}

/** The two kinds a level is crossed with. */
export type CrossKind = 'tees' | 'keys';
/** The terms of each kind, and how the kind reads inside a sentence. */
export const CROSS_VOCABULARIES: Record<CrossKind, { terms: readonly Term[]; label: string }> = {
  tees: { terms: tees.terms, label: 'de fire T-ene' },
  keys: { terms: keys.terms, label: 'nøklene' },
};

/** A level group: measures assessed to one level, or (level null) to none. */
export interface LevelGroup<M> {
  level: Level | null;
  /** The id of the group on the page (`niva-2`, `ikke-vurdert`). */
  anchor: string;
  label: string;
  measures: M[];
}

export const UNASSESSED_LABEL = 'Ikke vurdert til noe nivå';

/** The anchor of a level group on an overview page. */
export const levelAnchor = (level: Level | null): string => (level === null ? 'ikke-vurdert' : `niva-${level}`);

/** The anchor of the list of measures in one cell of a level × T or level × key table. */
export const cellAnchor = (level: Level | null, value: string): string => `${levelAnchor(level)}-${value}`;

const levelsOf = (m: Assessable): Set<string | number> => new Set(m.data.assessment.levels.map((l) => l.value));

/**
 * The measures under each of the four levels (a measure under every level it is assessed to, once),
 * then a group for those assessed to none. Groups keep the measures' order and are never left out, so
 * the page always shows all five.
 */
export function levelGroups<M extends Assessable>(measures: readonly M[]): LevelGroup<M>[] {
  const byLevel: LevelGroup<M>[] = levels.map((level) => ({
    level,
    anchor: levelAnchor(level),
    label: levelLabels[level],
    measures: measures.filter((m) => levelsOf(m).has(level)),
  }));
  const unassessed = measures.filter((m) => levelsOf(m).size === 0);
  return [...byLevel, { level: null, anchor: levelAnchor(null), label: UNASSESSED_LABEL, measures: unassessed }];
}

export interface CrossCell<M> {
  term: Term;
  anchor: string;
  measures: M[];
}

export interface LevelCrossRow<M> {
  group: LevelGroup<M>;
  cells: CrossCell<M>[];
}

/**
 * A level group against the T's or the keys: for each group, the measures the assessment also links to
 * each T (or key). A measure counts in every cell it belongs to, once.
 */
export function levelCross<M extends Assessable>(
  groups: readonly LevelGroup<M>[],
  kind: CrossKind,
): LevelCrossRow<M>[] {
  return groups.map((group) => ({
    group,
    cells: CROSS_VOCABULARIES[kind].terms.map((term) => ({
      term,
      anchor: cellAnchor(group.level, term.slug),
      measures: group.measures.filter((m) => m.data.assessment[kind].some((link) => link.value === term.slug)),
    })),
  }));
}

/** The levels with the most measures (several on a tie), none when no measure has a level. */
export function largestLevels(groups: readonly LevelGroup<unknown>[]): Level[] {
  const assessed = groups.filter((g): g is LevelGroup<unknown> & { level: Level } => g.level !== null);
  const most = Math.max(0, ...assessed.map((g) => g.measures.length));
  return most === 0 ? [] : assessed.filter((g) => g.measures.length === most).map((g) => g.level);
}

/**
 * Two sentences in plain words for the top of a municipality or school page, e.g.
 * «Larvik: 7 tiltak ved Thor Heyerdahl vgs; flest på nivå 3. Nivåene er redaksjonens vurdering, ikke
 * kartleggingens; 6 av 7 er vurdert til minst ett nivå.» `schools` is left out when empty (a school page
 * names itself).
 */
export function overviewSummary(name: string, schools: readonly string[], measures: readonly Assessable[]): string {
  const n = measures.length;
  const at = schools.length > 0 ? ` ved ${joinNb(schools)}` : '';
  if (n === 0) return `${name}: ingen tiltak${at} i kartleggingen.`;
  const top = largestLevels(levelGroups(measures));
  const most = top.length === 0 ? '' : `; flest på nivå ${joinNb(top.map(String))}`;
  const assessed = measures.filter((m) => levelsOf(m).size > 0).length;
  const who =
    assessed === 0
      ? 'ingen er vurdert til noe nivå'
      : `${assessed === n ? (n === 1 ? 'tiltaket er' : 'alle er') : `${assessed} av ${n} er`} vurdert til minst ett nivå`;
  return `${name}: ${n} tiltak${at}${most}. Nivåene er redaksjonens vurdering, ikke kartleggingens; ${who}.`;
}

export interface SchoolPlace {
  id: string;
  name: string;
  municipality: string;
}

export interface NameNote<S extends SchoolPlace> {
  school: S;
  /** The municipality the school's name names. */
  named: Term;
  /** The municipality the school is in. */
  located: Term;
}

/**
 * Schools whose name names another municipality than the one they are in («Færder vgs» in Tønsberg),
 * where they concern a municipality page: the school is in it, or its name names it.
 */
export function nameNotes<S extends SchoolPlace>(
  municipality: string,
  schools: readonly S[],
  terms: readonly Term[],
): NameNote<S>[] {
  return schools.flatMap((school) => {
    const named = terms.find(
      (t) => t.slug !== school.municipality && new RegExp(`(^|\\s)${t.label}(\\s|$)`).test(school.name),
    );
    const located = terms.find((t) => t.slug === school.municipality);
    if (!named || !located) return [];
    return named.slug === municipality || located.slug === municipality ? [{ school, named, located }] : [];
  });
}

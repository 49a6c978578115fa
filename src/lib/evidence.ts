/**
 * Evidence: every fact about a measure stands on a phrase of its description. Each facet value, each
 * text fact and each editorial link carries a `quote`, copied from the description and found there
 * exactly once, so the page can point to the one place it comes from.
 *
 * Pure: used by the content check (which stops the build when a quote is missing or not found once),
 * by the schema's transform (which lists the evidence of an entry) and by the measure page (which marks
 * the quotes in the description).
 */

/** The measure fields whose values carry a quote, in the order the facts box shows them. */
export const EVIDENCE_FIELDS = [
  'programmes',
  'goals',
  'goalsOther',
  'targetGroups',
  'targetGroupsOther',
  'ageGroups',
  'organisation',
  'organisationOther',
  'academicActivities',
  'academicActivitiesOther',
  'socialActivities',
  'scope',
  'responsible',
  'delivering',
  'partners',
  'identification',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** Fields whose values are the description's own words (so the value must stand inside its quote). */
export const VERBATIM_FIELDS: readonly EvidenceField[] = [
  'goalsOther',
  'targetGroupsOther',
  'organisationOther',
  'academicActivitiesOther',
  'scope',
  'responsible',
  'delivering',
  'partners',
  'identification',
];

/** The editorial links of `assessment`, each with a quote too. */
export const ASSESSMENT_KINDS = ['levels', 'tees', 'keys', 'themes'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** One fact and the phrase it stands on. `field` is a measure field, `participants` or `assessment.<kind>`. */
export interface Evidence {
  field: string;
  value: string;
  quote: string;
}

/** A value with its quote, as content files write it. */
export interface Quoted<V = string> {
  value: V;
  quote: string;
}

/** Whitespace made single spaces (line breaks inside a paragraph, double spaces), trimmed. */
export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A description's paragraphs (separated by blank lines), each with its whitespace normalised. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\n[ \t]*\r?\n/)
    .map(normalizeSpace)
    .filter((p) => p !== '');

/**
 * The text quotes are looked up in: the paragraphs joined by line breaks, so a quote (which has none)
 * never spans two paragraphs.
 */
export const searchableText = (body: string): string => paragraphsOf(body).join('\n');

/** Where `quote` stands in `text` (every start index); compared verbatim, letter case included. */
export function positionsOf(text: string, quote: string): number[] {
  const needle = normalizeSpace(quote);
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Letter case aside, for values that are the description's words but may start a sentence there. */
const containsLoosely = (quote: string, value: string) =>
  normalizeSpace(quote).toLocaleLowerCase('nb').includes(normalizeSpace(value).toLocaleLowerCase('nb'));

export interface EvidenceProblem {
  field: string;
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => (typeof v === 'string' ? `«${v}»` : JSON.stringify(v));

/** The problem with one quote, or undefined when it stands exactly once in the description. */
function quoteProblem(text: string, quote: unknown, value: unknown, verbatim: boolean): string | undefined {
  if (typeof quote !== 'string' || quote.trim() === '') {
    return `${shown(value)} mangler sitat (quote): skriv ordene i beskrivelsen som verdien bygger på`;
  }
  const count = positionsOf(text, quote).length;
  if (count === 0) {
    return `sitatet «${normalizeSpace(quote)}» for ${shown(value)} står ikke ordrett i beskrivelsen (store og små bokstaver teller)`;
  }
  if (count > 1) {
    return `sitatet «${normalizeSpace(quote)}» for ${shown(value)} står ${count} steder i beskrivelsen; gjør det lengre, så det bare står ett sted`;
  }
  if (verbatim && typeof value === 'string' && !containsLoosely(quote, value)) {
    return `verdien ${shown(value)} står ikke i sitatet «${normalizeSpace(quote)}»; verdien skal være ordene fra beskrivelsen`;
  }
  return undefined;
}

/**
 * Checks the quotes of a measure's raw frontmatter against its body. Shapes that are not lists of
 * `{ value, quote }` are left to the schema, which names what it expects.
 */
export function checkEvidence(data: Record<string, unknown>, body: string): EvidenceProblem[] {
  const text = searchableText(body);
  const problems: EvidenceProblem[] = [];
  const check = (field: string, item: unknown, verbatim: boolean) => {
    if (!isRecord(item)) return;
    const message = quoteProblem(text, item['quote'], item['value'], verbatim);
    if (message) problems.push({ field, message });
  };
  for (const field of EVIDENCE_FIELDS) {
    const items = data[field];
    if (Array.isArray(items))
      items.forEach((item, i) => check(`${field}[${i}]`, item, VERBATIM_FIELDS.includes(field)));
  }
  const participants = data['participants'];
  if (isRecord(participants)) check('participants', { value: participants['text'], quote: participants['text'] }, true);
  const assessment = data['assessment'];
  if (isRecord(assessment)) {
    for (const kind of ASSESSMENT_KINDS) {
      const links = assessment[kind];
      if (Array.isArray(links)) links.forEach((link, i) => check(`assessment.${kind}[${i}]`, link, false));
    }
  }
  return problems;
}

/** Every fact of a measure with its quote, in the order of EVIDENCE_FIELDS, then participants, then the assessment. */
export function collectEvidence(
  data: {
    [K in EvidenceField]: readonly Quoted[];
  } & {
    participants?: { text: string } | undefined;
    assessment: { [K in AssessmentKind]: readonly Quoted<string | number>[] };
  },
): Evidence[] {
  return [
    ...EVIDENCE_FIELDS.flatMap((field) => data[field].map(({ value, quote }) => ({ field, value, quote }))),
    ...(data.participants
      ? [{ field: 'participants', value: data.participants.text, quote: data.participants.text }]
      : []),
    ...ASSESSMENT_KINDS.flatMap((kind) =>
      data.assessment[kind].map(({ value, quote }) => ({ field: `assessment.${kind}`, value: String(value), quote })),
    ),
  ];
}

type MeasureQuotes = { [K in EvidenceField]: readonly Quoted[] };

/** A measure's data with each quoted list turned into its plain values. */
export type PlainValues<T extends MeasureQuotes> = {
  [K in keyof T]: K extends EvidenceField ? (T[K] extends readonly Quoted<infer V>[] ? V[] : never) : T[K];
};

/**
 * The schema's transform: the pages, filters and figures read plain lists of values; the quotes are
 * gathered in `evidence`, one list for the page and the open data.
 */
export function withEvidence<T extends Parameters<typeof collectEvidence>[0]>(
  data: T,
): PlainValues<T> & { evidence: Evidence[] } {
  const plain = Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, data[field].map((item) => item.value)]));
  return { ...data, ...plain, evidence: collectEvidence(data) } as PlainValues<T> & { evidence: Evidence[] };
}

/** A piece of a paragraph: plain text, or a marked stretch with its anchor id. */
export type Segment = { text: string; mark?: string };

export interface MarkedDescription {
  paragraphs: Segment[][];
  /** The anchor id of the mark each quote stands in (by normalised quote). */
  anchorOf: (quote: string) => string | undefined;
}

/**
 * The description split into paragraphs with every quote marked. Quotes that overlap or touch share one
 * mark; marks are numbered in reading order (`sitat-1`, `sitat-2`, …), so anchors are stable while the
 * quotes are. A quote that is not found exactly once is not marked (the content check stops the build
 * before that can be published).
 */
export function markQuotes(body: string, quotes: readonly string[]): MarkedDescription {
  const paragraphs = paragraphsOf(body);
  const text = paragraphs.join('\n');
  const ranges = [...new Set(quotes.map(normalizeSpace))]
    .flatMap((q) => {
      const at = positionsOf(text, q);
      return at.length === 1 ? [{ quote: q, start: at[0]!, end: at[0]! + q.length }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const marks: { start: number; end: number; quotes: string[] }[] = [];
  for (const r of ranges) {
    const last = marks.at(-1);
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      last.quotes.push(r.quote);
    } else marks.push({ start: r.start, end: r.end, quotes: [r.quote] });
  }
  const anchors = new Map<string, string>();
  marks.forEach((m, i) => m.quotes.forEach((q) => anchors.set(q, `sitat-${i + 1}`)));

  const segments: Segment[][] = [];
  let offset = 0;
  let next = 0;
  for (const paragraph of paragraphs) {
    const end = offset + paragraph.length;
    const parts: Segment[] = [];
    let at = offset;
    while (next < marks.length && marks[next]!.start < end) {
      const m = marks[next]!;
      if (m.start > at) parts.push({ text: text.slice(at, m.start) });
      parts.push({ text: text.slice(m.start, m.end), mark: `sitat-${next + 1}` });
      at = m.end;
      next++;
    }
    if (at < end) parts.push({ text: text.slice(at, end) });
    segments.push(parts);
    offset = end + 1;
  }
  return { paragraphs: segments, anchorOf: (quote) => anchors.get(normalizeSpace(quote)) };
}

import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_FOLDERS, entryId, notAllowed, type ContentFolder } from './lib/content-check';
import { withEvidence } from './lib/evidence';
import {
  academicActivities,
  ageGroups,
  goals,
  keys,
  levelLabels,
  levels,
  municipalities,
  organisations,
  programmes,
  socialActivities,
  targetGroups,
  tees,
  themes,
} from './lib/facets';

// The schemas' error messages are Norwegian and say what is allowed: Astro prints them after the
// entry's file and the field's path. Checks across entries are in src/lib/content-check.ts.

/** Text that must be there and not be blank. */
const nonEmptyText = z
  .string({ error: (iss) => (iss.input === undefined ? 'mangler; skriv en tekst' : `må være en tekst, ikke ${JSON.stringify(iss.input)}`) })
  .trim()
  .min(1, 'kan ikke være tom');

/** A list in square brackets. */
const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: (iss) => `${iss.input === undefined ? 'mangler' : 'må være en liste'}; skriv verdiene i hakeparenteser: [a, b]` });

/** An object that allows only its own fields; an unknown (often misspelt) field is named, with the allowed ones. */
const record = <S extends z.ZodRawShape>(shape: S, missing = 'mangler') => {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `ukjent felt ${iss.keys.map((k) => `«${k}»`).join(', ')}. Tillatte felt her: ${fields}`
        : iss.input === undefined
          ? missing
          : `må være et objekt med feltene ${fields}`,
  });
};

/**
 * An entry's fields, as `record`, but an unknown field at the top is reported under its own name: Astro
 * prints an issue's path before its message, and `record` reports unknown fields on the object itself,
 * which at the top has no path. A catch-all that always fails does that.
 */
const entry = <S extends z.ZodRawShape>(shape: S) =>
  z.object(shape).catchall(z.unknown().refine(() => false, `ukjent felt. Tillatte felt: ${Object.keys(shape).join(', ')}`));

/** One value of a vocabulary (src/lib/facets.ts); `hint` follows the list of allowed values. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, hint = '') =>
  z.enum(values, { error: (iss) => `${notAllowed(iss.input, values)}${hint && `. ${hint}`}` });

/**
 * The phrase of the description a value stands on, copied verbatim. The content check
 * (src/lib/evidence.ts) makes sure it is there exactly once and names the value when it is not.
 */
const quote = z
  .string({ error: 'mangler sitat (quote): skriv ordene i beskrivelsen som verdien bygger på' })
  .trim()
  .min(1, 'sitatet (quote) kan ikke være tomt');

/** A value with the phrase of the description that supports it. */
const quoted = <T extends z.ZodType>(value: T) => record({ value, quote });

/** A facet: a list of values from a vocabulary, each with its quote; empty when the description says nothing. */
const facet = <T extends readonly [string, ...string[]]>(vocabulary: { slugs: T }, hint?: string) =>
  list(quoted(oneOf(vocabulary.slugs, hint))).default([]);
/** Facts in the description's own words (who, how often, «annet»), each with its quote. */
const texts = list(quoted(nonEmptyText)).default([]);

const level = z.literal(levels, {
  error: (iss) => `${notAllowed(iss.input, levels)} (${Object.values(levelLabels).join('; ')})`,
});

/** Where a fact comes from: a source document (by key) and a section, optionally a page and a quote. */
const sourceRef = record(
  {
    document: reference('kilder'),
    section: nonEmptyText,
    page: z.number().int().positive().optional(),
  },
  'mangler kilde: oppgi kilden (navnet på en fil i content/kilder/, for eksempel kartlegging-2025) og avsnittet',
);

/** An editorial link: the site's own judgement, always with a short justification. */
const justification = z
  .string({ error: 'mangler begrunnelse: hver redaksjonell kobling må ha en why med én eller to setninger fra beskrivelsen' })
  .min(20, 'begrunnelsen (why) må være minst 20 tegn');
/** Why a call could go either way; the page marks the link as a borderline call (docs/innhold.md lists them). */
const borderline = nonEmptyText.optional();
const editorialLinks = <T extends z.ZodType>(value: T) => list(record({ value, quote, why: justification, borderline })).default([]);

/**
 * A measure file. Facets are written as `{ value, quote }`; the pages, filters and figures read plain
 * lists of values, and the quotes are gathered in `evidence` (src/lib/evidence.ts).
 */
export const measureSchema = entry({
  name: nonEmptyText,
  schools: list(reference('skoler')).min(1, 'minst én skole; skriv id-en til en fil i content/skoler/, for eksempel ["sandefjord-vgs"]'),
  source: sourceRef,
  programmes: facet(programmes),
  goals: facet(goals),
  goalsOther: texts,
  targetGroups: facet(targetGroups),
  targetGroupsOther: texts,
  ageGroups: facet(ageGroups, 'Et aldersspenn som «16-24 år» skrives som gruppene det dekker: [16-19, 20-24]'),
  organisation: facet(organisations),
  organisationOther: texts,
  academicActivities: facet(academicActivities),
  academicActivitiesOther: texts,
  socialActivities: facet(socialActivities),
  participants: record({
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
    text: nonEmptyText,
  })
    .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
      message: 'participants.min kan ikke være større enn participants.max',
    })
    .optional(),
  scope: texts,
  responsible: texts,
  delivering: texts,
  partners: texts,
  identification: texts,
  assessment: record({
    levels: editorialLinks(level),
    tees: editorialLinks(oneOf(tees.slugs)),
    keys: editorialLinks(oneOf(keys.slugs)),
    themes: editorialLinks(oneOf(themes.slugs)),
  }).default({ levels: [], tees: [], keys: [], themes: [] }),
}).transform(withEvidence);

export const schoolSchema = entry({
  name: nonEmptyText,
  shortName: nonEmptyText,
  kind: oneOf(['videregående skole', 'alternativ opplæringsarena']),
  municipality: oneOf(municipalities.slugs),
  /** The municipality is not in the sources: it is a public fact, and marked as such. */
  municipalityNote: nonEmptyText,
  /** Spellings of the name as they occur in the source text (the appendix misspells some). */
  sourceNames: list(nonEmptyText).min(1, 'minst ett navn, slik kilden skriver det'),
});

export const sourceSchema = entry({
  title: nonEmptyText,
  publisher: nonEmptyText,
  date: nonEmptyText,
  covers: nonEmptyText,
  file: nonEmptyText,
  note: z.string().optional(),
});

const sources = list(sourceRef).min(1, 'minst én kilde');
const concept = {
  title: nonEmptyText,
  summary: nonEmptyText,
  order: z.number().int(),
  sources,
};
const conceptSchema = entry(concept);

export const levelSchema = entry({
  ...concept,
  level,
  audience: nonEmptyText,
  prevention: nonEmptyText,
});

const area = oneOf(['Vestfold', 'Vestfold og Telemark', 'Norge']);

export const statisticSchema = entry({
  title: nonEmptyText,
  description: nonEmptyText,
  unit: nonEmptyText,
  area: area,
  period: nonEmptyText,
  source: sourceRef,
  points: list(
    record({
      label: nonEmptyText,
      value: z.number(),
      /** The value as written in the source, which must occur in the cited source text. */
      sourceText: nonEmptyText,
      area: area.optional(),
      period: z.string().optional(),
    }),
  ).min(1, 'minst ett tall'),
});

export const serviceSchema = entry({
  title: nonEmptyText,
  shortName: nonEmptyText,
  summary: nonEmptyText,
  order: z.number().int(),
  sources,
  /** The ages the service is for, as the source states them; no `max` where the source gives none. */
  ageRange: record({ min: z.number().int(), max: z.number().int().optional() }).optional(),
  offerings: list(
    record({
      name: nonEmptyText,
      purpose: z.string().optional(),
      content: z.string().optional(),
      where: z.string().optional(),
      scope: z.string().optional(),
    }),
  ).default([]),
});

const KEY_RULE = 'skriv ordet med små bokstaver (a–å, tall, mellomrom, bindestrek eller +)';

/** A word or phrase of the search: small letters (æøå allowed), digits, spaces, hyphens and «+». */
const searchWord = z
  .string({ error: (iss) => `må være et ord i anførselstegn, ikke ${JSON.stringify(iss.input)}` })
  .trim()
  .regex(/^[\p{Ll}\p{N}+][\p{Ll}\p{N} +-]*$/u, KEY_RULE);

/**
 * The search's synonyms (content/sok/synonymer.yaml): a word of the texts (a word start) → the words
 * readers use for it, added to the index of every page whose text has it.
 */
export const synonymsSchema = entry({
  synonyms: z.record(
    searchWord,
    list(searchWord).min(1, 'minst ett ord; skriv ordene i hakeparenteser: [ord, ord]'),
    {
      error: (iss) =>
        iss.code === 'invalid_key'
          ? `«${String(iss.input)}»: ${KEY_RULE}`
          : iss.input === undefined
            ? 'mangler'
            : 'må være en liste med ord: «ord: [annet ord, tredje]»',
    },
  ),
});

/** A collection's loader: the folder's files of its type; the id comes from the file name (entryId). */
const entries = (folder: ContentFolder) =>
  glob({ pattern: `*.${CONTENT_FOLDERS[folder]}`, base: `./content/${folder}`, generateId: ({ entry }) => entryId(entry) });

export const collections = {
  kilder: defineCollection({ loader: entries('kilder'), schema: sourceSchema }),
  skoler: defineCollection({ loader: entries('skoler'), schema: schoolSchema }),
  tiltak: defineCollection({ loader: entries('tiltak'), schema: measureSchema }),
  nivaer: defineCollection({ loader: entries('nivaer'), schema: levelSchema }),
  nokler: defineCollection({ loader: entries('nokler'), schema: conceptSchema }),
  fireT: defineCollection({ loader: entries('fire-t'), schema: conceptSchema }),
  tema: defineCollection({ loader: entries('tema'), schema: conceptSchema }),
  tjenester: defineCollection({ loader: entries('tjenester'), schema: serviceSchema }),
  statistikk: defineCollection({ loader: entries('statistikk'), schema: statisticSchema }),
  sok: defineCollection({ loader: entries('sok'), schema: synonymsSchema }),
};

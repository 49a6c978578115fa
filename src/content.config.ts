import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { cleanLoader } from './lib/clean-loader';
import { CONTENT_FOLDERS, entryId, notAllowed, type ContentFolder } from './lib/content-check';
import { withEvidence } from './lib/evidence';
import { RULES } from './lib/measure-rules';
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
  .string({
    error: (iss) =>
      iss.input === undefined ? 'mangler; skriv en tekst' : `må være en tekst, ikke ${JSON.stringify(iss.input)}`,
  })
  .trim()
  .min(1, 'kan ikke være tom');

/** A list in square brackets. */
const list = <T extends z.ZodType>(item: T) =>
  z.array(item, {
    error: (iss) =>
      `${iss.input === undefined ? 'mangler' : 'må være en liste'}; skriv verdiene i hakeparenteser: [a, b]`,
  });

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
  z
    .object(shape)
    .catchall(z.unknown().refine(() => false, `ukjent felt. Tillatte felt: ${Object.keys(shape).join(', ')}`));

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

/**
 * A date as content writes it, ÅÅÅÅ-MM-DD (ISO 8601). YAML readers may turn an unquoted date into a Date;
 * that is taken back to the same text, so a date is a plain string wherever the site reads it.
 */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'mangler dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel "2026-05-01"'
          : `må være en dato som ÅÅÅÅ-MM-DD, ikke ${JSON.stringify(iss.input)}`,
    })
    .refine(RULES.date.test, { error: (iss) => RULES.date.message(String(iss.input)) }),
);

/** A dated editorial event on a measure (an update, the end): when, and why in one line. */
const datedReason = record({
  date: isoDate,
  reason: nonEmptyText.refine(RULES.oneLine.test, RULES.oneLine.message('')),
});

/** An editorial link: the site's own judgement, always with a short justification. */
const justification = z
  .string({
    error: 'mangler begrunnelse: hver redaksjonell kobling må ha en why med én eller to setninger fra beskrivelsen',
  })
  .min(20, 'begrunnelsen (why) må være minst 20 tegn');
/** Why a call could go either way; the page marks the link as a borderline call (docs/innhold.md lists them). */
const borderline = nonEmptyText.optional();
const editorialLinks = <T extends z.ZodType>(value: T) =>
  list(record({ value, quote, why: justification, borderline })).default([]);

/**
 * A measure file. Facets are written as `{ value, quote }`; the pages, filters and figures read plain
 * lists of values, and the quotes are gathered in `evidence` (src/lib/evidence.ts).
 */
export const measureSchema = entry({
  name: nonEmptyText,
  schools: list(reference('skoler')).refine(RULES.schools.test, RULES.schools.message([])),
  source: sourceRef,
  /** The survey round the measure comes from (content/utgaver/). */
  edition: reference('utgaver'),
  /** Editors' changes after the edition, each with its date and a one-line reason. */
  updated: list(datedReason).default([]),
  /** Set when the measure has ended: it stays on the site, marked, but leaves the counts and figures. */
  ended: datedReason.optional(),
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
    .refine(RULES.participantsOrder.test, { message: RULES.participantsOrder.message({}) })
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

/** An edition (round) of the survey that measures come from. */
export const editionSchema = entry({
  title: nonEmptyText,
  /** How a measure page names it: «Fra <label>». */
  label: nonEmptyText,
  /** The date the edition's data is from. */
  date: isoDate,
  /** The source's words for that date, found in the source text (tests/unit/content-integrity.test.ts). */
  dateText: nonEmptyText,
  source: sourceRef,
});

export const schoolSchema = entry({
  name: nonEmptyText,
  shortName: nonEmptyText,
  kind: oneOf(['videregående skole', 'alternativ opplæringsarena']),
  municipality: oneOf(municipalities.slugs),
  /** The municipality is not in the sources: it is a public fact, and marked as such. */
  municipalityNote: nonEmptyText,
  /** Spellings of the name as they occur in the source text (the appendix misspells some). */
  sourceNames: list(nonEmptyText).min(1, 'minst ett navn, slik kilden skriver det'),
  /**
   * Whom readers can ask about the school's measures. Optional and empty until an editor fills it from
   * the school itself; never guessed. The measure pages say so while it is empty.
   */
  contact: record({
    name: nonEmptyText.optional(),
    email: z.email({ error: 'må være en e-postadresse, for eksempel post@skole.no' }).optional(),
    phone: nonEmptyText.optional(),
    url: z.url({ protocol: /^https$/, error: 'må være en adresse som begynner med https://' }).optional(),
  }).optional(),
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

/**
 * A service's status or an editorial link of it, resting on a phrase of a source text (not of a
 * description, as a measure's do): the document, and the quote that tests/unit/content-integrity.test.ts
 * finds in that document's text.
 */
const sourceQuote = {
  document: reference('kilder'),
  quote,
};

export const serviceSchema = entry({
  title: nonEmptyText,
  shortName: nonEmptyText,
  summary: nonEmptyText,
  order: z.number().int(),
  sources,
  /** What the sources say of the service's standing (statutory, a pilot that is to start …), in their words. */
  status: record(
    { value: nonEmptyText, ...sourceQuote },
    'mangler status: skriv hva kildene sier om tjenesten (lovpålagt, pilot …), med sitat',
  ),
  /** Editorial, like a measure's: the levels the service serves, each with a quote from a source and a justification. */
  assessment: record({
    levels: list(record({ value: level, ...sourceQuote, why: justification, borderline })).default([]),
  }).default({ levels: [] }),
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

/** A site address inside the site: a path from the root, with a trailing slash (and an optional #anchor). */
const sitePath = nonEmptyText.regex(
  /^\/([^\s#?]*\/)?(#[\w-]+)?$/,
  'må være en adresse på nettstedet som begynner og slutter med «/», for eksempel /nivaer/ eller /kunnskapsgrunnlag/#nokler',
);

/**
 * A chapter of kunnskapsgrunnlag-2021: its printed heading (`source.section`), the site's title and
 * summary, and where the site presents it. A chapter with `ownPage` gets /kunnskapsgrunnlag/<id>/, its
 * body read in sections: each `## heading` of the body has an entry in `sections` (same text, same
 * order) that cites the part of the chapter it retells. Other chapters point to the pages that present
 * them (`links`), and name the page of each numbered subsection (`subsections`).
 */
export const chapterSchema = entry({
  chapter: z.number().int().positive(),
  title: nonEmptyText,
  summary: nonEmptyText,
  source: sourceRef,
  ownPage: z.boolean().default(false),
  links: list(record({ href: sitePath, label: nonEmptyText })).default([]),
  subsections: list(record({ section: nonEmptyText, href: sitePath })).default([]),
  sections: list(
    record({
      heading: nonEmptyText,
      sources: list(sourceRef).min(1, 'minst én kilde for avsnittet'),
      /** Plans of 2021 that are history now: shown in a section marked as such, never as current offers. */
      historical: z.boolean().default(false),
    }),
  ).default([]),
})
  .refine((c) => !c.ownPage || c.sections.length > 0, {
    message: 'et kapittel med egen side (ownPage: true) må ha avsnitt (sections)',
    path: ['sections'],
  })
  .refine((c) => c.ownPage || c.links.length > 0, {
    message: 'et kapittel uten egen side må lenke til sidene som presenterer det (links)',
    path: ['links'],
  });

/**
 * A reference the knowledge base gives in a footnote: as printed (`printed`, found in the source text
 * after its number), with author, title, year and the address the document prints, where it has them.
 */
export const referenceSchema = entry({
  /** The document and the numbered heading of the part of it where the footnote stands. */
  source: sourceRef,
  footnote: z.number().int().positive(),
  printed: nonEmptyText,
  author: nonEmptyText.optional(),
  title: nonEmptyText.optional(),
  year: nonEmptyText.optional(),
  url: z
    .string()
    .regex(
      /^(https?|file):\/\/\S+$/,
      'må være adressen slik dokumentet skriver den, som begynner med https://, http:// eller file://',
    )
    .optional(),
});

/**
 * A collection's loader: the folder's files of its type; the id comes from the file name (entryId); the
 * text is cleaned (composed letters, LF line ends) on its way to the pages (src/lib/clean-loader.ts).
 */
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
  synonyms: z.record(searchWord, list(searchWord).min(1, 'minst ett ord; skriv ordene i hakeparenteser: [ord, ord]'), {
    error: (iss) =>
      iss.code === 'invalid_key'
        ? `«${String(iss.input)}»: ${KEY_RULE}`
        : iss.input === undefined
          ? 'mangler'
          : 'må være en liste med ord: «ord: [annet ord, tredje]»',
  }),
});

/** A collection's loader: the folder's files of its type; the id comes from the file name (entryId). */
const entries = (folder: ContentFolder) =>
  cleanLoader(
    glob({
      pattern: `*.${CONTENT_FOLDERS[folder]}`,
      base: `./content/${folder}`,
      generateId: ({ entry }) => entryId(entry),
    }),
  );

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
  kapitler: defineCollection({ loader: entries('kapitler'), schema: chapterSchema }),
  referanser: defineCollection({ loader: entries('referanser'), schema: referenceSchema }),
  utgaver: defineCollection({ loader: entries('utgaver'), schema: editionSchema }),
  sok: defineCollection({ loader: entries('sok'), schema: synonymsSchema }),
};

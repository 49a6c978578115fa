import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  academicActivities,
  ageGroups,
  goals,
  keys,
  levels,
  municipalities,
  organisations,
  programmes,
  socialActivities,
  targetGroups,
  tees,
  themes,
} from './lib/facets';

/** Where a fact comes from: a source document (by key) and a section, optionally a page and a quote. */
const sourceRef = z.object({
  document: reference('kilder'),
  section: z.string().min(1),
  page: z.number().int().positive().optional(),
});

/** An editorial link: the site's own judgement, always with a short justification. */
const justification = z
  .string({ error: 'en redaksjonell kobling må ha en begrunnelse (why)' })
  .min(20, 'begrunnelsen (why) må være minst 20 tegn');
const editorialLink = <T extends z.ZodType>(value: T) =>
  z.object({ value, why: justification }).strict();

const nonEmptyText = z.string().trim().min(1);

export const measureSchema = z
  .object({
    name: nonEmptyText,
    schools: z.array(reference('skoler')).min(1),
    source: sourceRef,
    programmes: z.array(z.enum(programmes.slugs)).default([]),
    goals: z.array(z.enum(goals.slugs)).default([]),
    goalsOther: z.array(nonEmptyText).default([]),
    targetGroups: z.array(z.enum(targetGroups.slugs)).default([]),
    targetGroupsOther: z.array(nonEmptyText).default([]),
    ageGroups: z.array(z.enum(ageGroups.slugs)).default([]),
    organisation: z.array(z.enum(organisations.slugs)).default([]),
    organisationOther: z.array(nonEmptyText).default([]),
    academicActivities: z.array(z.enum(academicActivities.slugs)).default([]),
    academicActivitiesOther: z.array(nonEmptyText).default([]),
    socialActivities: z.array(z.enum(socialActivities.slugs)).default([]),
    participants: z
      .object({
        min: z.number().int().nonnegative().optional(),
        max: z.number().int().positive().optional(),
        text: nonEmptyText,
      })
      .strict()
      .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
        message: 'participants.min kan ikke være større enn participants.max',
      })
      .optional(),
    scope: z.array(nonEmptyText).default([]),
    responsible: z.array(nonEmptyText).default([]),
    delivering: z.array(nonEmptyText).default([]),
    partners: z.array(nonEmptyText).default([]),
    identification: z.array(nonEmptyText).default([]),
    assessment: z
      .object({
        levels: z.array(editorialLink(z.union(levels.map((l) => z.literal(l))))).default([]),
        tees: z.array(editorialLink(z.enum(tees.slugs))).default([]),
        keys: z.array(editorialLink(z.enum(keys.slugs))).default([]),
        themes: z.array(editorialLink(z.enum(themes.slugs))).default([]),
      })
      .strict()
      .default({ levels: [], tees: [], keys: [], themes: [] }),
  })
  .strict();

export const schoolSchema = z
  .object({
    name: nonEmptyText,
    shortName: nonEmptyText,
    kind: z.enum(['videregående skole', 'alternativ opplæringsarena']),
    municipality: z.enum(municipalities.slugs),
    /** The municipality is not in the sources: it is a public fact, and marked as such. */
    municipalityNote: nonEmptyText,
    /** Spellings of the name as they occur in the source text (the appendix misspells some). */
    sourceNames: z.array(nonEmptyText).min(1),
  })
  .strict();

export const sourceSchema = z
  .object({
    title: nonEmptyText,
    publisher: nonEmptyText,
    date: nonEmptyText,
    covers: nonEmptyText,
    file: nonEmptyText,
    note: z.string().optional(),
  })
  .strict();

const conceptSchema = z
  .object({
    title: nonEmptyText,
    summary: nonEmptyText,
    order: z.number().int(),
    sources: z.array(sourceRef).min(1),
  })
  .strict();

export const levelSchema = conceptSchema.extend({
  level: z.union(levels.map((l) => z.literal(l))),
  audience: nonEmptyText,
  prevention: nonEmptyText,
});

const area = z.enum(['Vestfold', 'Vestfold og Telemark', 'Norge']);

export const statisticSchema = z
  .object({
    title: nonEmptyText,
    description: nonEmptyText,
    unit: nonEmptyText,
    area: area,
    period: nonEmptyText,
    source: sourceRef,
    points: z
      .array(
        z
          .object({
            label: nonEmptyText,
            value: z.number(),
            /** The value as written in the source, which must occur in the cited source text. */
            sourceText: nonEmptyText,
            area: area.optional(),
            period: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const serviceSchema = z
  .object({
    title: nonEmptyText,
    shortName: nonEmptyText,
    summary: nonEmptyText,
    order: z.number().int(),
    sources: z.array(sourceRef).min(1),
    /** The ages the service is for, as the source states them; no `max` where the source gives none. */
    ageRange: z.object({ min: z.number().int(), max: z.number().int().optional() }).strict().optional(),
    offerings: z
      .array(
        z
          .object({
            name: nonEmptyText,
            purpose: z.string().optional(),
            content: z.string().optional(),
            where: z.string().optional(),
            scope: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const md = (base: string) => glob({ pattern: '*.md', base: `./content/${base}` });
const yaml = (base: string) => glob({ pattern: '*.yaml', base: `./content/${base}` });

export const collections = {
  kilder: defineCollection({ loader: yaml('kilder'), schema: sourceSchema }),
  skoler: defineCollection({ loader: yaml('skoler'), schema: schoolSchema }),
  tiltak: defineCollection({ loader: md('tiltak'), schema: measureSchema }),
  nivaer: defineCollection({ loader: md('nivaer'), schema: levelSchema }),
  nokler: defineCollection({ loader: md('nokler'), schema: conceptSchema }),
  fireT: defineCollection({ loader: md('fire-t'), schema: conceptSchema }),
  tema: defineCollection({ loader: md('tema'), schema: conceptSchema }),
  tjenester: defineCollection({ loader: md('tjenester'), schema: serviceSchema }),
  statistikk: defineCollection({ loader: yaml('statistikk'), schema: statisticSchema }),
};

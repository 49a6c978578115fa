/**
 * The open-data form of the measures: one zod schema for the published JSON, used to check the file at
 * build time and to generate its JSON Schema; and the CSV rows made from the same objects.
 */
import { z } from 'astro/zod';
import { publicUrl } from './deploy';
import { joinValues } from './csv';
import { urls } from './routes';
import {
  academicActivities,
  ageGroups,
  goals,
  keys,
  organisations,
  programmes,
  socialActivities,
  targetGroups,
  tees,
  themes,
} from './facets';

const texts = z.array(z.string());
const link = <T extends z.ZodType>(value: T) => z.array(z.object({ value, why: z.string() }).strict());

export const openMeasureSchema = z
  .object({
    id: z.string().describe('Stabil id; også siste del av adressen'),
    // Absolute on the public host when the build knows it (SITE_URL), otherwise a path from the site's root.
    url: z
      .string()
      .regex(/^(https?:\/\/[^/\s]+)?\/\S*$/)
      .meta({ format: 'uri-reference' })
      .describe('Adressen til tiltakets side: absolutt, eller fra nettstedets rot når bygget ikke kjenner adressen'),
    name: z.string().describe('Navnet slik kartleggingen oppgir det'),
    schools: z.array(z.object({ id: z.string(), name: z.string() }).strict()).min(1),
    programmes: z.array(z.enum(programmes.slugs)),
    goals: z.array(z.enum(goals.slugs)),
    goalsOther: texts,
    targetGroups: z.array(z.enum(targetGroups.slugs)),
    targetGroupsOther: texts,
    ageGroups: z.array(z.enum(ageGroups.slugs)),
    organisation: z.array(z.enum(organisations.slugs)),
    organisationOther: texts,
    academicActivities: z.array(z.enum(academicActivities.slugs)),
    academicActivitiesOther: texts,
    socialActivities: z.array(z.enum(socialActivities.slugs)),
    participants: z
      .object({ min: z.number().int().optional(), max: z.number().int().optional(), text: z.string() })
      .strict()
      .optional(),
    scope: texts,
    responsible: texts,
    delivering: texts,
    partners: texts,
    identification: texts,
    assessment: z
      .object({
        levels: link(z.number().int().min(1).max(4)),
        tees: link(z.enum(tees.slugs)),
        keys: link(z.enum(keys.slugs)),
        themes: link(z.enum(themes.slugs)),
      })
      .strict()
      .describe('Redaksjonens vurdering, ikke kildens'),
    description: z.string().min(1).describe('Beskrivelsen, ordrett fra kilden'),
    source: z.object({ document: z.string(), section: z.string(), page: z.number().int().optional() }).strict(),
  })
  .strict();

export const openDataSchema = z
  .object({
    title: z.string(),
    licence: z.string(),
    count: z.number().int(),
    measures: z.array(openMeasureSchema),
  })
  .strict();

export type OpenMeasure = z.infer<typeof openMeasureSchema>;
export type OpenData = z.infer<typeof openDataSchema>;

export const LICENCE = 'Norsk lisens for offentlige data (NLOD) 2.0';

export interface OpenMeasureInput {
  id: string;
  body?: string | undefined;
  data: Omit<OpenMeasure, 'id' | 'url' | 'schools' | 'description' | 'source'> & {
    schools: readonly { id: string }[];
    source: { document: { id: string }; section: string; page?: number | undefined };
  };
}

export function toOpenMeasure(m: OpenMeasureInput, site: URL | undefined, schoolName: (id: string) => string): OpenMeasure {
  const { schools, source, ...rest } = m.data;
  return openMeasureSchema.parse({
    id: m.id,
    url: publicUrl(urls.measure(m.id), site),
    ...rest,
    schools: schools.map((s) => ({ id: s.id, name: schoolName(s.id) })),
    description: m.body?.trim() ?? '',
    source: { document: source.document.id, section: source.section, ...(source.page ? { page: source.page } : {}) },
  });
}

/** The CSV columns: one row per measure, multi-valued fields joined with "; ". */
export const CSV_COLUMNS: readonly [string, (m: OpenMeasure) => string][] = [
  ['id', (m) => m.id],
  ['navn', (m) => m.name],
  ['skoler', (m) => joinValues(m.schools.map((s) => s.name))],
  ['utdanningsprogram', (m) => joinValues(m.programmes)],
  ['hovedmål', (m) => joinValues(m.goals)],
  ['hovedmål_annet', (m) => joinValues(m.goalsOther)],
  ['målgruppe', (m) => joinValues(m.targetGroups)],
  ['målgruppe_annet', (m) => joinValues(m.targetGroupsOther)],
  ['alder', (m) => joinValues(m.ageGroups)],
  ['organisering', (m) => joinValues(m.organisation)],
  ['organisering_annet', (m) => joinValues(m.organisationOther)],
  ['faglige_aktiviteter', (m) => joinValues(m.academicActivities)],
  ['faglige_aktiviteter_annet', (m) => joinValues(m.academicActivitiesOther)],
  ['sosiale_aktiviteter', (m) => joinValues(m.socialActivities)],
  ['deltakere_min', (m) => String(m.participants?.min ?? '')],
  ['deltakere_maks', (m) => String(m.participants?.max ?? '')],
  ['deltakere_tekst', (m) => m.participants?.text ?? ''],
  ['omfang', (m) => joinValues(m.scope)],
  ['ansvarlig', (m) => joinValues(m.responsible)],
  ['gjennomføres_av', (m) => joinValues(m.delivering)],
  ['samarbeidspartnere', (m) => joinValues(m.partners)],
  ['identifisering', (m) => joinValues(m.identification)],
  ['vurdering_nivå', (m) => joinValues(m.assessment.levels.map((l) => l.value))],
  ['vurdering_t', (m) => joinValues(m.assessment.tees.map((l) => l.value))],
  ['vurdering_nøkkel', (m) => joinValues(m.assessment.keys.map((l) => l.value))],
  ['vurdering_tema', (m) => joinValues(m.assessment.themes.map((l) => l.value))],
  ['beskrivelse', (m) => m.description],
  ['kilde', (m) => `${m.source.document}, ${m.source.section}`],
  ['adresse', (m) => m.url],
];

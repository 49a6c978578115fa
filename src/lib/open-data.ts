/**
 * The open-data form of the measures: one zod schema for the published JSON, used to check the file at
 * build time and to generate its JSON Schema; and the CSV rows made from the same objects.
 */
import { z } from 'astro/zod';
import { joinValues } from './csv';
import { EVIDENCE_FIELDS, type EvidenceField } from './evidence';
import { keys, tees, themes } from './facets';
import { FACETS, type FacetKey } from './measures';
import { urls } from './routes';

const link = <T extends z.ZodType>(value: T) =>
  z.array(
    z
      .object({
        value,
        quote: z.string().describe('Sitatet fra beskrivelsen som vurderingen bygger på'),
        why: z.string(),
        borderline: z.string().optional().describe('Hvorfor dette er et grensetilfelle, der det er det'),
      })
      .strict(),
  );

/**
 * The facts of a measure, field by field, as the content schema has them (src/content.config.ts): a
 * facet (FACETS) is a list of its vocabulary's values; the other fields are the description's words.
 * A facet added to FACETS and EVIDENCE_FIELDS is published without another edit here.
 */
const facetValues = <K extends FacetKey>(facet: K) => z.array(z.enum(FACETS[facet].vocab.slugs));
/** An editor's dated note on a measure. */
const dated = z
  .object({ date: z.iso.date().describe('Dato, ÅÅÅÅ-MM-DD'), reason: z.string().describe('Hvorfor, på én linje') })
  .strict();

const factFields = Object.fromEntries(
  EVIDENCE_FIELDS.map((field) => [field, field in FACETS ? facetValues(field as FacetKey) : z.array(z.string())]),
) as unknown as {
  [K in EvidenceField]: K extends FacetKey ? ReturnType<typeof facetValues<K>> : z.ZodArray<z.ZodString>;
};

export const openMeasureSchema = z
  .object({
    id: z.string().describe('Stabil id; også siste del av adressen'),
    url: z.url(),
    name: z.string().describe('Navnet slik kartleggingen oppgir det'),
    schools: z.array(z.object({ id: z.string(), name: z.string() }).strict()).min(1),
    ...factFields,
    participants: z
      .object({ min: z.number().int().optional(), max: z.number().int().optional(), text: z.string() })
      .strict()
      .optional(),
    evidence: z
      .array(
        z
          .object({
            field: z.string().describe('Feltet verdien står i (for eksempel targetGroups, participants, assessment.levels)'),
            value: z.string().describe('Verdien, som tekst'),
            quote: z.string().describe('Sitatet fra beskrivelsen som verdien bygger på; står nøyaktig ett sted i den'),
          })
          .strict(),
      )
      .describe('Hvor i beskrivelsen hver verdi og hver redaksjonell kobling står'),
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
    edition: z.string().describe('Utgaven av kartleggingen tiltaket kommer fra (id, for eksempel kartlegging-2025)'),
    updated: z.array(dated).describe('Redaksjonens endringer etter utgaven, med dato og grunn'),
    ended: dated.optional().describe('Når og hvorfor tiltaket ble avsluttet; mangler for tiltak som fortsatt drives'),
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
  data: Omit<OpenMeasure, 'id' | 'url' | 'schools' | 'description' | 'source' | 'edition'> & {
    edition: { id: string };
    schools: readonly { id: string }[];
    source: { document: { id: string }; section: string; page?: number | undefined };
  };
}

export function toOpenMeasure(m: OpenMeasureInput, site: URL, schoolName: (id: string) => string): OpenMeasure {
  const { schools, source, edition, ...rest } = m.data;
  return openMeasureSchema.parse({
    id: m.id,
    url: new URL(urls.measure(m.id), site).href,
    ...rest,
    schools: schools.map((s) => ({ id: s.id, name: schoolName(s.id) })),
    description: m.body?.trim() ?? '',
    source: { document: source.document.id, section: source.section, ...(source.page ? { page: source.page } : {}) },
    edition: edition.id,
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
  ['utgave', (m) => m.edition],
  ['oppdatert', (m) => joinValues(m.updated.map((u) => `${u.date}: ${u.reason}`))],
  ['avsluttet', (m) => (m.ended ? `${m.ended.date}: ${m.ended.reason}` : '')],
];

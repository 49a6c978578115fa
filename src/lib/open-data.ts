/**
 * The open-data form of the measures: one zod schema for the published JSON, used to check the file at
 * build time and to generate its JSON Schema; and the CSV rows made from the same objects.
 */
import { z } from 'astro/zod';
import { publicUrl } from './deploy';
import { joinValues } from './csv';
import { EVIDENCE_FIELDS, type EvidenceField } from './evidence';
import { keys, labelOf, levelLabels, tees, themes, type Level, type Term } from './facets';
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
    // Absolute on the public host when the build knows it (SITE_URL), otherwise a path from the site's root.
    url: z
      .string()
      .regex(/^(https?:\/\/[^/\s]+)?\/\S*$/)
      .meta({ format: 'uri-reference' })
      .describe('Adressen til tiltakets side: absolutt, eller fra nettstedets rot når bygget ikke kjenner adressen'),
    name: z.string().describe('Navnet slik kartleggingen oppgir det'),
    schools: z.array(z.object({ id: z.string(), name: z.string() }).strict()).min(1),
    municipalities: z
      .array(z.object({ id: z.string(), name: z.string() }).strict())
      .min(1)
      .describe('Kommunene skolene ligger i: redaksjonens tillegg, ikke kildens'),
    ...factFields,
    participants: z
      .object({ min: z.number().int().optional(), max: z.number().int().optional(), text: z.string() })
      .strict()
      .optional(),
    evidence: z
      .array(
        z
          .object({
            field: z
              .string()
              .describe('Feltet verdien står i (for eksempel targetGroups, participants, assessment.levels)'),
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
  data: Omit<OpenMeasure, 'id' | 'url' | 'schools' | 'municipalities' | 'description' | 'source' | 'edition'> & {
    edition: { id: string };
    schools: readonly { id: string }[];
    source: { document: { id: string }; section: string; page?: number | undefined };
  };
}

export interface SchoolPlace {
  name: string;
  municipality: { id: string; name: string };
}

export function toOpenMeasure(
  m: OpenMeasureInput,
  site: URL | undefined,
  school: (id: string) => SchoolPlace,
): OpenMeasure {
  const { schools, source, edition, ...rest } = m.data;
  const places = schools.map((s) => school(s.id).municipality);
  return openMeasureSchema.parse({
    id: m.id,
    url: publicUrl(urls.measure(m.id), site),
    ...rest,
    schools: schools.map((s) => ({ id: s.id, name: school(s.id).name })),
    municipalities: places.filter((p, i) => places.findIndex((q) => q.id === p.id) === i),
    description: m.body?.trim() ?? '',
    source: { document: source.document.id, section: source.section, ...(source.page ? { page: source.page } : {}) },
    edition: edition.id,
  });
}

type Value = string | number;

/**
 * A column of the published tables (CSV and the Excel workbook): one table for both, and for the test
 * that reads the workbook back. `values` are the JSON field's values (slugs); the workbook shows each
 * through `label` (the Norwegian label) and the CSV as it is.
 */
export interface OpenColumn {
  /** The CSV header: short, stable, for programs. */
  name: string;
  /** The workbook's header: Norwegian, for people. */
  label: string;
  /** The field of /data/tiltak.json the column shows. */
  field: string;
  /** What the column holds, for the workbook's second sheet. */
  about: string;
  values: (m: OpenMeasure) => readonly Value[];
  /** A value's Norwegian label, where the JSON has a slug. */
  labelOf?: (value: Value) => string;
  /** The text is long: the workbook wraps it in a column of limited width. */
  long?: boolean;
}

const termLabel = (vocab: { terms: readonly Term[] }) => (value: Value) => labelOf(vocab, String(value));
const facetColumn = (name: string, field: FacetKey, about: string): OpenColumn => ({
  name,
  label: FACETS[field].label,
  field,
  about,
  values: (m) => m[field],
  labelOf: termLabel(FACETS[field].vocab),
});
const textColumn = (name: string, label: string, field: EvidenceField, about: string): OpenColumn => ({
  name,
  label,
  field,
  about,
  values: (m) => m[field] as readonly string[],
  long: true,
});
const EDITORIAL = 'Redaksjonens vurdering, ikke kildens.';

export const OPEN_COLUMNS: readonly OpenColumn[] = [
  { name: 'id', label: 'Id', field: 'id', about: 'Stabil id; også siste del av adressen.', values: (m) => [m.id] },
  {
    name: 'navn',
    label: 'Navn',
    field: 'name',
    about: 'Navnet slik kartleggingen oppgir det.',
    values: (m) => [m.name],
    long: true,
  },
  {
    name: 'skoler',
    label: 'Skole',
    field: 'schools[].name',
    about: 'Skolen eller skolene som meldte inn tiltaket.',
    values: (m) => m.schools.map((s) => s.name),
    long: true,
  },
  {
    name: 'kommune',
    label: 'Kommune',
    field: 'municipalities[].name',
    about: 'Kommunen skolen ligger i. Redaksjonens tillegg, ikke kildens.',
    values: (m) => m.municipalities.map((s) => s.name),
  },
  facetColumn('utdanningsprogram', 'programmes', 'Utdanningsprogram tiltaket gjelder.'),
  facetColumn('hovedmål', 'goals', 'Hovedmål, med kartleggingens kategorier.'),
  textColumn('hovedmål_annet', 'Hovedmål, annet', 'goalsOther', 'Andre mål, med beskrivelsens ord.'),
  facetColumn('målgruppe', 'targetGroups', 'Utfordringene til elevene tiltaket er for, med kartleggingens kategorier.'),
  textColumn('målgruppe_annet', 'Målgruppe, annet', 'targetGroupsOther', 'Andre utfordringer, med beskrivelsens ord.'),
  facetColumn('alder', 'ageGroups', 'Aldersgruppene tiltaket er for.'),
  facetColumn('organisering', 'organisation', 'Gruppestørrelse, med kartleggingens kategorier.'),
  textColumn(
    'organisering_annet',
    'Organisering, annet',
    'organisationOther',
    'Annen organisering, med beskrivelsens ord.',
  ),
  facetColumn('faglige_aktiviteter', 'academicActivities', 'Faglige aktiviteter, med kartleggingens kategorier.'),
  textColumn(
    'faglige_aktiviteter_annet',
    'Faglige aktiviteter, annet',
    'academicActivitiesOther',
    'Andre faglige aktiviteter, med beskrivelsens ord.',
  ),
  facetColumn('sosiale_aktiviteter', 'socialActivities', 'Sosiale aktiviteter, med kartleggingens kategorier.'),
  {
    name: 'deltakere_min',
    label: 'Deltakere, minst',
    field: 'participants.min',
    about: 'Minste antall deltakere, der beskrivelsen oppgir det.',
    values: (m) => (m.participants?.min === undefined ? [] : [m.participants.min]),
  },
  {
    name: 'deltakere_maks',
    label: 'Deltakere, høyst',
    field: 'participants.max',
    about: 'Høyeste antall deltakere, der beskrivelsen oppgir det.',
    values: (m) => (m.participants?.max === undefined ? [] : [m.participants.max]),
  },
  {
    name: 'deltakere_tekst',
    label: 'Antall deltakere',
    field: 'participants.text',
    about: 'Antall deltakere med beskrivelsens ord.',
    values: (m) => (m.participants ? [m.participants.text] : []),
  },
  textColumn('omfang', 'Omfang', 'scope', 'Hvor mye og hvor ofte, med beskrivelsens ord.'),
  textColumn('ansvarlig', 'Ansvarlig', 'responsible', 'Hvem som har ansvaret, med beskrivelsens ord.'),
  textColumn(
    'gjennomføres_av',
    'Gjennomføres av',
    'delivering',
    'Hvem som gjennomfører tiltaket, med beskrivelsens ord.',
  ),
  textColumn(
    'samarbeidspartnere',
    'Samarbeidspartnere',
    'partners',
    'Hvem tiltaket gjennomføres sammen med, med beskrivelsens ord.',
  ),
  textColumn(
    'identifisering',
    'Hvordan elever fanges opp',
    'identification',
    'Hvordan elevene blir funnet, med beskrivelsens ord.',
  ),
  {
    name: 'vurdering_nivå',
    label: 'Forebyggingsnivå (redaksjonell vurdering)',
    field: 'assessment.levels[].value',
    about: `Nivåene i kunnskapsgrunnlaget (2021). ${EDITORIAL}`,
    values: (m) => m.assessment.levels.map((l) => l.value),
    labelOf: (v) => levelLabels[v as Level],
  },
  {
    name: 'vurdering_t',
    label: 'De fire T-ene (redaksjonell vurdering)',
    field: 'assessment.tees[].value',
    about: `De fire T-ene i kunnskapsgrunnlaget. ${EDITORIAL}`,
    values: (m) => m.assessment.tees.map((l) => l.value),
    labelOf: termLabel(tees),
  },
  {
    name: 'vurdering_nøkkel',
    label: 'Nøkler (redaksjonell vurdering)',
    field: 'assessment.keys[].value',
    about: `De tre nøklene i kunnskapsgrunnlaget. ${EDITORIAL}`,
    values: (m) => m.assessment.keys.map((l) => l.value),
    labelOf: termLabel(keys),
  },
  {
    name: 'vurdering_tema',
    label: 'Tema (redaksjonell vurdering)',
    field: 'assessment.themes[].value',
    about: `Temaene fra Vestfoldkonferansen 2026. ${EDITORIAL}`,
    values: (m) => m.assessment.themes.map((l) => l.value),
    labelOf: termLabel(themes),
  },
  {
    name: 'beskrivelse',
    label: 'Beskrivelse (ordrett fra kilden)',
    field: 'description',
    about: 'Beskrivelsen av tiltaket, ordrett fra kartleggingen.',
    values: (m) => [m.description],
    long: true,
  },
  {
    name: 'kilde',
    label: 'Kilde',
    field: 'source',
    about: 'Kildedokumentet og avsnittet.',
    values: (m) => [`${m.source.document}, ${m.source.section}`],
    long: true,
  },
  { name: 'adresse', label: 'Adresse', field: 'url', about: 'Tiltakets side på nettstedet.', values: (m) => [m.url] },
  {
    name: 'utgave',
    label: 'Utgave',
    field: 'edition',
    about: 'Utgaven av kartleggingen tiltaket kommer fra.',
    values: (m) => [m.edition],
  },
  {
    name: 'oppdatert',
    label: 'Oppdatert',
    field: 'updated',
    about: 'Når redaksjonen endret tiltaket, og hvorfor.',
    values: (m) => m.updated.map((u) => `${u.date}: ${u.reason}`),
    long: true,
  },
  {
    name: 'avsluttet',
    label: 'Avsluttet',
    field: 'ended',
    about: 'Når tiltaket ble avsluttet, og hvorfor; tomt for tiltak som går.',
    values: (m) => (m.ended ? [`${m.ended.date}: ${m.ended.reason}`] : []),
    long: true,
  },
];

/** The workbook's sheets: the measures, and what each column holds. */
export const MEASURES_SHEET = 'Tiltak';
export const COLUMNS_SHEET = 'Om kolonnene';

/** A cell of the CSV: the JSON's values (slugs), several joined with "; ". */
export const csvCell = (column: OpenColumn, m: OpenMeasure): string => joinValues(column.values(m));

/**
 * A cell of the workbook: the values with slugs turned into their labels, several joined with "; "; a
 * lone number stays a number; nothing is an empty cell (null).
 */
export function labelledCell(column: OpenColumn, m: OpenMeasure): string | number | null {
  const values = column.values(m);
  if (values.length === 0) return null;
  if (values.length === 1 && typeof values[0] === 'number' && !column.labelOf) return values[0];
  return joinValues(values.map((v) => (column.labelOf ? column.labelOf(v) : String(v))));
}

/** The CSV columns: one row per measure, multi-valued fields joined with "; ". */
export const CSV_COLUMNS: readonly [string, (m: OpenMeasure) => string][] = OPEN_COLUMNS.map((c) => [
  c.name,
  (m) => csvCell(c, m),
]);

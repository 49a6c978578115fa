/**
 * The questions a measure file answers, in the survey's order, with the help text for each: what goes
 * in the field. `npm run nytt-tiltak` writes them as comments (src/lib/scaffold.ts) and the form on
 * /meld-inn/ shows them beside its fields, so both say the same.
 */
import type { EvidenceField } from './evidence.ts';
import type { FacetKey } from './measures.ts';

export type GuideItem =
  /** A facet: values from its vocabulary (FACETS), each with its quote. */
  | { kind: 'facet'; field: FacetKey; help: string }
  /** The description's own words, each phrase with its quote. */
  | { kind: 'text'; field: Exclude<EvidenceField, FacetKey>; label: string; help: string }
  /** The number of participants, only when the description gives one. */
  | { kind: 'participants'; field: 'participants'; label: string; help: string };

export const MEASURE_GUIDE: readonly GuideItem[] = [
  { kind: 'facet', field: 'programmes', help: 'programmene beskrivelsen nevner' },
  { kind: 'facet', field: 'goals', help: 'det beskrivelsen sier er målet' },
  { kind: 'text', field: 'goalsOther', label: 'Andre mål', help: 'mål beskrivelsen nevner utenfor kategoriene' },
  { kind: 'facet', field: 'targetGroups', help: 'utfordringene til elevene tiltaket er for' },
  {
    kind: 'text',
    field: 'targetGroupsOther',
    label: 'Andre utfordringer',
    help: 'utfordringer beskrivelsen nevner utenfor kategoriene',
  },
  { kind: 'facet', field: 'ageGroups', help: 'aldrene beskrivelsen oppgir; «16-24 år» er både 16-19 og 20-24' },
  { kind: 'facet', field: 'organisation', help: 'gruppestørrelsene' },
  {
    kind: 'text',
    field: 'organisationOther',
    label: 'Annen organisering',
    help: 'organisering utenfor kategoriene, som «i grupper»',
  },
  { kind: 'facet', field: 'academicActivities', help: 'det tiltaket gjør faglig' },
  {
    kind: 'text',
    field: 'academicActivitiesOther',
    label: 'Andre faglige aktiviteter',
    help: 'faglige aktiviteter utenfor kategoriene',
  },
  { kind: 'facet', field: 'socialActivities', help: 'det tiltaket gjør sosialt' },
  {
    kind: 'participants',
    field: 'participants',
    label: 'Antall deltakere',
    help: 'bare når beskrivelsen oppgir et tall; «over 25» blir minst 26, «inntil 80» blir høyst 80, og teksten er ordene fra beskrivelsen',
  },
  { kind: 'text', field: 'scope', label: 'Omfang', help: 'hvor mye og hvor ofte, med ord som «ofte» og «inntil»' },
  { kind: 'text', field: 'responsible', label: 'Ansvarlig', help: 'hvem beskrivelsen sier har ansvaret for tiltaket' },
  {
    kind: 'text',
    field: 'delivering',
    label: 'Gjennomføres av',
    help: 'hvem som gjennomfører eller organiserer tiltaket',
  },
  { kind: 'text', field: 'partners', label: 'Samarbeidspartnere', help: 'hvem tiltaket drives i samarbeid med' },
  { kind: 'text', field: 'identification', label: 'Slik finner de elevene', help: 'hvordan elevene blir funnet' },
];

/** What every value needs, said once for the file's comments and the form. */
export const QUOTE_HELP = 'ord fra beskrivelsen, ordrett, som står nøyaktig ett sted i den';

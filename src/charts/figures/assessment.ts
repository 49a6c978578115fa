/**
 * Figure 9: the editorial assessment counted: how many measures the site places on each prevention
 * level, and links to each of the four T's and the three keys. These are the site's judgement, not the
 * sources' numbers, and every figure says so.
 */
import { keys, levelLabels, levels, tees, type Level, type Term } from '../../lib/facets';
import { countTable, rankingSummary, type Bar, type BarFigure, type BarGroup, type Paragraph } from '../../lib/figures';
import { formatNumber } from '../../lib/format';
import { countAssessed, countUnassessed, rankCounts, type AssessmentKind } from '../../lib/measures';
import { urls } from '../../lib/routes';
import { SURVEY, type FigureInput } from './input';

const n = formatNumber;

const EDITORIAL: Paragraph = [
  'Dette er redaksjonell vurdering: redaksjonen har lest hver beskrivelse og koblet tiltaket til begrepene i ' +
    'kunnskapsgrunnlaget til Partnerskap for inkludering og ung deltakelse, med en begrunnelse på hvert tiltaks side. ' +
    'Tallene står ikke i noen av kildene.',
];

interface AssessmentSpec {
  id: string;
  kind: AssessmentKind;
  title: string;
  counts: string;
  unassessed: string;
  notes: Paragraph[];
  rowHeader: string;
}

function assessmentFigure(input: FigureInput, spec: AssessmentSpec, bars: Bar[]): BarFigure {
  const total = input.measures.length;
  const none = countUnassessed(input.measures, spec.kind);
  if (none > 0)
    bars.push({ key: 'ikke-vurdert', label: spec.unassessed, value: none, share: none / total, kind: 'silent' });
  const groups: BarGroup[] = [{ bars }];
  return {
    kind: 'bar',
    id: spec.id,
    title: `${spec.title} (redaksjonell vurdering)`,
    unit: 'tiltak',
    editorial: true,
    counts: spec.counts,
    summary: `Redaksjonell vurdering. ${rankingSummary(bars, total)}`,
    notes: [EDITORIAL, ...spec.notes],
    source: `Redaksjonell vurdering av beskrivelsene i ${input.cite({ document: SURVEY, section: '7 Vedlegg: Individrettede tiltak' })}`,
    groups,
    table: countTable(groups, spec.rowHeader, total),
  };
}

function termBars(
  input: FigureInput,
  kind: 'tees' | 'keys',
  terms: readonly Term[],
  href: (slug: string) => string,
): Bar[] {
  const label = new Map(terms.map((t) => [t.slug, t.label]));
  return rankCounts(
    countAssessed(
      input.measures,
      kind,
      terms.map((t) => t.slug),
    ),
  ).map((c) => ({
    key: c.value,
    label: label.get(c.value) ?? c.value,
    value: c.count,
    share: c.share,
    href: href(c.value),
  }));
}

/** The ladder: level 4 at the top, level 1 (everybody) at the foot, as on the levels page. */
export function levelFigure(input: FigureInput): BarFigure {
  const total = input.measures.length;
  const ladder = [...levels].reverse() as Level[];
  const bars: Bar[] = countAssessed(input.measures, 'levels', ladder).map((c) => ({
    key: String(c.value),
    label: levelLabels[c.value],
    value: c.count,
    share: c.share,
    href: urls.level(c.value),
  }));
  const levelOne = bars.find((b) => b.key === '1')?.value ?? 0;
  return assessmentFigure(
    input,
    {
      id: 'nivaer',
      kind: 'levels',
      title: 'Tiltak per forebyggingsnivå',
      counts: `Hvor mange av de ${n(total)} tiltakene redaksjonen plasserer på hvert av de fire forebyggingsnivåene, fra nivå 4 øverst til nivå 1 nederst. Et tiltak kan stå på flere nivåer.`,
      unassessed: 'Ikke plassert på noe nivå',
      rowHeader: 'Forebyggingsnivå',
      notes: [
        [
          'Kunnskapsgrunnlaget ber selv om en slik oversikt: ',
          {
            quote: 'Hver enkelt kommune bør initiere en kartlegging av hvilke tiltak som finnes på hvert av nivåene',
            source: {
              document: 'kunnskapsgrunnlag-2021',
              section: '1.1 Universelt, helsefremmende og forebyggende perspektiver',
            },
          },
          '.',
        ],
        ...(levelOne <= total / 10
          ? [
              [
                `Bare ${n(levelOne)} tiltak står på nivå 1. Det henger trolig sammen med at kartleggingen tok ut de universelle tiltakene: `,
                {
                  quote:
                    'Det ble innrapportert 64 tiltak, hvorav 3 tiltak ble ekskludert fra kartleggingen fordi de ikke er individrettede tiltak, men universelle og forebyggende tiltak',
                  source: {
                    document: SURVEY,
                    section: '2 Individrettede tilbud for ungdommer som er i ferd med å avbryte videregående opplæring',
                  },
                },
                '.',
              ] satisfies Paragraph,
            ]
          : []),
      ],
    },
    bars,
  );
}

export function teeFigure(input: FigureInput): BarFigure {
  const total = input.measures.length;
  return assessmentFigure(
    input,
    {
      id: 'fire-t',
      kind: 'tees',
      title: 'Tiltak per T',
      counts: `Hvor mange av de ${n(total)} tiltakene redaksjonen mener uttrykker hver av de fire T-ene. Et tiltak kan uttrykke flere.`,
      unassessed: 'Ikke koblet til noen T',
      rowHeader: 'T',
      notes: [],
    },
    termBars(input, 'tees', tees.terms, urls.tee),
  );
}

export function keyFigure(input: FigureInput): BarFigure {
  const total = input.measures.length;
  return assessmentFigure(
    input,
    {
      id: 'nokler',
      kind: 'keys',
      title: 'Tiltak per nøkkel',
      counts: `Hvor mange av de ${n(total)} tiltakene redaksjonen mener uttrykker hver av de tre nøklene. Et tiltak kan uttrykke flere.`,
      unassessed: 'Ikke koblet til noen nøkkel',
      rowHeader: 'Nøkkel',
      notes: [],
    },
    termBars(input, 'keys', keys.terms, urls.key),
  );
}

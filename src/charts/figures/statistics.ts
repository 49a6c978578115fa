/**
 * Figure 10: the statistics as charts. Every bar is a data point in content/statistikk, as the source
 * gives it: nothing is summed, rounded or added. Where the source gives a range (a lower and an upper
 * bound as two points), the two points make one bar with a range; where a point is the source's own
 * total, the bar is drawn as a total.
 */
import {
  listSummary,
  type Bar,
  type BarFigure,
  type BarGroup,
  type FigureTable,
  type Paragraph,
} from '../../lib/figures';
import { formatNumber, joinNb } from '../../lib/format';
import { dataset, pointValue, SURVEY, type FigureInput, type StatDataset, type StatPoint } from './input';

const n = formatNumber;

const LOWER = ', nedre grense';
const UPPER = ', øvre grense';

/** The source's own sum of other points in the same data set. */
interface Total {
  label: string;
  parts: readonly string[];
}

/**
 * A data set's points as bars, in the source's order. A lower and an upper bound ("X, nedre grense",
 * "X, øvre grense") become one bar X with a range; a point named in `totals` becomes a total bar.
 */
export function statisticBars(set: StatDataset, totals: readonly string[] = []): Bar[] {
  const bars: Bar[] = [];
  const points = set.points;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    const key = `${set.id}-${i + 1}`;
    if (point.label.endsWith(LOWER)) {
      const name = point.label.slice(0, -LOWER.length);
      const upper = points.find((p) => p.label === `${name}${UPPER}`);
      if (!upper) throw new Error(`«${point.label}» i «${set.id}» mangler en øvre grense`);
      bars.push({ key, label: name, value: point.value, max: upper.value });
    } else if (point.label.endsWith(UPPER)) {
      const name = point.label.slice(0, -UPPER.length);
      if (!points.some((p) => p.label === `${name}${LOWER}`)) {
        throw new Error(`«${point.label}» i «${set.id}» mangler en nedre grense`);
      }
    } else {
      bars.push({
        key,
        label: point.label,
        value: point.value,
        kind: totals.includes(point.label) ? 'total' : undefined,
      });
    }
  }
  return bars;
}

const areaOf = (set: StatDataset, p: StatPoint) => p.area ?? set.area;
const periodOf = (set: StatDataset, p: StatPoint) => p.period ?? set.period;

/** The data sets' points as a table: value, unit, area and period of each, as content/statistikk has them. */
export function statisticTable(groups: readonly { label?: string | undefined; set: StatDataset }[]): FigureTable {
  return {
    rowHeader: 'Hva',
    columns: ['Verdi', 'Enhet', 'Område', 'Periode'],
    groups: groups.map(({ label, set }) => ({
      label,
      rows: set.points.map((p) => ({
        header: p.label,
        cells: [{ n: p.value, as: 'value' as const }, set.unit, areaOf(set, p), periodOf(set, p)],
      })),
    })),
  };
}

interface StatisticSpec {
  id: string;
  title: string;
  counts: string;
  groups: readonly { dataset: string; label?: string }[];
  totals?: readonly Total[];
  notes: (sets: StatDataset[]) => Paragraph[];
}

/** "«Tilmeldte til sammen» er summen av a, b og c." — checked, so the note cannot claim a sum that is not one. */
function totalNote(sets: readonly StatDataset[], total: Total): string {
  const set = sets.find((s) => s.points.some((p) => p.label === total.label));
  if (!set) throw new Error(`Fant ikke summen «${total.label}»`);
  const sum = total.parts.reduce((s, label) => s + pointValue(set, label), 0);
  const value = pointValue(set, total.label);
  const parts = joinNb(total.parts.map((p) => p.toLowerCase()));
  return sum === value
    ? `«${total.label}» (stolpen uten fyll) er kildens egen sum av ${parts}.`
    : `«${total.label}» (stolpen uten fyll) er kildens egen sum; ${parts} er til sammen ${n(sum)}.`;
}

/** Points the source gives no time for, named in a note rather than left to the table. */
function undatedNote(groups: readonly { label?: string | undefined; set: StatDataset }[]): string {
  const named = groups.flatMap(({ label, set }) => {
    const names = [
      ...new Set(
        set.points
          .filter((p) => periodOf(set, p).startsWith('ikke oppgitt'))
          .map((p) => p.label.replace(LOWER, '').replace(UPPER, '')),
      ),
    ];
    if (names.length === 0) return [];
    const where = label === undefined ? '' : ` i «${label}»`;
    if (names.length === new Set(set.points.map((p) => p.label.replace(LOWER, '').replace(UPPER, ''))).size) {
      return [`alle tallene${where}`];
    }
    return [`${joinNb(names.map((name) => `«${name}»`))}${where}`];
  });
  return named.length === 0 ? '' : `Kilden oppgir ikke tidspunkt for ${joinNb(named)}.`;
}

function statisticFigure(input: FigureInput, spec: StatisticSpec): BarFigure {
  const sets = spec.groups.map((g) => dataset(input, g.dataset));
  const units = new Set(sets.map((s) => s.unit));
  if (units.size > 1) throw new Error(`Figuren «${spec.id}» blander enheter: ${[...units].join(', ')}`);
  const unit = sets[0]!.unit;
  const totals = (spec.totals ?? []).map((t) => t.label);
  const labelled = spec.groups.length > 1;
  const groups: BarGroup[] = sets.map((set, i) => ({
    label: labelled ? (spec.groups[i]!.label ?? set.title) : undefined,
    bars: statisticBars(set, totals),
  }));
  const notes: Paragraph[] = [
    ...spec.notes(sets),
    ...(spec.totals ?? []).map((t) => [totalNote(sets, t)] as Paragraph),
  ];
  const undated = undatedNote(sets.map((set, i) => ({ label: groups[i]!.label, set })));
  if (undated) notes.push([undated]);
  return {
    kind: 'bar',
    id: spec.id,
    title: spec.title,
    unit,
    editorial: false,
    counts: spec.counts,
    summary: `${unit[0]!.toUpperCase()}${unit.slice(1)}. ${listSummary(groups, unit)}`,
    notes,
    source: joinNb([...new Set(sets.map((s) => input.cite(s.source)))]),
    groups,
    table: statisticTable(sets.map((set, i) => ({ label: groups[i]!.label, set }))),
  };
}

const KG = 'kunnskapsgrunnlag-2021';
const FACTS = { document: KG, section: '5. Tall og fakta fra fylket og kommunene' };

const SPECS: readonly StatisticSpec[] = [
  {
    id: 'unge-utenfor-og-uforetrygdede',
    title: 'Unge utenfor jobb og utdanning, og unge uføre: Vestfold og Telemark og hele landet',
    counts:
      'Andelen av de unge mellom 16 og 25 år som ikke er i jobb eller formell utdanning, og andelen av de unge under 30 år ' +
      'som er uføre, i Vestfold og Telemark og i hele landet, slik kunnskapsgrunnlaget fra 2021 oppgir dem. Prosent av aldersgruppen.',
    groups: [
      { dataset: 'unge-utenfor-jobb-og-utdanning-figur-4', label: 'Ikke i jobb eller formell utdanning, 16–25 år' },
      { dataset: 'unge-uforetrygdede-under-30', label: 'Uføre, under 30 år' },
    ],
    notes: () => [
      [
        'Tallene gjelder Vestfold og Telemark, ikke Vestfold alene. I den første gruppen er unge i annen utdanning, på kurs og ' +
          'på arbeidsmarkedstiltak regnet med blant dem som står utenfor. Kilden skriver om Vestfold og Telemark at det er ',
        { quote: 'ingen andre fylker som har en høyere andel unge uten og utenfor utdanning og arbeid', source: FACTS },
        ', og om de unge uføre: ',
        { quote: 'Andelen uføre under 30 år er per mai 2021, 3,8 prosent. Dette er høyest i landet.', source: FACTS },
      ],
    ],
  },
  {
    id: 'nav-unge-mai-2021',
    title: 'Unge under 30 år i NAV Vestfold og Telemark, mai 2021',
    counts:
      'Antall unge under 30 år i NAV Vestfold og Telemark per mai 2021, etter status, slik kunnskapsgrunnlaget fra 2021 oppgir dem ' +
      'i en tabell og i en figur.',
    groups: [
      { dataset: 'nav-unge-under-30-mai-2021', label: 'Arbeidssøkere og nedsatt arbeidsevne (tabellen)' },
      { dataset: 'nav-unge-under-30-figur-mai-2021', label: 'Uføre, tiltak og arbeidsavklaringspenger (figuren)' },
    ],
    totals: [
      { label: 'Totalt antall arbeidssøkere', parts: ['Helt ledige', 'Delvis ledige', 'Arbeidsrettede tiltak'] },
    ],
    notes: () => [
      [
        'Tallene gjelder Vestfold og Telemark, ikke Vestfold alene. De med nedsatt arbeidsevne er ikke med blant arbeidssøkerne: ',
        {
          quote: 'I tillegg er det 3497 i samme aldersgruppe med nedsatt arbeidsevne.',
          source: { document: KG, section: '5.1 Unge som henvender seg til NAV' },
        },
        ' Tallene i den andre gruppen står bare i OCR-kopien av kunnskapsgrunnlaget. Gruppene overlapper (også «nedsatt arbeidsevne på tiltak» ' +
          'har nedsatt arbeidsevne), så tallene kan ikke legges sammen på tvers.',
      ],
    ],
  },
  {
    id: 'ot-tilmeldte-2020-2021',
    title: 'Ungdom meldt til Oppfølgingstjenesten i Vestfold og Telemark, 2020/2021: årsak og oppfølging',
    counts:
      'Antall ungdommer som ble meldt til Oppfølgingstjenesten (OT) i Vestfold og Telemark i skoleåret 2020/2021, etter årsak, ' +
      'og hvor mange OT fant utenfor opplæring og arbeid, fulgte opp og arbeidet forebyggende med, slik kunnskapsgrunnlaget fra 2021 oppgir det.',
    groups: [
      { dataset: 'ot-tilmeldinger-arsak-2020-2021', label: 'Meldt til OT, etter årsak (per 15. juni 2021)' },
      { dataset: 'ot-oppfolging-2020-2021', label: 'Hva OT fant og gjorde' },
    ],
    totals: [
      {
        label: 'Tilmeldte til sammen',
        parts: [
          'Ikke søkt opplæring',
          'Takket nei til opplæring',
          'Avbrutt fra opplæring',
          'Andre grunner (står uten læreplass, flyttet, feil)',
        ],
      },
    ],
    notes: () => {
      const section = { document: KG, section: '5.3 Ungdom mellom 16 – 21 år tilknyttet Oppfølgingstjenesten' };
      return [
        [
          'Tallene gjelder Vestfold og Telemark, ikke Vestfold alene. Den andre gruppen er ikke en oppdeling av de tilmeldte, og tallene ' +
            'overlapper: ',
          { quote: '343 av disse ungdommene gikk over i egne tiltak i regi av Oppfølgingstjenesten.', source: section },
          ' («disse» er de som fikk oppfølging og veiledning). Om tallene skriver kilden: ',
          { quote: 'Avvik kan derfor forekomme.', source: section },
        ],
      ];
    },
  },
  {
    id: 'ot-tilbud-2024-2025',
    title: 'Ungdommer i tilbudene hos Oppfølgingstjenesten i Vestfold, 2024/2025',
    counts:
      'Hvor mange ungdommer som deltok i hvert av de faglige og sosiale tilbudene hos Oppfølgingstjenesten (OT) i Vestfold i skoleåret ' +
      '2024/2025, slik kartleggingen fra 2025 oppgir det. For OT-rådet er tallet faste medlemmer.',
    groups: [{ dataset: 'ot-vestfold-tilbud-omfang-2024-2025' }],
    notes: () => [
      [
        'Der kilden oppgir et spenn (for eksempel 800–900), går den mørke stolpen til den nedre grensen og den lyse forlengelsen til den øvre. ' +
          'Kilden sier ikke om de samme ungdommene er med i flere tilbud, så tallene skal ikke legges sammen. Tilbudet med aktiviteter, ' +
          'sosial trening og mat har ikke noe tall i kilden og er ikke med.',
      ],
    ],
  },
  {
    id: 'smi-etter-skolegang',
    title: 'Hva elevene gjør et halvt år etter SMI avdeling Melsom',
    counts:
      'Antall tidligere elever ved SMI avdeling Melsom etter hva de holder på med et halvt år etter at de sluttet, slik tabell 3.2 i ' +
      'kartleggingen fra 2025 oppgir det.',
    groups: [{ dataset: 'smi-etter-endt-skolegang' }],
    totals: [
      {
        label: 'Totalt',
        parts: [
          'Høyskole/universitet',
          'Folkehøyskole',
          'Andre skoler eller utdanningsinstitusjoner',
          'Tilbake i ordinær videregående skole (hjemmeskole) Yrkesfag',
          'Lærling',
          'Arbeid',
          'Opplæring i bedrift',
        ],
      },
    ],
    notes: () => [
      [
        'Tallene kommer fra skolens egen undersøkelse: ',
        {
          quote:
            '«Novemberkartleggingen» er en undersøkelse hvor alle elever kontaktes et halvt år etter at de har sluttet i SMI-skolen.',
          source: { document: SURVEY, section: '3.1.8 Resultater' },
        },
        ' Tallene er små, så én elev mer eller mindre endrer bildet.',
      ],
    ],
  },
];

/** The data sets each statistics figure draws, so the statistics page can place the figure by its data. */
export const STATISTIC_FIGURES: readonly { id: string; datasets: readonly string[] }[] = SPECS.map((s) => ({
  id: s.id,
  datasets: s.groups.map((g) => g.dataset),
}));

export const statisticFigures = (input: FigureInput): BarFigure[] => SPECS.map((spec) => statisticFigure(input, spec));

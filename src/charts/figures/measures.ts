/**
 * Figures 1–8: the 60 measures counted by the survey's categories, by school and municipality, and
 * target group against organisation. The counting is src/lib/measures.ts; here is what each figure
 * shows, and how it compares with the survey report's own words (kartlegging-2025, chapter 2).
 */
import { municipalities, programmes } from '../../lib/facets';
import { FACET_PARAMS, filterParamOf } from '../../lib/filter-facets';
import {
  counted,
  countTable,
  extremes,
  listSummary,
  namesWithCount,
  rankingSummary,
  startsWith,
  type Bar,
  type BarFigure,
  type BarGroup,
  type MatrixFigure,
  type Paragraph,
} from '../../lib/figures';
import { formatNumber, formatShare, joinNb, sharePercent } from '../../lib/format';
import {
  countAny,
  countBySchools,
  countFacet,
  countOnlyOther,
  countOther,
  countSilent,
  crossFacet,
  FACETS,
  rankCounts,
  rankFacet,
  shareOf,
  withFacet,
  type FacetKey,
  type MeasureLike,
} from '../../lib/measures';
import { urls } from '../../lib/routes';
import { dataset, pointValue, SURVEY, type FigureInput, type FigureMeasure } from './input';

export const SILENT_LABEL = 'Ikke oppgitt i beskrivelsen';
export const OTHER_LABEL = 'Annet: beskrevet, men utenfor kategoriene';

const n = formatNumber;
const share = (count: number, total: number) => formatShare(shareOf(count, total));
const survey = (section: string) => ({ document: SURVEY, section });
/** Bars in prose, in their order: "a (45), b (29) og c (26)". */
const order = (bars: readonly Bar[]) => joinNb(bars.map((b) => counted(b.label, b.value)));

/** The measure list filtered to one facet value, where the filter offers that facet. */
function filterHref(facet: FacetKey, slug: string): string | undefined {
  const param = filterParamOf(facet);
  return param && urls.measuresFiltered({ [param]: [slug] });
}

/** One bar per value of a facet (largest first, or in the vocabulary's order), then the silent ones. */
export function facetBars(measures: readonly MeasureLike[], facet: FacetKey, sorted: boolean): Bar[] {
  const counts = sorted ? rankFacet(measures, facet) : countFacet(measures, facet);
  const bars: Bar[] = counts.map((c) => ({
    key: c.term.slug,
    label: c.term.label,
    value: c.count,
    share: c.share,
    // A link to an empty list helps nobody.
    href: c.count > 0 ? filterHref(facet, c.term.slug) : undefined,
  }));
  const other = countOther(measures, facet);
  if (other > 0)
    bars.push({
      key: 'annet',
      label: OTHER_LABEL,
      value: other,
      share: shareOf(other, measures.length),
      kind: 'other',
    });
  const silent = countSilent(measures, facet);
  if (silent > 0) {
    bars.push({
      key: 'ikke-oppgitt',
      label: SILENT_LABEL,
      value: silent,
      share: shareOf(silent, measures.length),
      kind: 'silent',
    });
  }
  return bars;
}

/** How the site's numbers differ in kind from the survey's: said once per figure, in the note. */
function basis(input: FigureInput, reportFigure: string | undefined): Paragraph {
  const reported = pointValue(dataset(input, 'kartlegging-antall-tiltak'), 'Tiltak meldt inn');
  const figure = reportFigure ? `Kartleggingens figur ${reportFigure}` : 'Kartleggingens tall';
  return [
    `${figure} bygger på svarene i spørreundersøkelsen, der ${n(reported)} tiltak ble meldt inn og respondentene kunne ` +
      `krysse av for flere svar; tallene bak rapportens figurer står ikke i teksten. Her er tallene regnet ut på nytt fra ` +
      `de ${n(input.measures.length)} beskrivelsene som er publisert, så de kan avvike. Et tiltak telles én gang i hver ` +
      'kategori beskrivelsen nevner.',
  ];
}

interface FacetSpec {
  id: string;
  facet: FacetKey;
  title: string;
  /** The category in a sentence: "hvert hovedmål". */
  each: string;
  reportFigure: string;
  compare: (bars: Bar[], input: FigureInput) => Paragraph[];
}

function facetFigure(input: FigureInput, spec: FacetSpec): BarFigure {
  const { measures } = input;
  const total = measures.length;
  const bars = facetBars(measures, spec.facet, true);
  const groups: BarGroup[] = [{ bars }];
  return {
    kind: 'bar',
    id: spec.id,
    title: spec.title,
    unit: 'tiltak',
    editorial: false,
    counts: `Hvor mange av de ${n(total)} tiltakene som har ${spec.each}, slik beskrivelsene oppgir det. Kategoriene er kartleggingens egne.`,
    summary: rankingSummary(bars, total),
    notes: [basis(input, spec.reportFigure), ...spec.compare(bars, input)],
    source: `Beregnet fra beskrivelsene av de ${n(total)} tiltakene i ${input.cite(survey('7 Vedlegg: Individrettede tiltak'))}`,
    groups,
    table: countTable(groups, FACETS[spec.facet].label, total),
  };
}

const ranked = (bars: readonly Bar[]) => bars.filter((b) => b.kind === undefined);
const same = (agrees: boolean) =>
  agrees ? 'Beskrivelsene gir samme rekkefølge' : 'Beskrivelsene gir en annen rekkefølge';

export function goalsFigure(input: FigureInput): BarFigure {
  return facetFigure(input, {
    id: 'hovedmal',
    facet: 'goals',
    title: 'Tiltakenes hovedmål',
    each: 'hvert hovedmål',
    reportFigure: '2.1',
    compare: (bars) => {
      const r = ranked(bars);
      return [
        [
          'Rapporten skriver at ',
          {
            quote:
              'det viktigste målet for individrettede tiltak i videregående opplæring er å styrke ungdommens faglige kvalifikasjoner. Deretter følger utvikling av sosiale ferdigheter og relasjoner som et sentralt mål.',
            source: survey('2.1.1 Hovedmål'),
          },
          ` ${same(startsWith(r, ['faglige-kvalifikasjoner', 'sosiale-ferdigheter-og-relasjoner']))}: ${order(r)}.`,
        ],
      ];
    },
  });
}

export function targetGroupFigure(input: FigureInput): BarFigure {
  return facetFigure(input, {
    id: 'malgruppe',
    facet: 'targetGroups',
    title: 'Tiltakenes målgruppe: elevenes utfordringer',
    each: 'hver målgruppe',
    reportFigure: '2.2',
    compare: (bars) => {
      const r = ranked(bars);
      const topFour = startsWith(r, ['faglige', 'spraklige', 'emosjonelle', 'sosiale-og-familiaere']);
      const { fewest } = extremes(bars);
      const rus = r.find((b) => b.key === 'rus-og-kriminalitet');
      const others = fewest.filter((b) => b.key !== 'rus-og-kriminalitet');
      let last: string;
      if (rus && fewest.includes(rus)) {
        last =
          others.length === 0
            ? 'Også i beskrivelsene har færrest tiltak rus og kriminalitet som målgruppe.'
            : `I beskrivelsene deler rus og kriminalitet siste plass med ${joinNb(others.map((b) => b.label.toLowerCase()))} (${n(rus.value)} hver).`;
      } else {
        last = `I beskrivelsene er det ${namesWithCount(fewest)} som har færrest tiltak, ikke rus og kriminalitet (${n(rus?.value ?? 0)}).`;
      }
      return [
        [
          'Rapporten skriver at ',
          {
            quote:
              'flest respondenter peker på elever med faglige utfordringer som hovedmålgruppen. Deretter følger elever med språklige utfordringer. Den tredje målgruppen består av elever med emosjonelle utfordringer, tett fulgt av dem med sosiale og familiære utfordringer. Færrest tiltak har elever med rus og kriminalitet som målgruppe.',
            source: survey('2.1.2 Målgruppe'),
          },
          ` ${topFour ? 'De fire største kommer i samme rekkefølge i beskrivelsene' : 'Beskrivelsene gir en annen rekkefølge blant de fire største'}: ${order(r.slice(0, 4))}. ${last}`,
        ],
      ];
    },
  });
}

export function organisationFigure(input: FigureInput): BarFigure {
  return facetFigure(input, {
    id: 'organisering',
    facet: 'organisation',
    title: 'Hvordan tiltakene er organisert',
    each: 'hver form for organisering',
    reportFigure: '2.4',
    compare: (_bars, { measures }) => {
      const small = countAny(measures, 'organisation', ['en-til-en', 'liten-gruppe']);
      const large = countAny(measures, 'organisation', ['middels-gruppe', 'stor-gruppe']);
      const silent = countSilent(measures, 'organisation');
      const onlyOther = countOnlyOther(measures, 'organisation');
      const alike = Math.abs(small - large) <= Math.max(2, Math.round(0.1 * Math.max(small, large)));
      return [
        [
          'Rapporten skriver: ',
          {
            quote:
              'Analyser indikerer at antall tiltak organisert 1:1 opplæring og opplæring i liten gruppe benyttes i samme grad som tiltak organisert i middels stor gruppe og stor gruppe',
            source: survey('2.1.5 Ansvar, organisering og gjennomføring av tiltak'),
          },
          `. I beskrivelsene er ${n(small)} tiltak organisert 1:1 eller i liten gruppe og ${n(large)} i middels eller stor gruppe ` +
            `(et tiltak kan ha begge), ${alike ? 'altså omtrent like mange, som i rapporten' : 'altså ikke like mange'}. ` +
            `Men ${n(silent)} av ${n(measures.length)} beskrivelser sier ikke hvordan tiltaket er organisert, og ${n(onlyOther)} beskriver ` +
            'bare en organisering utenfor de fire kategoriene, så sammenligningen er usikker.',
        ],
      ];
    },
  });
}

export function academicFigure(input: FigureInput): BarFigure {
  return facetFigure(input, {
    id: 'faglige-aktiviteter',
    facet: 'academicActivities',
    title: 'Faglige aktiviteter i tiltakene',
    each: 'hver faglig aktivitet',
    reportFigure: '2.5',
    compare: (bars, { measures }) => {
      const total = measures.length;
      const r = ranked(bars);
      const bar = (key: string) => {
        const found = r.find((b) => b.key === key);
        if (!found) throw new Error(`Fant ikke kategorien «${key}»`);
        return found;
      };
      const teaching = bar('undervisning');
      const exams = bar('eksamensforberedelse');
      const rare = ['ekskursjoner', 'leksehjelp', 'hospitering'].map(bar);
      const { most, fewest } = extremes(bars);
      const tied = most.filter((b) => b !== teaching);
      const teachingText = most.includes(teaching)
        ? tied.length > 0
          ? `, like mange som har ${joinNb(tied.map((b) => b.label.toLowerCase()))}`
          : ', flere enn noen annen aktivitet'
        : `; flest har ${namesWithCount(most)}`;
      const lowerHalf = rare.every((b) => r.indexOf(b) >= r.length / 2);
      const fewestOther = fewest.filter((b) => !rare.includes(b));
      return [
        [
          {
            quote: 'De fleste respondentene oppgir at undervisning/opplæring inngår i tiltakene.',
            source: survey('2.1.6 Faglige aktiviteter'),
          },
          ` I beskrivelsene gjelder det ${n(teaching.value)} av ${n(total)} tiltak (${share(teaching.value, total)})${teachingText}.`,
        ],
        [
          {
            quote: 'Eksamensforberedende aktiviteter trekkes frem av en tredjedel av respondentene.',
            source: survey('2.1.6 Faglige aktiviteter'),
          },
          ` I beskrivelsene nevner ${n(exams.value)} av ${n(total)} tiltak (${share(exams.value, total)}) eksamensforberedelse.`,
        ],
        [
          {
            quote:
              'Analysen viser at det er få tiltak som legger til rette for ekskursjoner, leksehjelp og hospitering.',
            source: survey('2.1.6 Faglige aktiviteter'),
          },
          ` ${lowerHalf ? 'Også i beskrivelsene er de blant de sjeldneste' : 'I beskrivelsene er ikke alle tre blant de sjeldneste'}: ${order(rare)}` +
            (fewestOther.length > 0 ? `; færrest har ${namesWithCount(fewestOther)}.` : '.'),
        ],
      ];
    },
  });
}

export function socialFigure(input: FigureInput): BarFigure {
  return facetFigure(input, {
    id: 'sosiale-aktiviteter',
    facet: 'socialActivities',
    title: 'Sosiale aktiviteter i tiltakene',
    each: 'hver sosial aktivitet',
    reportFigure: '2.6',
    compare: (bars, { measures }) => {
      const r = ranked(bars);
      const silent = countSilent(measures, 'socialActivities');
      return [
        [
          'Rapporten skriver: ',
          {
            quote:
              'Undersøkelsen viser at individrettede tiltak legger stor vekt på sosiale aktiviteter, spesielt betydningen av å trene på livsmestringsferdigheter og sosiale ferdigheter. Videre fremheves utvikling av relasjoner og vennskap samt tilrettelegging for sosiale møteplasser.',
            source: survey('2.1.7 Sosiale aktiviteter'),
          },
          ` ${same(startsWith(r, ['livsmestring', 'sosiale-ferdigheter', 'relasjoner-og-vennskap', 'sosiale-moteplasser']))}: ${order(r.slice(0, 4))}.` +
            (silent > 0
              ? ` Men ${n(silent)} av ${n(measures.length)} beskrivelser nevner ingen av de sosiale aktivitetene.`
              : ''),
        ],
      ];
    },
  });
}

export function ageProgrammeFigure(input: FigureInput): BarFigure {
  const { measures } = input;
  const total = measures.length;
  const groups: BarGroup[] = [
    { label: FACETS.ageGroups.label, bars: facetBars(measures, 'ageGroups', false) },
    { label: FACETS.programmes.label, bars: facetBars(measures, 'programmes', false) },
  ];
  const ages = dataset(input, 'kartlegging-tiltak-aldersgrupper');
  const reported = [pointValue(ages, 'Tiltak for 16–19 år'), pointValue(ages, 'Tiltak for 20–24 år')] as const;
  const count = (facet: FacetKey, slug: string) => withFacet(measures, facet, slug).length;
  const [teen, young] = [count('ageGroups', '16-19'), count('ageGroups', '20-24')];
  const both = measures.filter((m) => programmes.slugs.every((s) => m.data.programmes.includes(s))).length;
  const [vocational, general] = [count('programmes', 'yrkesfaglig'), count('programmes', 'studieforberedende')];
  const ageSilent = countSilent(measures, 'ageGroups');
  const programmeSilent = countSilent(measures, 'programmes');
  const sumReported = reported[0] + reported[1];
  // Another reading of the same data: shares of all age choices (a measure for two groups is two choices).
  const choices = measures.reduce((sum, m) => sum + m.data.ageGroups.length, 0);
  const percent = (count: number, of: number) => `${formatNumber(Math.round(shareOf(count, of) * 1000) / 10)}\u00a0%`;
  const choicesMatch =
    sharePercent(shareOf(teen, choices)) === reported[0] && sharePercent(shareOf(young, choices)) === reported[1];
  return {
    kind: 'bar',
    id: 'alder-og-program',
    title: 'Aldersgrupper og utdanningsprogram',
    unit: 'tiltak',
    editorial: false,
    counts: `Hvor mange av de ${n(total)} tiltakene som gjelder hver aldersgruppe og hvert utdanningsprogram, slik beskrivelsene oppgir det.`,
    summary: `Antall av ${n(total)} tiltak. ${listSummary(groups, 'tiltak')}`,
    notes: [
      basis(input, undefined),
      [
        'Rapporten skriver at ',
        {
          quote:
            '73 % av tiltakene henvender seg til aldersgruppen 16-19 år, og 25 % er rettet mot ungdommer i alderen 20-24 år.',
          source: survey('2 Individrettede tilbud for ungdommer som er i ferd med å avbryte videregående opplæring'),
        },
        ` I beskrivelsene gjelder ${n(teen)} av ${n(total)} tiltak (${share(teen, total)}) 16–19 år og ${n(young)} (${share(young, total)}) 20–24 år, ` +
          `når et tiltak telles i hver aldersgruppe det gjelder. ` +
          (choicesMatch
            ? `Regnet som andel av alle aldersvalg i beskrivelsene (${n(choices)} valg, der et tiltak for to aldersgrupper gir to valg) ` +
              `blir det ${n(teen)} av ${n(choices)} (${percent(teen, choices)}) og ${n(young)} av ${n(choices)} (${percent(young, choices)}): ` +
              `det er rapportens ${n(reported[0])}\u00a0% og ${n(reported[1])}\u00a0% avrundet til hele prosent. Rapportens tall lar seg altså gjenskape som andeler av alle ` +
              'aldersvalg, ikke av tiltak; rapporten sier ikke selv hvordan den regnet.'
            : `Rapportens to andeler er til sammen ${n(sumReported)} %. Regnet som andel av alle aldersvalg i beskrivelsene (${n(choices)} valg) ` +
              `blir det ${percent(teen, choices)} og ${percent(young, choices)}, som heller ikke er rapportens tall.`) +
          (ageSilent > 0 ? ` ${n(ageSilent)} av beskrivelsene oppgir ikke alder.` : ''),
      ],
      [
        'Rapporten skriver at ',
        {
          quote: 'Tiltakene retter seg mot både studieforberedende og yrkesfaglige utdanningsprogram.',
          source: survey('2 Individrettede tilbud for ungdommer som er i ferd med å avbryte videregående opplæring'),
        },
        ` ${vocational > 0 && general > 0 ? 'Det stemmer med beskrivelsene' : 'Det stemmer ikke med beskrivelsene'}: ${n(vocational)} tiltak gjelder yrkesfaglige og ${n(general)} studieforberedende utdanningsprogram, ${n(both)} av dem begge.` +
          (programmeSilent > 0 ? ` ${n(programmeSilent)} beskrivelser oppgir ikke utdanningsprogram.` : ''),
      ],
    ],
    source: `Beregnet fra beskrivelsene av de ${n(total)} tiltakene i ${input.cite(survey('7 Vedlegg: Individrettede tiltak'))}`,
    groups,
    table: countTable(groups, 'Kategori', total),
  };
}

/** Measures reported by more than one school: they count at each. */
const sharedMeasures = (measures: readonly FigureMeasure[]) => measures.filter((m) => m.data.schools.length > 1);

export function schoolFigure(input: FigureInput): BarFigure {
  const { measures, schools } = input;
  const total = measures.length;
  const counts = rankCounts(
    countBySchools(
      measures,
      schools.map((s) => ({ key: s.id, schools: [s.id] })),
    ),
  );
  const name = new Map(schools.map((s) => [s.id, s.shortName]));
  const bars: Bar[] = counts.map((c) => ({
    key: c.key,
    label: name.get(c.key) ?? c.key,
    value: c.count,
    share: c.share,
    href: urls.school(c.key),
  }));
  const groups: BarGroup[] = [{ bars }];
  const shared = sharedMeasures(measures);
  const sum = bars.reduce((s, b) => s + b.value, 0);
  return {
    kind: 'bar',
    id: 'tiltak-per-skole',
    title: 'Tiltak per skole',
    unit: 'tiltak',
    editorial: false,
    counts: `Hvor mange av de ${n(total)} tiltakene hver av de ${n(schools.length)} skolene meldte inn. Et tiltak som flere skoler meldte inn, teller hos hver av dem.`,
    summary: rankingSummary(bars, total),
    notes: [
      shared.length > 0
        ? [
            `${n(shared.length)} tiltak er meldt inn av flere skoler (${joinNb(shared.map((m) => `«${m.data.name}»`))}) ` +
              `og teller hos hver av dem, så stolpene blir til sammen ${n(sum)}, ikke ${n(total)}.`,
          ]
        : [`Hvert tiltak er meldt inn av én skole, så stolpene blir til sammen ${n(sum)}.`],
      [
        'Rapporten skriver: ',
        {
          quote:
            'Analysen viser at antall innrapportere tiltak per videregående skole i stor grad samsvarer med skolestørrelse.',
          source: survey('2 Individrettede tilbud for ungdommer som er i ferd med å avbryte videregående opplæring'),
        },
        ' Kildene oppgir ikke hvor mange elever skolene har, så det kan ikke kontrolleres her.',
      ],
    ],
    source: `Beregnet fra tabellen over tiltakene i ${input.cite(survey('7 Vedlegg: Individrettede tiltak'))}`,
    groups,
    table: countTable(groups, 'Skole', total),
  };
}

export function municipalityFigure(input: FigureInput): BarFigure {
  const { measures, schools } = input;
  const total = measures.length;
  const groupsOfSchools = municipalities.terms.map((m) => ({
    key: m.slug,
    schools: schools.filter((s) => s.municipality === m.slug).map((s) => s.id),
  }));
  const label = new Map<string, string>(municipalities.terms.map((m) => [m.slug, m.label]));
  const bars: Bar[] = rankCounts(countBySchools(measures, groupsOfSchools)).map((c) => ({
    key: c.key,
    label: label.get(c.key) ?? c.key,
    value: c.count,
    share: c.share,
    href: urls.municipality(c.key),
  }));
  const groups: BarGroup[] = [{ bars }];
  const sum = bars.reduce((s, b) => s + b.value, 0);
  return {
    kind: 'bar',
    id: 'tiltak-per-kommune',
    title: 'Tiltak per kommune',
    unit: 'tiltak',
    editorial: false,
    counts: `Hvor mange av de ${n(total)} tiltakene som er meldt inn av skoler i hver kommune. Et tiltak teller én gang i hver kommune der en av skolene som meldte det inn, ligger.`,
    summary: rankingSummary(bars, total),
    notes: [
      [
        'Kommunen står ikke i kildene: redaksjonen har lagt til hvilken kommune hver skole ligger i, som en offentlig kjent opplysning. ' +
          (sum === total
            ? `Stolpene blir til sammen ${n(sum)}.`
            : `Tiltak som skoler i flere kommuner meldte inn sammen, teller i hver kommune, så stolpene blir til sammen ${n(sum)}, ikke ${n(total)}.`),
      ],
    ],
    source: `Beregnet fra tabellen over tiltakene i ${input.cite(survey('7 Vedlegg: Individrettede tiltak'))}; kommunene er lagt til av redaksjonen`,
    groups,
    table: countTable(groups, 'Kommune', total),
  };
}

export const MATRIX_SILENT_LABEL = 'Ikke oppgitt';
export const MATRIX_OTHER_LABEL = 'Annet';

export function coverageFigure(input: FigureInput): MatrixFigure {
  const { measures } = input;
  const total = measures.length;
  const rows = crossFacet(measures, 'targetGroups', 'organisation');
  const organisationTerms = FACETS.organisation.vocab.terms;
  const rowParam = FACET_PARAMS.targetGroups;
  const colParam = FACET_PARAMS.organisation;
  const cell = (row: string, col: string) => ({ [rowParam]: [row], [colParam]: [col] });
  const matrixRows = rows.map((r) => ({
    key: r.term.slug,
    label: r.term.label,
    href: urls.measuresFiltered({ [rowParam]: [r.term.slug] }),
    cells: [
      ...r.cells.map((c) => ({
        value: c.count,
        href: c.count > 0 ? urls.measuresFiltered(cell(r.term.slug, c.term.slug)) : undefined,
      })),
      { value: r.other },
      { value: r.silent },
    ],
  }));
  const pairs = rows.flatMap((r) => r.cells.map((c) => ({ row: r.term.label, col: c.term.label, count: c.count })));
  const hi = Math.max(...pairs.map((p) => p.count));
  const lo = Math.min(...pairs.map((p) => p.count));
  const pairText = (list: typeof pairs) => joinNb(list.map((p) => `«${p.row}» med «${p.col}»`));
  const most = pairs.filter((p) => p.count === hi);
  const least = pairs.filter((p) => p.count === lo);
  const gaps =
    lo === 0
      ? `Ingen tiltak har ${pairText(least)}.`
      : `Alle kombinasjonene har minst ett tiltak; færrest (${n(lo)}) har ${pairText(least)}.`;

  const oneToOne = withFacet(measures, 'organisation', 'en-til-en');
  const compare = (slug: string) => {
    const label = FACETS.targetGroups.vocab.terms.find((t) => t.slug === slug)!.label.toLowerCase();
    const inOne = withFacet(oneToOne, 'targetGroups', slug).length;
    const inAll = withFacet(measures, 'targetGroups', slug).length;
    const higher = oneToOne.length > 0 && inOne / oneToOne.length > inAll / total;
    return { label, inOne, inAll, higher };
  };
  const emotional = compare('emosjonelle');
  const social = compare('sosiale-og-familiaere');
  const silent = countSilent(measures, 'organisation');
  const other = countOther(measures, 'organisation');

  return {
    kind: 'matrix',
    id: 'malgruppe-og-organisering',
    title: 'Målgruppe og organisering: hvilke kombinasjoner som finnes',
    rowTitle: FACETS.targetGroups.label,
    columnTitle: FACETS.organisation.label,
    editorial: false,
    counts:
      `Hvor mange av de ${n(total)} tiltakene som har hver kombinasjon av målgruppe og organisering, slik beskrivelsene oppgir det. ` +
      'Et tiltak med to målgrupper og to former for organisering teller i fire felt, én gang i hvert.',
    summary: `Flest tiltak (${n(hi)}) har ${pairText(most)}. ${gaps}`,
    notes: [
      [
        `Tallet i hvert felt er antallet tiltak; jo mørkere felt, jo flere tiltak${lo === 0 ? ', og felt med 0 har stiplet kant' : ''}. ` +
          `Flest tiltak (${n(hi)}) har ${pairText(most)}. ${gaps} ` +
          `Kolonnen «${MATRIX_OTHER_LABEL}» teller tiltak med målgruppen der beskrivelsen sier noe om organiseringen som ikke passer ` +
          `i de fire kategoriene (${n(other)} av ${n(total)} tiltak), og «${MATRIX_SILENT_LABEL}» dem der beskrivelsen ikke sier hvordan ` +
          `tiltaket er organisert (${n(silent)} av ${n(total)}), så et lite tall i et felt kan også komme av at beskrivelsene er tause.`,
      ],
      [
        'Kartleggingen har ingen slik figur; krysningen er nettstedets egen. Rapporten skriver at ',
        {
          quote:
            'For tiltak som er rettet mot enkeltelever, fremhever undersøkelsen at de emosjonelle og sosiale aspektene ved målgruppen er mer fremtredende.',
          source: survey('2.1.2 Målgruppe'),
        },
        ` Av de ${n(oneToOne.length)} tiltakene som er organisert 1:1, gjelder ${n(emotional.inOne)} (${share(emotional.inOne, oneToOne.length)}) ` +
          `elever med ${emotional.label}, mot ${share(emotional.inAll, total)} av alle tiltakene, og ${n(social.inOne)} ` +
          `(${share(social.inOne, oneToOne.length)}) elever med ${social.label}, mot ${share(social.inAll, total)} av alle. ` +
          (emotional.higher && social.higher
            ? 'Det peker i samme retning som rapporten, men tallene er små.'
            : 'Det peker ikke klart i samme retning som rapporten.'),
      ],
    ],
    source: `Beregnet fra beskrivelsene av de ${n(total)} tiltakene i ${input.cite(survey('7 Vedlegg: Individrettede tiltak'))}`,
    columns: [
      ...organisationTerms.map((t) => ({ key: t.slug, label: t.label })),
      { key: 'annet', label: MATRIX_OTHER_LABEL, kind: 'other' as const },
      { key: 'ikke-oppgitt', label: MATRIX_SILENT_LABEL, kind: 'silent' as const },
    ],
    rows: matrixRows,
    table: {
      rowHeader: FACETS.targetGroups.label,
      columns: [
        ...organisationTerms.map((t) => t.label),
        'Annen organisering',
        `Organisering ${MATRIX_SILENT_LABEL.toLowerCase()}`,
        'Alle med målgruppen',
      ],
      groups: [
        {
          rows: rows.map((r, i) => ({
            header: r.term.label,
            href: matrixRows[i]!.href,
            cells: [
              ...r.cells.map((c) => ({ n: c.count, as: 'count' as const })),
              { n: r.other, as: 'count' as const },
              { n: r.silent, as: 'count' as const },
              { n: r.count, as: 'count' as const },
            ],
          })),
        },
      ],
    },
  };
}

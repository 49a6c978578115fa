/** All the figures, in the order /figurer/ shows them, and how to build one. */
import type { Figure } from '../../lib/figures';
import { keyFigure, levelFigure, teeFigure } from './assessment';
import type { FigureInput } from './input';
import {
  academicFigure,
  ageProgrammeFigure,
  coverageFigure,
  goalsFigure,
  municipalityFigure,
  organisationFigure,
  schoolFigure,
  socialFigure,
  targetGroupFigure,
} from './measures';
import { STATISTIC_FIGURES, statisticFigures } from './statistics';

export type { FigureInput } from './input';
export { STATISTIC_FIGURES } from './statistics';

export interface FigureSection {
  id: string;
  title: string;
  intro: string;
  figures: readonly string[];
}

export const FIGURE_SECTIONS: readonly FigureSection[] = [
  {
    id: 'tiltakene',
    title: 'Tiltakene etter kartleggingens kategorier',
    intro:
      'Kartleggingen fra 2025 viser svarene fra spørreundersøkelsen i figurer. Her er de samme kategoriene talt opp på nytt fra ' +
      'beskrivelsene av de 60 tiltakene, og sammenlignet med det rapporten skriver.',
    figures: [
      'hovedmal',
      'malgruppe',
      'organisering',
      'faglige-aktiviteter',
      'sosiale-aktiviteter',
      'alder-og-program',
    ],
  },
  {
    id: 'skoler-og-kommuner',
    title: 'Skoler og kommuner',
    intro: 'Hvor tiltakene er meldt inn fra.',
    figures: ['tiltak-per-skole', 'tiltak-per-kommune'],
  },
  {
    id: 'kombinasjoner',
    title: 'Kombinasjoner og hull',
    intro: 'Hvilke målgrupper som får tiltak organisert på hvilken måte, og hvor det er få eller ingen tiltak.',
    figures: ['malgruppe-og-organisering'],
  },
  {
    id: 'redaksjonell-vurdering',
    title: 'Redaksjonell vurdering',
    intro:
      'Hvor redaksjonen plasserer tiltakene i partnerskapets kunnskapsgrunnlag. Dette er nettstedets egen vurdering, ikke tall fra kildene.',
    figures: ['nivaer', 'fire-t', 'nokler'],
  },
  {
    id: 'statistikk',
    title: 'Statistikk om unge',
    intro: 'Tallene fra kildene som figurer, uten avrunding og uten tall som ikke står i kildene.',
    figures: STATISTIC_FIGURES.map((f) => f.id),
  },
];

/** The figures a service's page shows, by the service's id (content/tjenester/). */
export const SERVICE_FIGURES: Readonly<Record<string, readonly string[]>> = {
  oppfolgingstjenesten: ['ot-tilbud-2024-2025', 'ot-tilmeldte-2020-2021'],
  'smi-melsom': ['smi-etter-skolegang'],
};

/** The builders of the measures' figures; each figure carries its own id, which the sections name. */
const MEASURE_FIGURES: readonly ((input: FigureInput) => Figure)[] = [
  goalsFigure,
  targetGroupFigure,
  organisationFigure,
  academicFigure,
  socialFigure,
  ageProgrammeFigure,
  schoolFigure,
  municipalityFigure,
  coverageFigure,
  levelFigure,
  teeFigure,
  keyFigure,
];

const byId = (figures: readonly Figure[]) => new Map(figures.map((f) => [f.id, f]));

/**
 * The figures of the measures alone (no statistics), in the sections' order: what one edition's
 * figures page shows, built from that edition's measures.
 */
export function buildMeasureFigures(input: FigureInput): Figure[] {
  const built = byId(MEASURE_FIGURES.map((build) => build(input)));
  return FIGURE_SECTIONS.flatMap((s) => s.figures.flatMap((id) => built.get(id) ?? []));
}

/** Every figure, in the sections' order. */
export function buildFigures(input: FigureInput): Figure[] {
  const built = byId([...MEASURE_FIGURES.map((build) => build(input)), ...statisticFigures(input)]);
  return FIGURE_SECTIONS.flatMap((s) =>
    s.figures.map((id) => {
      const figure = built.get(id);
      if (!figure) throw new Error(`Ukjent figur «${id}»`);
      return figure;
    }),
  );
}

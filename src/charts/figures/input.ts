/** What the figures are built from: plain content, the same in the build and in the unit tests. */
import type { SourceRef } from '../../lib/figures';
import type { AssessedData, MeasureData, MeasureLike } from '../../lib/measures';
import { MEASURE_REPORT } from '../../lib/source-text';

export type FigureMeasure = MeasureLike<MeasureData & AssessedData>;

export interface FigureSchool {
  id: string;
  shortName: string;
  municipality: string;
}

export interface StatPoint {
  label: string;
  value: number;
  area?: string | undefined;
  period?: string | undefined;
}

export interface StatDataset {
  id: string;
  title: string;
  unit: string;
  area: string;
  period: string;
  source: SourceRef;
  points: readonly StatPoint[];
}

export interface FigureInput {
  measures: readonly FigureMeasure[];
  schools: readonly FigureSchool[];
  datasets: readonly StatDataset[];
  /** A source reference as one line of text ("Vestfold fylkeskommune: Individrettede tiltak … (2025), 2.1.2"). */
  cite: (ref: SourceRef) => string;
}

/** One data set by id; fails loudly if the content changed under a figure. */
export function dataset(input: FigureInput, id: string): StatDataset {
  const found = input.datasets.find((d) => d.id === id);
  if (!found) throw new Error(`Fant ikke datasettet «${id}» i statistikken`);
  return found;
}

/** One data point's value by its label; fails loudly if it is missing. */
export function pointValue(set: StatDataset, label: string): number {
  const point = set.points.find((p) => p.label === label);
  if (!point) throw new Error(`Fant ikke punktet «${label}» i datasettet «${set.id}»`);
  return point.value;
}

/** Where the survey's own figures come from, quoted in the notes of the measure figures. */
export const SURVEY = MEASURE_REPORT;

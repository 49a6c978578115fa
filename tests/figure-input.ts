/**
 * The figures' input read straight from the content folders (without Astro), with the schema's defaults
 * filled in, so the unit tests build the same figures the site does and check them against the files.
 */
import type { FigureInput, FigureMeasure, StatDataset } from '../src/charts/figures/input';
import { compareNb } from '../src/lib/format';
import { sortByName } from '../src/lib/measures';
import { readCollection } from './content';

export interface MeasureFile {
  name: string;
  schools: string[];
  programmes?: string[];
  goals?: string[];
  targetGroups?: string[];
  ageGroups?: string[];
  organisation?: string[];
  academicActivities?: string[];
  socialActivities?: string[];
  assessment?: Partial<Record<'levels' | 'tees' | 'keys' | 'themes', { value: string | number; why: string }[]>>;
}

export const FACET_FIELDS = [
  'programmes',
  'goals',
  'targetGroups',
  'ageGroups',
  'organisation',
  'academicActivities',
  'socialActivities',
] as const;

export const measureFiles = () => readCollection<MeasureFile>('tiltak');

export function contentMeasures(): FigureMeasure[] {
  return sortByName(
    measureFiles().map((e) => {
      const facet = (field: (typeof FACET_FIELDS)[number]) => e.data[field] ?? [];
      return {
        id: e.id,
        data: {
          name: e.data.name,
          schools: e.data.schools.map((id) => ({ id })),
          programmes: facet('programmes'),
          goals: facet('goals'),
          targetGroups: facet('targetGroups'),
          ageGroups: facet('ageGroups'),
          organisation: facet('organisation'),
          academicActivities: facet('academicActivities'),
          socialActivities: facet('socialActivities'),
          assessment: { levels: [], tees: [], keys: [], themes: [], ...e.data.assessment },
        },
      };
    }),
  );
}

interface DatasetFile extends Omit<StatDataset, 'id' | 'source'> {
  source: { document: string; section: string };
}

export function contentDatasets(): StatDataset[] {
  return readCollection<DatasetFile>('statistikk').map((e) => ({ ...e.data, id: e.id }));
}

export function contentFigureInput(): FigureInput {
  const sources = new Map(
    readCollection<{ title: string; publisher: string; date: string }>('kilder').map((s) => [s.id, s.data]),
  );
  return {
    measures: contentMeasures(),
    schools: readCollection<{ shortName: string; municipality: string }>('skoler')
      .map((s) => ({ id: s.id, shortName: s.data.shortName, municipality: s.data.municipality }))
      .sort((a, b) => compareNb(a.shortName, b.shortName)),
    datasets: contentDatasets(),
    cite: ({ document, section }) => {
      const source = sources.get(document);
      if (!source) throw new Error(`Ukjent kilde: «${document}»`);
      return `${source.publisher}: ${source.title} (${source.date}), ${section}`;
    },
  };
}

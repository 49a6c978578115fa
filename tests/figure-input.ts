/**
 * The figures' input read straight from the content folders (without Astro), with the schema's defaults
 * filled in, so the unit tests build the same figures the site does and check them against the files.
 */
import type { FigureInput, FigureMeasure, StatDataset } from '../src/charts/figures/input';
import { compareNb } from '../src/lib/format';
import { sortByName } from '../src/lib/measures';
import { readCollection, readMeasures } from './content';

export const measureFiles = readMeasures;

export function contentMeasures(): FigureMeasure[] {
  return sortByName(
    measureFiles().map((e) => {
      return {
        id: e.id,
        data: {
          name: e.data.name,
          schools: e.data.schools.map((id) => ({ id })),
          programmes: e.data.programmes,
          goals: e.data.goals,
          targetGroups: e.data.targetGroups,
          ageGroups: e.data.ageGroups,
          organisation: e.data.organisation,
          academicActivities: e.data.academicActivities,
          socialActivities: e.data.socialActivities,
          goalsOther: e.data.goalsOther,
          targetGroupsOther: e.data.targetGroupsOther,
          organisationOther: e.data.organisationOther,
          academicActivitiesOther: e.data.academicActivitiesOther,
          assessment: e.data.assessment,
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

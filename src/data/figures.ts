/** The figures built from the collections: the pages and the download files (CSV, SVG) all read these. */
import { getCollection } from 'astro:content';
import { buildFigures, buildMeasureFigures, type FigureInput } from '../charts/figures';
import type { Figure } from '../lib/figures';
import { getMeasures, getSchools, getSources, oncePerBuild, type Measure } from '.';

/** What the figures are built from; `measures` (by default every running measure) can be a part of them. */
export async function getFigureInput(measures?: readonly Measure[]): Promise<FigureInput> {
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  return {
    measures: measures ?? (await getMeasures()),
    schools: (await getSchools()).map((s) => ({
      id: s.id,
      shortName: s.data.shortName,
      municipality: s.data.municipality,
    })),
    datasets: (await getCollection('statistikk')).map((d) => ({
      ...d.data,
      id: d.id,
      source: { document: d.data.source.document.id, section: d.data.source.section },
    })),
    cite: ({ document, section }) => {
      const source = sources.get(document);
      if (!source) throw new Error(`Ukjent kilde: «${document}»`);
      return `${source.publisher}: ${source.title} (${source.date}), ${section}`;
    },
  };
}

/** All figures, built once per build: the figure pages, the downloads and every page with a figure share them. */
export const getFigures: () => Promise<Figure[]> = oncePerBuild(async () => buildFigures(await getFigureInput()));

/** The measure figures of one edition: the same figures, counting only the measures from that edition. */
export async function getEditionFigures(edition: string): Promise<Figure[]> {
  const measures = (await getMeasures()).filter((m) => m.data.edition.id === edition);
  return buildMeasureFigures(await getFigureInput(measures));
}

/** One figure by id; fails loudly on an unknown id. */
export async function getFigure(id: string): Promise<Figure> {
  const figure = (await getFigures()).find((f) => f.id === id);
  if (!figure) throw new Error(`Ukjent figur «${id}»`);
  return figure;
}

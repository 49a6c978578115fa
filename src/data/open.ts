/** The open data, built once from the collections (Astro-bound; the shapes live in src/lib/open-data.ts). */
import { byId, getAllMeasures, getSchools } from '.';
import { LICENCE, openDataSchema, toOpenMeasure, type OpenData } from '../lib/open-data';

export async function getOpenData(site: URL): Promise<OpenData> {
  const school = byId(await getSchools(), 'skole');
  const measures = (await getAllMeasures()).map((m) => toOpenMeasure(m, site, (id) => school(id).data.name));
  return openDataSchema.parse({
    title: 'Individrettede tiltak i videregående opplæring i Vestfold (kartleggingen 2025)',
    licence: LICENCE,
    count: measures.length,
    measures,
  });
}

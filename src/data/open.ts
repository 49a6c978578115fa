/** The open data, built once from the collections (Astro-bound; the shapes live in src/lib/open-data.ts). */
import { byId, getAllMeasures, getSchools, getSources, oncePerBuild } from '.';
import { toCsv } from '../lib/csv';
import { labelOf, municipalities } from '../lib/facets';
import { CSV_COLUMNS, LICENCE, openDataSchema, toOpenMeasure, type OpenData, type OpenMeasure } from '../lib/open-data';
import { MEASURE_REPORT } from '../lib/source-text';
import { dataDate, measuresWorkbook } from '../lib/workbook';

const TITLE = 'Individrettede tiltak i videregående opplæring i Vestfold (kartleggingen 2025)';

export async function getOpenData(site: URL | undefined): Promise<OpenData> {
  const school = byId(await getSchools(), 'skole');
  const measures = (await getAllMeasures()).map((m) =>
    toOpenMeasure(m, site, (id) => {
      const { name, municipality } = school(id).data;
      return { name, municipality: { id: municipality, name: labelOf(municipalities, municipality) } };
    }),
  );
  return openDataSchema.parse({ title: TITLE, licence: LICENCE, count: measures.length, measures });
}

/** The open measures by id, built once per build for the per-municipality and per-school files. */
const openById = oncePerBuild(async () => {
  // Without SITE_URL the build has no site address, and the files carry relative URLs (src/lib/deploy.ts).
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return new Map((await getOpenData(site)).measures.map((m) => [m.id, m]));
});

/** The open form of some measures (a municipality's, a school's), in their order. */
export async function openMeasures(ids: readonly string[]): Promise<OpenMeasure[]> {
  const byId = await openById();
  return ids.map((id) => byId.get(id)!);
}

export function csvResponse(measures: readonly OpenMeasure[]): Response {
  const csv = toCsv(
    CSV_COLUMNS.map(([name]) => name),
    measures.map((m) => CSV_COLUMNS.map(([, cell]) => cell(m))),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** The workbook of some measures; every date in it is the survey report's date (content/kilder/). */
export async function xlsxResponse(measures: readonly OpenMeasure[], title: string): Promise<Response> {
  const source = (await getSources()).find((s) => s.id === MEASURE_REPORT);
  if (!source) throw new Error(`Ukjent kilde: «${MEASURE_REPORT}»`);
  const { publisher, date } = source.data;
  const body = await measuresWorkbook(measures, {
    title,
    source: `${publisher}: ${source.data.title} (${date})`,
    licence: LICENCE,
    date: dataDate(date),
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}

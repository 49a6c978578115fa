import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open';
import { toCsv } from '../../lib/csv';
import { CSV_COLUMNS } from '../../lib/open-data';

/** One row per measure, UTF-8 with BOM so Excel reads æ, ø and å. */
export const GET: APIRoute = async ({ site }) => {
  const { measures } = await getOpenData(site);
  const csv = toCsv(
    CSV_COLUMNS.map(([name]) => name),
    measures.map((m) => CSV_COLUMNS.map(([, cell]) => cell(m))),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { byId, getMeasures, getSchools } from '../../data';
import { toOpenMeasure } from '../../lib/open-data';

/** All measures as open data, built from the collection at build time. */
export const GET: APIRoute = async ({ site }) => {
  const school = byId(await getSchools(), 'skole');
  const measures = (await getMeasures()).map((m) => toOpenMeasure(m, site!, (id) => school(id).data.name));
  return new Response(JSON.stringify({ count: measures.length, measures }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

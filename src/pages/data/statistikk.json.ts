import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { LICENCE } from '../../lib/open-data';

/** Every number about young people, with unit, area, period and source. */
export const GET: APIRoute = async () => {
  const datasets = (await getCollection('statistikk')).map(({ id, data }) => ({
    id,
    ...data,
    source: { document: data.source.document.id, section: data.source.section },
  }));
  return new Response(JSON.stringify({ licence: LICENCE, count: datasets.length, datasets }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

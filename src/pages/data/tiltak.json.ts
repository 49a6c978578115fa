import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open';

/** All measures as open data, built from the collection and checked against its schema at build time. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await getOpenData(site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

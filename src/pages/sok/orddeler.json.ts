/**
 * The parts of the site's compound words (src/lib/norwegian.ts: compoundVocabulary), for the search
 * page: when a reader's word finds less than a page of results, the script splits it with these and
 * searches the parts too. Fetched only then, so a first search does not pay for it.
 */
import type { APIRoute } from 'astro';
import { siteVocabulary } from '../../data';
import { compoundVocabulary } from '../../lib/norwegian';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(compoundVocabulary(await siteVocabulary())), {
    headers: { 'Content-Type': 'application/json' },
  });

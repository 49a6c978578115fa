/**
 * The words of the site's texts, commonest first (src/lib/spelling.ts: wordList), for the search page's
 * speller: when a reader's word finds nothing at all, the script searches the nearest of these instead
 * and says so. Fetched only then, so no other search pays for it.
 */
import type { APIRoute } from 'astro';
import { siteTexts } from '../../data';
import { wordList } from '../../lib/spelling';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(wordList(await siteTexts())), { headers: { 'Content-Type': 'application/json' } });

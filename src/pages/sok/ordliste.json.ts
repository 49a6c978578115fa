/**
 * The words of the site's texts, commonest first (src/lib/spelling.ts: wordList), for the search page's
 * speller: when a reader's word may be misspelt (a word of a phrase, a word with less than a page of
 * results, or one Pagefind cut back to a shorter word), the script checks it against these and searches
 * the nearest instead, and says so. Fetched only then, so a first search for a word of the texts does
 * not pay for it.
 */
import type { APIRoute } from 'astro';
import { siteTexts } from '../../data';
import { wordList } from '../../lib/spelling';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(wordList(await siteTexts())), { headers: { 'Content-Type': 'application/json' } });

/** /endringer.xml: the changes as an Atom feed (src/lib/feed.ts). */
import type { APIRoute } from 'astro';
import { getChanges } from '../data/changes';
import { changesFeed } from '../lib/feed';

export const GET: APIRoute = async ({ site }) =>
  new Response(changesFeed(await getChanges(), site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });

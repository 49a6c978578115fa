import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { openDataSchema } from '../../lib/open-data';

/** JSON Schema of tiltak.json, generated from the same zod schema that checks the file; an $id only on a known host (SITE_URL). */
export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      {
        ...z.toJSONSchema(openDataSchema),
        ...(site && { $id: new URL('/data/tiltak.schema.json', site).href }),
        title: 'tiltak.json',
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );

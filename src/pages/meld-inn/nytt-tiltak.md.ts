/** /meld-inn/nytt-tiltak.md: the blank measure file with every field explained, as `npm run nytt-tiltak` writes it. */
import type { APIRoute } from 'astro';
import { getEditions, getSchools, getSources } from '../../data';
import { measureFile } from '../../lib/scaffold';

export const GET: APIRoute = async () => {
  const text = measureFile({
    name: '',
    school: '',
    schools: (await getSchools()).map((s) => ({ id: s.id, name: s.data.name })),
    sources: (await getSources()).map((s) => s.id).sort(),
    editions: (await getEditions()).map((e) => e.id),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

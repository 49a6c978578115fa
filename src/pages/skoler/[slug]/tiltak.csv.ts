import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeasures, getSchools, type School } from '../../../data';
import { csvResponse, openMeasures } from '../../../data/open';
import { atSchool } from '../../../lib/measures';

export const getStaticPaths = (async () =>
  (await getSchools()).map((school) => ({ params: { slug: school.id }, props: { school } }))) satisfies GetStaticPaths;

/** One school's measures, as on its page. */
export const GET: APIRoute<{ school: School }> = async ({ props: { school } }) => {
  const measures = await openMeasures(atSchool(await getMeasures(), school.id).map((m) => m.id));
  return csvResponse(measures);
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeasures, getSchools } from '../../../data';
import { xlsxResponse, openMeasures } from '../../../data/open';
import { municipalities, type Term } from '../../../lib/facets';
import { atSchools } from '../../../lib/measures';

export const getStaticPaths = (() =>
  municipalities.terms.map((term) => ({ params: { slug: term.slug }, props: { term } }))) satisfies GetStaticPaths;

/** The measures at the schools in one municipality, as on its page. */
export const GET: APIRoute<{ term: Term }> = async ({ props: { term } }) => {
  const local = (await getSchools()).filter((s) => s.data.municipality === term.slug).map((s) => s.id);
  const measures = await openMeasures(atSchools(await getMeasures(), local).map((m) => m.id));
  return xlsxResponse(measures, `Tiltakene ved skolene i ${term.label}`);
};

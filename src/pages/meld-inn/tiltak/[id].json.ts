/** /meld-inn/tiltak/<id>.json: a measure as the form on /meld-inn/ starts from it («Meld fra om endring»). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllMeasures, type Measure } from '../../../data';
import { proposalOf } from '../../../lib/proposal';

export const getStaticPaths = (async () =>
  (await getAllMeasures()).map((measure) => ({
    params: { id: measure.id },
    props: { measure },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ measure: Measure }> = ({ props }) =>
  new Response(JSON.stringify(proposalOf(props.measure)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

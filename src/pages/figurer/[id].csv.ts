import type { APIRoute, GetStaticPaths } from 'astro';
import { getFigures } from '../../data/figures';
import { toCsv, type Figure } from '../../lib/figures';

/** Each figure's numbers as a CSV file (/figurer/<id>.csv), from the same table the page shows. */
export const getStaticPaths = (async () =>
  (await getFigures()).map((figure) => ({ params: { id: figure.id }, props: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(toCsv(props.figure.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

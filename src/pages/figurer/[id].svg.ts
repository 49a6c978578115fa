import type { APIRoute, GetStaticPaths } from 'astro';
import { renderFigure } from '../../charts/render';
import { getFigures } from '../../data/figures';
import type { Figure } from '../../lib/figures';

/** Each figure as an SVG file of its own (/figurer/<id>.svg): the page's chart with its title, source and colours inside. */
export const getStaticPaths = (async () =>
  (await getFigures()).map((figure) => ({ params: { id: figure.id }, props: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(renderFigure(props.figure, { standalone: true }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

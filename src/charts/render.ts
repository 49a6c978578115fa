/** A figure as SVG, whatever its kind: for the page (inline) and for the download (a file of its own). */
import type { Figure } from '../lib/figures';
import { renderBarChart, type RenderOptions } from './bar-chart';
import { renderMatrix } from './matrix';

export function renderFigure(figure: Figure, options: RenderOptions = {}): string {
  return figure.kind === 'bar' ? renderBarChart(figure, options) : renderMatrix(figure, options);
}

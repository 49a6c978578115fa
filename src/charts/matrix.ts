/**
 * The heat map (figure 8) as an SVG string: rows are one facet, columns another, each cell the number of
 * measures with both. The number is written in every cell, darker cells hold more, and empty cells have a
 * dashed edge, so the gaps show without colour. A row's label sits above its cells, so it reads at 320 px.
 */
import { scaleQuantize } from 'd3-scale';
import { formatNumber } from '../lib/format';
import type { MatrixFigure } from '../lib/figures';
import { CLASS, DARK_STEPS, HEAT_STEPS, heatClass } from './palette';
import { esc, r2, svgElement, textLines, WIDTH, wrap, type Hit } from './svg';
import type { RenderOptions } from './bar-chart';

const HEAD_SIZE = 15;
const COLUMN_SIZE = 12;
const COLUMN_LINE = 14;
const LABEL_SIZE = 14;
const LABEL_LINE = 18;
const CELL_HEIGHT = 30;
const CELL_PAD = 2;
const ROW_GAP = 10;

/** The shade of a cell: 0 for none, then 1 to HEAT_STEPS in equal bands up to the largest count. */
export function heatStep(value: number, max: number): number {
  if (value <= 0) return 0;
  if (max <= 1) return 1;
  const steps = Array.from({ length: HEAT_STEPS }, (_, i) => i + 1);
  return scaleQuantize<number>().domain([1, max]).range(steps)(value);
}

export function renderMatrix(figure: MatrixFigure, options: RenderOptions = {}): string {
  const standalone = options.standalone ?? false;
  const columnWidth = WIDTH / figure.columns.length;
  const counted = figure.columns.map((c) => c.kind === undefined);
  const max = Math.max(0, ...figure.rows.flatMap((r) => r.cells.filter((_, i) => counted[i]).map((c) => c.value)));
  const parts: string[] = [];
  const hits: Hit[] = [];
  parts.push(textLines([`${figure.columnTitle}:`], { x: 0, y: HEAD_SIZE, lineHeight: 0, className: CLASS.group }));
  let y = HEAD_SIZE + 8;
  const headers = figure.columns.map((c) => wrap(c.label, columnWidth - 4, COLUMN_SIZE));
  const headerLines = Math.max(...headers.map((h) => h.length));
  headers.forEach((lines, i) => {
    parts.push(
      textLines(lines, {
        x: r2(i * columnWidth + columnWidth / 2),
        y: y + COLUMN_SIZE,
        lineHeight: COLUMN_LINE,
        className: CLASS.column,
        anchor: 'middle',
      }),
    );
  });
  y += headerLines * COLUMN_LINE + 8;
  for (const row of figure.rows) {
    const lines = wrap(row.label, WIDTH, LABEL_SIZE);
    const labelClass = row.href && !standalone ? `${CLASS.label} ${CLASS.labelLink}` : CLASS.label;
    parts.push(textLines(lines, { x: 0, y: y + LABEL_SIZE, lineHeight: LABEL_LINE, className: labelClass }));
    if (row.href) hits.push({ href: row.href, x: 0, y, width: WIDTH, height: lines.length * LABEL_LINE + 2 });
    y += lines.length * LABEL_LINE + 4;
    row.cells.forEach((cell, i) => {
      const step = counted[i] ? heatStep(cell.value, max) : -1;
      const shade = step < 0 ? CLASS.cellSilent : heatClass(step);
      const onDark = DARK_STEPS.includes(step) ? ` ${CLASS.cellValueOnDark}` : '';
      const x0 = i * columnWidth + CELL_PAD;
      const rect = `<rect class="${CLASS.cell} ${shade}" x="${r2(x0)}" y="${r2(y)}" width="${r2(columnWidth - 2 * CELL_PAD)}" height="${CELL_HEIGHT}"/>`;
      const text =
        `<text class="${CLASS.cellValue}${onDark}" x="${r2(x0 + columnWidth / 2 - CELL_PAD)}" y="${r2(y + CELL_HEIGHT / 2 + 5)}" ` +
        `text-anchor="middle">${esc(formatNumber(cell.value))}</text>`;
      parts.push(rect + text);
      if (counted[i] && cell.href) {
        hits.push({ href: cell.href, x: x0, y, width: columnWidth - 2 * CELL_PAD, height: CELL_HEIGHT });
      }
    });
    y += CELL_HEIGHT + ROW_GAP;
  }
  return svgElement({
    id: `figur-${figure.id}`,
    title: figure.title,
    summary: figure.summary,
    source: figure.source,
    height: y - ROW_GAP + 4,
    body: parts.join(''),
    hits,
    standalone,
  });
}

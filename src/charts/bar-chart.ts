/**
 * The one horizontal bar chart (figures 1–7, 9 and 10), as an SVG string: D3 computes the scale at build
 * time, and the browser gets plain SVG. Each bar has its label on the line above it (long labels wrap,
 * so the chart reads at 320 px) and its number just past its end, so nothing depends on colour alone.
 */
import { scaleLinear } from 'd3-scale';
import { barText, maxValue, type Bar, type BarFigure } from '../lib/figures';
import { CLASS } from './palette';
import { esc, r2, svgElement, textLines, textWidth, WIDTH, wrap, type Hit } from './svg';

const LABEL_SIZE = 14;
const LABEL_LINE = 18;
const GROUP_SIZE = 15;
const GROUP_LINE = 19;
const VALUE_SIZE = 14;
const BAR_HEIGHT = 20;
const BAR_GAP = 14;
const VALUE_GAP = 6;

export interface RenderOptions {
  /** A file of its own (title, source line and CSS inside, no links) rather than a part of a page. */
  standalone?: boolean;
}

/** The horizontal scale: from 0 to the largest value, leaving room for the longest number past the bar. */
export function barScale(figure: BarFigure) {
  const texts = figure.groups.flatMap((g) => g.bars.map((b) => barText(b, figure.unit)));
  const room = Math.max(0, ...texts.map((t) => textWidth(t, VALUE_SIZE, true))) + VALUE_GAP + 2;
  return scaleLinear()
    .domain([0, maxValue(figure.groups) || 1])
    .range([0, WIDTH - room]);
}

function barClass(bar: Bar): string {
  if (bar.kind === 'total') return `${CLASS.bar} ${CLASS.barTotal}`;
  // «Annet» and «ikke oppgitt» are not categories: both grey, told apart by their labels.
  if (bar.kind === 'silent' || bar.kind === 'other') return `${CLASS.bar} ${CLASS.barSilent}`;
  return CLASS.bar;
}

export function renderBarChart(figure: BarFigure, options: RenderOptions = {}): string {
  const standalone = options.standalone ?? false;
  const x = barScale(figure);
  const parts: string[] = [];
  const hits: Hit[] = [];
  let y = 0;
  figure.groups.forEach((group, gi) => {
    if (group.label !== undefined) {
      if (gi > 0) y += 10;
      const lines = wrap(group.label, WIDTH, GROUP_SIZE);
      parts.push(textLines(lines, { x: 0, y: y + GROUP_SIZE, lineHeight: GROUP_LINE, className: CLASS.group }));
      y += lines.length * GROUP_LINE + 6;
    }
    for (const bar of group.bars) {
      const lines = wrap(bar.label, WIDTH, LABEL_SIZE);
      const linked = bar.href !== undefined && !standalone;
      const labelClass = [
        CLASS.label,
        (bar.kind === 'silent' || bar.kind === 'other') && CLASS.labelSilent,
        linked && CLASS.labelLink,
      ]
        .filter(Boolean)
        .join(' ');
      const label = textLines(lines, { x: 0, y: y + LABEL_SIZE, lineHeight: LABEL_LINE, className: labelClass });
      const top = y;
      y += lines.length * LABEL_LINE + 4;
      const end = x(bar.value);
      const rect = `<rect class="${barClass(bar)}" x="0" y="${r2(y)}" width="${r2(end)}" height="${BAR_HEIGHT}"/>`;
      const range =
        bar.max === undefined
          ? ''
          : `<rect class="${CLASS.range}" x="${r2(end)}" y="${r2(y)}" width="${r2(x(bar.max) - end)}" height="${BAR_HEIGHT}"/>`;
      const axis = `<line class="${CLASS.axis}" x1="0" x2="0" y1="${r2(y - 2)}" y2="${r2(y + BAR_HEIGHT + 2)}"/>`;
      const value =
        `<text class="${CLASS.value}" x="${r2(x(bar.max ?? bar.value) + VALUE_GAP)}" y="${r2(y + BAR_HEIGHT / 2 + VALUE_SIZE * 0.35)}">` +
        `${esc(barText(bar, figure.unit))}</text>`;
      parts.push(`<g>${label}${rect}${range}${axis}${value}</g>`);
      if (bar.href) hits.push({ href: bar.href, x: 0, y: top, width: WIDTH, height: y + BAR_HEIGHT + 4 - top });
      y += BAR_HEIGHT + BAR_GAP;
    }
  });
  return svgElement({
    id: `figur-${figure.id}`,
    title: figure.title,
    summary: figure.summary,
    source: figure.source,
    height: y - BAR_GAP + 4,
    body: parts.join(''),
    hits,
    standalone,
  });
}

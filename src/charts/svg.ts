/**
 * Shared pieces of the SVG renderers: escaping, text measuring and wrapping, and the <svg> element
 * itself, for a page (accessible name and description, classes for the page's CSS) or as a file.
 */
import { CLASS, standaloneCss } from './palette';

/** The width of every chart in SVG units; it scales to the page with viewBox, so text stays legible on a phone. */
export const WIDTH = 320;

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A rough width of a text in a sans-serif font: the average glyph is a little over half the font size,
 * a bold one wider. Generous on purpose: the fonts differ between systems.
 */
export const textWidth = (text: string, size: number, bold = false): number =>
  [...text].length * size * (bold ? 0.66 : 0.56);

/** Breaks a text into lines that fit a width (a word longer than the width gets a line of its own). */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text as one <text> element, the first baseline at y. */
export function textLines(
  lines: readonly string[],
  opts: { x: number; y: number; lineHeight: number; className: string; anchor?: 'middle' },
): string {
  const anchor = opts.anchor ? ` text-anchor="${opts.anchor}"` : '';
  const spans = lines
    .map((l, i) => `<tspan x="${opts.x}" ${i === 0 ? `y="${opts.y}"` : `dy="${opts.lineHeight}"`}>${esc(l)}</tspan>`)
    .join('');
  return `<text class="${opts.className}"${anchor}>${spans}</text>`;
}

/** An area of the chart that links somewhere: a bar with its label, a cell of the heat map. */
export interface Hit {
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The chart's links, as a transparent layer laid over the image: the image itself (role="img") must not
 * contain links, since an image's content is hidden from assistive technology. The layer is for pointer
 * users; it is hidden from screen readers and out of the tab order, because the same links are real
 * links in the figure's table.
 */
export function linkLayer(hits: readonly Hit[], height: number): string {
  if (hits.length === 0) return '';
  const areas = hits
    .map(
      (h) =>
        `<a class="${CLASS.link}" href="${esc(h.href)}" tabindex="-1">` +
        `<rect class="${CLASS.hit}" x="${r2(h.x)}" y="${r2(h.y)}" width="${r2(h.width)}" height="${r2(h.height)}"/></a>`,
    )
    .join('');
  return `<svg class="${CLASS.links}" viewBox="0 0 ${WIDTH} ${r2(height)}" aria-hidden="true" focusable="false">${areas}</svg>`;
}

/** Rounds a coordinate to two decimals, so the SVG stays short. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

export interface SvgParts {
  id: string;
  title: string;
  summary: string;
  source: string;
  height: number;
  body: string;
  /** The linked areas (ignored in a file of its own, where relative links would lead nowhere). */
  hits: readonly Hit[];
  standalone: boolean;
}

const TITLE_SIZE = 16;
const SOURCE_SIZE = 11;

/**
 * The <svg> element. On a page it is an image with a name (its <title>) and a description (the finding
 * in words), styled by the page's CSS. As a file it carries its own title, source line and CSS.
 */
export function svgElement(p: SvgParts): string {
  const titleId = `${p.id}-svg-tittel`;
  const descId = `${p.id}-svg-beskrivelse`;
  const a11y = `<title id="${titleId}">${esc(p.title)}</title><desc id="${descId}">${esc(p.summary)}</desc>`;
  if (!p.standalone) {
    return (
      `<svg class="${CLASS.svg}" viewBox="0 0 ${WIDTH} ${r2(p.height)}" role="img" aria-labelledby="${titleId} ${descId}">` +
      `${a11y}${p.body}</svg>${linkLayer(p.hits, p.height)}`
    );
  }
  const titleLines = wrap(p.title, WIDTH, TITLE_SIZE);
  const head = titleLines.length * 20 + 12;
  const sourceLines = wrap(`Kilde: ${p.source}`, WIDTH, SOURCE_SIZE);
  const foot = sourceLines.length * 14 + 16;
  const height = head + p.height + foot;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="${CLASS.svg}" viewBox="0 0 ${WIDTH} ${r2(height)}" ` +
    `width="${WIDTH * 2}" height="${r2(height * 2)}" role="img" aria-labelledby="${titleId} ${descId}" lang="nb">` +
    `${a11y}<style>${standaloneCss()}</style>` +
    `<rect class="${CLASS.background}" width="${WIDTH}" height="${r2(height)}"/>` +
    textLines(titleLines, { x: 0, y: TITLE_SIZE, lineHeight: 20, className: CLASS.title }) +
    `<g transform="translate(0 ${head})">${p.body}</g>` +
    textLines(sourceLines, { x: 0, y: head + p.height + 24, lineHeight: 14, className: CLASS.source }) +
    `</svg>\n`
  );
}

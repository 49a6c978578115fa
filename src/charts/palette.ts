/**
 * The SVG class names the renderers use, and the chart CSS for a stand-alone SVG file. The colours
 * themselves are in chart-svg.css (the palette, from the Designsystemet theme): a page applies that file
 * to its inline SVG; a downloaded SVG file carries a copy with every CSS variable replaced by the
 * theme's light-mode value, so it looks the same outside the site.
 */
import themeCss from '@digdir/designsystemet-css/theme.css?raw';
import chartCss from './chart-svg.css?raw';

export const CLASS = {
  svg: 'chart-svg',
  background: 'chart-background',
  title: 'chart-title',
  source: 'chart-source',
  group: 'chart-group',
  label: 'chart-label',
  labelSilent: 'chart-label--silent',
  labelLink: 'chart-label--link',
  link: 'chart-link',
  links: 'chart-links',
  hit: 'chart-hit',
  value: 'chart-value',
  bar: 'chart-bar',
  barTotal: 'chart-bar--total',
  barSilent: 'chart-bar--silent',
  range: 'chart-range',
  axis: 'chart-axis',
  column: 'chart-column',
  cell: 'chart-cell',
  cellSilent: 'chart-cell--silent',
  cellValue: 'chart-cell-value',
  cellValueOnDark: 'chart-cell-value--on-dark',
} as const;

/** The heat-map steps: chart-cell--0 (no measures) to chart-cell--4 (the most). */
export const HEAT_STEPS = 4;
export const heatClass = (step: number) => `chart-cell--${step}`;
/** Steps dark enough that their number is written in the light colour. */
export const DARK_STEPS: readonly number[] = [3, 4];

/** Custom property definitions in a CSS text (the first definition of each name wins). */
function definitions(css: string, into = new Map<string, string>()): Map<string, string> {
  for (const [, name, value] of css.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+)/g)) {
    if (!into.has(name!)) into.set(name!, value!.trim());
  }
  return into;
}

/** The theme's light colour scheme: the blocks for `:root` (the site sets no other scheme). */
function lightTheme(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (selector!.split(',').some((s) => s.trim() === ':root')) definitions(body!, out);
  }
  return out;
}

/** Replaces var(--x[, fallback]) with the value of --x, recursively; unknown names keep their fallback. */
export function resolveVars(text: string, values: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 10) throw new Error('CSS-variablene peker på hverandre i ring');
  const resolved = text.replace(/var\((--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_whole, name: string, fallback?: string) => {
    const value = values.get(name) ?? fallback?.trim();
    if (value === undefined) throw new Error(`Ukjent CSS-variabel ${name} i figurenes CSS`);
    return value;
  });
  return resolved.includes('var(') ? resolveVars(resolved, values, depth + 1) : resolved;
}

/** The palette's colours (--chart-*) with the theme's light-mode values filled in. */
export function resolvedPalette(): Map<string, string> {
  const values = definitions(chartCss, lightTheme(themeCss));
  const palette = new Map<string, string>();
  for (const name of definitions(chartCss).keys()) palette.set(name, resolveVars(values.get(name)!, values));
  return palette;
}

/** The chart CSS with the theme's values filled in, for the <style> of a stand-alone SVG file. */
export function standaloneCss(): string {
  const values = definitions(chartCss, lightTheme(themeCss));
  const withoutComments = chartCss.replace(/\/\*[\s\S]*?\*\//g, '');
  // The custom property definitions are no longer needed once every var() is replaced.
  const rules = withoutComments.replace(/^\s*--[\w-]+\s*:[^;]+;\s*$/gm, '');
  return resolveVars(rules, values)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Vite plugin: drops the parts of Designsystemet's theme (and of its base.css, below) the site never
 * uses: the dark colour scheme, the secondary typography and the colour sets no page uses (brand1–3,
 * info, success, danger). About 3 KB of compressed CSS on every page. The site sets none of data-color-scheme="dark",
 * data-typography="secondary" or data-color="brand1" (…); a test checks the built CSS still parses.
 */
import type { Plugin } from 'vite';

const UNUSED_LAYERS = ['ds.theme.color-scheme.dark', 'ds.theme.typography.secondary'];
const UNUSED_COLOR_SETS = ['brand1', 'brand2', 'brand3', 'info', 'success', 'danger'];

/** Removes the custom properties of colour sets, and the rules that select those sets by data-color. */
export function dropColorSets(css: string, sets: readonly string[]): string {
  const names = sets.join('|');
  return css
    .replace(new RegExp(`(?<=[{}])[^{}]*\\[data-color=(?:${names})\\][^{}]*\\{[^{}]*\\}`, 'g'), '')
    .replace(new RegExp(`--ds-color-(?:${names})-[a-z0-9-]+:[^;}]+;?`, 'g'), '')
    .replace(/;}/g, '}');
}

/** Removes top-level `@layer NAME{…}` blocks (balanced braces) from a CSS string. */
export function dropLayers(css: string, names: readonly string[]): string {
  let out = css;
  for (const name of names) {
    const start = out.indexOf(`@layer ${name}{`);
    if (start < 0) throw new Error(`trim-theme: fant ikke @layer ${name} i temaet (ny versjon av Designsystemet?)`);
    let depth = 0;
    let end = start;
    for (let i = out.indexOf('{', start); i < out.length; i++) {
      if (out[i] === '{') depth++;
      else if (out[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/**
 * Removes top-level blocks (a rule, or an at-rule with its nested rules) whose text matches `pattern`,
 * and declarations of custom properties matching `property`. Braces are balanced, so nesting is safe.
 */
export function dropBlocks(css: string, pattern: RegExp, property?: RegExp): string {
  const blocks: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      blocks.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new Error('trim-theme: ubalanserte klammer i CSS');
  // Properties first, so a block that only declares them (among others) is kept without them.
  const withoutProperties = (text: string) =>
    // A value may hold ; inside url(…) or quotes (a data URL's «svg+xml;charset»).
    property
      ? text.replace(new RegExp(`${property.source}:(?:url\\([^)]*\\)|"[^"]*"|[^;}])+;?`, 'g'), '').replace(/;}/g, '}')
      : text;
  return (
    blocks
      .map(withoutProperties)
      .filter((b) => !pattern.test(b))
      .join('') + css.slice(start)
  );
}

/**
 * Designsystemet's base.css defines the focus variables its link and tag styles use (and .ds-sr-only);
 * the rest (checkbox, floating, read-only icon, icon, print helpers) serves components the site does
 * not load, and its icon is a 1 KB data URL on every page.
 */
// The .ds-focus utility classes too: the components the site loads draw focus with the variables.
export const UNUSED_BASE =
  /ds-checkbox--checked|ds-floating|ds-fade-in|ds-readonly-icon|ds-print-preserve|\.ds-icon\b|ds-list--unstyled|\.ds-focus/;
export const UNUSED_BASE_PROPERTIES = /--ds-readonly-icon-[a-z-]+/;

export default function trimTheme(): Plugin {
  return {
    name: 'tiltaksbanken:trim-theme',
    enforce: 'pre',
    transform(code, id) {
      if (/designsystemet-css\/dist\/src\/base\.css/.test(id)) {
        return { code: dropBlocks(code, UNUSED_BASE, UNUSED_BASE_PROPERTIES), map: null };
      }
      if (!/designsystemet-css\/dist\/theme\/designsystemet\.css/.test(id)) return null;
      return { code: dropColorSets(dropLayers(code, UNUSED_LAYERS), UNUSED_COLOR_SETS), map: null };
    },
  };
}

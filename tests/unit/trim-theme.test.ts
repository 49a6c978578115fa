import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dropBlocks,
  dropColorSets,
  dropLayers,
  UNUSED_BASE,
  UNUSED_BASE_PROPERTIES,
} from '../../src/integrations/trim-theme';

describe('dropLayers', () => {
  it('fjerner hele lag med nøstede klammer og lar resten stå', () => {
    const css = '@layer a{x{y:1}}@layer b{@media (c){d{e:2}}}@layer f{g{h:3}}';
    expect(dropLayers(css, ['b'])).toBe('@layer a{x{y:1}}@layer f{g{h:3}}');
  });
  it('fjerner mørkt tema og sekundær typografi fra Designsystemets tema', () => {
    const theme = readFileSync('node_modules/@digdir/designsystemet-css/dist/theme/designsystemet.css', 'utf8');
    const trimmed = dropLayers(theme, ['ds.theme.color-scheme.dark', 'ds.theme.typography.secondary']);
    expect(trimmed).not.toContain('color-scheme.dark');
    expect(trimmed).toContain('ds.theme.color-scheme.light');
    expect(trimmed.length).toBeLessThan(theme.length - 10_000);
  });
  it('feiler tydelig når et lag mangler', () => {
    expect(() => dropLayers('@layer a{}', ['b'])).toThrow(/fant ikke @layer b/);
  });
});

describe('dropColorSets', () => {
  it('fjerner fargesettets variabler og hele reglene som velger det, også i selektorlister', () => {
    const css =
      ':root{--ds-color-brand1-x:#fff;--ds-color-accent-x:#000}[data-color-scheme][data-color=brand1],[data-color=brand1]{--a:var(--ds-color-brand1-x)}p{color:red}';
    expect(dropColorSets(css, ['brand1'])).toBe(':root{--ds-color-accent-x:#000}p{color:red}');
  });
  it('lar temaet ha like mange åpne som lukkede klammer', () => {
    const theme = readFileSync('node_modules/@digdir/designsystemet-css/dist/theme/designsystemet.css', 'utf8');
    const trimmed = dropColorSets(theme, ['brand1', 'brand2', 'brand3', 'info', 'success']);
    expect(trimmed).not.toMatch(/brand1|brand2|brand3/);
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
    expect(trimmed).not.toMatch(/,\s*\{|\{\s*,|\}\s*,/);
  });
});

describe('dropBlocks', () => {
  it('fjerner hele blokker som treffer, også nøstede og @-regler, og egenskaper som treffer', () => {
    const css =
      ':root{--a:1;--x-icon:url("data:a;b,c")}.keep{b:2}.drop{&[y]{c:3}}@media (m){.drop{d:4}}@keyframes drop{0%{e:5}}';
    expect(dropBlocks(css, /drop/, /--x-[a-z]+/)).toBe(':root{--a:1}.keep{b:2}');
  });
  it('beholder fokusvariablene og .ds-sr-only i Designsystemets base.css, men ikke ikonet', () => {
    const base = readFileSync('node_modules/@digdir/designsystemet-css/dist/src/base.css', 'utf8');
    const trimmed = dropBlocks(base, UNUSED_BASE, UNUSED_BASE_PROPERTIES);
    for (const kept of ['--dsc-focus-outline', '--dsc-focus-boxShadow', '.ds-sr-only', '--ds-icon-size:']) {
      expect(trimmed).toContain(kept);
    }
    expect(trimmed).not.toContain('data:image');
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
    expect(trimmed.length).toBeLessThan(base.length * 0.6);
  });
  it('feiler tydelig på ubalanserte klammer', () => {
    expect(() => dropBlocks('a{b{', /x/)).toThrow(/ubalanserte/);
  });
});

/**
 * The rendered SVG, checked as text: one bar (or cell) per category, bar lengths proportional to the
 * values, the numbers and labels the same as in the figure's table, an accessible name and description,
 * no inline styles or scripts, and a palette whose text colours meet WCAG contrast on their backgrounds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barScale } from '../../src/charts/bar-chart';
import { buildFigures } from '../../src/charts/figures';
import { heatStep } from '../../src/charts/matrix';
import { CLASS, HEAT_STEPS, resolvedPalette, standaloneCss } from '../../src/charts/palette';
import { renderFigure } from '../../src/charts/render';
import { wrap } from '../../src/charts/svg';
import { barText, formatCell, type BarFigure, type MatrixFigure, type NumberCell } from '../../src/lib/figures';
import { formatNumber } from '../../src/lib/format';
import { contentFigureInput } from '../figure-input';

const figures = buildFigures(contentFigureInput());
const bars = figures.filter((f): f is BarFigure => f.kind === 'bar');
const matrices = figures.filter((f): f is MatrixFigure => f.kind === 'matrix');

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (svg: string, element: string, className: string) =>
  [...svg.matchAll(new RegExp(`<${element} class="${className}(?: [^"]*)?"[^>]*>`, 'g'))].map((m) => m[0]);
/** The text of <text> elements with a class, their <tspan> lines joined by spaces. */
const texts = (svg: string, className: string) =>
  [...svg.matchAll(new RegExp(`<text class="${className}(?: [^"]*)?"[^>]*>(.*?)</text>`, 'g'))].map((m) =>
    unescape(
      m[1]!
        .replace(/<tspan[^>]*>/g, ' ')
        .replace(/<\/tspan>/g, '')
        .trim(),
    ),
  );

describe('stolpediagrammet', () => {
  for (const figure of bars) {
    describe(figure.id, () => {
      const svg = renderFigure(figure);
      const all = figure.groups.flatMap((g) => g.bars);

      it('har én stolpe per kategori', () => {
        expect(tags(svg, CLASS.bar, '').length).toBe(0);
        expect(tags(svg, 'rect', CLASS.bar)).toHaveLength(all.length);
        expect(tags(svg, 'rect', CLASS.range)).toHaveLength(all.filter((b) => b.max !== undefined).length);
      });

      it('har stolper med lengde i forhold til verdiene', () => {
        const widths = tags(svg, 'rect', CLASS.bar).map((t) => Number(attr(t, 'width')));
        const x = barScale(figure);
        const k = x(1) - x(0);
        expect(k).toBeGreaterThan(0);
        all.forEach((b, i) => expect(widths[i], `${b.label}`).toBeCloseTo(b.value * k, 1));
        const largest = Math.max(...all.map((b) => b.max ?? b.value));
        const ends = all.map((b, i) => widths[i]! + (b.max === undefined ? 0 : (b.max - b.value) * k));
        expect(Math.max(...ends)).toBeCloseTo(largest * k, 1);
        const ranges = tags(svg, 'rect', CLASS.range).map((t) => Number(attr(t, 'width')));
        all
          .filter((b) => b.max !== undefined)
          .forEach((b, i) => expect(ranges[i]).toBeCloseTo((b.max! - b.value) * k, 1));
      });

      it('viser de samme tallene og navnene som tabellen', () => {
        expect(texts(svg, CLASS.value)).toEqual(all.map((b) => barText(b, figure.unit)));
        expect(texts(svg, CLASS.label)).toEqual(all.map((b) => b.label.replace(/\s+/g, ' ')));
        figure.groups.forEach((group, gi) => {
          const rows = figure.table.groups[gi]!.rows;
          for (const b of group.bars) {
            const row = rows.find((r) => r.header === b.label || r.header === `${b.label}, nedre grense`);
            expect(row, `${figure.id}: ${b.label}`).toBeDefined();
            expect((row!.cells[0] as NumberCell).n).toBe(b.value);
            if (b.share !== undefined)
              expect(formatCell(row!.cells[1]!)).toBe(barText(b, figure.unit).match(/\((.*)\)/)![1]);
          }
          const headers = group.bars.flatMap((b) =>
            b.max === undefined ? [b.label] : [`${b.label}, nedre grense`, `${b.label}, øvre grense`],
          );
          expect(rows.map((r) => r.header).sort()).toEqual(headers.sort());
        });
      });

      it('lenker stolper som har en side, og ingen andre, utenfor selve bildet', () => {
        const [image = '', layer = ''] = svg.split('</svg>');
        expect(image).not.toMatch(/<a\s/);
        const links = [...layer.matchAll(/<a class="chart-link" href="([^"]*)" tabindex="-1">/g)].map((m) =>
          unescape(m[1]!),
        );
        expect(links).toEqual(all.flatMap((b) => (b.href ? [b.href] : [])));
        if (links.length > 0) expect(layer).toMatch(/^<svg class="chart-links" viewBox="[^"]+" aria-hidden="true"/);
        expect(image.match(/class="chart-label[^"]*chart-label--link"/g) ?? []).toHaveLength(links.length);
      });
    });
  }
});

describe('matrisen', () => {
  for (const figure of matrices) {
    const svg = renderFigure(figure);
    it(`${figure.id}: har ett felt per kombinasjon, med tallet i`, () => {
      const cells = tags(svg, 'rect', CLASS.cell);
      expect(cells).toHaveLength(figure.rows.length * figure.columns.length);
      expect(texts(svg, CLASS.cellValue)).toEqual(
        figure.rows.flatMap((r) => r.cells.map((c) => formatNumber(c.value))),
      );
      expect(texts(svg, CLASS.label)).toEqual(figure.rows.map((r) => r.label));
    });
    it(`${figure.id}: lenker felt med tiltak og hver målgruppe, utenfor selve bildet`, () => {
      const [image, layer = ''] = svg.split('</svg>');
      expect(image).not.toMatch(/<a\s/);
      const links = [...layer.matchAll(/<a class="chart-link" href="([^"]*)"/g)].map((m) => unescape(m[1]!));
      const expected = figure.rows.flatMap((r) => [
        ...(r.href ? [r.href] : []),
        ...r.cells.filter((c, i) => c.href && figure.columns[i]!.kind !== 'silent').map((c) => c.href!),
      ]);
      expect(links).toEqual(expected);
      expect(links.some((l) => l.includes('malgruppe=') && l.includes('organisering='))).toBe(true);
    });
    it(`${figure.id}: har de samme tallene i tabellen`, () => {
      const rows = figure.table.groups[0]!.rows;
      expect(rows.map((r) => r.header)).toEqual(figure.rows.map((r) => r.label));
      figure.rows.forEach((row, i) => {
        expect(rows[i]!.cells.slice(0, figure.columns.length).map((c) => (c as NumberCell).n)).toEqual(
          row.cells.map((c) => c.value),
        );
      });
    });
    it(`${figure.id}: gir tomme felt stiplet kant og mørkere felt for flere tiltak`, () => {
      const classes = tags(svg, 'rect', CLASS.cell).map((t) => attr(t, 'class')!);
      const values = figure.rows.flatMap((r) => r.cells.map((c) => c.value));
      const silentColumns = figure.columns.map((c) => c.kind === 'silent');
      values.forEach((v, i) => {
        const silent = silentColumns[i % figure.columns.length];
        if (silent) expect(classes[i]).toContain(CLASS.cellSilent);
        else if (v === 0) expect(classes[i]).toContain('chart-cell--0');
      });
    });
  }

  it('fordeler skyggene jevnt fra 0 til det største tallet', () => {
    expect(heatStep(0, 21)).toBe(0);
    expect(heatStep(1, 21)).toBe(1);
    expect(heatStep(21, 21)).toBe(HEAT_STEPS);
    const steps = Array.from({ length: 22 }, (_, v) => heatStep(v, 21));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(heatStep(1, 1)).toBe(1);
  });
});

describe('SVG-en som helhet', () => {
  for (const figure of figures) {
    it(`${figure.id}: er et bilde med navn og beskrivelse, uten inline stil eller skript`, () => {
      const svg = renderFigure(figure);
      const root = /^<svg[^>]*>/.exec(svg)![0];
      expect(attr(root, 'role')).toBe('img');
      const [titleId, descId] = attr(root, 'aria-labelledby')!.split(' ');
      expect(svg).toContain(`<title id="${titleId}">`);
      expect(svg).toContain(`<desc id="${descId}">${figure.summary.replace(/&/g, '&amp;')}</desc>`);
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
      expect(svg).toContain('viewBox="0 0 320 ');
    });

    it(`${figure.id}: som fil har egen tittel, kilde og farger, og ingen lenker`, () => {
      const file = renderFigure(figure, { standalone: true });
      expect(file).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(file).toContain('<style>');
      expect(file).not.toContain('var(');
      expect(file).not.toMatch(/<a\s/);
      expect(texts(file, CLASS.title).join(' ')).toBe(wrap(figure.title, 320, 16).join(' '));
      expect(texts(file, CLASS.source).join(' ')).toContain('Kilde:');
    });
  }
});

describe('paletten', () => {
  const css = readFileSync('src/charts/chart-svg.css', 'utf8');

  it('har en regel for hver klasse figurene bruker', () => {
    for (const name of Object.values(CLASS)) expect(css, name).toMatch(new RegExp(`\\.${name}[\\s{.:,]`));
  });

  it('henter alle farger fra temaet, ingen egne fargekoder', () => {
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    expect(standaloneCss()).not.toContain('var(');
  });

  const luminance = (hex: string) => {
    const h = hex.replace('#', '');
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
    const [r, g, b] = [0, 2, 4]
      .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };

  it('gir tekst minst 4,5:1 mot bakgrunnen og stolper minst 3:1', () => {
    const p = resolvedPalette();
    const c = (name: string) => {
      const value = p.get(`--chart-${name}`);
      expect(value, name).toMatch(/^#[0-9a-f]{3,8}$/i);
      return value!;
    };
    const text: [string, string][] = [
      ['text', 'background'],
      ['text-subtle', 'background'],
      ['link', 'background'],
      ['text', 'heat-0'],
      ['text', 'heat-1'],
      ['text', 'heat-2'],
      ['text', 'silent-cell'],
      ['on-dark', 'heat-3'],
      ['on-dark', 'heat-4'],
    ];
    for (const [fg, bg] of text) expect(contrast(c(fg), c(bg)), `${fg} på ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const shape of ['bar', 'outline', 'silent-outline', 'axis']) {
      expect(contrast(c(shape), c('background')), `${shape} mot bakgrunnen`).toBeGreaterThanOrEqual(3);
    }
  });
});

/**
 * The figures in the built site: every page that should show figures shows them, each with an accessible
 * name, an SVG image with a description and a table; axe finds nothing; the CSV download holds the same
 * numbers as the table; the SVG download is a valid image; bars link to the filtered measure list.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIGURE_SECTIONS, SERVICE_FIGURES, STATISTIC_FIGURES } from '../../src/charts/figures';
import { readMeasures } from '../content';
import { expectNoAxeViolations } from './helpers';

const ALL = FIGURE_SECTIONS.flatMap((s) => s.figures);

/** Where each figure belongs, besides /figurer/ (which shows them all). */
const PAGES: Record<string, readonly string[]> = {
  '/figurer/': ALL,
  '/tiltak/': ['malgruppe'],
  '/skoler/': ['tiltak-per-skole'],
  '/kommuner/': ['tiltak-per-kommune'],
  '/nivaer/': ['nivaer'],
  '/kunnskapsgrunnlag/': ['nokler', 'fire-t'],
  '/statistikk/': STATISTIC_FIGURES.map((f) => f.id),
  ...Object.fromEntries(Object.entries(SERVICE_FIGURES).map(([id, figures]) => [`/tjenester/${id}/`, figures])),
};

/** A number or a word as the table or the CSV shows it, in one form: "2 080" and "2080" agree, "75 %" and "75". */
const normalise = (s: string) => s.replace(/[\s\u00a0%]/g, '');

/** Splits a CSV line on semicolons, honouring quoted fields. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ';' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}

/** The table's body as rows of text, with the group's name first when the table has groups. */
async function tableRows(figure: Locator): Promise<string[][]> {
  return figure.locator('table tbody').evaluateAll((bodies) =>
    bodies.flatMap((body) => {
      // The group's cell spans its rows: it is in the first row only.
      const group = body.querySelector('th[scope="rowgroup"]')?.textContent?.trim();
      return [...body.querySelectorAll('tr')].map((tr) => [
        ...(group === undefined ? [] : [group]),
        ...[...tr.querySelectorAll('th:not([scope="rowgroup"]), td')].map((c) => (c.textContent ?? '').trim()),
      ]);
    }),
  );
}

async function openTables(page: Page) {
  await page
    .locator('figure.chart details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

for (const [path, ids] of Object.entries(PAGES)) {
  test(`${path} viser figurene sine, hver med navn, bilde og tabell`, async ({ page }) => {
    // /figurer/ holds all 17 figures, and axe runs over every table opened: on a busy 2-core machine that
    // passes 30 s now that grouped tables name their headers cell by cell.
    test.setTimeout(90_000);
    await page.goto(path);
    const figures = page.locator('figure.chart');
    const shown = await figures.evaluateAll((all) => all.map((f) => f.id));
    const expected = ids.map((id) => `figur-${id}`);
    // /figurer/ shows them in the sections' order; elsewhere each sits where its subject is.
    expect(path === '/figurer/' ? shown : [...shown].sort()).toEqual(
      path === '/figurer/' ? expected : [...expected].sort(),
    );
    for (const id of ids) {
      const figure = page.locator(`#figur-${id}`);
      const title = (await figure.locator('.chart__title').textContent())!.trim();
      await expect(page.getByRole('figure', { name: title })).toHaveCount(1);
      const image = figure.locator('svg[role="img"]');
      await expect(image).toHaveCount(1);
      // Named by its <title> and <desc>: the title, then the finding in words.
      const name = await image.evaluate((svg) =>
        (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((ref) => document.getElementById(ref)?.textContent ?? '')
          .join(' '),
      );
      expect(name.startsWith(title), id).toBe(true);
      expect(name.length, id).toBeGreaterThan(title.length + 20);
      await expect(image).toHaveAccessibleName(name);
      await expect(figure.locator('table')).toHaveCount(1);
      await expect(figure.locator('script')).toHaveCount(0);
      await expect(figure.locator('a[download][href$=".csv"]')).toHaveCount(1);
      await expect(figure.locator('a[download][href$=".svg"]')).toHaveCount(1);
    }
    await openTables(page);
    await expectNoAxeViolations(page);
  });
}

test('CSV-filen har de samme tallene som tabellen, og SVG-filen er et gyldig bilde', async ({ page, request }) => {
  await page.goto('/figurer/');
  await openTables(page);
  for (const id of ALL) {
    const figure = page.locator(`#figur-${id}`);
    const csvHref = await figure.locator('a[href$=".csv"]').getAttribute('href');
    const csv = await request.get(csvHref!);
    expect(csv.ok(), csvHref!).toBe(true);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)], `${csvHref} skal starte med BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean).map(csvFields);
    const header = lines[0]!;
    const head = await figure.locator('table thead th').allTextContents();
    expect(header.slice(header.length - head.length), id).toEqual(head.map((h) => h.trim()));
    const rows = await tableRows(figure);
    expect(
      lines.slice(1).map((l) => l.map(normalise)),
      id,
    ).toEqual(rows.map((r) => r.map(normalise)));
    expect(lines.slice(1).every((l) => l.length === header.length)).toBe(true);

    const svgHref = await figure.locator('a[href$=".svg"]').getAttribute('href');
    const svg = await request.get(svgHref!);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text).not.toMatch(/\sstyle=|<script/);
  }
  // The browser parses each SVG file as XML: a broken file shows a parser error instead of the image.
  for (const id of ALL) {
    await page.goto(`/figurer/${id}.svg`);
    await expect(page.locator('parsererror')).toHaveCount(0);
    await expect(page.locator('svg > title')).toHaveCount(1);
  }
});

test('en stolpe for en målgruppe lenker til tiltakslisten filtrert på den', async ({ page }) => {
  const measures = readMeasures();
  await page.goto('/figurer/');
  const link = page.locator('#figur-malgruppe svg.chart-links a').first();
  const href = (await link.getAttribute('href'))!;
  const slug = new URL(href, 'http://x').searchParams.get('malgruppe')!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/tiltak/\\?malgruppe=${slug}$`));
  const expected = measures.filter((m) => m.data.targetGroups.includes(slug)).length;
  await expect(page.locator('#filter-status')).toHaveText(new RegExp(`\\b${expected}\\b`));
});

test('figurene får plass i 320 piksler, og teksten i dem er lesbar', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/figurer/');
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  // Everything in a figure fits, except a wide table, which scrolls inside its own region.
  const overflowing = await page
    .locator('figure.chart')
    .evaluateAll(
      (figures, w) =>
        figures.flatMap((f) =>
          [f, ...f.querySelectorAll('figcaption, svg, p, summary')]
            .filter((el) => el.getBoundingClientRect().right > w + 0.5)
            .map((el) => `${f.id} ${el.tagName}`),
        ),
      width,
    );
  expect(overflowing).toEqual([]);
  const scrollers = await page
    .locator('figure.chart .table-scroll')
    .evaluateAll((all, w) => all.filter((el) => el.getBoundingClientRect().right > w + 0.5).length, width);
  expect(scrollers).toBe(0);
  // Labels stay legible: 14 units in a 320-unit view box, never drawn smaller than 11 px.
  const sizes = await page
    .locator('figure.chart .chart-label')
    .evaluateAll((all) =>
      all.map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getBoundingClientRect().width / 320),
      ),
    );
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
});

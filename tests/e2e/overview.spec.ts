/**
 * The prevention-model overview on the municipality and school pages and on /kommuner/: level groups,
 * tables and their links checked against the content; the printed handout; the filtered list in print.
 */
import { expect, test } from '@playwright/test';
import * as facets from '../../src/lib/facets';
import { readCollection, readMeasures } from '../content';
import { builtHtml } from './site';

const measures = readMeasures();
const schools = readCollection<{ name: string; shortName: string; municipality: string }>('skoler');
const services = readCollection<{
  shortName: string;
  status: { value: string };
  assessment?: { levels: { value: number }[] };
}>('tjenester');

type M = (typeof measures)[number];
const places = [
  ...facets.municipalities.terms.map((t) => ({
    path: `/kommuner/${t.slug}/`,
    name: t.label,
    measures: measures.filter((m) =>
      m.data.schools.some((id) => schools.find((s) => s.id === id)!.data.municipality === t.slug),
    ),
  })),
  ...schools.map((s) => ({
    path: `/skoler/${s.id}/`,
    name: s.data.name,
    measures: measures.filter((m) => m.data.schools.includes(s.id)),
  })),
];

/** What the content says: the groups by level (a measure under each of its levels) and «ikke vurdert». */
const levelsOf = (m: M) => new Set(m.data.assessment.levels.map((l) => l.value));
const expectedGroups = (list: readonly M[]) => [
  ...facets.levels.map((n) => ({
    anchor: `niva-${n}`,
    level: n as number | null,
    ids: list.filter((m) => levelsOf(m).has(n)).map((m) => m.id),
  })),
  { anchor: 'ikke-vurdert', level: null, ids: list.filter((m) => levelsOf(m).size === 0).map((m) => m.id) },
];
const CROSS = { tees: facets.tees.slugs, keys: facets.keys.slugs } as const;

/** The part of the page inside the element with this id (its first closing tag of the same name). */
function elementById(html: string, id: string): string | undefined {
  const open = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const close = html.indexOf(`</${open[1]}>`, open.index);
  return html.slice(open.index, close);
}
const measureIds = (html: string) =>
  [...new Set([...html.matchAll(/href="\/tiltak\/([a-z0-9-]+)\/"/g)].map((x) => x[1]!))].sort();
const sorted = (ids: readonly string[]) => [...ids].sort();

test('nivågruppene på hver kommune- og skoleside viser nøyaktig tiltakene innholdet vurderer til nivået', () => {
  for (const place of places) {
    const html = builtHtml(place.path);
    for (const group of expectedGroups(place.measures)) {
      const list = /<ul[^>]*data-level-group="([^"]+)"[^>]*>([\s\S]*?)<\/ul>/g;
      const shown = [...html.matchAll(list)].find((x) => x[1] === group.anchor)?.[2] ?? '';
      expect(measureIds(shown), `${place.path} #${group.anchor}`).toEqual(sorted(group.ids));
      expect(elementById(html, group.anchor), `${place.path} mangler #${group.anchor}`).toBeDefined();
    }
  }
});

test('tabellene teller det samme som gruppene, og hvert tall lenker til en liste med nøyaktig de tiltakene', () => {
  for (const place of places) {
    const html = builtHtml(place.path);
    const links = new Map(
      [...html.matchAll(/<a[^>]*href="#([a-z0-9-]+)"[^>]*data-count="(\d+)"/g)].map((x) => [x[1]!, Number(x[2])]),
    );
    for (const group of expectedGroups(place.measures)) {
      // The «Tiltak i alt» column: one link per table, to the group.
      const count = links.get(group.anchor);
      expect(count ?? 0, `${place.path}: tallet for ${group.anchor}`).toBe(group.ids.length);
      for (const [kind, values] of Object.entries(CROSS) as [keyof typeof CROSS, readonly string[]][]) {
        for (const value of values) {
          const anchor = `${group.anchor}-${value}`;
          const expected = place.measures
            .filter((m) => group.ids.includes(m.id) && m.data.assessment[kind].some((l) => l.value === value))
            .map((m) => m.id);
          expect(links.get(anchor) ?? 0, `${place.path}: tallet i cellen ${anchor}`).toBe(expected.length);
          if (expected.length === 0) continue;
          const target = elementById(html, anchor);
          expect(target, `${place.path}: #${anchor} finnes ikke`).toBeDefined();
          expect(measureIds(target!), `${place.path}: #${anchor}`).toEqual(sorted(expected));
        }
      }
    }
  }
});

test('oversikten over hele fylket teller kommuner og skoler per nivå og lenker til gruppene', () => {
  const html = builtHtml('/kommuner/');
  const links = new Map(
    [...html.matchAll(/<a[^>]*href="([^"#]+#[a-z0-9-]+)"[^>]*data-count="(\d+)"/g)].map((x) => [x[1]!, Number(x[2])]),
  );
  for (const place of places) {
    for (const group of expectedGroups(place.measures)) {
      expect(links.get(`${place.path}#${group.anchor}`) ?? 0, `${place.path}#${group.anchor}`).toBe(group.ids.length);
    }
  }
});

test('et tall i tabellen hopper til tiltakene sine uten JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/kommuner/larvik/');
  const link = page.locator('table[data-cross="tees"] a[data-count]').last();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();
  await expect(page.locator(`${href} a`)).toHaveCount(Number(await link.getAttribute('data-count')));
  await context.close();
});

test('tjenestene for hele fylket står under nivåene innholdet gir dem, med status', () => {
  const html = builtHtml('/kommuner/larvik/');
  for (const level of facets.levels) {
    const group = elementById(html, `niva-${level}`)!;
    const county = /<p class="level-group__county[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(group)?.[1] ?? '';
    const expected = services.filter((s) => (s.data.assessment?.levels ?? []).some((l) => l.value === level));
    for (const s of services) {
      expect(county.includes(`href="/tjenester/${s.id}/"`), `nivå ${level}: ${s.id}`).toBe(expected.includes(s));
    }
    for (const s of expected)
      expect(county, `nivå ${level}: status for ${s.id}`).toContain(s.data.status.value.slice(1));
  }
  expect(html).toContain('pilot');
});

test('Færder-siden forklarer at Færder vgs ligger i Tønsberg, og Tønsberg-siden sier det samme', () => {
  const faerderVgs = schools.find((s) => s.id === 'faerder-vgs')!;
  expect(faerderVgs.data.municipality).toBe('tonsberg');
  for (const path of ['/kommuner/faerder/', '/kommuner/tonsberg/']) {
    expect(builtHtml(path), path).toMatch(/data-testid="name-note"[^>]*>\s*Færder vgs ligger i Tønsberg kommune/);
  }
  expect(builtHtml('/kommuner/larvik/')).not.toContain('data-testid="name-note"');
});

test('kommune- og skolesidene sier at kommunen og nivåene er redaksjonens tillegg, og dato for dataene', () => {
  const source = readCollection<{ date: string }>('kilder').find((s) => s.id === 'kartlegging-2025')!;
  for (const place of places) {
    const html = builtHtml(place.path);
    expect(html, place.path).toContain('Kommunen en skole ligger i, og nivåene, T-ene og nøklene er');
    expect(html, place.path).toContain(`(${source.data.date})`);
  }
});

/** A4 width at 96 dpi. */
const A4_PX = 794;

test('kommunesidene skrives ut som et rent A4-ark: navnet, ingen meny eller filter, ingenting for bredt, høyst to sider', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: A4_PX, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const municipalities = facets.municipalities.terms;
  const largest = [...places.slice(0, municipalities.length)].sort((a, b) => b.measures.length - a.measures.length)[0]!;
  expect(largest.path).toBe('/kommuner/tonsberg/');
  for (const place of places.slice(0, municipalities.length)) {
    await page.goto(place.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(place.name);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Brødsmulesti' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.locator('#last-ned')).toBeHidden();
    await expect(page.locator('#bak-tallene')).toBeHidden();
    await expect(page.locator('[data-level-group]').first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${place.path} er ${width} px bred på papir`).toBeLessThanOrEqual(A4_PX);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `${place.path} skrives ut på ${pages} sider`).toBeGreaterThan(0);
    expect(pages, `${place.path} skrives ut på ${pages} sider`).toBeLessThanOrEqual(2);
  }
});

test('en filtrert liste skrives ut med en overskrift som nevner filtrene', async ({ page }) => {
  await page.goto('/tiltak/?kommune=larvik&malgruppe=faglige');
  const expected = measures.filter(
    (m) =>
      m.data.targetGroups.includes('faglige') &&
      m.data.schools.some((id) => schools.find((s) => s.id === id)!.data.municipality === 'larvik'),
  );
  await page.emulateMedia({ media: 'print' });
  const heading = page.locator('#filter-utskrift');
  await expect(heading).toBeVisible();
  await expect(heading).toHaveText(
    `Tiltak med målgruppe Faglige utfordringer, og kommune Larvik: ${expected.length} av ${measures.length}`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('#tiltaksfilter')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Visning av tiltakene' })).toBeHidden();
  await expect(page.locator('.chart')).toBeHidden();
  await expect(page.locator('.measure-card:visible')).toHaveCount(expected.length);
});

test('uten JavaScript skrives hele listen ut under sin vanlige overskrift', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto('/tiltak/?kommune=larvik');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle tiltakene');
  await expect(page.locator('#filter-utskrift')).toBeHidden();
  await expect(page.locator('.measure-card')).toHaveCount(measures.length);
  await context.close();
});

/** Search (Pagefind) and the facet filter on /tiltak/, in Chromium against the built site. */
import { expect, test, type Page } from '@playwright/test';
import { parseSelection } from '../../src/lib/filter';
import { compareNb } from '../../src/lib/format';
import { readCollection, readMeasures } from '../content';
import { expectNoAxeViolations } from './helpers';

const measures = readMeasures();

async function search(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#sokestatus')).toContainText('treff');
  return page.locator('#treff .hit__title a').allTextContents();
}

test('«matematikk» gir tiltakene med matematikk i navnet før alle andre', async ({ page }) => {
  const titles = await search(page, 'matematikk');
  const withName = measures.filter((m) => /matematikk/i.test(m.data.name)).map((m) => m.data.name);
  expect(withName.length).toBeGreaterThan(0);
  expect(new Set(titles.slice(0, withName.length))).toEqual(new Set(withName));
});

test('en bøyd form finner grunnformen (norsk stemming)', async ({ page }) => {
  // «språklig» står ikke i noen beskrivelse; bare «språklige» gjør.
  const bodies = readCollection('tiltak').map((m) => m.body);
  expect(bodies.some((b) => /\bspråklig\b/i.test(b))).toBe(false);
  const titles = await search(page, 'språklig');
  expect(titles.length).toBeGreaterThan(0);
});

test('lesernes ord finner kildens: «matte» finner matematikktiltak', async ({ page }) => {
  const titles = await search(page, 'matte');
  expect(titles).toContain('Ekstraundervisning i matematikk');
});

test('et søk uten treff sier hva man kan prøve', async ({ page }) => {
  await page.goto('/sok/?q=zzzxqy');
  await expect(page.locator('#sokestatus')).toContainText('Ingen treff');
  await expect(page.locator('#sokestatus')).toContainText('Prøv');
});

test('søket står i adressen og kan deles; skjemaet fylles ut fra den', async ({ page }) => {
  await page.goto('/sok/');
  await page.getByLabel('Søkeord').fill('leksehjelp');
  await expect(page).toHaveURL(/q=leksehjelp/);
  await page.getByRole('radio', { name: 'Tiltak', exact: true }).check();
  await expect(page).toHaveURL(/type=Tiltak/);
  await page.reload();
  await expect(page.getByLabel('Søkeord')).toHaveValue('leksehjelp');
  await expect(page.getByRole('radio', { name: 'Tiltak', exact: true })).toBeChecked();
  await expect(page.locator('#sokestatus')).toContainText('treff for «leksehjelp»');
});

test('søkefeltet i toppen leder til søkesiden', async ({ page }) => {
  await page.goto('/tiltak/');
  await page.getByRole('search', { name: 'Søk på nettstedet' }).getByRole('searchbox').fill('overgang');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=overgang/);
  await expect(page.locator('#sokestatus')).toContainText('treff');
  await expectNoAxeViolations(page);
});

/** The measure ids the filter on /tiltak/ shows. */
async function shownMeasures(page: Page): Promise<string[]> {
  return page
    .locator('[data-filter]:visible .measure-card__name a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/')[2]!).sort());
}

test('filteret «språklige» + «20–24 år» viser nøyaktig tiltakene som har begge', async ({ page }) => {
  const expected = measures
    .filter((m) => m.data.targetGroups.includes('spraklige') && m.data.ageGroups.includes('20-24'))
    .map((m) => m.id)
    .sort();
  await page.goto('/tiltak/');
  await page.getByRole('checkbox', { name: /^Språklige utfordringer/ }).check();
  await page.getByRole('checkbox', { name: /^20–24 år/ }).check();
  await expect(page).toHaveURL(/malgruppe=spraklige/);
  await expect(page).toHaveURL(/alder=20-24/);
  expect(await shownMeasures(page)).toEqual(expected);
  await expect(page.locator('#filter-status')).toHaveText(`Viser ${expected.length} av ${measures.length} tiltak`);
});

test('filtervalget overlever ny innlasting og tilbakeknappen', async ({ page }) => {
  await page.goto('/tiltak/?malgruppe=emosjonelle');
  const emotional = measures
    .filter((m) => m.data.targetGroups.includes('emosjonelle'))
    .map((m) => m.id)
    .sort();
  expect(await shownMeasures(page)).toEqual(emotional);
  await page.getByRole('checkbox', { name: /^16–19 år/ }).check();
  await expect(page).toHaveURL(/alder=16-19/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^16–19 år/ })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/tiltak\/\?malgruppe=emosjonelle$/);
  expect(parseSelection(new URL(page.url()).search)).toEqual({ malgruppe: ['emosjonelle'] });
  expect(await shownMeasures(page)).toEqual(emotional);
});

test('uten JavaScript virker listen og fasettsidene, og filteret er skjult', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tiltak/?malgruppe=emosjonelle');
  await expect(page.locator('#tiltaksfilter')).toBeHidden();
  await expect(page.locator('[data-filter]')).toHaveCount(measures.length);
  await page.goto('/malgrupper/spraklige/');
  const expected = measures.filter((m) => m.data.targetGroups.includes('spraklige')).length;
  await expect(page.locator('.measure-card')).toHaveCount(expected);
  await context.close();
});

test('søkesiden og filteret har ingen axe-brudd', async ({ page }) => {
  // Two long lists through axe: slow on a busy 2-core machine.
  test.setTimeout(90_000);
  await search(page, 'overgang');
  await expectNoAxeViolations(page);
  await page.goto('/tiltak/?malgruppe=spraklige');
  await expectNoAxeViolations(page);
});

test('sortert etter navn viser tiltakene i norsk alfabetisk rekkefølge, ti om gangen, og «Vis flere» flytter fokus til det første nye', async ({
  page,
}) => {
  await page.goto('/sok/?type=Tiltak&sorter=navn');
  await expect(page.locator('#sokestatus')).toContainText(`${measures.length} treff`);
  const names = measures.map((m) => m.data.name).sort(compareNb);
  const titles = page.locator('#treff .hit__title a');
  await expect(titles).toHaveText(names.slice(0, 10));
  await page.getByRole('button', { name: 'Vis flere treff' }).click();
  await expect(titles).toHaveText(names.slice(0, 20));
  await expect(titles.nth(10)).toBeFocused();
});

for (const width of [320, 1280]) {
  test(`valget «Sorter etter» står med luft mellom ledeteksten og listen (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/sok/?q=nav');
    const select = page.getByLabel('Sorter etter');
    await expect(select).toBeVisible();
    const { gap, below } = await select.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el.parentElement!.firstChild!);
      const text = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { gap: box.left - text.right, below: box.top >= text.bottom };
    });
    expect(below || gap >= 4, `${gap} px mellom ledeteksten og listen`).toBe(true);
  });
}

for (const width of [375, 1280]) {
  test(`med få treff står treffene tett etter hverandre, uten tomrom under hvert (${width} px)`, async ({ page }) => {
    // The list is kept a screen tall while the script loads (no layout shift); its rows must not be
    // stretched to fill it.
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/sok/?q=skolefravaer');
    await expect(page.locator('#sokestatus')).toContainText('treff');
    const hits = page.locator('#treff > li');
    expect(await hits.count()).toBeGreaterThan(1);
    expect(await hits.count()).toBeLessThan(10);
    const slack = await hits.evaluateAll((items) =>
      items.map((li) => {
        const last = li.lastElementChild!;
        return (
          li.getBoundingClientRect().bottom -
          last.getBoundingClientRect().bottom -
          parseFloat(getComputedStyle(last).marginBottom)
        );
      }),
    );
    for (const s of slack) expect(s, `${s} px tomt under et treff`).toBeLessThan(2);
    // The compare button keeps clear of what stands above it (the excerpt, or the target-group tags).
    const above = await page
      .locator('#treff .compare-toggle')
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect().top - b.previousElementSibling!.getBoundingClientRect().bottom),
      );
    expect(above.length).toBeGreaterThan(0);
    for (const gap of above) expect(gap, `${gap} px over «Legg til i sammenligning»`).toBeGreaterThanOrEqual(8);
  });
}

/** The guided finder and the comparison. */
import { expect, test } from '@playwright/test';
import { readMeasures } from '../content';
import { expectNoAxeViolations } from './helpers';

const measures = readMeasures();

test('«Finn tiltak» leder med vanlige lenker fram til tiltakene som passer, også uten JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/finn-tiltak/');
  await page.getByRole('link', { name: '20–24 år' }).click();
  await page.getByRole('link', { name: 'Språklige utfordringer' }).click();
  await page.getByRole('link', { name: 'Vet ikke / begge' }).click();
  await expect(page).toHaveURL(/\/finn-tiltak\/20-24\/spraklige\/alle\/$/);
  const expected = measures.filter(
    (m) => m.data.ageGroups.includes('20-24') && m.data.targetGroups.includes('spraklige'),
  );
  await expect(page.getByTestId('finder-count')).toHaveText(`${expected.length} tiltak passer svarene dine.`);
  await expect(page.locator('.measure-card')).toHaveCount(expected.length);
  await expect(page.getByRole('heading', { name: 'Tjenester for denne aldersgruppen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Oppfølgingstjenesten (OT)' })).toBeVisible();
  await context.close();
});

test('«Finn tiltak» har ingen axe-brudd', async ({ page }) => {
  for (const path of ['/finn-tiltak/', '/finn-tiltak/16-19/', '/finn-tiltak/20-24/spraklige/alle/']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('sammenligningen viser de valgte tiltakene side om side, og valget står i adressen', async ({ page }) => {
  const [a, b, c] = measures;
  await page.goto(`/sammenlign/?tiltak=${a!.id},${b!.id}`);
  const headers = page.locator('#sammenligning thead th');
  await expect(headers).toHaveCount(2);
  await expect(headers.nth(0).locator('a').first()).toHaveText(a!.data.name);
  await expect(headers.nth(1).locator('a').first()).toHaveText(b!.data.name);
  await expect(page.locator('#sammenligning tbody th', { hasText: 'Målgruppe' })).toHaveCount(1);
  await page.locator('#sammenlign-velg > summary').click();
  await page.getByRole('checkbox', { name: c!.data.name, exact: true }).check();
  await page.getByRole('button', { name: 'Sammenlign de valgte' }).first().click();
  await expect(page).toHaveURL(new RegExp(`tiltak=${a!.id},${b!.id},${c!.id}|tiltak=.*${c!.id}`));
  await expect(headers).toHaveCount(3);
  // «Vis bare det som er forskjellig» hides the facts all three share.
  const same = await page.locator('#sammenligning tbody tr[data-same="true"]').count();
  await page.getByRole('checkbox', { name: 'Vis bare det som er forskjellig' }).check();
  await expect(page.locator('#sammenligning tbody tr:visible')).toHaveCount(
    (await page.locator('#sammenligning tbody tr').count()) - same,
  );
  await expectNoAxeViolations(page);
});

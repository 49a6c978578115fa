import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, recordForeignRequests } from './helpers';

test('forsiden er på bokmål, har tittel, hovedlandemerke og navigasjon', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page).toHaveTitle(/Tiltaksbanken for Vestfold/);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
});

test('snarveien til hovedinnholdet virker med tastaturet', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#innhold$/);
  await expect(page.locator('main')).toBeFocused();
});

test('forsiden har ingen axe-brudd', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
});

test('en ukjent adresse gir 404-siden på norsk', async ({ page }) => {
  const response = await page.goto('/finnes-ikke/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await expectNoAxeViolations(page);
});

test('forsiden henter ingenting fra andre opprinnelser', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});

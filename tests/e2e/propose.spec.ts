/**
 * /meld-inn/: a reader fills in the form in the browser, gets the measure file, and the file passes the
 * content check and the schema; wrong answers get messages next to their fields and in an error summary
 * with links; «Meld fra om endring» opens the form filled in with the measure.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles } from '../../src/integrations/content-check';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { parseFrontmatter } from '../../src/lib/frontmatter';
import { copyProject, removeCopy, sync } from '../build/harness';
import { readCollection } from '../content';

const schools = readCollection<{ name: string }>('skoler');
const description =
  'Elever i alderen 16-19 år med faglige utfordringer får leksehjelp i en liten gruppe (2-5) hver torsdag. Tiltaket skal styrke elevenes faglige kvalifikasjoner.';

/**
 * The content check on the real content with the downloaded file added (or put in place of the measure's
 * own), and the schemas too: `astro sync` in a copy of the project with the file in content/tiltak/.
 */
async function checkFile(file: string, text: string) {
  const read = (f: string) => (f === file ? text : readFileSync(f, 'utf8'));
  const problems = checkContent([...new Set([...contentFiles('.'), file])], read).map(formatProblem);
  const dir = copyProject();
  try {
    writeFileSync(join(dir, file), text);
    const { code, output } = await sync(dir);
    return { problems, schema: code === 0 ? '' : output };
  } finally {
    removeCopy(dir);
  }
}

async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Last ned tiltaksfilen' }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('skjemaet lager en tiltaksfil som går gjennom innholdssjekken og skjemaet', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/meld-inn/');
  const form = page.locator('#skjema');
  await form.getByLabel('Navn', { exact: true }).fill('Torsdagsleksehjelp');
  await form.getByLabel(schools[0]!.data.name).check();
  await form.getByLabel('Beskrivelse').fill(description);
  await form.getByLabel('Faglige utfordringer', { exact: true }).check();
  await form.getByLabel('Sitat for «Faglige utfordringer»').fill('med faglige utfordringer');
  await form.getByLabel('16–19 år', { exact: true }).check();
  await form.getByLabel('Sitat for «16–19 år»').fill('Elever i alderen 16-19 år');
  await form.getByLabel('Liten gruppe (2–5)', { exact: true }).check();
  await form.getByLabel('Sitat for «Liten gruppe (2–5)»').fill('i en liten gruppe (2-5)');
  await form.getByLabel('Faglige kvalifikasjoner', { exact: true }).check();
  await form.getByLabel('Sitat for «Faglige kvalifikasjoner»').fill('skal styrke elevenes faglige kvalifikasjoner');
  await form.getByLabel('Omfang').fill('hver torsdag');
  await form.getByRole('button', { name: 'Lag filen' }).click();

  await expect(page.locator('#resultat')).toBeVisible();
  await expect(page.locator('#resultat')).toBeFocused();
  const file = await download(page);
  expect(file.name).toBe('torsdagsleksehjelp.md');
  const { problems, schema } = await checkFile(`content/tiltak/${file.name}`, file.text);
  expect(problems).toEqual([]);
  expect(schema).toBe('');
  const { data, body } = parseFrontmatter(file.text, file.name);
  expect(body).toBe(description);
  expect(data['targetGroups']).toEqual([{ value: 'faglige', quote: 'med faglige utfordringer' }]);
  expect(data['scope']).toEqual([{ value: 'hver torsdag', quote: 'hver torsdag' }]);
  expect(data['schools']).toEqual([schools[0]!.id]);

  const mail = await page.getByRole('link', { name: 'send den som e-post' }).getAttribute('href');
  // The address is CONTACT_EMAIL at build time; a build without it (as in `npm test`) leaves it empty.
  expect(mail).toMatch(/^mailto:[^?]*\?subject=Nytt%20tiltak%3A%20Torsdagsleksehjelp&body=/);
  expect(decodeURIComponent(mail!.split('&body=')[1]!)).toContain(file.text);
});

test('feil svar får en melding ved feltet og i en oppsummering med lenker', async ({ page }) => {
  await page.goto('/meld-inn/');
  const form = page.locator('#skjema');
  await form.getByLabel('Beskrivelse').fill(description);
  await form.getByLabel('Emosjonelle utfordringer', { exact: true }).check();
  await form.getByLabel('Sitat for «Emosjonelle utfordringer»').fill('med emosjonelle utfordringer');
  await form.getByLabel('Minst').fill('20');
  await form.getByLabel('Høyst').fill('10');
  await form.getByRole('button', { name: 'Lag filen' }).click();

  const summary = page.locator('#feil');
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  await expect(links).toHaveText([
    'Navn: kan ikke være tom',
    'Skole: velg minst én skole',
    /^Sitat for «Emosjonelle utfordringer»: sitatet «med emosjonelle utfordringer» .* står ikke ordrett i beskrivelsen/,
    'Høyst: kan ikke være mindre enn det minste antallet',
    'Ordene om antallet: kan ikke være tom',
  ]);
  const name = form.getByLabel('Navn', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/kan ikke være tom/);
  await links.nth(2).click();
  await expect(form.getByLabel('Sitat for «Emosjonelle utfordringer»')).toBeFocused();
  await expect(page.locator('#resultat')).toBeHidden();

  // Keyboard only: the summary's links are reached with Tab and open their field with Enter.
  await form.getByRole('button', { name: 'Lag filen' }).press('Enter');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
});

test('«Meld fra om endring» åpner skjemaet fylt inn med tiltaket, og filen går gjennom sjekken', async ({ page }) => {
  test.setTimeout(120_000);
  const measure = readCollection<{ name: string }>('tiltak')[0]!;
  await page.goto(`/tiltak/${measure.id}/`);
  await page.getByRole('link', { name: 'Meld fra om endring' }).click();
  await expect(page).toHaveURL(`/meld-inn/?tiltak=${measure.id}`);
  const form = page.locator('#skjema');
  await expect(form.getByLabel('Navn', { exact: true })).toHaveValue(measure.data.name);
  await expect(form.getByLabel('Beskrivelse')).toHaveValue(measure.body);
  await form.getByLabel('Hva er endret, og hvorfor?').fill('Skolen melder at tiltaket nå også gis på kveldstid.');
  await form.getByRole('button', { name: 'Lag filen' }).click();
  const file = await download(page);
  expect(file.name).toBe(`${measure.id}.md`);
  // The corrected file replaces the measure's own, and says the same but for the new update.
  const path = `content/tiltak/${file.name}`;
  const { problems, schema } = await checkFile(path, file.text);
  expect(problems).toEqual([]);
  expect(schema).toBe('');
  const data = parseFrontmatter(file.text, path).data;
  const original = parseFrontmatter(readFileSync(path, 'utf8'), path).data;
  const updated = data['updated'] as { date: string; reason: string }[];
  expect(updated.at(-1)?.reason).toBe('Skolen melder at tiltaket nå også gis på kveldstid.');
  const withoutEmpty = (d: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(d).filter(([k, v]) => k !== 'updated' && !(Array.isArray(v) && v.length === 0)));
  expect(withoutEmpty(data)).toEqual(withoutEmpty(original));
});

test('uten JavaScript gir siden den tomme tiltaksfilen og e-postveien', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/meld-inn/');
  await expect(page.locator('#skjema')).toBeHidden();
  const blank = page.getByRole('link', { name: 'en tom tiltaksfil' });
  const response = await page.request.get((await blank.getAttribute('href'))!);
  const text = await response.text();
  expect(text).toContain('# Hver verdi trenger et sitat (quote)');
  expect(text).toContain('edition: ');
  // Without an address set at build time the page says so instead of linking to nobody.
  if (process.env['CONTACT_EMAIL']) await expect(page.locator('a[href^="mailto:"]')).not.toHaveCount(0);
  else await expect(page.getByText('e-postadressen er ikke satt ennå')).toBeVisible();
  await context.close();
});

/**
 * The readers' tasks, as readers do them: from the front page, by clicking and typing, at a phone's and a
 * desktop's width, checking after each action that what changed is in view. Also what every template
 * owes a keyboard user (a visible focus indicator on every stop), a phone reader (a small, stable header,
 * no sideways scrolling) and every reader (a title of its own for each page).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCollection, readMeasures } from '../content';
import { builtHtml, builtPages } from './site';

const measures = readMeasures();
const schools = readCollection<{ name: string; shortName: string; municipality: string }>('skoler');

/** One page of each template. */
const TEMPLATES = [
  '/',
  '/tiltak/',
  '/tiltak/ifokus/',
  '/skoler/re-vgs/',
  '/kommuner/larvik/',
  '/kommuner/',
  '/nivaer/3/',
  '/nivaer/',
  '/nokler/samhandling/',
  '/fire-t/tett-oppfolging/',
  '/tema/overganger/',
  '/malgrupper/faglige/',
  '/tiltak/etter-skole/',
  '/finn-tiltak/',
  '/finn-tiltak/16-19/emosjonelle/alle/',
  '/sok/?q=leksehjelp',
  '/sammenlign/?tiltak=ifokus,ent3r',
  '/figurer/',
  '/statistikk/',
  '/tjenester/oppfolgingstjenesten/',
  '/kunnskapsgrunnlag/',
  '/om/',
  '/data/',
  '/tilgjengelighet/',
];

const WIDTHS = [
  { name: 'mobil', width: 375, height: 740 },
  { name: 'skrivebord', width: 1280, height: 800 },
] as const;

/** Fails unless the locator's element is (at least partly) inside the viewport. */
async function expectInView(locator: Locator, what: string) {
  await expect(locator, `${what} skal synes på skjermen`).toBeInViewport();
}

test('hver side har sin egen tittel', () => {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const page of builtPages()) {
    const title = /<title>([^<]*)<\/title>/.exec(builtHtml(page))?.[1];
    expect(title, `${page} mangler <title>`).toBeTruthy();
    if (seen.has(title!)) duplicates.push(`${page} og ${seen.get(title!)}: «${title}»`);
    else seen.set(title!, page);
  }
  expect(duplicates).toEqual([]);
});

for (const { name, width, height } of WIDTHS) {
  test.describe(`${name} (${width} px)`, () => {
    test.use({ viewport: { width, height } });

    test('toppfeltet er lavt og like høyt på hver side', async ({ page }) => {
      test.setTimeout(120_000);
      const heights = new Map<string, number>();
      for (const path of TEMPLATES) {
        await page.goto(path);
        heights.set(path, Math.round((await page.locator('.site-header').boundingBox())!.height));
      }
      const first = heights.get('/')!;
      if (width <= 375) expect(first, 'toppfeltet på mobil, med søk').toBeLessThanOrEqual(120);
      for (const [path, h] of heights) expect(h, `toppfeltet på ${path}`).toBe(first);
    });

    test('ingen side ruller sidelengs', async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of TEMPLATES) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} er ${overflow} px for bred`).toBeLessThanOrEqual(0);
      }
    });

    test('lærer: tiltak for emosjonelle utfordringer, 16–19 år → ett tiltak → skolen, på høyst fire handlinger', async ({
      page,
    }) => {
      const expected = measures.filter(
        (m) => m.data.targetGroups.includes('emosjonelle') && m.data.ageGroups.includes('16-19'),
      );
      await page.goto('/');
      // 1: the challenge, in the first task on the front page.
      await page.getByRole('link', { name: 'Emosjonelle utfordringer', exact: true }).click();
      await expectInView(page.locator('.measure-card').first(), 'første tiltak for målgruppen');
      // 2: narrowed to the age.
      await page
        .getByRole('navigation', { name: 'Avgrens etter alder' })
        .getByRole('link', { name: '16–19 år' })
        .click();
      const first = page.locator('.measure-card__name a').first();
      await expectInView(first, 'første treff');
      expect(await page.locator('.measure-card').count()).toBe(expected.length);
      const opened = (await first.getAttribute('href'))!.split('/')[2]!;
      await first.click(); // 3
      const school = schools.find((s) => s.id === measures.find((m) => m.id === opened)!.data.schools[0]);
      await page.getByRole('link', { name: school!.data.name }).first().click(); // 4
      await expect(page).toHaveURL(new RegExp(`/skoler/${school!.id}/$`));
      await expectInView(page.locator('h1'), 'skolesiden');
    });

    test('mobilleser: søk «rus», legg to treff i sammenligningen og les begge uten å rulle sidelengs, på høyst seks handlinger', async ({
      page,
    }) => {
      await page.goto('/');
      const box = page.getByRole('searchbox', { name: 'Søk etter tiltak, skole eller tema' });
      await box.fill('rus'); // 1
      await box.press('Enter'); // 2
      const hits = page.locator('#treff .hit');
      await expect(hits.first()).toBeVisible();
      await expectInView(hits.first(), 'første treff');
      const toggles = page.locator('#treff button[data-compare]');
      await toggles.nth(0).click(); // 3
      await expect(toggles.nth(0)).toHaveAttribute('aria-pressed', 'true');
      await toggles.nth(1).click(); // 4
      const go = page.locator('#sammenlign-kurv [data-go]');
      await expectInView(go, 'sammenligningslinjen');
      await expect(go).toHaveText('Sammenlign 2 tiltak');
      await go.click(); // 5
      const table = page.locator('#sammenligning table');
      await expect(table.locator('thead th')).toHaveCount(2);
      await expectInView(table.locator('thead'), 'sammenligningen');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Both measures' values are readable side by side: each value cell is within the screen.
      const cells = table.locator('tbody td');
      for (const cell of await cells.all()) {
        const b = (await cell.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(width + 1);
      }
    });

    test('kommuneansatt: kommunens tiltak etter forebyggingsnivå, på høyst tre handlinger', async ({ page }) => {
      const larvik = schools.filter((s) => s.data.municipality === 'larvik').map((s) => s.id);
      const expected = measures.filter(
        (m) => m.data.schools.some((s) => larvik.includes(s)) && m.data.assessment.levels.some((l) => l.value === 2),
      );
      await page.goto('/');
      await page.getByRole('link', { name: 'Larvik', exact: true }).click(); // 1
      await expect(page).toHaveURL(/\/kommuner\/larvik\/$/);
      await expectInView(page.locator('h1'), 'kommunesiden');
      await page.getByRole('link', { name: 'Gå til tiltakene etter forebyggingsnivå' }).click(); // 2
      await expectInView(page.locator('#etter-niva'), 'tiltakene etter nivå');
      const level2 = page.locator('#niva-2 li a[href^="/tiltak/"]');
      await expect(level2).toHaveCount(expected.length);
    });

    test('tastatur: forsiden → et tiltak → skolen, bare med Tab og Enter, og alltid synlig fokus', async ({ page }) => {
      await page.goto('/');
      const target = measures.find((m) => m.data.targetGroups.includes('emosjonelle'))!;
      // Tab to the link for a target group, follow it, tab to the first measure, follow it, tab to its school.
      const tabTo = async (match: (el: { href: string; text: string }) => boolean, limit = 200) => {
        // The URL changes before the new page's stylesheet applies; a focus ring read then is the browser's own.
        await page.waitForLoadState('load');
        for (let i = 0; i < limit; i++) {
          await page.keyboard.press('Tab');
          const info = await page.evaluate(() => {
            const el = document.activeElement as HTMLAnchorElement;
            return { href: el?.getAttribute('href') ?? '', text: el?.textContent?.trim() ?? '' };
          });
          await expectVisibleFocus(page);
          if (match(info)) return;
        }
        throw new Error('fant ikke lenken med Tab');
      };
      await tabTo((el) => el.href === '/malgrupper/emosjonelle/');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/malgrupper\/emosjonelle\/$/);
      await tabTo((el) => el.href === `/tiltak/${target.id}/`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/tiltak/${target.id}/$`));
      await tabTo((el) => el.href === `/skoler/${target.data.schools[0]}/`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/skoler/${target.data.schools[0]}/$`));
    });
  });
}

/** Relative luminance of an rgb()/rgba() colour (WCAG). */
function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The focused element has an outline or a ring at least 2 px wide, in a colour with 3:1 contrast to what is behind it. */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
    const style = getComputedStyle(el);
    let bg = [255, 255, 255];
    for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) {
        bg = c.slice(0, 3);
        break;
      }
    }
    const rings: { width: number; color: number[] }[] = [];
    if (style.outlineStyle !== 'none')
      rings.push({ width: parseFloat(style.outlineWidth), color: parse(style.outlineColor) });
    // box-shadow: "rgb(255, 255, 255) 0px 0px 0px 3px": the spread is the ring's width.
    for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
      const color = shadow.match(/rgba?\([^)]*\)/)?.[0];
      const sizes =
        shadow
          .replace(/rgba?\([^)]*\)/, '')
          .match(/-?[\d.]+px/g)
          ?.map(parseFloat) ?? [];
      if (color && sizes.length >= 4) rings.push({ width: sizes[3]!, color: parse(color) });
    }
    return { what: `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 40)}»`, bg, rings };
  });
  if (!focus) return;
  const ok = focus.rings.some((r) => r.width >= 2 && contrast(r.color.slice(0, 3), focus.bg) >= 3);
  expect(ok, `${page.url()}: ${focus.what} har ikke synlig fokus (${JSON.stringify(focus.rings)} på ${focus.bg})`).toBe(
    true,
  );
}

test('hver tabulatorstopp på hver mal har en synlig fokusmarkering', async ({ page }) => {
  test.setTimeout(300_000);
  for (const path of TEMPLATES) {
    await page.goto(path);
    const stops = new Set<string>();
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        return `${el.tagName}:${el.getAttribute('href') ?? ''}:${el.textContent?.slice(0, 30) ?? ''}:${[...(el.parentElement?.children ?? [])].indexOf(el)}`;
      });
      if (!id || stops.has(id)) break;
      stops.add(id);
      await expectVisibleFocus(page);
    }
    expect(stops.size, `${path}: ingen tabulatorstopp`).toBeGreaterThan(3);
  }
});

test('filteret tilbyr ingen verdi som gir null tiltak, og et valg kan fjernes fra toppen av resultatene', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/tiltak/?malgruppe=emosjonelle');
  const offered = page.locator('#tiltaksfilter label:visible');
  for (const label of await offered.all()) {
    await expect(label.locator('[data-count]')).not.toHaveText('(0)');
  }
  const chip = page.getByRole('button', { name: 'Fjern filteret Emosjonelle utfordringer' });
  await expectInView(chip, 'valgt filter');
  await chip.click();
  await expect(page).toHaveURL(/\/tiltak\/$/);
  await expect(page.locator('#filter-status')).toHaveText(`Viser alle ${measures.length} tiltak`);
  await expect(page.locator('#filter-status')).toBeFocused();
});

test('på mobil ligger filteret bak «Filtrer», og «Vis n tiltak» tar leseren til resultatene', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/tiltak/');
  await expect(page.locator('#tiltaksfilter')).toBeHidden();
  await page.locator('#filterpanel > summary').click();
  await page.getByRole('checkbox', { name: /^Emosjonelle utfordringer/ }).check();
  await expect(page.locator('#filterpanel > summary')).toContainText('(1 valgt)');
  const n = measures.filter((m) => m.data.targetGroups.includes('emosjonelle')).length;
  await page.getByRole('button', { name: `Vis ${n} tiltak` }).click();
  await expect(page.locator('#filter-status')).toBeFocused();
  await expectInView(page.locator('.measure-card:visible').first(), 'første treff');
});

test('uten JavaScript sier filteret og søket fra øverst, og viser ingen døde knapper', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/tiltak/?malgruppe=emosjonelle');
  // (Playwright's text search skips <noscript>, so the notes are found by their class.)
  await expect(page.locator('.no-script')).toContainText('Filteret trenger JavaScript');
  await expect(page.locator('.no-script')).toBeInViewport();
  await expect(page.locator('#filterpanel')).toBeHidden();
  await expect(page.locator('.no-script a[href="/malgrupper/"]')).toHaveCount(1);
  await page.goto('/sok/?q=rus');
  await expect(page.locator('.no-script')).toContainText('Søket trenger JavaScript');
  await expect(page.locator('.no-script')).toBeInViewport();
  await expect(page.locator('main button:visible, main input:visible, main select:visible')).toHaveCount(0);
  await context.close();
});

test('søket sier antall treff én gang når skrivingen har stoppet, og viser høyst tre merkelapper per treff', async ({
  page,
}) => {
  await page.goto('/sok/');
  await page.evaluate(() => {
    const w = window as unknown as { announcements: string[] };
    w.announcements = [];
    new MutationObserver(() => w.announcements.push(document.querySelector('#sokestatus')!.textContent ?? '')).observe(
      document.querySelector('#sokestatus')!,
      { childList: true, characterData: true, subtree: true },
    );
  });
  await page.locator('#sok-q').pressSequentially('leksehjelp', { delay: 60 });
  await expect(page.locator('#sokestatus')).toContainText('treff for «leksehjelp»');
  const announcements = await page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
  expect(announcements.filter((a) => a.trim()).length, announcements.join(' | ')).toBeLessThanOrEqual(2);
  for (const tags of await page.locator('#treff .tags').all()) {
    expect(await tags.locator('li:not(.tags__more)').count()).toBeLessThanOrEqual(3);
  }
});

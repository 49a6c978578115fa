/** The pages people read: every measure, school, level, key, T and facet page, checked against the content. */
import { expect, test } from '@playwright/test';
import * as facets from '../../src/lib/facets';
import { readCollection, readMeasures } from '../content';
import { builtHtml, builtPages } from './site';

const measures = readMeasures();
const schools = readCollection<{ name: string }>('skoler');

/** The measure links listed in a page's main content, as ids. */
function listedMeasureIds(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...new Set([...main.matchAll(/href="\/tiltak\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))].sort();
}

test('hver tiltaksside finnes og viser navn, skole og faktaboks', () => {
  for (const m of measures) {
    const html = builtHtml(`/tiltak/${m.id}/`);
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    expect(h1, m.id).toBe(m.data.name.replace(/&/g, '&amp;'));
    expect(html, m.id).toContain('Fakta om tiltaket');
    for (const id of m.data.schools) {
      expect(html, `${m.id} mangler lenke til ${id}`).toContain(`href="/skoler/${id}/"`);
    }
  }
});

/** Decodes the few entities Astro writes in text. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

test('hver verdi og hver vurdering på tiltakssiden lenker til sitatet sitt, merket i beskrivelsen', () => {
  for (const m of measures) {
    const html = builtHtml(`/tiltak/${m.id}/`);
    const marks = new Map(
      [...html.matchAll(/<mark id="(sitat-\d+)"[^>]*>([\s\S]*?)<\/mark>/g)].map((x) => [x[1]!, text(x[2]!)]),
    );
    // Each link to a mark: «the quote», or the value itself where the quote says no more than the value.
    const links = [...html.matchAll(/<a [^>]*href="#(sitat-\d+)"[^>]*>([\s\S]*?)<\/a>/g)].map((x) => ({
      id: x[1]!,
      quote: text(x[2]!)
        .trim()
        .replace(/^«([\s\S]*)»$/, '$1')
        .toLowerCase(),
    }));
    const quotes = new Set(m.data.evidence.map((e) => e.quote.replace(/\s+/g, ' ').trim().toLowerCase()));
    expect(new Set(links.map((l) => l.quote)), m.id).toEqual(quotes);
    for (const link of links) {
      expect(marks.get(link.id)?.toLowerCase(), `${m.id}: #${link.id}`).toContain(link.quote);
    }
    // The description reads as the source, marks or not.
    const description = /<blockquote class="description"[^>]*>([\s\S]*?)<\/blockquote>/.exec(html)?.[1] ?? '';
    expect(text(description).replace(/\s+/g, ' ').trim(), m.id).toBe(m.body.replace(/\s+/g, ' ').trim());
  }
});

test('et sitat-lenke hopper til sitatet i beskrivelsen, uten JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const m = measures.find((x) => x.data.assessment.levels.length > 0)!;
  await page.goto(`/tiltak/${m.id}/`);
  const link = page.locator('.assessment a[href^="#sitat-"]').first();
  const target = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const mark = page.locator(target);
  await expect(mark).toBeInViewport();
  expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await context.close();
});

test('hver skoleside viser nøyaktig sine egne tiltak', () => {
  for (const school of schools) {
    const expected = measures
      .filter((m) => m.data.schools.includes(school.id))
      .map((m) => m.id)
      .sort();
    expect(listedMeasureIds(builtHtml(`/skoler/${school.id}/`)), school.id).toEqual(expected);
  }
});

test('hvert nivå, hver nøkkel, T og tema viser tiltakene som er vurdert dit', () => {
  const pages = [
    ...facets.levels.map((n) => ({ kind: 'levels' as const, value: n, path: `/nivaer/${n}/` })),
    ...facets.keys.slugs.map((s) => ({ kind: 'keys' as const, value: s, path: `/nokler/${s}/` })),
    ...facets.tees.slugs.map((s) => ({ kind: 'tees' as const, value: s, path: `/fire-t/${s}/` })),
    ...facets.themes.slugs.map((s) => ({ kind: 'themes' as const, value: s, path: `/tema/${s}/` })),
  ];
  const built = new Set(builtPages());
  for (const page of pages) {
    const expected = measures
      .filter((m) => m.data.assessment[page.kind].some((link) => link.value === page.value))
      .map((m) => m.id)
      .sort();
    const listed = listedMeasureIds(builtHtml(page.path));
    expect(listed, page.path).toEqual(expected);
    for (const id of listed) expect(built.has(`/tiltak/${id}/`), `${page.path} lenker til /tiltak/${id}/`).toBe(true);
  }
});

test('målgruppe-, alders- og programsidene teller det samme som innholdet', () => {
  const facetPages = [
    { field: 'targetGroups' as const, path: 'malgrupper', vocab: facets.targetGroups },
    { field: 'ageGroups' as const, path: 'alder', vocab: facets.ageGroups },
    { field: 'programmes' as const, path: 'utdanningsprogram', vocab: facets.programmes },
  ];
  for (const { field, path, vocab } of facetPages) {
    for (const term of vocab.terms) {
      const expected = measures
        .filter((m) => m.data[field].includes(term.slug))
        .map((m) => m.id)
        .sort();
      expect(listedMeasureIds(builtHtml(`/${path}/${term.slug}/`)), `/${path}/${term.slug}/`).toEqual(expected);
    }
  }
});

test('ingen lenke limes inntil ordet foran eller etter den', () => {
  for (const page of builtPages()) {
    const html = builtHtml(page);
    expect(html.match(/[\p{L}\d]<a\s/gu), `${page}: mangler mellomrom før en lenke`).toBeNull();
    // Also through inline tags that open right after the link: «Tønsberg</a><span>(…» reads «Tønsberg(…».
    expect(
      html.match(/<\/a>(?:<(?:span|em|strong|small|abbr)\b[^>]*>)*[\p{L}\d(]/gu),
      `${page}: mangler mellomrom etter en lenke`,
    ).toBeNull();
  }
});

test('hver tiltaksside får plass på én eller to A4-sider på papir', async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ media: 'print' });
  for (const m of measures) {
    await page.goto(`/tiltak/${m.id}/`);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `/tiltak/${m.id}/ skrives ut på ${pages} sider`).toBeGreaterThan(0);
    expect(pages, `/tiltak/${m.id}/ skrives ut på ${pages} sider`).toBeLessThanOrEqual(2);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }), 'navigasjonen skal ikke skrives ut').toBeHidden();
  }
});

test('ingen side blir bredere enn en smal mobil (320 px)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const paths = [
    '/',
    '/tiltak/',
    '/tiltak/heyerdahl-arbeids-og-karrieresenter-aks/',
    '/sok/',
    '/figurer/',
    '/statistikk/',
    '/tjenester/oppfolgingstjenesten/',
    '/finn-tiltak/',
    '/sammenlign/',
    '/nivaer/',
    '/skoler/',
    '/kunnskapsgrunnlag/',
    '/kommuner/',
    '/kommuner/tonsberg/',
    '/skoler/thor-heyerdahl-vgs/',
    '/data/',
  ];
  for (const path of paths) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} er ${width} px bred`).toBeLessThanOrEqual(320);
  }
});

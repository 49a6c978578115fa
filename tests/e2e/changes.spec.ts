/** What changed and when, on the real site: /endringer/, the Atom feed, and the edition on each measure page. */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../../src/lib/format';
import { readCollection } from '../content';
import { builtHtml, builtPages, DIST } from './site';

const editions = readCollection<{ title: string; label: string; date: string }>('utgaver');
const measures = readCollection<{ name: string; edition: string; ended?: unknown; updated?: unknown[] }>('tiltak');

test('/endringer/ lister hver utgave med tiltakene den la til, nyeste først', async ({ page }) => {
  await page.goto('/endringer/');
  const items = page.locator('ol.changes > li');
  const newestFirst = [...editions].sort((a, b) => b.data.date.localeCompare(a.data.date));
  // The real content has no updates or ends yet; when it does, the fixture test in tests/build covers their order.
  const changes = measures.reduce((n, m) => n + (m.data.updated?.length ?? 0) + (m.data.ended ? 1 : 0), 0);
  await expect(items).toHaveCount(newestFirst.length + changes);
  for (const e of newestFirst) {
    const item = page.locator(`#utgave-${e.id}`);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(e.data.title);
    await expect(item).toContainText(formatDate(e.data.date));
    const count = measures.filter((m) => m.data.edition === e.id).length;
    await expect(item).toContainText(`${count} tiltak lagt til`);
    await expect(item.locator('details li')).toHaveCount(count);
  }
});

test('Atom-strømmen har id, tittel, dato og lenke for hver endring, og lenkes fra hver side', () => {
  const xml = readFileSync(join(DIST, 'endringer.xml'), 'utf8');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'entry' || name === 'link',
  });
  const { feed } = parser.parse(xml) as {
    feed: {
      xmlns: string;
      id: string;
      title: string;
      updated: string;
      entry: { id: string; title: { '#text': string }; updated: string; link: { href: string }[] }[];
    };
  };
  expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toMatch(/^tag:/);
  expect(feed.title).toBe('Endringer i Tiltaksbanken for Vestfold');
  expect(feed.entry.length).toBeGreaterThanOrEqual(editions.length);
  for (const entry of feed.entry) {
    expect(entry.id).toMatch(/^tag:[^:]+:endringer\//);
    expect(entry.title['#text']).not.toBe('');
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(entry.link[0]?.href).toMatch(/\/(tiltak|endringer)\//);
  }
  for (const path of builtPages()) {
    expect(builtHtml(path), path).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Endringer" href="/endringer.xml">',
    );
  }
});

test('hver tiltaksside sier hvilken utgave tiltaket er fra', () => {
  const label = new Map(editions.map((e) => [e.id, e.data.label]));
  for (const m of measures)
    expect(builtHtml(`/tiltak/${m.id}/`), m.id).toContain(`Fra ${label.get(m.data.edition)}</a>`);
});

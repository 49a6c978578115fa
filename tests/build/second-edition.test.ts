/**
 * A new survey round must fit without a redesign. tests/fixtures/second-edition/ adds an invented second
 * edition with three measures (one updated, one ended) to a copy of the project, and the real build must
 * succeed: both editions' measures listed, each page naming its edition, the ended one marked, out of the
 * lists, counts and figures, and found by search; /endringer/ and the Atom feed list every change, newest
 * first; the figures can be seen one edition at a time. Expectations are computed from the content files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/serve';
import { entryId } from '../../src/lib/content-check';
import { formatDate } from '../../src/lib/format';
import { parseContentFile } from '../../src/lib/frontmatter';
import { chromiumPath } from '../e2e/browser';
import { build, copyProject, removeCopy } from './harness';

const FIXTURE = 'tests/fixtures/second-edition';

interface Dated {
  date: string | Date;
  reason: string;
}
interface MeasureFile {
  name: string;
  schools: string[];
  edition: string;
  updated?: Dated[];
  ended?: Dated;
}
interface EditionFile {
  title: string;
  label: string;
  date: string;
}

/** YAML may read an unquoted date as a Date; the site writes it back as ÅÅÅÅ-MM-DD. */
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

function readFolder<T>(dir: string, folder: string): { id: string; data: T }[] {
  const path = join(dir, 'content', folder);
  return readdirSync(path)
    .filter((f) => /\.(md|yaml)$/.test(f))
    .map((f) => ({ id: entryId(f), data: parseContentFile(readFileSync(join(path, f), 'utf8'), f).data as T }));
}

const fixtureIds = readdirSync(join(FIXTURE, 'content', 'tiltak')).map(entryId);

describe('en andre utgave av kartleggingen', () => {
  let dir = '';
  let result: { code: number | null; output: string } = { code: null, output: '' };
  let measures: { id: string; data: MeasureFile }[] = [];
  let editions: Map<string, EditionFile>;
  const page = (path: string) =>
    readFileSync(join(dir, 'dist', path, path.endsWith('.xml') || path.endsWith('.csv') ? '' : 'index.html'), 'utf8');
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  beforeAll(async () => {
    dir = copyProject(FIXTURE);
    result = await build(dir);
    measures = readFolder<MeasureFile>(dir, 'tiltak');
    editions = new Map(readFolder<EditionFile>(dir, 'utgaver').map((e) => [e.id, e.data]));
  }, 180_000);
  afterAll(() => removeCopy(dir));

  const active = () => measures.filter((m) => !m.data.ended);
  const ended = () => measures.filter((m) => m.data.ended);

  it('bygger', () => {
    expect(result.code, result.output).toBe(0);
    expect(editions.size).toBe(2);
    expect(fixtureIds).toHaveLength(3);
    expect(ended().map((m) => m.id)).toEqual(
      fixtureIds.filter((id) => readFolder<MeasureFile>(FIXTURE, 'tiltak').find((m) => m.id === id)?.data.ended),
    );
  });

  it('lister tiltakene fra begge utgavene, uten det avsluttede, og teller bare dem som drives', () => {
    const list = page('tiltak');
    expect(new Set(measures.map((m) => m.data.edition)).size).toBe(2);
    for (const m of active()) expect(list, m.id).toContain(`href="/tiltak/${m.id}/"`);
    for (const m of ended()) expect(list, m.id).not.toContain(`href="/tiltak/${m.id}/"`);
    expect(text(list)).toContain(`Viser ${active().length} tiltak`);
    expect(text(list)).toContain(`${ended().length} tiltak som er avsluttet, er ikke med her`);
  });

  it('viser utgaven på hvert tiltak, og hver oppdatering', () => {
    for (const m of measures) {
      const html = text(page(`tiltak/${m.id}`));
      expect(html, m.id).toContain(`Fra ${editions.get(m.data.edition)!.label}`);
      for (const u of m.data.updated ?? [])
        expect(html, m.id).toContain(`Oppdatert ${formatDate(iso(u.date))}: ${u.reason}`);
    }
  });

  it('merker det avsluttede tiltaket på siden og i listen over avsluttede', () => {
    const list = text(page('tiltak/avsluttede'));
    for (const m of ended()) {
      const html = text(page(`tiltak/${m.id}`));
      expect(html).toContain('Tiltaket er avsluttet');
      expect(html).toContain(`Avsluttet ${formatDate(iso(m.data.ended!.date))}: ${m.data.ended!.reason}`);
      expect(list).toContain(m.data.name);
      expect(list).toContain(`Avsluttet ${formatDate(iso(m.data.ended!.date))}`);
    }
  });

  it('holder det avsluttede tiltaket utenfor figurene', () => {
    const csv = page('figurer/tiltak-per-skole.csv');
    expect(csv).toContain(`Andel av ${active().length} tiltak`);
    const school = ended()[0]!.data.schools[0]!;
    const shortName = String(
      readFolder<{ shortName: string }>(dir, 'skoler').find((s) => s.id === school)!.data.shortName,
    );
    const row = csv.split('\n').find((line) => line.startsWith(`${shortName};`));
    expect(row?.split(';')[1]).toBe(String(active().filter((m) => m.data.schools.includes(school)).length));
  });

  it('kan vise figurene for én utgave om gangen', () => {
    expect(page('figurer')).toContain('/figurer/utgave/');
    for (const [id] of editions) {
      const html = text(page(`figurer/utgave/${id}`));
      const count = active().filter((m) => m.data.edition === id).length;
      expect(html).toContain(`bare for de ${count} tiltakene`);
      // The school figure's table counts only this edition's running measures.
      expect(html).toContain(`Andel av ${count} tiltak`);
    }
  });

  /** Every change, newest first, from the content files: an edition's arrival, each update, each end. */
  function expectedChanges() {
    const changes: { date: string; anchor: string; order: number }[] = [];
    for (const [id, e] of editions) changes.push({ date: e.date, anchor: `utgave-${id}`, order: 2 });
    for (const m of measures) {
      for (const u of m.data.updated ?? [])
        changes.push({ date: iso(u.date), anchor: `tiltak-${m.id}-oppdatert-${iso(u.date)}`, order: 1 });
      if (m.data.ended) changes.push({ date: iso(m.data.ended.date), anchor: `tiltak-${m.id}-avsluttet`, order: 0 });
    }
    return changes.sort(
      (a, b) => b.date.localeCompare(a.date) || a.order - b.order || a.anchor.localeCompare(b.anchor),
    );
  }

  it('lister endringene på /endringer/, nyeste først', () => {
    const anchors = [...page('endringer').matchAll(/<li id="([^"]+)" class="change/g)].map((m) => m[1]);
    expect(anchors).toEqual(expectedChanges().map((c) => c.anchor));
    expect(anchors.length).toBeGreaterThanOrEqual(5);
  });

  it('har de samme endringene i Atom-strømmen, med id, tittel, dato og lenke', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'entry' || name === 'link',
    });
    const { feed } = parser.parse(page('endringer.xml')) as {
      feed: {
        xmlns: string;
        id: string;
        title: string;
        updated: string;
        entry: { id: string; title: { '#text': string }; updated: string; link: { href: string }[] }[];
      };
    };
    const expected = expectedChanges();
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^tag:/);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBe(`${expected[0]!.date}T00:00:00.000Z`);
    expect(feed.entry).toHaveLength(expected.length);
    feed.entry.forEach((entry, i) => {
      expect(entry.id).toMatch(/^tag:[^:]+:endringer\//);
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toBe(`${expected[i]!.date}T00:00:00.000Z`);
      expect(entry.link[0]!.href).toMatch(/^(https?:\/\/[^/]+)?\/(tiltak|endringer)\//);
    });
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(expected.length);
  });

  describe('i nettleseren', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      server = await serve(join(dir, 'dist'));
      browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--headless=new'] });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('finner det avsluttede tiltaket i søket, merket som avsluttet', async () => {
      const tab = await browser.newPage();
      for (const m of ended()) {
        await tab.goto(`${server.url}/sok/?q=${encodeURIComponent(m.data.name)}`);
        const hit = tab.locator('.hit', { has: tab.getByRole('link', { name: m.data.name, exact: true }) });
        await hit.waitFor({ timeout: 15_000 });
        expect(await hit.textContent()).toContain(`Avsluttet ${formatDate(iso(m.data.ended!.date))}`);
      }
      await tab.close();
    }, 60_000);
  });
});

/** What changed and when: the changes list, the measure page's date lines and the Atom feed. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changeTitle, listChanges, measureDates, type ChangeMeasure, type EditionInfo } from '../../src/lib/changes';
import { dateOf, isIsoDate } from '../../src/lib/dates';
import { changeHref, changesFeed, tagUri } from '../../src/lib/feed';
import { formatDate } from '../../src/lib/format';
import { isActive } from '../../src/lib/measures';

const editions: EditionInfo[] = [
  { id: 'runde-1', data: { title: 'Runde 1', label: 'runde 1', date: '2025-02-28' } },
  { id: 'runde-2', data: { title: 'Runde 2', label: 'runde 2', date: '2027-02-28' } },
];
const measure = (
  id: string,
  name: string,
  edition: string,
  more: Partial<ChangeMeasure['data']> = {},
): ChangeMeasure => ({
  id,
  data: { name, edition: { id: edition }, updated: [], ...more },
});
const measures = [
  measure('b', 'Bravo', 'runde-1', { updated: [{ date: '2026-05-01', reason: 'Omfanget er rettet.' }] }),
  measure('a', 'Alfa', 'runde-1', {
    updated: [
      { date: '2026-05-01', reason: 'Første retting.' },
      { date: '2026-05-01', reason: 'Andre retting.' },
    ],
    ended: { date: '2027-03-01', reason: 'Skolen har avsluttet tiltaket.' },
  }),
  measure('c', 'Charlie', 'runde-2'),
  measure('d', 'Ærlig', 'runde-1', { ended: { date: '2026-05-01', reason: 'Lagt ned.' } }),
];

describe('datoer', () => {
  it('godtar bare datoer som finnes, skrevet ÅÅÅÅ-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-28')).toBe(false);
    expect(isIsoDate('28.02.2025')).toBe(false);
  });
  it('skriver datoen på norsk', () => {
    expect(formatDate('2026-05-01')).toBe('1. mai 2026');
    expect(formatDate('2025-12-31')).toBe('31. desember 2025');
    expect(dateOf('2026-05-01').toISOString()).toBe('2026-05-01T00:00:00.000Z');
  });
});

describe('listChanges', () => {
  const changes = listChanges(measures, editions);

  it('har én endring per utgave, oppdatering og avslutning, nyeste først', () => {
    expect(changes.map((c) => [c.date, c.kind, c.kind === 'edition' ? c.edition.id : c.measure.id])).toEqual([
      ['2027-03-01', 'ended', 'a'],
      ['2027-02-28', 'edition', 'runde-2'],
      ['2026-05-01', 'ended', 'd'],
      ['2026-05-01', 'updated', 'a'],
      ['2026-05-01', 'updated', 'a'],
      ['2026-05-01', 'updated', 'b'],
      ['2025-02-28', 'edition', 'runde-1'],
    ]);
  });

  it('gir hver endring en nøkkel som er lik fra bygg til bygg, også to oppdateringer samme dag', () => {
    const keys = changes.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('tiltak/a/oppdatert/2026-05-01');
    expect(keys).toContain('tiltak/a/oppdatert/2026-05-01-2');
    expect(keys).toContain('tiltak/a/avsluttet');
    expect(listChanges([...measures].reverse(), editions).map((c) => c.key)).toEqual(keys);
  });

  it('lister tiltakene en utgave la til, i norsk rekkefølge, og regner med avsluttede', () => {
    const first = changes.find((c) => c.kind === 'edition' && c.edition.id === 'runde-1');
    expect(first?.kind === 'edition' && first.measures.map((m) => m.name)).toEqual(['Alfa', 'Bravo', 'Ærlig']);
    expect(changeTitle(first!)).toBe('Runde 1: 3 tiltak lagt til');
  });

  it('utelater en utgave uten tiltak', () => {
    expect(listChanges([measure('c', 'Charlie', 'runde-2')], editions).map((c) => c.key)).toEqual(['utgave/runde-2']);
  });
});

describe('measureDates og isActive', () => {
  it('sier hvilken utgave tiltaket er fra, og hver endring, nyeste først', () => {
    const a = measures[1]!;
    expect(
      measureDates({ ...a.data, updated: [{ date: '2025-06-01', reason: 'Eldst.' }, ...a.data.updated] }, 'runde 1'),
    ).toEqual({
      edition: 'Fra runde 1',
      updates: [
        'Oppdatert 1. mai 2026: Første retting.',
        'Oppdatert 1. mai 2026: Andre retting.',
        'Oppdatert 1. juni 2025: Eldst.',
      ],
      ended: 'Avsluttet 1. mars 2027: Skolen har avsluttet tiltaket.',
    });
    expect(measureDates(measures[2]!.data, 'runde 2')).toEqual({ edition: 'Fra runde 2', updates: [] });
  });
  it('regner et avsluttet tiltak som ikke aktivt', () => {
    const plain = (m: ChangeMeasure) => ({
      id: m.id,
      data: {
        ...m.data,
        schools: [],
        programmes: [],
        goals: [],
        targetGroups: [],
        ageGroups: [],
        organisation: [],
        academicActivities: [],
        socialActivities: [],
      },
    });
    expect(
      measures
        .map(plain)
        .filter(isActive)
        .map((m) => m.id),
    ).toEqual(['b', 'c']);
  });
});

describe('changesFeed', () => {
  const changes = listChanges(measures, editions);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'entry' || name === 'link',
  });
  type Link = { href: string; rel?: string };
  type Html = { '#text': string; type: string };
  type Entry = { id: string; title: Html; updated: string; link: Link[]; summary: Html };
  const parse = (xml: string) =>
    parser.parse(xml) as {
      feed: {
        xmlns: string;
        id: string;
        title: string;
        updated: string;
        link: Link[];
        entry: Entry[];
        author: { name: string };
      };
    };

  it('er Atom med id, tittel, dato og lenke for strømmen og hver endring', () => {
    const { feed } = parse(changesFeed(changes, new URL('https://eksempel.no/')));
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(tagUri());
    expect(feed.title).toBe('Endringer i Tiltaksbanken for Vestfold');
    expect(feed.author.name).toBe('Tiltaksbanken for Vestfold');
    expect(feed.updated).toBe(`${changes[0]!.date}T00:00:00.000Z`);
    expect(feed.entry.map((e) => e.id)).toEqual(changes.map((c) => tagUri(c.key)));
    expect(feed.entry.map((e) => e.updated)).toEqual(changes.map((c) => `${c.date}T00:00:00.000Z`));
    expect(feed.entry.map((e) => e.title['#text'])).toEqual(changes.map(changeTitle));
    expect(feed.entry.map((e) => e.link[0]!.href)).toEqual(changes.map((c) => `https://eksempel.no${changeHref(c)}`));
    expect(feed.entry[0]!.summary['#text']).toBe('Skolen har avsluttet tiltaket.');
  });

  it('har id-er som ikke avhenger av adressen, og relative lenker uten adresse', () => {
    const withSite = parse(changesFeed(changes, new URL('https://eksempel.no/'))).feed;
    const without = parse(changesFeed(changes)).feed;
    expect(without.entry.map((e) => e.id)).toEqual(withSite.entry.map((e) => e.id));
    expect(without.entry.map((e) => e.link[0]!.href)).toEqual(changes.map(changeHref));
    expect(without.link.map((l) => l.href)).toEqual(['/endringer/', '/endringer.xml']);
    for (const id of without.entry.map((e) => e.id)) expect(id).toMatch(/^tag:[a-z0-9.-]+,\d{4}:[\w/-]+$/);
  });

  it('er lik fra gang til gang og escaper tekst', () => {
    const odd = [measure('x', 'A & B <c>', 'runde-1')];
    const xml = changesFeed(listChanges(odd, editions));
    expect(xml).toBe(changesFeed(listChanges(odd, editions)));
    expect(parse(xml).feed.entry[0]!.title['#text']).toBe('Runde 1: 1 tiltak lagt til');
    const ended = [measure('x', 'A & B <c>', 'runde-1', { ended: { date: '2026-01-01', reason: 'Slutt <nå> & da.' } })];
    const entry = parse(changesFeed(listChanges(ended, editions))).feed.entry[0]!;
    expect(entry.title['#text']).toBe('Avsluttet: A &amp; B &lt;c&gt;');
    expect(entry.summary['#text']).toBe('Slutt &lt;nå&gt; &amp; da.');
  });
});

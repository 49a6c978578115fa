import { describe, expect, it } from 'vitest';
import { COMPARE_MAX, compareRows, compareUrl, parseCompare, SILENT_VALUE, toggleCompare } from '../../src/lib/compare';

describe('parseCompare', () => {
  it('leser både kommaliste og gjentatte parametere, uten duplikater', () => {
    expect(parseCompare('?tiltak=a,b&tiltak=c&tiltak=a')).toEqual(['a', 'b', 'c']);
  });
  it('tar høyst fire og bare kjente, gyldige id-er', () => {
    expect(parseCompare('?tiltak=a,b,c,d,e')).toHaveLength(COMPARE_MAX);
    expect(parseCompare('?tiltak=a,<script>,x', new Set(['a', 'x']))).toEqual(['a', 'x']);
  });
  it('gir en tom liste uten parameter', () => {
    expect(parseCompare('')).toEqual([]);
  });
  it('lager adressen', () => {
    expect(compareUrl(['a', 'b'])).toBe('/sammenlign/?tiltak=a,b');
  });
});

describe('compareRows', () => {
  const m = (id: string, facts: [string, string][]) => ({ id, name: id, facts: new Map(facts) });
  it('tar med hver fakta et av tiltakene har, i faktaboksens rekkefølge, og «ikke oppgitt» der et tiltak er taust', () => {
    const rows = compareRows([
      m('a', [
        ['Målgruppe', 'Faglige'],
        ['Alder', '16–19 år'],
        ['Omfang', '2 timer'],
      ]),
      m('b', [
        ['Målgruppe', 'Faglige'],
        ['Utdanningsprogram', 'Yrkesfaglig'],
        ['Omfang', '3 timer'],
      ]),
    ]);
    expect(rows.map((r) => r.label)).toEqual(['Målgruppe', 'Utdanningsprogram', 'Alder', 'Omfang']);
    expect(rows.find((r) => r.label === 'Alder')!.values).toEqual(['16–19 år', SILENT_VALUE]);
    expect(rows.map((r) => r.same)).toEqual([true, false, false, false]);
  });
});

describe('toggleCompare', () => {
  it('legger til, fjerner, og holder høyst fire (den eldste går ut)', () => {
    expect(toggleCompare(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompare(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleCompare(['a', 'b', 'c', 'd'], 'e')).toEqual(['b', 'c', 'd', 'e']);
  });
});

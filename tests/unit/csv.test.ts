import { describe, expect, it } from 'vitest';
import { BOM, joinValues, parseCsv, splitValues, toCsv } from '../../src/lib/csv';

describe('csv', () => {
  it('skriver med BOM, anførselstegn og CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x "y"']])).toBe(`${BOM}"a","b"\r\n"1","x ""y"""\r\n`);
  });
  it('tåler en rundtur med komma, semikolon, linjeskift og æøå', () => {
    const rows = [['Særskilte språkrettigheter', 'a, b; c\nd', '']];
    expect(parseCsv(toCsv(['navn', 'tekst', 'tom'], rows))).toEqual([['navn', 'tekst', 'tom'], ...rows]);
  });
  it('slår sammen og deler flerverdifelt', () => {
    expect(splitValues(joinValues(['faglige', 'spraklige']))).toEqual(['faglige', 'spraklige']);
    expect(splitValues(joinValues([]))).toEqual([]);
  });
});

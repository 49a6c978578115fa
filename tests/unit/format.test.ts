import { describe, expect, it } from 'vitest';
import { compareNb, formatAgeRange, formatNumber, joinNb } from '../../src/lib/format';

describe('format', () => {
  it('formaterer tall på norsk', () => {
    expect(formatNumber(11.6)).toBe('11,6');
    expect(formatNumber(1535).replace(/\s/g, ' ')).toBe('1 535');
  });
  it('sorterer æ, ø og å sist', () => {
    expect(['Å', 'Ø', 'Æ', 'B'].sort(compareNb)).toEqual(['B', 'Æ', 'Ø', 'Å']);
  });
  it('lister på norsk', () => {
    expect(joinNb(['a'])).toBe('a');
    expect(joinNb(['a', 'b', 'c'])).toBe('a, b og c');
  });
  it('skriver aldersspenn', () => {
    expect(formatAgeRange({ min: 15, max: 24 })).toBe('15–24 år');
    expect(formatAgeRange({ min: 19 })).toBe('fra 19 år');
  });
});

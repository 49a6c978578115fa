import { describe, expect, it } from 'vitest';
import { ANY, allPaths, describeAnswers, finderUrl, matchFinder } from '../../src/lib/finder';
import { measure as m } from '../fixtures/measure';

const measures = [
  m('a', { ageGroups: ['20-24'], targetGroups: ['spraklige'], programmes: ['yrkesfaglig'] }),
  m('b', { ageGroups: ['16-19'], targetGroups: ['spraklige'] }),
];

describe('finder', () => {
  it('har en side for hver kombinasjon av svar', () => {
    expect(allPaths()).toHaveLength(1 + 5 + 5 * 8 + 5 * 8 * 3);
    expect(finderUrl(['20-24', ANY])).toBe('/finn-tiltak/20-24/alle/');
  });
  it('matcher alle svar, og «alle» matcher alt', () => {
    expect(matchFinder(measures, ['20-24', 'spraklige']).map((x) => x.id)).toEqual(['a']);
    expect(matchFinder(measures, [ANY, 'spraklige', ANY]).map((x) => x.id)).toEqual(['a', 'b']);
    expect(matchFinder(measures, [ANY, ANY, 'yrkesfaglig']).map((x) => x.id)).toEqual(['a']);
  });
  it('beskriver svarene med ord', () => {
    expect(describeAnswers(['20-24', 'spraklige', 'yrkesfaglig'])).toEqual([
      '20–24 år',
      'språklige utfordringer',
      'yrkesfaglig utdanningsprogram',
    ]);
    expect(describeAnswers([ANY, ANY])).toEqual([]);
  });
});

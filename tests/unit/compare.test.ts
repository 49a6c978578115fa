import { describe, expect, it } from 'vitest';
import { COMPARE_MAX, compareUrl, parseCompare } from '../../src/lib/compare';

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

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxDistance, speller, wordList } from '../../src/lib/spelling';

describe('maxDistance', () => {
  it('tillater ingen feil i korte ord, én fra fem bokstaver og to fra åtte', () => {
    expect([3, 4, 5, 7, 8, 12].map(maxDistance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('wordList', () => {
  it('har ordene fra flest tekster først, like mange i alfabetisk rekkefølge, uten korte ord og tall', () => {
    expect(wordList(['Sektorer og mentorer', 'mentorer i 2026', 'alle mentorer og sektorer'])).toEqual([
      'mentorer',
      'sektorer',
      'alle',
    ]);
  });
});

describe('speller', () => {
  const spell = speller(['hospitering', 'miljøterapeut', 'mentorordning', 'sektorer', 'mobbing', 'matematikk']);
  it('kjenner ord i tekstene, starten av dem, og ord med en av stemmerens endelser', () => {
    expect(spell.knows('hospitering')).toBe(true);
    expect(spell.knows('hospit')).toBe(true); // still typing
    expect(spell.knows('mentorer')).toBe(true); // «mentor» + -er starts «mentorordning»
    expect(spell.knows('miljoterapeut')).toBe(true); // without ø
    expect(spell.knows('hospetering')).toBe(false);
  });
  it('gir nærmeste ord for et ukjent ord, med samme første bokstav', () => {
    expect(spell.nearest('hospetering')).toBe('hospitering');
    expect(spell.nearest('mobing')).toBe('mobbing');
    expect(spell.nearest('mentorer')).toBeUndefined(); // known: never «sektorer»
    expect(spell.nearest('bobbing')).toBeUndefined(); // «mobbing» starts with another letter
    expect(spell.nearest('rus')).toBeUndefined(); // too short to guess
  });
  it('retter nettstedets egne feilstavinger i søkesettet mot ordene i tiltakene', () => {
    const texts = readdirSync('content/tiltak').map((f) => readFileSync(`content/tiltak/${f}`, 'utf8'));
    const site = speller(wordList(texts));
    expect(site.nearest('spessialundervisning')).toBe('spesialundervisning');
    expect(site.nearest('hospetering')).toBe('hospitering');
  });
});

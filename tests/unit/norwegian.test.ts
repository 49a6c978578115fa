import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  bareWord,
  compoundModifier,
  compoundParts,
  fold,
  isFormOf,
  linkingVariants,
  vocabulary,
  words,
  wordsAndFolded,
} from '../../src/lib/norwegian';

describe('fold', () => {
  it.each([
    ['miljøterapeut', 'miljoterapeut'],
    ['Læreplass', 'laereplass'],
    ['Språkpraksis', 'sprakpraksis'],
    ['Nøtterøy', 'notteroy'],
    ['Færder', 'faerder'],
    ['matte', 'matte'],
  ])('%s → %s', (word, folded) => expect(fold(word)).toBe(folded));
});

describe('words', () => {
  it('deler ved alt som ikke er bokstav eller tall, i små bokstaver', () => {
    expect(words('Yrkesfag-koordinator (16–19 år), LHBT+')).toEqual([
      'yrkesfag',
      'koordinator',
      '16',
      '19',
      'år',
      'lhbt',
    ]);
  });
});

describe('bareWord', () => {
  it.each([
    ['NAV,', 'nav'],
    ['«Tett', 'tett'],
    ['på.»', 'på'],
    ['20-24', '20-24'],
    ['(lhbt+)', 'lhbt'],
  ])('%s → %s', (word, bare) => expect(bareWord(word)).toBe(bare));
});

describe('wordsAndFolded', () => {
  it('gir ordene og de foldede formene som er annerledes, hver én gang', () => {
    expect(wordsAndFolded('Tønsberg kommune')).toEqual(['tønsberg', 'kommune', 'tonsberg']);
  });
});

describe('compoundParts', () => {
  const vocab = vocabulary([
    'skole fravær tilrettelegging koordinator yrkesfag norsk opplæring lekser hjelpe barn hage ingen avklar',
  ]);
  it.each([
    ['skolefravær', ['skole', 'fravær']],
    ['tilretteleggingskoordinator', ['tilrettelegging', 'koordinator']], // linking -s-
    ['barnehage', ['barn', 'hage']],
    ['barnehagen', []],
    ['yrkesfagkoordinator', ['yrkesfag', 'koordinator']],
    ['norskopplæring', ['norsk', 'opplæring']],
    ['leksehjelp', ['lekse', 'hjelp']], // parts only inflected in the text: «lekser», «hjelpe»
    ['koordinator', []],
    ['avklaringen', []], // -ingen is an ending, not a word here
  ])('%s → %o', (word, parts) => expect(compoundParts(word, vocab)).toEqual(parts));

  it('bruker linking -e-', () => {
    expect(compoundParts('barnevern', vocabulary(['barn vern']))).toEqual(['barn', 'vern']);
    expect(compoundParts('folkehelse', vocabulary(['folk helse']))).toEqual(['folk', 'helse']);
  });

  it('deler ikke i deler kortere enn fire bokstaver', () => {
    expect(compoundParts('rusfag', vocabulary(['rus fag']))).toEqual([]);
  });

  it('deler «skolefravær» med nettstedets egne ord', () => {
    const texts = readdirSync('content/tiltak').map((f) => readFileSync(`content/tiltak/${f}`, 'utf8'));
    const site = vocabulary(texts);
    expect(compoundParts('skolefravær', site)).toEqual(['skole', 'fravær']);
  });
});

describe('compoundModifier', () => {
  const vocab = vocabulary(['miljø miljo skole innhold']);
  it('gir første del når nettstedet ikke har resten som ord', () => {
    expect(compoundModifier('miljøterapeut', vocab)).toBe('miljø');
    expect(compoundModifier('miljoterapeut', vocab)).toBe('miljo');
    expect(compoundModifier('skolevegring', vocab)).toBe('skole');
  });
  it('gir ingenting for et ord uten kjent start, for korte starter og for starter som ikke er deler', () => {
    expect(compoundModifier('terapeut', vocab)).toBeUndefined();
    expect(compoundModifier('miljøet', vocab)).toBeUndefined(); // less than four letters after «miljø»
    expect(compoundModifier('innholdet', vocabulary(['inn']))).toBeUndefined();
  });
});

describe('linkingVariants', () => {
  it('gir skrivemåten med linking -s- der teksten mangler den og nettstedet skriver den andre steder', () => {
    const vocab = vocabulary(['minoritetsspråklig språklige']);
    expect(linkingVariants('minoritetspråklige', vocab)).toEqual(['minoritetsspråklige']);
  });
  it('gir ingenting når nettstedet aldri skriver formen med -s-', () => {
    expect(linkingVariants('minoritetspråklige', vocabulary(['språklige']))).toEqual([]);
  });
});

describe('isFormOf', () => {
  const vocab = vocabulary(['problemer plasser kurs tiltaket']);
  // [word, start, whether the word is a form of the start]: the word itself, inflected, and compounds it
  // begins are; words that only begin with the same letters are not.
  it.each([
    ['rus', 'rus', true],
    ['lærlinger', 'lærling', true],
    ['motiverte', 'motiver', true],
    ['rusproblemer', 'rus', true],
    ['lærlingeplasser', 'lærling', true],
    ['lærlingsplasser', 'lærling', true],
    ['matematikkurs', 'matematikk', true],
    ['Lærlingtiltaket', 'lærling', true],
    ['rustes', 'rus', false],
    ['mattering', 'matte', false],
    ['ressurs', 'rus', false],
    ['russisk', 'rus', false],
  ])('«%s» av «%s»: %s', (word, start, expected) => {
    expect(isFormOf(word, start, vocab)).toBe(expected);
  });
});

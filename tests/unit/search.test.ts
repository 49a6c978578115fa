import { describe, expect, it } from 'vitest';
import { compareNb } from '../../src/lib/format';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { vocabulary } from '../../src/lib/norwegian';
import {
  derivedWords,
  groupWeight,
  indexBlocks,
  INDEX_WEIGHTS,
  measureFilters,
  measureLinks,
  measurePlaces,
  nameOrderKeys,
  synonymSources,
  synonymWords,
  unusedSynonyms,
} from '../../src/lib/search';

const measure = {
  data: {
    name: 'Test',
    schools: [{ id: 'a' }, { id: 'b' }],
    programmes: ['yrkesfaglig'],
    goals: [],
    targetGroups: ['spraklige', 'faglige'],
    ageGroups: [],
    organisation: ['en-til-en'],
    academicActivities: [],
    socialActivities: [],
    assessment: { levels: [{ value: 2 as const }], tees: [{ value: 'tett-oppfolging' }], keys: [], themes: [] },
  },
};
const schools: Record<string, { shortName: string; municipality: string }> = {
  a: { shortName: 'A vgs', municipality: 'tonsberg' },
  b: { shortName: 'B vgs', municipality: 'tonsberg' },
};

describe('measureFilters', () => {
  const filters = measureFilters(measure, (id) => schools[id]!);
  it('gir norske etiketter som filterverdier', () => {
    expect(filters['målgruppe']).toEqual(['Språklige utfordringer', 'Faglige utfordringer']);
    expect(filters['organisering']).toEqual(['1:1']);
    expect(filters['nivå']).toEqual(['Nivå 2: De som vekker bekymring']);
    expect(filters['T']).toEqual(['Tett oppfølging']);
  });
  it('tar med skoler og kommune én gang hver', () => {
    expect(filters['skole']).toEqual(['A vgs', 'B vgs']);
    expect(filters['kommune']).toEqual(['Tønsberg']);
  });
  it('utelater filtre uten verdi, men har alltid en sidetype', () => {
    expect(filters['alder']).toBeUndefined();
    expect(filters['nøkkel']).toBeUndefined();
    expect(filters['type']).toEqual(['Tiltak']);
  });
});

/** The synonyms as editors write them (content/sok/synonymer.yaml). */
const synonyms = (parse(readFileSync('content/sok/synonymer.yaml', 'utf8')) as { synonyms: Record<string, string[]> })
  .synonyms;

describe('synonymWords', () => {
  const vocab = vocabulary(['problemer plasser']);
  it('legger til lesernes ord der teksten bruker kildens', () => {
    const [key, words] = Object.entries(synonyms).find(([k]) => k === 'matematikk')!;
    expect(synonymWords(`Hjelp i ${key}`, synonyms, vocab)).toEqual(words);
    expect(synonymWords('Elever med kort botid', { 'kort botid': ['nyankommet', 'innvandrer'] }, vocab)).toEqual([
      'nyankommet',
      'innvandrer',
    ]);
  });
  it('ser bare på ordstarter, og legger ikke til ord teksten allerede har', () => {
    expect(synonymWords('matte og matematikk', { matematikk: ['matte'], matte: ['matematikk'] }, vocab)).toEqual([]);
    expect(synonymWords('ressurs', { rus: ['rusmidler'] }, vocab)).toEqual([]);
    expect(synonymWords('rusproblemer', { rus: ['rusmidler'] }, vocab)).toEqual(['rusmidler']);
  });
  it('finner nøkkelen bare i ord som er former av den, ikke i ord som bare begynner likt', () => {
    expect(synonymWords('gjøres bevisste, rustes og styrkes', { rus: ['rusmidler'] }, vocab)).toEqual([]);
    expect(synonymWords('mattering', { matte: ['matematikk'] }, vocab)).toEqual([]);
    expect(synonymWords('lærlingeplasser', { lærling: ['læreplass'] }, vocab)).toEqual(['læreplass']);
  });
  it('finner en nøkkel av flere ord også over et linjeskift', () => {
    expect(synonymWords('fra skole\r\ntil lære', { 'skole til lære': ['læreplass'] }, vocab)).toEqual(['læreplass']);
  });
  it('tåler tegn som betyr noe i regulære uttrykk', () => {
    expect(synonymWords('LHBT+ og lhbtq+', { lhbt: ['lhbtq+'] }, vocab)).toEqual([]);
  });
});

describe('synonymSources', () => {
  it('gir hvert ord synonymene legger til, uten æ/ø/å, nøklene det står for, uten småord', () => {
    expect(
      synonymSources({
        foresatte: ['foreldre'],
        leksehjelp: ['hjelp med lekser'],
        'skole til lære': ['læreplass'],
        lærling: ['læreplass'],
      }),
    ).toEqual({
      foreldre: ['foresatte'],
      hjelp: ['leksehjelp'],
      lekser: ['leksehjelp'],
      laereplass: ['skole til lære', 'lærling'],
    });
  });
});

describe('unusedSynonyms', () => {
  const vocab = vocabulary(['problemer plasser']);
  it('finner nøklene som ingen tekst har i noen form', () => {
    const synonyms = {
      rus: ['rusmidler'],
      lærlign: ['læreplass'],
      'kort botid': ['nyankommet'],
      matte: ['matematikk'],
    };
    expect(unusedSynonyms(['Elever med rusproblemer', 'kort\nbotid', 'mattering'], synonyms, vocab)).toEqual([
      'lærlign',
      'matte',
    ]);
  });
  it('godtar en liste der hver nøkkel står i en tekst', () => {
    expect(unusedSynonyms(['lærlingplasser', 'rus'], { lærling: ['læreplass'], rus: ['rusmidler'] }, vocab)).toEqual(
      [],
    );
  });
});

describe('derivedWords', () => {
  const vocab = vocabulary(['skole fravær koordinator tilrettelegging']);
  it('legger til sammensetningenes deler og ordene uten æ, ø og å', () => {
    const words = derivedWords('stort skolefravær', vocab, {}, new Set(['stort', 'skolefravær']));
    expect(words).toEqual(expect.arrayContaining(['skolefravaer', 'skole', 'fravær', 'fravaer']));
    expect(words).not.toContain('stort');
  });
  it('legger til synonymene, men ikke ord siden har', () => {
    expect(derivedWords('rus', vocab, { rus: ['rusmidler'] }, new Set(['rus']))).toEqual(['rusmidler']);
  });
});

describe('indexBlocks', () => {
  const ctx = { vocab: vocabulary(['skole fravær koordinator']), synonyms: {} };
  const blocks = indexBlocks(
    {
      name: 'Miljøterapeut',
      text: 'Stort skolefravær.',
      about: ['Tønsberg kommune'],
      links: ['Mentorordning'],
      groups: ['Emosjonelle utfordringer'],
    },
    ctx,
  );
  it('vekter navnets ord som navnet, tekstens som tekst', () => {
    expect(blocks[0]).toEqual({ weight: INDEX_WEIGHTS.name, words: ['miljoterapeut'] });
    expect(blocks[1]!.weight).toBe(INDEX_WEIGHTS.text);
    expect(blocks[1]!.words).toEqual(expect.arrayContaining(['fravær', 'skolefravaer']));
  });
  it('tar med sted, koblinger og målgrupper, og aldri et ord to ganger', () => {
    expect(blocks.slice(2)).toEqual([
      { weight: INDEX_WEIGHTS.about, words: ['tønsberg', 'kommune', 'tonsberg'] },
      { weight: INDEX_WEIGHTS.links, words: ['mentorordning'] },
      { weight: groupWeight(1), words: ['emosjonelle', 'utfordringer'] },
    ]);
    const all = blocks.flatMap((b) => b.words);
    expect(new Set(all).size).toBe(all.length);
  });
  it('utelater tomme blokker', () => {
    expect(indexBlocks({ name: 'Rus', text: 'rus' }, ctx)).toEqual([]);
  });
  it('tar et aldersspenn i et faktums navn også hele, slik lesere skriver det («20-24»)', () => {
    const [links] = indexBlocks({ name: 'Rus', text: 'rus', links: ['20–24 år'] }, ctx);
    expect(links).toEqual({ weight: INDEX_WEIGHTS.links, words: ['20', '24', 'år', '20-24'] });
  });
});

describe('groupWeight', () => {
  it('gir et tiltak for én målgruppe mer vekt enn et samletiltak for alle sju', () => {
    expect(groupWeight(1)).toBeGreaterThan(groupWeight(2));
    expect(groupWeight(2)).toBeGreaterThan(groupWeight(7));
    expect(groupWeight(7)).toBeGreaterThan(0);
    expect(groupWeight(0)).toBe(0);
  });
});

describe('measurePlaces og measureLinks', () => {
  const school = () => ({
    name: 'A videregående skole',
    shortName: 'A vgs',
    municipality: 'larvik',
    sourceNames: ['A videregaende'],
  });
  it('gir skolens navn, kildens skrivemåter og kommunen', () => {
    expect(measurePlaces(measure, school)).toContain('Larvik kommune');
    expect(measurePlaces(measure, school)).toContain('A videregaende');
  });
  it('gir navnene på nivå, T-er og fakta som alder og organisering', () => {
    expect(measureLinks(measure)).toEqual(
      expect.arrayContaining(['Nivå 2: De som vekker bekymring', 'Tett oppfølging', '1:1']),
    );
  });
});

describe('nameOrderKeys', () => {
  const titles = ['Øving', 'Heyerdahl ressurs - støtte', 'Heyerdahl Ressurs (01)', 'Ås', 'Ærlig', 'aktiv', 'Bro'];
  const key = nameOrderKeys(titles);
  it('gir nøkler som sortert tegn for tegn gir norsk alfabetisk rekkefølge', () => {
    const byKey = [...titles].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(byKey).toEqual([...titles].sort(compareNb));
    expect(byKey.slice(-3)).toEqual(['Ærlig', 'Øving', 'Ås']);
  });
  it('gir like titler samme nøkkel, og stopper på en ukjent tittel', () => {
    expect(nameOrderKeys(['B', 'A', 'B'])('B')).toBe('1');
    expect(() => key('Ukjent')).toThrow(/Ukjent/);
  });
  it('fyller ut med nuller så tekstsortering holder ved ti eller flere', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Tiltak ${String.fromCharCode(65 + i)}`);
    expect(nameOrderKeys(many)('Tiltak A')).toBe('00');
    expect(nameOrderKeys(many)('Tiltak L')).toBe('11');
  });
});

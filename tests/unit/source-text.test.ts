import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  citableText,
  comparableText,
  joinLines,
  MEASURE_REPORT,
  normaliseText,
  parseMeasureTable,
  slugify,
} from '../../src/lib/source-text';

describe('joinLines', () => {
  it('slår sammen linjer og fjerner ekstra mellomrom', () => {
    expect(joinLines(['  Tiltaket retter  seg ', '', 'mot elever. '])).toBe('Tiltaket retter seg mot elever.');
  });
  it('skjøter orddeling ved linjeskift uten mellomrom', () => {
    expect(joinLines(['liten gruppe (2-', '5)'])).toBe('liten gruppe (2-5)');
    expect(joinLines(['IMDI-', 'rådgivere'])).toBe('IMDI-rådgivere');
  });
  it('beholder mellomrommet etter en bindestrek foran «og»', () => {
    expect(joinLines(['trening på sosiale- ', 'og livsmestringsferdigheter'])).toBe(
      'trening på sosiale- og livsmestringsferdigheter',
    );
  });
});

describe('normaliseText', () => {
  it('gir samme tekst uansett linjebryting', () => {
    expect(normaliseText('a b\nc-\nd')).toBe(normaliseText('a  b c-d'));
  });
});

describe('parseMeasureTable', () => {
  const rows = parseMeasureTable(readFileSync('content/kilder/tekst/kartlegging-2025.txt', 'utf8'));

  it('finner nøyaktig 60 rader i vedlegget', () => {
    expect(rows).toHaveLength(60);
  });
  it('skiller navn, skole og beskrivelse også over sideskift', () => {
    const miljo = rows.find((r) => r.name === 'Miljøterapeut');
    expect(miljo?.school).toBe('Greveskogen videregående skole');
    expect(miljo?.description).toMatch(/^Tiltaket rettes mot elever på yrkesfaglige/);
    const ressurs = rows.find((r) => r.name === 'Heyerdahl Ressurs (01)');
    expect(ressurs?.school).toBe('Thor Heyerdal videregående skole');
  });
  it('kjenner igjen Fundament som et tiltak ved tre skoler', () => {
    const fundament = rows.find((r) => r.name.startsWith('Fundament'));
    expect(fundament?.school).toBe(
      'Thor Heyerdahl videregående skole, Sandefjord videregående skole og Melsom videregående skole',
    );
  });
  it('avviser en tekst uten tabellhode', () => {
    expect(() => parseMeasureTable('ingen tabell her')).toThrow(/tabellhodet/);
  });
});

describe('slugify', () => {
  it('gjør æ, ø og å om til ae, o og a', () => {
    expect(slugify('Særskilte språkrettigheter')).toBe('saerskilte-sprakrettigheter');
    expect(slugify('Nøtterøy')).toBe('notteroy');
    expect(slugify('LHBT+')).toBe('lhbt');
  });
});

describe('citableText', () => {
  const read = (key: string) => readFileSync(`content/kilder/tekst/${key}.txt`, 'utf8');

  it('er beskrivelsene i vedlegget for kartleggingen, ikke resten av rapporten', () => {
    const text = citableText(MEASURE_REPORT, read(MEASURE_REPORT));
    const first = parseMeasureTable(read(MEASURE_REPORT))[0]!;
    expect(text.includes(comparableText(first.description))).toBe(true);
    // The table's column header and the report's introduction are not descriptions.
    expect(text.includes(comparableText('Tiltakets navn Skole Beskrivelse av tiltaket'))).toBe(false);
  });
  it('er hele teksten for en annen kilde, så et tiltak fra den kan siteres ordrett over linjeskift', () => {
    const brochure = citableText('ot-brosjyre', read('ot-brosjyre'));
    expect(brochure.includes(comparableText('Tilby ungdom i målgruppen\noppfølging og veiledning.'))).toBe(true);
    expect(brochure.includes(comparableText('Tilby ungdom i målgruppen leksehjelp.'))).toBe(false);
  });
});

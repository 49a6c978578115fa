import { describe, expect, it } from 'vitest';
import { collections, measureSchema, schoolSchema, synonymsSchema } from '../../src/content.config';

describe('content.config', () => {
  it('definerer alle samlingene innholdet bruker', () => {
    expect(Object.keys(collections).sort()).toEqual(
      [
        'fireT',
        'kapitler',
        'kilder',
        'nivaer',
        'nokler',
        'referanser',
        'skoler',
        'sok',
        'statistikk',
        'tema',
        'tiltak',
        'tjenester',
        'utgaver',
      ].sort(),
    );
  });

  it('avviser en skole med ukjent kommune og navngir feltet', () => {
    const result = schoolSchema.safeParse({
      name: 'Eksempel videregående skole',
      shortName: 'Eksempel vgs',
      kind: 'videregående skole',
      municipality: 'oslo',
      municipalityNote: 'test',
      sourceNames: ['Eksempel videregående skole'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['municipality']);
  });

  it('avviser en feilstavet målgruppe i et tiltak', () => {
    const result = measureSchema.safeParse({
      name: 'Test',
      schools: ['sandefjord-vgs'],
      source: { document: 'kartlegging-2025', section: '7' },
      targetGroups: ['språklige'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('targetGroups.0');
  });

  it('avviser en redaksjonell kobling uten begrunnelse', () => {
    const result = measureSchema.safeParse({
      name: 'Test',
      schools: ['sandefjord-vgs'],
      source: { document: 'kartlegging-2025', section: '7' },
      assessment: { levels: [{ value: 2 }] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('assessment.levels.0.why');
  });

  describe('utgave, oppdatering og avslutning', () => {
    const base = {
      name: 'Test',
      schools: ['sandefjord-vgs'],
      source: { document: 'kartlegging-2025', section: '7' },
      edition: 'kartlegging-2025',
    };
    const messages = (data: object) =>
      measureSchema.safeParse({ ...base, ...data }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

    it('godtar datoer som ÅÅÅÅ-MM-DD, også når YAML har gjort dem til Date', () => {
      const result = measureSchema.safeParse({
        ...base,
        updated: [{ date: '2026-05-01', reason: 'Omfanget er rettet.' }],
        ended: { date: new Date('2027-03-01T00:00:00Z'), reason: 'Skolen har avsluttet tiltaket.' },
      });
      expect(result.error?.issues).toBeUndefined();
      expect(result.data?.ended?.date).toBe('2027-03-01');
      expect(result.data?.updated).toEqual([{ date: '2026-05-01', reason: 'Omfanget er rettet.' }]);
    });

    it('avviser datoer som ikke finnes eller er skrevet på en annen måte, med norsk melding', () => {
      expect(messages({ ended: { date: '2026-02-30', reason: 'Avsluttet.' } })).toEqual([
        'ended.date: «2026-02-30» er ikke en dato som ÅÅÅÅ-MM-DD (år-måned-dag), for eksempel "2026-05-01"',
      ]);
      expect(messages({ updated: [{ date: '1. mai 2026', reason: 'Rettet.' }] })).toEqual([
        'updated.0.date: «1. mai 2026» er ikke en dato som ÅÅÅÅ-MM-DD (år-måned-dag), for eksempel "2026-05-01"',
      ]);
      expect(messages({ ended: { reason: 'Avsluttet.' } })).toEqual([
        'ended.date: mangler dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel "2026-05-01"',
      ]);
    });

    it('krever utgaven og en grunn på én linje', () => {
      expect(
        measureSchema.safeParse({ ...base, edition: undefined }).error?.issues.map((i) => i.path.join('.')),
      ).toEqual(['edition']);
      expect(messages({ updated: [{ date: '2026-05-01', reason: 'To\nlinjer' }] })).toEqual([
        'updated.0.reason: grunnen (reason) skal være én linje: hva som ble endret, og hvorfor',
      ]);
    });
  });

  it('avviser et synonym uten liste, med store bokstaver eller tom liste, og navngir ordet', () => {
    const messages = (synonyms: unknown) =>
      synonymsSchema.safeParse({ synonyms }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages({ matematikk: ['matte'], 'kort botid': ['nyankommet'] })).toEqual([]);
    expect(messages({ matematikk: 'matte' })).toEqual([
      'synonyms.matematikk: må være en liste; skriv verdiene i hakeparenteser: [a, b]',
    ]);
    expect(messages({ matematikk: [] })[0]).toMatch(/^synonyms\.matematikk: minst ett ord/);
    expect(messages({ Matte: ['matematikk'] })[0]).toMatch(/små bokstaver/);
  });
});

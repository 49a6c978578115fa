import { describe, expect, it } from 'vitest';
import { collections, measureSchema, schoolSchema, synonymsSchema } from '../../src/content.config';

describe('content.config', () => {
  it('definerer alle samlingene innholdet bruker', () => {
    expect(Object.keys(collections).sort()).toEqual(
      ['fireT', 'kapitler', 'kilder', 'nivaer', 'nokler', 'referanser', 'skoler', 'sok', 'statistikk', 'tema', 'tiltak', 'tjenester', 'utgaver'].sort(),
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

      ['fireT', 'kapitler', 'kilder', 'nivaer', 'nokler', 'referanser', 'skoler', 'sok', 'statistikk', 'tema', 'tiltak', 'tjenester', 'utgaver'].sort(),
  });
});

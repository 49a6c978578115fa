import { describe, expect, it } from 'vitest';
import { municipalities } from '../../src/lib/facets';
import {
  cellAnchor,
  largestLevels,
  levelAnchor,
  levelCross,
  levelGroups,
  nameNotes,
  overviewSummary,
  type Assessable,
} from '../../src/lib/overview';

type Link = { value: string | number; why: string };
const m = (id: string, a: { levels?: number[]; tees?: string[]; keys?: string[] } = {}): Assessable => {
  const links = (values: readonly (string | number)[] = []): Link[] =>
    values.map((value) => ({ value, why: 'begrunnelse' }));
  return {
    id,
    data: { assessment: { levels: links(a.levels), tees: links(a.tees), keys: links(a.keys), themes: [] } },
  };
};

const set = [
  m('a', { levels: [2], tees: ['tett-oppfolging'] }),
  m('b', { levels: [2, 3], tees: ['tett-oppfolging', 'tidlig-innsats'], keys: ['samhandling'] }),
  m('c', { levels: [3] }),
  m('d'),
  m('e', { levels: [3, 3] }),
];

describe('levelGroups', () => {
  it('legger et tiltak under hvert nivå det er vurdert til, én gang, og samler resten i «ikke vurdert»', () => {
    const groups = levelGroups(set);
    expect(groups.map((g) => [g.anchor, g.measures.map((x) => x.id)])).toEqual([
      ['niva-1', []],
      ['niva-2', ['a', 'b']],
      ['niva-3', ['b', 'c', 'e']],
      ['niva-4', []],
      ['ikke-vurdert', ['d']],
    ]);
    expect(groups[1]!.label).toBe('Nivå 2: De som vekker bekymring');
  });

  it('gir fem tomme grupper for ingen tiltak', () => {
    expect(levelGroups([]).map((g) => g.measures.length)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('levelCross', () => {
  it('teller tiltakene i hver gruppe mot T-ene og nøklene, med et anker per celle', () => {
    const rows = levelCross(levelGroups(set), 'tees');
    const level2 = rows[1]!;
    expect(level2.cells.map((c) => [c.term.slug, c.measures.map((x) => x.id)])).toEqual([
      ['tidlig-innsats', ['b']],
      ['tett-oppfolging', ['a', 'b']],
      ['tilpasning-av-tiltakene', []],
      ['tverrgaende-samarbeid', []],
    ]);
    expect(level2.cells[1]!.anchor).toBe('niva-2-tett-oppfolging');
    const keys = levelCross(levelGroups(set), 'keys');
    expect(keys[2]!.cells.map((c) => c.measures.length)).toEqual([1, 0, 0]);
    expect(keys[4]!.cells.every((c) => c.measures.length === 0)).toBe(true);
  });

  it('har ankre som ikke kolliderer med gruppene', () => {
    expect(cellAnchor(null, 'samhandling')).toBe('ikke-vurdert-samhandling');
    expect(levelAnchor(4)).toBe('niva-4');
  });
});

describe('overviewSummary', () => {
  it('sier antall, skolene, nivået med flest og hvor mange som er vurdert', () => {
    expect(overviewSummary('Larvik', ['Thor Heyerdahl vgs'], set)).toBe(
      'Larvik: 5 tiltak ved Thor Heyerdahl vgs; flest på nivå 3. Nivåene er redaksjonens vurdering, ikke kartleggingens; 4 av 5 er vurdert til minst ett nivå.',
    );
  });

  it('nevner alle nivåene som deler førsteplassen, og sier «alle» når alle er vurdert', () => {
    const tied = [m('a', { levels: [2] }), m('b', { levels: [3] })];
    expect(largestLevels(levelGroups(tied))).toEqual([2, 3]);
    expect(overviewSummary('X vgs', [], tied)).toBe(
      'X vgs: 2 tiltak; flest på nivå 2 og 3. Nivåene er redaksjonens vurdering, ikke kartleggingens; alle er vurdert til minst ett nivå.',
    );
  });

  it('tåler ingen tiltak, ett tiltak og ingen vurderte', () => {
    expect(overviewSummary('Y', ['A vgs', 'B vgs'], [])).toBe('Y: ingen tiltak ved A vgs og B vgs i kartleggingen.');
    expect(overviewSummary('Z', [], [m('a', { levels: [1] })])).toContain(
      'flest på nivå 1. Nivåene er redaksjonens vurdering, ikke kartleggingens; tiltaket er vurdert',
    );
    expect(overviewSummary('Z', [], [m('a'), m('b')])).toBe(
      'Z: 2 tiltak. Nivåene er redaksjonens vurdering, ikke kartleggingens; ingen er vurdert til noe nivå.',
    );
  });
});

describe('nameNotes', () => {
  const schools = [
    { id: 'faerder-vgs', name: 'Færder videregående skole', municipality: 'tonsberg' },
    { id: 'notteroy-vgs', name: 'Nøtterøy videregående skole', municipality: 'faerder' },
    { id: 'horten-vgs', name: 'Horten videregående skole', municipality: 'horten' },
  ];
  it('finner en skole som heter noe annet enn kommunen den ligger i, på begge kommunenes sider', () => {
    for (const page of ['faerder', 'tonsberg']) {
      const notes = nameNotes(page, schools, municipalities.terms);
      expect(
        notes.map((n) => [n.school.id, n.named.slug, n.located.slug]),
        page,
      ).toEqual([['faerder-vgs', 'faerder', 'tonsberg']]);
    }
    expect(nameNotes('horten', schools, municipalities.terms)).toEqual([]);
  });
});

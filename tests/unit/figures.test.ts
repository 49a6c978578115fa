/**
 * The figures' numbers: the counting functions on small hand-made data, then every figure built from the
 * real content and checked against counts made here, independently, from the content files.
 */
import { describe, expect, it } from 'vitest';
import { buildFigures, FIGURE_SECTIONS, STATISTIC_FIGURES } from '../../src/charts/figures';
import { coverageFigure, facetBars, OTHER_LABEL, SILENT_LABEL } from '../../src/charts/figures/measures';
import { statisticBars } from '../../src/charts/figures/statistics';
import * as facets from '../../src/lib/facets';
import {
  barText,
  countTable,
  rankingSummary,
  toCsv,
  type Bar,
  type BarFigure,
  type Figure,
  type MatrixFigure,
  type NumberCell,
} from '../../src/lib/figures';
import {
  countAny,
  countAssessed,
  countBySchools,
  countFacet,
  countUnassessed,
  crossFacet,
  rankCounts,
} from '../../src/lib/measures';
import { normaliseText } from '../../src/lib/source-text';
import { readCollection, sourceText } from '../content';
import { contentDatasets, contentFigureInput, measureFiles } from '../figure-input';
import { measure } from '../fixtures/measure';

const sample = [
  measure('m1', { targetGroups: ['faglige', 'spraklige'], organisation: ['en-til-en', 'liten-gruppe'] }),
  measure('m2', {
    targetGroups: ['faglige', 'faglige'],
    organisation: ['stor-gruppe'],
    schools: [{ id: 'a-vgs' }, { id: 'b-vgs' }],
  }),
  measure('m3', { targetGroups: ['emosjonelle'], schools: [{ id: 'b-vgs' }] }),
  measure('m4', {}),
];

describe('telling for figurene', () => {
  it('teller et tiltak én gang per kategori, også når verdien står to ganger', () => {
    const faglige = countFacet(sample, 'targetGroups').find((c) => c.term.slug === 'faglige')!;
    expect(faglige.count).toBe(2);
    expect(faglige.share).toBe(0.5);
  });

  it('lager en stolpe per kategori, største først, og en egen stolpe for dem uten verdi', () => {
    const bars = facetBars(sample, 'targetGroups', true);
    expect(bars).toHaveLength(facets.targetGroups.terms.length + 1);
    const counted = bars.filter((b) => b.kind === undefined).map((b) => b.value);
    expect(counted).toEqual([...counted].sort((a, b) => b - a));
    const silent = bars.at(-1)!;
    expect(silent).toMatchObject({ kind: 'silent', label: SILENT_LABEL, value: 1, share: 0.25 });
  });

  describe('holder «ikke oppgitt» og «annet» fra hverandre', () => {
    // 6 measures: 2 in a category only, 1 in a category and «annet», 2 with «annet» only, 1 silent.
    const org = [
      measure('a', { organisation: ['en-til-en'], targetGroups: ['faglige'] }),
      measure('b', { organisation: ['stor-gruppe'], targetGroups: ['faglige'] }),
      measure('c', { organisation: ['en-til-en'], organisationOther: ['i grupper'], targetGroups: ['faglige'] }),
      measure('d', { organisationOther: ['ordinære klasser'], targetGroups: ['faglige'] }),
      measure('e', { organisationOther: ['2-lærer i klasser'], targetGroups: ['emosjonelle'] }),
      measure('f', { targetGroups: ['faglige'] }),
    ];

    it('i stolpene og i teksten', () => {
      const bars = facetBars(org, 'organisation', true);
      expect(bars.slice(-2).map((b) => [b.label, b.value, b.kind])).toEqual([
        [OTHER_LABEL, 3, 'other'],
        [SILENT_LABEL, 1, 'silent'],
      ]);
      expect(rankingSummary(bars, org.length)).toContain(
        '3 av 6 beskrivelser nevner noe utenfor kategoriene. 1 av 6 beskrivelser sier ikke noe om dette.',
      );
    });

    it('i matrisen', () => {
      const figure = coverageFigure({
        ...contentFigureInput(),
        measures: org.map((m) => ({
          ...m,
          data: { ...m.data, assessment: { levels: [], tees: [], keys: [], themes: [] } },
        })),
      });
      const col = (key: string) => figure.columns.findIndex((c) => c.key === key);
      const faglige = figure.rows.find((r) => r.key === 'faglige')!;
      expect(faglige.cells[col('annet')]!.value).toBe(2);
      expect(faglige.cells[col('ikke-oppgitt')]!.value).toBe(1);
      expect(figure.notes[0]!.join('')).toContain('(3 av 6 tiltak)');
    });
  });

  it('lenker til tiltakslisten filtrert på kategorien, men ikke til en tom liste', () => {
    const bars = facetBars(sample, 'targetGroups', true);
    expect(bars.find((b) => b.key === 'spraklige')!.href).toBe('/tiltak/?malgruppe=spraklige');
    expect(bars.find((b) => b.key === 'rus-og-kriminalitet')!.href).toBeUndefined();
    expect(facetBars(sample, 'goals', true).every((b) => b.href === undefined)).toBe(true);
  });

  it('holder vokabularets rekkefølge når figuren ikke skal sorteres', () => {
    const bars = facetBars(sample, 'ageGroups', false).filter((b) => b.kind === undefined);
    expect(bars.map((b) => b.key)).toEqual(facets.ageGroups.slugs);
  });

  it('teller et tiltak fra flere skoler hos hver skole, men én gang i en gruppe skoler', () => {
    const counts = countBySchools(sample, [
      { key: 'a', schools: ['a-vgs'] },
      { key: 'b', schools: ['b-vgs'] },
      { key: 'begge', schools: ['a-vgs', 'b-vgs'] },
    ]);
    expect(counts.map((c) => [c.key, c.count])).toEqual([
      ['a', 3],
      ['b', 2],
      ['begge', 4],
    ]);
  });

  it('krysser to fasetter og teller tiltak uten verdi i den ene for seg', () => {
    const rows = crossFacet(sample, 'targetGroups', 'organisation');
    const faglige = rows.find((r) => r.term.slug === 'faglige')!;
    expect(faglige.count).toBe(2);
    expect(faglige.cells.map((c) => [c.term.slug, c.count])).toEqual([
      ['en-til-en', 1],
      ['liten-gruppe', 1],
      ['middels-gruppe', 0],
      ['stor-gruppe', 1],
    ]);
    expect(rows.find((r) => r.term.slug === 'emosjonelle')!.silent).toBe(1);
  });

  it('teller tiltak med minst én av flere verdier én gang', () => {
    expect(countAny(sample, 'organisation', ['en-til-en', 'liten-gruppe'])).toBe(1);
    expect(countAny(sample, 'organisation', ['en-til-en', 'stor-gruppe'])).toBe(2);
  });

  it('teller redaksjonelle koblinger per tiltak, ikke per kobling', () => {
    const assessed = [
      {
        data: {
          assessment: {
            levels: [
              { value: 2, why: 'a' },
              { value: 2, why: 'b' },
            ],
            tees: [],
            keys: [],
            themes: [],
          },
        },
      },
      { data: { assessment: { levels: [{ value: 3, why: 'c' }], tees: [], keys: [], themes: [] } } },
      { data: { assessment: { levels: [], tees: [], keys: [], themes: [] } } },
    ];
    expect(countAssessed(assessed, 'levels', [2, 3, 4]).map((c) => c.count)).toEqual([1, 1, 0]);
    expect(countUnassessed(assessed, 'levels')).toBe(1);
  });

  it('sorterer stabilt: likt antall beholder rekkefølgen', () => {
    const ranked = rankCounts([
      { key: 'a', count: 1 },
      { key: 'b', count: 3 },
      { key: 'c', count: 1 },
    ]);
    expect(ranked.map((c) => c.key)).toEqual(['b', 'a', 'c']);
  });
});

describe('tekst og tabell', () => {
  it('skriver tallet ved stolpen på norsk', () => {
    expect(barText({ key: 'a', label: 'A', value: 45, share: 0.75 }, 'tiltak')).toBe('45 (75\u00a0%)');
    expect(barText({ key: 'a', label: 'A', value: 800, max: 900 }, 'antall')).toBe('800–900');
    expect(barText({ key: 'a', label: 'A', value: 3.8 }, 'prosent')).toBe('3,8\u00a0%');
    expect(barText({ key: 'a', label: 'A', value: 2080 }, 'antall')).toBe('2\u00a0080');
  });

  it('oppsummerer flest og færrest i ord, med delt siste plass', () => {
    const bars: Bar[] = [
      { key: 'a', label: 'A', value: 4, share: 0.4 },
      { key: 'b', label: 'B', value: 1, share: 0.1 },
      { key: 'c', label: 'C', value: 1, share: 0.1 },
      { key: 'x', label: SILENT_LABEL, value: 2, share: 0.2, kind: 'silent' },
    ];
    expect(rankingSummary(bars, 10)).toBe(
      'Flest tiltak: «A» (4 av 10, 40\u00a0%); færrest: «B» og «C» (1 hver, 10\u00a0%). 2 av 10 beskrivelser sier ikke noe om dette.',
    );
  });

  it('lager CSV med BOM, overskriftsrad, semikolon, desimalkomma og CRLF', () => {
    const csv = toCsv({
      rowHeader: 'Hva',
      columns: ['Verdi', 'Andel'],
      groups: [
        {
          label: 'G1',
          rows: [
            {
              header: 'a; "b"',
              cells: [
                { n: 3.8, as: 'value' },
                { n: 0.755, as: 'share' },
              ],
            },
          ],
        },
        { label: 'G2', rows: [{ header: 'c', cells: [{ n: 2080, as: 'count' }, 'tekst'] }] },
      ],
    });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Gruppe;Hva;Verdi;Andel',
      'G1;"a; ""b""";3,8;76',
      'G2;c;2080;tekst',
      '',
    ]);
  });

  it('har samme tall i tabellen som i stolpene', () => {
    const bars = facetBars(sample, 'targetGroups', true);
    const table = countTable([{ bars }], 'Målgruppe', sample.length);
    expect(table.groups[0]!.rows.map((r) => [r.header, r.cells])).toEqual(
      bars.map((b) => [
        b.label,
        [
          { n: b.value, as: 'count' },
          { n: b.share, as: 'share' },
        ],
      ]),
    );
  });
});

describe('figurene bygd fra innholdet', () => {
  const input = contentFigureInput();
  const figures = buildFigures(input);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const files = measureFiles();
  const total = files.length;
  const bar = (f: Figure) => f as BarFigure;

  it('har hver figur på siden nøyaktig én gang, med unike id-er', () => {
    const listed = FIGURE_SECTIONS.flatMap((s) => s.figures);
    expect(figures.map((f) => f.id)).toEqual(listed);
    expect(new Set(listed).size).toBe(listed.length);
  });

  const facetFigures = [
    ['hovedmal', 'goals'],
    ['malgruppe', 'targetGroups'],
    ['organisering', 'organisation'],
    ['faglige-aktiviteter', 'academicActivities'],
    ['sosiale-aktiviteter', 'socialActivities'],
  ] as const;

  const OTHER = {
    goals: 'goalsOther',
    targetGroups: 'targetGroupsOther',
    organisation: 'organisationOther',
    academicActivities: 'academicActivitiesOther',
  } as const;
  for (const [id, field] of facetFigures) {
    it(`figuren «${id}» teller ${field} slik innholdsfilene har det, sortert`, () => {
      const figure = bar(byId.get(id)!);
      const bars = figure.groups.flatMap((g) => g.bars);
      const vocab =
        facets[
          (
            {
              goals: 'goals',
              targetGroups: 'targetGroups',
              organisation: 'organisations',
              academicActivities: 'academicActivities',
              socialActivities: 'socialActivities',
            } as const
          )[field]
        ];
      const counted = bars.filter((b) => b.kind === undefined);
      expect(counted.map((b) => b.key).sort()).toEqual([...vocab.slugs].sort());
      for (const b of counted) {
        const expected = files.filter((m) => (m.data[field] ?? []).includes(b.key)).length;
        expect(b.value, `${id}/${b.key}`).toBe(expected);
        expect(b.share).toBeCloseTo(expected / total);
      }
      expect(counted.map((b) => b.value)).toEqual(counted.map((b) => b.value).sort((a, b) => b - a));
      // «Annet» and «ikke oppgitt» are counted apart: a description that says something outside the
      // categories is not silent.
      const others = (m: (typeof files)[number]) => (field in OTHER ? m.data[OTHER[field as keyof typeof OTHER]] : []);
      const other = files.filter((m) => others(m).length > 0).length;
      const silent = files.filter((m) => m.data[field].length === 0 && others(m).length === 0).length;
      expect(bars.find((b) => b.kind === 'other')?.value ?? 0).toBe(other);
      expect(bars.find((b) => b.kind === 'silent')?.value ?? 0).toBe(silent);
    });
  }

  it('figuren over alder og program teller hver aldersgruppe og hvert program', () => {
    const figure = bar(byId.get('alder-og-program')!);
    const [age, programme] = figure.groups;
    for (const [group, field] of [
      [age!, 'ageGroups'],
      [programme!, 'programmes'],
    ] as const) {
      for (const b of group.bars.filter((x) => x.kind === undefined)) {
        expect(b.value).toBe(files.filter((m) => (m.data[field] ?? []).includes(b.key)).length);
      }
    }
    expect(age!.bars.filter((b) => b.kind === undefined).map((b) => b.key)).toEqual(facets.ageGroups.slugs);
    expect(age!.bars.find((b) => b.key === '20-24')!.href).toBe('/tiltak/?alder=20-24');
    expect(programme!.bars.find((b) => b.key === 'yrkesfaglig')!.href).toBe('/tiltak/?program=yrkesfaglig');
  });

  it('gjenskaper rapportens aldersandeler som andeler av alle aldersvalg, og sier det bare når tallene stemmer', () => {
    const note = (input: ReturnType<typeof contentFigureInput>) =>
      JSON.stringify(bar(buildFigures(input).find((f) => f.id === 'alder-og-program')!).notes);
    const input = contentFigureInput();
    const choices = files.reduce((sum, m) => sum + m.data.ageGroups.length, 0);
    const teen = files.filter((m) => m.data.ageGroups.includes('16-19')).length;
    expect(Math.round((100 * teen) / choices)).toBe(73);
    expect(note(input)).toContain(`blir det ${teen} av ${choices}`);
    expect(note(input)).toContain('det er rapportens 73\u00a0% og 25\u00a0% avrundet til hele prosent');
    // One measure for every age group changes the shares; then the site does not claim a match.
    const extra = {
      ...input.measures[0]!,
      id: 'x',
      data: { ...input.measures[0]!.data, ageGroups: ['under-16', '16-19', '20-24', 'over-24'] },
    };
    expect(note({ ...input, measures: [...input.measures, extra, { ...extra, id: 'y' }] })).toContain(
      'som heller ikke er rapportens tall',
    );
  });

  it('tiltak per skole og per kommune teller et felles tiltak hos hver', () => {
    const schools = readCollection<{ municipality: string }>('skoler');
    const perSchool = bar(byId.get('tiltak-per-skole')!).groups[0]!.bars;
    expect(perSchool).toHaveLength(schools.length);
    for (const b of perSchool) {
      expect(b.value).toBe(files.filter((m) => m.data.schools.includes(b.key)).length);
      expect(b.href).toBe(`/skoler/${b.key}/`);
    }
    const sum = perSchool.reduce((s, b) => s + b.value, 0);
    expect(sum).toBe(files.reduce((s, m) => s + m.data.schools.length, 0));
    const perMunicipality = bar(byId.get('tiltak-per-kommune')!).groups[0]!.bars;
    for (const b of perMunicipality) {
      const here = new Set(schools.filter((s) => s.data.municipality === b.key).map((s) => s.id));
      expect(b.value).toBe(files.filter((m) => m.data.schools.some((s) => here.has(s))).length);
    }
  });

  it('matrisen teller hver kombinasjon av målgruppe og organisering', () => {
    const figure = byId.get('malgruppe-og-organisering') as MatrixFigure;
    expect(figure.rows.map((r) => r.key)).toEqual(facets.targetGroups.slugs);
    for (const row of figure.rows) {
      const inRow = files.filter((m) => (m.data.targetGroups ?? []).includes(row.key));
      figure.columns.forEach((col, i) => {
        const expected =
          col.kind === 'silent'
            ? inRow.filter((m) => m.data.organisation.length === 0 && m.data.organisationOther.length === 0).length
            : col.kind === 'other'
              ? inRow.filter((m) => m.data.organisationOther.length > 0).length
              : inRow.filter((m) => m.data.organisation.includes(col.key)).length;
        expect(row.cells[i]!.value, `${row.key} × ${col.key}`).toBe(expected);
      });
    }
  });

  it('nivåstigen, T-ene og nøklene teller den redaksjonelle vurderingen', () => {
    const checks = [
      ['nivaer', 'levels'],
      ['fire-t', 'tees'],
      ['nokler', 'keys'],
    ] as const;
    for (const [id, kind] of checks) {
      const figure = bar(byId.get(id)!);
      expect(figure.editorial).toBe(true);
      expect(figure.title).toContain('redaksjonell vurdering');
      for (const b of figure.groups[0]!.bars.filter((x) => x.kind === undefined)) {
        const expected = files.filter((m) =>
          (m.data.assessment?.[kind] ?? []).some((l) => String(l.value) === b.key),
        ).length;
        expect(b.value, `${id}/${b.key}`).toBe(expected);
      }
    }
    expect(
      bar(byId.get('nivaer')!)
        .groups[0]!.bars.map((b) => b.key)
        .slice(0, 4),
    ).toEqual(['4', '3', '2', '1']);
  });

  it('statistikkfigurene bruker bare tall som står i statistikken, uendret', () => {
    const datasets = contentDatasets();
    for (const spec of STATISTIC_FIGURES) {
      const figure = bar(byId.get(spec.id)!);
      const points = spec.datasets.flatMap((id) => datasets.find((d) => d.id === id)!.points);
      const rows = figure.table.groups.flatMap((g) => g.rows);
      expect(
        rows.map((r) => [r.header, (r.cells[0] as NumberCell).n]),
        spec.id,
      ).toEqual(points.map((p) => [p.label, p.value]));
      expect(figure.groups).toHaveLength(spec.datasets.length);
      figure.groups.forEach((group, i) => {
        const own = datasets.find((d) => d.id === spec.datasets[i])!.points;
        const value = (label: string) => own.find((p) => p.label === label)?.value;
        for (const b of group.bars) {
          if (b.max === undefined) {
            expect(value(b.label), `${spec.id}: ${b.label}`).toBe(b.value);
          } else {
            expect(value(`${b.label}, nedre grense`), `${spec.id}: ${b.label}`).toBe(b.value);
            expect(value(`${b.label}, øvre grense`), `${spec.id}: ${b.label}`).toBe(b.max);
          }
        }
      });
    }
  });

  it('slår sammen nedre og øvre grense til én stolpe, og merker kildens egne summer', () => {
    const set = contentDatasets().find((d) => d.id === 'ot-vestfold-tilbud-omfang-2024-2025')!;
    const bars = statisticBars(set);
    const ranges = set.points.filter((p) => p.label.endsWith(', nedre grense'));
    expect(bars.filter((b) => b.max !== undefined)).toHaveLength(ranges.length);
    expect(bars).toHaveLength(set.points.length - ranges.length);
    const smi = contentDatasets().find((d) => d.id === 'smi-etter-endt-skolegang')!;
    expect(
      statisticBars(smi, ['Totalt'])
        .filter((b) => b.kind === 'total')
        .map((b) => b.label),
    ).toEqual(['Totalt']);
  });

  it('siterer kildene ordrett', () => {
    const comparable = (s: string) => normaliseText(s).toLowerCase();
    const texts = new Map<string, string>();
    const text = (key: string) => texts.get(key) ?? texts.set(key, comparable(sourceText(key))).get(key)!;
    let quotes = 0;
    for (const figure of figures) {
      for (const part of figure.notes.flat()) {
        if (typeof part === 'string') continue;
        quotes++;
        expect(text(part.source.document), `${figure.id}: «${part.quote}»`).toContain(comparable(part.quote));
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('sier i hver figur hva den teller og har et tekstalternativ', () => {
    for (const figure of figures) {
      expect(figure.counts.length, figure.id).toBeGreaterThan(40);
      expect(figure.summary.length, figure.id).toBeGreaterThan(20);
      expect(figure.source, figure.id).not.toBe('');
    }
  });
});

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPEN_COLUMNS, type OpenMeasure } from '../../src/lib/open-data';
import { columnWidth, dataDate, measuresWorkbook, MEASURES_SHEET } from '../../src/lib/workbook';
import { dosDateTime, zipTimes } from '../../src/lib/zip';

const measure = (id: string): OpenMeasure => ({
  id,
  url: `https://example.org/tiltak/${id}/`,
  name: `Tiltak ${id}`,
  schools: [{ id: 're-vgs', name: 'Re videregående skole' }],
  municipalities: [{ id: 'tonsberg', name: 'Tønsberg' }],
  programmes: ['yrkesfaglig'],
  goals: [],
  goalsOther: [],
  targetGroups: ['faglige', 'sosiale-og-familiaere'],
  targetGroupsOther: [],
  ageGroups: ['16-19'],
  organisation: [],
  organisationOther: [],
  academicActivities: [],
  academicActivitiesOther: [],
  socialActivities: [],
  participants: { min: 26, text: 'over 25 deltakere' },
  scope: [],
  responsible: [],
  delivering: [],
  partners: [],
  identification: [],
  evidence: [],
  assessment: { levels: [{ value: 2, quote: 'q', why: 'w' }], tees: [], keys: [], themes: [] },
  description: 'Beskrivelsen.',
  source: { document: 'kartlegging-2025', section: '7 Vedlegg' },
  edition: 'kartlegging-2025',
  updated: [],
});
const meta = { title: 'Test', source: 'Kilde (2025)', licence: 'NLOD', date: dataDate('2025') };

afterEach(() => vi.useRealTimers());

describe('dataDate', () => {
  it('leser et år eller en dato som første dag, UTC, og stopper på noe annet', () => {
    expect(dataDate('2025').toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(dataDate('2026-04-23').toISOString()).toBe('2026-04-23T00:00:00.000Z');
    expect(() => dataDate('våren 2025')).toThrow(/ÅÅÅÅ/);
  });
});

describe('columnWidth', () => {
  it('passer den lengste linjen, innenfor grensene', () => {
    expect(columnWidth('Id', ['abc'])).toBe(8);
    expect(columnWidth('Navn', ['Et navn på tjue tegn'])).toBe(22);
    expect(columnWidth('Beskrivelse', ['x'.repeat(500)], true)).toBe(60);
    expect(columnWidth('Skole', ['x'.repeat(500)])).toBe(40);
  });
});

describe('measuresWorkbook', () => {
  it('gir de samme bytene uansett når den lages, med kildens dato i hver ZIP-oppføring', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-06-15T12:34:56Z'));
    const a = await measuresWorkbook([measure('a')], meta);
    vi.setSystemTime(new Date('2031-01-02T03:04:06Z'));
    const b = await measuresWorkbook([measure('a')], meta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const times = zipTimes(a);
    expect(times.length).toBeGreaterThan(10);
    expect(new Set(times.map((t) => `${t.date}/${t.time}`))).toEqual(
      new Set([`${dosDateTime(meta.date).date}/${dosDateTime(meta.date).time}`]),
    );
  });

  it('har etiketter i stedet for koder, fast overskriftsrad, autofilter og forklaringsark', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await measuresWorkbook([measure('a'), measure('b')], meta)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(MEASURES_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...OPEN_COLUMNS.map((c) => c.label)]);
    const cell = (name: string) => sheet.getRow(2).getCell(OPEN_COLUMNS.findIndex((c) => c.name === name) + 1).value;
    expect(cell('målgruppe')).toBe('Faglige utfordringer; Sosiale og familiære utfordringer');
    expect(cell('vurdering_nivå')).toBe('Nivå 2: De som vekker bekymring');
    expect(cell('deltakere_min')).toBe(26);
    expect(cell('kommune')).toBe('Tønsberg');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(book.worksheets[1]!.getColumn(1).values).toContain('Kilde');
    expect(book.created.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

/** The open data files in the built site: valid against their schema, and CSV = JSON. */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BOM, parseCsv, splitValues } from '../../src/lib/csv';
import { ASSESSMENT_KINDS, EVIDENCE_FIELDS } from '../../src/lib/evidence';
import { municipalities } from '../../src/lib/facets';
import {
  COLUMNS_SHEET,
  CSV_COLUMNS,
  labelledCell,
  MEASURES_SHEET,
  OPEN_COLUMNS,
  type OpenData,
} from '../../src/lib/open-data';
import { readCollection } from '../content';
import { DIST } from './site';

const read = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
const data = JSON.parse(read('tiltak.json')) as OpenData;

test('tiltak.json følger JSON Schema-et og har alle tiltakene', () => {
  const schema = JSON.parse(read('tiltak.schema.json')) as Record<string, unknown>;
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const valid = validate(data);
  expect(validate.errors ?? [], 'valideringsfeil').toEqual([]);
  expect(valid).toBe(true);
  expect(data.count).toBe(readCollection('tiltak').length);
  expect(data.measures.map((m) => m.id).sort()).toEqual(
    readCollection('tiltak')
      .map((m) => m.id)
      .sort(),
  );
});

test('tiltak.json har et sitat for hver verdi og hver redaksjonelle kobling, som står ett sted i beskrivelsen', () => {
  const once = (text: string, quote: string) => text.replace(/\s+/g, ' ').split(quote.replace(/\s+/g, ' ')).length - 1;
  for (const m of data.measures) {
    const listed = [
      ...EVIDENCE_FIELDS.flatMap((field) => (m[field] as readonly string[]).map((value) => `${field}|${value}`)),
      ...(m.participants ? [`participants|${m.participants.text}`] : []),
      ...ASSESSMENT_KINDS.flatMap((kind) => m.assessment[kind].map((l) => `assessment.${kind}|${l.value}`)),
    ];
    // Every value has its evidence, and the evidence names no value the measure does not have.
    expect(m.evidence.map((e) => `${e.field}|${e.value}`).sort(), m.id).toEqual(listed.sort());
    for (const e of m.evidence) expect(once(m.description, e.quote), `${m.id}: ${e.field} «${e.quote}»`).toBe(1);
    for (const kind of ASSESSMENT_KINDS) {
      for (const l of m.assessment[kind]) expect(once(m.description, l.quote), `${m.id}: ${kind} ${l.value}`).toBe(1);
    }
  }
});

test('JSON Schema-et beskriver sitatene og avviser et tiltak uten evidence', () => {
  const schema = JSON.parse(read('tiltak.schema.json')) as Record<string, unknown>;
  expect(JSON.stringify(schema)).toContain('Sitatet fra beskrivelsen som verdien bygger på');
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const broken = structuredClone(data) as { measures: Partial<OpenData['measures'][number]>[] };
  delete broken.measures[0]!.evidence;
  expect(validate(broken)).toBe(false);
});

test('JSON Schema-et avviser en ukjent målgruppe', () => {
  const schema = JSON.parse(read('tiltak.schema.json')) as Record<string, unknown>;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const broken = structuredClone(data);
  broken.measures[0]!.targetGroups = ['språklige' as never];
  expect(validate(broken)).toBe(false);
});

test('tiltak.csv har BOM, én rad per tiltak og samme verdier som JSON', () => {
  const text = read('tiltak.csv');
  expect(text.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(CSV_COLUMNS.map(([name]) => name));
  expect(rows).toHaveLength(readCollection('tiltak').length);
  const col = (name: string) => header!.indexOf(name);
  for (const row of rows) {
    const m = data.measures.find((x) => x.id === row[col('id')]);
    expect(m, row[col('id')]).toBeDefined();
    expect(row[col('navn')]).toBe(m!.name);
    expect(splitValues(row[col('målgruppe')]!)).toEqual(m!.targetGroups);
    expect(splitValues(row[col('alder')]!)).toEqual(m!.ageGroups);
    expect(row[col('beskrivelse')]).toBe(m!.description);
    expect(splitValues(row[col('vurdering_nivå')]!).map(Number)).toEqual(m!.assessment.levels.map((l) => l.value));
    expect(splitValues(row[col('kommune')]!), m!.id).toEqual(m!.municipalities.map((x) => x.name));
  }
});

const schoolFiles = readCollection<{ municipality: string }>('skoler');
/** The municipality each measure's schools are in, from the content: the site's own addition. */
const municipalityNames = (ids: readonly string[]) => [
  ...new Set(
    ids.map(
      (id) =>
        municipalities.terms.find((t) => t.slug === schoolFiles.find((s) => s.id === id)!.data.municipality)!.label,
    ),
  ),
];

test('tiltak.json og tiltak.csv har kommunen til hver skole, slik innholdet sier', () => {
  const measures = readCollection<{ schools: string[] }>('tiltak');
  for (const m of data.measures) {
    const file = measures.find((x) => x.id === m.id)!;
    expect(
      m.municipalities.map((x) => x.name),
      m.id,
    ).toEqual(municipalityNames(file.data.schools));
  }
});

// exceljs through require: Playwright's ESM loader fails on one of its CommonJS dependencies («module is not linked»).
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

async function readWorkbook(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(join(DIST, path)) as unknown as ArrayBuffer);
  return book;
}

test('tiltak.xlsx har én rad per tiltak i tiltak.json, og hver kolonne er JSON-feltet med etiketter for kodene', async () => {
  const book = await readWorkbook('data/tiltak.xlsx');
  const sheet = book.getWorksheet(MEASURES_SHEET)!;
  expect(sheet.getRow(1).values).toEqual([undefined, ...OPEN_COLUMNS.map((c) => c.label)]);
  expect(sheet.rowCount - 1).toBe(data.measures.length);
  data.measures.forEach((m, i) => {
    const row = sheet.getRow(i + 2);
    OPEN_COLUMNS.forEach((column, j) => {
      const value = row.getCell(j + 1).value;
      expect(value === undefined ? null : value, `${m.id}: ${column.label}`).toEqual(labelledCell(column, m));
    });
  });
  // No slug is left in a labelled column: «sosiale-og-familiaere» reads «Sosiale og familiære utfordringer».
  const targetGroups = OPEN_COLUMNS.findIndex((c) => c.name === 'målgruppe') + 1;
  const cells = data.measures.map((_, i) => String(sheet.getRow(i + 2).getCell(targetGroups).value ?? ''));
  expect(cells.join(' ')).not.toMatch(/sosiale-og-familiaere|krysskulturell-bakgrunn/);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  for (const [i, column] of OPEN_COLUMNS.entries())
    expect(sheet.getColumn(i + 1).width, column.label).toBeGreaterThanOrEqual(8);
  const about = book.getWorksheet(COLUMNS_SHEET)!;
  const explained = about.getColumn(1).values.filter((v): v is string => typeof v === 'string');
  for (const column of OPEN_COLUMNS) expect(explained).toContain(column.label);
  expect(explained).toContain('Kilde');
  expect(book.created.toISOString()).toBe(book.modified.toISOString());
});

test('hver kommune og skole har sine tiltak som CSV og Excel', async () => {
  const measures = readCollection<{ schools: string[] }>('tiltak');
  const places = [
    ...municipalities.terms.map((t) => ({
      path: `kommuner/${t.slug}`,
      ids: measures.filter((m) =>
        m.data.schools.some((id) => schoolFiles.find((s) => s.id === id)!.data.municipality === t.slug),
      ),
    })),
    ...schoolFiles.map((s) => ({ path: `skoler/${s.id}`, ids: measures.filter((m) => m.data.schools.includes(s.id)) })),
  ];
  for (const place of places) {
    const expected = place.ids.map((m) => m.id).sort();
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, place.path, 'tiltak.csv'), 'utf8'));
    expect(header, place.path).toContain('kommune');
    expect(rows.map((r) => r[0]).sort(), place.path).toEqual(expected);
    const sheet = (await readWorkbook(`${place.path}/tiltak.xlsx`)).getWorksheet(MEASURES_SHEET)!;
    const ids = sheet.getColumn(1).values.slice(2).map(String).sort();
    expect(ids, `${place.path}/tiltak.xlsx`).toEqual(expected);
  }
});

test('statistikk.json har hvert datasett med kilde', () => {
  const stats = JSON.parse(read('statistikk.json')) as { count: number; datasets: { source: { document: string } }[] };
  expect(stats.count).toBe(readCollection('statistikk').length);
  for (const d of stats.datasets) expect(d.source.document).toBeTruthy();
});

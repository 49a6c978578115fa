/** The open data files in the built site: valid against their schema, and CSV = JSON. */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOM, parseCsv, splitValues } from '../../src/lib/csv';
import { ASSESSMENT_KINDS, EVIDENCE_FIELDS } from '../../src/lib/evidence';
import { CSV_COLUMNS, type OpenData } from '../../src/lib/open-data';
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
  expect(data.measures.map((m) => m.id).sort()).toEqual(readCollection('tiltak').map((m) => m.id).sort());
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
  }
});

test('statistikk.json har hvert datasett med kilde', () => {
  const stats = JSON.parse(read('statistikk.json')) as { count: number; datasets: { source: { document: string } }[] };
  expect(stats.count).toBe(readCollection('statistikk').length);
  for (const d of stats.datasets) expect(d.source.document).toBeTruthy();
});

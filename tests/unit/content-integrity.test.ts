/**
 * Integrity of the content against the sources: counts, references, verbatim descriptions, facts that
 * must occur in the text they come from. Every check here fails if someone edits content carelessly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/integrations/content-check';
import { formatProblem } from '../../src/lib/content-check';
import { ASSESSMENT_KINDS, EVIDENCE_FIELDS, VERBATIM_FIELDS } from '../../src/lib/evidence';
import * as facets from '../../src/lib/facets';
import { citableText, comparableText, MEASURE_REPORT, parseMeasureTable } from '../../src/lib/source-text';
import { formatDate } from '../../src/lib/format';
import { readCollection, sourceText, type MeasureFile } from '../content';

type Ref = { document: string; section: string };

const measures = readCollection<MeasureFile>('tiltak');
const schools = readCollection<{ name: string; sourceNames: string[] }>('skoler');
const comparable = comparableText;
/** The measures from the survey report; staff may add others, citing another source document. */
const fromReport = measures.filter((m) => m.data.source.document === MEASURE_REPORT);

describe('antall', () => {
  it('har nøyaktig 60 tiltak fra kartleggingen, 11 skoler, 4 nivåer, 3 nøkler, 4 T-er og 2 tema', () => {
    expect(fromReport).toHaveLength(60);
    expect(schools).toHaveLength(11);
    expect(readCollection('nivaer')).toHaveLength(4);
    expect(readCollection('nokler').map((e) => e.id).sort()).toEqual(facets.keys.slugs.slice().sort());
    expect(readCollection('fire-t').map((e) => e.id).sort()).toEqual(facets.tees.slugs.slice().sort());
    expect(readCollection('tema').map((e) => e.id).sort()).toEqual(facets.themes.slugs.slice().sort());
  });

  it('har ingen like navn ved samme skole', () => {
    const seen = new Set<string>();
    for (const m of measures) {
      for (const school of m.data.schools) {
        const key = `${school}|${m.data.name}`;
        expect(seen.has(key), `${m.file}: «${m.data.name}» finnes to ganger ved ${school}`).toBe(false);
        seen.add(key);
      }
    }
  });
});

describe('innholdssjekken (src/lib/content-check.ts)', () => {
  it('finner ingen feil: hver fil leses, har sin egen id og sin tekst, og hver referanse finnes', () => {
    expect(checkProject('.').map(formatProblem)).toEqual([]);
  });
});

describe('tiltakene mot kilden', () => {
  const table = parseMeasureTable(sourceText(MEASURE_REPORT));
  const texts = new Map<string, string>();
  const citable = (document: string) => {
    if (!texts.has(document)) texts.set(document, citableText(document, sourceText(document)));
    return texts.get(document)!;
  };

  it('gjengir hver beskrivelse ordrett fra kilden den viser til (for kartleggingen: vedlegget)', () => {
    for (const m of measures) {
      const { document } = m.data.source;
      expect(m.body.length, `${m.file}: tom beskrivelse`).toBeGreaterThan(50);
      expect(
        citable(document).includes(comparable(m.body)),
        `${m.file}: beskrivelsen finnes ikke ordrett i kilden ${document} (content/kilder/tekst/${document}.txt)`,
      ).toBe(true);
    }
  });

  it('har hver rad i vedlegget som ett tiltak, med samme navn og skole', () => {
    for (const row of table) {
      const match = fromReport.find((m) => comparable(m.body) === comparable(row.description));
      expect(match, `ingen tiltaksfil for raden «${row.name}»`).toBeDefined();
      expect(match!.data.name).toBe(row.name);
      const names = match!.data.schools.map((id) => schools.find((s) => s.id === id)!.data.sourceNames);
      for (const part of row.school.split(/, | og (?=[A-ZÆØÅ])/)) {
        expect(names.some((n) => n.includes(part)), `${match!.file}: skolen «${part}» mangler`).toBe(true);
      }
    }
  });

  /** Every value of a measure file with its quote: facets, «annet», text facts, participants, editorial links. */
  const quotedValues = (m: (typeof measures)[number]) => [
    ...EVIDENCE_FIELDS.flatMap((field) => (m.data[field] ?? []).map((v, i) => ({ where: `${field}[${i}]`, ...v }))),
    ...(m.data.participants ? [{ where: 'participants', value: m.data.participants.text, quote: m.data.participants.text }] : []),
    ...ASSESSMENT_KINDS.flatMap((kind) =>
      (m.data.assessment?.[kind] ?? []).map((v, i) => ({ where: `assessment.${kind}[${i}]`, ...v })),
    ),
  ];
  /** How often a phrase stands in a text, both with runs of whitespace as one space. */
  const occurrences = (text: string, phrase: string) => comparableText(text).split(comparableText(phrase)).length - 1;

  it('har et sitat for hver verdi og hver redaksjonelle kobling, som står nøyaktig ett sted i beskrivelsen', () => {
    let values = 0;
    for (const m of measures) {
      for (const { where, value, quote } of quotedValues(m)) {
        values++;
        expect(quote?.trim(), `${m.file}: ${where} («${value}») mangler sitat`).toBeTruthy();
        expect(occurrences(m.body.replace(/\s+/g, ' '), quote!.replace(/\s+/g, ' ')), `${m.file}: ${where}: «${quote}»`).toBe(1);
      }
    }
    expect(values).toBeGreaterThan(600);
  });

  it('henter hvert tekstfelt ordrett fra beskrivelsen, innenfor sitatet sitt', () => {
    for (const m of measures) {
      const body = comparable(m.body);
      for (const field of VERBATIM_FIELDS) {
        for (const { value, quote } of m.data[field] ?? []) {
          expect(body.includes(comparable(value)), `${m.file}: ${field} «${value}» står ikke i beskrivelsen`).toBe(true);
          expect(comparable(quote).includes(comparable(value)), `${m.file}: ${field} «${value}» står ikke i sitatet «${quote}»`).toBe(true);
        }
      }
    }
  });

  it('har bare verdier fra vokabularene i fasettene', () => {
    const vocab: Record<string, readonly string[]> = {
      programmes: facets.programmes.slugs,
      goals: facets.goals.slugs,
      targetGroups: facets.targetGroups.slugs,
      ageGroups: facets.ageGroups.slugs,
      organisation: facets.organisations.slugs,
      academicActivities: facets.academicActivities.slugs,
      socialActivities: facets.socialActivities.slugs,
    };
    for (const m of measures) {
      for (const [field, allowed] of Object.entries(vocab)) {
        for (const { value } of (m.data[field] as { value: string }[] | undefined) ?? []) {
          expect(allowed, `${m.file}: ${field} har ukjent verdi «${value}»`).toContain(value);
        }
      }
    }
  });

  it('lister hvert grensetilfelle i docs/innhold.md, og bare dem', () => {
    const docs = readFileSync('docs/innhold.md', 'utf8');
    const listed = [...docs.matchAll(/^\| `([a-z0-9-]+)` \| (levels|tees|keys|themes) ([a-z0-9-]+) \|/gm)].map((r) => `${r[1]} ${r[2]} ${r[3]}`);
    const inContent = measures.flatMap((m) =>
      ASSESSMENT_KINDS.flatMap((kind) =>
        (m.data.assessment?.[kind] ?? []).filter((l) => l.borderline).map((l) => `${m.id} ${kind} ${l.value}`),
      ),
    );
    expect(inContent.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(inContent.sort());
  });

  it('begrunner hver redaksjonell kobling', () => {
    for (const m of measures) {
      for (const [kind, links] of Object.entries(m.data.assessment ?? {})) {
        for (const link of links ?? []) {
          expect(link.why?.trim().length ?? 0, `${m.file}: assessment.${kind} ${link.value} mangler begrunnelse`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });
});

const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, én: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6 };

/** The numbers written in a source phrase: digits in Norwegian notation ("1 535", "11,6") and small number words. */
function numbersIn(text: string): number[] {
  const digits = [...text.matchAll(/\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((m) =>
    Number(m[0].replace(/ /g, '').replace(',', '.')),
  );
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => (w in NUMBER_WORDS ? [NUMBER_WORDS[w]!] : []));
  return [...digits, ...words];
}

describe('statistikken mot kildene', () => {
  it('har hver verdi stående i kilden den viser til', () => {
    const stats = readCollection<{ source: Ref; points: { value: number; sourceText: string }[] }>('statistikk');
    expect(stats.length).toBeGreaterThan(0);
    for (const s of stats) {
      const text = comparable(sourceText(s.data.source.document));
      for (const point of s.data.points) {
        expect(text.includes(comparable(point.sourceText)), `${s.file}: «${point.sourceText}» står ikke i ${s.data.source.document}`).toBe(true);
        const numbers = numbersIn(point.sourceText);
        expect(numbers, `${s.file}: verdien ${point.value} svarer ikke til «${point.sourceText}»`).toContain(point.value);
        const bare = /^[\d\s,.%-]+$/.test(point.sourceText) && point.sourceText.replace(/\D/g, '').length < 3;
        expect(bare, `${s.file}: «${point.sourceText}» er for kort til å finne igjen; ta med ordene rundt tallet`).toBe(false);
      }
    }
  });
});

describe('utgavene mot kildene', () => {
  it('har datoen til hver utgave med ordene kilden oppgir den med, og hvert tiltak i en utgave som finnes', () => {
    const editions = readCollection<{ date: string; dateText: string; source: Ref }>('utgaver');
    expect(editions.length).toBeGreaterThan(0);
    for (const e of editions) {
      const text = comparable(sourceText(e.data.source.document));
      expect(text.includes(comparable(e.data.dateText)), `${e.file}: «${e.data.dateText}» står ikke i ${e.data.source.document}`).toBe(true);
      const [year, , day] = e.data.date.split('-').map(Number);
      expect(comparable(e.data.dateText), `${e.file}: datoen ${e.data.date} står ikke i «${e.data.dateText}»`).toContain(comparable(`${day}. ${formatDate(e.data.date).split(' ')[1]} ${year}`));
    }
    const ids = editions.map((e) => e.id);
    for (const m of measures) expect(ids, m.file).toContain(m.data.edition);
  });
});

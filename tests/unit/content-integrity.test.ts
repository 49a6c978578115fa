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
import { chapterOf, markdownQuotes, numberedHeadings, pageOfSection } from '../../src/lib/knowledge';
import { citableText, comparableText, MEASURE_REPORT, parseMeasureTable } from '../../src/lib/source-text';
import { formatDate } from '../../src/lib/format';
import { readChapters, readCollection, sourceText, type MeasureFile } from '../content';

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
    expect(
      readCollection('nokler')
        .map((e) => e.id)
        .sort(),
    ).toEqual(facets.keys.slugs.slice().sort());
    expect(
      readCollection('fire-t')
        .map((e) => e.id)
        .sort(),
    ).toEqual(facets.tees.slugs.slice().sort());
    expect(
      readCollection('tema')
        .map((e) => e.id)
        .sort(),
    ).toEqual(facets.themes.slugs.slice().sort());
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
        expect(
          names.some((n) => n.includes(part)),
          `${match!.file}: skolen «${part}» mangler`,
        ).toBe(true);
      }
    }
  });

  /** Every value of a measure file with its quote: facets, «annet», text facts, participants, editorial links. */
  const quotedValues = (m: (typeof measures)[number]) => [
    ...EVIDENCE_FIELDS.flatMap((field) => (m.data[field] ?? []).map((v, i) => ({ where: `${field}[${i}]`, ...v }))),
    ...(m.data.participants
      ? [{ where: 'participants', value: m.data.participants.text, quote: m.data.participants.text }]
      : []),
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
        expect(
          occurrences(m.body.replace(/\s+/g, ' '), quote!.replace(/\s+/g, ' ')),
          `${m.file}: ${where}: «${quote}»`,
        ).toBe(1);
      }
    }
    expect(values).toBeGreaterThan(600);
  });

  it('henter hvert tekstfelt ordrett fra beskrivelsen, innenfor sitatet sitt', () => {
    for (const m of measures) {
      const body = comparable(m.body);
      for (const field of VERBATIM_FIELDS) {
        for (const { value, quote } of m.data[field] ?? []) {
          expect(body.includes(comparable(value)), `${m.file}: ${field} «${value}» står ikke i beskrivelsen`).toBe(
            true,
          );
          expect(
            comparable(quote).includes(comparable(value)),
            `${m.file}: ${field} «${value}» står ikke i sitatet «${quote}»`,
          ).toBe(true);
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
    const listed = [...docs.matchAll(/^\| `([a-z0-9-]+)` \| (levels|tees|keys|themes) ([a-z0-9-]+) \|/gm)].map(
      (r) => `${r[1]} ${r[2]} ${r[3]}`,
    );
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
          expect(
            link.why?.trim().length ?? 0,
            `${m.file}: assessment.${kind} ${link.value} mangler begrunnelse`,
          ).toBeGreaterThanOrEqual(20);
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
    // Each source text made comparable once: normalising it for every data set took seconds on a busy machine.
    const texts = new Map<string, string>();
    for (const s of stats) {
      const { document } = s.data.source;
      const text = texts.get(document) ?? texts.set(document, comparable(sourceText(document))).get(document)!;
      for (const point of s.data.points) {
        expect(
          text.includes(comparable(point.sourceText)),
          `${s.file}: «${point.sourceText}» står ikke i ${s.data.source.document}`,
        ).toBe(true);
        const numbers = numbersIn(point.sourceText);
        expect(numbers, `${s.file}: verdien ${point.value} svarer ikke til «${point.sourceText}»`).toContain(
          point.value,
        );
        const bare = /^[\d\s,.%-]+$/.test(point.sourceText) && point.sourceText.replace(/\D/g, '').length < 3;
        expect(bare, `${s.file}: «${point.sourceText}» er for kort til å finne igjen; ta med ordene rundt tallet`).toBe(
          false,
        );
      }
    }
  });
});

/** The knowledge base: its chapters, the quotes on the knowledge pages, and its footnote references. */
const KNOWLEDGE_BASE = 'kunnskapsgrunnlag-2021';

describe('kunnskapsgrunnlaget: kapitlene, sitatene og referansene mot kilden', () => {
  const chapters = readChapters();
  const headings = numberedHeadings(sourceText(KNOWLEDGE_BASE));
  const raw = (document: string) => sourceText(document);
  const lines = (document: string) =>
    new Set(
      raw(document)
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim()),
    );

  it('leser overskriftene fra kilden', () => {
    expect(headings.length).toBeGreaterThanOrEqual(5);
    expect(new Set(headings.map(chapterOf)).size).toBeGreaterThanOrEqual(5);
  });

  it('har en kapittelfil for hvert nummererte kapittel, og en side for hvert nummererte avsnitt', () => {
    for (const heading of headings) {
      expect(
        pageOfSection(heading, chapters, (id) => `/kunnskapsgrunnlag/${id}/`),
        `«${heading}» har ingen side`,
      ).toBeDefined();
      expect(chapters.filter((c) => c.data.source.section === heading).length, heading).toBe(
        /^\d+\.\d/.test(heading) ? 0 : 1,
      );
    }
  });

  it('viser bare til overskrifter som står i kilden, med riktig kapittelnummer', () => {
    for (const c of chapters) {
      expect(headings, `${c.file}: source.section`).toContain(c.data.source.section);
      expect(chapterOf(c.data.source.section), `${c.file}: chapter`).toBe(c.data.chapter);
      for (const s of c.data.subsections) {
        expect(headings, `${c.file}: subsections`).toContain(s.section);
        expect(chapterOf(s.section), `${c.file}: ${s.section}`).toBe(c.data.chapter);
      }
      for (const section of c.data.sections) {
        for (const source of section.sources) {
          // «4. Om partnerskapet … – «Bistand og veiledning i kommunene»»: the chapter, and a heading of it on a line of its own.
          const [, numbered, sub] = /^(.*?)(?: – «(.+)»)?$/.exec(source.section)!;
          expect(headings, `${c.file}: ${section.heading}`).toContain(numbered);
          if (sub)
            expect(
              lines(source.document).has(sub),
              `${c.file}: «${sub}» er ikke en overskrift i ${source.document}`,
            ).toBe(true);
        }
      }
    }
  });

  it('gjengir hvert sitat på sidene om kunnskapsgrunnlaget ordrett fra kilden det viser til', () => {
    const texts = new Map<string, string>();
    const text = (document: string) =>
      texts.get(document) ?? texts.set(document, comparable(sourceText(document))).get(document)!;
    let count = 0;
    for (const folder of ['kapitler', 'nivaer', 'nokler', 'fire-t', 'tema', 'tjenester']) {
      for (const entry of readCollection<{ source?: Ref; sources?: Ref[]; sections?: { sources: Ref[] }[] }>(folder)) {
        const cited = [
          entry.data.source,
          ...(entry.data.sources ?? []),
          ...(entry.data.sections ?? []).flatMap((s) => s.sources),
        ]
          .filter((r): r is Ref => r !== undefined)
          .map((r) => r.document);
        for (const quote of markdownQuotes(entry.body)) {
          count++;
          const documents = quote.document ? [quote.document] : [...new Set(cited)];
          expect(
            documents.some((d) => text(d).includes(comparable(quote.text))),
            `${entry.file}: «${quote.text}» står ikke ordrett i ${documents.join(' eller ')}`,
          ).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(15);
  });

  const references = readCollection<{ footnote: number; source: Ref; printed: string; url?: string }>('referanser');

  it('har hver fotnote én gang, uten hull', () => {
    const numbers = references.map((r) => r.data.footnote).sort((a, b) => a - b);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('finner hver referanse i kilden slik den står trykt, etter fotnotenummeret, i avsnittet den oppgir', () => {
    for (const { file, data } of references) {
      const text = comparable(raw(data.source.document));
      const printed = comparable(data.printed);
      expect(
        text.includes(`${data.footnote} ${printed}`) || text.includes(`${data.footnote}${printed}`),
        `${file}: «${data.printed}»`,
      ).toBe(true);
      expect(headings, `${file}: source.section`).toContain(data.source.section);
      expect(
        pageOfSection(data.source.section, chapters, (id) => `/kunnskapsgrunnlag/${id}/`),
        `${file}: ingen side viser avsnittet`,
      ).toBeDefined();
    }
  });

  it('har bare adresser som står i kilden, tegn for tegn', () => {
    const withUrl = references.filter((r) => r.data.url);
    expect(withUrl.length).toBeGreaterThan(0);
    for (const { file, data } of withUrl) expect(raw(data.source.document), file).toContain(data.url);
  });
});

describe('tjenestenes status og nivåer mot kildene', () => {
  type Quoted = { document: string; quote: string };
  type Service = {
    shortName: string;
    status: Quoted & { value: string };
    assessment?: { levels: (Quoted & { value: number; why: string })[] };
  };
  const services = readCollection<Service>('tjenester');

  it('har en status og hvert nivå med et sitat som står i kilden det viser til', () => {
    const texts = new Map<string, string>();
    const source = (document: string) =>
      texts.get(document) ?? texts.set(document, comparable(sourceText(document))).get(document)!;
    for (const s of services) {
      const quoted = [
        { what: 'status', ...s.data.status },
        ...(s.data.assessment?.levels ?? []).map((l) => ({ what: `nivå ${l.value}`, ...l })),
      ];
      for (const q of quoted) {
        expect(
          source(q.document).includes(comparable(q.quote)),
          `${s.file}: ${q.what}: «${q.quote}» står ikke i ${q.document}`,
        ).toBe(true);
      }
      for (const l of s.data.assessment?.levels ?? [])
        expect(l.why.length, `${s.file}: nivå ${l.value} mangler begrunnelse`).toBeGreaterThan(20);
    }
  });

  it('kaller UngInvest en pilot, slik kilden gjør', () => {
    const unginvest = services.find((s) => s.id === 'unginvest')!;
    expect(unginvest.data.status.value.toLowerCase()).toContain('pilot');
    expect(unginvest.data.status.quote).toContain('pilot');
  });
});

describe('utgavene mot kildene', () => {
  it('har datoen til hver utgave med ordene kilden oppgir den med, og hvert tiltak i en utgave som finnes', () => {
    const editions = readCollection<{ date: string; dateText: string; source: Ref }>('utgaver');
    expect(editions.length).toBeGreaterThan(0);
    for (const e of editions) {
      const text = comparable(sourceText(e.data.source.document));
      expect(
        text.includes(comparable(e.data.dateText)),
        `${e.file}: «${e.data.dateText}» står ikke i ${e.data.source.document}`,
      ).toBe(true);
      const [year, , day] = e.data.date.split('-').map(Number);
      expect(
        comparable(e.data.dateText),
        `${e.file}: datoen ${e.data.date} står ikke i «${e.data.dateText}»`,
      ).toContain(comparable(`${day}. ${formatDate(e.data.date).split(' ')[1]} ${year}`));
    }
    const ids = editions.map((e) => e.id);
    for (const m of measures) expect(ids, m.file).toContain(m.data.edition);
  });
});

/** Reads the content folders directly (without Astro) for the integrity tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryId } from '../src/lib/content-check';
import { parseContentFile } from '../src/lib/frontmatter';
import type { z } from 'astro/zod';
import type { measureSchema } from '../src/content.config';
import { ASSESSMENT_KINDS, EVIDENCE_FIELDS, withEvidence, type EvidenceField } from '../src/lib/evidence';

/** A measure file's frontmatter as editors write it (the schema's input): the one shape the tests use. */
export type MeasureFile = z.input<typeof measureSchema>;

export interface Entry<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export function readCollection<T = Record<string, unknown>>(folder: string): Entry<T>[] {
  const dir = join('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') || f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      const { data, body } = parseContentFile(text, file);
      return { id: entryId(f), file, data: data as T, body };
    });
}

export function sourceText(key: string): string {
  return readFileSync(join('content', 'kilder', 'tekst', `${key}.txt`), 'utf8');
}

/** A measure as the site reads it (plain lists of values, quotes in `evidence`), with schools and source as ids. */
type MeasureOutput = z.output<typeof measureSchema>;
export type MeasureData = {
  // A mapped type, not Omit: the schema's catch-all (unknown fields) gives the type an index signature.
  [
    K in keyof MeasureOutput as string extends K ? never : K extends 'schools' | 'source' | EvidenceField ? never : K
  ]: MeasureOutput[K];
} & { schools: string[]; source: { document: string; section: string } } & { [K in EvidenceField]: string[] };

/** The measures with the schema's defaults and its transform applied, as the pages see them. */
export function readMeasures(): Entry<MeasureData>[] {
  return readCollection<MeasureFile>('tiltak').map((entry) => {
    const raw = entry.data as Record<string, unknown>;
    const filled = {
      ...Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, raw[f] ?? []])),
      ...raw,
      assessment: { ...Object.fromEntries(ASSESSMENT_KINDS.map((k) => [k, []])), ...(raw['assessment'] as object) },
    } as unknown as Parameters<typeof withEvidence>[0];
    return { ...entry, data: withEvidence(filled) as unknown as MeasureData };
  });
}

/** A chapter file of the knowledge base with the schema's defaults filled in (content/kapitler/). */
export interface ChapterFile {
  chapter: number;
  source: { document: string; section: string };
  ownPage: boolean;
  links: { href: string; label: string }[];
  subsections: { section: string; href: string }[];
  sections: { heading: string; sources: { document: string; section: string }[]; historical?: boolean }[];
}

export function readChapters(): Entry<ChapterFile>[] {
  return readCollection<Partial<ChapterFile>>('kapitler').map((c) => ({
    ...c,
    data: { ownPage: false, links: [], subsections: [], sections: [], ...c.data } as ChapterFile,
  }));
}

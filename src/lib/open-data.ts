/** The open-data form of a measure: facts, editorial assessment and source, with ids resolved to names. */
import type { MeasureData } from './measures';

export interface OpenMeasureInput {
  id: string;
  body?: string | undefined;
  data: MeasureData & {
    source: { document: { id: string }; section: string; page?: number | undefined };
    participants?: { min?: number | undefined; max?: number | undefined; text: string } | undefined;
    [key: string]: unknown;
  };
}

export function toOpenMeasure(m: OpenMeasureInput, site: URL, schoolName: (id: string) => string) {
  const { schools, source, ...rest } = m.data;
  return {
    id: m.id,
    url: new URL(`/tiltak/${m.id}/`, site).href,
    ...rest,
    schools: schools.map((s) => ({ id: s.id, name: schoolName(s.id) })),
    description: m.body?.trim() ?? '',
    source: { document: source.document.id, section: source.section, ...(source.page ? { page: source.page } : {}) },
  };
}

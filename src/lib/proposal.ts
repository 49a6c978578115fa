/**
 * A proposal for a new measure, or a correction of one, from the form on /meld-inn/: checked with the
 * same rules as the content (src/lib/measure-rules.ts, and the quotes with src/lib/evidence.ts) and
 * written as a measure file the editors can check against the source and put in content/tiltak/.
 *
 * Pure and small: it runs in the browser (src/scripts/propose.ts), so it imports no vocabularies and
 * no zod; the form supplies the fields' labels.
 */
import { checkEvidence, VERBATIM_FIELDS, type EvidenceField } from './evidence.ts';
import { MEASURE_GUIDE } from './measure-guide.ts';
import { broken, RULES } from './measure-rules.ts';
import { slugify } from './source-text.ts';

export interface QuotedValue {
  value: string;
  quote: string;
}

export interface Dated {
  date: string;
  reason: string;
}

export interface EditorialLink {
  value: string | number;
  quote: string;
  why: string;
  borderline?: string | undefined;
}

export interface Proposal {
  /** The measure a correction is for (its id); absent for a new measure. */
  measure?: string | undefined;
  name: string;
  schools: string[];
  source: { document: string; section: string };
  edition: string;
  /** Every field of MEASURE_GUIDE but participants: the values, each with its quote. */
  values: Partial<Record<EvidenceField, QuotedValue[]>>;
  participants?: { min?: number | undefined; max?: number | undefined; text: string } | undefined;
  description: string;
  updated: Dated[];
  /** For a correction: what has changed, in one line (the file gets it as its newest `updated`). */
  change?: string | undefined;
  ended?: Dated | undefined;
  /** The editorial assessment of the measure being corrected, carried over unchanged. */
  assessment?: Record<string, EditorialLink[]> | undefined;
}

/** A problem, by the id of the form field it belongs to. */
export interface FormProblem {
  id: string;
  message: string;
}

/** The form's ids for the fields a problem can point at. */
export const FORM_IDS = {
  name: 'navn',
  schools: 'skoler',
  section: 'avsnitt',
  description: 'beskrivelse',
  reason: 'endring',
  endedDate: 'avsluttet-dato',
  endedReason: 'avsluttet-grunn',
  min: 'deltakere-min',
  max: 'deltakere-maks',
  participantsText: 'deltakere-tekst',
  /** A facet value's quote, or a text field's phrases. */
  value: (field: string, value: string) =>
    VERBATIM_FIELDS.includes(field as EvidenceField) ? `t-${field}` : `q-${field}-${value}`,
} as const;

const EVIDENCE_ORDER = MEASURE_GUIDE.flatMap((item) => (item.kind === 'participants' ? [] : [item.field]));

/**
 * Checks a proposal; `label` names a form field (by id) for the messages. A correction (`measure` set)
 * needs the reason for the change as its newest `updated`. No problems means the file can be sent.
 */
export function checkProposal(p: Proposal, label: (id: string) => string): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (id: string, message: string | undefined) => {
    if (message) problems.push({ id, message: `${label(id)}: ${message}` });
  };
  add(FORM_IDS.name, broken(RULES.text, p.name));
  add(FORM_IDS.schools, broken(RULES.schools, p.schools) && 'velg minst én skole');
  add(FORM_IDS.section, broken(RULES.text, p.source.section));
  add(FORM_IDS.description, broken(RULES.text, p.description));
  if (p.measure !== undefined && !(p.ended && !p.change)) {
    const change = p.change ?? '';
    add(FORM_IDS.reason, broken(RULES.text, change) ?? broken(RULES.oneLine, change));
  }
  if (p.ended) {
    add(FORM_IDS.endedDate, broken(RULES.date, p.ended.date));
    add(FORM_IDS.endedReason, broken(RULES.text, p.ended.reason) ?? broken(RULES.oneLine, p.ended.reason));
  }
  if (p.description.trim() !== '') {
    for (const { field, message } of checkEvidence(fileData(p), p.description)) {
      const match = /^(\w+)\[(\d+)\]$/.exec(field);
      const item = match && p.values[match[1] as EvidenceField]?.[Number(match[2])];
      if (item) add(FORM_IDS.value(match[1]!, item.value), message);
      else if (field === 'participants' && p.participants?.text.trim()) add(FORM_IDS.participantsText, message);
    }
  }
  const n = p.participants;
  if (n) {
    if (n.min !== undefined) add(FORM_IDS.min, broken(RULES.count, n.min));
    if (n.max !== undefined) add(FORM_IDS.max, broken(RULES.count, n.max));
    add(FORM_IDS.max, broken(RULES.participantsOrder, n) && 'kan ikke være mindre enn det minste antallet');
    add(FORM_IDS.participantsText, broken(RULES.text, n.text));
  }
  return problems;
}

/** The `updated` list of the file: the measure's own, and the reported change dated `today`. */
const updatedOf = (p: Proposal, today: string): Dated[] => [
  ...p.updated,
  ...(p.change ? [{ date: today, reason: p.change }] : []),
];

/** The proposal as a measure file's frontmatter data (what the content check and the schema read). */
export function fileData(p: Proposal, today = '2000-01-01'): Record<string, unknown> {
  return {
    name: p.name,
    schools: p.schools,
    source: p.source,
    edition: p.edition,
    updated: updatedOf(p, today),
    ...(p.ended ? { ended: p.ended } : {}),
    ...Object.fromEntries(EVIDENCE_ORDER.map((field) => [field, p.values[field] ?? []])),
    ...(p.participants ? { participants: p.participants } : {}),
    assessment: p.assessment ?? { levels: [], tees: [], keys: [], themes: [] },
  };
}

const str = (v: string) => JSON.stringify(v.replace(/\s+/g, ' ').trim());
const quoted = (items: readonly QuotedValue[], indent = '') =>
  items.length === 0
    ? ' []'
    : items.map((i) => `\n${indent}  - { value: ${str(i.value)}, quote: ${str(i.quote)} }`).join('');

/** The measure file: frontmatter in the order of the schema, then the description. */
export function proposalFile(p: Proposal, today: string): string {
  const what = p.measure ? `Retting av content/tiltak/${p.measure}.md` : 'Forslag til nytt tiltak';
  const lines = [
    '---',
    `# ${what}, fra skjemaet på /meld-inn/ ${today}. Redaksjonen sjekker det mot kilden (docs/innhold.md).`,
    `name: ${str(p.name)}`,
    `schools: [${p.schools.map(str).join(', ')}]`,
    'source:',
    `  document: ${p.source.document}`,
    `  section: ${str(p.source.section)}`,
    `edition: ${p.edition}`,
    `updated:${
      updatedOf(p, today).length === 0
        ? ' []'
        : updatedOf(p, today)
            .map((u) => `\n  - { date: ${str(u.date)}, reason: ${str(u.reason)} }`)
            .join('')
    }`,
    ...(p.ended ? ['ended:', `  date: ${str(p.ended.date)}`, `  reason: ${str(p.ended.reason)}`] : []),
  ];
  for (const item of MEASURE_GUIDE) {
    if (item.kind !== 'participants') {
      lines.push(`${item.field}:${quoted(p.values[item.field] ?? [])}`);
    } else if (p.participants) {
      const { min, max, text } = p.participants;
      lines.push(
        'participants:',
        ...(min === undefined ? [] : [`  min: ${min}`]),
        ...(max === undefined ? [] : [`  max: ${max}`]),
        `  text: ${str(text)}`,
      );
    }
  }
  lines.push('assessment:');
  for (const kind of ['levels', 'tees', 'keys', 'themes']) {
    const links = p.assessment?.[kind] ?? [];
    lines.push(`  ${kind}:${links.length === 0 ? ' []' : ''}`);
    for (const l of links) {
      lines.push(
        `    - value: ${typeof l.value === 'number' ? l.value : str(l.value)}`,
        `      quote: ${str(l.quote)}`,
        `      why: ${str(l.why)}`,
      );
      if (l.borderline) lines.push(`      borderline: ${str(l.borderline)}`);
    }
  }
  lines.push('---', '', p.description.trim(), '');
  return lines.join('\n');
}

/** The file's name: the measure's own for a correction, else the slug of the name. */
export const proposalFileName = (p: Proposal): string => `${p.measure ?? (slugify(p.name) || 'nytt-tiltak')}.md`;

/** A mailto: link with the subject and the text (the e-mail program opens with them filled in). */
export const mailtoHref = (to: string, subject: string, body: string): string =>
  `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

/** A measure as the form starts from it, for «Meld fra om endring» (built at build time, one file per measure). */
export interface MeasureForForm {
  id: string;
  body?: string | undefined;
  data: {
    name: string;
    schools: readonly { id: string }[];
    source: { document: { id: string }; section: string };
    edition: { id: string };
    updated: readonly Dated[];
    ended?: Dated | undefined;
    participants?: { min?: number | undefined; max?: number | undefined; text: string } | undefined;
    evidence: readonly { field: string; value: string; quote: string }[];
    assessment: Record<string, readonly EditorialLink[]>;
  };
}

export function proposalOf(m: MeasureForForm): Proposal {
  const values: Partial<Record<EvidenceField, QuotedValue[]>> = {};
  for (const e of m.data.evidence) {
    if (!(EVIDENCE_ORDER as readonly string[]).includes(e.field)) continue;
    (values[e.field as EvidenceField] ??= []).push({ value: e.value, quote: e.quote });
  }
  return {
    measure: m.id,
    name: m.data.name,
    schools: m.data.schools.map((s) => s.id),
    source: { document: m.data.source.document.id, section: m.data.source.section },
    edition: m.data.edition.id,
    values,
    participants: m.data.participants,
    description: m.body?.trim() ?? '',
    updated: [...m.data.updated],
    ended: m.data.ended,
    assessment: Object.fromEntries(Object.entries(m.data.assessment).map(([k, links]) => [k, [...links]])),
  };
}

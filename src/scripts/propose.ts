/**
 * The proposal form on /meld-inn/: reads the answers, checks them with the content's rules
 * (src/lib/proposal.ts), shows each problem next to its field and in an error summary with links, and
 * on success gives the measure file as a download and as an e-mail. With ?tiltak=<id> it starts from
 * that measure (/meld-inn/tiltak/<id>.json). Without this script the page offers the blank file.
 */
import { MEASURE_GUIDE } from '../lib/measure-guide';
import {
  checkProposal,
  mailtoHref,
  proposalFile,
  proposalFileName,
  type Proposal,
  type QuotedValue,
} from '../lib/proposal';

const form = document.querySelector<HTMLFormElement>('#skjema')!;
const summary = document.querySelector<HTMLElement>('#feil')!;
const result = document.querySelector<HTMLElement>('#resultat')!;
const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => byId(id).value;
const checked = (name: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(/\s/g, '')));

/** The measure a correction starts from, when the page was opened with ?tiltak=<id>. */
let base: Proposal | undefined;

function collect(): Proposal {
  const values: Proposal['values'] = {};
  for (const item of MEASURE_GUIDE) {
    if (item.kind === 'facet') {
      values[item.field] = checked(item.field).map((slug) => ({
        value: slug,
        quote: value(`q-${item.field}-${slug}`),
      }));
    } else if (item.kind === 'text') {
      // A phrase kept from the measure keeps its quote; a new one is its own quote.
      const known = base?.values[item.field] ?? [];
      values[item.field] = lines(value(`t-${item.field}`)).map(
        (line): QuotedValue => known.find((k) => k.value === line) ?? { value: line, quote: line },
      );
    }
  }
  const [min, max, text] = [
    number(value('deltakere-min')),
    number(value('deltakere-maks')),
    value('deltakere-tekst').trim(),
  ];
  const ended = byId('avsluttet').checked;
  return {
    measure: base?.measure,
    name: value('navn').trim(),
    schools: checked('skole'),
    source: { document: value('kilde'), section: value('avsnitt').trim() },
    edition: value('utgave'),
    values,
    participants: min === undefined && max === undefined && text === '' ? undefined : { min, max, text },
    description: value('beskrivelse'),
    updated: base?.updated ?? [],
    change: base ? value('endring').trim() || undefined : undefined,
    ended: base && ended ? { date: value('avsluttet-dato'), reason: value('avsluttet-grunn').trim() } : undefined,
    assessment: base?.assessment,
  };
}

/** The field's name as the form shows it: its label, or its fieldset's legend. */
function labelOf(id: string): string {
  const el = byId(id);
  const label = el?.tagName === 'FIELDSET' ? el.querySelector('legend') : document.querySelector(`label[for="${id}"]`);
  return label?.textContent?.trim() ?? id;
}

function clearErrors() {
  for (const old of form.querySelectorAll('.ds-validation-message')) old.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((d) => !d.endsWith('-feil'))
      .join(' ');
    if (described) el.setAttribute('aria-describedby', described);
    else el.removeAttribute('aria-describedby');
  }
  summary.hidden = true;
}

function showErrors(problems: { id: string; message: string }[]) {
  const list = summary.querySelector('ul')!;
  list.replaceChildren();
  // The summary lists the problems in the form's order, each a link to its field.
  const sorted = [...problems].sort((a, b) =>
    byId(a.id).compareDocumentPosition(byId(b.id)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  for (const [i, p] of sorted.entries()) {
    const field = byId(p.id);
    const target = field.tagName === 'FIELDSET' ? (field.querySelector<HTMLElement>('input') ?? field) : field;
    const message = document.createElement('p');
    message.className = 'ds-validation-message';
    message.dataset['field'] = 'validation';
    message.id = `${p.id}-feil-${i}`;
    message.textContent = p.message;
    (field.tagName === 'FIELDSET' ? field.querySelector('legend')! : field).after(message);
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${message.id}`.trim());
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = `#${target.id}`;
    link.textContent = p.message;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      target.focus();
    });
    item.append(link);
    list.append(item);
  }
  summary.hidden = false;
  summary.focus();
}

let download: string | undefined;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors();
  result.hidden = true;
  const proposal = collect();
  const problems = checkProposal(proposal, labelOf);
  if (problems.length > 0) return showErrors(problems);
  const today = new Date().toISOString().slice(0, 10);
  const text = proposalFile(proposal, today);
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = byId<HTMLAnchorElement>('last-ned');
  link.href = download;
  link.download = proposalFileName(proposal);
  const subject = proposal.measure ? `Endring: ${proposal.name}` : `Nytt tiltak: ${proposal.name}`;
  byId<HTMLAnchorElement>('epost').href = mailtoHref(
    form.dataset['email'] ?? '',
    subject,
    `Filen ${link.download}:\n\n${text}`,
  );
  byId('filtekst').textContent = text;
  result.hidden = false;
  result.focus();
});

/** Fills the form with a measure, for «Meld fra om endring». */
function fill(p: Proposal) {
  byId('navn').value = p.name;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="skole"]'))
    box.checked = p.schools.includes(box.value);
  byId('beskrivelse').value = p.description;
  byId<HTMLSelectElement>('kilde').value = p.source.document;
  byId('avsnitt').value = p.source.section;
  byId<HTMLSelectElement>('utgave').value = p.edition;
  for (const item of MEASURE_GUIDE) {
    if (item.kind === 'facet') {
      for (const v of p.values[item.field] ?? []) {
        byId(`v-${item.field}-${v.value}`).checked = true;
        byId(`q-${item.field}-${v.value}`).value = v.quote;
      }
    } else if (item.kind === 'text') {
      byId<HTMLTextAreaElement>(`t-${item.field}`).value = (p.values[item.field] ?? []).map((v) => v.value).join('\n');
    }
  }
  byId('deltakere-min').value = String(p.participants?.min ?? '');
  byId('deltakere-maks').value = String(p.participants?.max ?? '');
  byId('deltakere-tekst').value = p.participants?.text ?? '';
  byId('avsluttet').checked = Boolean(p.ended);
  byId('avsluttet-dato').value = p.ended?.date ?? '';
  byId('avsluttet-grunn').value = p.ended?.reason ?? '';
  byId('endring-felt').hidden = false;
  const note = byId<HTMLElement>('endrer');
  note.textContent = `Du melder fra om en endring i «${p.name}». Skjemaet er fylt inn slik tiltaket står nå.`;
  note.hidden = false;
  showQuotes();
}

/** A value's quote field shows while the value is ticked. */
function showQuotes() {
  for (const box of form.querySelectorAll<HTMLInputElement>('.term input[type="checkbox"]')) {
    box.closest('.term')!.querySelector<HTMLElement>('.quote')!.hidden = !box.checked;
  }
}
form.addEventListener('change', showQuotes);

const id = new URLSearchParams(location.search).get('tiltak');
if (id && /^[a-z0-9-]+$/.test(id)) {
  try {
    const response = await fetch((form.dataset['prefill'] ?? '').replace('TILTAK', id));
    if (response.ok) {
      base = (await response.json()) as Proposal;
      fill(base);
    }
  } catch {
    // The form still works for a new measure.
  }
}
form.hidden = false;
